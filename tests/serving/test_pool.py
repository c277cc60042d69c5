"""`replywise analyze --workers N`: batches scored by worker processes, several at a time, written in input order."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from serving.jsonl import process_jsonl
from serving.pool import AnalyzePool, auto_workers
from serving.schemas import PostIn
from tests.serving.test_cli import read_jsonl, run, write_jsonl

ROOT = Path(__file__).resolve().parents[2]


def _echo(rows: list) -> list[dict]:
    if any(r.text == "poison" for r in rows):
        raise ValueError("E999 a poisoned row")
    return [{"id": r.id, "text": r.text} for r in rows]


def test_batches_in_flight_are_written_in_input_order_and_a_failed_batch_loses_only_its_bad_line(tmp_path: Path) -> None:
    lines = [{"id": str(i), "text": "poison" if i == 13 else f"post {i}"} for i in range(30)]
    lines.insert(20, "{broken")
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    started: list[int] = []

    def submit(rows: list):  # noqa: ANN202 - a slow first batch: later batches finish before it
        started.append(len(rows))
        result: dict = {}
        worker = threading.Thread(target=lambda: (time.sleep(0.2 if len(started) == 1 else 0),
                                                  result.setdefault("lines", _echo(rows)) if "poison" not in
                                                  [r.text for r in rows] else None))
        worker.start()

        def wait() -> list[dict]:
            worker.join()
            if "lines" not in result:
                raise RuntimeError("the worker failed this batch")
            return result["lines"]
        return wait

    errors: list[str] = []
    ok, failed = process_jsonl(source, tmp_path / "out.jsonl", PostIn, _echo, errors.append, 10_000, batch_size=4,
                               submit=submit, ahead=3)
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == [str(i) for i in range(30) if i != 13]
    assert (ok, failed) == (29, 2)
    # the poisoned line's batch is written (and its line reported) before the line read after it
    assert [e.split(": skipped")[0] for e in errors] == ["line 14", "line 21"]
    assert "E999 a poisoned row" in errors[0] and "bad JSON" in errors[1]
    assert len(started) >= 8  # the batches went through submit, not the synchronous handler


def test_auto_workers_is_one_process_for_a_small_file_and_one_per_core_for_a_big_one() -> None:
    assert auto_workers(999, 2) == 1
    assert auto_workers(1000, 2) == 2
    assert auto_workers(1_000_000, 64) == 4  # each worker holds its own models
    assert auto_workers(5000, 1) == 1


def test_a_pool_whose_workers_cannot_start_scores_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPLYWISE_RATE_LIMIT_PER_MINUTE", "not a number")  # the workers' settings fail to load
    rows = [PostIn(id=str(i), text=f"post {i}") for i in range(5)]
    with AnalyzePool(2, _echo) as pool:
        assert pool(rows) == _echo(rows)
        assert pool._pool is None  # closed: the rest of the file stays in this process


@pytest.mark.slow
def test_analyze_on_two_processes_writes_what_one_process_writes(tmp_path: Path) -> None:
    posts = [json.loads(x) for x in (ROOT / "datasets" / "sample_posts.jsonl").read_text(encoding="utf-8").splitlines()]
    lines: list = [{"id": p["id"], "text": p["text"], "channel": p.get("channel", "twitter")} for p in posts]
    lines.insert(9, "{broken")
    lines.insert(25, {"id": "empty", "text": ""})
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    outputs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        proc = run(["analyze", "--input", str(source), "--output", str(out), "--workers", workers, "--batch-size", "3"],
                   tmp_path / "home")
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert "line 10: skipped" in proc.stderr and "line 26: skipped" in proc.stderr
        assert f"{len(posts)} analyses written, 2 line(s) skipped" in proc.stderr
        outputs[workers] = read_jsonl(out)
    assert [r["id"] for r in outputs["2"]] == [p["id"] for p in posts]
    assert outputs["2"] == outputs["1"]  # the same scores, whichever process read a post

