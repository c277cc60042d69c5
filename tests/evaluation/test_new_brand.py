"""The new-brand probe benchmark's counting: which case a probe's drafts lent, split by what was expected."""

from __future__ import annotations

import json
from pathlib import Path

from evaluation.new_brand import CASES, PROBES, score


def test_borrow_rates_count_each_probe_once_by_its_expectation() -> None:
    cases = [{"id": "a", "language": "en"}, {"id": "b", "language": "es"}, {"id": "c", "language": "en"}]
    probes = [{"id": "p1", "target": "a", "expect": "borrow"}, {"id": "p2", "target": "a", "expect": "borrow"},
              {"id": "p3", "target": "b", "expect": "borrow"}, {"id": "n1", "target": "c", "expect": "hold"}]
    drafted = [{"id": "p1", "drafts": [{"sources": ["a"]}, {"sources": []}]},
               {"id": "p2", "drafts": [{"sources": ["c"]}]},
               {"id": "n1", "drafts": [{"sources": ["c"]}, {"sources": []}]}]  # p3 drafted nothing
    report = score(probes, cases, drafted)
    assert report["paraphrase"] == {"n": 2, "case_lent": 0.5, "case_offered_as_similar": 0.0,
                                    "other_case_offered_as_similar": 0.0}
    assert report["paraphrase_other_language"]["case_lent"] == 0.0
    assert report["near_miss"]["case_lent"] == 1.0
    assert report["near_misses_lent"] == ["n1"] and report["paraphrases_missed"] == ["p2"]
    assert report["holding_draft_rate"] == 0.4


def test_a_draft_offered_for_a_similar_question_is_counted_apart_from_a_lent_one() -> None:
    cases = [{"id": "a", "language": "en"}, {"id": "c", "language": "en"}]
    probes = [{"id": "p1", "target": "a", "expect": "borrow"}, {"id": "p2", "target": "a", "expect": "borrow"},
              {"id": "n1", "target": "c", "expect": "hold"}]
    similar = "the brand's answer to a similar question"
    drafted = [{"id": "p1", "drafts": [{"sources": []}, {"sources": ["a"], "check": similar}]},
               {"id": "p2", "drafts": [{"sources": ["c"], "check": similar}]},
               {"id": "n1", "drafts": [{"sources": ["c"], "check": similar}]}]
    report = score(probes, cases, drafted)
    assert report["paraphrase"] == {"n": 2, "case_lent": 0.0, "case_offered_as_similar": 0.5,
                                    "other_case_offered_as_similar": 0.5}
    assert report["near_miss"] == {"n": 1, "case_lent": 0.0, "case_offered_as_similar": 1.0,
                                   "other_case_offered_as_similar": 0.0}
    assert report["paraphrases_missed"] == ["p2"] and report["near_misses_lent"] == []


def test_every_probe_names_a_bundled_case() -> None:
    ids = {json.loads(line)["id"] for line in Path(CASES).read_text(encoding="utf-8").splitlines() if line.strip()}
    probes = [json.loads(line) for line in Path(PROBES).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert probes and all(p["target"] in ids and p["expect"] in {"borrow", "hold"} for p in probes)
