"""JSONL in, JSONL out: per-line validation with line numbers, input order kept, progress on stderr."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, ValidationError

STDOUT = "-"  # as an --output path: write to stdout


@dataclass
class LineError:
    line: int
    reason: str


def _reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "line"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


def loads_line(raw: str | bytes) -> Any:
    """``json.loads`` whose every failure is a ValueError with a readable reason: besides bad syntax, JSON nested
    past the parser's depth (RecursionError) and integers over Python's 4,300-digit limit."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"bad JSON ({exc.msg}; column {exc.colno})") from exc
    except RecursionError as exc:
        raise ValueError("bad JSON (nested too deeply)") from exc
    except ValueError as exc:
        raise ValueError(f"bad JSON ({exc})") from exc


def _raw_objects(lines: Iterable[str | bytes], max_line_bytes: int) -> Iterator[tuple[int, dict | LineError]]:
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield number, LineError(number, "line is not valid UTF-8")
                continue
        if not raw.strip():
            continue
        if len(raw.encode("utf-8")) > max_line_bytes:
            yield number, LineError(number, f"line is over the size limit of {max_line_bytes} bytes")
            continue
        try:
            obj = loads_line(raw)
        except ValueError as exc:
            yield number, LineError(number, str(exc))
            continue
        if not isinstance(obj, dict):
            yield number, LineError(number, "expected a JSON object")
            continue
        yield number, obj


def _csv_objects(lines: Iterable[str]) -> Iterator[tuple[int, dict | LineError]]:
    """CSV rows as dicts (header = field names); empty cells are absent, 'true'/'false' become booleans."""
    reader = csv.DictReader(lines)
    for row in reader:
        obj = {k.strip(): v for k, v in row.items() if k and v not in (None, "")}
        for k, v in obj.items():
            if isinstance(v, str) and v.lower() in ("true", "false"):
                obj[k] = v.lower() == "true"
        yield reader.line_num, obj


def parse_rows(lines: Iterable[str] | Iterable[bytes], schema: type[BaseModel], max_line_bytes: int, is_csv: bool = False,
               ) -> Iterator[tuple[int, BaseModel | LineError]]:
    """Yield (line number, parsed row or LineError) from JSONL or CSV text. Blank lines are skipped."""
    source = _csv_objects(lines) if is_csv else _raw_objects(lines, max_line_bytes)
    for number, obj in source:
        if isinstance(obj, LineError):
            yield number, obj
            continue
        try:
            row = schema.model_validate(obj)
        except ValidationError as exc:
            yield number, LineError(number, _reason(exc))
            continue
        if getattr(row, "id", "") is None:  # an id-less line still gets a stable id in the output
            row.id = f"line-{number}"
        yield number, row


def read_jsonl(path: Path, schema: type[BaseModel], max_line_bytes: int) -> Iterator[tuple[int, BaseModel | LineError]]:
    """Rows of a JSONL file (a line that is not UTF-8 is reported, not mangled), or a CSV file by its extension."""
    if path.suffix.lower() == ".csv":
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
            yield from parse_rows(fh, schema, max_line_bytes, is_csv=True)
        return
    with open(path, "rb") as fh:
        yield from parse_rows(fh, schema, max_line_bytes)


def count_lines(path: Path) -> int:
    with open(path, "rb") as fh:
        n = sum(1 for line in fh if line.strip())
    return max(n - 1, 0) if path.suffix.lower() == ".csv" else n


def echo_id(row: Any, result: dict) -> dict:
    """The input id as it was written: a numeric id comes back a number, not the string it became inside, and
    ``"id": null`` comes back null (an absent id is named by its line)."""
    given = getattr(row, "_given_id", None)
    if given is not None and result.get("id") == row.id:
        result["id"] = given
    elif getattr(row, "_id_null", False) and result.get("id") == row.id:
        result["id"] = None
    return result


def run_batch(batch: list[tuple[int, Any]], handle: Callable[[list[Any]], list[dict]],
              report: Callable[[str], None]) -> list[dict | None]:
    """``handle`` over (line number, row) pairs; if the batch fails, retry line by line so one bad row loses
    only itself (reported with its line number, ``None`` in its place)."""
    try:
        return list(handle([row for _, row in batch]))
    except Exception:  # noqa: BLE001
        results: list[dict | None] = []
        for number, row in batch:
            try:
                results.extend(handle([row]))
            except Exception as line_exc:  # noqa: BLE001
                report(f"line {number}: skipped: {getattr(line_exc, 'message', None) or line_exc}")
                results.append(None)
        return results


@contextmanager
def open_output(out: Path) -> Iterator[TextIO]:
    """The output file, or stdout (as UTF-8 whatever the locale) when it is ``-``; stdout is flushed, not closed."""
    if str(out) != STDOUT:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            yield fh
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", line_buffering=True)
    try:
        yield stream
    finally:
        stream.flush()
        stream.detach()


def process_jsonl(path: Path, out: Path, schema: type[BaseModel], handle: Callable[[list[Any]], list[dict]],
                  report: Callable[[str], None], max_line_bytes: int, batch_size: int = 64,
                  desc: str = "processing", submit: Callable[[list[Any]], Callable[[], list[dict]]] | None = None,
                  ahead: int = 2) -> tuple[int, int]:
    """Run ``handle`` over batches of valid rows; write results in input order (to stdout when ``out`` is ``-``;
    the progress bar is on stderr either way). Returns (ok, failed).

    ``submit`` (worker processes): starts a batch and returns what waits for its results, so up to ``ahead``
    batches are being scored while the next is read; a batch it fails goes through ``handle`` line by line."""
    from tqdm import tqdm

    ok = failed = 0
    total = count_lines(path)
    pending: deque[tuple[list[tuple[int, Any]], Callable[[], list[dict]] | None]] = deque()
    with open_output(out) as fh, tqdm(total=total, desc=desc, unit="line", disable=None, file=sys.stderr) as bar:
        batch: list[tuple[int, Any]] = []

        def write(done: list[tuple[int, Any]], wait: Callable[[], list[dict]] | None) -> None:
            nonlocal ok, failed
            results: list[dict | None] | None = None
            if wait is not None:
                try:
                    results = list(wait())
                except Exception:  # noqa: BLE001 - retried line by line below, each bad line reported
                    results = None
            for (_, row), result in zip(done, results or run_batch(done, handle, report), strict=True):
                if result is None:
                    failed += 1
                else:
                    echo_id(row, result)
                    fh.write(json.dumps(result, ensure_ascii=False) + "\n")
                    ok += 1
            bar.update(len(done))

        def flush(keep: int = 0) -> None:
            if batch:
                pending.append((list(batch), submit(list(row for _, row in batch)) if submit else None))
                batch.clear()
            while len(pending) > keep:
                write(*pending.popleft())

        for number, row in read_jsonl(path, schema, max_line_bytes):
            if isinstance(row, LineError):
                flush()  # keep output order = input order
                report(f"line {row.line}: skipped: {row.reason}")
                failed += 1
                bar.update(1)
                continue
            batch.append((number, row))
            if len(batch) >= batch_size:
                flush(keep=ahead if submit else 0)
        flush()
    return ok, failed
