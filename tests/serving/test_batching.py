"""Micro-batching: concurrent requests share one call, and one bad item fails only its own request."""

from __future__ import annotations

import threading

import pytest

from serving.batching import MicroBatcher


def test_concurrent_submits_are_batched_and_answered_in_order() -> None:
    sizes: list[int] = []
    gate = threading.Event()

    def square(items: list[int]) -> list[int]:
        gate.wait(5)  # hold the first call so the others queue up behind it
        sizes.append(len(items))
        return [i * i for i in items]

    batcher = MicroBatcher(square, max_batch=16, max_wait_ms=20)
    results: dict[int, int] = {}
    threads = [threading.Thread(target=lambda i=i: results.__setitem__(i, batcher.submit(i))) for i in range(12)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join(10)
    assert results == {i: i * i for i in range(12)}
    assert sum(sizes) == 12 and max(sizes) > 1


def test_a_bad_item_fails_only_its_own_request() -> None:
    def invert(items: list[int]) -> list[float]:
        return [1 / i for i in items]

    batcher = MicroBatcher(invert, max_batch=8, max_wait_ms=50)
    outcome: dict[int, object] = {}

    def call(i: int) -> None:
        try:
            outcome[i] = batcher.submit(i)
        except ZeroDivisionError as exc:
            outcome[i] = exc

    threads = [threading.Thread(target=call, args=(i,)) for i in (0, 1, 2, 4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert isinstance(outcome[0], ZeroDivisionError)
    assert outcome[1] == 1.0 and outcome[2] == 0.5 and outcome[4] == 0.25
    with pytest.raises(ZeroDivisionError):
        batcher.submit(0)
