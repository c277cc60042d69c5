"""Whether a past reply's timing fits this customer: "within 24 hours" is no answer to someone who waited three days."""

from __future__ import annotations

import functools
import re

from model.particulars import in_digits

# time units in seconds (the short windows of a cancellation), and in days for the long ones (a refund, a wait)
_SECONDS = {"sec": 1, "second": 1, "min": 60, "minute": 60, "hour": 3600, "hr": 3600, "day": 86400, "week": 604800,
            "month": 2592000}
_DAYS = {unit: _SECONDS[unit] / 86400 for unit in ("hour", "day", "week", "month")}
# a window a reply promises within: "within 7-10 business days", "within 14 days of your order", "up to 2 weeks"
_WINDOW = re.compile(r"\b(?:within|in|up to|takes?|usually)\s+(?:\d+\s*(?:-|to|–)\s*)?(\d+)\s+(business |working |"
                     r"calendar )?(hour|day|week|month)s?\b", re.I)
# time already gone by in the post, said so before ("waiting 3 weeks", "for 10 days", "it's been a month") or after
# ("5 weeks ago", "Three weeks and not one answer"); not "a 12 month plan", "my 30 day trip", "in 2 weeks"
_ELAPSED = (re.compile(r"\b(?:for|over|after|been|waited|waiting|already|since)\s+(?:the (?:last|past) )?(\d+)\s+"
                       r"(day|week|month)s?\b", re.I),
            re.compile(r"(?<!\bin )(?<!within )(?<!next )(?<![\w-])(\d+)\s+(day|week|month)s?\b(?=\s+(?:ago|now|later|"
                       r"and (?:still|no|not|nothing)|without|of waiting)\b)", re.I))


# a condition on how soon something was done: "Cancelling within 2 minutes of booking is always free", "in the first
# 24 hours"; and how long a post says it took: "after 1 minute", "30 secs in", "an hour later"
_UNIT = r"(sec|second|min|minute|hour|hr|day|week|month)s?\b"
_CONDITION = re.compile(rf"\b(?:within|in the first|under|less than|up to)\s+(?:\d+\s*(?:-|to|–)\s*)?(\d+)\s*{_UNIT}",
                        re.I)
_DURATION = re.compile(rf"\b(\d+|an?|half an)\s*{_UNIT}(?! (?:time|away|from|late|early|walk|drive)\b)", re.I)
# ... a verdict the window decides: "so that fee shouldn't have been charged", "which means it's free"
_VERDICT = re.compile(r"\b(?:so (?:that|the|this|it|you|there)|which means|shouldn'?t have|should not have|won'?t be "
                      r"charged|will not be charged|(?:we'?ll|we will) refund)\b", re.I)


def _seconds(amount: str, unit: str) -> float:
    n = 0.5 if amount.lower() == "half an" else 1 if not amount.isdigit() else int(amount)
    return n * _SECONDS[unit.lower()]


_TERM_DAY = re.compile(r"\b(?:before|by|after|from|on) the (\d{1,2})(?:st|nd|rd|th)\b(?! of (?:jan|feb|mar|apr|may|jun|jul|"
                       r"aug|sep|oct|nov|dec))", re.I)


def term_days(reply: str) -> set[str]:
    return set(_TERM_DAY.findall(reply))


def rests_on_their_timing(reply: str, past_post: str, post_text: str) -> bool:
    """Whether the reply's verdict rests on a time its own customer gave and this post does not, or gives past its
    window: "I cancelled after 1 minute" was told "Cancelling within 2 minutes is free, so that fee shouldn't have been
    charged"; "charged me $47 for a ride I cancelled" may be past the two minutes, "cancelled after 5 mins" is (read33)."""
    windows = [_seconds(n, u) for n, u in _CONDITION.findall(in_digits(reply))]
    if not windows or not _VERDICT.search(reply) or not _DURATION.search(in_digits(past_post)):
        return False
    taken = [_seconds(n, u) for n, u in _DURATION.findall(in_digits(post_text))]
    return not taken or min(taken) > max(windows)


def window_passed(reply: str, post: str) -> bool:
    """Whether the post says more time has gone by than the longest window the reply gives."""
    window = _window_days(reply)
    return window is not None and _waited_days(post) > window


# (cached: fits() asks for every candidate of a post, and the same past replies come back request after request)
@functools.lru_cache(maxsize=4096)
def _window_days(reply: str) -> float | None:
    """The longest window the reply gives, in days (a business day taken as 1.4 days), or None."""
    windows = [int(n) * _DAYS[unit.lower()] * (1.4 if kind and kind.strip().lower() in ("business", "working") else 1)
               for n, kind, unit in _WINDOW.findall(in_digits(reply))]
    return max(windows, default=None)


@functools.lru_cache(maxsize=1024)
def _waited_days(post: str) -> float:
    """The longest time the post says has gone by, in days (0 when it says none)."""
    return max((int(n) * _DAYS[unit.lower()] for rx in _ELAPSED for n, unit in rx.findall(in_digits(post))), default=0)
