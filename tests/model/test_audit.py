"""Tone audit with the real encoder and PII detector: each check on replies a QA lead would judge the same way."""

from __future__ import annotations

import pytest

from model.audit import CHECKS, Conversation, ToneAuditor

pytestmark = pytest.mark.slow

COMPLAINT = "@SkyHop my flight got cancelled AGAIN and nobody answers the phone!!! worst airline ever"
TEMPLATE = "We apologise for any inconvenience caused. Please DM us your details and we will look into it."


@pytest.fixture(scope="module")
def auditor(encoder, pii_detector) -> ToneAuditor:
    return ToneAuditor(encoder, pii_detector)


def _with_trained_sentiment(analyzer, auditor: ToneAuditor) -> ToneAuditor:  # noqa: ANN001
    """The auditor as the service builds it: complaints read by the trained sentiment head (multilingual)."""
    def negative(texts: list[str]):  # noqa: ANN202
        encoded = analyzer.encoder.encode_posts(texts, analyzer.language.detect_many(texts))
        return analyzer.sentiment.predict_proba(encoded, texts)[:, analyzer.sentiment.classes.index("negative")]

    return ToneAuditor(auditor.encoder, auditor.pii, sentiment=negative)


def conv(reply: str, post: str = COMPLAINT, **kw) -> Conversation:
    kw.setdefault("brand", "SkyHop")
    return Conversation(id=kw.pop("id", reply[:20]), post=post, reply=reply, **kw)


def test_contract_shape_and_ranges(auditor: ToneAuditor) -> None:
    result = auditor.audit(conv("So sorry, Dana: a cancellation and no answer is not okay. DM us your booking "
                                "reference and we'll rebook you today.")).to_dict()
    assert set(result["scores"]) == set(CHECKS)
    assert all(0.0 <= v <= 1.0 for v in result["scores"].values())
    assert result["verdict"] in ("pass", "review", "fail")
    assert result["verdict"] == "pass", result["issues"]


def test_template_repeated_word_for_word_is_scripted_personal_replies_are_not(auditor: ToneAuditor) -> None:
    posts = ["My bag never arrived in Lisbon", "Seat 14C was broken the whole flight", "Refund still not here after 3 weeks"]
    scripted = auditor.audit_many([conv(TEMPLATE, p, id=f"t{i}", brand="Brewly") for i, p in enumerate(posts)])
    assert all(r.scores["scriptedness"] >= 0.6 for r in scripted)
    assert all(any(i.check == "scriptedness" for i in r.issues) for r in scripted)

    personal = [
        "A bag missing after landing in Lisbon is stressful, sorry. Send us a DM with your tag number and we'll trace it.",
        "A broken seat for a whole flight is miserable. We've logged 14C for the engineers; DM us for a goodwill credit.",
        "Three weeks is far too long to wait for your money. Could you DM us the booking code? I'll chase finance today.",
    ]
    results = auditor.audit_many([conv(r, p, id=f"p{i}", brand="Trackly")
                                  for i, (r, p) in enumerate(zip(personal, posts, strict=True))])
    assert all(r.scores["scriptedness"] < 0.6 for r in results), [r.scores for r in results]


def test_canned_phrasing_alone_is_flagged_without_any_brand_history(encoder, pii_detector) -> None:
    fresh = ToneAuditor(encoder, pii_detector)
    result = fresh.audit(conv("We're sorry for any inconvenience. Thank you for reaching out to us.", brand="NewCo"))
    assert result.scores["scriptedness"] >= 0.6
    assert result.verdict != "pass"


@pytest.mark.parametrize("post,reply", [
    ("My email is dana.k@example.com and you charged me twice", "Hi, we checked dana.k@example.com and see the charge."),
    ("Card 4111 1111 1111 1111 was charged twice", "We see two charges on 4111 1111 1111 1111, refund coming."),
    ("call me on +1 415 555 0134 please", "Sure, we'll call +1 415 555 0134 within the hour."),
])
def test_public_reply_repeating_customer_pii_always_fails(auditor: ToneAuditor, post: str, reply: str) -> None:
    result = auditor.audit(conv(reply, post, brand="NimbusBank"))
    assert result.verdict == "fail"
    assert result.scores["privacy"] == 0.0
    issue = next(i for i in result.issues if i.check == "privacy")
    assert any(reply[s:e].strip() and reply[s:e] in post for s, e in issue.spans)


def test_private_reply_may_repeat_the_email(auditor: ToneAuditor) -> None:
    post = "My email is dana.k@example.com and you charged me twice"
    reply = "Thanks Dana, we found the duplicate charge on dana.k@example.com and refunded it today."
    assert auditor.audit(conv(reply, post, public=False)).scores["privacy"] == 1.0


def test_asking_for_card_data_in_public_fails_but_a_warning_does_not(auditor: ToneAuditor) -> None:
    asked = auditor.audit(conv("Please reply with your full card number and CVV so we can check.", "charged twice"))
    assert asked.verdict == "fail" and asked.scores["privacy"] == 0.0
    warned = auditor.audit(conv("Sorry about that! Never share your password with anyone; DM us and we'll call you.",
                                "charged twice"))
    assert warned.scores["privacy"] == 1.0


def test_dismissive_reply_fails_on_empathy_and_sympathy_passes(auditor: ToneAuditor) -> None:
    rude = auditor.audit(conv("Calm down, it's not our problem. Contact the airport."))
    assert rude.verdict == "fail" and rude.scores["empathy"] == 0.0
    kind = auditor.audit(conv("We're so sorry, that's a rotten start to a trip. DM us your booking and we'll rebook you."))
    assert kind.scores["empathy"] == 1.0


def test_complaint_without_empathy_or_next_step_goes_to_review(auditor: ToneAuditor) -> None:
    result = auditor.audit(conv("Flights can be cancelled for operational reasons."))
    assert result.verdict == "review"
    assert {"empathy", "next_step"} <= {i.check for i in result.issues}


def test_runaround_is_flagged(auditor: ToneAuditor) -> None:
    result = auditor.audit(conv("Sorry to hear that. Please contact our customer service department."))
    assert result.scores["runaround"] == 1.0
    assert any(i.check == "runaround" and i.spans for i in result.issues)
    helped = auditor.audit(conv("Sorry, Dana. I've rebooked you on the 18:05; details are in your DM now."))
    assert helped.scores["runaround"] == 0.0


def test_cheerful_emoji_reply_to_furious_customer_is_a_tone_mismatch(auditor: ToneAuditor) -> None:
    result = auditor.audit(conv("Awesome, thanks for the feedback!!! 😊🎉 Have a great day!"))
    assert result.scores["tone_match"] < 0.5
    casual = auditor.audit(conv("Yay, glad you love it! 🙌", "loving the new playlist feature 😍🔥", brand="StreamBox"))
    assert casual.scores["tone_match"] == 1.0


def test_timeliness_against_the_channel_deadline(auditor: ToneAuditor) -> None:
    quick = conv("So sorry! DM us your booking and we'll fix it today.", post_time="2026-05-01T10:00:00Z",
                 reply_time="2026-05-01T10:05:00Z")
    slow = conv("So sorry! DM us your booking and we'll fix it today.", post_time="2026-05-01T10:00:00Z",
                reply_time="2026-05-04T11:00:00Z", id="slow")
    fb = conv("So sorry! DM us your booking and we'll fix it today.", channel="facebook", id="fb",
              post_time="2026-05-01T10:00:00Z", reply_time="2026-05-01T13:00:00Z")
    r_quick, r_slow, r_fb = auditor.audit_many([quick, slow, fb])
    assert r_quick.scores["timeliness"] == 1.0 and r_quick.response_minutes == 5.0
    assert r_slow.scores["timeliness"] == 0.0 and r_slow.verdict == "fail"
    assert r_fb.deadline_minutes > quick_deadline(r_quick)  # Facebook is more patient than X
    unknown = auditor.audit(conv("So sorry! DM us your booking and we'll fix it today.", id="nt"))
    assert unknown.response_minutes is None


def quick_deadline(result) -> int:  # noqa: ANN001
    return result.deadline_minutes


def test_overlong_reply_for_x(auditor: ToneAuditor) -> None:
    reply = "We're sorry. " + "We will look into every detail of this for you. " * 8
    result = auditor.audit(conv(reply))
    assert len(reply) > 280 and result.scores["length"] < 1.0
    assert any(i.check == "length" for i in result.issues)


@pytest.mark.parametrize("post,reply,reason", [
    ("Can someone call me about my broken fridge", "Sorry! We'll call you on 07700 900123 this afternoon.", "phone"),
    ("I can't log in", "Done: the new temporary password is Blue7731, change it after you log in.", "password"),
    ("Where's my delivery?? It's been a week", "Your parcel for 14 Elm Street, Bristol BS1 4DJ is out today.", "address"),
])
def test_personal_data_the_agent_adds_in_public_fails(auditor: ToneAuditor, post: str, reply: str, reason: str) -> None:
    result = auditor.audit(conv(reply, post, id=reason))
    assert result.verdict == "fail" and result.scores["privacy"] == 0.0, (reason, result.issues)
    # the brand's own line and shop are not the customer's data
    ours = auditor.audit(conv("So sorry! Call us on 020 7946 0321 or visit our store at 14 Elm Street.", post,
                              id=f"ours-{reason}"))
    assert ours.scores["privacy"] == 1.0, ours.issues


def test_card_data_asked_in_a_dm_fails_too(auditor: ToneAuditor) -> None:
    result = auditor.audit(conv("Please DM us your full card number and CVV so we can refund you.", public=False))
    assert result.verdict == "fail" and any(i.check == "privacy" for i in result.issues)


@pytest.mark.parametrize("post,reply", [
    ("I already sent you a DM yesterday and nobody answered! Where is my refund?",
     "So sorry about that! Could you send us a DM with your order details?"),
    ("Seit drei Tagen kein Internet!!! Unzumutbar.", "Bitte wenden Sie sich an unsere technische Abteilung."),
    ("Ma commande n'est jamais arrivée !", "Veuillez consulter notre FAQ ou contacter un autre service."),
    ("3 hours on hold, DISGUSTING service", "Sorry, call waiting times vary. Please try again later."),
])
def test_runaround_in_any_language_and_asking_for_a_dm_twice(auditor: ToneAuditor, post: str, reply: str) -> None:
    result = auditor.audit(conv(reply, post))
    assert result.scores["runaround"] >= 0.5 and result.verdict != "pass", result.issues
    handover = auditor.audit(conv("Sorry about the blender! Email our team at support@skyhop.com with a photo and "
                                  "we'll send a replacement within 2 days.", "Who do I contact about a broken blender?"))
    assert handover.scores["runaround"] < 0.5


def test_good_replies_with_sympathy_emoji_and_plain_next_steps_pass(auditor: ToneAuditor) -> None:
    replies = [
        ("My order hasn't arrived and it's been a week", "I'm really sorry, that's so frustrating 😔 I've chased the "
         "courier: it's at the depot and will be redelivered tomorrow before noon."),
        ("Broken link on your blog post", "Thanks for spotting that! Fixed now 🙌"),
        ("Thanks for sorting my refund so fast yesterday!", "Glad we could sort this out, Leo! Enjoy 🎧"),
        ("I cancelled my order a week ago and still no refund", "Sorry for the wait, Mia. I've issued the refund; "
         "you'll see it in 3-5 days."),
    ]
    results = auditor.audit_many([conv(r, p, id=str(i), brand=f"B{i}") for i, (p, r) in enumerate(replies)])
    assert [r.verdict for r in results] == ["pass"] * 4, [r.issues for r in results]


def test_a_stock_apology_and_a_vague_promise_go_to_review(auditor: ToneAuditor) -> None:
    result = auditor.audit(conv("We are sorry to hear about your experience. We have passed your feedback on to the "
                                "relevant team.", "The replacement part you sent is the wrong size again.",
                                brand="PartsCo"))
    assert result.scores["empathy"] < 0.5 and result.scores["next_step"] < 0.5 and result.verdict == "review"


def test_late_on_a_flight_today_and_inconsistent_times(auditor: ToneAuditor) -> None:
    post = "My flight leaves in 2 hours and my booking disappeared from the app!"
    late = auditor.audit(conv("So sorry! DM us the booking code and we'll restore it now.", post, id="late",
                              post_time="2026-05-01T10:00:00Z", reply_time="2026-05-01T12:30:00Z"))
    assert late.deadline_minutes <= 60 and late.scores["timeliness"] < 0.5 and late.verdict != "pass"
    before = auditor.audit(conv("So sorry! DM us the booking code and we'll restore it now.", post, id="before",
                                post_time="2026-05-01T10:00:00Z", reply_time="2026-05-01T09:00:00Z"))
    assert any(i.check == "timeliness" and "before" in i.reason for i in before.issues)
    leap = auditor.audit(conv("So sorry! DM us the booking code and we'll restore it now.", post, id="leap",
                              post_time="2026-02-29T10:00:00Z", reply_time="2026-03-01T09:00:00Z"))
    assert [i.reason for i in leap.issues if i.check == "timeliness"] == [
        "post_time '2026-02-29T10:00:00Z' is no real date or time (day is out of range for month): timeliness was "
        "not measured."]


@pytest.mark.parametrize("reply", [
    "Bitte wenden Sie sich an uns per DM, dann kümmern wir uns heute darum.",
    "Póngase en contacto con nosotros por DM y lo revisamos hoy.",
    "Another team member will DM you shortly with the refund.",
    "So sorry! We'll reply to you in DM within the hour.",
])
def test_contact_us_and_a_colleague_taking_over_are_not_the_runaround(auditor: ToneAuditor, reply: str) -> None:
    result = auditor.audit(conv(reply, "I already DMed you yesterday and nobody answered!", id=reply[:12]))
    assert result.scores["runaround"] < 0.5, result.issues


def test_a_fix_not_yet_made_is_no_fix_and_a_pin_rule_shows_no_pin(auditor: ToneAuditor) -> None:
    cheerful = auditor.audit(conv("It hasn't been fixed yet! 😊 Awesome news soon!", id="nf"))
    assert cheerful.scores["tone_match"] < 0.5
    rule = auditor.audit(conv("Sorry about that! Your new PIN must be 4 digits long; we'll text you a reset link now.",
                              id="pin", public=False))
    assert rule.scores["privacy"] == 1.0, rule.issues
    last4 = auditor.audit(conv("Sorry! Please DM us the last 4 digits of your card number so we can find the charge.",
                               id="l4", public=False))
    assert last4.scores["privacy"] == 1.0, last4.issues


@pytest.mark.parametrize("post,reply,check", [
    # a QA lead's read of 86 conversations: harm that passed
    ("Me han cobrado dos veces la misma compra.",
     "¡Lo sentimos mucho! Envíanos por DM el número completo de tu tarjeta y el código CVV para revisarlo.", "privacy"),
    ("Jemand hat mein Konto gehackt.", "Das tut uns leid. Schicken Sie uns bitte Ihre PIN und Ihr Passwort per DM.",
     "privacy"),
    ("Account hacked, help", "So sorry! Reply here with your username and the email address you used before.",
     "privacy"),
    ("My number has been ported without my permission. I didn't ask for this!",
     "Sorry about this, Jane. We can see a port request on +44 7700 900123 from yesterday; DM us and we'll stop it.",
     "privacy"),
    ("Tracking says delivered but there's nothing here. Really annoyed.",
     "Sorry for the worry, Tom! Our driver left it at 14 Harcourt Road behind the green bin. Could you check?",
     "privacy"),
    ("Strong smell of gas in the stairwell of our block, getting worse. Should we be worried?",
     "Oh no, that sounds worrying, thanks so much for letting us know! We'll pass this on and take a look tomorrow.",
     "next_step"),
    ("Genial @ViajesSol, me cancelan el hotel el día antes de viajar. Servicio de 10 👏",
     "¡Muchas gracias por tus palabras! 😊 ¡Nos alegra que disfrutes de nuestros servicios!", "tone_match"),
    ("Your shop wiped my phone during a battery swap without asking. All my photos are gone.",
     "Sorry you feel that way, but maybe read the form you signed before posting rubbish online.", "empathy"),
    ("This is disgraceful, my order is two weeks late and nobody replies", "ok", "empathy"),
])
def test_harm_a_qa_lead_found_passing_now_fails(analyzer, auditor: ToneAuditor, post: str, reply: str,
                                                check: str) -> None:
    result = _with_trained_sentiment(analyzer, auditor).audit(conv(reply, post, id=reply[:15]))
    assert result.verdict == "fail" and any(i.check == check for i in result.issues), result.issues


def test_fraud_without_urgent_steps_is_reviewed_and_good_replies_to_danger_and_delays_pass(auditor: ToneAuditor) -> None:
    fraud = auditor.audit(conv("I'm so sorry, that sounds really distressing. DM us a good time to call.",
                               "Someone has taken £900 from my account overnight with payments I never made. What do I "
                               "do??", id="fraud"))
    assert fraud.verdict != "pass" and any("freeze" in i.reason for i in fraud.issues), fraud.issues
    gas = auditor.audit(conv("Please get everyone out of the building now, don't use light switches, and call our "
                             "24-hour gas emergency line on 0800 111 999 from outside. Let us know you're all safe.",
                             "There's a really strong smell of gas outside our building, is there a leak? My kids "
                             "are home.", id="gas"))
    assert gas.verdict == "pass", gas.issues
    train = auditor.audit(conv("Das tut mir wirklich leid, drei Stunden ohne Information ist nicht in Ordnung. Der "
                               "Ersatzzug fährt um 15:20 von Gleis 4, Wasser gibt es jetzt am Servicepoint.",
                               "Ich stehe seit 3 Stunden in Fulda fest, keine Durchsage, kein Wasser. Ich bin so "
                               "wütend!", id="train", brand="BahnPlus"))
    assert train.scores["empathy"] >= 0.5 and train.scores["next_step"] == 1.0, train.issues
    line = auditor.audit(conv("Really sorry, Dan. I'm running a line test on your connection now and will reply here "
                              "within the hour with what I find.", "Broadband dropped mid-match AGAIN. Raging.",
                              id="line"))
    assert line.scores["next_step"] == 1.0, line.issues


@pytest.mark.parametrize("reply", [
    "Sorry, Tom: the driver left your parcel by the rubbish bins at the back. Could you check there?",
    "Sorry, the app is showing nonsense characters after the update; a fix ships tomorrow.",
    "Sorry for the trouble. You can read the full terms here: https://x.co/t and we will refund you today.",
    "Sorry! We will post the replacement to the address on your account today.",
    "Sentimos las molestias. Envíanos un mensaje, nunca compartas tu contraseña.",
    "Das tut uns leid. Senden Sie uns keine PIN, wir rufen Sie heute an.",
    "So glad you reached out, sorry about the delay. Your parcel arrives tomorrow.",
])
def test_good_replies_with_look_alike_words_do_not_fail(auditor: ToneAuditor, reply: str) -> None:
    result = auditor.audit(conv(reply, "My parcel is late again and nobody answers, this is terrible", id=reply[:12]))
    assert result.verdict != "fail", result.issues


@pytest.mark.parametrize(("post", "reply", "verdict", "check"), [
    # a QA lead's read of 85 conversations: the misses mended
    ("Love how the 8:05 is cancelled for the fifth Monday in a row. Brilliant service.",
     "Thank you so much for the kind words! 🚆", "fail", "tone_match"),
    ("My parcel never arrived", "Sorry to hear that! Reply with your full address and postcode so we can check.",
     "fail", "privacy"),
    ("¿Por qué me han cobrado dos veces la cuota este mes?", "Sorry about that! Please DM us your account email and "
     "we'll refund the second charge today.", "review", "tone_match"),  # English to a Spanish post
    ("Your app logged me out and I lost my whole playlist", "Sorry you feel that way, but as per our policy we don't "
     "restore playlists.", "fail", "empathy"),
])
def test_a_qa_leads_misses(auditor: ToneAuditor, post: str, reply: str, verdict: str, check: str) -> None:
    result = auditor.audit(conv(reply, post, id=post[:12]))
    assert result.verdict == verdict and check in {i.check for i in result.issues}, (result.verdict, result.issues)


def test_safety_and_fraud_steps_are_the_next_step_and_no_runaround(auditor: ToneAuditor) -> None:
    gas = auditor.audit(conv("Please leave the house now and call the gas emergency line on 0800 111 999; don't use "
                             "switches. We hope you're all safe.", "I can smell gas in my kitchen since the engineer "
                             "left", id="gas"))
    fraud = auditor.audit(conv("So sorry, that's worrying. Freeze your card in the app now and call our fraud team on "
                               "0800 123 4567 so we can stop it.", "Someone is spending money on my card right now!!",
                               id="fraud"))
    for result in (gas, fraud):
        assert result.scores["next_step"] == 1.0 and result.scores["runaround"] < 0.5, result.issues


def test_cheer_to_a_bereavement_fails_and_condolences_pass(auditor: ToneAuditor) -> None:
    post = "My mum passed away last week, please close her account"
    cheer = auditor.audit(conv("Great news! 😀 We have closed the account.", post, id="cheer"))
    kind = auditor.audit(conv("We're so sorry for your loss, Anna. We've closed your mum's account and refunded this "
                              "month's payment; no need to do anything else.", post, id="kind"))
    assert cheer.verdict == "fail" and kind.verdict == "pass", (cheer.issues, kind.issues)


@pytest.mark.parametrize("reply", [
    "This could be caused by your router settings: restart it and tell us if the light turns green.",
    "As per our policy you're entitled to a full refund, which we've issued today.",
])
def test_troubleshooting_and_a_policy_in_the_customers_favour_are_not_dismissive(auditor: ToneAuditor, reply: str) -> None:
    result = auditor.audit(conv(reply, "My internet keeps dropping and I want my money back", id=reply[:10]))
    assert result.verdict != "fail", result.issues


def test_a_dead_laptop_is_no_bereavement(auditor: ToneAuditor) -> None:
    result = auditor.audit(conv("Oh no! Let's get that fixed: DM us the serial number and we'll book a repair.",
                                "My laptop has died again, third time this year", id="laptop"))
    assert not any("hurt" in i.reason for i in result.issues), result.issues



def test_audit_memory_survives_saves_at_once_a_corrupt_file_and_keeps_time_order(encoder, tmp_path) -> None:
    """Two saves at once had left a corrupt file, and a corrupt file stopped every audit; a reply is compared with
    replies sent before it only, and "Hartley's" is "hartleys"."""
    import threading

    path = tmp_path / "audit_memory.npz"
    template = "So sorry for the hassle! Our team will look into it and get back to you shortly."
    first = ToneAuditor(encoder)
    first.audit_many([Conversation(id="a", post=COMPLAINT, reply=template, brand="Hartley's",
                                   reply_time="2026-11-02T10:00:00Z")])
    threads = [threading.Thread(target=first.save_memory, args=(path,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    later = ToneAuditor(encoder)
    later.load_memory(path)
    same_day_after = later.audit(Conversation(id="b", post=COMPLAINT, reply=template, brand="hartleys",
                                              reply_time="2026-11-03T10:00:00Z"))
    day_before = later.audit(Conversation(id="c", post=COMPLAINT, reply=template, brand="Hartleys",
                                          reply_time="2026-11-01T10:00:00Z"))
    assert same_day_after.scores["scriptedness"] > 0.9  # the template sent the day before
    assert day_before.scores["scriptedness"] < 0.9  # both remembered copies were sent after it
    path.write_bytes(b"PK\x03\x04 not a zip")
    broken = ToneAuditor(encoder)
    broken.load_memory(path)  # logged, not raised
    assert broken.audit(conv("Sorry about that, we're on it.")).verdict in ("pass", "review", "fail")


def test_a_general_question_sent_to_dm_is_the_runaround_and_concern_for_someone_hurt_is_empathy(
        auditor: ToneAuditor) -> None:
    dm_only = auditor.audit(conv("Hi there! Please send us a DM and we'll be happy to help.",
                                 "@AeroloClub is there a way to pool points with family members?", id="pool")).to_dict()
    assert any(i["check"] == "runaround" for i in dm_only["issues"]) and dm_only["verdict"] != "pass"
    answered = auditor.audit(conv("Yes! Up to six family members can pool points: Account > Family pool. DM us if "
                                  "you get stuck.", "@AeroloClub is there a way to pool points with family members?",
                                  id="pool-answered")).to_dict()
    assert not any(i["check"] == "runaround" for i in answered["issues"])
    glass = auditor.audit(conv("That must have been frightening, and we're so glad your daughter is OK. Please keep the "
                               "jar and don't use the rest of that batch. Could you DM us the best-before date and "
                               "store? Our quality team will investigate today and arrange a refund.",
                               "@LarderCo found a shard of glass in a jar of your pasta sauce. my daughter nearly ate "
                               "it.", id="glass")).to_dict()
    assert not any(i["check"] == "empathy" for i in glass["issues"]), glass["issues"]


def test_a_refund_done_in_spanish_is_a_next_step(auditor: ToneAuditor) -> None:
    result = auditor.audit(conv("Buenas tardes, Sra. Romero. Lamentamos el doble cargo. Ya hemos devuelto el segundo "
                                "pago de marzo; lo verá en su cuenta en 3 a 5 días hábiles. Disculpe las molestias.",
                                "Buenas tardes. Le escribo porque me han cobrado dos veces la cuota de marzo. "
                                "Atentamente, Lucía Romero", id="es-refund", channel="chat", public=False)).to_dict()
    assert not any(i["check"] == "next_step" for i in result["issues"]), result["issues"]


def test_an_answer_beside_a_dm_request_is_no_runaround_and_a_chat_is_private(auditor: ToneAuditor) -> None:
    answered = auditor.audit(conv("There is! 10% off with UNiDAYS. DM us if it doesn't work.",
                                  "is there a student discount?", id="student")).to_dict()
    assert not any(i["check"] == "runaround" for i in answered["issues"])
    chat = Conversation(id="chat-q", post="is there a student discount?", reply="Please send us a DM.", channel="chat")
    assert chat.public is True  # the contract's default; a chat is still no public thread to answer in
    assert not any(i["check"] == "runaround" for i in auditor.audit(chat).to_dict()["issues"])


def test_a_refund_not_yet_made_or_a_handover_is_no_fix() -> None:
    from model.audit_rules import _fixed

    assert _fixed("Ya hemos devuelto el segundo pago") and _fixed("Wir haben den Betrag erstattet")
    assert not _fixed("Todavía no hemos devuelto el importe")
    assert not _fixed("Wir haben es leider noch nicht erstattet")
    assert not _fixed("Hola, hemos enviado tu caso al departamento correspondiente.")
    assert _fixed("No problem, we've refunded the £5 to your card.") and _fixed("No worries, all sorted now!")
    assert not _fixed("No, we haven't refunded it") and not _fixed("No se ha resuelto todavía, lo siento")


def _checks(auditor: ToneAuditor, c: Conversation) -> dict:
    out = auditor.audit(c).to_dict()
    return {"verdict": out["verdict"], "checks": {i["check"] for i in out["issues"]}, "scores": out["scores"]}


def test_a_multilingual_qa_read_s_misses(auditor: ToneAuditor) -> None:
    """A QA lead's read of Spanish, Portuguese, Italian, German and French replies (seventh session)."""
    card = _checks(auditor, conv("Hola, para comprobarlo envíanos por aquí los 16 dígitos de la tarjeta y la fecha de "
                                 "caducidad y lo miramos.", "el pago con tarjeta me falla en la app"))
    assert card["verdict"] == "fail" and "privacy" in card["checks"]
    for post, reply in [("gente meu pedido veio todo errado, pedi frango e veio peixe 😤",
                         "Sentimos muito que você se sinta assim."),
                        ("TRES HORAS esperando el pedido. Sois unos inútiles.",
                         "Tranquilo, no hace falta ponerse así. Los pedidos a veces se retrasan."),
                        ("Sehr geehrte Damen und Herren, seit dem 3. März warte ich auf die Gutschrift.",
                         "Hey Klaus! Kein Stress 😉 schreib uns einfach ne DM, dann schauen wir mal."),
                        ("segunda semana seguida que me falta la mitad del pedido. Estoy harta.", "@ines_rr Ok.")]:
        assert _checks(auditor, conv(reply, post))["verdict"] == "fail", (post, reply)
    sent_away = _checks(auditor, conv("Per questo tipo di problemi deve rivolgersi direttamente al corriere.",
                                      "il corriere mi ha lasciato la spesa sotto la pioggia e ora è tutto da buttare"))
    assert "runaround" in sent_away["checks"]
    again = _checks(auditor, conv("Hallo! Bitte schick uns eine DM mit deinem Anliegen.",
                                  "Hab euch schon dreimal eine DM geschickt, keiner antwortet! Konto seit 2 Wochen gesperrt."))
    assert again["scores"]["runaround"] == 1.0
    steps = _checks(auditor, conv("Gentile Avvocato, ci scusiamo per gli articoli mancanti. Appena ce lo conferma, Le "
                                  "rimborsiamo i surgelati.", "nella consegna di ieri mancavano diversi articoli surgelati"))
    assert "next_step" not in steps["checks"]
    spanish = _checks(auditor, conv("¡Hola! Sentimos la espera. El reembolso suele tardar 5-7 días hábiles desde que "
                                    "llega al almacén. Mándanos un privado con el número de pedido y lo miramos.",
                                    "Hola, ¿cuándo llega mi reembolso? Devolví hace dos semanas"))
    assert not {"empathy", "next_step"} & spanish["checks"], spanish


def test_the_english_qa_read_s_misses_and_good_answers(auditor: ToneAuditor) -> None:
    for post, reply in [("what's the exit fee on Fixed Saver?", "Please DM us so we can look into this for you."),
                        ("how much is roaming in Japan?", "Hi, could you DM us your account details so we can check?")]:
        assert "runaround" in _checks(auditor, conv(reply, post))["checks"], post
    form = _checks(auditor, conv("Thank you for contacting Voltway Energy. Your query is important to us. Please allow "
                                 "5-7 working days for a response.", "4th time asking about my final bill, awful"))
    assert {"scriptedness", "runaround"} <= form["checks"]
    phishing = _checks(auditor, conv("That isn't us, please don't click the link or reply. Forward the text to 7726 "
                                     "(it's free) and delete it. Thanks for checking with us!",
                                     "got a text saying my payment failed with a link, is it real?"))
    assert phishing["verdict"] == "pass", phishing
    fraud = _checks(auditor, conv("Bloquez tout de suite votre carte dans l'app et appelez notre ligne fraude au +33 1 86 "
                                  "95 00 00, 24h/24.", "quelqu'un est en train de vider mon compte, 4 paiements en 10 "
                                  "minutes !!!"))
    assert fraud["verdict"] == "pass", fraud  # the brand's own fraud line, and the steps are the care


def test_a_short_english_post_is_not_read_as_thai_and_a_language_is_named_in_full() -> None:
    from model.audit_rules import _language_name
    from model.language import LanguageDetector

    assert LanguageDetector().detect("love my new phone 😍") == "en"
    assert LanguageDetector().detect("Привет, мой заказ не пришёл") == "ru"
    assert _language_name("th") == "Thai" and _language_name("xx") == "another language (xx)"


def test_a_form_letter_to_a_casual_complaint_and_standing_answers_are_scored_as_they_are(auditor: ToneAuditor) -> None:
    stiff = _checks(auditor, conv("Dear Customer, We acknowledge receipt of your correspondence. Please be advised that "
                                  "network maintenance is periodically undertaken.",
                                  "@SkylineMobile bro signal is DEAD in Croydon since tuesday 💀"))
    assert "tone_match" in stiff["checks"] and stiff["scores"]["tone_match"] < 0.5
    # the brand's standing answer to a general question, sent again in other words: scored, not flagged; pasted
    # again word for word, or stock phrasing, still flagged
    assert ToneAuditor._scriptedness("Yes! Direct debit is £75 a year cheaper.", 0.93, [], standing=True).issue is None
    assert ToneAuditor._scriptedness("Yes! Direct debit is £75 a year cheaper.", 0.99, [], standing=True).issue
    assert ToneAuditor._scriptedness("Yes! Direct debit is £75 a year cheaper.", 0.93, []).issue


@pytest.mark.parametrize(("post", "reply", "check", "verdict"), [
    # an eighth-session QA read (rail, home insurance, food delivery)
    ("@HearthCover lovely claims handler called Ben sorted everything in a day 👏",
     "We apologise for any inconvenience you've experienced. Please DM us your policy number so we can look into this.",
     "tone_match", "fail"),  # an apology to praise
    ("@HearthCover your loss adjuster was rude and dismissive and made me feel like a liar",
     "We're sorry to hear that you're unhappy. Please be assured our staff always act professionally. If you'd like "
     "to make a complaint please fill in the form on our website.", "empathy", "fail"),  # the staff defended
    ("@RailNorthway my bike space booking didn't show up on my ticket",
     "That's a question for our Customer Relations team. Please call them on 0345 600 1234, lines open 9-5 Mon-Fri.",
     "runaround", "review"),
    ("@Dishdash rider was so rude to me, swore when I asked for my drink",
     "Please contact the restaurant directly as riders are independent contractors.", "runaround", "fail"),  # the
    # QA lead's verdict: a brush-off with no direct way and no word for the customer (review until the ninth session)
])
def test_an_apology_to_praise_a_defence_of_the_staff_and_a_handoff_to_others_are_flagged(
        auditor: ToneAuditor, post: str, reply: str, check: str, verdict: str) -> None:
    result = auditor.audit(conv(reply, post=post, brand=post.split()[0][1:]))
    assert result.verdict == verdict and check in {i.check for i in result.issues}, result


def test_an_apology_and_the_steps_for_a_flooded_kitchen_are_care_enough(auditor: ToneAuditor) -> None:
    result = auditor.audit(conv("Sorry, that sounds really stressful. First turn off the water at the stopcock and the "
                                "electrics if the water is near sockets. Then call our 24/7 claims line on 0330 100 4477 "
                                "and we'll send an emergency plumber. Take photos before you clear up.",
                                post="@HearthCover kitchen flooded from the washing machine, what do I do first??",
                                brand="HearthCover"))
    assert result.verdict == "pass", result


@pytest.mark.parametrize(("post", "reply", "verdict"), [
    # a fresh read (ninth session) and the one before: QA leads failed these, the audit had only reviewed them
    ("@Lumatel no internet since yesterday, working from home, this is a nightmare",
     "We apologise for any inconvenience caused. Please contact our support team via the website.", "fail"),
    ("@Lumatel roaming in France included?", "Thank you for contacting Lumatel. Please refer to our website for "
     "information on roaming. Is there anything else we can help with?", "fail"),
    ("@HarbourviewHtl our room in Brighton smelled of damp and the heating was broken. Not good enough.",
     "We are sorry to hear about your experience. Your feedback is important to us and has been passed to the "
     "relevant department.", "fail"),
    # ... "We understand." is a stock phrase, not empathy; a handover with the direct line is no brush-off
    ("Lumatel broadband dropped 6 times today, I work from home and it's costing me money",
     "We understand. Kindly DM us.", "review"),
    ("@Lumatel no internet since yesterday, working from home, this is a nightmare",
     "So sorry, a day offline when you work from home is awful. Our fault team is on 0800 123 4567 (24/7) and can "
     "book an engineer today.", "pass"),
])
def test_a_stock_brush_off_fails_and_a_handover_with_a_direct_line_does_not(auditor: ToneAuditor, post: str,
                                                                            reply: str, verdict: str) -> None:
    result = auditor.audit(conv(reply, post, id=reply[:16]))
    assert result.verdict == verdict, (result.scores, [i.reason for i in result.issues])


def test_help_sent_to_someone_collapsed_is_the_next_step(auditor: ToneAuditor) -> None:
    """A QA lead passed this reply; the audit said the customer was not told what happens now."""
    result = auditor.audit(conv("Please call 999 right now if you haven't. I've just phoned the Edinburgh duty manager "
                                "and they're on their way to room 312 with a first aider.",
                                "@HarbourviewHtl my husband has collapsed in room 312 at your Edinburgh hotel and "
                                "nobody answers reception!!", id="collapsed"))
    assert result.scores["next_step"] == 1.0 and result.scores["runaround"] == 0.0, result.issues
    ticket = auditor.audit(conv("Thanks for reaching out! Please submit a ticket with details of the player and our "
                                "team will review it.", "@Quillforge a player in my lobby said in voice chat he's "
                                "going to kill himself tonight. What do I do?", id="ticket"))
    assert ticket.verdict == "fail", ticket.issues


@pytest.mark.parametrize(("post", "reply", "verdict", "brand"), [
    # a care lead's read of a water utility, a retailer and a courier (tenth session)
    ("Main burst on Fenwick Road, water flooding into houses, cars stuck!",
     "Thank you - we've got a crew heading to Fenwick Road now, with you in about 20 minutes. Please keep clear of the "
     "water and don't drive through it. If water is coming into your home, call 0800 555 0199 and we'll prioritise "
     "you.", "pass", "Clearbrook Water"),
    ("Main burst on Fenwick Road, water flooding into houses, cars stuck!",
     "Sorry to hear that. Please DM us your postcode and account number so we can look into this.", "fail", "Clearbrook Water"),
    ("No water since 6am and your phone line just rings out",
     "Sorry to hear that. Please call our customer services team on 0800 555 0123 and they will be able to advise.",
     "fail", "Clearbrook Water"),
    ("omg the new boots are sooo comfy 😍😍 obsessed", "Dear Customer, we acknowledge receipt of your correspondence "
     "regarding your recent purchase. Kind regards, Threadline Customer Services.", "fail", "Threadline"),
])
def test_a_flood_answered_with_a_crew_passes_and_a_dm_a_dead_phone_line_or_a_form_letter_fails(
        auditor: ToneAuditor, post: str, reply: str, verdict: str, brand: str) -> None:
    result = auditor.audit(conv(reply, post, id=reply[:16], brand=brand, channel="twitter"))
    assert result.verdict == verdict, (result.scores, [i.reason for i in result.issues])


def test_sending_a_parcel_in_the_couriers_own_depot_back_to_the_retailer_is_the_runaround(auditor: ToneAuditor) -> None:
    result = auditor.audit(conv("That's handled by the retailer, please contact Zalando directly about your order.",
                                "My parcel from Zalando is stuck at your depot for a week", brand="ParcelPilot"))
    assert result.scores["runaround"] == 1.0 and any(i.check == "runaround" for i in result.issues), result


@pytest.mark.parametrize("post,reply,check", [
    # a care lead's read of a bank, a streaming service and a pharmacy (eleventh session): harm that passed
    ("@GlimmerTV charged twice this month, want my money back",
     "Sorry about that! Reply here with your full card number and expiry date and we'll refund it straight away.",
     "privacy"),
    ("@GlimmerTV the app crashed AGAIN on my Fire stick. Every single night.",
     "Have you tried turning it off and on again? 🙄", "tone_match"),
    ("@GlimmerTV 3rd evening in a row the app won't load, I want a refund for this month", "Thanks for your feedback! 😊",
     "next_step"),
    ("Careleaf parcel arrived with the bottle smashed and glass everywhere",
     "We are sorry for any inconvenience caused. Your feedback is important to us and has been passed to the relevant "
     "team.", "scriptedness"),
])
def test_a_banks_a_streamers_and_a_pharmacys_harm_fails(analyzer, auditor: ToneAuditor, post: str, reply: str,
                                                        check: str) -> None:
    result = _with_trained_sentiment(analyzer, auditor).audit(conv(reply, post, id=reply[:15]))
    assert result.verdict == "fail" and any(i.check == check for i in result.issues), result.issues
    assert len({i.check for i in result.issues}) == len(result.issues), result.issues  # each check listed once


def test_an_emergency_answered_late_fails_and_a_matter_for_your_gp_is_the_runaround(auditor: ToneAuditor) -> None:
    late = auditor.audit(conv("Hi, please allow 3-5 working days for delivery. Thank you for your patience.",
                              "@CareleafRx my insulin hasn't arrived and I have none left tonight", id="insulin",
                              post_time="2024-05-08T18:00:00Z", reply_time="2024-05-08T20:00:00Z"))
    assert late.verdict == "fail" and any(i.check == "timeliness" and i.severity == "fail" and "Replied after 2.0 h"
                                          in i.reason for i in late.issues), late.issues
    gp = auditor.audit(conv("This is a matter for your GP surgery. Please contact them.",
                            "@CareleafRx my repeat prescription was meant to be here 3 days ago??", id="gp"))
    assert gp.scores["runaround"] >= 0.6, gp.scores


@pytest.mark.parametrize("post,reply,check", [
    # care leads' reads (eleventh and twelfth sessions): what must come first, or helps nobody
    ("@RoamlyCars your car's engine just died on the M6 northbound near J14, it's 11pm, pitch dark, two kids in the back",
     "So sorry to hear this, we hope everyone is safe. Please DM us your booking reference.", "next_step"),
    ("@Pennyway someone rang saying they're from your fraud team and told me to move my savings to a safe account",
     "We're sorry to hear this. Please DM us your details and we'll look into it.", "next_step"),
    ("@CareleafRx you sent 10mg instead of 5mg of my mum's amlodipine and she's already taken one",
     "So sorry about this! Please DM us your order number and we'll arrange a replacement.", "next_step"),
    ("My car won't unlock at Heathrow and I'm stuck in the car park with two kids",
     "Please contact our roadside team, or alternatively email support@roamly.example, or check the FAQ on our website. "
     "Our team will get back to you within 3-5 working days.", "next_step"),
    ("@Quillforge my account got hacked, they changed my email!!", "We're sorry for the inconvenience. Please raise a "
     "ticket at support.quillforge.com and our team will respond within 5-7 business days.", "next_step"),
    ("Hola, ¿puedo pagar el alquiler con tarjeta de débito?", "Hi, please write to us in English so we can help you.",
     "tone_match"),
    ("@CareleafRx do you deliver on Saturdays?", "Please DM us.", "runaround"),
    ("My Pennyway transfer to my landlord bounced and I've been charged a fee, can someone help?",
     "Hi, the social media team can't look at payments. Please call 0800 046 7722, choose option 3 then option 2, and "
     "ask to be transferred to the payments team, who will email you a form to fill in and post back to us.",
     "runaround"),
])
def test_what_must_come_first_and_replies_that_help_nobody_fail(analyzer, auditor: ToneAuditor, post: str, reply: str,
                                                                check: str) -> None:
    result = _with_trained_sentiment(analyzer, auditor).audit(conv(reply, post, id=reply[:15]))
    assert result.verdict == "fail" and any(i.check == check and i.severity == "fail" for i in result.issues), \
        result.issues


@pytest.mark.parametrize("post,reply", [
    ("@RoamlyCars your car's engine just died on the M6 northbound near J14, it's 11pm, pitch dark, two kids in the back",
     "So sorry, that's frightening. Please get everyone out on the side away from the traffic and wait behind the "
     "barrier; our recovery team is on its way, and call 999 if you feel in danger."),
    ("@Pennyway someone rang saying they're from your fraud team and told me to move my savings to a safe account",
     "That wasn't us: we will never ask you to move your money. Please hang up and call us on the number on the back "
     "of your card."),
    ("@CareleafRx do you deliver on Saturdays?", "Yes, we deliver on Saturdays between 8am and 1pm at no extra cost."),
    ("@Pennyway someone's just taken £900 from my account in 3 payments I don't recognise",
     "We've frozen your card and cancelled those payments now. Your new card will arrive within 3-5 working days."),
])
def test_the_first_words_said_pass_those_checks(analyzer, auditor: ToneAuditor, post: str, reply: str) -> None:
    result = _with_trained_sentiment(analyzer, auditor).audit(conv(reply, post, id=reply[:15]))
    assert not any(i.severity == "fail" for i in result.issues), result.issues
