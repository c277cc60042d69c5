"""Evaluators for the post scorers, in the sentence-transformers shape: ``__call__(analyzer) -> dict``.

Each reports on the held-out split the training data module fixes (never on training rows) and beside a
baseline: VADER for sentiment, PII presence alone for privacy, the majority class for urgency and route.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.metrics import accuracy_score, f1_score, recall_score, roc_auc_score

from model.analyzer import PostAnalyzer
from model.types import Post


def _analyze(analyzer: PostAnalyzer, texts: list[str], languages: list[str] | None = None, batch: int = 256) -> list:
    out = []
    languages = languages or [None] * len(texts)
    for i in range(0, len(texts), batch):
        out += analyzer.analyze_many([Post(text=t, language=lang) for t, lang in
                                      zip(texts[i:i + batch], languages[i:i + batch], strict=True)])
    return out


def vader_label(text: str) -> str:
    from model.sentiment import vader_scores

    c = float(vader_scores([text])[0, 3])
    return "positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral"


@dataclass
class SentimentEvaluator:
    primary_metric: str = "semeval_macro_recall"
    greater_is_better: bool = True

    def __call__(self, analyzer: PostAnalyzer, df) -> dict[str, float]:  # noqa: ANN001
        test = df[df["split"] == "test"]
        out: dict[str, float] = {}
        for group, part in test.groupby("group"):
            texts, gold = part["text"].tolist(), part["label"].tolist()
            pred = [a.sentiment["label"] for a in _analyze(analyzer, texts, part["language"].tolist())]
            base = [vader_label(t) for t in texts]
            out |= {f"{group}_macro_recall": recall_score(gold, pred, average="macro"),
                    f"{group}_accuracy": accuracy_score(gold, pred),
                    f"{group}_vader_macro_recall": recall_score(gold, base, average="macro"),
                    f"{group}_vader_accuracy": accuracy_score(gold, base), f"{group}_n": len(part)}
        return {k: round(float(v), 4) for k, v in out.items()}


@dataclass
class PrivacyEvaluator:
    primary_metric: str = "roc_auc"
    greater_is_better: bool = True

    def __call__(self, analyzer: PostAnalyzer, df) -> dict[str, float]:  # noqa: ANN001
        test = df[df["split"] == "test"]
        analyses = _analyze(analyzer, test["text"].tolist())
        y = (test["label"] == "private").to_numpy()
        score = np.array([a.privacy["score"] for a in analyses])
        move = np.array([a.privacy["move_private"] for a in analyses])
        base = np.array([1.0 if a.privacy["pii"] or "__email__" in t else 0.0
                         for a, t in zip(analyses, test["text"], strict=True)])
        return {"roc_auc": round(float(roc_auc_score(y, score)), 4),
                "pii_only_baseline_roc_auc": round(float(roc_auc_score(y, base)), 4),
                "move_private_precision": round(float((move & y).sum() / max(move.sum(), 1)), 4),
                "move_private_recall": round(float((move & y).sum() / max(y.sum(), 1)), 4),
                "n": len(test), "positives": int(y.sum())}


def privacy_on_examples(analyzer: PostAnalyzer, examples: list[tuple[str, str, bool]]) -> dict[str, float]:
    """(text, language, did the agent move it private?) rows, e.g. the bundled non-English sample cases: the
    shared data has no labelled non-English privacy posts, so this small set is the only check of that head."""
    analyses = _analyze(analyzer, [t for t, _, _ in examples], [lang for _, lang, _ in examples])
    y = np.array([label for _, _, label in examples])
    score = np.array([a.privacy["score"] for a in analyses])
    move = np.array([a.privacy["move_private"] for a in analyses])
    out = {"move_private_accuracy": float((move == y).mean()), "always_move_accuracy": float(y.mean()),
           "n": len(y), "positives": int(y.sum())}
    if 0 < y.sum() < len(y):
        out["roc_auc"] = float(roc_auc_score(y, score))
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in out.items()}


@dataclass
class LabelEvaluator:
    """Urgency levels or route teams: macro-F1 on the held-out split against the majority class."""

    field: str
    key: str
    primary_metric: str = "macro_f1"
    greater_is_better: bool = True

    def __call__(self, analyzer: PostAnalyzer, df) -> dict[str, float]:  # noqa: ANN001
        test = df[(df["split"] == "test") & ~df.get("weak", False)]
        gold = test["label"].tolist()
        pred = [getattr(a, self.field)[self.key] for a in _analyze(analyzer, test["text"].tolist(),
                                                                   test["language"].tolist())]
        majority = max(set(df[df["split"] == "train"]["label"]), key=list(df["label"]).count)
        return {"macro_f1": round(float(f1_score(gold, pred, average="macro")), 4),
                "accuracy": round(float(accuracy_score(gold, pred)), 4),
                "majority_macro_f1": round(float(f1_score(gold, [majority] * len(gold), average="macro")), 4),
                "n": len(test)}


def critical_precision(analyzer: PostAnalyzer, examples: list[tuple[str, bool]]) -> dict[str, float]:
    """Precision of the critical level on hand-checked examples: (text, is it really critical?)."""
    analyses = _analyze(analyzer, [t for t, _ in examples])
    flagged = [(a.urgency["level"] == "critical", truth) for a, (_, truth) in zip(analyses, examples, strict=True)]
    tp = sum(f and t for f, t in flagged)
    return {"critical_precision": round(tp / max(sum(f for f, _ in flagged), 1), 4),
            "critical_recall": round(tp / max(sum(t for _, t in flagged), 1), 4),
            "n": len(examples)}
