"""Spans completed and checked after recognition: an address to its last line, a name to its surname, a name signed
under a post, the brand's own words that are no one's name.
"""

from __future__ import annotations

import re

from model import guards
from model.pii_context import (
    ADDRESSED_BEFORE,
    AT_SOMEONE,
    MERCHANT_BEFORE,
    NOT_NAMES,
    NOT_PLACES,
    PARTICLES,
    PLACE_BEFORE,
    SITE_AFTER,
    TITLE_BEFORE,
)
from model.pii_recognizers import NAMED_ACCOUNT, NAMED_ORDER, PHONE_SHAPE, looks_like_phone
from model.types import PiiSpan

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
BRAND_PLACE_BEFORE = re.compile(
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
POSTCODE = re.compile(r"\b(?:[ABCEGHJ-NPRSTVXY]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[ABD-HJLNP-UW-Z]{2})\b")


_STREET_WORD = (r"(?:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|court|ct|place|pl|terrace|crescent|close|"
                r"grove|gardens|row|walk|mews|boulevard|blvd|highway|hwy|parkway|pkwy|circle|square|sq|route|"
                r"rue|via|viale|piazza|calle|avenida|rua|ul|ulica|utca|út|útja|tér|gate|gata|vei|vej|plein|"
                r"[\w\u00C0-\u024F-]*(?:strasse|straße|str|katu|gatan|vägen|vej|veien|laan|weg|straat|gasse|"
                r"allee|allé|platz|plads|gade|stræde|tie|polku|kuja))")
FILE_NAME = re.compile(r"@\d+(?:\.\d+)?x\b|\.(?:png|jpe?g|gif|webp|svg|bmp|ico|pdf|docx?|xlsx?|csv|txt|zip|js|css|html?|"
                        r"mp[34]|mov|wav|json|xml)$", re.I)
LABEL_AT_END = re.compile(r"(?:[\s,;:>]+(?:(?:my|mobile|cell|phone|tel|telephone|email|e-mail|number|no|and|or|on|"
                           r"at|is|contact)\b\.?:?))*[\s,;:>]*$", re.IGNORECASE)  # ", phone " before the phone
STREET_WORD_RX = re.compile(rf"\b(?:{_STREET_WORD})\b", re.IGNORECASE)
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
                or _NOT_ADDRESS_LINE.search(m.group()) or looks_like_phone(m.group())):
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
    for pattern in (_MILITARY, POSTCODE, *lines):
        for m in pattern.finditer(text):
            start, end = m.span("a") if "a" in pattern.groupindex else m.span()
            if pattern is POSTCODE and _STORAGE.search(m.group()):
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


def names_a_mentioned_handle(span: str, handles: list[str]) -> bool:
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
FULL_NAME_LANGUAGES = frozenset({"es", "fr", "it", "pt", "nl", "pl", "ca", "gl"})
_SENTENCE_START = re.compile(r"(?:^|[.!?¡¿:;\n]|^(?:\s*@\w+)+)\s*$")
_HONORIFIC_BEFORE = re.compile(r"\b(?:avv|dott|dr|ing|prof|sr|sra|srta|sig|mme|mlle|m|me|herr|frau|pan|pani)\.?\s+$", re.I)


def full_name(text: str, start: int, end: int) -> bool:
    """Whether the NER's span is two or more capitalised words, not a sentence's first (or after a title)."""
    words = text[start:end].split()
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in PARTICLES for w in words):
        return False
    before = text[max(0, start - 24):start]
    return bool(_HONORIFIC_BEFORE.search(before)) or not _SENTENCE_START.search(before)


def signed_names(text: str) -> list:
    """PERSON results for the names ``_SIGNED_NAME`` finds (Presidio's result type, so ``_clean`` reads them)."""
    from presidio_analyzer import RecognizerResult

    return [RecognizerResult("PERSON", m.start(1), m.end(1), 0.85, recognition_metadata={
        "recognizer_name": "SignedNameRecognizer"}) for m in _SIGNED_NAME.finditer(text)]


def past_care_words(text: str, start: int, end: int) -> int:
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


def retyped(text: str, start: int, end: int, kind: str) -> str | None:
    """The type a span really has in its context, or None when it is no personal data: a PERSON or LOCATION
    with a digit ("SB118", a tracking code) or made of care words, "The Herald", a site, a title or a shop;
    a place read as a PERSON, a thanked person read as a LOCATION; an id word's number read as a phone."""
    span, before = text[start:end], text[max(0, start - 40):start]
    if kind == "PHONE_NUMBER" and not PHONE_SHAPE.match(span):
        if NAMED_ORDER.search(before):
            return "ORDER_ID"
        if NAMED_ACCOUNT.search(before):
            return "ACCOUNT_ID"
    if kind not in ("PERSON", "LOCATION"):
        return kind
    words = [w.strip(".,!?:;'\"").lower() for w in span.split()]
    not_names = NOT_NAMES if kind == "PERSON" else NOT_PLACES
    # every word a care word, a code or an emoji ("Flight SB118", "JD014600006281234567", "🤔"): no name
    if (all(w in not_names or any(c.isdigit() for c in w) or not any(c.isalpha() for c in w) for w in words)
            or (kind == "PERSON" and words[0] == "the" and len(words) <= 2)):
        return None
    # an acronym in a post not written in capitals: "display says HAN offline" (read34), "SIM", "NFC"
    if kind == "PERSON" and _ACRONYM.fullmatch(span.strip(".,!?:;'\"")) and _capitals(text) < 0.3:
        return None
    if SITE_AFTER.match(text, end) or TITLE_BEFORE.search(before) or (
            kind == "LOCATION" and MERCHANT_BEFORE.search(before)):
        return None
    if kind == "PERSON" and PLACE_BEFORE.search(before) and not AT_SOMEONE.search(before):
        return "LOCATION"
    if kind == "LOCATION" and ADDRESSED_BEFORE.search(before):
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
