"""Edits a past reply needs before another customer can hear it: the first customer's asides and yes, the brand's name."""

from __future__ import annotations

import re

from model.particulars import DIGITS, own_particulars
from model.reply_moves import GREETING, has_fact
from model.same_subject import after_greeting, topic_words

# the customer tried the step and it did not work: "did that yesterday, still says HAN offline", "tried that, no change"
STILL_NOT = re.compile(r"\b(?:still|did that|done that|tried that|tried it|didn'?t work|did not work|doesn'?t work|"
                        r"no change|same (?:thing|problem|issue|again)|no luck|not (?:yet )?(?:dispatched|arrived|working|"
                        r"fixed|resolved|back))\b", re.I)
# a reply's step for when the first did not work: "If it still says HAN offline after 24 hours, DM us ...", "If it says
# Approved but not Dispatched after 24 hours, ...", "If that doesn't work, ..."
IF_STILL = re.compile(r"(?:if|should) (?:it|that|this|they|you|the \w+|your \w+)\b[^,.!?]*?\b(?:still|doesn'?t|does not|"
                       r"isn'?t|is not|hasn'?t|has not|haven'?t|have not|don'?t|do not|won'?t|not|no)\b[^,.!?]*", re.I)
STILL_WORDS = frozenset({"still", "say", "says", "show", "shows", "work", "working", "after", "hour", "day", "minute"})


def _sentences(text: str) -> set[str]:
    """A draft's sentences of four words or more, lower-cased (a greeting or "Thanks!" is no sentence here)."""
    return {s.strip().lower() for s in SENTENCE_END.split(text) if len(s.split()) >= 4}


def shares_a_sentence(text: str, taken: list[str]) -> bool:
    mine = _sentences(text)
    return any(mine & _sentences(t) for t in taken)


SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


# what the past agent worked out for their own customer: "..., so for you that's 10 months of your plan less 5%"
_THEIR_SUM = re.compile(r",? (?:so |which means )?(?:for you|in your case),? (?:that'?s|that is|it'?s|it would be|you'?d pay)"
                        r"[^.!?]*(?=[.!?]|$)", re.I)


def without_their_asides(reply: str, past_post: str, post_text: str, brand: str | None = None,
                         language: str = "en") -> str:
    """A reply without the sentences about what only its own customer said: a short exclamation on their context
    ("Good luck with the mortgage!" to someone whose accountant needs statements) or one naming what they asked about
    ("Sorry, the PS3 isn't supported any more." before the list of devices, to an LG TV's owner); all of it when
    nothing else would be left."""
    theirs = topic_words(past_post) - topic_words(post_text)
    brand_words = set(re.findall(r"\w+", (brand or "").lower()))
    named = {p.lower() for p in own_particulars(past_post, brand, language) if len(p) >= 3 and any(c.isalpha() for c in p)
             and p.lower() not in brand_words} - {p.lower() for p in own_particulars(post_text, brand, language)}
    sentences = [_THEIR_SUM.sub(lambda m: "" if set(DIGITS.findall(m.group())) - set(DIGITS.findall(post_text))
                                else m.group(), u) for u in SENTENCE_END.split(reply.strip())]
    kept = []
    for u in sentences:
        core = after_greeting(u)  # "Hi Emma, good luck with the mortgage!"
        aside = len(core.split()) <= 6 and core.endswith("!") and not has_fact(core) and bool(topic_words(core) & theirs)
        if core and not aside and not any(re.search(rf"\b{re.escape(n)}\b", core, re.I) for n in named):
            kept.append(u)
    return " ".join(kept) if kept else reply


# a yes said to the past question: a sentence of it ("Yes, you can!", "Of course!", "Yes, with notice!"), or the word
# ("Yes, it's full-to-full: ..."); never a no
# ("SIM-only plans", "Claro: our Claro Flex plan": a foreign yes only before a comma or "!"; "we can't" is a no)
_YES = r"(?:yes|yep|yeah|of course|sure|absolutely|(?:s[ií]|oui|ja|sim|claro)(?=\s*[,!]))"
_THEIR_YES_SENTENCE = re.compile(rf"(?:{_YES}|(?:we do|we can)(?!n?['\u2019]t|\s+not\b))\b[^.!?:]{{0,20}}[.!?]+\s*", re.I)
_THEIR_YES_WORD = re.compile(rf"{_YES}\s*(?:[,:;!\u2014]|\s-\s)\s*", re.I)


def without_their_yes(reply: str) -> str:
    """A similar question's answer without the yes it said to its own question: "Yes, you can! You can rent from 21
    if ..." answers "I'm 23, am I allowed to hire?" as "You can rent from 21 if ...", and says no yes to a question
    it was not asked (read28: four of fifteen answering cases were passed over for their "Yes"). A no is kept, and
    the reply is then not offered (without its no it would say the opposite)."""
    greeting = GREETING.match(reply)
    head, body = (reply[:greeting.end()], reply[greeting.end():].lstrip()) if greeting else ("", reply.lstrip())
    yes = _THEIR_YES_SENTENCE.match(body)
    if yes is None or has_fact(yes.group()):
        yes = _THEIR_YES_WORD.match(body)
    rest = body[yes.end():].strip() if yes else ""
    if not rest or not has_fact(rest) and len(rest.split()) < 4:
        return reply  # nothing said but the yes
    return head + rest[0].upper() + rest[1:]


def swap_brand(reply: str, case_brand: str | None, brand: str | None) -> str:
    """A reply borrowed from another brand must not speak in that brand's name."""
    if not case_brand or not brand or case_brand.lower() == brand.lower():
        return reply
    # (the brand as it is: a replacement template would read a backslash in a brand's name as an escape)
    out = re.sub(rf"@{re.escape(case_brand)}\b", lambda _m: f"@{brand}", reply, flags=re.IGNORECASE)
    return re.sub(rf"\b{re.escape(case_brand)}\b", lambda _m: brand, out, flags=re.IGNORECASE)
