"""The sentiment rules over the heads, on posts the multilingual head misreads (real encoders and heads)."""

from __future__ import annotations

import pytest

from model.types import Post

pytestmark = pytest.mark.slow


def test_an_order_cold_or_short_is_a_complaint_in_five_languages_and_praise_stays_praise(analyzer) -> None:
    """The multilingual head read "commande froide et incomplète, il manque les frites" as praise and the same
    complaint in four other languages as neutral; a cold beer and nothing missing are no complaint."""
    complaints = ["@Dishdash bonjour, j'ai reçu une commande froide et incomplète, il manque les frites",
                  "@Dishdash hola, el pedido llegó frío y faltan las patatas",
                  "@Dishdash hallo, das Essen kam kalt an und die Pommes fehlen",
                  "@Dishdash ciao, ordine arrivato freddo e mancano le patatine",
                  "@Dishdash olá, o pedido chegou frio e faltam as batatas"]
    praise = ["la cerveza llegó bien fría, gracias 👌", "Merci, tout est arrivé, rien ne manque !"]
    results = analyzer.analyze_many([Post(text=t) for t in complaints + praise])
    assert [r.sentiment["label"] for r in results] == ["negative"] * 5 + ["positive"] * 2


def test_a_threat_of_the_law_is_a_grievance_and_a_question_about_the_law_is_not(analyzer) -> None:
    """With per-channel int8 vectors the head read "... Expect to hear from my solicitor." neutral (0.48 / 0.41), and
    its drafts thanked the customer "for letting us know" without a word of regret."""
    threats = ["@Trackly your driver reversed into my car and drove off. I have it on camera. Expect to hear from my "
               "solicitor.",
               "@VoltMobile fine, I'll be reporting this to the ombudsman tomorrow.",
               "@SkyHop I am taking you to small claims court over the refund."]
    questions = ["@VoltMobile do you comply with GDPR for data stored abroad?",
                 "@SkyHop what's the ombudsman's address for the scheme you belong to?"]
    results = analyzer.analyze_many([Post(text=t) for t in threats + questions])
    assert [r.sentiment["label"] for r in results[:3]] == ["negative"] * 3
    assert all(r.sentiment["label"] != "negative" for r in results[3:]), [r.sentiment for r in results[3:]]


def test_a_pleasant_surprise_is_praise_and_the_outage_it_makes_up_for_is_over(analyzer) -> None:
    """A fresh read (ninth session): a free upgrade "because of the outage last month. Very pleasantly surprised!" was
    negative with an outage reason, and its drafts said sorry and asked for a DM."""
    posts = ["Didn't expect this: @Lumatel just upgraded my broadband to 900Mb for free because of the outage last "
             "month. Very pleasantly surprised!",
             "@SkyHop nice one, another 3 hour delay",
             "got a £5 credit for the outage but it's still down"]
    surprise, sarcasm, still_down = analyzer.analyze_many([Post(text=t) for t in posts])
    assert surprise.sentiment["label"] == "positive" and "outage" not in surprise.urgency["reasons"]
    assert sarcasm.sentiment["label"] == "negative"
    assert still_down.sentiment["label"] == "negative" and "outage" in still_down.urgency["reasons"]


def test_applause_for_a_price_rise_and_a_bad_smell_is_sarcasm_and_a_nice_smell_stays_praise(analyzer) -> None:
    """Read as praise at 0.90, and every draft thanked him "for the kind words" (a care lead's read, tenth session)."""
    texts = ["Love how @ClearbrookWater charges me more every year for water that smells like a swimming pool. Great "
             "value 👏👏", "my new candle from @Glowco smells like heaven",
             # read as neutral: staff praise in an idiom
             "Kwame from @ParcelPilotCare carried my washing machine box up 4 flights AND said hi to my dog. Give that "
             "man a raise"]
    assert [r.sentiment["label"] for r in analyzer.analyze_many([Post(text=t) for t in texts])] == [
        "negative", "positive", "positive"]


def test_a_shouted_plea_or_tickets_gone_is_no_neutral_remark(analyzer) -> None:
    """A care lead's read (thirteenth session): "my tickets are GONE from the app. PLEASE HELP" read neutral."""
    texts = ["@Stagepass show starts in 40 mins at 3Arena Dublin and my tickets are GONE from the app. PLEASE HELP",
             "@Stagepass my tickets have vanished from the app",
             "@Brand please help me choose a phone for my mum",  # a request, politely: not distress
             "@Brand HELP! How do I change my profile picture?"]  # a question
    labels = [r.sentiment["label"] for r in analyzer.analyze_many([Post(text=t) for t in texts])]
    assert labels[:2] == ["negative", "negative"] and "negative" not in labels[2:], labels


def test_harm_said_plainly_is_no_neutral_remark(analyzer) -> None:
    """A care lead's read (fourteenth session): an allergic reaction, a double charge, food gone off and the wrong
    substitute for a coeliac read neutral, and the drafts thanked them for the heads-up."""
    texts = ["@Basketry my daughter just ate the hummus from today's delivery and it has sesame in it even though the "
             "app said sesame-free. her lips are swelling",
             "@Zipwheel you billed my card ending 4417 twice for the same ride on Tuesday. £7.80 x2",
             "@Basketry the salmon fillets that came this morning smell really off and the use-by is Friday",
             "@Basketry ordered gluten-free bread and got regular bread as a substitute. I'm coeliac, luckily I checked",
             # questions and a substitute nobody minds stay as they were
             "@Zipwheel will I be charged twice if I end the ride and start another?",
             "@Basketry is the gluten-free bread ever substituted?",
             "@Basketry got oat milk instead of soya, works for me"]
    labels = [r.sentiment["label"] for r in analyzer.analyze_many([Post(text=t) for t in texts])]
    assert labels[:4] == ["negative"] * 4 and "negative" not in labels[4:], labels


def test_praise_for_a_fix_done_is_praise_and_a_hard_won_one_is_not(analyzer) -> None:
    """read37: "Got my refund for the cancelled show in 4 days, no chasing needed. Fair play" read negative (0.85), and
    the drafts apologised and asked for a phone number."""
    praise = ["Got my refund for the cancelled show in 4 days, no chasing needed. Fair play @Ticketora",
              "Refund came through in 2 days, really impressed with the service",
              "@Zipp fixed the scooter in the app and refunded the ride, top marks"]
    hard_won = ["Finally got my refund after 6 weeks of chasing. Cheers for nothing",
                "Got my refund, fair play, but the app still shows the ticket",
                "Got my refund. Is the fee refunded too?",
                "Got my refund for the wrong ticket. Not impressed.",
                "Received the replacement today, no hassle, really quick. Shame the original ruined my holiday."]
    results = analyzer.analyze_many([Post(text=t) for t in praise + hard_won])
    labels = [r.sentiment["label"] for r in results]
    assert labels[:3] == ["positive"] * 3 and "positive" not in labels[3:], labels
    # ... and praise is answered in public: no "DM us your number and we'll call you"
    assert not any(r.privacy["move_private"] for r in results[:3]), [r.privacy for r in results[:3]]


def test_a_double_charge_with_exclamation_marks_is_no_praise(analyzer) -> None:
    """The eighteenth session's read of the sample drafts: "charged twice on card ... for one cappuccino!!" was read as
    praise by the heads (0.42 / 0.40) and thanked "for the kind words"; a double charge thanked for is still praise."""
    wronged, thanked = analyzer.analyze_many([
        Post(text="@Brewly charged twice on card 4111 1111 1111 1111 for one cappuccino!!"),
        Post(text="@Brewly you charged me twice but refunded it in minutes, thank you, amazing service!!")])
    assert wronged.sentiment["label"] == "negative", wronged.sentiment
    assert thanked.sentiment["label"] == "positive", thanked.sentiment
    # ... and praise beside something rotten is still praise (the review of the mends)
    praise = analyzer.analyze(Post(text="Rotten weather but your brolly kept me dry all day, best purchase ever!!"))
    assert praise.sentiment["label"] != "negative", praise.sentiment
