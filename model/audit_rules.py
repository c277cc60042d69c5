"""What the tone audit's checks read a post and a reply for, beyond one pattern: whether the post is a complaint
or names a hazard, whether the fix is done, whether the reply commits to something, gives the steps a hazard
calls for, only asks for a DM, leaves out what three situations need said first, or answers in another
language; and whether an address is the brand's own mailbox.

Small pure functions of the texts, the pieces the checks of ``model.audit`` are built from.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from model import guards
from model import reply_moves as moves
from model.audit_patterns import _THANKS_FIRST, _TIME_PROMISE, FRAUD_STEPS, SAFETY_STEPS, VAGUE, _rx
from model.urgency import (
    STILL_OPEN,
    find_reasons,
    names_breakdown,
    names_danger,
    names_phishing,
    names_scam_call,
    names_wrong_medicine,
)

_BRAND_MAILBOX = re.compile(r"^(?:support|help|helpdesk|care|customercare|service|customerservice|cs|info|contact|"
                            r"team|hello|hi|press|media|privacy|billing|social|feedback|complaints?|no-?reply)\b", re.I)


# the fix is done ("Fixed now", "we've refunded"): what a report needs, thanks rather than an apology
FIXED = _rx(r"(?:all |now )?(?:fixed|sorted|resolved|corrected|repaired)(?: now| it)?",
            r"(?:we|i)(?:'ve| have) (?:now |just )?(?:fixed|sorted|resolved|corrected|refunded|credited|replaced|"
            r"rebooked|reissued|reset|updated)",
            # "I've issued the refund", "your refund has been processed"
            r"(?:we|i)(?:'ve| have) (?:now |just )?(?:issued|processed|sent|cancelled|canceled|applied|added) "
            r"(?:the|your|a|an) (?:full )?(?:refund|credit|replacement|voucher|compensation|cancellation)",
            r"(?:refund|credit|replacement|voucher|compensation) (?:has|have) (?:now )?been (?:issued|processed|sent|"
            r"applied|approved)",
            # "ya hemos devuelto el segundo pago", "nous avons remboursé", "wir haben erstattet", "abbiamo rimborsato"
            r"(?:ya )?hemos (?:devuelto|reembolsado|abonado|corregido|cancelado|anulado)",
            r"nous avons (?:rembours[ée]|annul[ée]|corrig[ée])",
            r"wir haben (?:(?!nicht\b|noch\b|kein)\S+ ){0,4}?(?:erstattet|zur[üu]ckgebucht|gutgeschrieben|storniert|korrigiert)",
            r"abbiamo (?:gi[àa] )?(?:rimborsato|stornato|annullato|corretto)",
            r"j[áa] (?:devolvemos|reembols[áa]mos|estorn[áa]mos|cancel[áa]mos|corrigimos)")
_COMPLAINT_CUES = _rx(r"still", r"never", r"worst", r"terrible", r"awful", r"ridiculous", r"unacceptable",
                      r"refund", r"broken", r"not working", r"doesn'?t work", r"delayed", r"cancell?ed", r"lost",
                      r"charged", r"waiting", r"complain\w*", r"disappointed", r"angry", r"furious", r"useless",
                      r"rude", r"missing", r"damaged", r"wrong", r"again", r"no one", r"nobody",
                      r"p[ée]simo", r"horrible", r"nunca", r"todav[ií]a", r"retraso", r"terrible", r"jamais",
                      r"toujours pas", r"nul", r"inacceptable", r"immer noch", r"nie", r"schlecht", r"unm[öo]glich",
                      r"p[ée]ssimo", r"nunca", r"ainda", r"absurdo", r"disgrace\w*", r"shocking", r"appalling",
                      r"shambles", r"late", r"cancel\w*", r"annul\w*", r"storniert",
                      # fed up, missing, not arrived, again, in the other languages
                      r"hart[oa]", r"me falta\w*", r"faltan?", r"no ha llegado", r"otra vez", r"de nuevo", r"sigo esperando",
                      r"j'en ai marre", r"en ai marre", r"ras le bol", r"il manque", r"pas arriv[ée]e?", r"encore",
                      r"stuf[oa]", r"manca(?:no|va)?", r"non [èe] arrivat[oa]", r"di nuovo", r"ancora",
                      r"fart[oa]", r"faltou", r"faltaram", r"n[ãa]o chegou", r"de novo", r"outra vez",
                      r"reicht(?: mir)?", r"fehlt", r"fehlen", r"nicht angekommen", r"schon wieder", r"wieder")


def _spans(pattern: re.Pattern[str], text: str) -> list[list[int]]:
    return [[m.start(), m.end()] for m in pattern.finditer(text)]


def _brand_mailbox(address: str, brand: str) -> bool:
    """A team mailbox (support@, help@) or an address on the brand's own domain."""
    local, _, domain = address.lower().partition("@")
    return bool(_BRAND_MAILBOX.match(local)) or (len(brand) >= 3 and brand in re.sub(r"[^a-z0-9]", "", domain))


_NOT_YET = re.compile(r"(?:\b(?:not|never|yet to be|once|until|when|if|hope(?:fully)?|should be|todav[íi]a no|pas|"
                      # a bare "no" negates in Spanish ("no hemos"), not in "No problem, we've refunded"
                      r"no(?!\s*(?:problem|prob|worries|doubt|trouble|need)\b)|"
                      r"nicht|noch nicht|non|n[ãa]o|ainda n[ãa]o)\b|n't\b)[^.!?]{0,20}$", re.I)


def _fixed(reply: str) -> bool:
    """The fix is done, said plainly: not "isn't resolved yet", "hasn't been fixed", "once it's sorted"."""
    return any(not _NOT_YET.search(reply[max(0, m.start() - 30):m.start()]) for m in FIXED.finditer(reply))


def _said_beyond(patterns: Sequence[re.Pattern[str]], reply: str, vague: list[list[int]]) -> bool:
    """Whether one of ``patterns`` matches the reply outside its vague promises (the ``vague`` spans)."""
    return any(not any(s <= m.start() and m.end() <= e for s, e in vague)
               for p in patterns for m in p.finditer(reply))


def _acts(reply: str) -> bool:
    """The reply commits to something for this customer ("we'll call you this afternoon", "we've refunded"), not
    only to a vague "we'll look into it"."""
    return _said_beyond((moves._WE_ACT, _TIME_PROMISE), reply, _spans(VAGUE, reply)) or _fixed(reply)


_ANSWERS = re.compile(r"\b(?:yes|yep|yeah|no|nope|there is|there are|we do|we don'?t|we can(?! (?:\w+ )?(?:look|check|help|"
                      r"investigate|see|sort|get|assist|review|find|continue|chat|talk|discuss|follow|take))|we can'?t|"
                      r"you can|you can'?t|"
                      r"sadly not|unfortunately|sí|oui|ja|sim)\b|\d", re.I)


def _only_asks_private(reply: str) -> bool:
    """Whether a reply asks for a DM and says little else ("Hi! Please send us a DM and we'll help 🙂")."""
    if not moves.ASKS_PRIVATE.search(reply) or _ANSWERS.search(reply):
        return False
    rest = [t for t in re.split(r"(?<=[.!?])\s+", guards.without_links(reply))
            if not moves.ASKS_PRIVATE.search(t) and not moves.GREETING.match(t) and not moves.EMPATHY.search(t)]
    return sum(len(re.findall(r"[^\W\d_]+", t)) for t in rest) < 6


# help for someone hurt now: the emergency number, or help sent ("the duty manager is on their way with a first aider")
_HELP_SENT = re.compile(r"\b(?:on (?:their|his|her|the|its) way|first aid(?:er)?s?|paramedics?|ambulance|(?:i|we)(?:'ve| have) "
                        r"(?:just )?(?:called|phoned|alerted|notified|sent) (?:the|our|your|a|an|someone))\b", re.I)


def _gives_steps(reply: str, hazard: str) -> bool:
    """Whether the reply gives the steps its hazard calls for: safety steps for a danger, fraud steps for a fraud, the
    emergency number or help on its way for someone hurt."""
    return bool((hazard == "danger" and SAFETY_STEPS.search(reply)) or (hazard == "fraud" and FRAUD_STEPS.search(reply))
                or (hazard == "hurt" and (moves.EMERGENCY_NUMBER.search(reply) or _HELP_SENT.search(reply))))


# what three situations need said first, whatever else a reply does (a care lead's reads, eleventh and twelfth
# sessions): the reply passed with "we hope everyone is safe ... DM us" to a breakdown on the M6 at night
_MUST_SAY = {
    "breakdown": (names_breakdown, _rx(r"barrier", r"hard shoulder", r"away from the (?:traffic|road|car)",
                                       r"get (?:everyone |yourselves |yourself )?out", r"emergenc(?:y|ies)", r"999", r"112",
                                       r"recovery (?:truck|vehicle|team|van|is|will)", r"on (?:their|its|the) way"),
                  "A breakdown on a motorway answered without how to wait safely: out on the side away from the traffic, "
                  "behind the barrier, and help on its way."),
    "medicine": (names_wrong_medicine, _rx(r"don'?t take", r"do not take", r"stop taking", r"no more of", r"pharmacist",
                                           r"doctor", r"111", r"999", r"emergenc(?:y|ies)"),
                 "The wrong medicine or strength given, and no word on the next dose: don't take any more until a "
                 "pharmacist has checked, and get help if anyone feels unwell."),
    "scam": (names_scam_call, _rx(r"hang up", r"end the call", r"put the phone down", r"(?:wasn'?t|was not|isn'?t|not) "
                                  r"(?:from )?us", r"scam", r"never ask", r"don'?t (?:move|transfer|send)"),
             "A caller posing as the brand asked to move money, and the reply does not say it was not us: hang up and "
             "move nothing, then call the number on the back of the card."),
}


def _words(reply: str) -> int:
    """How many words the reply says, its @handles left out."""
    return len(re.findall(r"\w+", guards.HANDLE.sub("", reply)))


def _missing_first_words(post: str, reply: str) -> str:
    """What a reply to a breakdown, a wrong medicine or a scam call fails to say first ("" when nothing)."""
    for names, says, why in _MUST_SAY.values():
        if names(post) and not says.search(reply):
            return why
    return ""


def _hazard(post: str) -> str:
    """"danger" (gas, fire, smoke), "hurt" (an injury, a child at risk), "fraud" (money being taken now) or ""."""
    reasons = find_reasons(post)
    if names_danger(post):  # "the charger ... started smoking": a hazard even where no safety rule fired
        return "danger"
    if "safety" in reasons:
        return "hurt"
    if "fraud" in reasons:
        return "fraud"
    return "hurt" if "bereavement" in reasons else ""  # "Great news! 😀" to a death was only reviewed


@functools.cache
def _detector():  # noqa: ANN202
    from model.language import LanguageDetector

    return LanguageDetector()


_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian",
          "nl": "Dutch", "pl": "Polish", "ca": "Catalan", "gl": "Galician", "cy": "Welsh", "sv": "Swedish", "da": "Danish",
          "no": "Norwegian", "fi": "Finnish", "tr": "Turkish", "ro": "Romanian", "el": "Greek", "ru": "Russian",
          "uk": "Ukrainian", "ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi",
          "th": "Thai", "id": "Indonesian", "vi": "Vietnamese", "cs": "Czech", "hu": "Hungarian"}


def _language_name(code: str) -> str:
    return _NAMES.get(code, f"another language ({code})")


def _other_language(post: str, reply: str) -> str:
    """Why the reply's language is not the customer's ("" when it is, or either is too short to tell): an English
    reply to a Spanish post passed before."""
    if min(len(post.split()), len(reply.split())) < 4:
        return ""
    said, answered = _detector().detect(post), _detector().detect(reply)
    if said == answered:
        return ""
    return (f"The reply is in {_language_name(answered)}; the customer wrote in {_language_name(said)}. "
            "Answer in the customer's language.")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


_PROBLEM_REASONS = frozenset({"outage", "money", "repeated_contact", "safety", "cancellation_or_legal"})
_FAULT = _rx(r"stopped (?:working|charging|responding)", r"deleted (?:all )?my", r"(?:it'?s|it has) been (?:a|\d+|two|"
             r"three|four|five|six) (?:days?|weeks?|months?)", r"who do i (?:talk|speak) to", r"sent me (?:back )?to",
             r"melt(?:ed|ing)", r"smoking", r"arrived (?:\w+ ){0,4}?(?:smashed|shattered|damaged|crushed|cracked|leaking)",
             # done to them: "the 8:05 is cancelled for the fifth Monday in a row", "my parcel took 9 days"
             r"(?:is|was|been|got|are|were) (?:\w+ )?(?:cancell?ed|delayed)", r"(?:\w+ )?in a row", r"took \d+ (?:days|weeks)")


def is_complaint(post: str, negative: float) -> bool:
    """Negative sentiment, or the words and situations of a problem (an outage, money, asking again, a fault);
    not a thank-you for a problem already solved ("Thanks for sorting my refund so fast!")."""
    body = guards.LEADING_HANDLES.sub("", post)
    reasons = set(find_reasons(post))
    if names_phishing(post) and not reasons & {"money", "fraud", "safety"}:
        return False  # "got a text with a link, is it real?": a question to answer, nothing to apologise for
    fault = bool(guards.REPORTS_PROBLEM.search(post) or _FAULT.search(post))
    if _THANKS_FIRST.search(body) and negative < 0.25 and not fault and "safety" not in reasons \
            and not STILL_OPEN.search(body):
        return False
    cues = len(_COMPLAINT_CUES.findall(post))
    return (negative >= 0.5 or (negative >= 0.25 and cues >= 1) or cues >= 2 or fault
            or bool(_PROBLEM_REASONS.intersection(reasons)))
