"""Our own Presidio recognizers: order and account numbers, phones in every shape, street addresses in the
European languages, each with the context words that raise or lower its score.
"""

from __future__ import annotations

import re

# a date, year first or last, two or four digits ("11-22-2017", "20-11-26"): never a phone, never an order id
DATE_SHAPE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
CURRENCY = frozenset("$£€¥₹")
# not ids: a duration or a time ("placed 1h20 ago", "10h30"), the tail of an amount ("£3,480"), a flight, train,
# bus, gate or seat code ("flight SB430", "the N29 bus", "gate B32")
DURATION_SHAPE = re.compile(r"\d{1,2}h\d{0,2}|\d{1,3}(?:min|mins|hrs?|h)", re.IGNORECASE)
PHONE_PARAM = re.compile(r"(?:phone|tel|mobile|msisdn|number)[=:/]\Z", re.IGNORECASE)
AFTER_HANDLE = re.compile(r"@\w{2,}[ \t]\Z")
ID_BEFORE = re.compile(r"(?-i:[A-Z0-9]*\d[A-Z0-9]*-)\Z")  # "NS-88213-" before the "KQ" the NER reads as a place
INSIDE_TOKEN = re.compile(r"(?-i:[A-Z]{1,6}-?|\d-)\Z")  # "JD014600...", "INV-2024...": not "on0770...", "mob-0770..."
AMOUNT_BEFORE = re.compile(r"[$£€¥₹]\s?\d{1,3}(?:[,.]\d{3})*[,.]\Z")
TRANSPORT_BEFORE = re.compile(r"\b(?:flights?|vuelo|vol|volo|voo|flug|train|bus|coach|route|gate|platform|seat|"
                               r"terminal|line|service|tram|ferry)\s*(?:no\.?|number|#)?\s*\Z", re.IGNORECASE)
TRANSPORT_AFTER = re.compile(r"\s*(?:bus|train|service|flight|tram|route)\b", re.IGNORECASE)
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
NAMED_ORDER = re.compile(rf"\b(?:{_ORDER_WORDS}){_ID_NO}$", re.I)
NAMED_ACCOUNT = re.compile(rf"\b(?:{_ACCOUNT_WORDS}){_ID_NO}$", re.I)
# after an id word a number is that id ("account no. 7731-0092-44", "order 200-4471982", "Acct 1100482239")
# unless it is written as a phone: +, a bracket, a leading 0 ("my order: 07911 123456") or the US 3-3-4 grouping
PHONE_SHAPE = re.compile(r"[+(]|0|\d{3}([ .-])\d{3}\1\d{4}$")
# "Order 55512987 ships today": the tagger reads a capitalised word and a number as a street; an id word first
# makes it an order or account reference, which the id recognizers then report
ID_WORD_FIRST = re.compile(rf"(?:{_ORDER_WORDS}|invoice|account|acct)\b", re.I)


def looks_like_phone(s: str) -> bool:
    """At least 8 digits, and either formatted (+, spaces, dashes) or 10+ digits: not a bare id or a time.
    Not a date (11-22-2017), an IP address (108.53.222.1) or a dotted version, whose groups after the first
    include a one-digit one (8.4.28.1104, Chrome 61.0.3163.100); "03.93.92.16.85" (French) and
    "1.800.555.1234" (US) are phones."""
    digits = sum(c.isdigit() for c in s)
    core = s.strip("[]() ")
    if DATE_SHAPE.fullmatch(core) or _IPV4.fullmatch(core):
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


def custom_recognizers() -> list:
    from presidio_analyzer import Pattern, PatternRecognizer
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    class LenientPhoneRecognizer(PhoneRecognizer):
        """Presidio's phone recognizer accepts only *valid* numbers; customers also type possible ones."""

        SCORE = 0.6

        def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001, ANN201
            if sum(c.isdigit() for c in text) < 8:  # no phone to find (``looks_like_phone``): skip the 14 region
                return []  # matchers, a third of the detector's time on real posts
            results = super().analyze(text, entities, nlp_artifacts)
            return [r for r in results if looks_like_phone(text[r.start:r.end])
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
