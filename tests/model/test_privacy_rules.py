"""Privacy rules over the trained head, table tests: the head's probability is given, the rules decide."""

from __future__ import annotations

import numpy as np
import pytest

from model.pii_context import SENSITIVE
from model.privacy import PrivacyScorer
from model.types import PiiSpan


def decide(text: str, private: float, spans: list[PiiSpan] | None = None, sentiment: str = "neutral") -> dict:
    """One post through the rules with the head saying ``private`` (threshold 0.3)."""
    probs = np.array([[1 - private, private]], dtype=np.float32)
    (out,) = PrivacyScorer(threshold=0.3).score(probs, [text], [spans or []], sentiments=[sentiment])
    return out


def span(text: str, value: str, kind: str) -> PiiSpan:
    start = text.index(value)
    return PiiSpan(type=kind, start=start, end=start + len(value), score=0.85)


# a billing matter in any tense goes to the phone, not to a DM
BILLED = [
    "@VoltMobile you've billed me for roaming in France but I was in Spain",
    "@VoltMobile I was billed twice this month for my contract",
    "@BrightwaveEnergy I've had 4 estimated bills in a row and submitted readings every month",
    "overcharged again, third month running",
]
# the head moves these; a call request with a joke marker is no call request, a real one is
CALLS = [
    ("@PlayVerseNet call me maybe? 😂 jk, just wanted to say the update fixed my lag. thanks!", False),
    ("@VoltMobile can someone call me back about my contract", True),
    ("@VoltMobile are you kidding me? call me back now, my line is dead", True),
]


@pytest.mark.parametrize("text", BILLED)
def test_billed_and_bills_are_payment_matters(text: str) -> None:
    out = decide(text, 0.8, sentiment="negative")
    assert out["move_private"] and out["channel_advice"] == "phone"


@pytest.mark.parametrize(("text", "call"), CALLS)
def test_a_call_request_in_jest_does_not_move_private(text: str, call: bool) -> None:
    out = decide(text, 0.1, sentiment="positive" if not call else "negative")  # the head alone would not move
    assert out["move_private"] is call
    assert (out["channel_advice"] == "phone") is call


def test_a_city_or_a_name_alone_is_no_personal_data_to_move() -> None:
    """LOCATION and PERSON are redacted in stored text but never force the move: only the head can."""
    assert not {"LOCATION", "PERSON"} & SENSITIVE
    text = "lol @SkyHop really said 'minor delay' and it's been 6 hrs in Dublin. minor for who exactly 🙃"
    out = decide(text, 0.2, [span(text, "Dublin", "LOCATION")], sentiment="negative")
    assert not out["move_private"] and not out["pii_in_public"] and out["score"] == pytest.approx(0.2)
    question = "@SkyHop is the lounge in Dublin open late?"
    assert not decide(question, 0.8, [span(question, "Dublin", "LOCATION")])["move_private"]


@pytest.mark.parametrize("text", [
    # the store's postcode is the brand's (the PII detector finds nothing): a general question, answered in public
    "Store on King Street Glasgow G1 5RB, what are your opening hours on bank holiday Monday?",
    "@HomeHavenStores is your store at SW1A 1AA open on Sunday?",
    # what a policy allows, asked in the customer's own words: the answer is the same for everyone
    "Does my car insurance cover me to drive in France?",
    "Is there a discount if I install a dashcam?",
    # how to do something, and what a term costs (a care lead's read, seventh session)
    "@VoltwayEnergy how do I submit a meter reading on the app?",
    "@SkylineMobile what's the early termination fee on a 24 month contract if I leave at 14 months?",
    # "EU" and "US" are places, not the Portuguese "eu" nor "us" (a probe read, tenth session)
    "@Lumatel is EU roaming included in my plan?",
    "@HomeHavenStores do you ship to the US?",
    "@HarbourviewHtl what time can I check in?",
    # a question with a clause of context before or after it (a care lead's read, eleventh session)
    "heading to Thailand next month, will I get charged for using cash machines over there with my Pennyway card?",
    "Where in the Pennyway app do I get my statements as PDFs? My accountant needs the last 6 months",
    "what time can I ring you lot until? I'd rather not use the chat",
    "Is it possible to watch Glimmer stuff offline on the train? There's no signal on my commute",
    "Can Careleaf fill a private prescription from my dentist?",
    # an "if" clause, a dash, a friend asked about, a thinking face for a question mark (a care lead's read, twelfth
    # session)
    "@Dishdash if I tip in the app does the driver actually get all of it or do you take a cut?",
    "I'm 23 - am I even allowed to hire from you or is there an age thing?",
    "can my mate come train with me on saturday or does he need to get his own membership 🤔",
    "If I paid with Klarna, can I still return it in store?",
    "@BrookwellWater what's the process for switching to a metered supply? just me in the flat now",
])
def test_a_general_question_about_a_store_stays_public(text: str) -> None:
    assert not decide(text, 0.8)["move_private"]


@pytest.mark.parametrize("text", [
    "does my order ship today? it was due yesterday",
    "Can I get my money back? You charged me twice",
    "why is my app not working?",
    "how can I stop you charging my card twice?",
    "my order is late, how do I complain?",
    "can you help us? the boiler is leaking and nobody came",
    "I've been waiting 3 weeks, how long does a refund take?",
    "I've been waiting 3 weeks. How long does a refund take?",
    "I was charged twice, will I get one of them back?",
    "if I cancel now do I get my money back for the 3 months I already paid?",
    "can my order be changed? it was meant to come today",
    # their finances (a care lead's read, twelfth session)
    "Hi, my husband has been made redundant and we honestly can't cover the water bill right now. Is there any help?",
])
def test_a_question_about_the_customers_own_case_moves_private(text: str) -> None:
    assert decide(text, 0.8, sentiment="negative")["move_private"]


def test_the_customers_own_address_still_moves_private() -> None:
    text = "Driver left my parcel in the bin again. 14 Ashgrove Road, Leeds LS6 2AB."
    out = decide(text, 0.1, [span(text, "14 Ashgrove Road, Leeds LS6 2AB", "STREET_ADDRESS")], sentiment="negative")
    assert out["move_private"] and out["pii_in_public"] and out["channel_advice"] == "dm"


def test_a_hazard_is_answered_in_public_with_safety_steps() -> None:
    assert not decide("Im Brewly am Hauptbahnhof riecht es total nach Gas, und die Leute sitzen einfach weiter drin!!",
                      0.8, sentiment="negative")["move_private"]
    text = "I can smell gas, call me on 07700 900123"
    assert decide(text, 0.8, [span(text, "07700 900123", "PHONE_NUMBER")], sentiment="negative")["move_private"]


def test_a_call_back_asked_in_german_goes_to_the_phone_and_a_phishing_question_stays_public() -> None:
    called = decide("Bitte rufen Sie mich dringend zurück, es geht um meine Versicherung.", 0.2)
    assert called["move_private"] and called["channel_advice"] == "phone"
    phishing = decide("@AshgroveIns got a text saying my policy is cancelled and to click a link to pay £12 to "
                      "reinstate. Is this really you?", 0.9)
    assert not phishing["move_private"] and phishing["channel_advice"] == "none"


def test_a_private_thread_moves_only_to_the_phone_and_shows_no_pii_in_public() -> None:
    text = "my email is ann.lee@example.com, can you check my order?"
    probs = np.array([[0.1, 0.9]], dtype=np.float32)
    spans = [span(text, "ann.lee@example.com", "EMAIL_ADDRESS")]
    (dm,) = PrivacyScorer(threshold=0.3).score(probs, [text], [spans], sentiments=["neutral"], public=[False])
    assert not dm["move_private"] and dm["channel_advice"] == "none" and not dm["pii_in_public"]
    (public,) = PrivacyScorer(threshold=0.3).score(probs, [text], [spans], sentiments=["neutral"], public=[True])
    assert public["move_private"] and public["pii_in_public"]


def test_never_call_me_again_in_german_is_no_call_request() -> None:
    assert not decide("Rufen Sie mich nie wieder an! Dritter Werbeanruf diese Woche", 0.2)["move_private"]


@pytest.mark.parametrize(("text", "call"), [
    ("potete richiamarmi? ho un problema con un addebito doppio", True),
    ("Können Sie mich bitte zurückrufen?", True),
    ("¿me pueden llamar hoy?", True),
    ("non chiamarmi più, scrivetemi", False),
    ("no me llamen, prefiero por aquí", False),
])
def test_a_call_back_asked_in_other_languages_goes_to_the_phone(text: str, call: bool) -> None:
    decided = decide(text, 0.2)
    assert (decided["channel_advice"] == "phone") is call, decided


def test_a_shoutout_that_mentions_the_account_is_praise_answered_in_public() -> None:
    """A care lead's read (thirteenth session): praise for a resale paid out was asked for a phone number."""
    praise = decide("Shoutout to @Stagepass, resale sold my tickets in 10 minutes and the money hit my account the "
                    "same day. Brilliant 👏", 0.6, sentiment="positive")
    assert not praise["move_private"] and praise["channel_advice"] == "none"
    # ... praise that still asks about the account moves as before
    assert decide("love you guys but my account got hacked", 0.6, sentiment="positive")["move_private"]


def test_a_greeting_before_the_handle_leaves_a_how_to_question_general() -> None:
    from model.privacy import general_question

    assert general_question("hey @Stagepass my mate can't make the gig but his sister wants to go, how do I give her "
                            "my spare ticket?")
    assert not general_question("hi @Brand my order never arrived, where is it?")


@pytest.mark.parametrize(("text", "general"), [
    ("@Stagepass ¿Puedo revender mis entradas si al final no puedo ir al concierto?", True),  # read30
    ("Kann ich meinen Flug umbuchen?", True),
    ("Posso portare il mio cane in hotel?", True),
    ("Mi pedido no ha llegado, ¿puedo saber dónde está?", False),  # something gone wrong
    ("Mon colis n'est jamais arrivé. Comment puis-je être remboursé ?", False),
    ("Kann ich meinen Flug umbuchen? Er wurde gestrichen.", False),
    ("Kann ich mein Geld zurückbekommen, das Paket kam beschädigt an?", False),  # their own order
    ("Puis-je être remboursé pour ma commande abîmée ?", False),
    ("Gibt es einen Grund, warum mein Paket seit 3 Wochen nicht kommt?", False),
    # the pronoun dropped (read34): "I had an accident this morning ... What do I do?" is their own case
    ("Ho avuto un incidente stamattina e l'altro conducente si rifiuta di firmare il CAI. Cosa devo fare?", False),
    ("He perdido la tarjeta, ¿qué hago?", False),
])
def test_a_question_alone_in_another_language_is_a_general_question(text: str, general: bool) -> None:
    from model.privacy import general_question

    assert general_question(text) is general


@pytest.mark.parametrize(("text", "general"), [
    # read34: whether a policy covers a trip is the same answer for everyone; a crash or a theft is their claim
    ("driving down to Spain in August, am I covered over there?", True),
    ("will my policy cover me in Spain?", True),
    ("does my policy cover accidents abroad?", True),
    ("I crashed yesterday, am I covered?", False),
    ("my car was stolen, am I covered?", False),
    # a review's variants (fifteenth session)
    ("Crashed my car last night, am I covered?", False),
    ("My wife crashed the car, am I covered?", False),
    ("Got rear-ended today, am I covered?", False),
    ("Am I covered yet? Just paid", False),
    ("Do you cover bikes that were stolen from a locked shed?", True),
    ("Is a write-off covered under third party?", True),
    ("Hemos reservado para agosto, ¿se pueden llevar perros al hotel?", True),
])
def test_whether_a_policy_covers_something_is_a_general_question(text: str, general: bool) -> None:
    from model.privacy import general_question

    assert general_question(text) is general
