"""A new brand's own cases: does a draft lend the past reply that answers a post asked in other words, and hold back
the one that would mislead?

Six fictional brands' 120 past cases (datasets/newbrand_cases.jsonl) are imported into a fresh store through the
CLI, as a brand would (PII hidden at import), then `replywise drafts` runs on 135 probe posts
(datasets/newbrand_probes.jsonl): 102 paraphrases (`pp-`, expect "borrow"), each another customer asking what one
case asked, in other words, so that its reply answers it, and 33 near misses (`nm-`, expect "hold"), same topic
and vocabulary, where that case's reply would be wrong or misleading. Reported: the share of paraphrases whose
drafts lend their case (apart: the 16 whose case reply is in another language, which is never translated), the
share of near misses that lend theirs (lower is better), and the share of drafts that are holding replies. A draft
offered as the brand's answer to a similar question (it carries a ``check`` for the agent) is counted apart: the
share of paraphrases that got their case so (and the share that got another case so), and of near misses.

    python -m evaluation.new_brand [--output out/eval/new_brand.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from evaluation.output import emit

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "datasets" / "newbrand_cases.jsonl"
PROBES = ROOT / "datasets" / "newbrand_probes.jsonl"


def _cli(home: Path, *args: str) -> None:
    env = os.environ | {"REPLYWISE_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    env.pop("REPLYWISE_STORE_URL", None)
    subprocess.run([sys.executable, "-m", "serving", *args], env=env, check=True, capture_output=True)


def score(probes: list[dict], cases: list[dict], drafted: list[dict]) -> dict:
    """The borrow rates of the paraphrases (split by the case reply's language) and of the near misses."""
    language = {c["id"]: (c.get("language") or "en")[:2] for c in cases}
    by_id = {d["id"]: d for d in drafted}
    groups: dict[str, list[tuple[bool, bool, bool]]] = {"paraphrase": [], "paraphrase_other_language": [],
                                                         "near_miss": []}
    missed, misled, holding, total = [], [], 0, 0
    for p in probes:
        drafts = by_id[p["id"]]["drafts"] if p["id"] in by_id else []
        lent = p["target"] in {s for d in drafts if not d.get("check") for s in d["sources"]}
        offered = {s for d in drafts if d.get("check") for s in d["sources"]}
        holding += sum(not d["sources"] for d in drafts)
        total += len(drafts)
        row = (lent, p["target"] in offered, bool(offered - {p["target"]}))
        if p["expect"] == "hold":
            groups["near_miss"].append(row)
            if lent:
                misled.append(p["id"])
        else:
            groups["paraphrase" if language.get(p["target"], "en") == "en" else "paraphrase_other_language"].append(row)
            if not (lent or row[1]) and language.get(p["target"], "en") == "en":
                missed.append(p["id"])
    report = {name: {"n": len(v)} | {key: round(sum(r[i] for r in v) / max(len(v), 1), 4) for i, key in enumerate(
        ("case_lent", "case_offered_as_similar", "other_case_offered_as_similar"))} for name, v in groups.items()}
    report["holding_draft_rate"] = round(holding / max(total, 1), 4)
    report["near_misses_lent"] = misled
    report["paraphrases_missed"] = missed
    return report


def run(cases_path: Path = CASES, probes_path: Path = PROBES) -> dict:
    cases = [json.loads(line) for line in cases_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    probes = [json.loads(line) for line in probes_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        home, out = Path(tmp) / "home", Path(tmp) / "drafts.jsonl"
        home.mkdir()
        _cli(home, "cases", "import", str(cases_path))
        _cli(home, "drafts", "--input", str(probes_path), "--output", str(out))
        drafted = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {"data": {"cases": len(cases), "probes": len(probes)}} | score(probes, cases, drafted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    emit(run(), args.output)


if __name__ == "__main__":
    main()
