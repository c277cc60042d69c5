"""Import files (TWCS CSV, JSONL) and API case lists into a real SQLite store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from model.errors import InvalidInputError
from serving.importers import parse_case_dicts, parse_file, regex_redact
from serving.outcomes import DEFAULT_QUALITY, outcome_csat, outcome_known, outcome_quality
from serving.store import CaseStore


def english(_text: str) -> str:
    return "en"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CaseStore]:
    with CaseStore.open(None, tmp_path / "home") as s:
        yield s


def write_jsonl(path: Path, lines: list[object]) -> Path:
    text = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


# A small TWCS file as pandas writes it: BOM, unnamed index column, float parent ids, a multi-line text.
TWCS = (
    "\ufeff,tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
    "0,10,115712,True,Tue Oct 31 22:08:27 +0000 2017,"
    "@AcmeHelp my order never came. mail me at jo@example.com,\"11,12\",\n"
    "1,11,AcmeHelp,False,Tue Oct 31 22:20:00 +0000 2017,"
    "@115712 So sorry! Please DM us your order number.,13,10.0\n"
    "2,12,AcmeHelp,False,Tue Oct 31 22:30:00 +0000 2017,@115712 A later second reply.,,10.0\n"
    "3,13,115712,True,Tue Oct 31 22:40:00 +0000 2017,@AcmeHelp thanks a lot!,,11.0\n"
    "4,20,115713,True,Wed Nov 01 08:00:00 +0000 2017,\"@OtherCo my bill is wrong\n"
    "and nobody answers\",21,\n"
    "5,21,OtherCo,False,Wed Nov 01 08:05:00 +0000 2017,@115713 Let us check that &amp; fix it.,,20\n"
    "6,30,115714,maybe,Wed Nov 01 09:00:00 +0000 2017,@AcmeHelp hello?,,\n"
    "7,40,115715,True,Wed Nov 01 10:00:00 +0000 2017,@AcmeHelp no one answered this,,\n"
)


def test_twcs_csv_joins_each_post_to_the_brand_reply(tmp_path: Path) -> None:
    path = tmp_path / "twcs.csv"
    path.write_text(TWCS, encoding="utf-8")
    batch = parse_file(path, detect_language=english)
    by_id = {c.id: c for c in batch.cases}
    assert sorted(by_id) == ["10", "20"]
    acme = by_id["10"]
    assert acme.brand == "AcmeHelp"
    assert acme.reply == "So sorry! Please DM us your order number."  # earliest reply, mention dropped
    assert acme.post == "@AcmeHelp my order never came. mail me at <EMAIL>"  # the brand handle stays
    assert acme.outcome == "thanked" and acme.quality == outcome_quality("thanked")
    assert acme.created_at == "2017-10-31T22:08:27+00:00"
    other = by_id["20"]
    assert other.post == "@OtherCo my bill is wrong\nand nobody answers"
    assert other.reply == "Let us check that & fix it."
    assert other.outcome is None and other.quality == DEFAULT_QUALITY
    # Line 9 of the file (the multi-line record spans lines 6-7) has a bad `inbound`.
    assert [(r.line, r.id) for r in batch.rejected] == [(9, "30")]
    assert "inbound" in batch.rejected[0].reason
    assert batch.skipped == 2  # posts 13 and 40: no brand reply in the file


def test_twcs_brand_option_keeps_only_that_brand(tmp_path: Path) -> None:
    path = tmp_path / "twcs.csv"
    path.write_text(TWCS, encoding="utf-8")
    batch = parse_file(path, brand="@otherco", detect_language=english)
    assert [c.id for c in batch.cases] == ["20"]
    assert batch.skipped == 3


def test_csv_without_twcs_columns_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="tweet_id"):
        parse_file(path)
    with pytest.raises(InvalidInputError):
        parse_file(tmp_path / "missing.jsonl")


def test_jsonl_bad_lines_are_reported_and_good_ones_stored_once(tmp_path: Path, store: CaseStore) -> None:
    path = write_jsonl(tmp_path / "cases.jsonl", [
        {"id": "c1", "post": "Where is my parcel?", "reply": "Sorry! Could you DM us the order number?",
         "brand": "ShipIt", "outcome": "resolved", "created_at": "2024-05-01T12:00:00Z", "extra": 1},
        "{not json",
        {"id": "c2", "post": "missing reply"},
        "",
        {"id": "c3", "post": "x" * 10_001, "reply": "too long"},
        {"id": "c4", "post": 42, "reply": "wrong type"},
        {"id": 5, "post": "My card was charged twice", "reply": "We'll refund it today.", "outcome": "csat:5",
         "channel": "FB", "language": "es-MX"},
        {"id": "c6", "post": "p", "reply": "r", "outcome": "csat:9"},
        ["a", "list"],
    ])
    batch = parse_file(path, brand="DefaultBrand", detect_language=english)
    assert [c.id for c in batch.cases] == ["c1", "5"]
    reasons = {r.line: r.reason for r in batch.rejected}
    assert sorted(reasons) == [2, 3, 5, 6, 8, 9]
    assert "bad JSON" in reasons[2]
    assert "reply" in reasons[3]
    assert "post" in reasons[5] and "10000" in reasons[5]
    assert "post" in reasons[6]
    assert "CSAT" in reasons[8]
    c1, c5 = batch.cases
    assert c1.brand == "ShipIt" and c5.brand == "DefaultBrand"  # --brand fills only missing brands
    assert c1.quality == 1.0 and c1.created_at == "2024-05-01T12:00:00+00:00"
    assert (c5.channel, c5.language, c5.quality) == ("facebook", "es", 1.0)

    first = store.add_cases(batch.cases)
    second = store.add_cases(parse_file(path, detect_language=english).cases)
    assert first.accepted == ["c1", "5"] and first.present == []
    assert second.accepted == [] and sorted(second.present) == ["5", "c1"]
    assert store.count_cases() == 2


def test_a_date_that_does_not_exist_is_named_as_such_not_as_a_format_fault(tmp_path: Path) -> None:
    """A fresh read (ninth session): 29 February 2026, well formatted, was "not an ISO 8601 time"."""
    path = write_jsonl(tmp_path / "cases.jsonl", [
        {"id": "a", "post": "p", "reply": "r", "created_at": "2026-02-29T10:00:00Z"},
        {"id": "b", "post": "p", "reply": "r", "created_at": "last Tuesday"},
        {"id": "c", "post": "p", "reply": "r", "created_at": "2026-02-28T10:00:00Z"}])
    batch = parse_file(path, detect_language=english)
    reasons = {r.line: r.reason for r in batch.rejected}
    assert [c.id for c in batch.cases] == ["c"]
    assert "is no real date" in reasons[1] and "day is out of range for month" in reasons[1]
    assert "is not an ISO 8601 time" in reasons[2] and "2026-03-21T11:25:00Z" in reasons[2]


def test_stored_text_has_pii_replaced(tmp_path: Path, store: CaseStore) -> None:
    path = write_jsonl(tmp_path / "pii.jsonl", [
        {"id": "p1",
         "post": "I'm jane.doe+shop@mail.example.org, call 415-555-2671, card 4111 1111 1111 1111",
         "reply": "Thanks! We've emailed jane.doe+shop@mail.example.org."},
    ])
    store.add_cases(parse_file(path, detect_language=english).cases)
    stored = store.get_case("p1")
    assert stored is not None
    assert stored.post == "I'm <EMAIL>, call <PHONE>, card <CARD>"
    assert stored.reply == "Thanks! We've emailed <EMAIL>."


def test_a_custom_redactor_is_applied(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "n", "post": "I am Jane Doe", "reply": "Hi Jane Doe!"},
                                              {"id": "m", "post": "Jane Doe here", "reply": "Hello"}])
    expected = [("I am <NAME>", "Hi <NAME>!"), ("<NAME> here", "Hello")]
    batch = parse_file(path, redact=lambda t: t.replace("Jane Doe", "<NAME>"), detect_language=english)
    assert [(c.post, c.reply) for c in batch.cases] == expected
    calls: list[int] = []

    def redact_many(texts: list[str]) -> list[str]:
        calls.append(len(texts))
        return [t.replace("Jane Doe", "<NAME>") for t in texts]

    batch = parse_file(path, redact_many=redact_many, detect_language=english)
    assert calls == [4]
    assert [(c.post, c.reply) for c in batch.cases] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("mail a.b@c.co now", "mail <EMAIL> now"),
    ("@AcmeHelp handle stays", "@AcmeHelp handle stays"),
    ("card 4111-1111-1111-1111.", "card <CARD>."),
    ("order 4111111111111112 is not a card", "order 4111111111111112 is not a card"),  # fails Luhn
    ("IBAN GB82 WEST 1234 5698 7654 32 please", "IBAN <IBAN> please"),
    ("ring +44 20 7946 0958", "ring <PHONE>"),
    ("tweet 119237 and 12/22", "tweet 119237 and 12/22"),
])
def test_regex_redact(text: str, expected: str) -> None:
    assert regex_redact(text) == expected


@pytest.mark.parametrize(("outcome", "quality", "csat"), [
    ("resolved", 1.0, None), ("Thanked", 0.9, None), (None, DEFAULT_QUALITY, None),
    ("something new", DEFAULT_QUALITY, None), ("csat:1", 0.0, 1.0), ("csat:4", 0.75, 4.0),
    ("CSAT = 3", 0.5, 3.0), ("csat:8/10", 0.8, 8.0), ("unresolved", 0.2, None), ("Moved private", 0.5, None),
])
def test_outcome_quality(outcome: str | None, quality: float, csat: float | None) -> None:
    assert outcome_quality(outcome) == pytest.approx(quality)
    assert outcome_csat(outcome) == csat
    assert 0.0 <= outcome_quality(outcome) <= 1.0


def test_parse_case_dicts_reports_index_and_reason() -> None:
    cases, rejected = parse_case_dicts([
        {"id": "a", "post": "hello", "reply": "hi there"},
        {"id": "b", "reply": "no post"},
        "not an object",
        {"id": "c", "post": "@Brand", "reply": "only a mention in the post"},
    ], brand="Acme", detect_language=english)
    assert [(c.id, c.brand) for c in cases] == [("a", "Acme")]
    assert [(r.index, r.id) for r in rejected] == [(1, "b"), (2, None), (3, "c")]
    assert "post" in rejected[0].reason and "object" in rejected[1].reason and "empty" in rejected[2].reason


def test_missing_language_is_detected(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "lang.jsonl", [
        {"id": "es", "post": "Mi pedido nunca llegó y nadie me responde desde hace una semana",
         "reply": "Lo sentimos mucho, ¿nos envías el número de pedido por mensaje privado?"},
        {"id": "given", "post": "Mi pedido nunca llegó", "reply": "Lo sentimos", "language": "PT-br"},
    ])
    assert [c.language for c in parse_file(path).cases] == ["es", "pt"]


def test_a_post_keeps_the_brand_handle_it_opens_with_and_loses_the_others() -> None:
    from serving.importers import clean_text

    # the same shape as a new post asking for drafts, so the stored case and the post are compared alike
    assert clean_text("@115712 @sprintcare I did.", "sprintcare") == "@sprintcare I did."
    assert clean_text("@PaperPlaneBooks is it in stock?", "PaperPlane Books") == "@PaperPlaneBooks is it in stock?"
    assert clean_text("@115712 thanks, sorted now", "sprintcare") == "thanks, sorted now"
    assert clean_text("@AcmeHelp sure", None) == "sure"


@pytest.mark.slow
def test_a_reply_keeps_the_brands_own_lines_and_a_post_is_read_in_its_language(tmp_path: Path, pii_detector) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "g", "post": "@BrightGrid smell of gas in the hall, call me on 07700 900123", "language": "en",
         "reply": "Please leave the building and call the National Gas Emergency line on 0800 111 999 now. "
                  "We'll call you on 07700 900123 in ten minutes."},
        {"id": "h", "post": "@BrightGrid what's your number?", "language": "en",
         "reply": "You can call us on 0800 047 2290, 8am-8pm, or email us at help@brightgrid.example"},
        {"id": "f", "post": "Merci pour votre aide, tout est réglé", "language": "fr",
         "reply": "Merci à vous, bonne journée !"},
        {"id": "e", "post": "Me llamo Juan García y no me llega el pedido", "language": "es",
         "reply": "Our engineer will visit 14 Harcourt Road tomorrow; our records show jo.bloggs@gmail.com."},
        {"id": "d", "post": "Warum ist mein Abo teurer geworden?", "language": "de",
         "reply": "Hallo Jürgen, sobald der Monat vorbei ist, gilt der neue Preis für die Spielzeit."}])
    batch = parse_file(path, redact=pii_detector.redact, redact_many=pii_detector.redact_many, detect_language=english)
    by_id = {c.id: c for c in batch.cases}
    assert "07700" not in by_id["g"].post and "07700" not in by_id["g"].reply  # the customer's number, twice
    assert "0800 111 999" in by_id["g"].reply  # a public emergency line is content
    assert "0800 047 2290" in by_id["h"].reply and "help@brightgrid.example" in by_id["h"].reply
    assert by_id["f"].post.startswith("Merci") and "<" not in by_id["f"].reply
    # the customer's name in any language, and the address and e-mail a reply gives as theirs, are hidden
    assert "García" not in by_id["e"].post
    assert "Harcourt" not in by_id["e"].reply and "jo.bloggs" not in by_id["e"].reply
    # a German reply keeps its nouns (the English tagger had read "Sobald" and "Monat" as names) and hides the name
    assert by_id["d"].reply == "Hallo <NAME>, sobald der Monat vorbei ist, gilt der neue Preis für die Spielzeit."


def test_an_outcome_written_as_an_object_is_read(tmp_path: Path, store: CaseStore) -> None:
    """An acceptance run (eighth session): {"resolved": true, "csat": 5} was stored as "csat:5", the flag lost.
    Every flag is kept now, and the quality the drafts retriever weighs by is what it was."""
    path = write_jsonl(tmp_path / "cases.jsonl", [
        {"id": "o1", "post": "Where is my parcel?", "reply": "Sorry! It left today.", "outcome": {"resolved": True, "csat": 5}},
        {"id": "o2", "post": "Where is my refund?", "reply": "Soon.", "outcome": {"resolved": False, "csat": 5}},
        {"id": "o3", "post": "Where is my card?", "reply": "Posted.", "outcome": 7},
        {"id": "o4", "post": "Is my order in?", "reply": "Yes, it is.", "outcome": {"resolved": True, "thanked": True}},
        {"id": "o5", "post": "Any news?", "reply": "Tomorrow.", "outcome": {"thanked": True, "csat": 2}},
        {"id": "o6", "post": "Refund?", "reply": "Done.", "outcome": {"resolved": False, "csat": 9}},
    ])
    batch = parse_file(path, brand="ShipIt", detect_language=english)
    got = {c.id: (c.outcome, c.quality) for c in batch.cases}
    assert got == {"o1": ("resolved, csat:5", 1.0), "o2": ("unresolved, csat:5", outcome_quality("unresolved")),
                   "o4": ("resolved, thanked", 1.0), "o5": ("thanked, csat:2", outcome_quality("csat:2"))}
    assert [r.line for r in batch.rejected] == [3, 6]
    assert "csat" in batch.rejected[0].reason and "CSAT must be 1-5" in batch.rejected[1].reason  # even if unresolved

    store.add_cases(batch.cases)
    kept = store.get_case("o1")
    assert kept is not None and kept.outcome == "resolved, csat:5" and kept.quality == 1.0
    assert outcome_csat(kept.outcome) == 5.0 and outcome_csat("unresolved, csat:5") == 5.0
    assert outcome_known("resolved, thanked, csat:4") and not outcome_known("resolved, something new")


def test_a_stray_quote_in_the_twitter_csv_loses_only_its_own_row(tmp_path: Path) -> None:
    path = tmp_path / "twcs.csv"
    path.write_text(
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        '1,cust1,True,Tue Oct 31 22:10:47 +0000 2017,"@Acme broken quote here,2,\n'
        '3,cust2,True,Tue Oct 31 22:11:47 +0000 2017,"@Acme my order is late, help",4,\n'
        '4,AcmeSupport,False,Tue Oct 31 22:12:47 +0000 2017,"@cust2 Sorry! DM us your order number\n'
        'and we\'ll chase it.",,3\n', encoding="utf-8")
    batch = parse_file(path, brand=None, detect_language=english)
    assert [c.id for c in batch.cases] == ["3"] and "and we'll chase it" in batch.cases[0].reply
    assert [r.line for r in batch.rejected] == [2] and "quote" in batch.rejected[0].reason


@pytest.mark.slow
def test_a_reply_in_another_language_keeps_its_words_and_its_own_mailbox(tmp_path: Path, pii_detector) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "es", "post": "¿Cuándo llega mi pedido?", "language": "es",
         "reply": "Escribinos por DM y lo vemos. Entendemos tu preocupación."},
        {"id": "pt", "post": "Cadê minha encomenda?", "language": "pt",
         "reply": "Vamos verificar! Olá Joana, confira em 'Minhas compras'."},
        {"id": "it", "post": "Come chiudo il conto?", "language": "it",
         "reply": "Ciao! Scrivici all'indirizzo aiuto@bancanuvola.example e ti rispondiamo."}])
    batch = parse_file(path, redact=pii_detector.redact, redact_many=pii_detector.redact_many, detect_language=english)
    by_id = {c.id: c for c in batch.cases}
    assert by_id["es"].reply == "Escribinos por DM y lo vemos. Entendemos tu preocupación."
    assert by_id["pt"].reply == "Vamos verificar! Olá <NAME>, confira em 'Minhas compras'."  # the greeted name hidden
    assert "aiuto@bancanuvola.example" in by_id["it"].reply  # the brand's own mailbox, said so


@pytest.mark.slow
def test_a_german_post_keeps_its_nouns_and_hides_its_signature(tmp_path: Path, pii_detector) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "de", "language": "de", "reply": "Das tut uns leid, wir informieren sofort das Personal.",
         "post": "Einstiegshilfe nicht gekommen, ich sitze im Rollstuhl am Gleis. Mit freundlichen Grüßen, Klaus Becker"}])
    post = parse_file(path, redact=pii_detector.redact, redact_many=pii_detector.redact_many,
                      detect_language=english).cases[0].post
    assert "nicht gekommen, ich sitze im Rollstuhl am Gleis" in post and "Becker" not in post, post


@pytest.mark.slow
def test_a_post_in_a_romance_language_keeps_its_verbs_and_hides_full_names(tmp_path: Path, pii_detector) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "it", "language": "it", "reply": "Ciao! Ti aggiorniamo in DM.",
         "post": "Potreste darmi aggiornamenti? Il mio avvocato Marco Bellini vi scriverà."},
        {"id": "pt", "language": "pt", "reply": "Sim, entregamos em todo o distrito!", "post": "Fazem entregas em Setúbal?"}])
    by_id = {c.id: c for c in parse_file(path, redact=pii_detector.redact, redact_many=pii_detector.redact_many,
                                         detect_language=english).cases}
    assert by_id["it"].post == "Potreste darmi aggiornamenti? Il mio avvocato <NAME> vi scriverà.", by_id["it"].post
    assert by_id["pt"].post.startswith("Fazem entregas em"), by_id["pt"].post


@pytest.mark.slow
def test_the_brands_own_lines_said_in_other_words_stay_in_a_stored_reply(tmp_path: Path, pii_detector) -> None:
    replies = {"call": "If you're off supply, call us now on 0800 029 4411 (free, 24/7).",
               "ring": "Give our billing team a ring on 0330 123 4567 and they'll sort it.",
               "fr": "Appelez notre ligne fraude au +33 1 86 95 00 00 tout de suite.",
               "de": "Ruf uns rund um die Uhr unter +49 30 1234 5678 an.",
               "es": "Nuestra línea de fraude es el 900 123 456.",
               "free": "Puedes resolverlo llamando al 900 123 456, es gratuito.",
               "lumen": "Sure! Lumen's instant notifications are free."}
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": k, "post": "help please", "reply": v, "brand": "Lumen Bank",
                                               "language": k if k in ("fr", "de", "es") else "es" if k == "free"
                                               else "en"} for k, v in replies.items()]
                       + [{"id": "place", "post": "Do you deliver to Mallorca?", "reply": "Not yet, mainland only."}]
                       + [{"id": "yours", "post": "help", "reply": "Our engineer will ring 07700 900123 tomorrow."}])
    by_id = {c.id: c for c in parse_file(path, redact=pii_detector.redact, redact_many=pii_detector.redact_many,
                                         detect_language=english).cases}
    for k, v in replies.items():
        assert by_id[k].reply == v, by_id[k].reply
    assert "07700" not in by_id["yours"].reply  # the number the engineer rings is the customer's
    assert by_id["place"].post == "Do you deliver to Mallorca?"  # a lone place is nobody's data


def test_a_csv_with_the_case_fields_is_read_as_jsonl_is(tmp_path: Path, store: CaseStore) -> None:
    """An acceptance run (eighth session): a plain CSV headed by the JSONL case fields was refused as "not a
    customer-support-on-Twitter CSV". It is told apart by its header, and its rows are checked as lines are."""
    text = ("\ufeffid,post,reply,brand,channel,language,created_at,outcome\n"
            "c1,@ShipIt where is my parcel?,Sorry! Could you DM us the order number?,ShipIt,FB,en,2024-05-01T12:00:00Z,"
            "resolved\n"
            'c2,"My card was charged twice,\nplease help","We\'ll refund it today.",,,en,,csat:5\n'
            "c3,,no post,ShipIt,,en,,\n"
            "c4,p,r,ShipIt,,en,not a time,\n"
            "\n"
            "c5,mail me at jo@example.com,Done!,ShipIt,,en,,csat:9\n")
    for name in ("cases.csv", "cases.txt"):  # the extension or the header alone
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        batch = parse_file(path, brand="DefaultBrand", detect_language=english)
        assert [c.id for c in batch.cases] == ["c1", "c2"] and batch.lines == [2, 3]
        c1, c2 = batch.cases
        assert (c1.brand, c1.channel, c1.outcome, c1.quality) == ("ShipIt", "facebook", "resolved", 1.0)
        assert c1.created_at == "2024-05-01T12:00:00+00:00" and c1.post.startswith("@ShipIt")
        assert c2.brand == "DefaultBrand" and c2.post == "My card was charged twice,\nplease help"
        reasons = {r.line: r.reason for r in batch.rejected}
        assert sorted(reasons) == [5, 6, 8]  # the quoted text of c2 took lines 3-4; line 7 is blank
        assert "post" in reasons[5] and "created_at" in reasons[6] and "CSAT" in reasons[8]
        assert [r.id for r in batch.rejected] == ["c3", "c4", "c5"]

    first = store.add_cases(parse_file(tmp_path / "cases.csv", detect_language=english).cases)
    again = store.add_cases(parse_file(tmp_path / "cases.csv", detect_language=english).cases)
    assert first.accepted == ["c1", "c2"] and again.accepted == [] and sorted(again.present) == ["c1", "c2"]
    neither = tmp_path / "neither.csv"
    neither.write_text("id,text\n1,hello\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"neither layout.*tweet_id.*id, post, reply \(it lacks post, reply\)"):
        parse_file(neither)


def test_a_brand_that_matches_no_case_is_said_with_the_brands_there_are(tmp_path: Path) -> None:
    """An acceptance run (eighth session): `cases import FILE --brand NAME` was silent when no case was NAME's."""
    from serving.importers import brand_note

    twcs = tmp_path / "twcs.csv"
    twcs.write_text(TWCS, encoding="utf-8")
    none = parse_file(twcs, brand="Nobody", detect_language=english)
    assert none.cases == [] and none.skipped == 4
    note = brand_note(none, "Nobody")
    assert note is not None and "--brand Nobody matches no case" in note and "AcmeHelp (1), OtherCo (1)" in note
    assert brand_note(parse_file(twcs, brand="@acmehelp", detect_language=english), "@acmehelp") is None
    assert brand_note(none, None) is None

    named = write_jsonl(tmp_path / "named.jsonl", [
        {"id": "a", "post": "hello", "reply": "hi there", "brand": "ShipIt"},
        {"id": "b", "post": "hello again", "reply": "hi again", "brand": "ShipIt"}])
    note = brand_note(parse_file(named, brand="Nobody", detect_language=english), "Nobody")
    assert note is not None and "every case names its own brand" in note and "ShipIt (2)" in note
    unnamed = write_jsonl(tmp_path / "unnamed.jsonl", [{"id": "c", "post": "hello", "reply": "hi there"}])
    assert brand_note(parse_file(unnamed, brand="Nobody", detect_language=english), "Nobody") is None  # it filled c


def test_an_id_too_large_to_read_is_a_bad_line_not_inf(tmp_path: Path) -> None:
    """An acceptance run (eighth session): {"id": 1e400} is read as inf; it is no id, and is not echoed as one."""
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": 1e400, "post": "hello", "reply": "hi"}\n{"id": NaN, "post": "hello", "reply": "hi"}\n'
                    '{"id": 12, "post": "hello", "reply": "hi"}\n', encoding="utf-8")
    batch = parse_file(path, detect_language=english)
    assert [c.id for c in batch.cases] == ["12"]
    assert [(r.line, r.id) for r in batch.rejected] == [(1, None), (2, None)]
    assert all("too large to read" in r.reason for r in batch.rejected)
    _, rejected = parse_case_dicts([{"id": float("inf"), "post": "hello", "reply": "hi"}], detect_language=english)
    assert rejected[0].id is None and "too large to read" in rejected[0].reason
