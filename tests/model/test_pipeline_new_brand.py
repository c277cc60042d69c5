"""A new brand's own cases answer its customers' questions asked in other words (a probe read, tenth session): real
encoders, heads, retriever and bank over the bundled fictional brands' cases (datasets/newbrand_cases.jsonl)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from model.types import Case, Post

CASES = Path(__file__).resolve().parents[2] / "datasets" / "newbrand_cases.jsonl"


@pytest.fixture(scope="module")
def recommender(analyzer):
    from model.factory import build_recommender
    from model.retriever import CaseRetriever
    from model.samples import load_sample_cases

    rows = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [Case(id=r["id"], post=r["post"], reply=r["reply"], brand=r["brand"], language=r["language"],
                  outcome=r["outcome"], created_at=r["created_at"]) for r in rows]
    # beside the bundled sample cases, as `replywise drafts` has them
    return build_recommender(analyzer, CaseRetriever(analyzer.encoder).fit(load_sample_cases() + cases))


def _lent(recommender, text: str, brand: str) -> dict[str, str]:
    drafts = recommender.recommend(Post(text=text, brand=brand, id=text[:20]), k=3).drafts
    assert drafts
    return {s: d.text for d in drafts for s in d.sources if d.rephraser != "holding"}


@pytest.mark.slow
def test_the_same_question_in_fewer_words_gets_the_brands_answer(recommender) -> None:
    # "what time is check-in at the Brighton hotel?" was answered "Check-in is from 3pm ... at all our hotels"
    lent = _lent(recommender, "@HarbourviewHtl what time can I check in?", "Harbourview Hotels")
    assert "hbv-01" in lent and "3pm" in lent["hbv-01"], lent
    # its scriptedness is its likeness to the brand's other replies, not to the one it was rephrased from (0.97)
    drafts = recommender.recommend(Post(text="@HarbourviewHtl what time can I check in?", brand="Harbourview Hotels",
                                        id="scripted"), k=3).drafts
    assert all(d.scriptedness < 0.9 for d in drafts if "hbv-01" in d.sources), drafts


@pytest.mark.slow
def test_a_reply_naming_what_a_general_question_asks_answers_it(recommender) -> None:
    # "Going to Spain next month, will I get charged for using my data there?" got "roaming in the EU is included in
    # all our monthly plans": it answers "is EU roaming included in my plan?" too; "We do! Our SIM-only Unlimited
    # plan ... and EU roaming included" said yes to another question
    lent = _lent(recommender, "@Lumatel is EU roaming included in my plan?", "Lumatel")
    assert "lum-02" in lent and "roaming in the EU is included" in lent["lum-02"], lent
    assert "lum-20" not in lent, lent
    # ... and not roaming where the reply says nothing of it
    lent = _lent(recommender, "@Lumatel is roaming in Japan included in my plan?", "Lumatel")
    assert "lum-02" not in lent, lent


@pytest.mark.parametrize(("text", "word"), [
    ("how long have I got to send stuff back?", "return"), ("If I order today when will it turn up?", "delivery"),
    ("What do I need to bring to pick up a parcel?", "collect"), ("no movement since Tuesday at the Northby hub", "depot"),
    ("your driver dumped my bag on the doorstep", "rider"), ("still no docs a week after buying", "document"),
    ("want to close my account and get my data wiped", "delete"), ("my bank shows two payments of £18.60", "charge"),
    ("since the 4.2 update my controller is not detected", "patch"), ("can we bring our spaniel?", "dog"),
    # (fourteenth session's reads)
    ("is there any discount if you're at uni?", "student"), ("where do I stop my subscription renewing?", "cancel"),
    ("completed the UX course on Monday", "finish"), ("why is my account banned??", "suspend"),
    ("what does it cost to hire one of the e-scooters?", "unlock"), ("can we move our stay to June?", "change"),
    ("what time can we rock up?", "check"), ("how do I make an appointment for my kitten's jabs?", "vaccination"),
    ("how do I make an appointment?", "book"), ("how long to pay out an insurance claim?", "paid"),
    ("does hydra cream have any perfume in it?", "fragrance"), ("how do i stop my glow box", "cancel"),
])
def test_what_customers_call_what_a_reply_names(text: str, word: str) -> None:
    from model.same_subject import said_otherwise

    assert word in said_otherwise(text)


def test_a_pause_is_no_cancel_and_a_locked_account_no_suspension() -> None:
    from model.same_subject import said_otherwise

    assert "cancel" not in said_otherwise("how do I stop my box for a month while I'm away?")
    assert "suspend" not in said_otherwise("my account is locked after too many wrong passwords")


def test_a_reply_answers_directly_only_what_it_names() -> None:
    from model.same_subject import answers_directly

    cards = "Yes, we take Klarna, PayPal, Apple Pay and all major debit and credit cards."
    assert answers_directly(cards, "do you take paypal?", "Threadline", every=True)
    assert not answers_directly(cards, "do you take cheques?", "Threadline")
    roaming = "Good news – roaming in the EU is included in all our monthly plans."
    assert answers_directly(roaming, "@Lumatel is EU roaming included in my plan?", "Lumatel")
    assert not answers_directly(roaming, "@Lumatel is roaming in Japan included in my plan?", "Lumatel")
    assert not answers_directly(roaming, "@Lumatel my roaming isn't working in Spain, why?", "Lumatel")  # own case


@pytest.mark.slow
def test_someone_whose_medicine_runs_out_is_not_told_off_for_the_tracking_number_they_posted(recommender) -> None:
    drafts = recommender.recommend(Post(text="@Dishdash my insulin delivery has been 'in transit' for 4 days, it needs to "
                                             "be refrigerated and I have 1 day of supply left. Tracking PP482019384756. "
                                             "PLEASE help", brand="Dishdash", id="insulin"), k=3).drafts
    assert drafts and not any("personal details" in d.text or "details safe" in d.text for d in drafts), drafts


@pytest.mark.slow
def test_the_brands_answer_to_a_similar_question_is_offered_last_and_marked_for_the_agent(recommender) -> None:
    # "got a 16-25 card, is it any use for an 8am train?" asks what "does the 16-25 railcard work on peak trains before
    # 10am?" did, in other words: three holding replies had left the agent to type the terms the brand had given
    # before ("what kind of PC do I need?" got "Minimum specs: GTX 1060 ..." here until the thirteenth session: a
    # reply opening on what its own customer asked about is now offered only to a post naming it)
    post = Post(text="Quick one @RailNorthway - got a 16-25 card, is it any use for an 8am train on a weekday or is "
                     "there a catch?", brand="RailNorthway", id="similar-railcard")
    drafts = recommender.recommend(post, k=3).drafts
    marked = [d for d in drafts if d.check]
    assert len(marked) == 1 and drafts[-1] is marked[0], drafts
    assert "rn-008" in marked[0].sources and "a third off" in marked[0].text, marked
    assert "similar question" in marked[0].check and "check" in marked[0].check, marked[0].check
    assert all(d.rephraser == "holding" for d in drafts[:-1]), drafts
    assert marked[0].to_dict()["check"] == marked[0].check


@pytest.mark.slow
@pytest.mark.parametrize(("text", "brand"), [
    # a chaser is not told how to track an order, praise is thanked, an emergency gets help first
    ("@Dishdash 3rd time asking. my food is now over an hour late and the tracker hasn't moved in 20 mins",
     "Dishdash"),
    ("Renewed my @HearthCover home insurance in a minute on the app, brilliant, thank you!", "HearthCover"),
    ("@Lumatel help!! phone just lost all signal and I got a text saying my SIM had been changed. I did NOT do that",
     "Lumatel"),
])
def test_no_similar_answer_for_a_chaser_praise_or_an_emergency(recommender, text: str, brand: str) -> None:
    drafts = recommender.recommend(Post(text=text, brand=brand, id=text[:20]), k=3).drafts
    assert drafts and not any(d.check for d in drafts), [(d.text, d.check) for d in drafts]


def test_a_similar_question_loses_its_customers_asides_and_one_about_another_thing_answers_nothing() -> None:
    from model.reply_edits import without_their_asides
    from model.same_subject import asks_of_another

    reply = "Hi <NAME>, good luck with the mortgage! Go to Account > Statements and tap Download PDF. Enjoy!"
    kept = without_their_asides(reply, "Where do I download bank statements? Need them for a mortgage application",
                                "Where in the app do I get my statements as PDFs? My accountant needs them")
    assert "mortgage" not in kept and "Go to Account > Statements" in kept and "Enjoy!" in kept, kept
    # ... and a sentence naming what only its own customer asked about, before the answer
    devices = ("Hi <NAME>, sorry, the PS3 isn't supported any more. Glimmer works on PS5 and LG webOS 4 or newer. The "
               "full list is at glimmer.tv/devices.")
    kept = without_their_asides(devices, "Does Glimmer work on my old PS3?", "will it run on my LG telly from 2016?",
                                "Glimmer TV")
    assert kept.startswith("Glimmer works on PS5") and "PS3" not in kept, kept
    # a short line with a fact stays ("Students get £4.99 a month!")
    assert without_their_asides("Students get £4.99 a month!", "student discount?", "cheaper for uni?") == \
        "Students get £4.99 a month!"
    # ... and what its agent worked out for that customer alone (a care lead's read, twelfth session)
    fee = ("The early exit fee is the remaining monthly payments minus 5%, so for you that's 10 months of your plan less "
           "5%. You can see the exact figure in the app.")
    kept = without_their_asides(fee, "I'm 8 months into my 18 month contract, how much to leave?",
                                "How much would it cost me to get out of my contract? Signed up last spring, 18 months")
    assert kept == "The early exit fee is the remaining monthly payments minus 5%. You can see the exact figure in the app."
    cello = "A cello needs its own seat booked in the instrument's name."
    assert asks_of_another("can I bring my cello on board or does it need its own seat?", cello,
                           "can I bring my guitar on board or does it need its own seat?")
    assert not asks_of_another("How do I cancel Glimmer? Can't find it anywhere",
                               "Go to Account > Subscription > Cancel subscription.",
                               "how on earth do you end a Glimmer membership?? the TV app has no button for it")


@pytest.mark.slow
def test_a_bank_is_known_by_what_its_cases_talk_about(analyzer) -> None:
    from model.factory import build_recommender
    from model.retriever import CaseRetriever

    cases = [Case(id=f"pw-{i}", post=post, reply=reply, brand="Pennyway") for i, (post, reply) in enumerate([
        ("is it free to use cash machines abroad?", "Yes, free up to £200 a month."),
        ("lost my card!!", "Freeze your card in the app under Cards, then order a new one."),
        ("how do I get statements?", "Account > Statements > Download PDF."),
    ])] + [Case(id="sh-1", post="where is my order?", reply="DM us your order number.", brand="Threadline")]
    rec = build_recommender(analyzer, CaseRetriever(analyzer.encoder).fit(cases))
    assert rec.issues_cards("Pennyway") and not rec.issues_cards("Threadline") and rec.issues_cards("NimbusBank")
    drafts = rec.recommend(Post(text="@Pennyway someone has logged into my account and moved £1,900 out to an account "
                                     "I don't know", brand="Pennyway", id="bank-fraud"), k=3).drafts
    assert drafts and all("back of your card" in d.text and "your bank" not in d.text for d in drafts), drafts


@pytest.mark.slow
def test_a_card_number_posted_in_public_is_asked_to_be_deleted_and_an_order_number_is_no_secret(recommender) -> None:
    card = recommender.recommend(Post(text="@Dishdash my card keeps getting declined, card number 4921 8830 1276 5510 "
                                           "exp 09/27, please sort it", brand="Dishdash", id="card-posted"), k=3).drafts
    assert card and all("delete that post" in d.text for d in card), card
    order = recommender.recommend(Post(text="@Dishdash 4th message. Order DD-88213 was 'dispatched' 9 days ago and the "
                                            "tracking hasn't moved. Sort it out.", brand="Dishdash", id="order-chaser"),
                                  k=3).drafts
    assert order and not any("delete that post" in d.text or "personal details" in d.text for d in order), order


@pytest.mark.parametrize(("reply", "kept"), [
    ("Yes, you can! You can rent from 21 if you've held a full licence for a year.",
     "You can rent from 21 if you've held a full licence for a year."),
    ("Yes, it's full-to-full: you pick up with a full tank.", "It's full-to-full: you pick up with a full tank."),
    ("Of course! Guests come free up to 4 times a month.", "Guests come free up to 4 times a month."),
    ("Hi Sam! Yes! Kindle Drive is 7.5p/kWh overnight.", "Hi Sam! Kindle Drive is 7.5p/kWh overnight."),
    ("No, pets aren't allowed in our cars.", "No, pets aren't allowed in our cars."),  # a no says what is not done
    ("Yes, 4 a month.", "4 a month."), ("Yes, you can!", "Yes, you can!"),  # nothing but the yes would be left
    ("We do not accept cash. You can pay by card.", "We do not accept cash. You can pay by card."),  # a no
    ("We can't sorry! Refunds go back to the card.", "We can't sorry! Refunds go back to the card."),
    ("SIM-only plans start at £10 a month.", "SIM-only plans start at £10 a month."),  # no Portuguese "sim"
])
def test_a_similar_questions_answer_loses_the_yes_it_said_to_its_own_question(reply: str, kept: str) -> None:
    from model.reply_edits import without_their_yes

    assert without_their_yes(reply) == kept


@pytest.mark.slow
def test_a_yes_to_another_customers_question_is_offered_without_it(recommender) -> None:
    # "Yes! Emberfall has full cross-play ..." answered "is cross-play supported?"; to "can I play with my mate on
    # Xbox? I'm on PC" it was passed over for its "Yes" and three holding replies were left
    drafts = recommender.recommend(Post(text="@Quillforge can I play Emberfall with my mate who's on Xbox? I'm on PC",
                                        brand="Quillforge Games", id="crossplay"), k=3).drafts
    marked = [d for d in drafts if d.check]
    assert marked and "qfg-15" in marked[0].sources, [(d.text, d.sources) for d in drafts]
    assert "cross-play" in marked[0].text and "Yes" not in marked[0].text, marked[0].text


def test_another_brands_name_is_swapped_for_this_one_as_written() -> None:
    """A brand name is text, not a replacement template: a fuzzed brand ending in a backslash crashed drafts with
    "bad escape (end of pattern)"."""
    from model.reply_edits import swap_brand

    reply = "Thanks for contacting Acme! Follow @Acme for updates."
    assert swap_brand(reply, "Acme", "Zipto") == "Thanks for contacting Zipto! Follow @Zipto for updates."
    assert swap_brand(reply, "Acme", "Ba\\1\\") == "Thanks for contacting Ba\\1\\! Follow @Ba\\1\\ for updates."


# a ticketing platform's, an airline's and a furniture shop's own cases (a care lead's read, thirteenth session),
# indexed beside the bundled sample cases as `replywise drafts` has them
READ30 = [
    ("sp-03", "Stagepass", "bought tickets yesterday but they're not showing in the app??",
     "Sorry about the scare! Tickets can take up to 2 hours to appear. Check you're logged in with the email you bought "
     "them with, then pull down on My Tickets to refresh. Still missing? DM us the order email and we'll reissue them."),
    ("sp-04", "Stagepass", "@Stagepass how do I send one of my tickets to a friend?",
     "Easy one! Open the event in My Tickets, tap Transfer and enter your friend's email or phone number. They'll get "
     "a link to accept it. Transfers are free and work up to 1 hour before doors."),
    ("sp-10", "Stagepass", "Bought Stagepass tickets from a guy on Facebook Marketplace and they show as invalid at "
     "the door. What now?", "We're really sorry. Tickets bought outside Stagepass or Stagepass Resale can't be "
     "guaranteed and are often duplicates. Please report the seller to Facebook and your bank, and DM us the barcode "
     "number so we can check whether it was ever valid."),
    ("sk-01", "Skylark Air", "@SkylarkAir what's the hand luggage allowance?",
     "Hi! Every fare includes one small under-seat bag up to 40x30x20 cm. A bigger 10 kg cabin bag is included with "
     "Plus fares, or you can add one from €15 per flight."),
    ("sk-05", "Skylark Air", "@SkylarkAir my flight was delayed 4 hours, am I owed compensation?",
     "Sorry about the long delay. For flights from the EU or UK that arrive 3+ hours late for reasons within our "
     "control, you may be owed €250-€600 depending on distance. You can claim at skylarkair.com/claims with your "
     "booking reference."),
    ("sk-06", "Skylark Air", "@SkylarkAir landed in Malaga, my bag didn't",
     "Sorry, that's a rotten start to a trip. Please file a report at the baggage desk in arrivals before you leave "
     "the airport, or online at skylarkair.com/bags within 7 days. DM us the file reference and we'll track it."),
    ("oh-01", "Oakhollow Home", "How long does delivery take for sofas?",
     "Hi! Sofas are made to order, so delivery usually takes 6-8 weeks. We'll text you about a week before to book a "
     "2-hour slot."),
    ("oh-04", "Oakhollow Home", "lost the instructions for the Brook wardrobe 🙈",
     "Happens to all of us! Every assembly guide is a PDF on the product page under Downloads, or at "
     "oakhollow.com/assembly."),
]


@pytest.fixture(scope="module")
def recommender30(analyzer):
    from model.factory import build_recommender
    from model.retriever import CaseRetriever
    from model.samples import load_sample_cases

    cases = [Case(id=i, post=p, reply=r, brand=b, outcome="resolved", created_at="2026-04-01T10:00:00Z")
             for i, b, p, r in READ30]
    return build_recommender(analyzer, CaseRetriever(analyzer.encoder).fit(load_sample_cases() + cases))


@pytest.mark.slow
def test_a_new_brands_answer_to_a_similar_how_to_question_is_offered(recommender30) -> None:
    # "one of my tickets" asked names no "1 hour before doors"; a greeting before the handle leaves a how-to question
    text = "hey @Stagepass my mate can't make the gig but his sister wants to go, how do I give her my spare ticket?"
    drafts = recommender30.recommend(Post(text=text, brand="Stagepass", id="transfer"), k=3).drafts
    # (lent as its answer since the fifteenth session: "tap Transfer" names a button, no other incident's particular)
    answer = [d for d in drafts if "sp-04" in d.sources]
    assert answer and "Transfer" in answer[0].text, [(d.text, d.sources) for d in drafts]
    assert not re.search(r"\bDM\b|sorry", answer[0].text, re.I), answer[0].text  # a question, answered in public
    # the two holding replies beside it are two drafts, not one sentence under other thanks (fifteenth session)
    from model.reply_edits import _sentences

    holding = [_sentences(d.text) for d in drafts if "sp-04" not in d.sources]
    assert len(holding) == 2 and not holding[0] & holding[1], [d.text for d in drafts]


def test_a_similar_answer_opening_on_its_own_customers_subject_needs_it_named() -> None:
    from model.same_subject import subject_kept

    past, reply = "How long does delivery take for sofas?", "Sofas are made to order, so delivery takes 6-8 weeks."
    assert not subject_kept(past, reply, "How long does delivery take for a dining table?")
    assert subject_kept(past, reply, "how long will my new sofa take to arrive?")
    assert subject_kept("does the 16-25 railcard work before 10am?", "Railcards give a third off at any time",
                        "got a 16-25 card, any use for an 8am train?")  # the end of a compound
    assert subject_kept("is cross-play supported?", "Emberfall has full cross-play", "can I play with my mate on Xbox?")


def test_a_reply_whose_window_has_passed_for_this_customer_is_not_lent() -> None:
    from model.reply_timing import window_passed

    refund = "Refunds go back to the original payment method within 7-10 business days, so there's nothing to do."
    assert window_passed(refund, "4th time asking. Where is my refund? Three weeks and not one answer.")
    assert not window_passed(refund, "the show got cancelled yesterday, do I get my money back?")
    price = "If the price drops within 14 days of your order we refund the difference."
    assert window_passed(price, "ordered the armchair 5 weeks ago and now it's half price")
    assert not window_passed(price, "bought a sofa last week and it's 20% cheaper now")
    assert not window_passed(price, "will it drop again in 3 weeks?")  # time to come
    assert not window_passed(price, "ordered yesterday, I need it in 2 weeks for my 30 day trip")  # no wait
    assert window_passed(refund, "I've been waiting 3 weeks for my refund")


def test_a_verdict_resting_on_another_customers_timing_is_not_lent() -> None:
    """read33: "Cancelling within 2 minutes of booking is always free, so that fee shouldn't have been charged" answered
    "I cancelled my ride after 1 minute"; "charged me $47 for a ride I cancelled" says nothing of when."""
    from model.reply_timing import rests_on_their_timing

    reply = "Cancelling within 2 minutes of booking is always free, so that fee shouldn't have been charged."
    past = "I cancelled my ride after 1 minute and still got charged a cancellation fee. Explain?"
    assert rests_on_their_timing(reply, past, "@Quickride charged me $47 for a ride I cancelled. Refund NOW")
    assert not rests_on_their_timing(reply, past, "cancelled 30 secs in. fee charged. why")  # it says when
    assert rests_on_their_timing(reply, past, "cancelled after 5 mins and got charged a fee??")  # past the window
    # a past post that gave no time: the window is the brand's term, as for anyone
    assert not rests_on_their_timing(reply, "why was I charged a cancellation fee?", "charged a fee for cancelling??")
    # a review's variants: "a second time" is no second; a reply with no verdict is a standing term
    assert rests_on_their_timing(reply, past, "Cancelled after 10 minutes and got charged a second time!")
    assert not rests_on_their_timing("Cancellations within 24 hours of booking are always free.",
                                     "I booked 2 hours ago, can I cancel?", "Can I cancel my booking for free?")


def test_a_page_tab_named_in_a_reply_is_no_particular() -> None:
    from model.particulars import particulars
    from model.reply_moves import content_core

    reply = "Happens to all of us! Every assembly guide is a PDF on the product page under Downloads."
    assert not particulars(content_core(reply, "en"), "where's the assembly guide for the Willow bed?", "Oakhollow Home",
                           "en")


@pytest.fixture(scope="module")
def scooter_and_courses(analyzer):
    """Two brands a care lead's read met (fourteenth session), in cases written here."""
    from model.factory import build_recommender
    from model.retriever import CaseRetriever
    from model.samples import load_sample_cases

    rows = [
        ("wh-1", "Wheelo", "@Wheelo how much does it cost to unlock an e-scooter?",
         "It's £1 to unlock and 20p a minute after that. A Ride Pass (£9.99 a month) drops the unlock fee altogether."),
        ("wh-2", "Wheelo", "@Wheelo how old do you have to be to ride the scooters?",
         "You need to be 18 and hold a full or provisional driving licence to ride our e-scooters. Our bikes are 16+."),
        ("wh-3", "Wheelo", "@Wheelo scooter won't unlock, the app just spins",
         "Sorry about that! Toggle Bluetooth off and on and stand next to the QR code; if it still spins after 2 "
         "minutes, pick another scooter. You're never charged for an unlock that fails."),
        ("sh-1", "Studyhall", "@Studyhall do you have a student discount?",
         "We do! Students get 40% off the annual plan with a valid .ac.uk or .edu email, applied at checkout."),
        ("sh-2", "Studyhall", "@Studyhall how do I cancel my subscription? Can't find it anywhere",
         "Sorry it's so hidden! On the website go to Settings > Billing > Cancel plan (it isn't in the app yet). "
         "You keep access until the end of the period you've already paid for."),
        ("sh-3", "Studyhall", "@Studyhall I failed my exam, can I retake it?",
         "Sorry it didn't go your way this time. You can retake any exam after 7 days, with up to 3 attempts "
         "included in your plan."),
    ]
    cases = [Case(id=i, post=p, reply=r, brand=b, language="en", outcome="resolved",
                  created_at=f"2026-05-0{n + 1}T10:00:00Z") for n, (i, b, p, r) in enumerate(rows)]
    return build_recommender(analyzer, CaseRetriever(analyzer.encoder).fit(load_sample_cases() + cases))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "brand", "case"), [
    ("@Wheelo how much does it cost to hire an e-scooter?", "Wheelo", "wh-1"),
    # a price asked is not answered by the fix for a scooter that won't unlock, which names the same words
    ("@Wheelo is it £2 to unlock an e-scooter now?", "Wheelo", "wh-1"),
    ("@Studyhall is there any discount if you're at uni?", "Studyhall", "sh-1"),
    ("@Studyhall where do I go to stop my subscription renewing?", "Studyhall", "sh-2"),
])
def test_the_brands_answer_reaches_a_question_in_the_customers_own_words(scooter_and_courses, text: str, brand: str,
                                                                         case: str) -> None:
    drafts = scooter_and_courses.recommend(Post(text=text, brand=brand, id=case), k=3).drafts
    lent = {s for d in drafts for s in d.sources if d.rephraser != "holding"}
    assert case in lent, [d.text for d in drafts]
    # no looser match offered beside it: the age limit is no price
    assert lent == {case}, [(d.sources, d.text) for d in drafts]


@pytest.mark.slow
def test_no_looser_match_is_offered_when_the_brands_far_closer_case_cannot_answer(scooter_and_courses) -> None:
    """"what does it cost to hire one of the e-scooters?" was offered the age limit as the answer to a similar
    question while "how much does it cost to unlock an e-scooter?" stood by (read31): the looser match asked
    something else."""
    from model.encoder import space_for
    from model.thread import ThreadContext

    rec = scooter_and_courses
    post = Post(text="@Wheelo what does it cost to hire one of the e-scooters?", brand="Wheelo", id="margin")
    (analysis,), encoded = rec.analyzer.analyze_encoded([post])
    space = space_for(analysis.language)
    vector = rec._post_vector(encoded, space)
    ranked = rec.filter_and_rank(rec.score_candidates(rec.retrieve_candidates(vector, space, post.brand), vector, space,
                                                      post, analysis), post.brand)
    by_id = {c.case.id: c for c in ranked}
    age, price = by_id["wh-2"], by_id["wh-1"]
    assert price.post_similarity - age.post_similarity > rec.weights.similar_margin
    thread = ThreadContext(post)
    assert rec.similar_answer([age], post, analysis, thread) is age  # alone, it may be offered
    assert rec.similar_answer([age, price], post, analysis, thread) is None  # not beside the far closer case


@pytest.mark.slow
def test_a_hazard_answer_reaches_another_site_and_a_public_line_or_a_page_names_no_incident(analyzer) -> None:
    """A care lead's read (fourteenth session): the park's own gas answer was held back from a lodge at another of its
    parks ("Pinecrest Glenmore" / "Pinecrest Lakeside"), its "National Gas Emergency line" and "Manage My Booking"
    read as another incident's names."""
    from model.factory import build_recommender
    from model.retriever import CaseRetriever
    from model.samples import load_sample_cases

    gas = ("Please leave the lodge now with everyone, don't use any switches, lights or flames, and call the National "
           "Gas Emergency line on 0800 111 999, then reception on 0800 553 2020. Our team will meet you outside.")
    dates = ("Of course! You can change your dates free of charge up to 14 days before arrival in Manage My Booking. "
             "Closer than 14 days a £25 amendment fee applies.")
    cases = [Case(id="fh-gas", post="I smell gas in our lodge at Fernhill Lakeside", reply=gas, brand="Fernhill Parks",
                  language="en", outcome="resolved", created_at="2026-05-01T10:00:00Z"),
             Case(id="fh-dates", post="Can I change the dates of my booking? Something came up.", reply=dates,
                  brand="Fernhill Parks", language="en", outcome="resolved", created_at="2026-05-02T10:00:00Z")]
    rec = build_recommender(analyzer, CaseRetriever(analyzer.encoder).fit(load_sample_cases() + cases))
    drafts = rec.recommend(Post(text="There's a strong smell of gas in lodge 22 at Fernhill Glenmore and the kids are "
                                     "asleep inside", brand="Fernhill Parks", id="gas"), k=3).drafts
    lent = [d.text for d in drafts if "fh-gas" in d.sources and d.rephraser != "holding"]
    assert lent and "0800 111 999" in lent[0], [d.text for d in drafts]
    from model.particulars import particulars

    assert particulars(gas, "gas in lodge 22 at Fernhill Glenmore", "Fernhill Parks") == set()  # public lines only
    assert "My" not in particulars(dates, "can we move our stay to June?", "Fernhill Parks")


@pytest.mark.parametrize(("past", "post", "opposite"), [
    ("I failed my exam, can I retake it?", "I passed the exam but only just, can I retake it to improve my grade?", True),
    ("my loan was approved, when will I get the money?", "my loan application was declined, why?", True),
    ("I failed my exam, can I retake it?", "failed my exam again, can I retake?", False),
    ("my payment failed twice", "I passed it on to my bank and it failed again", False),
    ("I cancelled my ride after 1 minute and still got charged", "driver cancelled twice and now no cars at all", True),
    ("I cancelled my ride after 1 minute and still got charged", "charged me $47 for a ride I cancelled", False),
    # whose mistake (read34): the customer ordered too many, or the brand sent the wrong strength
    ("Can I return unopened paracetamol? Ordered too many",
     "You sent 500mg paracetamol instead of the 250mg children's one I ordered for my son. Can I return it?", True),
    ("Can I return unopened paracetamol? Ordered too many", "can I send back paracetamol I no longer need?", False),
    ("Can I return unopened paracetamol? Ordered too many", "I received the wrong item, can I return it?", True),
    ("Can I return unopened paracetamol? Ordered too many", "I don't need the charger that came with it", False),
    # a car at the garage, or written off (a blind re-grade, fifteenth session)
    ("Where's my courtesy car? The garage has had mine for 10 days",
     "my car's been declared a write-off after the crash. do I still get a courtesy car?", True),
])
def test_opposite_outcomes_are_other_situations(past: str, post: str, opposite: bool) -> None:
    from model.same_subject import opposite_outcome

    assert opposite_outcome(past, post) is opposite


@pytest.mark.slow
def test_a_pass_is_not_told_sorry_it_did_not_go_your_way(scooter_and_courses) -> None:
    """A care lead's read (fourteenth session): "I passed the exam but only just, can I retake it?" got "That's not
    the experience we want you to have. You can retake any exam after 7 days", the answer to a failed exam."""
    drafts = scooter_and_courses.recommend(Post(text="@Studyhall I passed my exam but only just, can I retake it to "
                                                     "improve my grade?", brand="Studyhall", id="passed"), k=3).drafts
    assert drafts and not any("sh-3" in d.sources and d.rephraser != "holding" for d in drafts), drafts


@pytest.mark.slow
def test_a_reply_denying_a_charge_is_not_lent_to_a_customer_who_was_charged(scooter_and_courses) -> None:
    """A blind re-grade (fourteenth session): "You're never charged for an unlock that fails" was offered to "your app
    'unlocked' the scooter and then charged me for standing next to it for 15 minutes"."""
    drafts = scooter_and_courses.recommend(Post(text="@Wheelo love how your app 'unlocked' the scooter and then charged "
                                                     "me for standing next to it for 15 minutes 🙄", brand="Wheelo",
                                                id="charged"), k=3).drafts
    assert drafts and not any("never charged" in d.text for d in drafts), [d.text for d in drafts]
    from model.same_subject import CHARGED, DENIES_CHARGE

    assert DENIES_CHARGE.search("You're never charged for an unlock that fails.")
    assert not DENIES_CHARGE.search("You can change your dates free of charge up to 14 days before arrival.")
    assert not CHARGED.search("how much is it to unlock a scooter?")


def test_three_weeks_and_not_a_word_is_a_wait_and_gets_no_similar_answer() -> None:
    """read34: "about my claim, 3 weeks and not a word from you" was offered the brand's answer on cancelling a policy,
    marked for checking; a customer left waiting hears an apology for the wait, not another customer's answer."""
    from model.thread import ThreadContext

    assert ThreadContext(Post(text="Call me about my claim, 3 weeks and not a word from you @Gearsafe")).waited
    assert ThreadContext(Post(text="heard nothing back from you since Monday")).waited
    assert not ThreadContext(Post(text="not a word of this was true, great film")).waited


def test_a_similar_answer_needs_one_of_the_words_its_post_and_reply_share() -> None:
    """read34: "Moving house on 3rd May, how do I tell you?" / "... good luck with the move! Fill in .../moving" was
    offered to "Only my house has no power" and to "you've charged me twice this month"."""
    from model.same_subject import keeps_an_anchor

    past, reply = "Moving house on 3rd May, how do I tell you?", "Good luck with the move! Fill in kindlewatt.example/moving"
    assert not keeps_an_anchor(past, reply, "Only my house has no power, all the neighbours have lights")
    assert not keeps_an_anchor(past, reply, "you've charged me twice this month. Sort it.")
    assert keeps_an_anchor(past, reply, "we're moving out next month, what do I need to do?")
    # the end of a compound: a "16-25 card" is a Railcard
    assert keeps_an_anchor("does the 16-25 railcard work on peak trains?", "The 16-25 Railcard gives a third off",
                           "got a 16-25 card, is it any use for an 8am train?")


def test_a_bare_promise_is_struck_from_the_bank() -> None:
    """read34: an insurer's "We've got you covered." to "do I still get a courtesy car?" read as yes."""
    from model.rephraser import load_bank

    phrases = [p for lang, moves in load_bank().items() if lang != "_meta" for ps in moves.values() for p in ps]
    assert phrases and not any("got you covered" in p.lower() for p in phrases)


@pytest.fixture(scope="module")
def meters(analyzer):
    """An energy supplier's cases, written here after a care lead's read (fifteenth session)."""
    from model.factory import build_recommender
    from model.retriever import CaseRetriever
    from model.samples import load_sample_cases

    rows = [
        ("bw-1", "@Brightwatt smart meter display says offline, is it broken?",
         "It's usually just the in-home display losing its signal. Unplug the display for 30 seconds and hold it within "
         "2 metres of the meter while it reconnects. If it still says offline after 24 hours, DM us your postcode and "
         "we'll book a free engineer visit."),
        ("bw-2", "@Brightwatt how do I submit a meter reading? The app keeps nagging me for one",
         "In the app go to Account > Meter readings > Add reading, enter the numbers to the left of the decimal point "
         "and tap Submit. Readings in before the 5th land on this month's bill."),
        ("bw-3", "@Brightwatt Moving house on 3rd May, how do I tell you?",
         "Good luck with the move! Fill in brightwatt.example/moving at least 2 days before and give us a final meter "
         "reading on the day."),
    ]
    cases = [Case(id=i, post=p, reply=r, brand="Brightwatt", language="en", outcome="resolved",
                  created_at=f"2026-05-0{n + 1}T10:00:00Z") for n, (i, p, r) in enumerate(rows)]
    return build_recommender(analyzer, CaseRetriever(analyzer.encoder).fit(load_sample_cases() + cases))


@pytest.mark.slow
def test_after_the_brands_first_step_failed_its_next_step_is_offered(meters) -> None:
    """read34: "did that yesterday, still says offline this morning", after the brand's "unplug the display for 30
    seconds", got three DM requests: nothing was borrowed once the brand had spoken."""
    from model.types import ThreadMessage

    thread = (ThreadMessage("@Brightwatt smart meter display says offline"),
              ThreadMessage("Sorry about that! Could you unplug the display for 30 seconds and hold it near the meter "
                            "while it reconnects?", role="brand"))
    drafts = meters.recommend(Post(text="did that yesterday, still says offline this morning", brand="Brightwatt",
                                   id="t1", thread=thread), k=3).drafts
    after = [d for d in drafts if "bw-1" in d.sources]
    assert after and "engineer visit" in after[0].text and after[0].check, [(d.text, d.sources) for d in drafts]
    assert "Unplug the display" not in after[0].text  # the step the brand gave is not given again
    # ... and a thanks after the fix is no failed step
    drafts = meters.recommend(Post(text="did that, it's back online now, thanks!", brand="Brightwatt", id="t2",
                                   thread=thread), k=3).drafts
    assert not any("engineer" in d.text for d in drafts), [d.text for d in drafts]


@pytest.mark.slow
def test_the_same_question_in_other_words_gets_the_brands_steps(meters) -> None:
    """read34: "where do i put a meter reading" got "We'll be in touch soon": the app the past customer mentioned
    aside was taken for what the answer is about, and "tap Submit" for another incident's particular."""
    drafts = meters.recommend(Post(text="@Brightwatt where do i put a meter reading", brand="Brightwatt", id="m1"),
                              k=3).drafts
    assert any("bw-2" in d.sources and "Add reading" in d.text for d in drafts), [(d.text, d.sources) for d in drafts]
    # ... and the moving answer is not offered for a power cut
    drafts = meters.recommend(Post(text="Only my house has no power, all the neighbours have lights. @Brightwatt help",
                                   brand="Brightwatt", id="m2"), k=3).drafts
    assert not any("moving" in d.text for d in drafts), [d.text for d in drafts]


def test_what_a_customer_said_after_asking_is_no_anchor_but_what_came_before_is() -> None:
    """read34 and its review: "The app keeps nagging me for one" after the question is an aside; "Our flight to Rome
    was cancelled" before it is the situation asked about."""
    from model.particulars import names_in
    from model.same_subject import anchors_kept

    assert not anchors_kept("Our flight to Rome was cancelled this morning. Can I get compensation?",
                            "Sorry your flight was cancelled. You can claim compensation for a cancelled flight at "
                            "skyhop.example/claims", "Can I get compensation for my lost luggage?")
    assert not anchors_kept("how do I submit a meter reading? The app keeps nagging me for one",
                            "In the app go to Account > Meter readings > Add reading and tap Submit.",
                            "How do I submit a complaint?")
    assert names_in("Storm Bert hit Leeds last night, select Saturday delivery, tap Submit") == {"Bert", "Leeds",
                                                                                                  "Saturday"}
