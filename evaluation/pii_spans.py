"""PII span evaluation on the Presidio research synthetic set, token level, F2 (recall weighs more).

As presidio-research does, every whitespace token is PII or not; a token counts as found when a detected span
overlaps it. The PII NER is trained on four fifths of the set's templates; the headline is the other fifth.
Entity types that are not personal data in customer care (ORGANIZATION, DATE_TIME, TITLE, AGE, NRP,
DOMAIN_NAME) are left out of the gold set and the predictions, so both sides score the same question:
"which tokens must be hidden?". Baseline: Presidio's AnalyzerEngine out of the box with the same spaCy model.

    python -m evaluation.pii_spans [--limit N]
    python -m evaluation.pii_spans --cv      # trains a tagger per fold of templates (5 x ~3 min)
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from training.pii_ner import GOLD_TYPES, WNUT, span_scores, split_by_template, wnut_rows


def load(path: Path, limit: int | None = None) -> list[dict]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return rows[:limit] if limit else rows


def replywise_spans(rows: list[dict], detector) -> list[list[tuple[int, int]]]:  # noqa: ANN001
    return [[(s.start, s.end) for s in spans] for spans in detector.detect_many([r["full_text"] for r in rows])]


def presidio_baseline_spans(rows: list[dict]) -> list[list[tuple[int, int]]]:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from model.ner import SPACY_MODEL

    engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    keep = {"PERSON", "LOCATION", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "US_SSN",
            "IP_ADDRESS", "US_DRIVER_LICENSE"}
    return [[(r.start, r.end) for r in analyzer.analyze(row["full_text"], language="en") if r.entity_type in keep]
            for row in rows]


def evaluate(path: Path, limit: int | None = None) -> dict:
    """Headline: the held-out templates (the PII NER never saw them). Also all rows (80% trained on) and the
    names/places of held-out real tweets (WNUT-17) when that file is beside the synthetic set."""
    rows = load(path, limit)
    _, held = split_by_template(rows)
    from model.pii import PiiDetector

    detector = PiiDetector()  # loaded once: the synthetic rows and the tweets below
    ours, presidio = replywise_spans(rows, detector), presidio_baseline_spans(rows)
    index = {id(r): i for i, r in enumerate(rows)}
    pick = lambda spans: [spans[index[id(r)]] for r in held]  # noqa: E731
    gold_counts = Counter(s["entity_type"] for r in held for s in r["spans"] if s["entity_type"] in GOLD_TYPES)
    report = {"n_texts": len(held), "split": "held-out templates (a fixed fifth, never trained on)",
              "gold_entities": dict(gold_counts),
              "replywise": span_scores(held, pick(ours)), "presidio_out_of_the_box": span_scores(held, pick(presidio)),
              "all_rows": {"n_texts": len(rows), "replywise": span_scores(rows, ours),
                           "presidio_out_of_the_box": span_scores(rows, presidio)}}
    wnut_root = path.parent.parent
    if (wnut_root / WNUT).exists():
        _, tweets = wnut_rows(wnut_root)
        found = detector.detect_many([r["full_text"] for r in tweets])
        report["wnut17_heldout_names_places"] = span_scores(
            tweets, [[(s.start, s.end) for s in x if s.type in ("PERSON", "LOCATION")] for x in found],
            gold_types=frozenset({"PERSON", "GPE"}))
    return report


def cross_validate(root: Path, folds: int = 5) -> dict:
    """Train the tagger on four fifths of the templates and score the fifth, for every fold: how much the
    held-out figure depends on which templates are held out."""
    import tempfile

    import numpy as np

    from training.pii_ner import train_pii_ner

    per_fold = []
    for fold in range(folds):
        with tempfile.TemporaryDirectory() as tmp:
            m = train_pii_ner(root, Path(tmp) / f"fold{fold}", log=lambda _: None, fold=fold)
        per_fold.append({"fold": fold, "texts": m["synthetic_test_texts"], "f2": m["test_synthetic_heldout_f2"],
                         "packaged_ner_f2": m["packaged_ner_same_test"]["synthetic_heldout"]["f2"]})
        print(json.dumps(per_fold[-1]), flush=True)
    f2 = np.array([f["f2"] for f in per_fold])
    base = np.array([f["packaged_ner_f2"] for f in per_fold])
    return {"folds": per_fold, "f2_mean": round(float(f2.mean()), 4), "f2_sd": round(float(f2.std()), 4),
            "packaged_ner_f2_mean": round(float(base.mean()), 4)}


def main() -> None:
    from model.quiet import quiet_libraries
    from training.data import DEFAULT_ROOT

    quiet_libraries()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_ROOT / "presidio_research_synthetic_pii" / "synth_dataset_v2.json")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--cv", action="store_true", help="cross-validate the tagger over the 5 template folds")
    args = parser.parse_args()
    if args.cv:
        print(json.dumps(cross_validate(args.data.parent.parent), indent=2))
        return
    print(json.dumps(evaluate(args.data, args.limit), indent=2))


if __name__ == "__main__":
    main()
