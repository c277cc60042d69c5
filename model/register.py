"""The new customer's register and style, read from their post.

``style_from`` turns a post and the scorers' labels into a ``Style``: how the customer wrote (formal, casual or
upset, with emoji or not, their name, handle or title) and what the reply must do for them (own a wait, move to
a private channel, give safety advice first, ...). ``register_swaps`` answers a customer in their own register
and variety ("usted", "Sie", European Portuguese). The rephrasers read a ``Style``, and the tone audit compares
a reply's ``register_features`` with the post's, so these readings of the customer stand apart from both.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from model import guards
from model.errors import InvalidInputError
from model.types import normalise_channel
from model.urgency.harm import PET_EN
from model.urgency.text import straight_apostrophes

PRIVATE_KINDS = ("dm", "phone", "email")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+|(?<!\\w)[:;=]-?[)(DPp](?!\\w)")


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


# the people a customer writes of as theirs
KIN = (r"little one|daughter|son|baby|toddler|child|kid|mum|mom|mother|dad|father|wife|husband|partner|sister|brother|"
       r"nan|gran|grandma|grandmother|grandad|grandpa|grandfather|friend|mate")
_HURT_ONE = re.compile(rf"\b(?:my|our) ((?:\d+[- ]?(?:year|yr|month)[- ]?old)|{KIN})\b(?:'s)?", re.I)
_SHE = frozenset({"daughter", "mum", "mom", "mother", "wife", "sister", "nan", "gran", "grandma", "grandmother"})
_HE = frozenset({"son", "dad", "father", "husband", "brother", "grandad", "grandpa", "grandfather"})
# what happened to them, in the same clause after the name ("my son fainted", "my son's lips are swelling"), or what
# landed on them just before it ("collapsed onto my 4 year old"); not "I'm sick of this, my husband has called 5 times"
_HARM = (r"hurt|injur\w*|bleed\w*|burn\w*|swollen|swelling|rash|vomit\w*|throwing up|choking|collapsed|fainted|"
         r"unconscious|(?:very |really |so )?(?:pale|dizzy)")
_HURT_AFTER = re.compile(rf"[^.!?;]{{0,50}}?\b(?:{_HARM}|cut|scald\w*|bruis\w*|concussion|reaction|"
                         r"in (?:a ?& ?e|hospital)|broke (?:his|her|their) \w+|on the (?:ground|floor|road|pavement)|"
                         r"not getting up)\b", re.I)
# ... or told of them later, by name of a part of them ("my daughter just ate the hummus ... her lips are swelling",
# read31): her lips for a daughter, his for a son
_HURT_LATER = re.compile(r"\b(her|his|she|he)(?:'s| is| was| has)?\b[^.!?;]{0,30}?\b(?:lips?|face|throat|tongue|eyes?|"
                         r"skin|head|arm|leg|hand|foot|mouth)?\s*(?:is |are |has |have |keeps? |started |starting )?"
                         rf"(?:{_HARM}|can'?t breathe)\b", re.I)
_HURT_BEFORE = re.compile(r"\b(?:on|onto|on top of|hit|hurt|injured|burned|burnt|scalded|bit|attacked)\s+$", re.I)
_UNHURT = re.compile(r"(?:'s|\s+is|\s+was)\s+(?:fine|ok|okay|unhurt|alright|all right|not hurt)\b", re.I)


# others with the writer, who may be hurt too ("we", a family, a child, a pet, a passer-by, a flatmate): "we hope
# everyone is OK" is for them
_OTHERS = re.compile(rf"\b(?:we|us|our|everyone|everybody|family|kids|children|passengers?|people|{KIN}|{PET_EN}|"
                     r"(?:a|an|the|this|one) (?:old |elderly |young )?(?:man|woman|lady|guy|boy|girl|gentleman|customer|"
                     r"person|driver|cyclist|pedestrian)|neighbou?r|colleague|flatmate|housemate|roommate|boyfriend|"
                     r"girlfriend|fianc[ée]e?|cousin|workmate|patient|client|guest|"
                     r"\d+[- ]?(?:year|yr|month)s?[- ]?old|\d+ ?(?:yo|y/o))\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|myself)\b", re.I)


@straight_apostrophes
def alone_in_it(text: str) -> bool:
    """Whether the writer speaks of themselves and names nobody with them: concern for "you", not "everyone" ("he's
    outside my flat now banging on the door", "my face has swollen up": "we hope everyone is OK" read as if a group,
    read39); not a bystander ("smoke coming from the cash machine on High Street")."""
    return bool(_FIRST_PERSON.search(text)) and not _OTHERS.search(text)


def hurt_one(text: str) -> str | None:
    """The family member a post names hurt ("my son fainted" -> "son", "collapsed onto my 4 year old" -> "little
    one"), or None."""
    for m in _HURT_ONE.finditer(text):
        if _UNHURT.match(text, m.end()):
            continue
        who = m.group(1).lower()
        later = _HURT_LATER.search(text, m.end(), m.end() + 200)
        if later and not ({"her": _HE, "she": _HE, "his": _SHE, "he": _SHE}[later.group(1).lower()] & {who}):
            pass  # "my son ... his lips are swelling"; a "her" names no son
        elif not (_HURT_AFTER.match(text, m.end()) or _HURT_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            continue
        # (no number of theirs in a draft: the facts guard keeps a source's numbers only)
        return "little one" if who[0].isdigit() else who
    return None


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
    variety: str = ""  # "es-ES" / "es-419", "pt-BR" / "pt-PT": the bank's phrases of the other variety are passed over
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
    sent_after_loss: bool = False  # ... and a reminder for the one who died came after it: sorry for it, and no more
    hardship: bool = False  # cannot pay, a job lost, no heating: sorry, warm and plain; no "we hear you loud and clear"
    emergency: bool = False  # someone is hurt or unwell now (a reaction, a crash): call the emergency services first
    no_signal: bool = False  # ... and the customer cannot get through to them ("it says no service"): how to, first
    broken_down: bool = False  # on a motorway, at night: out on the side away from the traffic, behind the barrier
    pet: str | None = None  # the animal in danger now ("labrador"): a vet, now
    pet_ate: bool = False  # ... and it ate what it shouldn't ("a whole bar of dark chocolate"): no home remedy
    missing_child: bool = False  # a child missing now: the staff on site and the emergency services, first
    threat_now: bool = False  # held, threatened or assaulted by someone beside them: the emergency services, somewhere safe
    face_swelling: bool = False  # a swollen face closing an eye or making it hard to swallow: urgent care now
    seizure: bool = False  # a seizure now: no holding down, nothing in the mouth
    burn: bool = False  # a burn now: cool running water first
    stroke: bool = False  # a stroke's signs now: the emergency services told so, the time noted
    electric_shock: bool = False  # an electric shock: nobody touches them until the power is off
    help_called: bool = False  # the emergency services already called or on their way: what to do until they come
    on_site: bool = False  # a numbered room or cabin, reception not answering: the brand sends its people there
    held: bool = False  # a driver who won't stop or let them out: the emergency services and their live location
    at_door: bool = False  # someone at their door now who won't go: the emergency services, the door kept locked
    intruder: bool = False  # a stranger inside their place now: the emergency services, nobody confronted
    allergic: bool = False  # an allergic reaction under way: the emergency services plainly, an adrenaline pen
    assaulted: bool = False  # a sexual assault told of: belief and support, the police when they are ready
    dosed_wrong: bool = False  # the wrong medicine or dose given, to a person or an animal: taken to the right team
    animal: str | None = None  # ... the animal it was given to, in care or not ("cat"): "we hope your cat is OK"
    swallowed: bool = False  # a child in the medicine, a button battery: the emergency services now, even if they seem fine
    cold_chain: bool = False  # a medicine kept cold that came warm (insulin): not to be used; keep to the supply they have
    sewage_or_main: str = ""  # "sewage" in a garden, a burst "main" on a road: keep away (and children), don't drive through;
    # a "leak" going through to the flat below: the water off at the stopcock, clear of the electrics
    crisis: bool = False  # someone said they will take their own life: the emergency services, a report, our safety team
    own_crisis: bool = False  # ... the customer themselves ("I don't see the point in anything anymore"): a crisis line
    sent_to_scammer: bool = False  # money sent by transfer to an impostor, a romance or a buyer: no card to block
    trade_scam: bool = False  # a buyer or seller asks for gift cards, a code or a cash machine: a scam, nothing more sent
    romance_scam: str = ""  # "ask": someone met online asks them for money (don't send it); "sent": it went (the bank now)
    diluted_feed: bool = False  # a baby's formula watered down to make it last: not safe; help to get formula
    threatened: bool = False  # threatened, harassed or sent sexual messages: report, block, keep it, the police
    preyed: bool = False  # followed, filmed or groped where they were: the police if in danger, our staff there act
    phishing: bool = False  # "got a text with a link, is this you?": don't click, we never ask for a PIN
    gave_card: bool = False  # ... and they already typed their card into it: their bank now
    impersonation: str = ""  # someone posing as us asks for money or card details: "ask" (don't pay), "paid" (bank now)
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
    def humiliated(self) -> bool:  # made to feel less for who they are: "nobody should be made to feel this way"
        return humiliated(self.post_text)

    @functools.cached_property
    def ashamed(self) -> bool:  # ashamed of themselves, afraid to be judged: reassurance, never "frustrating"
        return bool(_ASHAMED.search(self.post_text))

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


# humiliated, or treated differently for who they are, said by the writer of us ("rejects me every single time because
# I'm trans ... honestly humiliating", read39); not an accessibility question ("because I'm deaf, can I book by
# email?"), praise ("Since I transitioned ... thank you"), another place's doing, nor "discriminate between real mail
# and junk"
_HUMILIATED = re.compile(
    r"\b(?:(?:is|was|it'?s|so|honestly|absolutely|utterly|deeply|really|felt|feel|feeling|made me feel|left me) (?:\w+ )?"
    r"humiliat\w*|(?:refus\w*|reject\w*|turned (?:me )?away|treated|told me|ignored|laughed at|banned|declin\w*|won'?t serve)"
    r"\b[^.!?]{0,80}?\bbecause (?:i'?m|i am|of my)\b|(?:racis[tm]|sexis[tm]|homophob\w*|transphob\w*|ableis[tm]|"
    r"discriminat\w*|misgender\w*|deadnam\w*)\w*\b[^.!?]{0,60}?\b(?:me|towards me|against me|to me)\b|"
    r"\b(?:on|at|against|towards|to) me\b[^.!?]{0,60}?\b(?:racis[tm]|sexis[tm]|homophob\w*|transphob\w*|discriminat\w*)|"
    # "he sent me paragraphs of racist abuse", "said he 'doesn't do jobs for people like you two'" (read39's re-grade)
    r"\b(?:sent|sends|gave|called|calling) me\b[^.!?]{0,60}?\b(?:racis[tm]|sexis[tm]|homophob|transphob)\w*|"
    r"\bsaid\b[^.!?]{0,40}?\bpeople like (?:you|us|me)\b|"
    # "laughed at her accent and told her to come back 'with someone who can speak proper English'"
    r"\blaughed at (?:my|her|his|our|their) (?:accent|english|name|weight|disability|wheelchair|hijab|skin)\b|"
    r"\bspeak proper english\b)",
    re.I)
_NOT_OURS = re.compile(r"\b(?:another|other|previous|last|old) (?:dentist|practice|shop|company|place|app|bank|store)\b|"
                       r"\bthank|\b(?:lol|haha\w*|as a joke)\b", re.I)


def humiliated(text: str) -> bool:
    """Whether the post says its writer was humiliated by us, or treated differently for who they are."""
    return bool(_HUMILIATED.search(text)) and not _NOT_OURS.search(text)


# ashamed of themselves or afraid of being judged ("I'm so ashamed of my teeth ... if anyone would judge me", read39);
# not "I used to be so ashamed of my teeth, thank you", "who are you to judge me?", "entries being judged today"
_ASHAMED = re.compile(r"\b(?:i'?m|i am|i feel|i'?ve always been|i get) (?:so |really |very |too |deeply )?(?:ashamed|"
                      r"embarrassed) (?:of|about|by) (?:my|how my) (?:teeth|smile|body|weight|skin|face|hair|debts?)\b|"
                      r"\b(?:scared|afraid|frightened|terrified|worried|nervous|if anyone|in case|that you'?(?:ll|d)) "
                      r"[^.!?]{0,40}?(?:would|will|might|'ll|'d) judge me\b", re.I)


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
        language=lang, variety=variety_of(lang, post_text), brand=brand, post_text=post_text,
        titled=any(_TITLE.fullmatch(w) for w in (signed or author or "").split()[:1]),
        # an English letter signed with a full name and no title ("Yours faithfully, Margaret Holloway", read33):
        # "Dear Margaret Holloway,", not "Hi Margaret."
        salutation=_salutation(signed or author) or (_full_name(author, post_text) if letter and lang == "en" else None))


def _full_name(author: str | None, post_text: str) -> str | None:
    """The author's first name and surname, when the post is signed with them."""
    words = (author or "").split()
    if len(words) not in (2, 3) or not all(re.fullmatch(r"[A-Z][a-z'-]+", w) for w in words):
        return None
    return " ".join(words) if post_text.rstrip(" .!").endswith(words[-1]) else None


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


_LETTER = re.compile(r"^\W*(?:dear\b|to whom it may concern)|\b(?:yours (?:faithfully|sincerely|truly)|kind regards|"
                     r"i am writing to|i would be grateful|i wish to|"
                     # "To Tandemly Ltd. Formal notice: under Article 17 UK GDPR I require ..." (read35)
                     r"formal notice|i (?:hereby )?require|^\W*to \w+(?: \w+)? (?:ltd|limited|plc|inc|llc)\b|"
                     # the same letter in the other languages: "Estimados señores", "Prezados", "Sehr geehrte"
                     r"estimad[oa]s? (?:señor|señora|señores|sres)|muy señor(?:es)? m[íi]os?|atentamente|prezad[oa]s?|"
                     r"atenciosamente|sehr geehrte|mit freundlichen gr[üu](?:ß|ss)en|egregi|gentile signor\w*|"
                     r"distinti saluti|madame, monsieur|monsieur, madame|veuillez agr[ée]er|"
                     # "Les escribo para solicitar", "Je vous écris", "Quedo a la espera de su respuesta"
                     r"les? escribo|je vous [ée]cris|vi scrivo|ich schreibe ihnen|venho por este meio|quedo a la espera|"
                     r"cordialement|cordiali saluti|gentili signori)\b", re.I)

# the customer already wrote in private ("I DMed you yesterday"): asking for a DM again is the runaround
ALREADY_PRIVATE = re.compile(
    r"\b(?:(?:e-?mailed|messaged|wrote to|contacted) (?:you|u|your (?:support|team|customer service|help ?desk))|"
    r"i(?:'ve| have)? (?:already )?(?:dm'?e?d|pm'?e?d|messaged (?:you|u)|sent (?:you|u) (?:a |an )?(?:dm|pm|"
    r"private message|message|e-?mail)|sent (?:a |an )?(?:dm|pm|private message))|already (?:dm'?e?d|sent (?:you|u))|"
    r"check (?:your|ur) (?:dms?|inbox)|in (?:your|ur) dms?|\bsent (?:you|u) (?:a |an )?(?:dm|pm|private message)\b|"
    # "Nobody has replied to my DMs", "my emails go unanswered"
    r"(?:repl(?:ied|y|ies)|respon(?:ded|se|ds?)|answer(?:ed|s)?) to (?:my |our )?(?:dms?|pms?|messages|e-?mails)\b|"
    r"(?:replied|responded|answered|looked at|read|answers|replies to|responds to|reads) (?:my|our) (?:dms?|pms?|"
    r"messages|e-?mails)\b|"
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
# a request for help, even one that ends with "thanks" (which reads positive): a holding reply says who acts next
_ASKS_FOR_HELP = re.compile(r"\?|\b(?:please help|help me|help pls|can you|could you|i want to|i need|i'd like to|"
                            r"call me|ring me|contact me|email me|text me|"
                            r"please (?:update|change|cancel|send|check|fix|confirm|refund|look|sort|call|contact|"
                            r"advise|remove|add|replace|resend|reset)|"
                            r"how (?:do|can) i|ayuda|ayúdame|aidez|helfen sie|aiutatemi|ajuda)\b", re.I)


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


# Spanish of the Americas: "ustedes", "chofer", "celular", "carro", "ahorita", "vos sos", "pesos", "CDMX"; of Spain: "vosotros",
# "os", "móvil", "coche", "vale", "tío", "euros", "Bizum"
_ES_AMERICAS = re.compile(r"\b(?:ustedes|chofer|celular|carro|manejar|manejando|platicar|ahorita|computadora|pesos|cuadras|"
                          r"colectivo|remis|subte|boludo|che|wey|g[üu]ey|pinche|chamba|plata|ac[áa]|all[áa]|vos|sos|ten[ée]s|"
                          r"pod[ée]s|quer[ée]s|sab[ée]s|mandame|decime|fijate|cdmx|m[ée]xico|buenos aires|bogot[áa]|"
                          r"medell[íi]n|lima|santiago|quito|caracas|montevideo|guadalajara|monterrey|oxxo|spei|nequi|yape|"
                          r"mercado ?pago|departamento|lindo|linda|jugo|boleto|ustedes)\b", re.I)
_ES_SPAIN = re.compile(r"\b(?:vosotr[oa]s|vuestr[oa]s?|os|m[óo]vil|coche|vale|t[íi][oa]|guay|ordenador|euros?|bizum|madrid|"
                       r"barcelona|valencia|sevilla|bilbao|renfe|cercan[íi]as|est[áa]is|ten[ée]is|pod[ée]is|sois|quer[ée]is|"
                       r"hab[ée]is|pisos?|zumo|billete)\b|€", re.I)


def variety_of(language: str, post_text: str) -> str:
    """The variety a Spanish or Portuguese post is written in, by its words (the bank's defaults, Spain's and
    Brazil's, when it says nothing either way); "" for other languages."""
    if language == "es":
        return "es-419" if len(_ES_AMERICAS.findall(post_text)) > len(_ES_SPAIN.findall(post_text)) else "es-ES"
    if language == "pt":
        return "pt-PT" if len(_PT_EUROPEAN.findall(post_text)) > len(_PT_BRAZILIAN.findall(post_text)) else "pt-BR"
    return ""


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
    text = guards.without_links(post_text)
    for m in _STAFF.finditer(text):
        group = next(i for i, g in enumerate(m.groups(), 1) if g)
        name = m.group(group)
        if name not in _NOT_SIGNED and name.lower() not in _NOT_STAFF and name.lower() not in brand_words:
            # both of a pair: "Massive thank you to Dev and Kofi from Packwell" (read39: Kofi went unthanked)
            pair = _AND_NAME.match(text, m.end(group))
            other = pair.group(1) if pair and pair.group(1).lower() not in _NOT_STAFF | brand_words else None
            return f"{name} and {other}" if other and other not in _NOT_SIGNED else name
    return None


_AND_NAME = re.compile(r"\s+(?:and|&)\s+([A-Z][a-z]{2,15})\b")


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
