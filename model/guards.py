"""Guards every draft must pass before an agent sees it: facts kept, length, no PII in public, meaning, no parroting.

All checks are pure functions of their arguments, so the drafts pipeline, the rephrasers and the tone audit
can share them and tests can call them on plain strings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from typing import Any

# Hard limits of each channel in characters (X/Twitter: 280; Instagram comments and captions: 2,200).
CHANNEL_LIMITS: dict[str, int] = {
    "twitter": 280, "instagram": 2200, "facebook": 8000, "chat": 1000, "email": 5000, "other": 1000,
}
# The PII types that must never appear in a public draft.
PUBLIC_BLOCKED = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE"})

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,!?;:)\]]")
# the "@Brand @someone: " run that opens a post or a reply (also ".@Brand", which makes a reply public, and
# the full-width ＠ of CJK keyboards); one pattern for the importer, the retriever, the rephraser and the guards
LEADING_HANDLES = re.compile(r"^\s*\.?(?:[@＠]\w(?:[\w.]{0,28}\w)?[\s,:;]*)+")  # Instagram: "@anna.k"
HANDLE = re.compile(r"(?<![\w@＠])[@＠]\w(?:[\w.]{0,28}\w)?")
# a bare acknowledgement in a thread ("ok thanks", "Will do!", "lol ok"): nothing to thank for or look into
ACK_ONLY = re.compile(r"(?![\s\S]*[🙄😡🤬😤😠💔😢😭👎])\W*(?:(?:lol|haha|oh|ah)\s+)?(?:ok(?:ay)?|k|kk|cool|great|perfect|will do|got it|sure|noted|"
                     r"alright|all right|sounds good|fine|understood|vale|d'accord|alles klar|va bene|beleza|"
                     r"t(?:hanks|hank you|hx|y)|cheers|gracias|merci|danke|grazie|obrigad[oa]|"
                     # a thumbs-up or an OK hand after the brand's answer ("👍", "👍🏽👍")
                     r"[👍👌✅🆗](?:[\U0001F3FB-\U0001F3FF\ufe0f]?[👍👌✅])*)"
                     r"(?:[\s,]+(?:thanks|thank you|thx|ty|cheers|gracias|merci|danke|grazie|obrigad[oa]|"
                     r"will do|then))*\W*", re.I)
# a fault or a missing thing reported ("my router keeps dropping", "where is my refund"): never praise to thank for
REPORTS_PROBLEM = re.compile(r"\b(?:keeps? (?:dropping|crashing|failing|freezing|disconnecting)|not working|"
                            r"doesn'?t work|won'?t (?:work|load|start|charge|connect)|broken|broke|smashed|shattered|missing|"
                            r"never (?:arrived|came)|(?:hasn'?t|has not|haven'?t|have not) (?:arrived|come)|"
                            r"not (?:here|arrived)|still (?:no|not|nothing|only|waiting|broken|can'?t|cannot|don'?t|doesn'?t|didn'?t|"
                            r"haven'?t|hasn'?t|isn'?t|won'?t)|where(?:'s| is) my)\b", re.I)
# a question: a "?" anywhere or a question word first (once the leading handles are gone)
QUESTION = re.compile(r"\?|^\W*(?:how|what|when|where|which|why|who|do|does|is|are|can|could|will|would)\b", re.I)
# "(1/2)" and a leading or trailing "2/2" number the tweets of a thread; they are not facts of the reply.
THREAD_MARKER = re.compile(r"\(\d/\d\)|^\s*\d/\d(?=\s)|(?<=\s)\d/\d\s*$")
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*>|__(?:email|credit_card)__")
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")
_WORD = re.compile(r"\w+(?:'\w+)?")


def acknowledges(text: str) -> bool:
    """A bare acknowledgement once the leading @handles are gone ("@Brand ok thanks", "Will do!")."""
    return bool(ACK_ONLY.fullmatch(LEADING_HANDLES.sub("", text)))


def without_links(text: str) -> str:
    """The text with its URLs and @handles blanked out: what the customer wrote in words."""
    return HANDLE.sub(" ", URL.sub(" ", text))


def handle_key(name: str) -> str:
    """What a brand name or handle compares by: letters, digits and "_", lower case ("Nimbus Bank" → "nimbusbank")."""
    return re.sub(r"\W", "", name).lower()


def extract_facts(text: str) -> Counter[str]:
    """Facts a rewrite must keep: URLs, @handles (bar the leading reply-to run), <PLACEHOLDER>s and numbers."""
    text = THREAD_MARKER.sub(" ", LEADING_HANDLES.sub("", text))
    facts: Counter[str] = Counter()
    for pattern, kind in ((URL, "url"), (PLACEHOLDER, "placeholder"), (HANDLE, "handle")):
        for m in pattern.finditer(text):
            facts[f"{kind}:{m.group(0).lower() if kind == 'handle' else m.group(0)}"] += 1
        text = pattern.sub(" ", text)
    for m in NUMBER.finditer(text):
        facts[f"number:{m.group(0)}"] += 1
    return facts


def missing_facts(source: str, draft: str, slots: Collection[str] = ("<NAME>",)) -> list[str]:
    """Facts of ``source`` absent from ``draft``, then facts the draft invented (prefixed ``+``).

    ``slots`` are placeholders that stand for the addressee: a rewrite may fill them with the new
    customer's name, so they may disappear but never appear from nowhere.
    """
    src, dst = extract_facts(source), extract_facts(draft)
    slot_keys = {f"placeholder:{s}" for s in slots}
    lost = [k for k in src if k not in dst and k not in slot_keys]
    added = [f"+{k}" for k in dst if k not in src]
    return lost + added


def check_facts(source: str, draft: str, slots: Collection[str] = ("<NAME>",)) -> bool:
    """Every number, URL, @handle and <PLACEHOLDER> of the source is in the draft, and none was invented.

    The leading @handles of both texts are the addressee, which a rewrite replaces, so they are ignored.
    """
    return not missing_facts(source, draft, slots)


def check_length(draft: str, channel: str) -> bool:
    """The draft fits the channel's hard limit (unknown channels get the "other" limit)."""
    return len(draft) <= CHANNEL_LIMITS.get(channel, CHANNEL_LIMITS["other"])


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(candidate: str) -> bool:
    s = candidate.replace(" ", "")
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def find_pii(text: str, region: str = "US") -> list[tuple[str, int, int]]:
    """Default finder for public drafts: e-mail regex, phonenumbers' matcher, Luhn-valid cards, IBAN mod-97."""
    import phonenumbers

    spans = [("EMAIL_ADDRESS", m.start(), m.end()) for m in EMAIL.finditer(text)]
    for m in CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            spans.append(("CREDIT_CARD", m.start(), m.end()))
    spans += [("IBAN_CODE", m.start(), m.end()) for m in IBAN.finditer(text) if iban_ok(m.group(0))]
    cleaned = URL.sub(lambda m: " " * len(m.group(0)), text)  # digits inside links are not phone numbers
    business = {phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST}
    for match in phonenumbers.PhoneNumberMatcher(cleaned, region, leniency=phonenumbers.Leniency.VALID):
        if phonenumbers.number_type(match.number) in business:
            continue  # a company's 800/0845 line is published, not anyone's personal data
        if not any(s <= match.start < e for _, s, e in spans):
            spans.append(("PHONE_NUMBER", match.start, match.end))
    return sorted(spans, key=lambda s: s[1])


def _span_fields(span: Any) -> tuple[str | None, int, int]:
    """Accept PiiSpan-like objects, dicts, (type, start, end) or (start, end) tuples."""
    if isinstance(span, dict):
        return span.get("type"), int(span["start"]), int(span["end"])
    if hasattr(span, "start") and hasattr(span, "end"):
        return getattr(span, "type", None), int(span.start), int(span.end)
    if len(span) == 3:
        return str(span[0]), int(span[1]), int(span[2])
    return None, int(span[0]), int(span[1])


def check_no_pii(draft: str, public: bool, pii_finder: Callable[[str], Sequence[Any]] | None = None,
                 allowed: Collection[str] = ()) -> bool:
    """No e-mail, phone, card or IBAN in a public draft (private drafts always pass).

    Args:
        pii_finder: ``text -> spans``; spans with a ``type`` outside PUBLIC_BLOCKED (a first name in the
            greeting, say) are fine, untyped spans count as PII.
        allowed: strings known to be public, e.g. the brand's own support number.
    """
    if not public:
        return True
    spans = (pii_finder or find_pii)(draft)
    for span in spans:
        kind, start, end = _span_fields(span)
        if kind is not None and kind not in PUBLIC_BLOCKED:
            continue
        if draft[start:end].strip() in allowed:
            continue
        return False
    return True


def check_meaning(similarity: float, threshold: float = 0.75) -> bool:
    """The draft still says what the source said (similarity from a sentence encoder, or lexical)."""
    return similarity >= threshold


def _trigrams(text: str) -> list[tuple[str, str, str]]:
    words = [w.lower() for w in _WORD.findall(URL.sub(" ", text))]
    return list(zip(words, words[1:], words[2:], strict=False))


def trigram_overlap(post: str, draft: str) -> float:
    """Share of the draft's word trigrams copied from the post (0 when the draft has under three words)."""
    grams = _trigrams(draft)
    if not grams:
        return 0.0
    seen = set(_trigrams(post))
    return sum(g in seen for g in grams) / len(grams)


def check_no_parroting(post: str, draft: str, max_overlap: float = 0.5) -> bool:
    """The draft does not echo the customer's own words back at them."""
    return trigram_overlap(post, draft) <= max_overlap


def lexical_similarity(a: str, b: str) -> float:
    """Cosine of word-count vectors: a crude, encoder-free stand-in for meaning similarity."""
    ca, cb = Counter(w.lower() for w in _WORD.findall(a)), Counter(w.lower() for w in _WORD.findall(b))
    dot = sum(v * cb[k] for k, v in ca.items())
    norm = (sum(v * v for v in ca.values()) * sum(v * v for v in cb.values())) ** 0.5
    return dot / norm if norm else 0.0


def guard_report(source: str, draft: str, *, channel: str, public: bool, post: str = "",
                 similarity: Callable[[str, str], float] | None = None, meaning_threshold: float = 0.75,
                 pii_finder: Callable[[str], Sequence[Any]] | None = None) -> dict[str, bool]:
    """All guards at once, keyed as in the drafts output (plus ``no_parroting``)."""
    sim = (similarity or lexical_similarity)(LEADING_HANDLES.sub("", source), LEADING_HANDLES.sub("", draft))
    return {
        "meaning": check_meaning(sim, meaning_threshold),
        "facts_kept": check_facts(source, draft),
        "length": check_length(draft, channel),
        "no_pii_public": check_no_pii(draft, public, pii_finder),
        "no_parroting": check_no_parroting(post, draft) if post else True,
    }
