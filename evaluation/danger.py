"""Danger told in Spanish, French, German, Italian or Portuguese: how much the rules and the danger head catch, on
posts by writers they never saw, and how often they alarm on ordinary posts.

The probe posts (datasets/danger_probes.jsonl) come in five sets by four writers (`dev` and `blind1` by one). The rules of
`model/urgency/other_languages.py` were written from `dev` and mended on `blind1`, `blind2` and `blind3` after each
was measured, so only `blind4` is unseen by them (their figures on the others show what they were fitted to). The
head is scored leave-one-set-out: each set by a head trained without it. A post is alarmed when the rules name a
situation or give it `safety` or `fraud`, or the head names one. False alarms on real ordinary text: the held-out half
of each background source (XLM-T tweets, GermEval feedback, support tickets; the head learned from the other halves).
A fifth blind set (datasets/danger_probes_blind5.jsonl, 100 posts by a fifth writer, never trained on), and a sixth,
seventh and eighth (danger_probes_blind6/7/8.jsonl, 100 each by three more writers, twentieth session) and a ninth
(danger_probes_blind9.jsonl, 48 in six languages, English among them, twenty-first session) are read by the
service as it is: the rules and the bundled head, through the analyzer. None trained the head; the rules were mended on
each after it was first measured (the fifth: 65 of 70 alarmed, 9 of 30 look-alikes; the sixth: 57 of 70, 5 of 30; the
seventh, after the sixth's mends: 61 of 70, 5 of 30; the eighth, after the seventh's: 56 of 70, 2 of 30), so their
figures now show what the rules were fitted to, not what a new writer gets.

    python -m evaluation.danger [--output out/eval/danger.json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from evaluation.output import emit
from model.factory import build_analyzer
from model.types import Post
from model.urgency import find_reasons
from model.urgency.other_languages import scam_cue, situations_in
from model.urgency.reasons import figure_of_speech
from training.danger import encode_probes_and_background, held_out, load_background
from training.data import DEFAULT_ROOT

DATASETS = Path(__file__).resolve().parents[1] / "datasets"
THROUGH_SERVICE = {"blind5_service": DATASETS / "danger_probes_blind5.jsonl",
                   "blind6_service": DATASETS / "danger_probes_blind6.jsonl",
                   "blind7_service": DATASETS / "danger_probes_blind7.jsonl",
                   "blind8_service": DATASETS / "danger_probes_blind8.jsonl",
                   "blind9_service": DATASETS / "danger_probes_blind9.jsonl"}


def rules_alarm(text: str) -> bool:
    return bool(situations_in(text)) or bool({"safety", "fraud"} & set(find_reasons(text)))


def through_service(path: Path) -> dict:
    """A probe set through the analyzer: alarmed = the urgency gives `safety` or `fraud`."""
    posts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    analyses = build_analyzer().analyze_many([Post(text=p["text"], channel=p["channel"], brand=p["brand"], id=p["id"])
                                              for p in posts])
    alarmed = [bool({"safety", "fraud"} & set(a.urgency["reasons"])) for a in analyses]
    by_head = [bool(a.urgency.get("situation")) for a in analyses]
    danger = [p["expect"] == "alarm" for p in posts]
    return {"danger_posts": sum(danger), "alarmed": sum(a and d for a, d in zip(alarmed, danger, strict=True)),
            "by_the_head": sum(h and d for h, d in zip(by_head, danger, strict=True)),
            "look_alikes": len(posts) - sum(danger),
            "look_alikes_alarmed": sum(a and not d for a, d in zip(alarmed, danger, strict=True))}


def run(root: Path = DEFAULT_ROOT) -> dict:
    probes, Xp, Xb = encode_probes_and_background(root)
    said, background = held_out(probes, Xp, Xb)
    report: dict = {"per_set": {}}
    for name, predicted in said.items():
        rows = [p for p in probes if p["set"] == name]
        alarm = np.array([p["expect"] == "alarm" for p in rows])
        rules = np.array([rules_alarm(p["text"]) for p in rows])
        # (as the service hears it: not a figure of speech, and money gone a scam only with a scam's cue)
        head = np.array([s is not None and not figure_of_speech(p["text"]) and (s != "scam" or scam_cue(p["text"]))
                         for s, p in zip(predicted, rows, strict=True)])
        report["per_set"][name] = {
            "danger_posts": int(alarm.sum()), "rules": int((rules & alarm).sum()), "head": int((head & alarm).sum()),
            "either": int(((rules | head) & alarm).sum()), "look_alikes": int((~alarm).sum()),
            "look_alikes_rules": int((rules & ~alarm).sum()), "look_alikes_head": int((head & ~alarm).sum()),
            "look_alikes_either": int(((rules | head) & ~alarm).sum()), "rules_saw_it": name != "blind4"}
    for name, path in THROUGH_SERVICE.items():
        report[name] = through_service(path)
    held = [t for i, t in enumerate(load_background(root)) if i % 2 == 1]
    report["ordinary_posts"] = {
        "held_out_half": len(held), "rules_alarmed": sum(map(rules_alarm, held)),
        "head_alarmed_leave_one_set_out_mean": round(float(np.mean(list(background.values()))), 1)}
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets-root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    emit(run(args.datasets_root), args.output)


if __name__ == "__main__":
    main()
