"""Urgency: how soon the customer needs an answer, why, and the reply deadline for the channel.

The trained head gives a graded score; transparent rules name the reasons (money lost, outage, safety, travel
today, cancellation or legal threat, repeated contact, a deadline today, an urgent plea, public visibility) and can
only raise the level, so an agent always sees why a post jumped the queue.
"""

from __future__ import annotations

import re

import numpy as np

from model.scoring import HeadScorer
from model.types import LEVELS

# Hazards named the same way by the safety reason and by the narrower _DANGER below
_GAS_SPARKS = (r"gas leak|leak\w* gas|smell(?:s|ing)? (?:of |like )?gas|gas smell|sparking|sparks (?:came|coming|flying|"
               r"from)|(?:charger|plug|socket|cable|wire|outlet|battery|phone|laptop|heater|router|appliance)s? "
               r"(?:\w+ ){0,3}spark(?:ed|s)|smell(?:s|ing)? (?:of )?burning|burning smell|there'?s smoke|"
               r"electric shock|explosion|fuga de g[aá]s|fuite de gaz|gasgeruch|gasleck|fuga di gas|"
               r"vazamento de g[aá]s")
_APPLIANCE = r"(?:battery|phone|charger|heater|boiler|laptop|device|cooker|oven)"

REASONS: dict[str, str] = {
    "safety": r"\b((?:on|caught|a|the|house|kitchen) fire\b(?! ?(?:tv|stick|tablet|hd|kids|os|phone|edition))|"
              r"fire (?:alarm|brigade|department|hazard|risk|broke out|started)|smoke|burn(?:ing|t)|injur\w*|hurt|"
              rf"bleed\w*|hospital|emergency|danger\w*|unsafe|{_GAS_SPARKS}|{_APPLIANCE} (?:exploded|caught fire)|"
              rf"{_APPLIANCE}s? (?:(?:is|was|has|had|started|began|keeps?|kept|been|now|just|and|actually) ){{0,2}}"
              r"(?:smoking|melt(?:ed|ing))|"
              r"carbon monoxide|allerg\w+ reaction|anaphyla\w*|epi-?pen|a&e|emergency room|poison\w*|assault\w*|"
              r"harass\w*|threat\w* me|fainted|nearly (?:hit|killed|crushed|fell on) (?:me|my|someone|him|her)|"
              r"could have (?:killed|hurt|injured) (?:me|my|someone|him|her)|"
              r"feuer|incendio|inc[eê]ndio|urgence|notfall|emergencia)\b",
    "money": r"(charged (?:me )?(?:twice|double|again)|double[- ]charged|overcharg\w*|refund\w*|fraud\w*|scam\w*|"
             r"stolen|unauthori[sz]ed|took my money|lost (?:my )?money|(?:wrong|incorrect) charges?\b|"
             r"money (?:left|taken from|gone from) my account|money back|debited|chargeback|billing error|"
             r"[$£€]\s?\d+|\b\d+\s?(?:dollars|euros|pounds|usd|eur|gbp)\b|reembolso|erstattung|rembourse\w*|rimbors\w*)",
    "outage": r"\b(outage|(?:is|are|went|still|been) down|not working|doesn'?t work|won'?t (?:load|work|open|connect)|"
              r"can'?t (?:log ?in|login|connect|access|stream|call)|no (?:service|signal|internet|power|wifi)|"
              r"locked out|"
              r"crash\w*|offline|error \d+|keeps? failing|ca[ií]do|funciona|st[öo]rung|panne)\b",
    "travel_today": r"\b(flight (?:is |was )?(?:today|tonight|tomorrow morning|in \d+ ?(?:h|hours?|mins?))|"
                    r"stranded|stuck (?:at|in|on) (?:the )?(?:airport|station|gate|plane|train|tarmac)|on the tarmac|"
                    r"missed (?:my )?(?:connection|connecting flight|flight)|"
                    r"(?:going to|gonna|will|might|about to) miss (?:my )?(?:connection|connecting flight|flight)|"
                    r"cancel+ed (?:my )?(?:\w+ )?(?:flight|train)|(?:flight|train) (?:is |was |got |has been )?cancel+ed|"
                    r"no (?:hotel|accommodation|room)(?= *(?:$|[.!?,]|(?:for )?tonight|and\b))|nowhere to (?:stay|sleep)|"
                    r"boarding|gate (?:closes|closed)|departs? in|(?:leaves|leaving|takes off) in \d+ ?(?:h|hrs?|hours?|mins?|"
                    r"minutes?)\b|check-?in closes|"
                    r"vol annul[ée]|vuelo cancelado|voo cancelado|flug (?:gestrichen|annulliert|storniert)|"
                    r"volo cancellato)\b",
    "cancellation_or_legal": r"\b(cancel+(?:ing|ed)? (?:my )?(?:account|subscription|contract|service|order)|"
                             r"switching to (?!you\b)|leaving you|lawyer|attorney|sue|suing|lawsuit|legal action|court|"
                             r"small claims|ombudsman|regulator|ofcom|fcc|bbb|trading standards|gdpr|"
                             r"k[üu]ndig\w*|abogado|advogado|avocat)\b",
    "repeated_contact": r"\b((?:\d+|second|third|fourth|fifth|several|multiple|many) (?:times|calls|emails|messages|"
                        r"attempts)|(?:for|after|over) (?:\d+|several|many|a few) (?:days|weeks)|"
                        r"(?:\d+|several|many) (?:days|weeks) (?:now|later|and (?:still|no|nothing))|"
                        r"(?:it'?s|it has) been (?:\d+|several|many|a few) (?:days|weeks)|(?:again|still) (?:no|waiting|nothing)|no one (?:is )?(?:responding|"
                        r"answering|replied)|still waiting|no response|ignored|nobody (?:helps|answers)|"
                        r"on hold\b[^.!?]{0,30}?\d+ ?(?:min\w*|hours?|hrs?)|hung up|personne ne r[ée]pond|nadie (?:responde|contesta)|"
                        r"niemand (?:antwortet|reagiert|geht ran)|ningu[ée]m (?:responde|atende)|nessuno risponde)\b",
    "deadline_today": r"\b((?:before|by) \d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)|(?:is |are )?due (?:today|tonight)|"
                      r"by tonight|deadline (?:is )?(?:today|tonight))\b",
    "urgent_request": r"(?<!not )(?<!n't )(?<!no )\b(urgent\w*|asap|dringend|urgente|urgence|subito)\b",
    # not "press the button", "any news on my order?": the press and the news as an audience
    "public_visibility": r"\b(viral|retweet|rt if|everyone should know|my followers|journalist|reporter|"
                         r"(?:to|in|on|contact\w*|call\w*|tell\w*) the (?:press|news|media|papers)|press release|"
                         r"news (?:outlet|channel|station|desk)|local news|"
                         r"boycott|review(?:ing)? you|trustpilot|going public|tell everyone)\b",
}
_COMPILED = {k: re.compile(v, re.IGNORECASE) for k, v in REASONS.items()}
# The least level a reason implies on its own.
REASON_FLOOR = {"safety": "critical", "money": "high", "outage": "high", "travel_today": "high",
                "cancellation_or_legal": "high", "repeated_contact": "normal", "deadline_today": "high",
                "urgent_request": "high",
                "public_visibility": "high"}
# Reasons that keep a post urgent even when the customer sounds happy ("thanks! but the flight leaves at 6"); money
# too when the post still asks for something ("thanks for the quick reply! but I've been charged twice").
PRESSING = frozenset({"safety", "outage", "travel_today", "cancellation_or_legal", "deadline_today", "urgent_request"})
STILL_OPEN = re.compile(r"\?|\b(?:but|still|though|however|yet|please|pls|can you|could you|when will)\b", re.I)
# A danger that calls for safety advice before anything else in a reply: narrower than the safety reason ("hurt",
# "hospital" raise urgency, but "leave the area" would be absurd advice for them).
_DANGER = re.compile(rf"\b(?:{_GAS_SPARKS}|carbon monoxide|(?:on|caught) fire|smoke (?:is )?(?:coming|pouring)|"
                     rf"smoking|{_APPLIANCE} (?:exploded|caught fire|is smoking|melted))\b", re.I)


def names_danger(text: str) -> bool:
    """Whether the post names a hazard (gas, fire, smoke, sparks): drafts then lead with safety advice."""
    return bool(_DANGER.search(text))

# Reply deadline in minutes per channel and level: X is the least patient channel, Facebook within 12 h.
DEADLINES = {
    "twitter": {"critical": 15, "high": 30, "normal": 60, "low": 240},
    "instagram": {"critical": 30, "high": 60, "normal": 240, "low": 720},
    "facebook": {"critical": 60, "high": 120, "normal": 360, "low": 720},
    "chat": {"critical": 2, "high": 5, "normal": 10, "low": 30},
    "email": {"critical": 60, "high": 240, "normal": 720, "low": 1440},
    "other": {"critical": 30, "high": 60, "normal": 240, "low": 720},
}
RESOLVE_WITHIN_HOURS = 24


def reply_deadline(channel: str, level: str) -> int:
    """Minutes to the first reply for this channel and urgency level (an unknown channel as "other")."""
    return DEADLINES.get(channel, DEADLINES["other"])[level]
_LEVEL_VALUE = np.array([0.0, 1 / 3, 2 / 3, 1.0], dtype=np.float32)
_THRESHOLDS = ((0.8, "critical"), (0.5, "high"), (0.25, "normal"))


def find_reasons(text: str) -> list[str]:
    return [name for name, rx in _COMPILED.items() if rx.search(text)]


def level_for(score: float) -> str:
    return next((level for cut, level in _THRESHOLDS if score >= cut), "low")


class UrgencyScorer(HeadScorer):
    name = "urgency"
    classes = LEVELS

    def extra_features(self, texts: list[str], space: str) -> np.ndarray | None:
        return np.array([[bool(_COMPILED[k].search(t)) for k in REASONS] for t in texts], dtype=np.float32)

    def score(self, probs: np.ndarray, texts: list[str], channels: list[str],
              negative: np.ndarray | None = None, positive: np.ndarray | None = None) -> list[dict]:
        """Level from the head, raised by the rules' floors; a happy customer ("thanks for sorting my refund",
        "tout fonctionne maintenant") waits at most at normal unless something pressing is named."""
        out = []
        for i, (p, text, channel) in enumerate(zip(probs, texts, channels, strict=True)):
            reasons = find_reasons(text)
            score = float(p @ _LEVEL_VALUE)
            if negative is not None:  # an angry customer is a more urgent customer
                score = min(1.0, score + 0.15 * float(negative[i]))
            level = level_for(score)
            for reason in reasons:
                floor = REASON_FLOOR[reason]
                if LEVELS.index(floor) > LEVELS.index(level):
                    level = floor
                    score = max(score, float(_LEVEL_VALUE[LEVELS.index(floor)]) * 0.8 + 0.1)
            happy = positive is not None and float(positive[i]) >= 0.5
            pressing = PRESSING & set(reasons) or ("money" in reasons and STILL_OPEN.search(text))
            if happy and not pressing and LEVELS.index(level) > LEVELS.index("normal"):
                level, score = "normal", min(score, 0.49)
            if not reasons and LEVELS.index(level) >= LEVELS.index("high"):
                # no rule fired: say what did, so the agent still sees why the post jumped the queue
                angry = negative is not None and float(negative[i]) >= 0.6
                reasons = ["angry_tone" if angry else "like_past_urgent_posts"]
            out.append({"score": round(min(score, 1.0), 4), "level": level, "reasons": reasons,
                        "reply_within_minutes": reply_deadline(channel, level),
                        "resolve_within_hours": RESOLVE_WITHIN_HOURS})
        return out
