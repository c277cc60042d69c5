"""`replywise eval`: every evaluator on the held-out data, one report (Markdown + HTML with charts + JSON).

Compares against baselines (VADER for sentiment, Presidio out of the box for PII, the brand's most frequent
replies for drafts, the majority class for urgency and route).
"""

from __future__ import annotations

import base64
import io
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ALL = ("sentiment", "urgency", "privacy", "route", "pii", "drafts", "audit")


def run_all(out_dir: Path, root: Path | None = None, models_root: Path | None = None,
            only: tuple[str, ...] = ALL, drafts_limit: int = 300, log: Callable[[str], None] = print) -> dict:
    from model.factory import build_analyzer
    from model.quiet import quiet_libraries
    from training import data as D

    quiet_libraries()
    root = root or D.DEFAULT_ROOT
    analyzer = build_analyzer(models_root)
    report: dict[str, Any] = {"made": datetime.now(UTC).isoformat(timespec="seconds"), "data_root": str(root)}
    steps: dict[str, Callable[[], dict]] = {
        "sentiment": lambda: _sentiment(analyzer, D.load_sentiment(root)),
        "urgency": lambda: _label(analyzer, D.load_urgency(root), "urgency", "level"),
        "privacy": lambda: _privacy(analyzer, D.load_privacy(root)),
        "route": lambda: _label(analyzer, D.load_route(root), "route", "team"),
        "pii": lambda: _pii(root),
        "drafts": lambda: _drafts(drafts_limit, root),
        "audit": lambda: _audit(),
    }
    for name in only:
        t0 = time.perf_counter()
        log(f"evaluating {name} ...")
        try:
            report[name] = steps[name]()
        except FileNotFoundError as exc:
            report[name] = {"skipped": f"data not found: {exc.filename}"}
        report[name]["seconds"] = round(time.perf_counter() - t0, 1)
    write(report, out_dir)
    return report


def _sentiment(analyzer, df) -> dict:  # noqa: ANN001
    from evaluation.scorers import SentimentEvaluator

    return SentimentEvaluator()(analyzer, df)


def _label(analyzer, df, field: str, key: str) -> dict:  # noqa: ANN001
    from evaluation.scorers import LabelEvaluator

    return LabelEvaluator(field, key)(analyzer, df)


def _privacy(analyzer, df) -> dict:  # noqa: ANN001
    from evaluation.scorers import PrivacyEvaluator, privacy_on_examples
    from model.samples import load_sample_cases
    from training import data as D

    others = [(c.post, c.language, bool(D.PRIVATE_REPLY.search(c.reply))) for c in load_sample_cases()
              if c.language != "en"]
    out = PrivacyEvaluator()(analyzer, df)
    if others:
        out["non_english_samples"] = privacy_on_examples(analyzer, others)
    return out


def _pii(root: Path) -> dict:
    from evaluation.pii_spans import evaluate

    return evaluate(root / "presidio_research_synthetic_pii" / "synth_dataset_v2.json")


def _drafts(limit: int, root: Path) -> dict:
    from evaluation.drafts import run

    return run(limit=limit, root=root)


def _audit() -> dict:
    from evaluation.audit_eval import evaluate_samples

    return evaluate_samples()


def _chart(report: dict) -> str:
    """One bar chart: each headline metric beside its baseline, as an inline PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pairs = []
    s = report.get("sentiment", {})
    if "semeval_macro_recall" in s:
        pairs.append(("sentiment SemEval macro-recall", s["semeval_macro_recall"], s["semeval_vader_macro_recall"]))
    if "airline_accuracy" in s:
        pairs.append(("sentiment airline accuracy", s["airline_accuracy"], s["airline_vader_accuracy"]))
    p = report.get("privacy", {})
    if "roc_auc" in p:
        pairs.append(("privacy ROC-AUC", p["roc_auc"], p["pii_only_baseline_roc_auc"]))
    for name in ("urgency", "route"):
        r = report.get(name, {})
        if "macro_f1" in r:
            pairs.append((f"{name} macro-F1", r["macro_f1"], r["majority_macro_f1"]))
    pii = report.get("pii", {})
    if "replywise" in pii:
        pairs.append(("PII token F2", pii["replywise"]["f2"], pii["presidio_out_of_the_box"]["f2"]))
    d = report.get("drafts", {})
    if "replywise" in d:
        pairs.append(("drafts mean best cos", d["replywise"]["mean_best_cos"], d["baselines"]["nearest_post"]["mean_best_cos"]))
    if not pairs:
        return ""
    fig, ax = plt.subplots(figsize=(8, 0.5 + 0.45 * len(pairs)))
    ys = range(len(pairs))
    ax.barh([y + 0.2 for y in ys], [p[1] for p in pairs], height=0.4, label="Replywise", color="#1a56db")
    ax.barh([y - 0.2 for y in ys], [p[2] for p in pairs], height=0.4, label="baseline", color="#b8c0cc")
    ax.set_yticks(list(ys), [p[0] for p in pairs])
    ax.set_xlim(0, 1)
    ax.legend(loc="lower right")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def write(report: dict, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "metrics.json").write_text(json.dumps(report, indent=2, default=str))
    lines = [f"# Replywise evaluation — {report['made']}", ""]
    for name in ALL:
        if name in report:
            lines += [f"## {name}", "", "```json", json.dumps(report[name], indent=2, default=str), "```", ""]
    (out_dir / "report.md").write_text("\n".join(lines))
    chart = _chart(report)
    body = "".join(f"<h2>{n}</h2><pre>{json.dumps(report[n], indent=2, default=str)}</pre>" for n in ALL if n in report)
    img = f'<img alt="metrics against baselines" src="data:image/png;base64,{chart}">' if chart else ""
    (out_dir / "report.html").write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><title>Replywise evaluation</title>"
        f"<style>body{{font:15px system-ui;max-width:60rem;margin:2rem auto}}pre{{background:#f5f7fa;padding:1rem}}"
        f"</style></head><body><h1>Replywise evaluation</h1><p>{report['made']}</p>{img}{body}</body></html>")
