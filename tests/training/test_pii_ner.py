"""The PII NER's data handling and training loop, on small files written here (no shared datasets needed)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from training.pii_ner import SYNTHETIC, WNUT, span_scores, split_by_template, train_pii_ner, wnut_rows

FIRST = ["Maria", "Tomasz", "Aiko", "Kwame", "Elena", "Björn", "Priya", "Diego", "Fatima", "Liam"]
LAST = ["Kowalski", "Okafor", "Lindqvist", "Moreau", "Haddad", "Nakamura", "Fernández", "O'Brien"]
STREETS = ["Kongensgade", "Rue Verte", "Calle Mayor", "Hauptstraße", "Via Roma", "Elm Road"]
TEMPLATES = ["My name is {p}, please update the delivery address to {a}",
             "{p} here, the parcel should go to {a} not my old flat",
             "Can {p} collect it? Ship to {a} instead",
             "Hello, this is {p}; my new address is {a}",
             "{p} moved to {a} last month, update the account",
             "Deliver to {a}, ask for {p} at the door",
             "I'm {p} and I live at {a}",
             "Please invoice {p} at {a}",
             "Our office manager {p} works at {a}",
             "The gift is for {p}, {a}",
             "{p} will sign for it at {a}",
             "Return address: {p}, {a}",
             "Send the engineer to {a}, {p} will be home",
             "Change the billing contact to {p} at {a}",
             "{p} cannot reach {a} before noon"]


def _synthetic_rows(n: int = 150) -> list[dict]:
    rng = random.Random(3)
    rows = []
    for i in range(n):
        tid = i % 15
        person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        address = f"{rng.randint(1, 999)} {rng.choice(STREETS)} {rng.randint(1, 99)}"
        text = TEMPLATES[tid].format(p=person, a=address)
        masked = TEMPLATES[tid].format(p="{{PERSON}}", a="{{STREET_ADDRESS}}")
        spans = [{"entity_type": t, "entity_value": v, "start_position": text.index(v),
                  "end_position": text.index(v) + len(v)} for t, v in (("PERSON", person), ("STREET_ADDRESS", address))]
        rows.append({"full_text": text, "masked": masked, "spans": spans, "template_id": tid})
    return rows


def _write_root(root: Path) -> None:
    (root / SYNTHETIC).parent.mkdir(parents=True)
    (root / SYNTHETIC).write_text(json.dumps(_synthetic_rows()), encoding="utf-8")
    (root / WNUT).parent.mkdir(parents=True)
    tweets = [["@dan", "flying", "to", "Lisbon", "with", "Ana", "Costa", "tomorrow"],
              ["Spotify", "keeps", "skipping", "songs"]] * 20
    tags = [["O", "O", "O", "B-location", "O", "B-person", "I-person", "O"], ["B-corporation", "O", "O", "O"]] * 20
    (root / WNUT).write_text("\n\n".join("\n".join(f"{w}\t{t}" for w, t in zip(ws, ts, strict=True))
                                         for ws, ts in zip(tweets, tags, strict=True)) + "\n", encoding="utf-8")


def test_templates_are_held_out_whole_and_independently_of_the_subset() -> None:
    rows = _synthetic_rows()
    train, test = split_by_template(rows)
    assert test and train
    assert not {r["masked"] for r in train} & {r["masked"] for r in test}
    _, test_of_half = split_by_template(rows[:75])
    assert {r["masked"] for r in test_of_half} <= {r["masked"] for r in test}


def test_wnut_bio_tags_become_character_spans(tmp_path: Path) -> None:
    _write_root(tmp_path)
    train, test = wnut_rows(tmp_path)
    assert len(train) + len(test) == 40
    row = train[0]
    assert [(s["entity_type"], row["full_text"][s["start_position"]:s["end_position"]]) for s in row["spans"]] == [
        ("GPE", "Lisbon"), ("PERSON", "Ana Costa")]
    assert train[1]["spans"] == []  # corporations are not personal data


def test_span_scores_count_tokens() -> None:
    row = {"full_text": "I am Ana Costa from Lisbon", "spans": [
        {"entity_type": "PERSON", "start_position": 5, "end_position": 14}]}
    perfect = span_scores([row], [[(5, 14)]])
    assert perfect["f2"] == 1.0
    half = span_scores([row], [[(5, 8), (20, 26)]])  # "Ana" found, "Costa" missed, "Lisbon" wrongly flagged
    assert (half["tokens_tp"], half["tokens_fn"], half["tokens_fp"]) == (1, 1, 1)


@pytest.mark.slow
def test_training_writes_a_loadable_pipeline_with_card_and_held_out_metrics(tmp_path: Path) -> None:
    root = tmp_path / "data"
    _write_root(root)
    out = tmp_path / "pii_ner"
    metrics = train_pii_ner(root, out, epochs=3, log=lambda _: None)
    assert 0.0 <= metrics["test_synthetic_heldout_f2"] <= 1.0
    assert metrics["packaged_ner_same_test"]["synthetic_heldout"]["f2"] <= 1.0
    card = (out / "MODEL_CARD.md").read_text()
    assert "presidio_research_synthetic_pii" in card and "wnut17_emerging_entities_train" in card
    from model.pii import PiiDetector

    detector = PiiDetector(ner_path=out)
    assert detector.ner_path == out
    text = "Ship it to 12 Calle Mayor 4 please"
    assert isinstance(detector.detect(text), list)
    assert "STREET_ADDRESS" in detector._nlp.nlp["en"].get_pipe("ner").labels  # noqa: SLF001


@pytest.mark.slow
def test_train_command_versions_the_tagger_and_refuses_inputs_it_cannot_use(tmp_path: Path) -> None:
    from tests.training.test_train_cli import replywise

    root, home = tmp_path / "data", tmp_path / "home"
    _write_root(root)
    done = replywise(["train", "pii_ner", "--datasets-root", str(root)], home)
    assert done.returncode == 0, done.stderr[-2000:]
    (version,) = (home / "models" / "pii_ner").glob("v1-*")
    assert (version / "ner_delta.npz").stat().st_size < 2_000_000 and (version / "MODEL_CARD.md").exists()
    assert "pii_ner" in replywise(["models", "list"], home).stdout
    wrong = replywise(["train", "pii_ner", "--data", str(root / SYNTHETIC)], home)
    assert wrong.returncode != 0 and "E407" in wrong.stderr
    missing = replywise(["train", "pii_ner", "--datasets-root", str(tmp_path / "nowhere")], home)
    assert missing.returncode != 0 and "E408" in missing.stderr
