"""PII span evaluation on the Presidio research synthetic set, token level, F2 (recall weighs more).

As presidio-research does, every whitespace token is PII or not; a token counts as found when a detected span
overlaps it. Entity types that are not personal data in customer care (ORGANIZATION, DATE_TIME, TITLE, AGE,
NRP, DOMAIN_NAME) are left out of the gold set and the predictions, so both sides score the same question:
"which tokens must be hidden?". Baseline: Presidio's AnalyzerEngine out of the box with the same spaCy model.

    python -m evaluation.pii_spans [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

GOLD_TYPES = {"PERSON", "STREET_ADDRESS", "GPE", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE",
              "US_SSN", "IP_ADDRESS", "US_DRIVER_LICENSE", "ZIP_CODE"}
_TOKEN = re.compile(r"\S+")


def load(path: Path, limit: int | None = None) -> list[dict]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return rows[:limit] if limit else rows


def token_labels(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    return [any(s < m.end() and m.start() < e for s, e in spans) for m in _TOKEN.finditer(text)]


def score(rows: list[dict], predicted: list[list[tuple[int, int]]], beta: float = 2.0) -> dict:
    tp = fp = fn = 0
    for row, pred in zip(rows, predicted, strict=True):
        gold = [(s["start_position"], s["end_position"]) for s in row["spans"] if s["entity_type"] in GOLD_TYPES]
        g, p = token_labels(row["full_text"], gold), token_labels(row["full_text"], pred)
        tp += sum(a and b for a, b in zip(g, p, strict=True))
        fp += sum(b and not a for a, b in zip(g, p, strict=True))
        fn += sum(a and not b for a, b in zip(g, p, strict=True))
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f = (1 + beta**2) * precision * recall / max(beta**2 * precision + recall, 1e-9)
    return {"precision": round(precision, 4), "recall": round(recall, 4), f"f{beta:g}": round(f, 4),
            "tokens_tp": tp, "tokens_fp": fp, "tokens_fn": fn}


def replywise_spans(rows: list[dict]) -> list[list[tuple[int, int]]]:
    from model.pii import PiiDetector

    detector = PiiDetector()
    return [[(s.start, s.end) for s in spans] for spans in detector.detect_many([r["full_text"] for r in rows])]


def presidio_baseline_spans(rows: list[dict]) -> list[list[tuple[int, int]]]:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from model.pii import SPACY_MODEL

    engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    keep = {"PERSON", "LOCATION", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "US_SSN",
            "IP_ADDRESS", "US_DRIVER_LICENSE"}
    return [[(r.start, r.end) for r in analyzer.analyze(row["full_text"], language="en") if r.entity_type in keep]
            for row in rows]


def evaluate(path: Path, limit: int | None = None) -> dict:
    rows = load(path, limit)
    gold_counts = Counter(s["entity_type"] for r in rows for s in r["spans"] if s["entity_type"] in GOLD_TYPES)
    return {"n_texts": len(rows), "gold_entities": dict(gold_counts),
            "replywise": score(rows, replywise_spans(rows)),
            "presidio_out_of_the_box": score(rows, presidio_baseline_spans(rows))}


def main() -> None:
    from model.quiet import quiet_libraries
    from training.data import DEFAULT_ROOT

    quiet_libraries()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_ROOT / "presidio_research_synthetic_pii" / "synth_dataset_v2.json")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    print(json.dumps(evaluate(args.data, args.limit), indent=2))


if __name__ == "__main__":
    main()
