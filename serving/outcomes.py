"""Case outcomes: how a past reply went, and the quality weight the drafts retriever gives it.

An outcome is stored as text: a word (``resolved``), a CSAT (``csat:4``, ``csat:8/10``), or several of them joined
by commas when the caller wrote an object (``{"resolved": true, "csat": 5}`` is ``resolved, csat:5``), so the
resolved and thanked flags are kept beside the CSAT rather than lost to it.
"""

from __future__ import annotations

import math
import re
from typing import Any

from model.errors import InvalidInputError

# Quality is the weight a past case gets as an example of a good reply (1 = model answer, 0 = avoid).
# A case with no recorded outcome is still a reply a trained agent sent, hence the middle-high default.
DEFAULT_QUALITY = 0.6
OUTCOME_QUALITY: dict[str, float] = {
    "resolved": 1.0, "solved": 1.0, "fixed": 1.0, "closed_resolved": 1.0,
    "thanked": 0.9, "thanks": 0.9, "positive": 0.9, "satisfied": 0.9,
    "accepted": 0.7, "sent": 0.6, "replied": 0.6, "unknown": DEFAULT_QUALITY,
    "pending": 0.5, "open": 0.5, "moved_private": 0.5,
    "escalated": 0.4, "transferred": 0.4,
    "follow_up": 0.3, "reopened": 0.3,
    "unresolved": 0.2, "ignored": 0.2,
    "complaint": 0.1, "negative": 0.1, "angry": 0.1, "churned": 0.0,
}
_FLAGS = ("resolved", "unresolved", "thanked")
_CSAT = re.compile(r"^csat\s*[:=]?\s*(\d+(?:\.\d+)?)(?:\s*/\s*(\d+(?:\.\d+)?))?$")


def outcome_words(value: Any) -> Any:
    """An outcome written as an object, ``{"resolved": true, "thanked": true, "csat": 5}``, as the text stored:
    ``resolved, thanked, csat:5`` (a word or a string is kept as it is, for the field's own checks)."""
    if not isinstance(value, dict):
        if value is not None and not isinstance(value, str):
            raise ValueError('must be a word ("resolved", "thanked", "unresolved"), "csat:4" (1-5) or an object '
                             'like {"resolved": true, "csat": 5}')
        return value
    for flag in ("resolved", "thanked"):
        if value.get(flag) is not None and not isinstance(value.get(flag), bool):
            raise ValueError(f'"{flag}" in an outcome object must be true or false, not {value.get(flag)!r}')
    status, csat = value.get("status") or value.get("outcome"), value.get("csat")
    if isinstance(csat, float) and not math.isfinite(csat):
        raise ValueError('"csat" in an outcome object must be a number from 1 to 5')
    parts = [{True: "resolved", False: "unresolved"}[value["resolved"]]] if value.get("resolved") is not None else []
    if isinstance(status, str) and status.strip():
        parts.append(status.strip())
    if value.get("thanked") is True:
        parts.append("thanked")
    if isinstance(csat, int | float) and not isinstance(csat, bool):
        parts.append(f"csat:{csat:g}")
    return ", ".join(parts) or None


def _outcome_key(outcome: str) -> str:
    return re.sub(r"[\s-]+", "_", outcome.strip().lower())


def _parts(outcome: str) -> list[str]:
    return [p.strip() for p in outcome.split(",") if p.strip()] or [outcome]


def _deciding(outcome: str) -> str:
    """The part of an outcome that sets its quality: an unresolved case is unresolved whatever its CSAT, then the
    CSAT, then any other word, then resolved, then thanked (a single word decides alone)."""
    parts = _parts(outcome)
    keys = [_outcome_key(p) for p in parts]
    csat = [p for p in parts if _CSAT.match(p.lower())]
    other = [p for p, k in zip(parts, keys, strict=True) if k not in _FLAGS and not _CSAT.match(p.lower())]
    if "unresolved" in keys:
        return "unresolved"
    if csat or other:
        return (csat or other)[0]
    return "resolved" if "resolved" in keys else parts[0]


def _csat_quality(outcome: str, match: re.Match[str]) -> float:
    score, scale = float(match.group(1)), match.group(2)
    if scale is not None:
        if float(scale) <= 0 or score > float(scale):
            raise InvalidInputError(f"outcome {outcome!r}: CSAT must be between 0 and its scale.")
        return round(score / float(scale), 4)
    if not 1 <= score <= 5:
        raise InvalidInputError(f"outcome {outcome!r}: CSAT must be 1-5 (or N/M, e.g. csat:8/10).")
    return round((score - 1) / 4, 4)


def outcome_csat(outcome: str | None) -> float | None:
    """The CSAT score in an outcome like ``csat:4`` (1-5 scale), ``csat:8/10`` or ``resolved, csat:5``; None when
    there is none."""
    if not outcome:
        return None
    match = next((m for m in (_CSAT.match(p.lower()) for p in _parts(outcome.strip())) if m), None)
    return float(match.group(1)) if match else None


def outcome_quality(outcome: str | None) -> float:
    """Map an outcome to a quality weight in [0, 1].

    ``csat:N`` on the usual 1-5 scale gives (N - 1) / 4 (1 -> 0.0, 3 -> 0.5, 5 -> 1.0); ``csat:N/M`` gives
    N / M. Named outcomes use :data:`OUTCOME_QUALITY` (case, spaces and dashes ignored: "Moved private"
    = "moved_private"). A missing or unknown outcome gets :data:`DEFAULT_QUALITY`. Of several parts
    (``resolved, csat:5``) the deciding one counts (see :func:`_deciding`); every CSAT in it is checked.

    Raises:
        InvalidInputError: a CSAT score outside its scale.
    """
    if not outcome or not outcome.strip():
        return DEFAULT_QUALITY
    outcome = outcome.strip()
    csats = {part: _csat_quality(outcome, match) for part in _parts(outcome) if (match := _CSAT.match(part.lower()))}
    deciding = _deciding(outcome)
    if deciding in csats:
        return csats[deciding]
    return OUTCOME_QUALITY.get(_outcome_key(deciding), DEFAULT_QUALITY)


def outcome_known(outcome: str | None) -> bool:
    """Whether ``outcome_quality`` read the outcome, rather than giving an unknown word the default quality."""
    if not outcome or not outcome.strip():
        return True
    deciding = _deciding(outcome.strip())
    return bool(_CSAT.match(deciding.lower())) or _outcome_key(deciding) in OUTCOME_QUALITY
