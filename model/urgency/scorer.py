"""The urgency scorer: the trained head's graded score raised by the reasons' floors, and the reply deadline per
channel.
"""

from __future__ import annotations

import re

import numpy as np

from model.danger import SITUATIONS
from model.scoring import HeadScorer
from model.types import LEVELS
from model.urgency.other_languages import scam_cue, situations_in
from model.urgency.reasons import (
    HEAD_REASONS,
    PRESSING,
    REASON_FLOOR,
    REFINES,
    asks_generally,
    figure_of_speech,
    find_reasons,
)
from model.urgency.service import counts_contacts

_PRAISES_SOMEONE = re.compile(r"\b(?:thank(?:s| you)(?: so much)? to|shout ?out|kudos|absolute (?:star|legend|hero)|"
                              r"(?:a|an absolute|such a) (?:star|legend|hero))\b", re.I)

STILL_OPEN = re.compile(r"\?|\b(?:but|still|though|however|yet|please|pls|can you|could you|when will)\b", re.I)

# Reply deadline in minutes per channel and level: X is the least patient channel, Facebook within 12 h. A critical
# post (someone hurt, money being taken, a family stranded) is answered within 15 minutes wherever it was written: a
# care lead found a critical Facebook post given an hour while a merely high one on X had 30 minutes.
DEADLINES = {
    "twitter": {"critical": 15, "high": 30, "normal": 60, "low": 240},
    "instagram": {"critical": 15, "high": 60, "normal": 240, "low": 720},
    "facebook": {"critical": 15, "high": 120, "normal": 360, "low": 720},
    "chat": {"critical": 2, "high": 5, "normal": 10, "low": 30},
    "email": {"critical": 15, "high": 240, "normal": 720, "low": 1440},
    "other": {"critical": 15, "high": 60, "normal": 240, "low": 720},
}
RESOLVE_WITHIN_HOURS = 24


def reply_deadline(channel: str, level: str) -> int:
    """Minutes to the first reply for this channel and urgency level (an unknown channel as "other")."""
    return DEADLINES.get(channel, DEADLINES["other"])[level]
_LEVEL_VALUE = np.array([0.0, 1 / 3, 2 / 3, 1.0], dtype=np.float32)
_THRESHOLDS = ((0.8, "critical"), (0.5, "high"), (0.25, "normal"))


def level_for(score: float) -> str:
    return next((level for cut, level in _THRESHOLDS if score >= cut), "low")


class UrgencyScorer(HeadScorer):
    name = "urgency"
    classes = LEVELS

    def extra_features(self, texts: list[str], space: str) -> np.ndarray | None:
        found = [set(find_reasons(t)) for t in texts]
        return np.array([[k in f for k in HEAD_REASONS] for f in found], dtype=np.float32)

    def score(self, probs: np.ndarray, texts: list[str], channels: list[str],
              negative: np.ndarray | None = None, positive: np.ndarray | None = None,
              told: list[str | None] | None = None) -> list[dict]:
        """Level from the head, raised by the rules' floors; a happy customer ("thanks for sorting my refund",
        "tout fonctionne maintenant") waits at most at normal unless something pressing is named. ``told``: the
        danger head's situation per post (``model.danger``), heard only where the rules named none."""
        out = []
        for i, (p, text, channel) in enumerate(zip(probs, texts, channels, strict=True)):
            reasons = find_reasons(text)
            # (the head only where the rules heard nothing: a leak to the flat below is the stopcock, not "call 112")
            situation = told[i] if told is not None and told[i] and not situations_in(text) and not (
                {"safety", "fraud"} & set(reasons)) and not figure_of_speech(text) else None
            if situation == "scam" and not scam_cue(text):  # money gone with nothing of a scam: a billing fault
                situation = None
            if situation:  # "esta noche subo a la azotea": safety, though no rule knew the words
                reason = SITUATIONS[situation]
                reasons = [r for r in (reason, REFINES.get(reason)) if r and r not in reasons] + reasons
            score = float(p @ _LEVEL_VALUE)
            if negative is not None:  # an angry customer is a more urgent customer
                score = min(1.0, score + 0.15 * float(negative[i]))
            level = level_for(score)
            for reason in reasons:
                # a customer counting their own contacts ("Third time I've asked", at 2:30am with a party next door,
                # read32) has waited too long already: high, where a mere wait is normal
                floor = "high" if reason == "repeated_contact" and counts_contacts(text) else REASON_FLOOR[reason]
                if LEVELS.index(floor) > LEVELS.index(level):
                    level = floor
                    score = max(score, float(_LEVEL_VALUE[LEVELS.index(floor)]) * 0.8 + 0.1)
            # (happy: positive at least half, or the likeliest reading and 0.4: "Support hat mir heute in 5 Min
            # geholfen. Top! 👍" at 0.48 had come out high)
            happy = positive is not None and (float(positive[i]) >= 0.5 or (
                float(positive[i]) >= 0.4 and (negative is None or float(positive[i]) > float(negative[i]))))
            pressing = PRESSING & set(reasons) or ("money" in reasons and STILL_OPEN.search(text))
            if happy and pressing and _PRAISES_SOMEONE.search(text) and not STILL_OPEN.search(text) and not (
                    {"safety", "fraud", "stranded"} & set(reasons)):
                pressing = False  # "thank you to Raj, who stayed late after the last train was cancelled": praise
            if (happy and not pressing or not reasons and asks_generally(text)) and LEVELS.index(level) > LEVELS.index(
                    "normal"):  # ... nor a question on the brand's terms that names nothing pressing ("exit fee?")
                level, score = "normal", min(score, 0.49)
            if not reasons and LEVELS.index(level) >= LEVELS.index("high"):
                # no rule fired: say what did, so the agent still sees why the post jumped the queue
                angry = negative is not None and float(negative[i]) >= 0.6
                reasons = ["angry_tone" if angry else "like_past_urgent_posts"]
            out.append({"score": round(min(score, 1.0), 4), "level": level, "reasons": reasons,
                        "reply_within_minutes": reply_deadline(channel, level),
                        "resolve_within_hours": RESOLVE_WITHIN_HOURS} | ({"situation": situation} if situation else {}))
        return out
