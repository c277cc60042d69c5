"""Internal value types passed between components. The API maps these to its own schemas."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

CHANNELS = ("twitter", "facebook", "instagram", "chat", "email", "other")
PRIVATE_CHANNELS = frozenset({"chat", "email"})  # one-to-one already: nothing to move to a DM
TEAMS = ("support", "billing", "tech", "legal", "product", "content", "pr")
SENTIMENTS = ("negative", "neutral", "positive")
LEVELS = ("low", "normal", "high", "critical")


def normalise_channel(channel: str | None) -> str:
    """Map the many ways callers name a channel onto our channel set."""
    c = _DIRECT.sub("", (channel or "twitter").strip().lower()) or "chat"  # "instagram_dm" is Instagram; "dm" a chat
    aliases = {"x": "twitter", "tw": "twitter", "fb": "facebook", "ig": "instagram", "messenger": "chat",
               "whatsapp": "chat", "webchat": "chat", "livechat": "chat", "mail": "email"}
    c = aliases.get(c, c)
    return c if c in CHANNELS else "other"


_DIRECT = re.compile(r"[\s_-]*(?:dms?|direct(?:[\s_-]?messages?)?|inbox|pm)$")


def is_direct(channel: str | None) -> bool:
    """Whether the caller names a one-to-one thread of a social channel ("instagram_dm", "facebook inbox")."""
    return bool(_DIRECT.search((channel or "").strip().lower()))


@dataclass
class ThreadMessage:
    """An earlier message of the conversation: the customer's or the brand's."""

    text: str
    role: str = "customer"  # "customer" or "brand"


@dataclass
class Post:
    """An inbound customer post, with the thread so far (oldest first) when the caller has it."""

    text: str
    id: str = ""
    channel: str = "twitter"
    language: str | None = None
    author: str | None = None
    brand: str | None = None
    public: bool | None = None  # unset: public on social channels, private in chat and e-mail
    thread: tuple[ThreadMessage, ...] = ()

    def __post_init__(self) -> None:
        direct = is_direct(self.channel)
        self.channel = normalise_channel(self.channel)
        if self.public is None:
            self.public = self.channel not in PRIVATE_CHANNELS and not direct


@dataclass
class PiiSpan:
    type: str
    start: int
    end: int
    score: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end}


@dataclass
class Analysis:
    """Everything the scorers say about one post (the analyze output line, minus the id)."""

    language: str
    sentiment: dict[str, Any]
    urgency: dict[str, Any]
    privacy: dict[str, Any]
    route: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Case:
    """A past resolved case: the customer post and the reply an agent sent."""

    id: str
    post: str
    reply: str
    brand: str = ""
    channel: str = "twitter"
    language: str = "en"
    created_at: str | None = None
    outcome: str | None = None
    quality: float = 1.0


@dataclass
class Candidate:
    """A past reply proposed for a new post, with the evidence that retrieved it."""

    case: Case
    post_similarity: float = 0.0
    reply_score: float = 0.0
    score: float = 0.0
    sources: list[str] = field(default_factory=list)
    fit: float = 1.0  # how well the reply's text answers this post, brand aside (see ReplyRecommender.fits)
    similar: bool = False  # lent only as the brand's answer to a similar question, for the agent to check
    next_step: str = ""  # in a thread: the sentence of this reply that says what comes next, when the first step failed


@dataclass
class Draft:
    text: str
    sources: list[str]
    scriptedness: float
    guards: dict[str, bool]
    rephraser: str = "bank"
    check: str = ""  # what the agent must check before sending (a reply lent from a similar question)

    def to_dict(self) -> dict[str, Any]:
        """A holding reply uses no case's words: its ``sources`` are empty, and the cases retrieval offered and the
        drafts judged not to answer this post are ``passed_over`` (they had been named as its sources)."""
        out = {"text": self.text, "sources": self.sources, "scriptedness": round(self.scriptedness, 3),
               "guards": self.guards, "rephraser": self.rephraser}
        if self.check:
            out["check"] = self.check
        if self.rephraser == "holding":
            out |= {"sources": [], "passed_over": self.sources}
        return out
