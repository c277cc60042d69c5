"""Rephrasing: move tagging, seeded variation that keeps facts, the moves the practice asks for, guards."""

from __future__ import annotations

import json
import re

import pytest

from model.errors import InvalidInputError
from model.generative import GenerativeRephraser
from model.guards import CHANNEL_LIMITS, NUMBER, check_facts, check_length, check_no_pii, find_pii, guard_report
from model.register import EMOJI, Style, style_from
from model.rephraser import ADVICE_KEYS, BANK_PATH, BankRephraser, load_bank, strip_emoji
from model.reply_moves import EMPATHY, MOVES, PRIVATE, bank_key, classify_move, parse_reply, strip_frame

REFUND = ("@115712 Hi <NAME>, thanks for reaching out! Your refund of $25.40 for order <ORDER_ID> was issued on "
          "12/03 and should show within 3-5 business days. Details: https://help.example.com/refunds -KC")
IOS = ("@115713 We'd like to help. Which version of iOS are you running? Check Settings > General > About "
       "and update to iOS 11.1 if you can. Keep us posted. ^AB")
SHIPPED = "@9 Your order <ORDER_ID> shipped today via UPS, tracking 1Z999AA10123456784: https://ups.com/t?n=1"


def negative(**kw) -> Style:
    return style_from("my refund STILL hasn't arrived, this is ridiculous!!", "negative", "high", **kw)


@pytest.mark.parametrize("unit, move", [
    ("Hi there!", "greeting"),
    ("Hey Lorenzo.", "greeting"),
    ("Hello <NAME>,", "greeting"),
    ("Sorry to hear that!", "empathy"),
    ("We apologize for the inconvenience.", "empathy"),
    ("That's not the experience we want you to have.", "empathy"),
    ("We're here to help.", "acknowledgement"),
    ("We hear you, and we're on it.", "acknowledgement"),
    ("Thanks for reaching out!", "thanks"),
    ("Thank you.", "thanks"),
    ("Send us a DM and we'll take it from there.", "request_dm"),
    ("Please give us a call so we can sort this out.", "request_dm"),
    ("We'll take a look.", "next_step"),
    ("Keep us posted.", "next_step"),
    ("Let us know if you have any other questions.", "closing"),
    ("Have a great day!", "closing"),
    ("/AB", "signature"),
    # the factual core: facts, proper nouns, hedges, specific asks and reports are never stock phrases
    ("Your refund of $25 was issued today.", "content"),
    ("Sorry, but the Galaxy S8 is not eligible.", "content"),
    ("We're sorry, unfortunately the sale has ended.", "content"),
    ("Can you DM us your account's email address?", "content"),
    ("DM us the results:", "content"),
    ("We've just sent you a DM.", "content"),
    ("Which version of iOS are you running?", "content"),
    ("Details: https://help.example.com/refunds", "content"),
    ("Please bring <ORDER_ID> to the store.", "content"),
    ("Das tut uns leid!", "empathy"),
    ("Escríbenos por mensaje directo.", "request_dm"),
    # a breezy opener is the bank's to redraw in register (read34: "Easy!" to a letter signed "Yours faithfully")
    ("Easy!", "greeting"),
    ("Easy one!", "greeting"),
    ("Easy: tap Transfer.", "content"),
])
def test_classify_move(unit: str, move: str) -> None:
    assert classify_move(unit) == move


@pytest.mark.parametrize("text, key", [
    ("Send us a DM.", "request_dm"), ("Please give us a call.", "request_phone"),
    ("Please drop us an email so we can help.", "request_email"), ("Thanks for your patience.", "thanks_patience"),
    ("Thanks for the info.", "thanks_info"), ("Thanks for reaching out.", "thanks_contact"),
    ("Thanks!", "thanks"), ("We'll take a look.", "next_step_us"), ("Keep us posted.", "next_step_you"),
    ("Glad to hear it!", "closing_glad"), ("Have a great day!", "closing"),
])
def test_bank_key_keeps_meaning_apart(text: str, key: str) -> None:
    assert bank_key(classify_move(text), text) == key


def test_parse_reply_drops_handles_and_signature_and_splits_greeting() -> None:
    units = parse_reply(REFUND)
    assert [u.move for u in units] == ["greeting", "thanks", "content", "content"]
    assert units[2].text.startswith("Your refund of $25.40")
    assert not any("@115712" in u.text or "KC" in u.text for u in units)
    body, handles, signature = strip_frame("@115713 @AcmeHelp Thanks-Sha https://t.co/x")
    assert handles == ["@115713", "@AcmeHelp"] and signature == "-Sha" and body == "Thanks https://t.co/x"
    assert strip_frame("Weâ€™re on it &amp; more")[0] == "We’re on it & more"  # mojibake and entities
    # bare initials close a reply too; "DM" and "OK" are words
    assert strip_frame("Thanks for your patience. JM") == ("Thanks for your patience.", [], "JM")
    assert strip_frame("Done. Cheers, JM")[0] == "Done. Cheers"
    assert strip_frame("Thanks. Please send us a DM")[2] is None
    # a sign-off whose name the store redacted goes whole, its dash too, and an emoji after it stays (a fresh read:
    # drafts ended "... refunded for you today. –")
    assert strip_frame("I'll get it refunded today. – <NAME>") == ("I'll get it refunded today.", [], "– <NAME>")
    assert strip_frame("It's pretty special, isn't it? – <NAME> 😍")[0] == "It's pretty special, isn't it? 😍"
    assert strip_frame("Thanks <NAME>, glad to help!")[0] == "Thanks <NAME>, glad to help!"  # the customer's slot


@pytest.mark.parametrize("source", [REFUND, IOS, SHIPPED])
def test_variants_differ_across_seeds_but_keep_facts(source: str) -> None:
    rephraser = BankRephraser()
    style = negative(move_private=True, author="@newcustomer")
    drafts = [rephraser.rephrase(source, style, seed=s)[0] for s in range(8)]
    assert len(set(drafts)) >= 6
    for draft in drafts:
        assert check_facts(source, draft), draft
        assert draft.startswith("@newcustomer ")
        assert "@115712" not in draft and "-KC" not in draft and "^AB" not in draft
    assert rephraser.rephrase(source, style, seed=3, n=3) == rephraser.rephrase(source, style, seed=3, n=3)


def test_n_variants_are_distinct() -> None:
    variants = BankRephraser().rephrase(IOS, negative(), seed=1, n=4)
    assert len(variants) == 4 and len(set(variants)) == 4


def test_empathy_opener_for_complaints_only() -> None:
    source = "@1 Your order <ORDER_ID> will arrive on Friday. Tracking: https://t.co/track"
    rephraser = BankRephraser()
    complaint = style_from("my order is late again, not happy", "negative", "normal")
    praise = style_from("you guys are great, thanks for the quick help!", "positive", "low")
    for seed in range(6):
        angry, happy = (rephraser.rephrase(source, s, seed=seed)[0] for s in (complaint, praise))
        opener = angry.split("Your order")[0]
        assert EMPATHY.search(opener), angry
        assert not EMPATHY.search(happy), happy


def test_positive_post_drops_an_old_apology() -> None:
    source = "@1 Sorry about that! Your new code is 4411."
    praise = style_from("Loving the new app, great job!", "positive", "low")
    assert all(not EMPATHY.search(d) for d in BankRephraser().rephrase(source, praise, seed=2, n=3))


@pytest.mark.parametrize("advice, pattern", [("dm", r"\bDM\b"), ("phone", r"\b(?:call|ring)\b"),
                                             ("email", r"\bemail\b")])
def test_private_channel_request_matches_the_advice(advice: str, pattern: str) -> None:
    source = "@1 We can look into the double charge on your card."
    style = style_from("I was charged twice!", "negative", "high", move_private=True, channel_advice=advice)
    for draft in BankRephraser().rephrase(source, style, seed=5, n=3):
        assert PRIVATE.search(draft) and re.search(pattern, draft, re.I), draft
    quiet = style_from("I was charged twice!", "negative", "high", move_private=False)
    assert not any(PRIVATE.search(d) for d in BankRephraser().rephrase(source, quiet, seed=5, n=3))


def test_no_second_dm_request_when_the_reply_has_one() -> None:
    source = "@1 Send us a DM and we'll take a look. https://t.co/GDrqU22YpT"
    style = style_from("app broken", "negative", "normal", move_private=True)
    for draft in BankRephraser().rephrase(source, style, seed=0, n=4):
        assert len(re.findall(r"\bDM\b", draft)) == 1, draft
        assert "https://t.co/GDrqU22YpT" in draft


def test_upset_register_is_calm_without_emoji() -> None:
    source = "@1 Oh no! 😟 We've refunded $12 to your card ending <CARD>! 🙏 We'll be in touch."
    style = style_from("THIS IS A JOKE!!! worst airline ever 😡😡", "negative", "high", author="Jane Doe")
    assert style.register == "upset" and style.uses_emoji
    for draft in BankRephraser().rephrase(source, style, seed=1, n=4):
        assert not EMOJI.search(draft) and "!" not in draft, draft
        assert "$12" in draft and "<CARD>" in draft and "Jane" in draft


def test_casual_customer_with_emoji_may_get_one() -> None:
    style = style_from("omg the new playlist is sooo good 😍🎶", "positive", "low")
    assert style.register == "casual"
    drafts = [BankRephraser().rephrase("@1 Glad you like it! Here it is: https://t.co/p", style, seed=s)[0]
              for s in range(10)]
    assert any(EMOJI.search(d) for d in drafts)
    assert all(len(EMOJI.findall(d)) <= 1 for d in drafts)


@pytest.mark.parametrize(("post", "name"), [
    ("Hi, I'm Sarah and my bag is lost", "Sarah"), ("my name is Dave, my order is late", "Dave"),
    ("still no refund. Thanks - Ana", "Ana"), ("I’m Lena.", "Lena"),
    # words after "I'm" or a thanks are not names: "Hi Stuck!" would insult the customer
    ("I'm stuck at the airport", None), ("i am tried everything", None), ("I am Furious right now", None),
    ("fixed it, thanks again", None), ("Cheers Mate", None), ("This is Ridiculous, 3 hours", None),
    ("I'm Furious!", None), ("this is Tom from flat 3", "Tom"), ("I bought a TV at Best Buy", None),
    ("I'm Jewish and my order has pork in it", None), ("I am Italian.", None), ("Best,\nTom", "Tom"),
])
def test_the_customers_name_only_when_they_gave_it(post: str, name: str | None) -> None:
    assert style_from(post).customer_name == name


def test_the_brand_thanked_is_not_the_customers_name() -> None:
    assert style_from("Love it, thanks Spotify", brand="SpotifyCares").customer_name is None


def test_formal_register_gets_no_emoji_and_no_stiff_expansions() -> None:
    style = style_from("Good afternoon. My invoice shows an incorrect amount. Regards, Peter", "negative",
                       "normal", move_private=True)
    assert style.register == "formal" and style.customer_name == "Peter"
    for seed in range(6):
        for draft in BankRephraser().rephrase("@1 We'll check invoice <ORDER_ID> for you 🙂", style, seed=seed, n=3):
            assert not EMOJI.search(draft) and "We'll check invoice <ORDER_ID> for you" in draft
            # people write "we're" and "let's" in formal replies too; "Let us get to the bottom of this" is stiff,
            # and "Let's look into this for you" is something we do, not the customer
            assert not re.search(r"\b(?:let us (?!know)|we have got)\b|let's \w+[^.!?]*for you", draft, re.I), draft


def test_twitter_draft_fits_the_limit_and_keeps_content() -> None:
    content = ("Your replacement for order <ORDER_ID> left our Leeds warehouse on 14/11 and is due on 16/11 "
               "before 6pm; the courier will text a one-hour slot on the morning of delivery, and you can "
               "change the day at https://t.co/AbCdEfGhIj if you will not be home.")
    style = style_from("where is my replacement?? this is ridiculous", "negative", "critical",
                       move_private=True, author="Jonathan Smithers")
    for seed in range(5):
        draft = BankRephraser().rephrase("@1 " + content, style, seed=seed)[0]
        assert check_length(draft, "twitter") and len(draft) <= CHANNEL_LIMITS["twitter"]
        assert content in draft and check_facts(content, draft)


def test_public_drafts_carry_no_pii() -> None:
    bank = load_bank()
    for lang, moves in bank.items():
        for phrases in moves.values():
            assert all(not find_pii(p) and "@" not in p and not re.search(r"\d", p) for p in phrases), lang
    style = negative(move_private=True, author="@jdoe")
    for draft in BankRephraser().rephrase(REFUND, style, seed=11, n=5):
        assert check_no_pii(draft, public=True)


def test_german_source_stays_german() -> None:
    source = "@1 Hallo, das tut uns leid! Dein Zug 1234 fällt heute aus. Alle Infos: https://bahn.de/info"
    style = style_from("Mein Zug ist schon wieder ausgefallen.", "negative", "high", move_private=True,
                       language="de")
    for draft in BankRephraser().rephrase(source, style, seed=3, n=4):
        assert "Dein Zug 1234 fällt heute aus." in draft and "https://bahn.de/info" in draft
        assert not re.search(r"\b(?:we|we're|sorry|thanks|please|hello|hi)\b", draft, re.I), draft


def test_language_without_a_bank_keeps_the_agents_words() -> None:
    source = "@1 Het spijt ons! De terugbetaling van 20 euro komt vrijdag binnen."
    style = style_from("Mijn terugbetaling is niet gekomen", "negative", "high", move_private=True, language="nl")
    draft = BankRephraser().rephrase(source, style, seed=0)[0]
    assert draft == "Het spijt ons! De terugbetaling van 20 euro komt vrijdag binnen."


def test_personalisation_fills_the_name_slot() -> None:
    style = style_from("Hi, my parcel is missing", "negative", "normal", author="maria lopez")
    draft = BankRephraser().rephrase("@7 Sorry, <NAME>, your parcel <ORDER_ID> is on its way.", style, seed=0)[0]
    assert "Maria" in draft and "<NAME>" not in draft and "<ORDER_ID>" in draft
    anonymous = style_from("Hi, my parcel is missing", "negative", "normal")
    draft = BankRephraser().rephrase("@7 Your parcel <ORDER_ID> is on its way, <NAME>.", anonymous, seed=0)[0]
    assert "<NAME>" not in draft and "<ORDER_ID> is on its way." in draft
    # a reply opening on the name loses it and its comma ("Sorry Derek, let's ..." was masked whole at import)
    draft = BankRephraser().rephrase("<NAME>, let's make sure you don't go without. Please call our pharmacists now on "
                                     "0330 912 4410.", anonymous, seed=0)[0]
    assert "<NAME>" not in draft and ", let's" not in draft and "Let's make sure you don't go without." in draft, draft


@pytest.mark.parametrize("post, sentiment, register", [
    ("This is the WORST service EVER, absolutely ridiculous!!", "negative", "upset"),
    ("ugh my order is late lol 🙃", "negative", "casual"),
    ("Dear team, could you tell me when my order will ship?", "neutral", "formal"),
    ("love the new update!", "positive", "casual"),
])
def test_style_register(post: str, sentiment: str, register: str) -> None:
    assert style_from(post, sentiment).register == register


def test_style_fields_from_author_and_channel() -> None:
    s = style_from("help pls", "neutral", "critical", True, "phone", "chat", "@jdoe_99", "Acme")
    assert (s.handle, s.customer_name, s.channel_advice, s.public, s.needs_ack, s.brand) == (
        "jdoe_99", None, "phone", False, True, "Acme")
    s = style_from("help pls", author="Ana María Pérez")
    assert s.customer_name == "Ana" and s.handle is None and s.public


def test_private_channel_gets_no_dm_request() -> None:
    style = style_from("charged twice", "negative", "high", move_private=True, channel="chat")
    drafts = BankRephraser().rephrase("@1 We can refund the second charge.", style, seed=1, n=3)
    assert not any(PRIVATE.search(d) for d in drafts)


def test_bad_input_raises() -> None:
    with pytest.raises(InvalidInputError):
        BankRephraser().rephrase("  ", Style(), seed=0)
    with pytest.raises(InvalidInputError):
        style_from(None)  # type: ignore[arg-type]


def test_bank_artifact_is_small_and_complete() -> None:
    assert BANK_PATH.stat().st_size < 200_000
    data = json.loads(BANK_PATH.read_text(encoding="utf-8"))
    assert {"en", "es", "pt", "de", "fr"} <= set(data)
    en = data["en"]
    for key in ("greeting", "empathy", "acknowledgement", "request_dm", "closing"):
        assert 18 <= len(en[key]) <= 60, key  # greetings: 19 since "Howdy" was struck
    for lang in ("es", "pt", "de", "fr"):
        assert {"greeting", "empathy", "acknowledgement", "request_dm", "request_phone", "request_email",
                "closing"} <= set(data[lang])
    assert (BANK_PATH.parent / "MODEL_CARD.md").read_text().count("CC BY-NC-SA 4.0") >= 1


@pytest.mark.slow
def test_generative_rephraser_returns_guarded_text() -> None:
    from model.encoder import TextEncoder

    encoder = TextEncoder()
    gen = GenerativeRephraser(similarity=encoder.similarity, max_new_tokens=60, threads=1)
    assert gen.name == "smollm2"
    style = style_from("where is my refund?? been waiting two weeks", "negative", "high", move_private=True,
                       author="@jdoe")
    tagged = gen.rephrase_tagged(REFUND, style, seed=0, n=2)
    assert len(tagged) == 2 and gen.stats["generated"] == 2 and len(gen.latencies) == 2
    body = strip_frame(REFUND)[0]
    for text, by in tagged:
        assert by in ("smollm2", "bank")
        report = guard_report(body, text, channel="twitter", public=True, similarity=encoder.similarity)
        assert report["facts_kept"] and report["length"] and report["no_pii_public"], (by, text)
        if by == "smollm2":
            assert all(report.values()), text


def test_bank_phrases_classify_as_their_own_move() -> None:
    """The bank and the classifier agree, so a drafted reply that comes back as a source is parsed right."""
    for variety, moves in load_bank().items():
        lang = variety.split("-")[0]  # the polite German ("de-Sie") is German
        for key, phrases in moves.items():
            # request_phone/email name what to send, offer_help ("How can we help?") only answers a post that
            # says nothing, protect_pii only one that posted personal data and safety_advice one naming a danger:
            # in a past reply, content by design
            # fraud_advice ("freeze your card and call us now") and emergency_advice ("call the emergency services
            # now") are content too, as safety_advice
            if key in ("request_phone", "request_email", "offer_help", "protect_pii", "press_office", "pass_on",
                       "escalate", *ADVICE_KEYS):  # press office, praise
                # passed on, a legal matter sent to the right team: content
                continue
            for phrase in phrases:
                text = phrase.replace("{name}", "Sam")
                if key == "greeting":
                    assert "{name}" in phrase or classify_move(text, lang) == "greeting", (lang, phrase)
                    continue
                move = classify_move(text, lang)
                if key in ("sorry_wait", "sorry_chase", "concern", "concern_you", "condolence"):  # an apology for the wait, concern for someone
                    # hurt or condolences read back as empathy, which they are
                    assert move == "empathy", (lang, phrase)
                    continue
                # (a finer key drawn for one kind of post reads back as the key it refines: warm thanks for praise,
                # empathy for someone humiliated or ashamed)
                key = {"thanks_praise": "thanks_feedback", "empathy_dignity": "empathy",
                       "reassure_shame": "empathy"}.get(key, key)
                assert move == (key if key in MOVES else key.rsplit("_", 1)[0]), (lang, phrase)
                if lang == "en":
                    assert bank_key(move, text) == key, phrase


def test_content_core_drops_the_social_frame_but_keeps_what_is_said() -> None:
    from model.reply_moves import content_core

    reply = "Hi Sam! So sorry about this. Your refund of $25 was issued on 12/03. Thanks for your patience!"
    core = content_core(reply)
    assert "$25" in core and "12/03" in core
    assert "Hi Sam" not in core and "Thanks for your patience" not in core
    assert content_core("Thanks so much!") == "Thanks so much!"  # all frame: the reply is its own core


def test_agents_own_next_step_is_kept_by_rate() -> None:
    """The brand's own words for the next step survive at keep_own_rate 1; at 0 the bank re-draws them."""
    source = "@204 Can you DM us your account's email address? We'll take a look backstage /JL"
    style = style_from("the app keeps logging me out, so annoying", "negative", "normal")
    kept = [BankRephraser(keep_own_rate=1.0).rephrase(source, style, seed=s)[0] for s in range(8)]
    redrawn = [BankRephraser(keep_own_rate=0.0).rephrase(source, style, seed=s)[0] for s in range(8)]
    assert all("take a look backstage" in d for d in kept), kept
    assert sum("take a look backstage" in d for d in redrawn) < len(redrawn), redrawn
    assert len(set(kept)) >= 4  # the frames around them still differ per customer


def test_kept_agent_words_still_suit_the_customer() -> None:
    """A casual or cheerful closing of the source is not kept for an upset customer: the bank re-draws it."""
    source = "@204 Can you DM us your account's email address? Have an awesome day!"
    style = style_from("THIS IS UNACCEPTABLE. Third time I am writing. Fix it now.", "negative", "high")
    drafts = [BankRephraser(keep_own_rate=1.0).rephrase(source, style, seed=s)[0] for s in range(8)]
    assert not [d for d in drafts if "awesome" in d.lower()], drafts


def test_other_customers_named_inside_a_reply_become_the_addressee_slot() -> None:
    body, handles, signature = strip_frame("@5551 Hello @117128, kindly check with @AmazonHelp. Thank you. ^Osebi.")
    assert handles == ["@5551"] and signature == "^Osebi."
    assert "@117128" not in body and "<NAME>" in body and "@AmazonHelp" in body  # a brand named stays


def test_a_scrubbed_name_after_a_greeting_is_the_addressee_slot_not_a_fact() -> None:
    """Import redacted "Hey Georgia!" as "Hey <LOCATION>!" (spaCy read a place): drafts must not show the tag."""
    body = strip_frame("@12345 Hey <LOCATION>! What does the current tracking say? We'll look at <LOCATION> depot.")[0]
    assert body.startswith("Hey <NAME>!") and "<LOCATION> depot" in body  # a real place stays a fact
    style = style_from("@AmazonHelp my parcel is late again", "negative", "normal", False, "none", "twitter",
                       None, "Amazon", language="en")
    for text in BankRephraser().rephrase(body, style, seed=5, n=4):
        assert text.count("<LOCATION>") == 1 and "<NAME>" not in text, text


def test_casual_contractions_never_end_a_clause() -> None:
    from model.rephraser import _CONTRACTIONS, swap_words

    text = swap_words("We know how annoying it is. It is late and we will fix it. Yes, we will! We do not.", _CONTRACTIONS)
    assert text == "We know how annoying it is. It's late and we'll fix it. Yes, we will! We don't."


def test_an_italian_reply_s_own_moves_are_recognised_so_none_is_doubled() -> None:
    source = "@1 Ci dispiace! Il rimborso di 20 euro arriverà entro venerdì. Buona giornata!"
    style = style_from("Il rimborso non è arrivato", "negative", "high", move_private=True, language="it")
    for draft in BankRephraser().rephrase(source, style, seed=0, n=3):
        assert "20 euro" in draft and "venerdì" in draft
        assert len(re.findall(r"dispiace|spiacenti|scusiamo", draft, re.I)) == 1, draft
        assert "messaggio privato" in draft or "DM" in draft, draft  # moved private in Italian


@pytest.mark.parametrize(("author", "name", "handle"), [("Lucía", "Lucía", None), ("Łukasz", "Łukasz", None),
                                                          ("bea", None, "bea"), ("@Bea", None, "Bea"),
                                                          ("maria lopez", "Maria", None)])
def test_an_accented_display_name_is_a_name_not_a_handle(author: str, name: str | None, handle: str | None) -> None:
    from model.register import _parse_author

    assert _parse_author(author) == (name, handle)


def test_a_help_link_or_a_glad_opener_does_not_stand_in_for_a_needed_dm_request() -> None:
    style = style_from("@Brand my account was hacked, acct 31926548", "negative", "high", move_private=True)
    for source in ("You can find out more here: https://t.co/sec", "We're glad you reached out! Our team can help."):
        for draft in BankRephraser().rephrase(source, style, seed=3, n=3):
            assert PRIVATE.search(draft), draft


def test_a_post_saying_nothing_but_personal_data_gets_the_privacy_advice() -> None:
    from dataclasses import replace

    style = replace(style_from("@Brand hello 07700 900123", "neutral", "low", move_private=True),
                    asks_nothing=True, posted_pii=True)
    for text, _ in BankRephraser().holding_tagged(style, seed=1, n=3):
        assert re.search(r"(?:don't|do not|not to) (?:share|post)|keep personal details", text), text


def test_a_request_ending_in_thanks_is_not_thanked_as_praise_and_hears_who_acts_next() -> None:
    bank = BankRephraser()
    request = style_from("@Brand i want to rebook my return flight but it fails. please help me. thanks", "positive")
    for text, _ in bank.holding_tagged(request, seed=2, n=3):
        assert not re.search(r"kind words|sharing|feedback", text, re.I), text
        assert re.search(r"\bwe(?:'ll| will)\b|leave it with us", text, re.I), text  # the next step is ours
    praise = style_from("@Brand love the new update, great work!", "positive")
    assert all(not re.search(r"\bwe(?:'ll| will)\b", t, re.I) for t, _ in bank.holding_tagged(praise, seed=2, n=3))


def test_a_post_naming_a_danger_gets_safety_advice_first_in_every_draft() -> None:
    from dataclasses import replace

    style = replace(style_from("@Brand the heater you installed is leaking gas, I can smell it", "negative",
                               "critical", move_private=True), danger=True)
    for text, _ in BankRephraser().holding_tagged(style, seed=4, n=3):
        assert re.search(r"emergency services", text), text
        assert text.index("emergency") < (text.find("DM") if "DM" in text else len(text)), text


def test_no_dm_request_to_a_customer_who_already_sent_one_and_no_thanks_for_kind_words_to_an_ok() -> None:
    bank = BankRephraser()
    chased = style_from("@Brand Any news? I DMed you yesterday and still nothing.", "negative", "high",
                        move_private=True)
    for text, _ in bank.holding_tagged(chased, seed=5, n=3):
        assert not PRIVATE.search(text), text  # the runaround PRACTICE warns of
    for post in ("@Brand ok thanks", "@Brand Will do!", "lol ok"):
        for text, _ in bank.holding_tagged(style_from(post, "positive"), seed=5, n=3):
            assert not re.search(r"kind words|sharing|feedback|flagging|we'll take a look", text, re.I), (post, text)


def test_a_greeting_ending_in_a_comma_is_followed_by_lower_case_and_no_draft_says_a_thing_twice() -> None:
    bank = BankRephraser()
    style = style_from("Hallo, meine Rechnung ist doppelt abgebucht worden. Bitte dringend klären", "negative",
                       "high", author="Klaus", language="de")
    for text, _ in bank.holding_tagged(style, seed=1, n=3):
        assert not re.search(r", [A-Z]", text.replace(", Sie", "").replace(", Ihr", "")), text
        words = re.findall(r"\w+", text.lower())
        grams = [tuple(words[i:i + 3]) for i in range(len(words) - 2)]
        assert len(grams) == len(set(grams)), text



def test_a_curt_negative_ok_is_no_acknowledgement_and_german_nouns_keep_their_capital() -> None:
    bank = BankRephraser()
    for text, _ in bank.holding_tagged(style_from("@Brand ok thanks 🙄", "negative"), seed=2, n=3):
        assert not re.fullmatch(r"(?:@\w+ )?(?:Have a (?:nice|good|great) day|Hope this helps|Take care)\.?", text), text
    parts = [("greeting", "Hallo Klaus,"), ("empathy", "Entschuldigung für die Unannehmlichkeiten.")]
    assert "Klaus, Entschuldigung" in bank._join(parts, "", "de")
    assert "Klaus, das tut" in bank._join([("greeting", "Hallo Klaus,"), ("empathy", "Das tut uns leid.")], "", "de")


def test_a_complaint_is_not_thanked_for_asking_and_a_chat_reply_keeps_no_dm_request() -> None:
    bank = BankRephraser()
    complaint = style_from("@Brand the gym heating is broken again", "neutral")
    for text, _ in bank.holding_tagged(complaint, seed=3, n=3):
        assert "asking" not in text.lower(), text
    chat = style_from("my card was declined twice", "negative", "high", move_private=True, channel="chat")
    for draft in bank.rephrase("Please send us a DM with your postcode and we'll check what blocked it.", chat,
                               seed=3, n=3):
        assert not re.search(r"\bDM\b|direct message", draft), draft


def test_a_german_customer_who_writes_sie_is_answered_with_sie() -> None:
    bank = BankRephraser()
    formal = style_from("Seit drei Tagen kein Internet. Ich erwarte, dass Sie das heute beheben.", "negative", "high",
                        True, "phone", language="de")
    casual = style_from("seit drei tagen kein internet, schick mir bitte einen techniker", "negative", "high", True,
                        "phone", language="de")
    polite = [t for t, _ in bank.holding_tagged(formal, seed=3, n=6)]
    assert not any(re.search(r"\b(?:Schick|Lass|Gib|Sag|deine?|dir|dich)\b", t) for t in polite), polite
    assert any("Schick uns" in t for t, _ in bank.holding_tagged(casual, seed=3, n=6))


# "du" and its imperatives, as the German bank writes them
_DU = re.compile(r"\b(?:du|dich|dir|dein\w*|euch|euer|Wähl|wähl|ruf|Ruf|gib|Gib|Bleib|bleib|Merk|merk|leg|zahl|schick|"
                 r"Schick|melde|blockiere|nutze|versuch|Versuch|fass|setz|kühl|halt|lass|Lass|sag|Sag|geh|Geh)\b")


def test_the_polite_german_moves_cover_the_german_ones_without_a_du() -> None:
    """Word swaps ("dir" -> "Ihnen") had answered a stroke told in "Sie" with "Wähl sofort den Notruf ... Merk Ihnen, wann
    es anfing": the moves that address the reader are written out in the polite form ("de-Sie")."""
    bank = load_bank()
    polite, german = bank["de-Sie"], bank["de"]
    assert set(polite) <= set(german) and all(len(polite[k]) == len(german[k]) for k in polite)
    assert not [p for ps in polite.values() for p in ps if _DU.search(p)]
    left = [p for k, ps in german.items() if k not in polite for p in ps if _DU.search(p)]
    assert not left, left  # a German move that says "du" has its polite form


@pytest.mark.parametrize(("language", "post", "informal", "register"), [
    ("es", "Buenas tardes, ¿podría usted decirme por qué me han cobrado dos veces?",
     "Escríbenos por mensaje directo y te llamamos.", "Escríbanos por mensaje directo y le llamamos."),
    ("it", "Buonasera, potrebbe spiegarmi perché non accedo più? La ringrazio.",
     "Ciao! Scrivici in messaggio privato e ti richiamiamo.", "Buongiorno! Ci scriva in messaggio privato e La richiamiamo."),
    ("pt", "Boa tarde, estou sem rede no telemóvel desde ontem. Podem ajudar-me?",
     "Oi! Manda uma mensagem direta pra gente e vamos verificar juntos.",
     "Olá! Envie-nos uma mensagem privada e verificamos em conjunto."),
    ("pt", "Olá, estou sem rede há três dias em Lisboa. Podem ajudar?",  # a Portuguese town says which Portuguese
     "Sentimos muito pelo transtorno. Vamos resolver isso com você.", "Lamentamos muito o incómodo. Vamos resolver "
     "isto consigo."),
    ("pt", "estou sem rede há três dias em Porto Alegre, vocês podem ajudar?",  # ... a Brazilian one too
     "Vamos resolver isso com você.", "Vamos resolver isso com você."),
    ("pt", "cadê minha encomenda??? já faz 10 dias, tô perdendo a paciência",  # Brazilian: the bank as is
     "Oi! Manda uma mensagem direta pra gente e vamos verificar juntos.",
     "Oi! Manda uma mensagem direta pra gente e vamos verificar juntos."),
    ("es", "la app no carga desde el update", "Escríbenos y te llamamos.", "Escríbenos y te llamamos."),
    ("pt", "Levantaram-me 500 euros da conta sem eu saber!", "Oi! Já estamos cuidando disso.",
     "Olá! Já estamos a tratar disso."),
    # a Brazilian letter: no "Oi!", "pra gente" or "Abraços"
    ("pt", "Prezados, solicito o encerramento da minha conta. Aguardo confirmação. Atenciosamente, Marcos",
     "Oi! Manda uma mensagem direta pra gente e vamos verificar juntos. Abraços.",
     "Olá! Envie-nos uma mensagem direta e verificaremos juntos. Atenciosamente."),
    ("de", "Sehr geehrte Damen und Herren, seit vier Tagen ist mein Anschluss tot.", "Sorry, dass es so lange gedauert "
     "hat. Lass uns das per DM weiter besprechen.", "Entschuldigen Sie, dass es so lange gedauert hat. Lassen Sie uns das "
     "per DM weiter besprechen."),
])
def test_a_customer_is_answered_in_their_register_and_variety(language: str, post: str, informal: str,
                                                              register: str) -> None:
    from model.register import register_swaps
    from model.rephraser import _in_register

    assert _in_register(informal, register_swaps(language, post)) == register


def test_no_we_will_look_into_it_before_content_saying_it_is_done() -> None:
    style = style_from("my refund never came", "negative", "high", False, "dm", "twitter", "Anna", "Shop")
    drafts = [BankRephraser().rephrase("Your refund was issued on 3/14 and should land in 3-5 days.", style, seed=i)[0]
              for i in range(6)]
    assert not any(re.search(r"look into|take a look|on it|we can help|help is here", d, re.I) for d in drafts), drafts
    assert all("issued on 3/14" in d for d in drafts)


def test_a_titled_author_is_answered_formally() -> None:
    from model.register import register_swaps
    from model.rephraser import _in_register

    style = style_from("Buongiorno, è la terza volta che scrivo", "negative", author="Dott. Bianchi", language="it")
    assert style.titled and style.customer_name is None
    assert _in_register("Scrivici in messaggio privato.", register_swaps("it", style.post_text, style.titled)) == \
        "Ci scriva in messaggio privato."
    assert style_from("¿podría indicarme la comisión?", author="Don Ernesto", language="es").customer_name is None
    assert style_from("can you help?", author="Don Smith", language="en").customer_name == "Don"



def test_a_letter_in_another_language_is_formal_and_greeted_without_a_first_name_and_dms_get_no_handle() -> None:
    letter = style_from("Buenas tardes. Les escribo para solicitar la factura de mi último pedido, ya que la necesito. "
                        "Atentamente, Josefa Martín Ruiz", "neutral", author="Josefa Martín Ruiz", language="es")
    assert letter.register == "formal" and letter.customer_name is None  # "ya" is no slang in a letter
    french = style_from("Madame, Monsieur, je vous informe que je saisirai le médiateur. Cordialement, Hélène Dubois",
                        "negative", author="Hélène Dubois", language="fr")
    assert french.customer_name is None
    assert style_from("hi Anna here!", "neutral", author="Anna Berg").customer_name == "Anna"  # no letter: first name
    dm = style_from("hola, quiero cambiar la dirección", "neutral", channel="instagram_dm", author="@lucia.g",
                    language="es", public=False)
    texts = BankRephraser().rephrase("Claro, lo cambiamos ahora mismo.", dm, seed=1, n=3)
    assert texts and not any(t.startswith("@") for t in texts), texts
    assert strip_emoji("Nein, Apple Pay ist bei uns kostenlos 😊 Du kannst es sofort nutzen.") == (
        "Nein, Apple Pay ist bei uns kostenlos. Du kannst es sofort nutzen.")


def test_content_too_long_for_the_channel_ends_at_a_whole_sentence() -> None:
    """A pharmacy's long answer was cut mid-sentence ("Then DM us your order number and we'll…") and passed every
    guard: the last sentence that fits ends the draft instead."""
    style = style_from("my tablets haven't arrived and I've only got 1 left", "negative", "high", channel="twitter")
    source = ("Please call our pharmacists now on 0330 912 4410 (8am-8pm weekdays); they can arrange an emergency "
              "supply at a pharmacy near you today. Outside those hours, your local pharmacy or NHS 111 can help. "
              "Then DM us your order number and we'll chase the delivery with the courier and let you know what "
              "happened to the parcel.")
    draft = BankRephraser().rephrase(source, style, seed=0)[0]
    assert len(draft) <= CHANNEL_LIMITS["twitter"] and draft.endswith(".") and "…" not in draft, draft
    assert "0330 912 4410" in draft and "NHS 111 can help." in draft, draft



@pytest.mark.parametrize(("text", "who"), [
    ("your Fern bookcase just collapsed onto my 4 year old, she has a cut on her head", "little one"),
    ("My son fainted after the jab", "son"),
    ("@Brewly my son had an allergic reaction to your nut free muffin", "son"),
    ("The wardrobe fell on me, my son is fine thank god, but I've got a cut on my arm", None),
    ("I'm sick of this, my husband has called 5 times about the broken seat belt", None),
    ("I cut my son's hair", None),
    # told of later by a part of them (read31), and by a pronoun that fits them only
    ("my daughter just ate the hummus from today's delivery, it has sesame in it. her lips are swelling", "daughter"),
    # (the sister, named since the fifteenth session: "her" fits her, not the dad)
    ("my dad bought your sesame-free hummus for the party. Now my sister says her throat is swollen", "sister"),
    ("crashed one of your scooters. my friend is on the ground and not getting up", "friend"),
    ("You dispensed the wrong medication to my mother and she ended up in A&E. I've instructed solicitors.", "mother"),
])
def test_the_one_a_post_names_hurt(text: str, who: str | None) -> None:
    from model.register import hurt_one

    assert hurt_one(text) == who


def test_no_bank_phrase_carries_a_number_the_facts_guard_would_call_invented() -> None:
    """A crisis line's number written into the bank (sixteenth session) made every draft fail the facts guard: the
    post got no draft at all."""
    numbered = [(lang, move, p) for lang, moves in load_bank().items() for move, phrases in moves.items()
                for p in phrases if NUMBER.search(p)]
    assert not numbered, numbered[:5]


def test_concern_goes_to_the_writer_alone_and_to_everyone_else_otherwise() -> None:
    """read39: "we hope everyone is OK" to a woman alone with a man banging on her door read as if a group; a bystander
    reporting smoke, a child and a pet in danger keep "everyone" or their own name."""
    from model.register import alone_in_it

    assert alone_in_it("he followed me home. he’s outside my flat now banging on the door")
    assert alone_in_it("my face has swollen up so much that my eye is nearly shut")
    assert not alone_in_it("there's smoke coming from the cash machine on High Street, someone should look")
    assert not alone_in_it("My 2 year old was playing with it alone. Could he have swallowed one??")
    assert not alone_in_it("your vet gave my cat the wrong dose and she's been vomiting all night")
    assert not alone_in_it("we were hit by a car on the way home, I'm shaking")
