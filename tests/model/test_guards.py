"""Guards on plain strings: facts kept, channel length, PII in public drafts, meaning, parroting."""

from __future__ import annotations

import pytest

from model.guards import (
    CHANNEL_LIMITS,
    check_facts,
    check_length,
    check_meaning,
    check_no_parroting,
    check_no_pii,
    extract_facts,
    find_pii,
    guard_report,
    lexical_similarity,
    missing_facts,
    trigram_overlap,
)
from model.types import CHANNELS, PiiSpan

SOURCE = ("@115712 Your refund of $25.40 for order <ORDER_ID> was issued on 12/03. "
          "Details: https://help.example.com/refunds?id=7 or ask @AcmeHelp.")


def test_extract_facts_ignores_the_leading_reply_handles() -> None:
    facts = extract_facts(SOURCE)
    assert "handle:@115712" not in facts
    assert {"handle:@acmehelp", "placeholder:<ORDER_ID>", "url:https://help.example.com/refunds?id=7",
            "number:25.40", "number:12", "number:03"} <= set(facts)
    assert "number:7" not in facts  # digits inside the URL belong to the URL


def test_reworded_draft_with_every_fact_passes() -> None:
    draft = ("@newcustomer So sorry for the wait! We issued your refund of $25.40 for order <ORDER_ID> on 12/03. "
             "More at https://help.example.com/refunds?id=7, or ping @AcmeHelp.")
    assert check_facts(SOURCE, draft)


@pytest.mark.parametrize("draft, problem", [
    ("Your refund of $25.50 for order <ORDER_ID> was issued on 12/03. https://help.example.com/refunds?id=7 "
     "@AcmeHelp", "number:25.40"),
    ("Your refund of $25.40 for order <ORDER_ID> was issued on 12/03. Ask @AcmeHelp.",
     "url:https://help.example.com/refunds?id=7"),
    ("Your refund of $25.40 for your order was issued on 12/03. https://help.example.com/refunds?id=7 @AcmeHelp",
     "placeholder:<ORDER_ID>"),
    ("Your refund of $25.40 for order <ORDER_ID> was issued on 12/03. https://help.example.com/refunds?id=7",
     "handle:@acmehelp"),
    ("Your refund of $25.40 for order <ORDER_ID> was issued on 12/03, within 48 hours. "
     "https://help.example.com/refunds?id=7 @AcmeHelp", "+number:48"),
    ("Your refund of $25.40 for order <ORDER_ID> was issued on 12/03. https://help.example.com/refunds?id=7 "
     "@AcmeHelp https://evil.example/x", "+url:https://evil.example/x"),
])
def test_changed_dropped_or_invented_facts_fail(draft: str, problem: str) -> None:
    assert not check_facts(SOURCE, draft)
    assert problem in missing_facts(SOURCE, draft)


def test_name_slot_may_be_filled_but_not_invented() -> None:
    assert check_facts("Hi <NAME>, your code is 4411.", "Hi Maria, your code is 4411.")
    assert not check_facts("Your code is 4411.", "Hi <NAME>, your code is 4411.")


def test_channel_limits_cover_every_channel() -> None:
    assert set(CHANNELS) <= set(CHANNEL_LIMITS)
    assert CHANNEL_LIMITS["twitter"] == 280
    assert check_length("x" * 280, "twitter") and not check_length("x" * 281, "twitter")
    assert check_length("x" * 281, "facebook")
    assert not check_length("x" * 1001, "unknown-channel")


@pytest.mark.parametrize("text, kind", [
    ("Reach me at jane.doe+care@example.co.uk please", "EMAIL_ADDRESS"),
    ("Call me on (415) 555-2671 tonight", "PHONE_NUMBER"),
    ("My card is 4111 1111 1111 1111 and it failed", "CREDIT_CARD"),
    ("Refund to DE89 3704 0044 0532 0130 00 thanks", "IBAN_CODE"),
])
def test_default_finder_catches_pii(text: str, kind: str) -> None:
    assert kind in {k for k, _, _ in find_pii(text)}
    assert not check_no_pii(text, public=True)
    assert check_no_pii(text, public=False)  # private channels may carry it


@pytest.mark.parametrize("text", [
    "Please update to iOS 11.1 and restart.",
    "Your order <ORDER_ID> ships in 3-5 days; card ending <CARD>.",
    "Track it at https://t.co/GDrqU22YpT?id=4155552671",
    "Order 4111 1111 1111 1112 is not a valid card number.",  # fails Luhn
])
def test_default_finder_leaves_clean_text_alone(text: str) -> None:
    assert check_no_pii(text, public=True)


def test_injected_finder_and_allowed_strings() -> None:
    def finder(text: str) -> list[PiiSpan]:
        spans = [PiiSpan("PERSON", text.index("Maria"), text.index("Maria") + 5)]
        if "555" in text:
            spans.append(PiiSpan("PHONE_NUMBER", text.index("1-800"), text.index("1-800") + 14))
        return spans

    assert check_no_pii("Hi Maria, all sorted.", public=True, pii_finder=finder)  # a name is not blocked
    text = "Hi Maria, call 1-800-555-0199 any time."
    assert not check_no_pii(text, public=True, pii_finder=finder)
    assert check_no_pii(text, public=True, pii_finder=finder, allowed={"1-800-555-0199"})
    assert not check_no_pii("x", public=True, pii_finder=lambda t: [(0, 1)])  # untyped spans count as PII


def test_meaning_threshold() -> None:
    assert check_meaning(0.8) and check_meaning(0.75) and not check_meaning(0.74)
    assert check_meaning(0.6, threshold=0.5)


def test_trigram_overlap_measures_parroting() -> None:
    post = "my parcel never arrived and nobody answers the phone"
    parrot = "Sorry your parcel never arrived and nobody answers the phone"
    fresh = "We are sorry about the missing delivery. Send us a DM and we will look into it."
    assert trigram_overlap(post, parrot) > 0.5 and not check_no_parroting(post, parrot)
    assert trigram_overlap(post, fresh) == 0.0 and check_no_parroting(post, fresh)
    assert trigram_overlap(post, "ok then") == 0.0


def test_lexical_similarity_and_report() -> None:
    assert lexical_similarity("a b c", "a b c") == pytest.approx(1.0)
    assert lexical_similarity("a b", "c d") == 0.0
    draft = "@jo Your refund of $25.40 for order <ORDER_ID> was issued on 12/03. https://help.example.com/refunds?id=7"
    report = guard_report(SOURCE, draft, channel="twitter", public=True, similarity=lambda a, b: 0.9)
    assert set(report) >= {"meaning", "facts_kept", "length", "no_pii_public"}
    assert report["meaning"] and report["length"] and report["no_pii_public"]
    assert not report["facts_kept"]  # @AcmeHelp was dropped


def test_a_company_toll_free_line_is_not_personal_data() -> None:
    brand_line = "Please reach our Financial Services group at 888-780-3962. DM us so we can look into this."
    assert find_pii(brand_line) == [] and check_no_pii(brand_line, public=True)
    personal = "Sure, call me back on 415-555-0134 tonight"
    assert [t for t, _, _ in find_pii(personal)] == ["PHONE_NUMBER"]
    assert not check_no_pii(personal, public=True)
