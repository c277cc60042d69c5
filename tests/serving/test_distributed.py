"""`replywise batch` on a real local Dask cluster of two worker processes, with real models."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_split_parts_cuts_at_line_boundaries(tmp_path: Path) -> None:
    from serving.distributed import split_parts

    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": str(i), "text": "é" * i}) for i in range(23)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parts = split_parts(path, 10)
    assert [p.first_line for p in parts] == [1, 11, 21]
    data = path.read_bytes()
    rebuilt = b"".join(data[p.start:p.end] for p in parts)
    assert rebuilt == data
    assert data[parts[1].start:parts[1].end].decode().splitlines()[0] == lines[10]


@pytest.mark.slow
def test_batch_analyze_on_two_worker_processes_resumes_and_reports_bad_lines(tmp_path: Path) -> None:
    posts = [json.loads(x) for x in (ROOT / "datasets" / "sample_posts.jsonl").read_text(encoding="utf-8").splitlines()]
    lines = [json.dumps({"id": p["id"], "text": p["text"], "channel": p.get("channel", "twitter")}) for p in posts[:24]]
    lines.insert(7, "{broken")
    lines.insert(15, json.dumps({"text": ""}))
    source = tmp_path / "posts.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    env = os.environ | {"REPLYWISE_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    cmd = [sys.executable, "-m", "serving", "batch", "analyze", "--input", str(source), "--output-dir", str(out),
           "--workers", "2", "--part-lines", "9"]
    run = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "line 8: skipped" in run.stderr and "line 16: skipped" in run.stderr

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["parts"] == 3 and summary["ok"] == 24 and summary["failed"] == 2
    assert summary["worker_processes"] == 2  # really spread over both processes
    assert (tmp_path / "home" / "cache" / "dask").is_dir()  # Dask's scratch space and locks stay under the home
    assert not (ROOT / "dask-scratch-space").exists()
    results = [json.loads(x) for p in sorted(out.glob("part-*.jsonl")) for x in p.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in results] == [p["id"] for p in posts[:24]]  # input order kept across parts
    for r in results:
        assert r["sentiment"]["label"] in ("negative", "neutral", "positive")
        assert 0.0 <= r["urgency"]["score"] <= 1.0 and r["route"]["team"] and r["language"]

    (out / "part-00001.done.json").unlink()  # as if the run had died while scoring part 1
    again = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-2000:]
    resumed = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert resumed["parts_skipped"] == 2 and resumed["ok"] == 24


def test_batch_refuses_csv_and_unknown_kinds_with_a_message(tmp_path: Path) -> None:
    csv = tmp_path / "x.csv"
    csv.write_text("id,text\n1,hello\n", encoding="utf-8")
    env = os.environ | {"REPLYWISE_HOME": str(tmp_path / "home")}
    for args in (["batch", "analyze", "--input", str(csv), "--output-dir", str(tmp_path / "o")],
                 ["batch", "rewrite", "--input", str(csv), "--output-dir", str(tmp_path / "o")]):
        run = subprocess.run([sys.executable, "-m", "serving", *args], env=env, cwd=ROOT, capture_output=True,
                             text=True, timeout=120)
        assert run.returncode != 0 and "Traceback" not in run.stderr
        assert "JSONL" in run.stderr or "KIND" in run.stderr


@pytest.mark.slow
def test_a_part_keeps_lines_whole_reports_bad_bytes_and_echoes_numeric_ids(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from serving.distributed import run_part, split_parts

    monkeypatch.setenv("REPLYWISE_HOME", str(tmp_path / "home"))
    source = tmp_path / "in.jsonl"
    source.write_bytes(json.dumps({"id": 7, "text": "my parcel\u2028never arrived"}, ensure_ascii=False).encode()
                       + b'\n{"id": "b", "text": "caf\xe9 was cold"}\n' + json.dumps({"id": "c", "text": "ok"}).encode()
                       + b"\n")
    (part,) = split_parts(source, 10)
    summary = run_part("analyze", str(source), part, str(tmp_path), 64_000)
    rows = [json.loads(x) for x in (tmp_path / "part-00000.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [7, "c"]  # the U+2028 line stayed one line, its id a number
    assert summary["errors"] == [{"line": 2, "reason": "line is not valid UTF-8"}]
