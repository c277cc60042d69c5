"""Micro-batching of concurrent single-post requests.

Scoring one post at a time wastes the encoder: a batch of 32 costs little more than a batch of 1 on CPU.
Under load, requests that arrive within a few milliseconds of each other are scored as one batch by a single
worker thread, which also keeps torch from being run by dozens of request threads at once on 2 cores.
With one request in flight, the only added cost is the wait of ``max_wait_ms``.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class MicroBatcher(Generic[T, R]):
    def __init__(self, fn: Callable[[list[T]], list[R]], max_batch: int = 32, max_wait_ms: float = 3.0,
                 name: str = "batcher") -> None:
        self.fn = fn
        self.max_batch = max_batch
        self.max_wait = max_wait_ms / 1000
        self._queue: queue.SimpleQueue[tuple[T, Future[R]]] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, item: T) -> R:
        """Blocks the calling (request) thread until its item is scored; re-raises its own error."""
        future: Future[R] = Future()
        self._queue.put((item, future))
        return future.result()

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._queue.get(timeout=self.max_wait))
                except queue.Empty:
                    break
            self._process(batch)

    def _process(self, batch: list[tuple[T, Future[R]]]) -> None:
        try:
            results = self.fn([item for item, _ in batch])
        except Exception:  # noqa: BLE001 - one bad item must not fail its neighbours: score them one by one
            for item, future in batch:
                self._settle(future, item)
            return
        for (_, future), result in zip(batch, results, strict=True):
            future.set_result(result)

    def _settle(self, future: Future[R], item: T) -> None:
        try:
            future.set_result(self.fn([item])[0])
        except Exception as exc:  # noqa: BLE001 - handed to the waiting request, which maps it to HTTP
            future.set_exception(exc)
