"""The drafts sent recently, counted: a repeated text is scripted, and the next draft should say it another way."""

from __future__ import annotations

import threading
from collections import Counter, deque

from model import guards
from model.reply_moves import GREETING


def past_greeting(draft: str) -> str:
    """A draft without its @handle and greeting: "¡Hola! Lo revisamos." and "Hola. Lo revisamos." are one draft."""
    body = guards.LEADING_HANDLES.sub("", draft).strip()
    return GREETING.sub("", body, count=1).strip() or body  # a greeting alone is its own script


class RecentTexts:
    """How often each text was handed out among the last ``window`` drafts (thread-safe, bounded). A text counts
    without its @handle and greeting: five customers asking how to read their meter got the same reply under
    "Hi." and "Hello." (the same script)."""

    def __init__(self, window: int) -> None:
        self._order: deque[str] = deque()
        self._counts: Counter[str] = Counter()
        self._window = window
        self._lock = threading.Lock()

    def count(self, text: str) -> int:
        return self._counts.get(past_greeting(text), 0)

    def uses(self, text: str) -> tuple[int, int]:
        """(script, exact text) counts: among over-used scripts, the least used text."""
        return self.count(text), self._counts.get("\0" + text, 0)

    def add(self, text: str) -> None:
        with self._lock:
            for key in (past_greeting(text), "\0" + text):  # the script, and the exact text
                self._order.append(key)
                self._counts[key] += 1
            while len(self._order) > 2 * self._window:
                old = self._order.popleft()
                self._counts[old] -= 1
                if self._counts[old] <= 0:
                    del self._counts[old]
