"""Batch analyze / audit of very large JSONL files on Dask: a local cluster of processes, or a running cluster.

The driver only scans the input for line offsets and cuts it into parts of N lines; each part is a Dask task
that reads its own byte range, scores it with models loaded once per worker process, and writes
``part-NNNNN.jsonl`` (atomically, beside a small ``.done.json`` summary). A re-run skips finished parts, so a
crashed or interrupted run resumes where it stopped. Bad lines are reported with their line number in the whole
file and never stop a part. On several machines, start ``dask scheduler`` / ``dask worker`` there (same
``REPLYWISE_*`` settings, input and output on shared storage) and pass ``--scheduler tcp://host:8786``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from serving.jsonl import LineError, echo_id, parse_rows, run_batch

Kind = Literal["analyze", "audit"]
KINDS: tuple[Kind, ...] = ("analyze", "audit")
BATCH = 128


@dataclass(frozen=True)
class Part:
    index: int
    start: int  # byte offsets into the input
    end: int
    first_line: int


def split_parts(path: Path, lines_per_part: int) -> list[Part]:
    """Cut the file at line boundaries every ``lines_per_part`` lines (one sequential read, no parsing)."""
    parts: list[Part] = []
    start, first, offset, count = 0, 1, 0, 0
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            offset += len(raw)
            count += 1
            if count == lines_per_part:
                parts.append(Part(len(parts), start, offset, first))
                start, first, count = offset, number + 1, 0
    if count:
        parts.append(Part(len(parts), start, offset, first))
    return parts


_WORKER_SERVICES: dict[str, Any] = {}


def _services():  # noqa: ANN202
    """One Services per worker process: models load on the first part a worker gets, then stay."""
    if "services" not in _WORKER_SERVICES:
        from serving.config import Settings
        from serving.services import Services

        _WORKER_SERVICES["services"] = Services(Settings())
    return _WORKER_SERVICES["services"]


def run_part(kind: Kind, path: str, part: Part, out_dir: str, max_line_bytes: int) -> dict:
    """Score one part; returns its summary (also written next to the part, which marks it done)."""
    target = Path(out_dir) / f"part-{part.index:05d}.jsonl"
    marker = target.with_suffix(".done.json")
    if marker.exists():
        return json.loads(marker.read_text(encoding="utf-8")) | {"skipped": True}
    from serving.schemas import ConversationIn, PostIn

    services = _services()
    schema, handle = {
        "analyze": (PostIn, services.analyze_rows),
        "audit": (ConversationIn, lambda rows: services.audit_many([r.model_dump() for r in rows])),
    }[kind]
    with open(path, "rb") as fh:
        fh.seek(part.start)
        # bytes, cut at "\n" only: a line that is not UTF-8 is reported (not mangled), and a U+2028 inside a
        # JSON string does not split its line as str.splitlines would
        lines = fh.read(part.end - part.start).split(b"\n")
    errors: list[dict] = []
    ok = 0
    tmp = target.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        batch: list[tuple[int, Any]] = []

        def flush() -> None:
            nonlocal ok
            reasons: list[str] = []
            for (number, row), result in zip(batch, run_batch(batch, handle, reasons.append), strict=True):
                if result is None:
                    errors.append({"line": number, "reason": reasons.pop(0).split(": skipped: ", 1)[-1]})
                else:
                    out.write(json.dumps(echo_id(row, result), ensure_ascii=False) + "\n")
                    ok += 1
            batch.clear()

        for number, row in parse_rows(lines, schema, max_line_bytes):
            line = number + part.first_line - 1
            if isinstance(row, LineError):
                errors.append({"line": line, "reason": row.reason})
                continue
            if getattr(row, "id", None) == f"line-{number}":
                row.id = f"line-{line}"  # id-less lines are named by their line in the whole file
            batch.append((line, row))
            if len(batch) >= BATCH:
                flush()
        flush()
    os.replace(tmp, target)
    summary = {"part": part.index, "ok": ok, "failed": len(errors), "errors": errors, "pid": os.getpid()}
    marker.write_text(json.dumps(summary), encoding="utf-8")
    return summary


def run(kind: Kind, input: Path, output_dir: Path, workers: int = 2, lines_per_part: int = 20_000,
        scheduler: str | None = None, max_line_bytes: int = 64_000, progress: bool = True) -> dict:
    """Run every part on the cluster; write ``summary.json`` in ``output_dir`` and return it."""
    from dask.distributed import Client, LocalCluster, as_completed
    from tqdm import tqdm

    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    output_dir.mkdir(parents=True, exist_ok=True)
    parts = split_parts(input, lines_per_part)
    if not scheduler:  # local processes share this machine's cores
        from serving.config import share_cores

        share_cores(workers)
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    summaries: list[dict] = []
    try:
        with Client(scheduler or cluster) as client:
            futures = client.map(run_part, [kind] * len(parts), [str(input.resolve())] * len(parts), parts,
                                 [str(output_dir.resolve())] * len(parts), [max_line_bytes] * len(parts),
                                 pure=False)
            bar = tqdm(total=len(parts), desc=f"{kind} parts", unit="part", disable=not progress or None)
            for future in as_completed(futures):
                summaries.append(future.result())
                bar.update(1)
            bar.close()
    finally:
        if cluster is not None:
            cluster.close()
    summaries.sort(key=lambda s: s["part"])
    result = {"kind": kind, "input": str(input), "parts": len(parts),
              "parts_skipped": sum(1 for s in summaries if s.get("skipped")),
              "ok": sum(s["ok"] for s in summaries), "failed": sum(s["failed"] for s in summaries),
              "errors": [e for s in summaries for e in s["errors"]],
              "worker_processes": len({s["pid"] for s in summaries if not s.get("skipped")}),
              "lines_per_part": lines_per_part}
    (output_dir / "summary.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result
