"""`replywise analyze --workers N`: a big file scored on every core by worker processes that each load the models.

One process cannot keep two cores busy: the rules, Presidio's recognizers and spaCy's Python hold the GIL, so
the threads that overlap the encoders with PII detection leave about a third of the second core idle. Processes
with one thread each do not wait on each other (2,000 TWCS posts: about 100 posts/s in one process, 160 in two;
see README, Measured). Each batch is cut into one contiguous chunk per worker and put back in input order.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

log = logging.getLogger(__name__)

AUTO_BELOW = 1000  # lines: below this a second model load costs more than it saves
AUTO_MAX = 4  # each worker holds its own models (about 1.1 GB)

_SERVICES: dict[str, Any] = {}


def auto_workers(lines: int, cores: int) -> int:
    """One worker per core for a file of ``AUTO_BELOW`` lines or more (at most ``AUTO_MAX``), else one process."""
    return max(1, min(cores, AUTO_MAX)) if lines >= AUTO_BELOW else 1


def _load() -> None:
    from serving.config import Settings
    from serving.services import Services

    services = Services(Settings())
    _ = services.analyzer
    _SERVICES["services"] = services


def _analyze(rows: list) -> list[dict]:
    try:
        return _SERVICES["services"].analyze_rows(rows)
    except Exception as exc:  # noqa: BLE001 - sent back as a plain error: a typed one may not unpickle
        raise RuntimeError(getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}") from None


class AnalyzePool:
    """A handler for ``process_jsonl``: rows in, analyze output lines out, in order, scored by ``workers``
    processes, several batches at a time (``submit``). If a worker dies (killed, out of memory), the rest of the file
    is scored in this process."""

    def __init__(self, workers: int, fallback) -> None:  # noqa: ANN001 - fallback: rows -> output lines
        from serving.config import share_cores

        share_cores(workers)  # one thread each; the workers read it from the environment when they start
        self.workers = workers
        self._fallback = fallback
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"), initializer=_load)

    def submit(self, rows: list) -> Callable[[], list[dict]]:
        """Start scoring ``rows`` (one chunk per worker); returns what waits for their output lines."""
        if self._pool is None:
            return lambda: self._fallback(rows)
        size = -(-len(rows) // self.workers)
        try:
            futures = [self._pool.submit(_analyze, rows[i:i + size]) for i in range(0, len(rows), size)]
        except BrokenProcessPool as exc:
            self._broken(exc)
            return lambda: self._fallback(rows)
        return lambda: [line for future in futures for line in future.result()]

    def __call__(self, rows: list) -> list[dict]:
        try:
            return self.submit(rows)()
        except BrokenProcessPool as exc:
            self._broken(exc)
            return self._fallback(rows)

    def _broken(self, exc: BaseException) -> None:
        log.warning("a worker process stopped (%s); scoring the rest in this process", exc)
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> AnalyzePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
