"""The recommend pipeline end to end with real encoders, heads, retriever, ranker and the bank rephraser,
over the bundled sample cases."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from model import guards
from model.reply_moves import EMPATHY, PRIVATE
from model.types import Case, Post, ThreadMessage

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def recommender():
    from model.factory import build_analyzer, build_recommender
    from model.retriever import CaseRetriever
    from model.samples import load_sample_cases

    analyzer = build_analyzer()
    retriever = CaseRetriever(analyzer.encoder).fit(load_sample_cases())
    return build_recommender(analyzer, retriever)


def test_drafts_come_from_the_brand_and_are_not_near_duplicates(recommender) -> None:
    rec = recommender.recommend(Post(text="@Trackly my parcel says delivered but it isn't here!", id="t1",
                                     brand="Trackly"), k=3)
    assert len(rec.drafts) == 3
    brands = {c.case.brand for c in rec.candidates if c.case.id in {s for d in rec.drafts for s in d.sources}}
    assert brands == {"Trackly"}
    vecs = recommender.analyzer.encoder.encode([d.text for d in rec.drafts])
    pairwise = [float(vecs[a] @ vecs[b]) for a in range(3) for b in range(a + 1, 3)]
    assert np.mean(pairwise) <= 0.85


def test_complaints_open_with_empathy_and_pii_moves_private_without_being_echoed(recommender) -> None:
    post = Post(text="@SkyHop this is ridiculous, charged twice for my booking. I'm jo.barnes@example.com",
                id="t2", brand="SkyHop", channel="twitter")
    rec = recommender.recommend(post, k=3)
    assert rec.analysis.privacy["move_private"] and rec.analysis.sentiment["label"] == "negative"
    for d in rec.drafts:
        assert "jo.barnes@example.com" not in d.text and d.guards["no_pii_public"]
        assert EMPATHY.search(d.text), d.text
        assert PRIVATE.search(d.text), d.text  # sends the customer to a private channel


def test_personal_data_posted_in_public_gets_a_word_of_advice_where_there_is_room(recommender) -> None:
    post = Post(text="@SkyHop my refund still hasn't arrived after 6 weeks. email me at jo.barnes@example.com",
                id="t2b", brand="SkyHop", channel="facebook")
    for d in recommender.recommend(post, k=3).drafts:
        assert "jo.barnes@example.com" not in d.text
        assert re.search(r"(?:don't|do not) (?:share|post)|keep personal details|not to post", d.text), d.text


def test_the_same_script_goes_to_at_most_two_customers(recommender) -> None:
    """Many customers post the very same words (no ids, so the same seed): the drafts still vary and no text
    is handed out more than twice."""
    texts = []
    for _ in range(8):
        post = Post(text="@Trackly where is my parcel? it's late", brand="Trackly")
        texts += [d.text for d in recommender.recommend(post, k=3).drafts]
    assert len(texts) == 24
    assert max(Counter(texts).values()) <= 2


def test_drafts_never_carry_another_customers_handle_or_agents_signature() -> None:
    from model.factory import build_analyzer, build_recommender
    from model.retriever import CaseRetriever
    from model.types import Case

    analyzer = build_analyzer()
    cases = [Case(id=f"h{i}", post=f"@Tunely thanks, that fixed it {i}", brand="Tunely",
                  reply=f"@15974{i} Thanks Sreejit, you're welcome! Give us a shout if there's anything else. "
                        "https://t.co/zOXI69QSqg /RS")
             for i in range(3)]
    rec = build_recommender(analyzer, CaseRetriever(analyzer.encoder).fit(cases))
    drafts = rec.recommend(Post(text="@Tunely thanks a lot, all good now", brand="Tunely", author="@mia"), k=3).drafts
    assert drafts
    for d in drafts:
        # another customer's handle, the agent's initials and the name the agent thanked never reach a draft
        assert "@15974" not in d.text and "/RS" not in d.text and "Sreejit" not in d.text
        assert "https://t.co/zOXI69QSqg" in d.text  # the facts stay


def test_a_complaint_gets_no_cheerful_greeting_and_no_reply_written_for_praise(recommender) -> None:
    post = Post(text="@SkyHop my flight got cancelled, I am stuck at the airport with two kids!!", brand="SkyHop",
                author="Dana", id="t-stranded")
    rec = recommender.recommend(post, k=3)
    assert rec.analysis.sentiment["label"] == "negative"
    for d in rec.drafts:
        assert not re.search(r"nice to hear|good day|made our day|kind words|glad your", d.text, re.I), d.text


def test_without_a_brand_field_the_post_is_addressed_by_its_handle(recommender) -> None:
    retriever = recommender.retriever
    assert retriever.brand_addressed("@115877 @trackly where is my parcel") == "Trackly"  # a store brand, any case
    assert retriever.brand_addressed("@AcmeAir my bag is lost") == "AcmeAir"  # unknown: the opening handle
    assert retriever.brand_addressed("@115877 thanks!") is None  # anonymised users are never brands
    assert retriever.brand_addressed("@AmericanAir worse than @Trackly") == "AmericanAir"  # the opening one
    assert retriever.brand_addressed("So @115877 @trackly, three days later") == "Trackly"
    rec = recommender.recommend(Post(text="@Trackly my parcel says delivered but it isn't here!", id="t9"), k=3)
    used = {s for d in rec.drafts for s in d.sources}
    assert {c.case.brand for c in rec.candidates if c.case.id in used} == {"Trackly"}


def test_another_brands_facts_are_not_offered_when_they_answer_another_post(recommender) -> None:
    """A shop's opening-hours question has no answer among the sample cases: no draft may borrow another
    brand's specifics (a delivery slot price, a product launch day); holding replies thank and say who acts."""
    post = Post(text="@ShopCo is the Leeds store open on Sunday?", id="hold1")
    rec = recommender.recommend(post, k=3)
    assert len(rec.drafts) == 3
    for draft, cand in zip(rec.drafts, rec.candidates, strict=True):
        if draft.rephraser != "holding":
            assert recommender.fits(cand, rec.analysis.language)
            continue
        assert not re.search(r"\d", draft.text), draft.text  # no borrowed number, price, time or gate
        assert draft.sources and all(draft.guards.values()), draft
    holding = [d for d in rec.drafts if d.rephraser == "holding"]
    assert holding, [d.text for d in rec.drafts]
    # ... and name no case as their source: the cases retrieval offered are "passed_over"
    assert all(d.to_dict()["sources"] == [] and d.to_dict()["passed_over"] == d.sources for d in holding)
    assert all(re.search(r"\b(?:thank|thanks)\b", d.text, re.I) for d in holding)
    assert len({d.text for d in rec.drafts}) == 3


def test_a_language_the_bank_has_no_phrases_for_still_gets_drafts(recommender) -> None:
    rec = recommender.recommend(Post(text="@ShopCo il negozio di Leeds è aperto domenica?", id="it1", language="it"),
                                k=3)
    assert len(rec.drafts) == 3 and all(d.text.strip() for d in rec.drafts)
    assert all(d.rephraser == "holding" for d in rec.drafts)  # no Italian case answers it


def test_an_english_holding_reply_to_a_post_in_a_language_without_phrases_is_flagged(recommender) -> None:
    rec = recommender.recommend(Post(text="@ShopCo 注文した商品がまだ届きません", id="ja1", language="ja"), k=3)
    holding = [d for d in rec.drafts if d.rephraser == "holding"]
    assert holding and all(not d.guards["language"] for d in holding)
    assert all(d.guards["language"] for d in recommender.recommend(
        Post(text="@ShopCo my parcel never came", id="en1"), k=3).drafts)


def test_a_bare_handle_or_emoji_gets_holding_replies_not_some_cases_instructions(recommender) -> None:
    for text in ("@SkyHop", "🙂🙂🙂"):
        rec = recommender.recommend(Post(text=text, id=f"bare-{text}"), k=3)
        assert rec.drafts and all(d.rephraser == "holding" for d in rec.drafts), [d.text for d in rec.drafts]


def test_non_english_posts_are_scored_for_privacy_not_all_moved_private(recommender) -> None:
    """The privacy head learns from English customer care; a Spanish post is scored by the multilingual head
    fitted on those rows' USE vectors (not the uniform prior, above every threshold)."""
    question, charge = recommender.analyzer.analyze_many([
        Post(text="@PaperPlaneBooks ¿hacéis envíos a Chile?", language="es"),
        Post(text="@Brewly me cobraron dos veces el café en la app", language="es")])
    assert not question.privacy["move_private"] and question.privacy["score"] < 0.3
    assert charge.privacy["move_private"] and charge.privacy["channel_advice"] == "phone"


def test_a_past_incident_s_particulars_never_reach_another_customer(recommender) -> None:
    """Same brand, same kind of trouble, another incident: the mast near Leeds station is not this Bristol
    customer's; another brand's links and figures are not this brand's."""
    rec = recommender.recommend(Post(text="@VoltMobile data keeps dropping to 3G in the evenings around Bristol",
                                     id="p1", brand="VoltMobile"), k=3)
    assert len(rec.drafts) == 3 and not [d.text for d in rec.drafts if "Leeds" in d.text or "6pm" in d.text]
    rec = recommender.recommend(Post(text="@Zestly my order says delivered but nothing came, where is it?", id="p2",
                                     brand="Zestly"), k=3)
    assert len(rec.drafts) == 3
    assert not [d.text for d in rec.drafts if guards.URL.search(d.text) or guards.NUMBER.search(d.text)]


def test_particulars_are_times_codes_amounts_and_english_mid_sentence_names() -> None:
    from model.particulars import particulars

    reply = "A damaged mast near Leeds station is being repaired by 6pm; SH214 leaves at 16:40, £40 refunded."
    assert particulars(reply, "no signal near Leeds", "VoltMobile") == {"6pm", "SH214", "16:40", "£40"}
    assert particulars("Schick uns bitte eine Direktnachricht mit der Bestellnummer", "", None, "de") == set()
    assert particulars("Thanks for flying with SkyHop today", "", "SkyHop") == set()
    # a brand's standing terms are no incident's particulars
    assert particulars("Refunds take 3-5 working days; lines open 8am-8pm, or call 105 for a power cut.", "",
                       None) == set()
    # a duration in words is a number too ("Five days" is not someone's 8 days) ...
    assert particulars("We know three days without broadband is far too long.", "8 days offline", None) == {"3"}
    assert not particulars("We know three days without broadband is far too long.", "3 days offline", None)
    assert not particulars("We know 3 days without broadband is far too long.", "three days offline", None)
    # ... and "one of our team" no duration
    assert not particulars("One of our team will call you back.", "nobody called", None)


def _duration_recommender(recommender):  # noqa: ANN001, ANN202
    from model.factory import build_recommender
    from model.retriever import CaseRetriever

    reply = ("Three days without broadband is far too long, we've asked an engineer to check your line remotely. "
             "DM us a good time to call.")
    cases = [Case(id="bb3", post="@Fibrely three days with no broadband now, when will it be fixed?", reply=reply),
             Case(id="router", post="@Fibrely my router hasn't arrived yet",
                  reply="Sorry about that! Send us a DM with your postcode and we'll check where it is."),
             Case(id="bill", post="@Fibrely why is my bill higher this month",
                  reply="Happy to look into it. DM us and we'll go through your bill together.")]
    cases = [replace(c, brand="Fibrely", outcome="resolved", quality=1.0) for c in cases]
    return build_recommender(recommender.analyzer, CaseRetriever(recommender.analyzer.encoder).fit(cases))


def test_another_customer_s_wait_in_words_is_not_lent_and_an_outage_gets_an_apology(recommender) -> None:
    """"Three days without broadband" answered a three-day outage; someone offline for 8 days hears no "three
    days", and their neutral-sounding question about an outage is a complaint: it opens with an apology."""
    rec = _duration_recommender(recommender)
    drafts = rec.recommend(Post(text="@Fibrely 8 days with no broadband now, when will it be fixed?", id="d8",
                                brand="Fibrely"), k=3).drafts
    assert len(drafts) == 3 and not [d.text for d in drafts if re.search(r"three|\b3\b", d.text, re.I)]
    assert all(EMPATHY.search(d.text) for d in drafts), [d.text for d in drafts]
    drafts = rec.recommend(Post(text="@Fibrely three days with no broadband, when will it be fixed??", id="d3",
                                brand="Fibrely"), k=3).drafts
    assert any("engineer to check your line" in d.text and d.sources[0] == "bb3" for d in drafts), [
        d.text for d in drafts]


@pytest.mark.parametrize("text", ["@VoltMobile hello", "??", "hi is anyone there", "@SkyHop 😡😡"])
def test_a_post_that_says_nothing_gets_a_greeting_and_an_offer_to_help(recommender, text: str) -> None:
    rec = recommender.recommend(Post(text=text, id=f"n-{text}", brand="VoltMobile"), k=3)
    assert not rec.analysis.privacy["move_private"]
    texts = [d.text for d in rec.drafts]
    assert len(set(texts)) == 3
    for t in texts:
        assert t.rstrip().endswith("?") or "help" in t.lower(), t
        assert not EMPATHY.search(t) and not PRIVATE.search(t), t


def test_praise_in_a_language_with_a_small_bank_gets_three_different_drafts_in_that_language(recommender) -> None:
    rec = recommender.recommend(Post(text="@VoltMobile grazie mille, il tecnico è stato gentilissimo!", id="it2",
                                     brand="VoltMobile", author="Giulia", language="it"), k=3)
    texts = [d.text for d in rec.drafts]
    assert len(set(texts)) == 3 and all("grazie" in t.lower() for t in texts), texts


def test_a_question_is_thanked_as_a_question_not_as_a_report(recommender) -> None:
    rec = recommender.recommend(Post(text="@SkyHop how many kg is the cabin bag allowance on the basic fare?",
                                     id="q1", brand="SkyHop"), k=3)
    for d in rec.drafts:
        assert not re.search(r"flagging|heads up|bringing this|hear more", d.text, re.I), d.text


def test_a_brand_the_store_does_not_know_is_still_scored_for_scriptedness(recommender) -> None:
    rec = recommender.recommend(Post(text="@Zestly thanks, the pizza was great!", id="z1", brand="Zestly"), k=3)
    assert all(0.0 < d.scriptedness <= 1.0 for d in rec.drafts), [d.scriptedness for d in rec.drafts]


def test_a_chat_is_already_private_so_its_drafts_never_ask_for_a_dm(recommender) -> None:
    post = Post(text="I was charged twice on my bill, my email is pete.h@gmail.com", id="c1", brand="VoltMobile",
                channel="chat")
    assert post.public is False
    rec = recommender.recommend(post, k=3)
    assert rec.analysis.privacy["channel_advice"] in ("phone", "email", "none")
    assert not [d.text for d in rec.drafts if re.search(r"\bDM\b|direct message|in public", d.text)]


def test_a_legal_threat_never_gets_a_praise_reply_or_another_situation_s_answer(recommender) -> None:
    rec = recommender.recommend(Post(text="@Trackly your driver reversed into my car and drove off. I have it on "
                                          "camera. Expect to hear from my solicitor.", id="l1", brand="Trackly"), k=3)
    assert rec.analysis.route["team"] == "legal"
    for d in rec.drafts:
        assert not re.search(r"brilliant|thank the (?:right )?driver|glad", d.text, re.I), d.text
        assert EMPATHY.search(d.text), d.text
        # taken seriously and passed to whoever handles it, not "We're happy to assist" / "Don't worry"
        assert not re.search(r"happy to|love to|don't worry|thank you for letting", d.text, re.I), d.text
        assert d.rephraser != "holding" or re.search(r"right team|team that handles", d.text), d.text


def test_unmistakable_sarcasm_reads_as_negative(recommender) -> None:
    plain, sarcastic = recommender.analyzer.analyze_many([Post(text="@SkyHop best service ever, thank you!"),
                                                         Post(text="@SkyHop best service ever, said no one ever")])
    assert plain.sentiment["label"] == "positive" and sarcastic.sentiment["label"] == "negative"


def test_a_pun_on_the_brands_name_and_a_mock_award_are_not_praise(recommender) -> None:
    """A care lead's reads (fifteenth, sixteenth sessions): "landlord of the year 🏆 lmaooo" had been thanked for "the
    kind words"."""
    pun, award, sincere, plain = recommender.analyzer.analyze_many([
        Post(text="Ashgrove Homes more like Ashgrove MOULD 🍄🍄🍄 landlord of the year 🏆 lmaooo"),
        Post(text="@Gearsafe Gearsafe more like Gear-UNsafe lol 🤡 my cat could write better policies"),
        Post(text="best airline of the year, the crew were amazing!"),
        Post(text="this feels more like a holiday than a commute, love the new trains")])
    assert pun.sentiment["label"] == "negative" and award.sentiment["label"] == "negative"
    assert sincere.sentiment["label"] == "positive" and plain.sentiment["label"] == "positive"


def test_the_scores_agents_flagged_sarcasm_complaints_in_other_languages_thanks_questions_and_danger(
        recommender) -> None:
    sarcasm, deluso, merci, question, gas = recommender.analyzer.analyze_many([
        Post(text="Yeah, I love waiting 2 hours for a chatbot that can't understand me. Best customer service ever."),
        Post(text="Ciao, il mio volo è stato cancellato e non ho ricevuto nessun rimborso. Sono molto deluso."),
        Post(text="Merci beaucoup pour votre aide rapide, tout fonctionne maintenant !"),
        Post(text="@ShopCo Is there a student discount on the premium plan?"),
        Post(text="The heater you installed is leaking gas, I can smell it in the kitchen. What do I do??")])
    assert sarcasm.sentiment["label"] == "negative" and deluso.sentiment["label"] == "negative"
    assert merci.urgency["level"] in ("low", "normal")  # a thank-you does not jump the queue
    assert not question.privacy["move_private"]  # answered in public, where the next customer sees it too
    assert gas.urgency["level"] == "critical" and "safety" in gas.urgency["reasons"]
    drafts = recommender.recommend(Post(text="The heater you installed is leaking gas, I can smell it", id="gas"), k=3)
    assert all("emergency services" in d.text for d in drafts.drafts), [d.text for d in drafts.drafts]



def test_sincere_praise_happy_posts_in_other_languages_and_open_money_matters_are_not_misread(recommender) -> None:
    praise, merci, open_money, fire_tv = recommender.analyzer.analyze_many([
        Post(text="Best customer service ever! I can't thank you enough"),
        Post(text="Merci, j'ai enfin récupéré mon argent ! Super service"),
        Post(text="Thanks for the quick reply! But I've been charged twice for my order, please refund"),
        Post(text="@AmazonHelp My Fire TV Stick keeps buffering")])
    assert praise.sentiment["label"] == "positive" and merci.sentiment["label"] != "negative"
    assert open_money.urgency["level"] in ("high", "critical")  # thanks first, but the money is still missing
    assert "safety" not in fire_tv.urgency["reasons"]
    drafts = recommender.recommend(Post(text="@AmazonHelp My Fire TV Stick keeps buffering", id="tv"), k=3).drafts
    assert not any("emergency" in d.text for d in drafts)


def test_reported_faults_negated_praise_ironic_praise_and_plain_questions(recommender) -> None:
    where, router, happy, ironic, warranty, rimborso = recommender.analyzer.analyze_many([
        Post(text="thanks! but where is my refund? it's been 3 weeks"),
        Post(text="Hi, my router keeps dropping. Call me on 07700 900123 please.\n\nBest,\nSarah"),
        Post(text="No complaints at all, never been happier with my broadband"),
        Post(text="Great, my order shows delivered but it's not here. Brilliant."),
        Post(text="Does the 2-year warranty cover accidental damage?"),
        Post(text="Il rimborso non è ancora arrivato dopo un mese.")])
    slang = recommender.analyzer.analyze_many([Post(text="@Spotify you guys are killing it with the new playlists"),
                                               Post(text="that new feature is sick 🔥")])
    assert [a.sentiment["label"] for a in slang] == ["positive", "positive"]
    sarcastic = recommender.analyzer.analyze_many([
        Post(text="lol imagine paying insurance for 10 years and getting £80 for a totalled car. thanks harborline 👍"),
        Post(text="Thanks Zipto for charging me £38 for a ride I cancelled 🙃 really appreciate it"),
        Post(text="wow 45 min wait on a Friday night in Manchester, great job guys 👏👏")])
    assert [a.sentiment["label"] for a in sarcastic] == ["negative"] * 3
    ill = recommender.analyzer.analyze_many([Post(text="My son is so sick! He ate your chicken nuggets last night"),
                                             Post(text="I can't complain about the food but the delivery was 2 hours late")])
    assert [a.sentiment["label"] for a in ill] == ["negative", "negative"]
    sincere = recommender.analyzer.analyze_many([Post(text="only a 5 min wait, great job guys 👏"),
                                                 Post(text="Thanks for charging my car so fast at the new station!")])
    assert [a.sentiment["label"] for a in sincere] == ["positive"] * 2
    assert where.sentiment["label"] == "negative" and where.urgency["level"] in ("high", "critical")
    assert happy.sentiment["label"] == "positive" and ironic.sentiment["label"] == "negative"
    assert warranty.sentiment["label"] != "negative" and rimborso.sentiment["label"] == "negative"
    assert "money" in rimborso.urgency["reasons"]
    drafts = recommender.recommend(Post(text="Hi, my router keeps dropping. Call me on 07700 900123 please.",
                                        id="router"), k=3).drafts
    assert not any(re.search(r"kind words|the love|sharing", d.text, re.I) for d in drafts), [d.text for d in drafts]
    for text in ("ok", "k", "will do"):  # an acknowledgement: a closing, never moved private
        analysis = recommender.analyzer.analyze_many([Post(text=text)])[0]
        assert not analysis.privacy["move_private"]


@pytest.mark.parametrize(("text", "brand", "foreign"), [
    ("@SkyHop can I bring my guitar on board or does it need its own seat?", "SkyHop", "cello"),  # another thing
    ("@VoltMobile my bill is £25 higher than usual and I haven't changed anything", "VoltMobile", "£40"),
    ("@SkyHop wheelchair assistance never showed up at departures in Glasgow, waited 30 min", "SkyHop", "50"),
    ("@Brewly the app took my stamps away?? I had 6!!", "Brewly", "9"),
    ("@Brewly le wifi du café de Bordeaux ne marche pas depuis une semaine", "Brewly", "Lyon"),  # another town
])
def test_a_near_copy_of_a_past_post_never_gets_that_cases_particulars(recommender, text: str, brand: str,
                                                                     foreign: str) -> None:
    """A reviewer wrote posts like the bundled cases with one detail changed: the past reply's amount, town,
    number or instrument must not reach the draft."""
    drafts = recommender.recommend(Post(text=text, brand=brand, id=f"near-{foreign}"), k=3).drafts
    assert drafts and not any(re.search(rf"(?<![\w£]){re.escape(foreign)}(?!\w)", d.text) for d in drafts), \
        [d.text for d in drafts]


def test_a_short_follow_up_is_read_with_the_thread_so_far(recommender) -> None:
    from model.types import ThreadMessage

    earlier = (ThreadMessage("@Trackly my parcel says delivered but it isn't here, mail me at jo@example.com"),
               ThreadMessage("@Trackly anyone??"))
    post = "any news? 07700 900123"
    rec = recommender.recommend(Post(text=post, id="f1", brand="Trackly", thread=earlier), k=3)
    assert rec.analysis.sentiment["label"] == "negative"  # "any news?" alone says little; the parcel does
    assert "repeated_contact" in rec.analysis.urgency["reasons"] and rec.analysis.urgency["level"] in ("high",
                                                                                                     "critical")
    spans = rec.analysis.privacy["pii"]  # offsets into the post itself, the thread's e-mail not among them
    assert [post[s["start"]:s["end"]] for s in spans] == ["07700 900123"]
    assert not any(re.search(r"how can we help|what can we do for you", d.text, re.I) for d in rec.drafts)
    assert all(re.search(r"\bwait|slow reply|took us", d.text, re.I) for d in rec.drafts)  # the wait is owned
    alone = recommender.recommend(Post(text=post, id="f1", brand="Trackly"), k=3)
    assert not any(re.search(r"sorry for the wait|keep you waiting", d.text, re.I) for d in alone.drafts)
    assert "repeated_contact" not in alone.analysis.urgency["reasons"]


def test_a_customer_the_brand_already_asked_to_dm_is_not_asked_again(recommender) -> None:
    from model.types import ThreadMessage

    thread = (ThreadMessage("@Trackly my parcel never arrived"),
              ThreadMessage("So sorry! Please send us a DM with your order number and we'll chase it.", "brand"))
    for text in ("done", "@Trackly sent!"):
        rec = recommender.recommend(Post(text=text, id=text, brand="Trackly", thread=thread), k=3)
        assert rec.drafts and not any(PRIVATE.search(d.text) for d in rec.drafts), [d.text for d in rec.drafts]
        assert not any(EMPATHY.search(d.text) for d in rec.drafts), [d.text for d in rec.drafts]
    fixed = (ThreadMessage("@Trackly my parcel never arrived"),
             ThreadMessage("Found it: it's at the depot and will be delivered tomorrow before noon.", "brand"))
    rec = recommender.recommend(Post(text="ok thanks", id="ok", brand="Trackly", thread=fixed), k=3)
    assert not any(EMPATHY.search(d.text) or PRIVATE.search(d.text) for d in rec.drafts), [d.text for d in rec.drafts]


def test_a_thank_you_after_the_fix_is_not_read_as_the_old_complaint_and_long_threads_fit(recommender) -> None:
    from model.types import ThreadMessage

    thread = (ThreadMessage("@Trackly my card was charged twice, refund please"), ThreadMessage("Refunded!", "brand"))
    rec = recommender.recommend(Post(text="perfect, thank you so much!", id="ty", brand="Trackly", thread=thread))
    assert rec.analysis.sentiment["label"] == "positive" and "money" not in rec.analysis.urgency["reasons"]
    long = (ThreadMessage("x" * 6000), ThreadMessage("y " * 3000))
    rec = recommender.recommend(Post(text="any news?", id="long", brand="Trackly", thread=long))
    assert rec.drafts and [s for s in rec.analysis.privacy["pii"] if s["start"] < 0] == []


def test_a_customer_who_chases_keeps_their_problem_and_the_brands_words_are_not_borrowed_again(recommender) -> None:
    from model.thread import ThreadContext
    from model.types import ThreadMessage

    chased = (ThreadMessage("@SkyHop my flight SH214 was cancelled and I need to get to Lisbon tonight"),
              ThreadMessage("any news?"), ThreadMessage("hello??"))
    rec = recommender.recommend(Post(text="still nothing?", id="c1", brand="SkyHop", thread=chased), k=3)
    assert rec.analysis.urgency["level"] in ("high", "critical") and rec.analysis.sentiment["label"] != "positive"
    assert not any(re.search(r"thanks for asking|kind words|feedback", d.text, re.I) for d in rec.drafts)

    answered = (ThreadMessage("@Trackly my parcel never arrived"),
                ThreadMessage("So sorry! It's at the depot and will be redelivered tomorrow.", "brand"),
                ThreadMessage("ok thanks"))
    context = ThreadContext.read(Post(text="also my card got declined now", brand="Trackly", thread=answered))
    assert context.unanswered == 0 and context.offset == 0  # an "ok thanks" asks nothing; a new problem is its own
    rec = recommender.recommend(Post(text="thanks but I still only see 0 stamps", id="c2", brand="Trackly",
                                     thread=answered), k=3)
    assert all(d.rephraser == "holding" for d in rec.drafts)  # the brand has spoken: no other case's answer
    assert not any(re.search(r"kind words|feedback", d.text, re.I) for d in rec.drafts)
    inbox = ThreadContext.read(Post(text="hmm", thread=(ThreadMessage("I can't log in"),
                                                        ThreadMessage("Please check your inbox for a reset link.",
                                                                      "brand"))))
    assert not inbox.dm_asked  # pointing at an e-mail inbox asks for no DM


def test_a_question_in_the_customer_s_own_words_keeps_the_reply_s_anchor() -> None:
    """A fresh read (ninth session): "what's the earliest I can get into my room?" and "can I still get my money
    back?" lost the brand's check-in and refund answers for not saying "check-in" or "refund"."""
    from model.same_subject import anchors_kept

    checkin = ("what time is check-in at the Brighton hotel?",
               "Check-in is from 3pm and check-out is by 11am at all our hotels.")
    assert anchors_kept(*checkin, "what's the earliest I can get into my room at the Brighton hotel on Friday?")
    refund = ("can I get a refund on Emberfall? bought it yesterday",
              "You can get a full refund within 14 days of purchase as long as you've played less than 2 hours.")
    assert anchors_kept(*refund, "I bought Emberfall 3 days ago, only played an hour. Can I still get my money back?")
    assert not anchors_kept(*refund, "when does the next Emberfall season start?")  # another subject still
    assert not anchors_kept(*checkin, "is there parking at the Brighton hotel?")
    # ... and the window the terms give everyone is no particular of the past customer's case ("3 days ago" asked)
    from model.particulars import particulars

    assert not particulars(refund[1], "bought it 3 days ago, can I still get my money back?")
    assert particulars("Your refund of £25 was sent within 2 hours of your call.", "where is my refund?") == {"£25"}


def test_a_reply_about_spelling_needs_a_post_about_spelling_and_a_call_request_goes_to_the_phone(recommender) -> None:
    from model.same_subject import anchors_kept

    past = "@SkyHop I need to change my name on the ticket, it's misspelled"
    reply = "Easy fix! Small spelling corrections are free. Send us a DM with your booking code."
    assert not anchors_kept(past, reply, "@SkyHop please ring me, my booking vanished")
    assert anchors_kept(past, reply, "@SkyHop my surname is spelled wrong on my booking")
    rec = recommender.recommend(Post(text="@VoltMobile can someone just call me back please", id="cb",
                                     brand="VoltMobile"), k=3)
    assert rec.analysis.privacy["move_private"] and rec.analysis.privacy["channel_advice"] == "phone"
    assert all(re.search(r"\bcall|\bring\b|number", d.text, re.I) for d in rec.drafts), [d.text for d in rec.drafts]


def test_a_post_that_says_nobody_answered_hears_sorry_for_the_wait(recommender) -> None:
    rec = recommender.recommend(Post(text="@Trackly third time asking, no one has replied. Where is my parcel?",
                                     id="w1", brand="Trackly"), k=3)
    assert all(re.search(r"\bwait|slow reply|took us", d.text, re.I) for d in rec.drafts), [d.text for d in rec.drafts]
    rec = recommender.recommend(Post(text="@Trackly still waiting for my parcel", id="w2", brand="Trackly"), k=3)
    assert not any(re.search(r"sorry for the wait|keep you waiting", d.text, re.I) for d in rec.drafts)


@pytest.mark.parametrize("text,brand", [
    ("@Brewly my daughter had an allergic reaction after your 'nut free' muffin. We were in A&E last night.", "Brewly"),
    ("@VoltMobile the charger you sent me sparked and melted the plug socket", "VoltMobile"),
    ("@VoltMobile I smell burning from the router you installed yesterday and there's smoke", "VoltMobile"),
])
def test_a_safety_report_is_never_thanked_and_hazards_get_safety_advice(recommender, text: str, brand: str) -> None:
    rec = recommender.recommend(Post(text=text, id=text[:12], brand=brand), k=3)
    assert "safety" in rec.analysis.urgency["reasons"] and rec.analysis.urgency["level"] == "critical"
    texts = [d.text for d in rec.drafts]
    assert not any(re.search(r"thanks (?:so much )?for (?:sharing|the (?:feedback|heads up|kind))|howdy|hiya", t, re.I)
                   for t in texts), texts
    if "A&E" not in text:
        assert all(re.search(r"safety|danger|emergency", t, re.I) for t in texts), texts


def test_ironic_praise_around_a_misdelivery_and_sarcastic_love_read_negative(recommender) -> None:
    for text in ("wow, amazing service, my parcel went to Glasgow instead of Cardiff. Truly impressive.",
                 "love paying £4.50 for a lukewarm latte that tastes like dishwater. Great job guys 👏"):
        rec = recommender.recommend(Post(text=text, id=text[:10], brand="Trackly"), k=3)
        assert rec.analysis.sentiment["label"] == "negative", text
        assert not any(re.search(r"kind words|feedback", d.text, re.I) for d in rec.drafts)


def test_no_answer_from_someone_else_is_no_wait_of_ours(recommender) -> None:
    rec = recommender.recommend(Post(text="@Trackly the driver got no answer at the door but I was home all day",
                                     id="door", brand="Trackly"), k=3)
    assert not any(re.search(r"sorry for the wait|keep you waiting", d.text, re.I) for d in rec.drafts)


def test_someone_hurt_hears_concern_and_a_gas_smell_is_not_sent_to_dm(recommender) -> None:
    rec = recommender.recommend(Post(text="@Brewly my son had an allergic reaction to your 'nut free' muffin and "
                                          "we had to use his EpiPen", id="hurt", brand="Brewly"), k=3)
    texts = [d.text for d in rec.drafts]
    assert all(re.search(r"hope your son is", t, re.I) for t in texts), texts  # the one they named hurt
    assert not any(re.search(r"frustrat|inconvenience|trouble|thanks for asking", t, re.I) for t in texts), texts
    rec = recommender.recommend(Post(text="Can smell gas near the meter cupboard in our block. Who do I call??",
                                     id="gas", brand="VoltMobile", channel="facebook", author="Priya Shah"), k=3)
    texts = [d.text for d in rec.drafts]
    assert all(re.search(r"emergency services", t) for t in texts), texts
    assert not any(PRIVATE.search(t) or re.search(r"frustrat", t, re.I) for t in texts), texts


def test_a_chaser_hears_sorry_not_thanks_for_asking_and_a_complaint_no_exclaimed_greeting(recommender) -> None:
    rec = recommender.recommend(Post(
        text="any update?? it's been 3 days", id="chase", brand="VoltMobile", author="@deb_h",
        thread=(ThreadMessage("@VoltMobile you've charged me for a roaming add-on I never bought"),
                ThreadMessage("Sorry about that, Deb. Can you DM us your account number?", role="brand"))), k=3)
    texts = [d.text for d in rec.drafts]
    assert all(re.search(r"wait|slow reply|took us", t, re.I) for t in texts), texts
    assert not any(re.search(r"thanks for asking", t, re.I) for t in texts), texts
    rec = recommender.recommend(Post(text="Still nothing. I was told someone would call me yesterday. Nobody did.",
                                     id="promise", brand="NimbusBank", channel="facebook", author="Linda Moore"), k=3)
    texts = [d.text for d in rec.drafts]
    assert all(re.search(r"wait|slow reply|took us", t, re.I) for t in texts), texts
    assert not any(re.match(r"(?:Hi|Hey|Hello)[^.!?]*!", t) for t in texts), texts


def test_drafts_differ_by_more_than_their_greeting_and_an_instagram_handle_keeps_its_dot(recommender) -> None:
    rec = recommender.recommend(Post(text="Hola @SkyHop, ¿puedo llevar el carrito del bebé hasta la puerta de "
                                          "embarque? Viajo el sábado", id="es-q", brand="SkyHop",
                                     author="@lucia_mv"), k=3)
    cores = [re.sub(r"^@\S+\s+(?:[¡]?Hola[.!]?\s*)?", "", d.text) for d in rec.drafts]
    assert len(set(cores)) == len(cores), [d.text for d in rec.drafts]
    rec = recommender.recommend(Post(text="love the new oat latte!! 😍", id="ig", brand="Brewly",
                                     channel="instagram", author="@anna.k"), k=3)
    assert all(d.text.startswith("@anna.k ") for d in rec.drafts), [d.text for d in rec.drafts]


def test_an_angry_face_or_scare_quotes_read_negative(recommender) -> None:
    for text in ("@StreamBox the final episode of Nightjar cuts off 10 mins before the end?? whole family was "
                 "watching 😡",
                 "@SkyHop 'premium' they said. Cold food and a broken seat for 9 hours"):
        rec = recommender.recommend(Post(text=text, id=text[:9], brand="StreamBox"), k=3)
        assert rec.analysis.sentiment["label"] == "negative", text
        assert not any(re.search(r"thanks for asking|kind words", d.text, re.I) for d in rec.drafts)


def test_fraud_in_progress_at_a_bank_says_freeze_and_call_now_and_elsewhere_names_no_card_line(recommender) -> None:
    rec = recommender.recommend(Post(text="@NimbusBank someone just emptied my account, £1,200 gone to a payee I've "
                                          "never heard of. please help", id="fraud", brand="NimbusBank"), k=3)
    assert rec.analysis.urgency["level"] == "critical" and "fraud" in rec.analysis.urgency["reasons"]
    texts = [d.text for d in rec.drafts]
    assert all(re.search(r"freeze|call us", t, re.I) for t in texts), texts
    assert not any(re.search(r"good time to call|DM us", t, re.I) for t in texts), texts
    rec = recommender.recommend(Post(text="@StreamBox my account got hacked, someone changed the email and bought 3 "
                                          "films with my card", id="hack", brand="StreamBox"), k=3)
    assert not any(re.search(r"back of your card", d.text) for d in rec.drafts), [d.text for d in rec.drafts]


@pytest.mark.parametrize(("text", "brand", "label"), [
    ("@SkyHop Ihr Personal am Gate war unfreundlich und hat meine Frage ignoriert. Ich erwarte eine Entschuldigung.",
     "SkyHop", "negative"),
    ("@StreamBox app viciante demais, parabéns pela nova série! 😍", "StreamBox", "positive"),
    ("@StreamBox questa serie è la fine del mondo, complimenti!", "StreamBox", "positive"),
    ("@VoltMobile quanto costa il cambio di piano a metà mese?", "VoltMobile", "neutral"),
])
def test_a_bilingual_lead_s_misread_moods(recommender, text: str, brand: str, label: str) -> None:
    rec = recommender.recommend(Post(text=text, id=text[:14], brand=brand), k=3)
    assert rec.analysis.sentiment["label"] == label, text
    if label != "positive":
        assert not any(re.search(r"Worte|parole|palavras|kind words", d.text) for d in rec.drafts)


def test_european_customers_hurt_or_already_in_dm_are_answered_in_their_language(recommender) -> None:
    rec = recommender.recommend(Post(text="@FitForge au club de Lille un tapis de course s'est emballé, ma copine est "
                                          "tombée et s'est ouvert l'arcade", id="fr-hurt", brand="FitForge"), k=3)
    assert "safety" in rec.analysis.urgency["reasons"]
    assert all(re.search(r"espérons que tout le monde va bien", d.text) for d in rec.drafts), [d.text for d in rec.drafts]
    rec = recommender.recommend(Post(text="@SkyHop ya os he escrito por privado hace dos días y nadie me contesta. "
                                          "¿Alguna novedad?", id="es-dm", brand="SkyHop", author="@rocio_sev"), k=3)
    texts = [d.text for d in rec.drafts]
    assert not any(re.search(r"mensaje directo|privado|DM", t) for t in texts), texts
    assert all(re.search(r"espera|tardamos", t) for t in texts), texts
    rec = recommender.recommend(Post(text="O meu cartão foi clonado e fizeram compras que eu não fiz, isto é "
                                          "inaceitável", id="pt-neg", brand="NimbusBank", author="Manuel Carvalho",
                                     channel="facebook"), k=3)
    assert not any(d.text.startswith("Hi ") for d in rec.drafts), [d.text for d in rec.drafts]


def test_only_successful_replies_without_someone_elses_data_lend_content_and_a_script_goes_to_two_customers(
        recommender) -> None:
    from model.factory import build_recommender
    from model.retriever import CaseRetriever
    from model.types import Case

    analyzer = recommender.analyzer
    reading = "@BrightGrid how do I give you a meter reading?"
    cases = [Case(id="ok", post=reading, brand="BrightGrid", outcome="resolved", quality=1.0,
                  reply="Go to Account > Meter readings in the app and type in the numbers on the display."),
             Case(id="bad", post="@BrightGrid asked for my credit refund weeks ago and still nothing", brand="BrightGrid",
                  outcome="unresolved", quality=0.2,
                  reply="DM us your account number and the date you asked and I'll chase the refund today."),
             Case(id="theirs", post="@BrightGrid someone else's bill arrived in my email", brand="BrightGrid",
                  outcome="resolved", quality=1.0,
                  reply="Thanks, we'll email you at <EMAIL> shortly with a corrected bill for account <ACCOUNT_ID>."),
             Case(id="done", post="@BrightGrid I sent my meter reading twice and my bill is still estimated",
                  brand="BrightGrid", outcome="resolved", quality=1.0,
                  reply="I've added the latest one and a corrected bill will follow within 2 days."),
             Case(id="switch", post="@BrightGrid my switch was due on the 12th and nothing has happened",
                  brand="BrightGrid", outcome="resolved", quality=1.0,
                  reply="Switches sometimes slip when the old supplier objects. DM us your switch reference and "
                        "we'll chase it today.")]
    rec = build_recommender(analyzer, CaseRetriever(analyzer.encoder).fit(cases))
    refund = rec.recommend(Post(text="@BrightGrid I asked for my credit refund weeks ago and still nothing",
                                brand="BrightGrid", id="r1"), k=3)
    assert not any("chase the refund" in d.text for d in refund.drafts), [d.text for d in refund.drafts]
    bill = rec.recommend(Post(text="@BrightGrid someone else's bill arrived in my email", brand="BrightGrid", id="b1"),
                         k=3)
    assert not any(re.search(r"<(?!NAME>)[A-Z_]+>", d.text) for d in bill.drafts), [d.text for d in bill.drafts]
    done = rec.recommend(Post(text="@BrightGrid sent my meter readings twice and the bill is still estimated",
                              brand="BrightGrid", id="d1"), k=3)
    assert not any("I've added" in d.text for d in done.drafts), [d.text for d in done.drafts]  # not done for them
    switch = rec.recommend(Post(text="@BrightGrid my switch was supposed to go through on the 20th and nothing yet",
                                brand="BrightGrid", id="s1"), k=3)
    assert any("switch reference" in d.text for d in switch.drafts), [d.text for d in switch.drafts]
    handed = [next(d.text for d in rec.recommend(Post(text=reading, brand="BrightGrid", id=f"m{i}",
                                                      author=f"@cust{i}"), k=1).drafts) for i in range(5)]
    cores = Counter(re.sub(r"^@\w+ (?:(?:Hi|Hello|Hey)[^.!]*[.!] )?", "", t) for t in handed)
    assert max(cores.values()) <= 2, handed


def test_a_regression_read_s_misses_sarcasm_a_fault_a_wait_and_a_fraud_greeting(recommender) -> None:
    for text, brand in (("@VoltMobile wow, third outage this week, great job guys 👏👏", "VoltMobile"),
                        ("@Trackly love how my parcel went to Glasgow instead of Leeds. Brilliant.", "Trackly"),
                        ("@Brewly got a burnt coffee at Kings Cross this morning, tasted like ash", "Brewly")):
        rec = recommender.recommend(Post(text=text, id=text[:12], brand=brand), k=3)
        assert rec.analysis.sentiment["label"] == "negative", text
        assert not any(re.search(r"kind words|appreciate you sharing", d.text, re.I) for d in rec.drafts), text
    for text, brand in (("@NimbusBank been on hold for 30 minutes, is anyone there?", "NimbusBank"),
                        ("@PaperPlaneBooks you promised a replacement copy last week, still nothing arrived",
                         "PaperPlane Books")):
        rec = recommender.recommend(Post(text=text, id=text[:12], brand=brand), k=3)
        assert all(re.search(r"wait|slow reply|took us", d.text, re.I) for d in rec.drafts), [d.text for d in rec.drafts]
    rec = recommender.recommend(Post(text="@Brewly the app took my stamps away?? I had 6!!", id="stamps", brand="Brewly"),
                                k=3)
    assert not any("asking" in d.text for d in rec.drafts), [d.text for d in rec.drafts]
    rec = recommender.recommend(Post(text="@NimbusBank someone just spent £600 on my card in Romania, I'm in London!",
                                     id="ro", brand="NimbusBank", author="Chris Ward"), k=3)
    texts = [d.text for d in rec.drafts]
    assert not any(re.search(r"good to hear|nice to hear|shout|Hey Chris!", t) for t in texts), texts


def test_money_taken_in_other_languages_is_a_grievance_never_praise(recommender) -> None:
    """A bilingual lead's posts: the multilingual head read these as praise or neutral, and drafts thanked the
    customer for the kind words."""
    posts = [Post(text="@NimbusBank vous m'avez prélevé deux fois mon loyer, 850€ x2, je suis à découvert là !!",
                  brand="NimbusBank", id="fr-double"),
             Post(text="@NimbusBank mi avete addebitato 300 euro due volte, rivoglio i miei soldi subito",
                  brand="NimbusBank", id="it-double")]
    for post in posts:
        rec = recommender.recommend(post, k=3)
        assert rec.analysis.sentiment["label"] == "negative", post.text
        assert not any(re.search(r"gentil message|belle parole|ravis", d.text, re.I) for d in rec.drafts)


def test_a_titled_author_is_not_greeted_by_the_title_and_german_lowers_bitte(recommender) -> None:
    drafts = recommender.recommend(Post(text="@PaperPlaneBooks Können Sie mir bitte sagen, ob Sie auch nach "
                                             "Österreich liefern?", author="Herr Böhm", id="herr"), k=3).drafts
    assert drafts and not any("Herr" in d.text for d in drafts)
    fraud = recommender.recommend(Post(text="@NimbusBank Mir wurden 1.200 € abgebucht, die ich nie autorisiert "
                                            "habe. Bitte sofort die Karte sperren!", brand="NimbusBank",
                                       author="Markus", id="de-fraud"), k=3).drafts
    assert any("Hallo Markus, bitte sperr" in d.text for d in fraud), [d.text for d in fraud]



def test_contacting_four_times_in_french_or_twice_by_email_in_german_owns_the_wait(recommender) -> None:
    posts = [Post(text="Madame, Monsieur, cela fait trois semaines que j'attends le remboursement de ma commande "
                       "annulée. J'ai contacté votre service client à quatre reprises et on me promet un rappel qui "
                       "ne vient jamais.", id="fr-wait", brand="PaperPlane Books", channel="facebook"),
             Post(text="Sehr geehrte Damen und Herren, seit zwei Wochen warte ich auf die Erstattung. Trotz zweier "
                       "E-Mails habe ich bisher keinerlei Antwort erhalten.", id="de-wait", channel="facebook")]
    for post in posts:
        rec = recommender.recommend(post, k=3)
        assert rec.analysis.sentiment["label"] == "negative", post.text
        assert all(re.search(r"attente|d[ée]lai|Wartezeit|gedauert", d.text) for d in rec.drafts), \
            [d.text for d in rec.drafts]


def test_menu_paths_and_freephone_lines_are_no_particulars() -> None:
    """An app's menu path and a brand's service line are every customer's: a reply giving them is no other
    incident's answer ("You'll find it under My Policies > Documents" had been held back as naming 'Policies')."""
    from model.particulars import particulars

    assert not particulars("You'll find it in the app under My Policies > Documents.", "can I get my policy?", None)
    assert not particulars("When booking, tap 'For me' and switch to 'Someone else'.", "book for my mum?", None)
    assert not particulars("Call our claims line on 0800 555 0199, 24/7.", "what's your claims number?", None)
    assert particulars("Yes, we're live in Leeds 24/7!", "Is there a Zipto in Glasgow?", "Zipto") == {"Leeds"}



def test_a_long_word_or_menu_path_is_read_in_linear_time() -> None:
    import time

    from model.particulars import names_in

    for text in ("x" * 10_000, "aa>" * 3_000, "My Policies " * 800 + ">"):
        start = time.perf_counter()
        names_in(text)
        assert time.perf_counter() - start < 0.5, text[:20]


def test_a_new_brands_lead_s_findings_emergencies_one_call_to_action_faqs_and_thanks(recommender) -> None:
    """A care lead's read of a telecom and a food-delivery brand going live: someone hurt now hears "call the
    emergency services" and no DM request or thanks; a reply that says "call us on 0800 ..." asks for no DM
    call-back as well; the same question asked again gets its standing answer (a new brand's reply scored low
    with the ranker); a customer whose DMs went unanswered is not asked for another; thanks for a refund stay public."""
    from model.factory import build_recommender
    from model.retriever import CaseRetriever
    from model.types import Case

    analyzer = recommender.analyzer
    cases = [Case(id="pac", post="Can I get a PAC code?", brand="Lumaline", quality=1.0, outcome="resolved",
                  reply="Sure! Text PAC to 65075 and we'll send it to you straight away ^AK"),
             Case(id="twice", post="Crumbly charged my card 3 times for one order!!", brand="Crumbly", quality=1.0,
                  outcome="resolved",
                  reply="So sorry! Please call our payments team on 0800 456 7890 right away so we can reverse the "
                        "extra charges ^TC"),
             Case(id="rider", post="your rider fell off his bike outside my house", brand="Crumbly", quality=1.0,
                  outcome="resolved", reply="Thanks so much for letting us know, we've let the rider's team know.")]
    rec = build_recommender(analyzer, CaseRetriever(analyzer.encoder).fit(cases))
    pac = rec.recommend(Post(text="@Lumaline can I get a PAC code?", brand="Lumaline", id="q6"), k=3)
    assert any("65075" in d.text for d in pac.drafts), [d.text for d in pac.drafts]
    for text in ("@Crumbly there was sesame in my dish and my throat is closing up",
                 "@Crumbly your rider just crashed his scooter into a car outside my house, he's on the ground"):
        rec_ = rec.recommend(Post(text=text, brand="Crumbly", id="e"), k=3)
        assert rec_.analysis.urgency["level"] == "critical" and rec_.drafts
        for d in rec_.drafts:
            assert re.search(r"emergency services|999", d.text), d.text
            assert not PRIVATE.search(d.text) and not re.search(r"\bthanks?\b|thank you", d.text, re.I), d.text
    charged = rec.recommend(Post(text="@Crumbly charged 3 times for one order, sort it out", brand="Crumbly",
                                 id="c"), k=3)
    assert any("0800 456 7890" in d.text for d in charged.drafts), [d.text for d in charged.drafts]
    for d in charged.drafts:
        if "0800 456 7890" in d.text:
            assert not re.search(r"\bDM\b|direct message", d.text), d.text
        assert d.text.rstrip()[-1] in ".!?)" or EMOJI_END.search(d.text), d.text  # the cut sign-off took no stop
    chased = rec.recommend(Post(text="@Lumaline third time asking - broadband is 4mbps. Nobody has replied to my DMs.",
                                brand="Lumaline", id="p3"), k=3)
    assert chased.drafts and not any(re.search(r"\bDM\b|direct message", d.text) for d in chased.drafts)
    thanks = rec.recommend(Post(text="@Crumbly Thank you for sorting my refund so fast yesterday!", brand="Crumbly",
                                id="t"), k=3)
    assert not thanks.analysis.privacy["move_private"]
    assert thanks.drafts and not any(PRIVATE.search(d.text) for d in thanks.drafts), [d.text for d in thanks.drafts]


EMOJI_END = re.compile(r"[^\w\s.,!?]$")


def test_a_data_scientist_s_hand_check_ids_that_are_not_personal_data_and_misread_posts(recommender) -> None:
    """Durations, amounts and bus or flight codes are no ids; a tracking number is an id, not a phone; smoke at
    Bank station is no payment matter; "Thanks a lot <brand>." closing a complaint is sarcasm."""
    analyzer = recommender.analyzer
    texts = ["@Crumbly order placed 1h20 ago, app says 'rider nearby' for 40 mins. Absolutely pathetic.",
             "Paid £3,480 for an annual season ticket and the gates reject it every morning",
             "Huge thanks to the driver of the N29 bus last night, so kind",
             "my order never came, tracking JD014600009876543",
             "@MetroLinkRail fire alarm going off at Bank station and there's smoke in the tunnel",
             "My broadband went down in the middle of my exam upload, uni deadline is at 5pm today. Thanks a lot Lumaline."]
    a = analyzer.analyze_many([Post(text=t, id=str(i)) for i, t in enumerate(texts)])
    assert [a[i].privacy["pii"] for i in range(3)] == [[], [], []]
    assert not a[2].privacy["move_private"]
    spans = [(p["type"], texts[3][p["start"]:p["end"]]) for p in a[3].privacy["pii"]]
    assert ("ORDER_ID", "JD014600009876543") in spans and not any(t == "PHONE_NUMBER" for t, _ in spans)
    assert a[4].privacy["channel_advice"] != "phone" and a[4].urgency["level"] == "critical"
    assert a[5].sentiment["label"] == "negative" and "deadline_today" in a[5].urgency["reasons"]


def test_a_formal_letter_is_answered_by_title_and_surname_without_breezy_phrases(recommender) -> None:
    """"Dear Sir or Madam ... Regards" from "Mr. Harold Benson" by e-mail: "Dear Mr Benson," and no "We hear
    you loud and clear!" or "Don't worry"; a titled author on Facebook is greeted "Hello Dr Whitfield."."""
    letter = Post(text="Dear Sir or Madam, my most recent invoice shows a charge of £63.40 for 'premium services' "
                       "which I have never subscribed to. I would be grateful if you could investigate. Regards, H. Benson",
                  id="f1", brand="SkyHop", channel="email", author="Mr. Harold Benson")
    drafts = recommender.recommend(letter, k=3).drafts
    assert drafts
    for d in drafts:
        assert d.text.startswith("Dear Mr Benson, ") and "!" not in d.text, d.text
        assert not re.search(r"loud and clear|don't worry|we've got this", d.text, re.I), d.text
    post = Post(text="Dear SkyHop, I am writing to request a refund for my cancelled flight. Yours faithfully",
                id="f2", brand="SkyHop", channel="facebook", author="Dr. Eleanor Whitfield")
    drafts = recommender.recommend(post, k=3).drafts
    assert drafts and all(d.text.startswith("Hello Dr Whitfield.") for d in drafts)


def test_a_bilingual_read_sarcasm_stays_negative_and_emergencies_get_their_advice(recommender) -> None:
    """"genial, gracias por nada 🙄" had its sarcasm swap undone by the praise word "genial"; someone collapsed on
    a Spanish train hears "call the emergency services"; a card used without permission at an Italian bank
    ("BancaAurora") hears "block the card and call us" and a stranded family at night is critical."""
    sarcastic = recommender.analyzer.analyze(Post(text="@TiendaMax genial, gracias por nada. Tres semanas esperando "
                                                       "el reembolso del pedido y ni una respuesta 🙄", id="s"))
    assert sarcastic.sentiment["label"] == "negative"
    fainted = recommender.recommend(Post(text="Un señor mayor se ha desmayado en el vagón 5 del tren de Valencia y no "
                                              "viene nadie del personal. ¡Rápido!", id="f", brand="RenfeX"), k=3)
    assert fainted.analysis.urgency["level"] == "critical"
    assert fainted.drafts and all("emergencia" in d.text for d in fainted.drafts), [d.text for d in fainted.drafts]
    card = recommender.recommend(Post(text="@BancaAurora qualcuno sta usando la mia carta senza autorizzazione! Tre "
                                           "pagamenti che non ho mai fatto stamattina.", id="c", brand="BancaAurora"), k=3)
    assert "fraud" in card.analysis.urgency["reasons"]
    assert any(re.search(r"bloc", d.text, re.I) for d in card.drafts), [d.text for d in card.drafts]
    stranded = recommender.analyzer.analyze(Post(text="@LuftAir Flug gestrichen, es ist 0:30 Uhr, wir sitzen mit zwei "
                                                      "kleinen Kindern und Oma am Flughafen München fest.", id="d"))
    assert stranded.urgency["level"] == "critical" and "stranded" in stranded.urgency["reasons"]


def test_an_emergency_in_the_air_goes_to_the_cabin_crew_and_a_letter_s_request_is_no_praise(recommender) -> None:
    """"Call the emergency services" cannot be done at 35,000 feet; "I write to request ... I should be grateful"
    is a request (it read as praise and got "We appreciate the feedback")."""
    air = recommender.recommend(Post(text="@SkyHop someone has just collapsed in the aisle on SB770, crew are with him "
                                          "but is there a doctor? we're still in the air", id="a", brand="SkyHop"), k=3)
    assert air.analysis.urgency["level"] == "critical"
    assert air.drafts and all("cabin crew" in d.text for d in air.drafts), [d.text for d in air.drafts]
    ground = recommender.recommend(Post(text="My dad has collapsed in the aisle of your Leeds store, staff are nowhere "
                                             "to be seen", id="g", brand="FreshMart"), k=3)
    assert ground.drafts and not any("cabin crew" in d.text for d in ground.drafts)
    assert all("emergency services" in d.text for d in ground.drafts), [d.text for d in ground.drafts]
    letter = recommender.analyzer.analyze(Post(text="Dear Sir or Madam, I write to request a duplicate statement for my "
                                                    "current account. I should be grateful for your prompt attention.",
                                               id="l", channel="email"))
    assert letter.sentiment["label"] != "positive"


def test_a_community_manager_s_read_threats_letters_plans_and_sarcasm(recommender) -> None:
    """A player threatened with swatting and a child sent sexual messages hear what to do (keep, block, report,
    the police); a German letter signed "Jürgen Hoffmann" gets "Guten Tag", not "Hallo Jürgen"; a reply whose
    <NAME> sits mid-sentence ("From 1 November, <NAME> is £8.99 a month") is not borrowed; "Thanks a lot <brand>."
    opening a complaint and a clown face are sarcasm."""
    from model.factory import build_recommender
    from model.retriever import CaseRetriever
    from model.types import Case

    for text in ("this guy in my lobby keeps saying he knows where i live and he's gonna swat me",
                 "someone keeps sending my 12 year old daughter sexual messages in game chat, what do I do"):
        rec = recommender.recommend(Post(text=text, id="t", brand="PixelForge"), k=3)
        assert rec.drafts and all(re.search(r"police", d.text) and re.search(r"block", d.text) for d in rec.drafts)
    letter = Post(text="Sehr geehrte Damen und Herren, mein Abo wurde ohne Ankündigung teurer. Mit freundlichen Grüßen, "
                       "Jürgen Hoffmann", id="l", brand="Streamly", channel="email")
    drafts = recommender.recommend(letter, k=3).drafts
    assert drafts and not any("Jürgen" in d.text for d in drafts), [d.text for d in drafts]
    analyzer = recommender.analyzer
    plan = [Case(id="plan", post="Why has my subscription gone up?", brand="Streamly", quality=1.0, outcome="resolved",
                 reply="We know price changes are never welcome. From 1 November, <NAME> is £8.99 a month.")]
    borrowed = build_recommender(analyzer, CaseRetriever(analyzer.encoder).fit(plan)).recommend(
        Post(text="why has my subscription gone up??", id="p", brand="Streamly", author="Margaret Lee"), k=1).drafts
    assert borrowed and not any("Margaret is" in d.text for d in borrowed), [d.text for d in borrowed]
    for text in ("Thanks a lot Streamly. Third night in a row the app crashes on my PS5.",
                 "wow another price rise, can't wait to pay more for fewer shows 🤡"):
        assert analyzer.analyze(Post(text=text, id="s")).sentiment["label"] == "negative"


def test_a_customer_asking_whether_a_text_is_really_from_us_hears_not_to_click(recommender) -> None:
    """"got a text saying my account is suspended and to click a link, is this you?" had "we'll be in touch"."""
    rec = recommender.recommend(Post(text="@Northbank got a text saying my account is suspended and to click a link, "
                                          "is this you? 🤔", id="p", brand="Northbank"), k=3)
    assert rec.drafts and all(re.search(r"don't (?:click|tap) the link", d.text) for d in rec.drafts), \
        [d.text for d in rec.drafts]
    broken = recommender.recommend(Post(text="I clicked the link in your email and the page is broken", id="b",
                                        brand="Northbank"), k=3)
    assert not any("don't click" in d.text for d in broken.drafts)


def test_thanks_for_a_fix_in_other_languages_is_positive_and_angry_praise_is_not(recommender) -> None:
    """A care lead's multilingual read (seventh session): a refund that arrived, thanked for, had read as a money
    complaint and was sent to the phone; "Super @LumenBank 😡" from a blocked card had been thanked."""
    es, pt, it, fr, still = recommender.analyzer.analyze_many([
        Post(text="Ya me ha llegado el reembolso, gracias por la gestión tan rápida"),
        Post(text="Problema resolvido, obrigado à Inês pela ajuda!"),
        Post(text="Rimborso arrivato, grazie mille per la velocità!"),
        Post(text="Carte bloquée à Montréal, je suis à la caisse de l'hôtel… Super @LumenBank 😡"),
        Post(text="Gracias, pero el reembolso todavía no ha llegado")])
    for happy in (es, pt, it):
        assert happy.sentiment["label"] == "positive", happy.sentiment
        assert not happy.privacy["move_private"]
    assert fr.sentiment["label"] == "negative" and still.sentiment["label"] != "positive"


def test_a_question_on_the_brands_terms_and_quiet_praise_are_not_high(recommender) -> None:
    """A care lead's read (seventh session): a fee question and "Top! 👍" had come out high, 'like past urgent posts'."""
    fee, praise = recommender.analyzer.analyze_many([
        Post(text="@SkylineMobile what's the early termination fee on a 24 month contract if I leave at 14 months?"),
        Post(text="Support hat mir heute in 5 Min geholfen. Top! 👍")])
    assert fee.urgency["level"] in ("low", "normal"), fee.urgency
    assert praise.urgency["level"] in ("low", "normal"), praise.urgency


def test_applause_beside_a_long_wait_is_sarcasm(recommender) -> None:
    late, happy = recommender.analyzer.analyze_many([
        Post(text="oh brilliant, another 'your parcel is on its way' email. been on its way for 11 days. great job guys 👏👏👏"),
        Post(text="great job guys 👏👏👏 the new collection is stunning")])
    assert late.sentiment["label"] == "negative" and happy.sentiment["label"] == "positive"


def test_a_reply_that_answers_the_post_is_used_even_when_ranked_below_three_that_do_not(recommender) -> None:
    """Drafts are chosen among the replies that answer the post before the rest are diversified: a fitting reply
    ranked fourth had been left unused beside three holding replies."""
    from model.encoder import space_for
    from model.thread import ThreadContext

    post = Post(text="@Trackly my parcel says delivered but it isn't here!", id="pool1", brand="Trackly")
    rec = recommender
    (analysis,), encoded = rec.analyzer.analyze_encoded([post])
    space = space_for(analysis.language)
    vec = encoded.vectors[space][0]
    ranked = rec.score_candidates(rec.retrieve_candidates(vec, space, post.brand), vec, space, post, analysis)
    fits = [rec.fits(c, analysis.language, rec._source(c, post), post) for c in ranked]
    assert any(fits) and fits.count(False) >= 3
    answer = ranked[fits.index(True)]
    # three that do not answer it, ranked above it
    reordered = [replace(c, score=answer.score + 1) for c, ok in zip(ranked, fits, strict=True) if not ok][:3]
    reordered.append(answer)
    assert answer not in rec.diversify(reordered, space, 3)  # by rank and diversity alone it is left out ...
    assert answer in rec.choose(reordered, space, 3, post, analysis, ThreadContext(post))  # ... not any more


def test_a_dm_sent_as_asked_and_left_unanswered_gets_sorry_for_the_wait_and_no_second_request(recommender) -> None:
    """A care lead's read (fourteenth session): "done, sent it over an hour ago. still nothing" after the brand's DM
    request got "We hate to hear this happened" and "We'll take a look", as if nothing had been asked."""
    from model.reply_moves import ASKS_PRIVATE
    from model.types import ThreadMessage

    thread = (ThreadMessage("@Trackly my 6-8pm slot was missed, no driver and no text"),
              ThreadMessage("So sorry about that. Can you DM us your order number so we can look into it?", "brand"))
    rec = recommender.recommend(Post(text="@Trackly done, sent it over an hour ago. still nothing", id="dm-wait",
                                     brand="Trackly", thread=thread), k=3)
    assert rec.drafts and all(re.search(r"\b(?:wait|waiting)\b", d.text, re.I) for d in rec.drafts), rec.drafts
    assert not any(ASKS_PRIVATE.search(d.text) for d in rec.drafts), rec.drafts


def test_a_follow_up_that_refers_back_is_read_with_the_message_before_it() -> None:
    """A care lead's read (fourteenth session): "it just says 'account under review'. how do I appeal?" (eight words)
    was read alone, without the deactivated account it speaks of."""
    from model.thread import ThreadContext
    from model.types import ThreadMessage

    thread = (ThreadMessage("my driver account was deactivated yesterday, no reason given"),
              ThreadMessage("Sorry to hear that. Could you tell us what message you see in the app?", "brand"))
    context = ThreadContext.read(Post(text="it just says 'account under review'. how do I appeal?", thread=thread))
    assert "deactivated" in context.post.text and context.own_text.startswith("it just says")
    alone = ThreadContext.read(Post(text="I also want to change the email address on my rider account please",
                                    thread=thread))
    assert alone.offset == 0 and "deactivated" not in alone.post.text  # a request of its own
    found = ThreadContext.read(Post(text="It's ok, security found her by the gate, she's fine", thread=(
        ThreadMessage("my 4yo daughter has wandered off at the park, please help"),)))
    assert "wandered" not in found.post.text  # the trouble is over: no emergency read into it again


def test_a_long_lent_answer_keeps_the_request_to_delete_posted_personal_data(recommender) -> None:
    """A care lead's read (fourteenth session): a lent answer near 280 characters had dropped "please delete that
    post" before the apology, to a post showing an e-mail and card digits."""
    from model.register import style_from

    style = replace(style_from("charged me $47 for a ride I cancelled. My email is dana@mailbox.example. Refund NOW",
                               "negative", "high", True, "dm", "twitter", "@dana_w"), posted_pii=True)
    long = ("That's not what we like to hear. Cancelling within 2 minutes of booking is always free, so that fee "
            "shouldn't have been charged. Please DM us the email on your account and the trip date and we'll refund it.")
    shortest = min(recommender.rephraser.bank_["en"]["protect_pii"], key=len)
    kept = 0
    for seed in range(8):
        text = recommender.rephraser.rephrase(long, style, seed=seed)[0]
        assert len(text) <= 280 and ("delete" in text or len(text) + 1 + len(shortest) > 280), text
        kept += "delete" in text
    assert kept >= 4, kept  # the apology is redrawn at different lengths; the request stays whenever it fits


@pytest.mark.parametrize(("post", "polite"), [
    ("Entschuldigung, ich war gerade mit Ihnen wegen dem Kühlschrank im Chat, aber mein Mann kann auf einmal nicht mehr "
     "richtig sprechen, der Mundwinkel hängt runter. Ich glaube das ist ein Schlaganfall. Was soll ich machen?", True),
    ("hey, war grad mit euch wegen dem kühlschrank im chat, aber mein mann kann auf einmal nicht mehr richtig sprechen, "
     "der mundwinkel hängt runter. glaub das ist ein schlaganfall. was soll ich machen?", False),
])
def test_a_german_emergency_is_answered_in_the_customers_own_form_of_address(recommender, post: str,
                                                                            polite: bool) -> None:
    """The ninth blind set's grading: a stroke told in "Sie" got "Wähl sofort den Notruf ... Merk Ihnen, wann es anfing"."""
    drafts = recommender.recommend(Post(text=post, id=f"sie-{polite}", brand="Kühlwerk", channel="chat"), k=3).drafts
    assert drafts and all("Notruf" in d.text for d in drafts), [d.text for d in drafts]
    du = re.compile(r"\b(?:du|dich|dir|dein\w*|Wähl|Merk|gib)\b")
    if polite:
        assert all("Wählen Sie" in d.text and not du.search(d.text) and "Merk Ihnen" not in d.text for d in drafts), \
            [d.text for d in drafts]
    else:
        assert all(re.search(r"\bWähl\b", d.text) and "Sie " not in d.text for d in drafts), [d.text for d in drafts]
