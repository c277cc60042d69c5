"""The words around a span that say whose it is: the customer's ("my number is") or the brand's own line, shop
or mailbox ("call us on"); and the words that are no person's name. Also the placeholders and the sensitive types.
"""

from __future__ import annotations

import re

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
PARTICLES = frozenset({"de", "da", "do", "dos", "das", "van", "von", "der", "den", "di", "du", "la", "le", "del", "bin",
                        "al", "y", "e", "ter", "op"})
_STAFF_BEFORE = re.compile(r"(?:\b(?:pass(?:ed)?|send|sent|forward(?:ed)?|share[ds]?) (?:\S+ ){0,4}?(?:on )?to|\b(?:colleague|"
                           r"team ?mate|team member|engineer|driver|rider|manager|agent|advis[oe]r|technician|courier|"
                           r"store manager|our \w+ team)|^\W*[-–^~])\s*\Z", re.I)


def brand_wording(text: str, span) -> bool:  # noqa: ANN001
    """Whether a PERSON or LOCATION span of a brand's reply is the brand's own wording, not the customer's data."""
    if span.type == "LOCATION":
        return True  # an address is a STREET_ADDRESS: a lone town, country or "Contact Centre" is no one's data
    if span.type != "PERSON":
        return False
    words = text[span.start:span.end].split()
    if not all(w[:1].isupper() or w.lower() in PARTICLES for w in words):
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
NOT_PLACES = NOT_NAMES | {"april", "may", "june", "august"}
# A name or a place read again in its context (the small NER reads a capitalised word by its shape):
# - a place the post travels to or stands at is no person ("sat at Gatwick North", "coming to Penzance",
#   "at StayLuxe Gatwick"), unless someone is shouted or looked at
PLACE_BEFORE = re.compile(r"\b(?:at|in|near|outside|around|via|into|leaving|departing|(?:fly|flying|flew|flights?|"
                           r"trains?|bus|coach|ferry|trip|journey|connection|travel\w*|coming|going|heading|driving|"
                           r"moved?|moving|back) (?:to|from)|from (?-i:[A-Z][\w-]*(?: [A-Z][\w-]*)?) to)"
                           r"(?: (?:the|your))?(?: (?-i:[A-Z][\w-]*))?[ \t]+$", re.I)
AT_SOMEONE = re.compile(r"\b(?:shout|yell|scream|laugh|look|star|swear|snapp|point|smil|glar|wav|rude|angry|mad)"
                         r"\w* at[ \t]+$", re.I)
# - whoever is thanked or greeted is a person ("thank you Giulia at reception", "thanks Jamal")
ADDRESSED_BEFORE = re.compile(r"\b(?:thanks?(?: you)?|thx|ty|cheers|hi|hello|hey|dear|ask(?:ed)? for)[ \t,]+$", re.I)
# - neither, and nothing personal: a site ("your Edinburgh Waverley hotel", "the Paris Opera hotel": the brand's
#   own or a public one), a title ("the final episode of Nightjar") or a shop paid at ("declined at Tesco")
SITE_AFTER = re.compile(r"[ \t]+(?:hotel|store|shop|branch|depot|office|gym|restaurant|cafe|café|outlet|showroom|"
                         r"warehouse|station|airport|terminal|venue|cinema|mall)s?\b", re.I)
TITLE_BEFORE = re.compile(r"\b(?:episodes?|ep|season|series|finale|film|movie|album|song|podcast|watching|watched|"
                           r"binged?|binging)(?: of)?[ \t]+$", re.I)
MERCHANT_BEFORE = re.compile(r"\b(?:declined|charged|paid|payments?|purchases?|spent|transactions?|shopping|shopped) "
                              r"at[ \t]+$", re.I)
# Device, app and version talk the NER reads as a street address ("Windows 10", "Android 7.0"): an address has
# neither a dotted version number nor a percentage, and none of these words.
NOT_ADDRESS = re.compile(r"\d\.\d|%|\b(?:windows|android|ios|macos|version|galaxy|iphone|ipad|pixel|huawei|samsung|"
                          r"xbox|ps[345]|playstation|spotify|chrome|firefox|safari|build|update|app|firmware)\b|"
                          # a count of places: "your UK allowance in 47 European destinations" (a telecom's reply)
                          r"\b\d+ (?:[a-z]+ )?(?:destinations|countries|stores|shops|branches|locations|cities|towns|"
                          r"airports|stations|clubs|hotels|sites|outlets)\b",
                          re.IGNORECASE)
# a venue whose name starts with its number ("show starts in 40 mins at 3Arena Dublin"): no house number, no street
VENUE = re.compile(r"\d+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}$")  # (no street word in it: "14Oak Road Leeds" is one)
MENTION = re.compile(r"@(\w{3,})")
PATTERN_ONLY = [e for e in ENTITIES if e not in {"PERSON", "LOCATION"}]
PLACEHOLDER = re.compile(r"<[A-Z_]+>|__(?:email|credit_card)__")
