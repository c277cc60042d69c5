"""The batch audit report: CSV of every row, an HTML page with charts, escaped text and highlighted spans."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from evaluation.audit_report import CHECKS, write_report


def _data(n: int, seed: int = 3) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    results, convs = [], []
    for i in range(n):
        verdict = rng.choice(["pass", "review", "fail"])
        reply = f"Sorry about order {i}, DM us and we'll fix it."
        issues = [] if verdict == "pass" else [{"check": "empathy", "reason": "no empathy", "spans": [[0, 5]]}]
        results.append({"id": f"r{i}", "verdict": verdict, "scores": {c: round(rng.random(), 3) for c in CHECKS},
                        "issues": issues, "response_minutes": rng.choice([None, rng.uniform(1, 3000)]),
                        "deadline_minutes": 60})
        convs.append({"id": f"r{i}", "post": f"post {i}", "reply": reply, "brand": rng.choice(["A", "B", None]),
                      "agent": rng.choice(["JM", None]), "channel": "twitter", "public": True})
    return results, convs


def test_report_files_counts_escaping_and_highlights(tmp_path: Path) -> None:
    results, convs = _data(50)
    results[0] |= {"verdict": "fail", "issues": [{"check": "privacy", "reason": "leak", "spans": [[0, 8]]}]}
    convs[0]["reply"] = "<script>alert(1)</script> hello"
    path = write_report(results, convs, tmp_path / "report")

    with open(tmp_path / "report" / "rows.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 50 and {"id", "verdict", "issues", *CHECKS} <= set(rows[0])
    page = path.read_text(encoding="utf-8")
    for verdict in ("pass", "review", "fail"):
        count = sum(r["verdict"] == verdict for r in results)
        assert f"{verdict} <b>{count}</b>" in page
    assert page.count("data:image/png;base64,") >= 3
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert "<mark>&lt;script&gt;</mark>" in page


def test_read_first_says_how_many_it_leaves_out_and_puts_privacy_first(tmp_path: Path) -> None:
    results, convs = _data(80, seed=5)
    flagged = sum(r["verdict"] != "pass" for r in results)
    leak = next(i for i, r in enumerate(results) if r["verdict"] == "review")
    results[leak]["issues"] = [{"check": "privacy", "reason": "a personal e-mail", "spans": []}]
    convs[leak]["reply"] = "the reply that leaks"
    page = write_report(results, convs, tmp_path / "r").read_text(encoding="utf-8")
    assert f"The 25 of {flagged} replies" in page
    read_first = page.split("Replies to read first")[1].split("All rows")[0]
    fails = [r for r in results if r["verdict"] == "fail"]
    assert ("the reply that leaks" in read_first) == (len(fails) < 25)
    untimed = sum(r["response_minutes"] is None for r in results)
    assert f"{untimed} of 80 rows had no usable post and reply times" in page


def test_a_safety_miss_is_read_before_other_failures(tmp_path: Path) -> None:
    results, convs = _data(80, seed=5)
    fails = [i for i, r in enumerate(results) if r["verdict"] == "fail"]
    hazard = fails[-1]
    results[hazard]["issues"] = [{"check": "next_step", "severity": "fail", "spans": [],
                                  "reason": "A hazard (gas, fire, smoke) answered without safety steps"}]
    convs[hazard]["reply"] = "we will take a look tomorrow"
    page = write_report(results, convs, tmp_path / "r").read_text(encoding="utf-8")
    read_first = page.split("Replies to read first")[1].split("All rows")[0]
    first_row = read_first.split("<tr>")[2]  # after the header row
    assert "we will take a look tomorrow" in first_row


def test_counts_per_check_and_verdicts_per_brand(tmp_path: Path) -> None:
    """A QA lead sees which check fails most and which brand passes least, without opening the CSV."""
    import re

    results, convs = _data(30, seed=5)
    for res in results[:4]:
        res |= {"verdict": "fail", "issues": [{"check": "privacy", "reason": "leak", "severity": "fail"},
                                              {"check": "privacy", "reason": "again", "severity": "fail"}]}
    page = write_report(results, convs, tmp_path / "r").read_text(encoding="utf-8")
    section = page.split("Which checks flag replies")[1].split("<h2>")[0]
    cells = re.findall(r"<tr><td>(\w+)</td><td>(\d+)</td><td>(\d+)</td></tr>", section)
    assert cells[0] == ("privacy", "4", "0")  # counted per reply, not per issue
    empathy = sum(any(i["check"] == "empathy" for i in r["issues"]) for r in results)
    assert ("empathy", "0", str(empathy)) in cells  # no severity given: a review
    brands = page.split("Verdicts by brand")[1].split("<h2>")[0]
    for brand in {c["brand"] or "—" for c in convs}:
        n = sum((c["brand"] or "—") == brand for c in convs)
        passed = sum((c["brand"] or "—") == brand and r["verdict"] == "pass" for c, r in zip(convs, results, strict=True))
        assert re.search(rf"<td>{re.escape(brand)}</td><td>{n}</td><td>{passed}</td>", brands)


def test_an_agent_without_a_field_is_read_from_the_reply_s_sign_off(tmp_path: Path) -> None:
    results, convs = _data(3)
    convs[0] |= {"agent": None, "reply": "Sorry about that, the engineer is booked for Friday. ^SK"}
    convs[1] |= {"agent": None, "reply": "Thanks for letting us know! -KC"}
    convs[2] |= {"agent": "JM", "reply": "All sorted now. ^SK"}
    write_report(results, convs, tmp_path / "report")
    with open(tmp_path / "report" / "rows.csv", encoding="utf-8") as fh:
        assert [r["agent"] for r in csv.DictReader(fh)] == ["SK", "KC", "JM"]
