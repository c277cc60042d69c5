"""Small regex helpers shared by the urgency patterns: nearness of two phrases, and reading a text straight."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")


def nearby(a: str, b: str, gap: int = 80) -> str:
    """Either pattern within ``gap`` characters of the other, in either order (both in one post)."""
    return rf"(?:{a})[\s\S]{{0,{gap}}}?(?:{b})|(?:{b})[\s\S]{{0,{gap}}}?(?:{a})"


def straight_apostrophes(fn: Callable[[str], _T]) -> Callable[[str], _T]:
    """The rules are written with a straight apostrophe: a phone's curly one ("isn’t breathing", "can’t afford",
    about one TWCS post in six) is read as one."""
    @functools.wraps(fn)
    def read(text: str) -> _T:
        return fn(text.replace("\u2019", "'"))
    return read
