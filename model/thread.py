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
from model.privacy import says_nothing
from model.rephraser import ALREADY_PRIVATE, PRIVATE
from model.types import Analysis, Post
from model.urgency import DEADLINES

FOLLOW_UP_WORDS = 6  # a post this short, or one that says nothing, is read with the earlier messages
CONTEXT_MESSAGES = 2  # ... the customer's last two
_LEVELS = ("low", "normal", "high", "critical")
_WORD = re.compile(r"\w+")
# "done", "sent!", "just DMed you": the customer did what the brand asked; no complaint to read into it again
_SENT = re.compile(r"\W*(?:ok(?:ay)?\W+)?(?:done|sent|sent it|just sent(?: it| you one| a dm)?|(?:i )?dm'?e?d(?: you)?|"
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
        customer = [m.text for m in post.thread if m.role != "brand" and m.text.strip()]
        brand_said = tuple(m.text for m in post.thread if m.role == "brand" and m.text.strip())
        unanswered = 0
        for message in reversed(post.thread):
            if message.role == "brand":
                break
            unanswered += 1
        dm_asked = any(PRIVATE.search(t) for t in brand_said) or any(ALREADY_PRIVATE.search(t) for t in customer)
        body = guards.LEADING_HANDLES.sub("", post.text)
        follow_up = customer and not guards.ACK_ONLY.fullmatch(body) and not _SENT.fullmatch(body) and (
            says_nothing(post.text) or len(_WORD.findall(guards.without_links(body))) <= FOLLOW_UP_WORDS)
        if not follow_up:
            return cls(post, 0, dm_asked, unanswered, brand_said)
        prefix = "\n".join(customer[-CONTEXT_MESSAGES:]) + "\n"
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
            level = max(urgency["level"], floor, key=_LEVELS.index)
            reasons = list(urgency.get("reasons", []))
            urgency = urgency | {"level": level, "reasons": reasons + ["repeated_contact"] * (
                "repeated_contact" not in reasons), "reply_within_minutes": DEADLINES.get(
                    channel, DEADLINES["other"])[level], "score": max(urgency["score"], 0.25 if floor == "normal"
                                                                      else 0.5)}
        return replace(analysis, privacy=privacy, urgency=urgency)
