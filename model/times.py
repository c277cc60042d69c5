"""Times as customers' exports write them: ISO 8601 (a trailing "Z" too) or Twitter's "Tue Oct 31 22:10:47 +0000 2017"."""

from __future__ import annotations

from datetime import UTC, datetime

TWITTER_TIME = "%a %b %d %H:%M:%S %z %Y"


def parse_time(value: str | None) -> datetime | None:
    """An aware datetime (UTC when no zone is given), or None for an empty or unreadable value."""
    if not value or not value.strip():
        return None
    value = value.strip()
    for parse in (lambda v: datetime.fromisoformat(v.replace("Z", "+00:00")),
                  lambda v: datetime.strptime(v, TWITTER_TIME)):
        try:
            parsed = parse(value)
        except ValueError:
            continue
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def time_problem(value: str) -> str:
    """What is wrong with an unreadable time, for the message: a date that does not exist (29 February 2026) is
    written in the right format, so "not an ISO 8601 time" sent a reader looking for the wrong fault."""
    try:
        datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        if "out of range" in str(exc) or "must be in" in str(exc):
            return f"is no real date or time ({exc})"
    return "is not an ISO 8601 time (e.g. 2026-03-21T11:25:00Z)"
