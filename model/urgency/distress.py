"""Situations of danger and distress that decide what a reply must say first: the emergency services, a crisis
line, leaving the house, not taking a medicine.
"""

from __future__ import annotations

import functools
import re

from model.urgency.fraud import HARDSHIP
from model.urgency.harm import (
    ACUTE,
    AFRAID_WORDS,
    ALLERGEN_SENT,
    APPLIANCE,
    ASSAULT_NOW,
    BEREAVED,
    BURST_MAIN,
    CABIN_DEFECT,
    CARBON_MONOXIDE_WORDS,
    CHOKE_SCARE,
    CO_DANGER,
    CRASHED,
    CUT_OFF,
    DILUTED_FEED,
    DISPENSED,
    DOOR_FEAR,
    DOOR_NOW,
    DOOR_VISIT,
    DOWN,
    FACE_SWELLING,
    FALL,
    FELL_ON,
    FLOODING,
    FOLLOWED_FEAR,
    FOLLOWED_NOW,
    GAS_SPARKS,
    HEART,
    IN_FOOD,
    INTRUDER_NOW,
    INTRUDER_VISIT,
    LEAK,
    MEDICAL,
    MEDICINE_TAKEN,
    MISSING_CHILD,
    NEAR_MISS,
    NO_WAY_TO_CALL,
    OWN_CRISIS,
    PET,
    PET_EN,
    PET_IN_DANGER,
    PET_OTHER,
    PET_PAST,
    POISONED,
    PREYED,
    SELF_HARM,
    SEWAGE,
    STALKED,
    STILL_AFTER_CRASH,
    SWALLOWED_MEDS,
    SWELLING_PAST,
    TRAPPED,
    UNWELL_NOW,
)
from model.urgency.harm_told import SHOCK_FROM
from model.urgency.other_languages import held_by_driver, plain, situations_in, told
from model.urgency.text import nearby, straight_apostrophes

CARBON_MONOXIDE = re.compile(rf"\b(?:{CARBON_MONOXIDE_WORDS})\b", re.I)
# afraid for their safety now ("I'm scared to go home"): the police, now
AFRAID = re.compile(rf"\b(?:{AFRAID_WORDS}|unsafe|in danger|(?:don'?t|do not) feel safe)\b", re.I)

# A danger that calls for safety advice before anything else in a reply: narrower than the safety reason ("hurt",
# "hospital" raise urgency, but "leave the area" would be absurd advice for them).
_DANGER = re.compile(rf"\b(?:{GAS_SPARKS}|{CO_DANGER}|(?:on|caught) fire|smoke (?:is )?(?:coming|pouring)|"
                     rf"smoking|{APPLIANCE} (?:exploded|caught fire|is smoking|melted)|{FLOODING})\b", re.I)  # FLOODING holds water on the electrics


# Someone hurt or unwell right now: the reply says to call the emergency services before anything else
_EMERGENCY = re.compile(r"\b(?:(?:lips?|tongue|throat|mouth) (?:is |are |has |have |keeps? |started |starting )?(?:\w+ )?"
                        r"(?:swell\w*|swollen|closing|tight\w*)|having (?:an? )?(?:allergic )?reaction|anaphyla\w*|"
                        r"(?:can'?t|cannot|struggling to|hard to) breath\w*|difficulty breathing|bleeding(?! (?:a bit|a little|slightly|un po|un poco|un peu|ein bisschen|etwas|um pouco|un pochino))|unconscious|"
                        r"not breathing|(?:has |had |just )?collapsed|"
                        # an allergen eaten and the medicine already taken: a reaction under way
                        rf"{MEDICINE_TAKEN}|{FALL}|{NO_WAY_TO_CALL}|{SELF_HARM}|(?:having|had|has) a seizure|heart attack|"
                        rf"{HEART}|{ACUTE}|{TRAPPED}|"
                        r"cardiac arrest|(?<!nearly )(?<!almost )(?:got|been|was|were|just|being) (?!nearly |almost )(?:\w+ )?(?:hit|"
                        r"knocked (?:down|over)|run over) by|"
                        rf"{CRASHED}|{DOWN}|{STILL_AFTER_CRASH}|{SWALLOWED_MEDS}|"
                        r"choking(?! on (?:the |my |your |those )?(?:price|cost|bill|fees?|laughter|tea|coffee))|"
                        r"electrocuted|fainted|"
                        # in the other languages the brands hear from
                        r"(?<!casi me )(?<!casi )desmay\w*|(?<!quase )desmai\w*|svenut[oa]|[ée]vanoui\w*|(?:fait|faire|fera) un malaise|zusammengebrochen|bewusstlos|"
                        r"ohnm[äa]chtig|flauwgevallen|zemdla\w*|"
                        # (not "ogni tanto sanguina un po' quando mangia", a wobbly milk tooth: read39's re-grade)
                        r"(?:sangr(?:a|ando)|blutet|saigne\w*|sanguin\w*)(?! (?:a bit|a little|slightly|un po|un poco|un peu|ein bisschen|etwas|um pouco|un pochino))|"
                        r"reacci[óo]n al[ée]rgica|r[ée]action allergique|allergische reaktion|reazione allergica|"
                        r"rea[cç][ãa]o al[ée]rgica|(?:no (?:puede|puedo)|ne (?:peut|peux) (?:plus )?|kann nicht|"
                        r"non riesce a|n[ãa]o consegue) (?:\S+ )?(?:respirar|respirer|atmen|respirare))\b", re.I)


_DEPENDS = re.compile(nearby(MEDICAL, CUT_OFF, 120), re.I)
_UNWELL_NOW_RX = re.compile(UNWELL_NOW, re.I)
# a medicine (not a machine) that has not come and is running out: "epilepsy meds haven't arrived and he took his last
# dose this morning" (a care lead's read, eleventh session)
_MEDS_RUNNING_OUT = re.compile(nearby(r"\b(?:insulin|meds|medication|medicine|tablets|pills|inhalers?|prescription|insulina)\b",
                                     r"(?:hasn'?t|haven'?t|has not|have not|not|never) (?:yet )?(?:arrived|come|been delivered)|"
                                     r"run(?:ning)? out|last (?:dose|one|pen|tablet|pill)|only (?:got|have) \d+ left|none left",
                                     100), re.I)
_MACHINE = re.compile(r"oxygen|ventilator|dialysis|life support|pump|cpap|nebuli[sz]er|beatmung|sauerstoff|respirador|"
                      r"respirateur|respiratore", re.I)


@straight_apostrophes
def names_meds_running_out(text: str) -> bool:
    """Whether a medicine that has not come is running out, with no one unwell yet: a pharmacy's emergency supply first,
    the emergency services if anyone becomes unwell."""
    return bool(_MEDS_RUNNING_OUT.search(text)) and not (_EMERGENCY.search(text) or _UNWELL_NOW_RX.search(text)
                                                          or _MACHINE.search(text))


_NO_WAY_TO_CALL_RX = re.compile(NO_WAY_TO_CALL, re.I)
_SELF_HARM_RX = re.compile(SELF_HARM, re.I)
_OWN_CRISIS_RX = re.compile(OWN_CRISIS, re.I)
# what makes a crisis phrase a figure of speech: a joke, or a complaint's object in the same sentence ("I want to die, my
# flight got cancelled again", "je veux mourir de rire")
# (an eye-roll or an upside-down face too: "tres horas al teléfono con el servicio técnico, me quiero morir 🙄")
_NOT_A_CRISIS = re.compile(r"\b(?:lol|lmao|haha\w*|jaja\w*|kkk+|rofl)\b|😂|🤣|💀|🙄|🙃|\bde rire\b|\bdal ridere\b|"
                           r"\b(?:flight|order|parcel|delivery|claim|booking|wifi|internet|queue|bill|refund|update|"
                           r"company|airline|service|app|game|team|match|exam|traffic|train|bus|hold)\b", re.I)
# someone else, named before the phrase: "my son is feeling suicidal", "my daughter keeps saying she wants to end it all"
_SOMEONE_ELSE = re.compile(r"\b(?:my|our) (?:\w+ )?(?:son|daughter|child|kid|mum|mom|mother|dad|father|wife|husband|partner|"
                           r"brother|sister|friend|mate|boyfriend|girlfriend|player|student|customer)\b|\b(?:he|she)\b", re.I)


@straight_apostrophes
def names_no_way_to_call(text: str) -> bool:
    """Whether the customer cannot reach the emergency services ("it says no service"): how to get through first."""
    return bool(_NO_WAY_TO_CALL_RX.search(text))


_HARDSHIP_RX = re.compile(HARDSHIP, re.I)
_SEWAGE_RX, _BURST_MAIN_RX, _LEAK_RX = re.compile(SEWAGE, re.I), re.compile(BURST_MAIN, re.I), re.compile(LEAK, re.I)


@straight_apostrophes
def names_sewage_or_main(text: str) -> str:
    """"sewage" or "main" when raw sewage comes up where people are or a burst main floods a road, "leak" when a leak
    at home goes through to the flat below or the electrics ("" otherwise)."""
    return ("sewage" if _SEWAGE_RX.search(text) else "main" if _BURST_MAIN_RX.search(text)
            else "leak" if _LEAK_RX.search(text) else "")


_DILUTED_FEED_RX = re.compile(DILUTED_FEED, re.I)


@straight_apostrophes
def names_diluted_feed(text: str) -> bool:
    """Whether a baby's formula is watered down to make it last: not safe, and help to get formula comes first."""
    return bool(_DILUTED_FEED_RX.search(text))


@straight_apostrophes
def names_hardship(text: str) -> bool:
    """Whether the customer cannot pay (a job lost, a bill they cannot cover): no cheer, and their finances go private."""
    return bool(_HARDSHIP_RX.search(text))


_DISPENSED_RX = re.compile(DISPENSED, re.I)


@straight_apostrophes
def names_wrong_medicine(text: str) -> bool:
    """Whether the pharmacy gave the wrong medicine or strength: "don't take any more of it" comes first."""
    return bool(_DISPENSED_RX.search(text))


@straight_apostrophes
def names_self_harm(text: str) -> bool:
    """Whether someone (another person, or the customer) has said they will take their own life: the emergency
    services first."""
    return bool(_SELF_HARM_RX.search(text)) or crisis_said(text) is not None


# "I don't see the point anymore" is a crisis beside a loss they cannot bear ("I put my whole redundancy into crypto
# ... it's gone. I can't tell my wife", read36), a customer leaving otherwise ("Third price rise. I don't see the point
# anymore. Cancelling my Plus")
_NO_POINT = re.compile(r"(?:don'?t|do not|can'?t|cannot) see (?:the|any) point any ?more\b(?! (?:of|in|paying|using))", re.I)
# ... and "I can't keep going like this" beside a loss and a second word of despair ("I spent my rent money on these
# tickets ... I don't know what to do anymore, I can't keep going like this", read37); not "Can't pay my rent because my
# salary is stuck in your bank. I can't go on like this, sort it out!"
_CANT_GO_ON = re.compile(r"(?:can'?t|cannot) (?:keep going|go on|carry on|keep living) like this\b", re.I)
_AT_A_LOSS = re.compile(r"(?:don'?t|do not) know what (?:to do|i'?m going to do|else to do) any ?more|no way out|"
                        r"(?:can'?t|cannot) cope any ?more|at breaking point|(?:want|going) to give up\b", re.I)
_LOSS = re.compile(r"\bcan'?t tell (?:my|anyone)|\b(?:it'?s|it is|they'?re|everything'?s) (?:all )?gone\b|lost everything|"
                   r"everything (?:i|we) (?:had|saved)|(?:all|whole|entire) (?:my |our )?(?:savings|redundancy|pension)|"
                   r"life savings|\brent money\b|(?:can'?t|cannot) (?:pay|afford) (?:my |the |our )?rent\b", re.I)


@functools.lru_cache(maxsize=4096)  # (the reasons, the emergency, the crisis and its owner all ask of one post)
def crisis_said(text: str) -> bool | None:
    """None when no sentence says a wish to die in earnest; else whether the customer said it of themselves."""
    if told := situations_in(text) & {"crisis", "crisis_other"}:
        return "crisis" in told
    sentences = re.split(r"(?<=[.!?\n])\s+", text)
    if _LOSS.search(text) and (any(_NO_POINT.search(s) and not _NOT_A_CRISIS.search(s) for s in sentences)
                               or _CANT_GO_ON.search(text) and _AT_A_LOSS.search(text)):
        return True
    for sentence in sentences:
        m = _OWN_CRISIS_RX.search(sentence)
        if m and not _NOT_A_CRISIS.search(sentence):
            # (someone named before it, and no "I" between: "my son is feeling suicidal"; but "after she left me I don't
            # see the point in anything" is the customer's own)
            other = list(_SOMEONE_ELSE.finditer(sentence, 0, m.start()))
            return not (other and not re.search(r"\bi\b|\bi'", sentence[other[-1].end():m.start()], re.I)
                        and not re.search(r"\b(?:my|i)\b", m.group(), re.I))
    return None


@straight_apostrophes
def names_own_crisis(text: str) -> bool:
    """Whether the customer says they want to die themselves: a crisis line and the emergency services, warmly."""
    return bool(crisis_said(text))


_PET_IN_DANGER_RX = re.compile(PET_IN_DANGER, re.I)
_ASSAULT_NOW_RX = re.compile(ASSAULT_NOW, re.I)


_SEIZURE_RX = re.compile(r"\b(?:having (?:a )?(?:seizure|fit)|(?:is|she'?s|he'?s) (?:fitting|seizing)|convuls\w*|epileptic fit)\b",
                         re.I)
_BURN_RX = re.compile(r"\b(?:(?:bad|serious|nasty|severe|deep) burns?|scalded|(?:burnt|burned) (?:his|her|my|their|the baby'?s?|"
                      r"(?:him|her|my|them)sel(?:f|ves)|a) (?:\w+ )?(?:hand|arm|leg|face|chest|foot|fingers?|neck|back))\b", re.I)


@straight_apostrophes
def names_seizure(text: str) -> bool:
    """Whether someone is having a seizure now: no holding down, nothing in the mouth, on their side after."""
    return told(_SEIZURE_RX, text, "seizure")


@straight_apostrophes
def names_burn(text: str) -> bool:
    """Whether someone has a burn now: cool running water for twenty minutes before anything else."""
    return told(_BURN_RX, text, "burn")


_HELD_IN_VEHICLE = re.compile(r"\b(?:driver|cabbie|he|she)\b(?: \w+){0,6}? (?:won'?t|will not|refus\w* to|wouldn'?t|isn'?t|is not) "
                              r"(?:let (?:me|us) (?:out|off|get out)|stop(?:ping)?)\b|\b(?:driver|he|she) (?:has )?(?:locked|"
                              r"child-?locked) (?:the doors|me in|us in)", re.I)


@straight_apostrophes
def names_held_in_vehicle(text: str) -> bool:
    """Whether a driver will not stop or let the customer out now: the emergency services and their live location,
    not "get somewhere safe" (they cannot) nor "keep your door locked"."""
    return bool(_HELD_IN_VEHICLE.search(text)) or held_by_driver(text)


@straight_apostrophes
def names_assault_now(text: str) -> bool:
    """Whether someone is being held or assaulted by a person beside them now ("the driver keeps touching my knee and
    won't let me out"): the emergency services first, never a DM request."""
    return (bool(_ASSAULT_NOW_RX.search(text)) or names_door_now(text) or names_intruder_now(text)
            or names_followed_now(text) or "assault_now" in situations_in(text))
_MISSING_CHILD_RX = re.compile(MISSING_CHILD, re.I)


# ... one that ate or drank something it shouldn't (not one hit by a car): no salt water, no home remedy (read37)
_ATE = re.compile(r"\b(?:ate|eaten|eating|got into|swallowed|chewed|licked|drank|gefressen|getrunken|comi[óo]|comido|"
                  r"comeu|mang[ée]|aval[ée]|mangiato|ingoiato|ingerido|ingeri[óo]|tragado)\b", re.I)


# a reminder, an offer or a bill sent after the death ("today I got a text from you saying she's due her booster and to
# book now", read37): sorry for it, and no more; not the letter they needed ("got a letter asking for the death
# certificate")
_MESSAGE_GOT = re.compile(r"\b(?:got|received|receive|get|getting|keep getting|still getting|sent (?:me|us)|you(?:'ve| have)? "
                          r"sent|you keep sending|you still send)\b[^.!?]{0,40}?\b(?:texts?|e-?mails?|letters?|reminders?|"
                          r"messages?|calls?|bills?|offers?|newsletters?|cards?|mailings?)\b", re.I)
_BEREAVED_RX = re.compile(rf"\b(?:{BEREAVED})")
_ABOUT_THE_DEAD = re.compile(r"\b(?:reminders?|booster|vaccinations?|check-?up|birthday|offers?|marketing|newsletters?|"
                             r"promotions?|renewal|due|book now|addressed to|in (?:his|her|their) name|for (?:him|her))\b", re.I)


@straight_apostrophes
def names_sent_after_loss(text: str) -> bool:
    """Whether a bereaved customer got a reminder, an offer or a bill meant for the one who died: an apology for it."""
    return bool(_BEREAVED_RX.search(text.lower())) and any(
        _MESSAGE_GOT.search(s) and _ABOUT_THE_DEAD.search(s) for s in re.split(r"(?<=[.!?])\s+", text))


@straight_apostrophes
def names_pet_ate(text: str) -> bool:
    """Whether an animal in danger now ate or drank what it shouldn't ("my lab just ate a whole bar of chocolate")."""
    return bool(pet_in_danger(text) and _ATE.search(text))


@straight_apostrophes
def pet_in_danger(text: str) -> str | None:
    """The animal a post names in danger now ("my labrador just got into the rat poison" -> "labrador"), or None: a
    vet, now, is the first thing to say (not the emergency services, which are for people)."""
    m = _PET_IN_DANGER_RX.search(text)
    if not m or PET_PAST.search(text):
        return None
    word = re.search(rf"\b(?:{PET})\b", m.group(), re.I)
    return word.group().lower() if word else None


# (English pet words after "my", the others after their own possessives: "my chat" is a conversation)
_OWN_PET = re.compile(rf"\b(?:(?:my|our) (?:\w+ )?(?:{PET_EN})|(?:mi|mon|ma|mein\w*|il mio|la mia|o meu|a minha|meu|minha) "
                      rf"(?:\w+ )?(?:{PET_OTHER}))\b", re.I)
_VET = re.compile(r"\bvet(?:s|'s)?\b|veterin\w*|tierarzt\w*|tierklinik", re.I)
_DISPENSED_SENTENCE = re.compile(rf"[^.!?\n]*(?:{DISPENSED})[^.!?\n]*", re.I)
# an animal already with a vet: "I'm at the emergency vet now" (read37); not "I'm at the vets and they've turned us away"
# "we're now at", "she's still in": where someone already is (the hospital, the emergency vet)
_THERE_NOW = (r"(?:we'?re|i'?m|she'?s|he'?s|they'?re|we are|i am|she is|he is|they are) (?:(?:now|still|currently|sat|"
              r"sitting|waiting|all) ){0,2}")
_PET_IN_CARE = re.compile(rf"\b{_THERE_NOW}at the (?:emergency |out[- ]of[- ]hours |24[- ]?(?:hour|7) )?vet(?:'?s)?\b"
                          r"(?![^.!?]{0,60}\b(?:shut|closed|turned (?:us |me |him |her )?away|won'?t see|refused|"
                          r"sent us away))", re.I)


_PREYED_RX = re.compile(PREYED, re.I)


@straight_apostrophes
def names_preyed(text: str) -> bool:
    """Whether someone followed, filmed or groped the customer where they were (a gym, a shop, a ride): the police
    if in danger, and the brand's staff there act; the advice for online messages (block, report) is none."""
    return bool(_PREYED_RX.search(text))


_OWN_PET_EN = re.compile(rf"\b(?:my|our) (?:\w+ )?({PET_EN})\b", re.I)


def own_animal(text: str) -> str | None:
    """The customer's own animal a post names in English ("my cat" -> "cat"), or None."""
    return m.group(1).lower() if (m := _OWN_PET_EN.search(text)) else None


@straight_apostrophes
def names_dosed_animal(text: str) -> bool:
    """Whether the wrong medicine was given to an animal: the sentence saying so names the customer's own pet or a
    vet ("your vet gave my cat a 10x dose", "our vet gave Bella a 10x dose"); a pharmacist's advice is for people."""
    return any(_OWN_PET.search(s) or _VET.search(s) for s in _DISPENSED_SENTENCE.findall(text))


@straight_apostrophes
def names_pet_in_care(text: str) -> bool:
    """Whether the animal is already with a vet ("I'm at the emergency vet now"): what the brand does next is the
    reply, not "call your vet"."""
    return bool(_PET_IN_CARE.search(text))


@straight_apostrophes
def names_warm_medicine(text: str) -> bool:
    """Whether a medicine kept cold arrived warm ("my insulin pens arrived warm, the ice pack had completely melted"):
    not to be used, and never "stop taking them" (a diabetic cannot stop their insulin), read34."""
    return bool(_WARM_MEDICINE.search(text))


_WARM_MEDICINE = re.compile(nearby(r"\b(?:insulin|vaccines?|injection pens?|epi-?pens?|eye ?drops|fridge (?:items?|"
                                  r"medicines?))\b",
                                  r"\b(?:arrived|came|were|was|are|is) (?:\w+ )?(?:warm|hot|not cold|at room temperature)\b|"
                                  r"\bice ?packs? (?:\w+ )?(?:had )?(?:completely |fully |all )?(?:melted|defrosted|warm)\b|"
                                  r"\b(?:left|sat) (?:\w+ ){0,3}in the (?:sun|heat)\b", 60), re.I)


@straight_apostrophes
def names_swallowed(text: str) -> bool:
    """Whether someone swallowed medicine or a household danger ("my 3 year old ... may have swallowed some of my
    sertraline tablets"): the emergency services now, even if they seem fine (read34)."""
    return told(_SWALLOWED_RX, text, "swallowed")


_SWALLOWED_RX = re.compile(SWALLOWED_MEDS, re.I)


@straight_apostrophes
def names_missing_child(text: str) -> bool:
    """Whether a child is missing now ("my 4yo son has wandered off at the park"): the staff on site and the
    emergency services, before anything else."""
    return bool(_MISSING_CHILD_RX.search(text))


# help already called or on its way ("Ambulanz ist unterwegs", "I've called 999", "o INEM vem a caminho", "le SAMU
# arrive"): what to do until it comes, not "call the emergency services now" (the sixth to eighth blind gradings)
_SERVICE_EN = (r"(?:an? |the )?(?:ambulance|paramedics|999|911|112|000|emergency services|emergency line|police|cops|"
               r"fire (?:brigade|service|department)|firefighters|an? (?:doctor|medic))")
_HELP_CALLED_EN = re.compile(
    rf"\b(?:(?:i|we|ive|weve|someone|somebody|they|staff|he|she|my \w+)(?:'ve| have| has)?(?: (?:just|already|now))? "
    rf"(?:called|rang|rung|phoned|dialled|dialed|got|alerted) (?:for )?{_SERVICE_EN}|"
    rf"{_SERVICE_EN}(?: is| are|'s|'re)?(?: already| now)? (?:on (?:its|their|the) way|coming|here|en route|arriving|"
    r"called|been called|outside|with (?:us|him|her|them))|"
    r"(?:on (?:our|the|my) way|heading|going|driving (?:him|her|them)|taking (?:him|her|them)) to (?:a&e|the er|"
    r"(?:the )?hospital|urgent care|the emergency room))\b", re.I)
_SERVICE = (r"(?:(?:le |la |les |l'|el |los |al |a la |il |lo |i |gli |o |a |os |as |ao |pro |pra |den |die |das |"
            r"dem |der )?(?:1(?:12|18|13|15|44|92|90|93)|091|061|110|911|999|15|17|18|samu|same|inem|ambulan\w*|secours|pompiers|"
            r"bomberos|bombeiros|pompieri|vigili del fuoco|feuerwehr|policia|police|polizia|polizei|carabinieri|gendarmerie|"
            r"emergencias|emergencia|urgencias|soccorsi|notruf|notarzt|rettung(?:swagen)?|krankenwagen|sanitater|rtw))")
_HELP_CALLED = re.compile(
    # es / pt / it / fr: "ya llamé al 112", "já liguei ao 112", "ho chiamato il 118", "j'ai appelé les pompiers"
    rf"\b(?:(?:ya |ja |gia |deja )?(?:llame|hemos llamado|he llamado|han llamado|llamaron|llamamos|liguei|ligamos|"
    rf"ligaram|chamei|chamamos|chamaram|ho chiamato|abbiamo chiamato|hanno chiamato|"
    rf"(?:j'ai|on a|nous avons|ils ont|il a|elle a) (?:deja )?appele|(?:hab|habe|haben|hat)(?: \w+){{0,2}} "
    rf"(?:angerufen|gerufen|verstandigt|alarmiert|gewahlt)) (?:(?:ja |gia |deja )?(?:a |al |ao |para o |para a |a la |"
    rf"pro |pra |il |l'|le |la |les |i )?{_SERVICE})|"
    # de: "hab die Rettung gerufen", "112 angerufen"
    rf"(?:hab|habe|haben|hat|ich hab) (?:\w+ )?{_SERVICE} (?:\w+ )?(?:gerufen|angerufen|verstandigt|alarmiert|gewahlt)|"
    rf"\b(?:112|110|144) (?:angerufen|gewahlt|alarmiert)|"
    # on its way: "Notarzt ist unterwegs", "le SAMU arrive", "o INEM vem a caminho", "l'ambulanza sta arrivando"
    rf"{_SERVICE} (?:(?:is|ist|sind|est|sont|esta|estan|estao|ta|tao|sta|stanno|e|sono|vem|vai|viene|vienen|kommt|"
    r"kommen) )?(?:ya |ja |gia |deja |schon |bereits )?(?:unterwegs|auf dem weg|arrive|arrivent|en route|en chemin|"
    r"en camino|llegando|a caminho|chegando|a chegar|arrivando|in arrivo|per strada|sulla strada)|"
    # alerted: "Notarzt ist alarmiert und kommt", "Polizei ist verständigt und unterwegs", "les pompiers sont prévenus"
    rf"{_SERVICE} (?:ist|sind|est|sont|e|sono|esta|estan|foi|foram) (?:ya |ja |gia |deja |schon |bereits )?(?:alarmiert|"
    r"verstandigt|gerufen|informiert|prevenu\w*|appele\w*|avvisat\w*|chiamat\w*|avisad\w*|llamad\w*|acionad\w*|"
    r"chamad\w*)|"
    rf"{_SERVICE} (?:ist|sind|est|sont|esta|estan|e|sono|ta|tao) (?:ya |ja |gia |deja |schon |bereits )?"
    r"(?:da|la|aqui|qui|qua|hier|ici)(?=\s*(?:[.,;:!?]|$))|(?:nessuno|nadie|ninguem) [^.!?]{0,40}, l'ho chiamat[oa] io|"
    # on the way to the emergency department: "vamos a caminho das urgências", "on part aux urgences"
    r"(?:vamos|estamos|to|tou|estou|vamos) (?:a )?caminho d(?:as|a|o) (?:urgencias|emergencia|hospital|upa|"
    r"pronto[- ]socorro)|(?:vamos|estamos) (?:camino )?(?:a|al) (?:urgencias|hospital)|"
    r"(?:on (?:va|part|file)|en route) (?:aux|a l') (?:urgences|hopital)|"
    r"(?:fahren|sind auf dem weg) (?:\w+ )?(?:ins krankenhaus|in die notaufnahme)|"
    r"(?:andiamo|stiamo andando) (?:al pronto soccorso|in ospedale))\b")
# "no ambulance is coming", "should I call an ambulance", "I can't call 999"
_NOT_CALLED = re.compile(r"\b(?:no|not|never|can'?t|cannot|couldn'?t|won'?t|should (?:i|we)|do (?:i|we) need to|"
                         r"nadie|nessuno|niemand|personne|ninguem|non|nao|kein\w*|nicht)\W+(?:\w+\W+)?$", re.I)


@straight_apostrophes
def names_help_called(text: str) -> bool:
    """Whether the customer says the emergency services are already called or on their way, or they are on their way
    to the emergency department: the draft says what to do until help comes, not to call."""
    for rx, read in ((_HELP_CALLED_EN, text), (_HELP_CALLED, plain(text))):
        for m in rx.finditer(read):
            before = re.split(r"[.!?\n]", read[max(0, m.start() - 30):m.start()])[-1]  # (in its own sentence)
            if not _NOT_CALLED.search(before):
                return True
    return False


# somewhere the brand has people (a numbered room or cabin; reception or crew who don't answer; "send someone up"):
# the brand can send them now ("zimmer 218!! ... rezeption geht nicht ran. SCHICKT WEN HOCH", "cabina 4127 ... Non
# trovo nessuno dell'equipaggio")
_ON_SITE_EN = re.compile(
    r"\b(?:(?:room|cabin|suite) (?:no\.? ?|number )?\d{2,5}|(?:reception|front desk|security|the crew|staff)\b[^.!?]{0,30}?"
    r"\b(?:not answering|isn't answering|won't answer|doesn't answer|no answer|nowhere to be (?:found|seen))|(?:can't|cannot) "
    r"(?:find|reach|get hold of) (?:any |the )?(?:crew|staff|reception|security)|send (?:someone|somebody|security|help) "
    r"(?:up|now|to (?:my|our) (?:room|cabin)))\b", re.I)
_ON_SITE = re.compile(
    r"\b(?:(?:habitacion|chambre|zimmer|camera|stanza|quarto|cabina|cabine|kabine) (?:n[or]?\.? ?|numero )?\d{2,5}|"
    r"(?:reception|recepcion|rezeption|rececao|recepcao)\b[^.!?]{0,25}?(?:repond pas|ne repond|geht (?:nicht|keiner) ran|"
    r"antwortet nicht|nicht erreichbar|non risponde|non r\b|nao atende|nao responde|n\b|no contesta|no responde|no coge)|"
    r"non risponde nessuno|non trovo nessuno dell'equipaggio|no encuentro a nadie de la tripulacion|"
    r"je ne trouve personne de l'equipage|finde niemanden von der crew|nao encontro ninguem da tripulacao|"
    r"schickt (?:wen|jemanden) (?:hoch|vorbei|her)|mandate qualcuno|manden a alguien|mandad a alguien|"
    r"envoyez quelqu'un|mandem alguem)\b")


@straight_apostrophes
def names_on_site(text: str) -> bool:
    """Whether the customer is somewhere the brand has people it can send now: a numbered room or cabin, reception or
    the crew not answering, "send someone up"."""
    return bool(_ON_SITE_EN.search(text) or _ON_SITE.search(plain(text)))


# a stroke's signs, or an electric shock: each has its own first aid ("Mundwinkel hängt, spricht verwaschen, kann den
# Arm nicht heben": the emergency services told it may be a stroke, the time noted, nothing to eat or drink; a shock:
# nobody touched until the power is off). Read only to choose the advice: the danger is read elsewhere.
_STROKE_EN = re.compile(r"\b(?:(?:is having|having|has just had|just had|might be having|could be having|think (?:he|she|they)"
                        r"(?:'s| is|'re| are) having) a stroke\b(?! of)|(?:face|mouth|smile) (?:is |has )?(?:drooping|droopy|"
                        r"dropped|lopsided)|(?:speech|talking|words) (?:is |are )?(?:slurred|slurring)|slurring (?:his|her|their) "
                        r"words|can't (?:lift|raise) (?:his|her|their) (?:left |right )?arm|one side (?:of (?:his|her|their|my) "
                        r"(?:face|mouth) )?(?:is |has )?(?:sliding|drooping|dropping|dropped|fallen)|can't get (?:his|her|their) "
                        r"words out|(?:arm|leg) (?:just )?(?:flops|is floppy|went limp|has gone limp))\b", re.I)
_STROKE = re.compile(r"\b(?:ictus|derrame cerebral|avc|schlaganfall|mundwinkel hangt|(?:spricht|redet) verwaschen|"
                     r"boca (?:torcida|torta|de lado)|cara torcida|bocca storta|visage (?:deforme|de travers)|bouche de travers|"
                     r"habla arrastrando|fala(?:ndo|r)? enrolad[oa]|parla impastato|boca caida|(?:kann )?(?:den )?arm nicht (?:mehr )?heben|"
                     r"no puede (?:levantar|mover) el brazo|n'arrive (?:plus|pas) a lever (?:le|son) bras|"
                     r"non riesce (?:piu )?ad? alzare il braccio|nao consegue (?:levantar|mexer) o braco)\b")
# (slurred words after a fall or a blow to the head are the head injury's, not a stroke's)
_HEAD_INJURY = re.compile(r"\b(?:fell|fall(?:en)?|slipped|hit (?:his|her|their) head|head|se cayo|caido|resbalo|cabeza|"
                          r"tombee?|chute|glisse|tete|gesturzt|hingefallen|ausgerutscht|kopf|caduto|caduta|scivolat[oa]|testa|"
                          r"caiu|escorregou|queda|cabeca)\b", re.I)
_SHOCK_EN = re.compile(r"\b(?:electric(?:al)? shock|electrocuted|(?:got|had) (?:a )?(?:\w+ )?jolt (?:off|from)|got (?:a )?(?:\w+ )?shock (?:from|off) (?:the|your|my|a) (?:\w+ )?"
                       r"(?:socket|plug|charger|cable|wire|switch|appliance|kettle|toaster|oven|lamp|outlet|fence))\b", re.I)
_SHOCK = re.compile(r"\b(?:descarga electrica|se (?:ha )?electrocutado|se electrocuto|electrocut\w*|s'est electrocute\w*|"
                    r"stromschlag|elektrischen schlag|folgorat\w*|(?:preso|presa) (?:la|una) scossa|scossa elettrica|"
                    rf"choque eletrico|{SHOCK_FROM}|eletrocutad\w*)\b")


@straight_apostrophes
def names_stroke(text: str) -> bool:
    """Whether someone shows a stroke's signs now (a drooping face, an arm they can't lift, slurred speech), not after
    a fall or a blow to the head."""
    low = plain(text)
    return bool(_STROKE_EN.search(text) or _STROKE.search(low)) and not _HEAD_INJURY.search(low)


@straight_apostrophes
def names_electric_shock(text: str) -> bool:
    """Whether someone has had an electric shock: nobody touches them until the power is off."""
    return bool(_SHOCK_EN.search(text) or _SHOCK.search(plain(text)))


@straight_apostrophes
def names_emergency(text: str) -> bool:
    """Whether someone is hurt or unwell now (a reaction, a crash, bleeding, a child taken ill in a stuck train), or
    their home oxygen or ventilator has lost its power: call the emergency services first. An animal bleeding or
    poisoned is a vet's ("o meu cão ... está a sangrar muito": no emergency services, see ``pet_in_danger``)."""
    pet, text = bool(_PET_IN_DANGER_RX.search(text)), _PET_IN_DANGER_RX.sub(" ", text)
    return bool(_EMERGENCY.search(text) or _DEPENDS.search(text) or _UNWELL_NOW_RX.search(text)) or \
        crisis_said(text) is not None or names_face_swelling(text) or not pet and bool(situations_in(text) & {"hurt", "allergy", "attacked", "swallowed", "seizure", "burn"})


# a hazard reported for the brand to act on: a fault on board, glass in food, an allergen sent, food that made someone
# ill, a product that fell on or hurt someone (read30: "your Fern bookcase just collapsed onto my 4 year old")
_PRODUCT_HURT = re.compile(rf"\b(?:{FELL_ON}|{POISONED}|"
                           r"(?:made|making) (?:me|us|him|her|them|my \w+) (?:really |so |very )?(?:sick|ill)\b)", re.I)
_HAZARD_REPORT = re.compile(rf"{CABIN_DEFECT}|{IN_FOOD}|{ALLERGEN_SENT}|{NEAR_MISS}|{CHOKE_SCARE}", re.I)


_FACE_SWELLING_RX = re.compile(FACE_SWELLING, re.I)
_SWELLING_PAST = re.compile(SWELLING_PAST, re.I)
_PET_FACE = re.compile(rf"\b(?:my|our|the) (?:{PET_EN})'?s? (?:face|cheek|jaw|neck|eye)", re.I)
# an allergic reaction: the emergency services now, not a trip to the emergency department
_ALLERGIC = re.compile(r"\b(?:lips?|tongue|throat (?:is |feels )?(?:tight|closing|swelling)|allerg\w*|anaphyla\w*|nuts?|"
                       r"peanuts?|sting|stung|dye|serum|epipen)\b", re.I)


@straight_apostrophes
def names_face_swelling(text: str) -> bool:
    """Whether a person's swollen face is closing an eye or making it hard to swallow now (a spreading infection):
    urgent care now, whatever the practice's hours; not one that is over, nor an animal's (a vet's)."""
    return (bool(_FACE_SWELLING_RX.search(text)) and not _SWELLING_PAST.search(text) and not _PET_FACE.search(text)
            or "swelling" in situations_in(text))


@straight_apostrophes
def names_allergic(text: str) -> bool:
    """Whether a swelling reads as an allergic reaction (lips, tongue, a tight throat, a sting, nuts)."""
    return told(_ALLERGIC, text, "allergy")


# a reaction under way: lips, tongue or throat swelling or tight ("my lips and tongue are swelling up ... my throat
# feels tight", read39's re-grade): the emergency services plainly, and an adrenaline pen
_ALLERGY_NOW = re.compile(r"\b(?:lips?|tongue|throat)\b[^.!?]{0,30}?\b(?:swell\w*|swollen|tight\w*|closing)\b|allergic "
                          r"reaction|anaphyla\w*|having a reaction", re.I)


@straight_apostrophes
def names_allergy_now(text: str) -> bool:
    """Whether an allergic reaction is under way (lips, tongue or throat swelling, anaphylaxis), its adrenaline pen
    not used yet ("we had to use his EpiPen": the emergency services, no word on the pen)."""
    return bool(_ALLERGY_NOW.search(text)) and not _PEN_USED.search(text) or "allergy" in situations_in(text)


_PEN_USED = re.compile(r"\b(?:used|use|gave|given|injected|had to use) (?:his|her|my|their|the|an|our) (?:epi-?pen|adrenaline)",
                       re.I)


# a sexual assault told of ("i was sexually assaulted by someone i met on amble in march"): belief, support, the police
# when they are ready; not "assault" of a price or a joke
_SEXUAL_ASSAULT = re.compile(r"\b(?:sexually (?:assaulted|abused|attacked)|sexual (?:assault|abuse)|raped|rape)\b"
                             # (not "rape seed oil", nor "raped by the prices")
                             r"(?! ?seed)(?! by (?:the |your |those |these )?(?:price|prices|fees?|bills?|charges?|tickets?))|"
                             # said without the word: "I told him no more than once and he didn't stop" (read39's second
                             # re-grade)
                             r"\b(?:told|said) (?:him|her|them)? ?no\b[^.!?]{0,40}?\b(?:and|but) (?:he|she|they) "
                             r"(?:didn'?t|did not|wouldn'?t|would not) stop\b|\bforced (?:himself|herself|themselves) on me\b",
                             re.I)


@straight_apostrophes
def names_sexual_assault(text: str) -> bool:
    """Whether the post tells of a sexual assault or rape."""
    return told(_SEXUAL_ASSAULT, text, "assault")


_DOOR_NOW = re.compile(DOOR_NOW, re.I)
_DOOR_FEAR = re.compile(DOOR_FEAR, re.I)
_DOOR_VISIT = re.compile(DOOR_VISIT, re.I)
_INTRUDER_NOW = re.compile(INTRUDER_NOW, re.I)
_INTRUDER_VISIT = re.compile(INTRUDER_VISIT, re.I)


@straight_apostrophes
def names_door_now(text: str) -> bool:
    """Whether someone is at the customer's door now and won't go, said in fear or of a person met ("he followed me
    home. he's outside my flat now banging on the door"): the emergency services, the door kept locked."""
    if "door" in situations_in(text):
        return True
    m = _DOOR_NOW.search(text)
    if not m or not _DOOR_FEAR.search(text):
        return False
    # a visit in the sentence at the door ("he's outside my house but won't leave the parcel", "it's my husband"), not
    # "your crew had our spare keys yesterday" after it
    start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
    return not _DOOR_VISIT.search(text, start, min(ends) + 1 if ends else len(text))


_FOLLOWED_NOW = re.compile(FOLLOWED_NOW, re.I)
_FOLLOWED_FEAR = re.compile(FOLLOWED_FEAR, re.I)


@straight_apostrophes
def names_followed_now(text: str) -> bool:
    """Whether someone is following the customer where they are now, said in fear ("got on the same night bus as
    me ... sat 2 rows behind me ... what do i do"): the emergency services, somewhere safe and public."""
    return bool(_FOLLOWED_NOW.search(text)) and bool(_FOLLOWED_FEAR.search(text)) or "followed" in situations_in(text)


@straight_apostrophes
def names_intruder_now(text: str) -> bool:
    """Whether a stranger is inside the customer's place now ("theres a bloke INSIDE my unit ... hes still in
    there"): the emergency services, nobody confronted."""
    return bool(_INTRUDER_NOW.search(text)) and not _INTRUDER_VISIT.search(text) or "intruder" in situations_in(text)


@straight_apostrophes
def names_hazard_report(text: str) -> bool:
    """Whether the post reports a hazard for the brand to act on (its safety team), beyond any first aid."""
    return bool(_PRODUCT_HURT.search(text) or _HAZARD_REPORT.search(text))


# already in care: "she has a cut on her head and we're in A&E now" (read30) has no need to be told to call an
# ambulance; what the brand does next is the reply
_IN_CARE = re.compile(rf"\b(?:{_THERE_NOW}(?:in|at) (?:the |an? )?(?:a ?& ?e|a and e|er|emergency "
                      r"room|emergency department|hospital|urgent care|walk-in centre)\b(?! (?:end|side|car park|entrance))|"
                      r"(?:is|are) (?:now |still )?in (?:the )?(?:hospital|a ?& ?e)\b(?! (?:end|side))|"
                      r"paramedics (?:are )?(?:here|with (?:him|her|them|us|me))|"
                      r"(?:estamos|estoy) en (?:el hospital|urgencias)|(?:sommes|suis) (?:aux urgences|à l'h[ôo]pital)|"
                      r"(?:sind|bin) (?:in der notaufnahme|im krankenhaus)|(?:siamo|sono) (?:al pronto soccorso|in ospedale)|"
                      r"(?:estamos|estou) (?:no pronto[- ]socorro|no hospital))", re.I)
# ... unless something acute is happening now, whatever care they had before ("she's been in hospital with her allergy
# before ... she just ate some and can't breathe"): then the emergency services still come first
_ACUTE_NOW = re.compile(r"\b(?:can'?t|cannot|struggling to|unable to) breathe|not breathing|swelling|unconscious|"
                        r"choking|collapsed again|fitting|seizure|(?:no one|nobody|none of your staff) (?:is |are )?helping",
                        re.I)


@straight_apostrophes
def names_in_care(text: str) -> bool:
    """Whether the hurt person is already with a hospital or paramedics (no "call the emergency services"), and
    nothing acute is happening now."""
    return bool(_IN_CARE.search(text)) and not _ACUTE_NOW.search(text)


# Threatened or preyed on by another person (a player, a stranger): report, block, keep the evidence, the police
_THREATENED = re.compile(r"\b(?:swat(?:ted|ting)?|dox(?:x)?(?:ed|ing)?|"
                         rf"{STALKED}|"
                         r"threat\w*|harass\w*|stalk\w*|sexual (?:messages?|content|images?|photos?|pictures?|pics|texts?)|"
                         r"groom(?:ing|ed)|explicit (?:messages|images|photos|pictures|pics)|nudes?)\b", re.I)


@straight_apostrophes
def names_threat(text: str) -> bool:
    """Whether someone is threatened, harassed or sent sexual messages by another person."""
    return bool(_THREATENED.search(text))


@straight_apostrophes
def names_danger(text: str) -> bool:
    """Whether the post names a hazard (gas, fire, smoke, sparks): drafts then lead with safety advice."""
    return told(_DANGER, text, "gas")
