"""Read a past agent reply into its conversational moves.

A reply is cleaned (HTML entities, mojibake, multi-tweet markers), stripped of its frame (the leading @handles
and the agent's sign-off) and cut into units (sentences, plus a leading greeting clause), each tagged with a move
by transparent regex rules: greeting, empathy, acknowledgement, thanks, private-channel request, next step,
closing, signature, or ``content``, the factual core a rephrasing keeps verbatim. The bank rephraser, the
paraphrase-bank miner, the drafts pipeline, the thread reader and the tone audit all read replies through these
rules, so they live apart from any one of them.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass

from model import guards

MOVES = ("greeting", "empathy", "acknowledgement", "thanks", "request_dm", "next_step", "closing", "signature",
         "content")


# ---------------------------------------------------------------------------------------------- cleaning
_MOJIBAKE = re.compile("[âÃð][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
_CONTINUATION = re.compile(r"(?:^|\s)(?:>{2,}|»)(?=\s|$)|(?<=\S)>{2,}(?=\s|$)|" + guards.THREAD_MARKER.pattern)
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
               "schreib", "sende", "lass uns", "lassen sie uns", "schreiben sie", "senden sie", "schicken sie",
               r"klären wir das per", "eine kurze", "envoyez", "écrivez",
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


_BREEZY_OPENER = re.compile(r"(?:easy|easy one|easy peasy|simple|that['’]?s (?:an )?easy one|good one)\s*[!.]*\W*", re.I)


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
    if _BREEZY_OPENER.fullmatch(text):  # "Easy!" opened an answer to a letter (read34): the bank greets in register
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
# a sentence giving the vets' own number: "Please call our Out-of-Hours line now on 0330 135 2299, it's staffed by vets
# 24/7"; the vets named between the call and the number (not an insurer's "call our claims team on 0345 ... once he's
# been seen, with the vet's invoice")
_VET_LINE = re.compile(r"\b(?:call|ring|phone|llam\w*|appel\w*|ruf\w*|chiam\w*|lig\w*)\b[^.!?]{0,50}?"
                       r"(?:\bvets?\b|veterin\w*|tierarzt\w*|tiernotfall\w*|out[- ]of[- ]hours)[^.!?\d]{0,50}?\d{3}", re.I)


def gives_vet_line(text: str) -> bool:
    """Whether a reply gives the vets' own number to call, a lifeline for an animal in danger."""
    return bool(_VET_LINE.search(text))


# "call 999", not the "000" of "0800 000 1234" nor "1,000 bonus points"
EMERGENCY_NUMBER = re.compile(r"(?<![\d,.£$€])(?<![\d,.] )(?<!flight )\b(?:999|911|112|000)\b(?![ ,.]?\d)|"
                              r"\b(?:emergency services|ambulance)\b", re.I)


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


@functools.lru_cache(maxsize=8192)  # read for each candidate's fit, and the same cases recur
def content_core(reply: str, language: str = "en") -> str:
    """What a reply says, without the moves the bank swaps (``FRAME_MOVES``): the part whose meaning a
    rephrasing must keep. Comparing whole texts would punish exactly the personalisation we want (the meaning
    guard failed 18% of drafts over a swapped "we'll take a look"). A reply that is all frame is its own core."""
    core = " ".join(u.text for u in parse_reply(reply, language) if u.move not in FRAME_MOVES)
    return core or reply


# the reply asks the customer to write in private (not "we'll reply in DM", "check your inbox")
ASKS_PRIVATE = re.compile(
    r"\b(?:(?:send|drop|shoot|give) us an? (?:quick )?(?:dm|direct message|private message|pm|message)|"
    r"(?:dm|pm|message|inbox) us|(?:reach|contact) us (?:via|in|by|through) (?:dm|direct message|private message)|"
    r"(?:via|in|by) (?:a )?(?:dm|direct message|private message) with|let'?s (?:continue|take this|chat) (?:in|to|via) "
    r"(?:dm|direct message)|meet us in dm|"
    r"escr[íi]benos|m[áa]ndanos un (?:dm|md|mensaje|privado)|envoyez-nous un (?:dm|message)|[ée]crivez-nous|"
    r"schreib(?:en sie)? uns|schick(?:en sie)? uns eine? (?:dm|nachricht)|manda(?:-nos)? uma? (?:dm|mensagem)|"
    r"scrivici|inviaci un (?:dm|messaggio))\b", re.I)
