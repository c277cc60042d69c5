"""What the thread so far changes about a new post: its context, who was asked what, how long it went unanswered.

A short follow-up ("any update??", "hello?") holds no problem of its own: it is read with the customer's earlier
messages, which do. A customer the brand already asked to DM, or who says they did, is not asked again (the
runaround). Customer messages the brand never answered are repeated contact, which raises urgency. What the brand
already wrote in the thread is not written again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from model import guards
from model.analyzer import MAX_TEXT_CHARS
from model.privacy import says_nothing
from model.rephraser import ALREADY_PRIVATE, PRIVATE
from model.types import LEVELS, Analysis, Post
from model.urgency import DEADLINES

FOLLOW_UP_WORDS = 6  # a post this short, or one that says nothing, is read with the earlier messages
CONTEXT_MESSAGES = 2  # ... the customer's last two
_WORD = re.compile(r"\w+")
_THANKS = re.compile(r"\b(?:thanks|thank you|thx|ty|cheers|appreciate\w*|gracias|merci|danke|obrigad[oa]|grazie)\b",
                     re.I)
# "done", "sent!", "just DMed you": the customer did what the brand asked; no complaint to read into it again
_SENT = re.compile(r"\W*(?:ok(?:ay)?\W+)?(?:done|(?:just )?sent(?: it| you one| you an? (?:dm|message)| a dm)?|"
                   r"(?:i |just |i just )?dm'?e?d(?: you)?|"
                   r"check (?:your )?dms?|hecho|enviado|envoy[ée]|erledigt|gesendet|feito|fatto|inviato)\W*", re.I)


@dataclass(frozen=True)
class ThreadContext:
    post: Post  # the post to analyse and draft for: the customer's earlier messages first when it is a follow-up
    offset: int = 0  # where the new post's own text starts in ``post.text``
    dm_asked: bool = False  # the brand asked for a DM, or the customer says they sent one
    unanswered: int = 0  # earlier customer messages after the brand's last one
    brand_said: tuple[str, ...] = ()

    @classmethod
    def read(cls, post: Post) -> ThreadContext:
        if not post.thread:
            return cls(post)
        thread = [m for m in post.thread if m.text.strip()]
        customer = [m.text for m in thread if m.role != "brand"]
        brand_said = tuple(m.text for m in thread if m.role == "brand")
        unanswered = 0
        for message in reversed(thread):
            if message.role == "brand":
                break
            unanswered += 1
        dm_asked = any(PRIVATE.search(t) for t in brand_said) or any(ALREADY_PRIVATE.search(t) for t in customer)
        body = guards.LEADING_HANDLES.sub("", post.text)
        # "ok thanks", "perfect, thank you!", "done": a reaction to the brand's last message, not the old problem
        reacts = guards.ACK_ONLY.fullmatch(body) or _SENT.fullmatch(body) or _THANKS.search(body)
        follow_up = customer and not reacts and (
            says_nothing(post.text) or len(_WORD.findall(guards.without_links(body))) <= FOLLOW_UP_WORDS)
        if not follow_up:
            return cls(post, 0, dm_asked, unanswered, brand_said)
        room = MAX_TEXT_CHARS - len(post.text) - 1  # the context never pushes a valid post over the limit
        prefix = "\n".join(customer[-CONTEXT_MESSAGES:])[-room:] + "\n" if room > 1 else ""
        return cls(replace(post, text=prefix + post.text), len(prefix), dm_asked, unanswered, brand_said)

    def own(self, analysis: Analysis, channel: str) -> Analysis:
        """The analysis of the post in context, with the new post's own PII spans (offsets into its own text)
        and repeated contact when the customer wrote before without an answer."""
        privacy = analysis.privacy
        if self.offset:
            spans = [s | {"start": s["start"] - self.offset, "end": s["end"] - self.offset}
                     for s in privacy.get("pii", []) if s["start"] >= self.offset]
            privacy = privacy | {"pii": spans}
        urgency = analysis.urgency
        if self.unanswered:
            floor = "high" if self.unanswered >= 2 else "normal"
            level = max(urgency["level"], floor, key=LEVELS.index)
            reasons = list(urgency.get("reasons", []))
            urgency = urgency | {"level": level, "reasons": reasons + ["repeated_contact"] * (
                "repeated_contact" not in reasons), "reply_within_minutes": DEADLINES.get(
                    channel, DEADLINES["other"])[level], "score": max(urgency["score"], 0.25 if floor == "normal"
                                                                      else 0.5)}
        return replace(analysis, privacy=privacy, urgency=urgency)
