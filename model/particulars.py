"""A reply's particulars (names, times, amounts, order numbers, menu paths) that belong to one incident, not to
the brand's standing terms: a lent reply must not carry another customer's.
"""

from __future__ import annotations

import functools
import re

from model import guards

# an incident's particulars: a time ("8:10", "6pm", "this afternoon"), a flight or gate code ("SH214", "K60"),
# an amount ("£40"), any other number, and (names_in, not in German) a capitalised word in mid-sentence (a
# place, a show, a weekday)
_PARTICULAR = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]m\b|\b[A-Z]{1,3}\d{1,4}\b|[£$€]\s?\d+(?:[.,]\d+)*|"
                         r"\b(?:this (?:morning|afternoon|evening)|tonight|yesterday|tomorrow|earlier today)\b|"
                         # any other number: "50 minutes", "9 stamps", "episode 3", "error 403"
                         r"(?<![\w£$€.,:])\d+(?:[.,]\d+)?(?![\w.,:]?\d)")

_MID_CAPITAL = re.compile(r"(?<=[a-zà-ÿ,] )[A-ZÀ-Þ][a-zà-ÿ]+")  # not for German: it capitalises every noun
# capitalised words of every brand's help pages and channels, not of one incident
_UI_WORDS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam",  # a title signs a letter, it names no incident
    "my", "your", "our",  # "Manage My Booking", "Your Account": a page's name (read32)
    "direct", "message", "messages", "help", "center", "centre", "customer", "care", "service", "support", "team",
    "settings", "profile", "account", "app", "store", "manage", "booking", "bookings", "privacy", "terms", "home",
    "download", "install", "tap", "select", "choose", "open",
    "menu", "search", "twitter", "facebook", "instagram", "please", "thanks", "general", "about", "login", "sign",
    "update", "updates", "orders", "order", "history", "payments", "payment", "billing", "wallet", "inbox",
    "notifications", "security", "password", "contact", "us", "chat", "live", "online", "internet", "wi", "fi",
    # a utility's register for customers who depend on supply ("our Priority Services Register"), every brand's
    "priority", "services", "register",
    # a page's tabs and sections ("a PDF on the product page under Downloads", read30), every product's
    "downloads", "documents", "details", "overview", "reviews", "specifications", "delivery", "returns", "faq", "faqs",
    "transfer", "tickets"})


def names_in(text: str, brand: str | None = None, language: str = "en") -> set[str]:
    """Capitalised words in mid-sentence: a place, a show, a weekday; not the brand nor a UI label. Not in
    German, which capitalises every noun."""
    if language[:2] not in ("en", "es", "fr", "pt", "it"):
        return set()
    brand_key = guards.handle_key(brand or "")
    return {m for m in _MID_CAPITAL.findall(_MENU_PATH.sub(" ", text))
            if m.lower() not in _UI_WORDS and not (brand_key and guards.handle_key(m) in brand_key)}


# an app's menu path or a quoted button: every customer's ("My Policies > Documents", "tap 'Someone else'")
_MENU_PATH = re.compile(r"(?<![\w'’])(?:[\w'’]++ ){0,3}[\w'’]++(?: ?(?:>|→|›) ?[\w'’]++)++(?: [A-Z][\w'’]*+){0,3}|"
                        r"['‘\"“][A-Z][^'’\"”\n]{0,30}['’\"”]|"
                        # a button: "tap Submit", "click Save changes" (read34)
                        r"\b(?i:tap|click|press|select)(?: on)? (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                        r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December)"
                        r"\b)[A-Z][\w'’]*+(?: [A-Z][\w'’]*+)?")


# a brand's standing terms, not one incident's: opening hours, delivery and refund windows, a public service line
_POLICY = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?\s?[-–]\s?\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)\b|"
                     r"\b\d{1,3}\s?[-–]\s?\d{1,3}\s?(?:working |business )?(?:days|hours|hrs|minutes|mins|weeks)\b|"
                     r"\b24/7\b|\b(?:call|dial|ring) (?:\d{3})\b|"
                     # a window the terms give everyone ("a full refund within 14 days ... played less than 2 hours")
                     # ("any other sailing within the next 3 months", "everything found on board is held at the port
                     # for 30 days", read35)
                     r"\b(?:within|less than|under|up to|no more than) (?:the next |the first )?\d{1,3}\s?(?:working |"
                     r"business )?(?:days|hours|hrs|weeks|months)\b|\b\d{1,3}[- ]day (?:return|refund|money[- ]back|"
                     r"cooling[- ]off)\b|\b(?:is|are) (?:held|kept|stored) (?:\S+ ){0,3}?for \d{1,3} (?:days|weeks|months)\b|"
                     # a named public line ("the National Gas Emergency line on 0800 111 999", "the Samaritans helpline")
                     r"(?-i:\b(?:[A-Z][\w'&-]*\s){1,4})(?:emergency |help)?(?:line|helpline|hotline|service)\b|"
                     # ... the brand's own team, fund or scheme, a state benefit, an amount it pays anyone ("our Tenancy
                     # Support team", "up to £300 from our Hardship Fund", "Universal Credit", read35)
                     r"(?-i:\b(?:[A-Z][\w'&-]*\s){1,3})(?:team|fund|scheme|programme|program)\b|"
                     r"(?-i:\b(?:[A-Z][\w'&-]*\s)?[A-Z][\w'&-]*\s(?:Credit|Allowance|Benefit|Support|Fund|Scheme))\b|"
                     r"\bup to [£$€]\s?\d[\d,.]*\b|"
                     # a line's opening hours: "our 24-hour claims line", "notre équipe 24h/24", "7j/7"
                     r"\b24[\s-]?(?:hours?|hrs?|h)\b(?:\s?/\s?(?:24|7)\b)?|\b24/24\b|\b7j?/7\b|"
                     # the brand's line given to call ("please call us on +44 20 7946 0000")
                     r"\b(?:call|ring|phone|dial) us (?:on |at )?\+?\d[\d ().-]{7,}\d\b|"
                     # a freephone or national service line ("our claims line on 0800 555 0199", "1-800-275-2273")
                     r"\b0(?:800|808|300|330|333|344|345|370)\s?\d{3}\s?\d{3,4}\b|"
                     r"\b1[\s.-]?8(?:00|33|44|55|66|77|88)[\s.-]?\d{3}[\s.-]?\d{4}\b", re.I)


_NUMBER_WORDS = {w: str(i) for i, w in enumerate([
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])} | {
    "thirty": "30", "forty-eight": "48", "seventy-two": "72"}
# a count of time written in words ("Five days without your number", "three weeks"): a number like "8 days"
_WORD_DURATION = re.compile(rf"\b({'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})"
                            r"(?=[\s-]+(?:(?:more|extra|whole|full|long|working|business)\s+)?"
                            r"(?:minutes?|mins|hours?|hrs|days?|nights?|weeks?|months?|years?)\b)", re.I)


DIGITS = re.compile(r"\d+")


def in_digits(text: str) -> str:
    """The text with its durations written in words put in digits ("Five days" -> "5 days")."""
    return _WORD_DURATION.sub(lambda m: _NUMBER_WORDS[m.group(1).lower()], text)


@functools.lru_cache(maxsize=8192)  # the same post and the same past replies, candidate after candidate
def _particulars_in(text: str, brand: str | None, language: str) -> frozenset[str]:
    # (a named public line is no incident's: "the National Gas Emergency line on 0800 111 999", read32)
    return frozenset(_PARTICULAR.findall(_POLICY.sub(" ", in_digits(text)))) | names_in(_POLICY.sub(" ", text), brand,
                                                                                             language)


def own_particulars(post_text: str, brand: str | None = None, language: str = "en") -> frozenset[str]:
    """A post's own particulars: times, codes, amounts, numbers and mid-sentence names (its @handles aside)."""
    return _particulars_in(guards.without_links(post_text), brand, language)


def names_them_all(reply: str, particulars: set[str]) -> bool:
    """Whether the reply names each of the post's own particulars, all of them names (a number it repeats still came
    with the other incident's own)."""
    said = reply.lower()
    return all(not any(c.isdigit() for c in p) and p.lower() in said for p in particulars)


def same_kind(a: set[str], b: set[str]) -> bool:
    """Whether two sets of particulars share a kind: both name something, both give an amount or a time, or both
    an id (the customer's member number "KH-0093312" is no conflict with the policy's "30 days")."""
    def kinds(s: set[str]) -> set[str]:
        return {"name" if not any(c.isdigit() for c in x) else "id" if _ID_LIKE.fullmatch(x) else "number" for x in s}
    return bool(kinds(a) & kinds(b))


_ID_LIKE = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[A-Za-z])(?!\d{1,2}\s?[ap]m$)[\w-]+|\d{5,}", re.I)


def particulars(reply: str, post_text: str, brand: str | None = None, language: str = "en") -> set[str]:
    """The particulars of a past reply's own incident that this post does not mention (nor the brand's name)."""
    post = in_digits(post_text).lower()
    # "we'll find you a room tonight" is what the brand does for anyone stranded late, as this post is
    late = bool(_LATE.search(post_text))
    return {m for m in _particulars_in(reply, brand, language)
            if m.lower() not in post and not (late and m.lower() == "tonight")}


_LATE = re.compile(r"\b(?:tonight|at night|it'?s late|late at night|this evening|midnight|(?:[6-9]|1[01])(?:[:.]\d\d)?\s?pm)\b",
                   re.I)
