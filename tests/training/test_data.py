"""The training data loaders on the real shared datasets: labels, splits, and no leakage across splits."""

from __future__ import annotations

import json

import pytest

from model.errors import InvalidInputError
from tests.conftest import shared_datasets
from training import data as D


@pytest.fixture(scope="module")
def root():
    return shared_datasets()


def _disjoint(df) -> None:  # noqa: ANN001
    splits = {s: set(df[df["split"] == s]["text"]) for s in ("train", "dev", "test")}
    assert not splits["train"] & splits["test"]
    assert not splits["dev"] & splits["test"]


def test_sentiment(root) -> None:
    df = D.load_sentiment(root)
    assert set(df["label"]) == {"negative", "neutral", "positive"}
    test = df[df["split"] == "test"]
    assert set(test["group"]) == {"semeval", "airline"}
    devtest = {text.strip() for _, text in D._semeval(root / "semeval2017_task4A/downloaded/twitter-2016devtest-A.tsv")}
    assert set(test[test["group"] == "semeval"]["text"]) <= devtest
    assert {"de", "es", "fr", "pt"} <= set(df["language"])
    _disjoint(df)
    assert df.attrs["files"]


def test_urgency_is_split_by_course(root) -> None:
    df = D.load_urgency(root)
    assert set(df["label"]) <= {"low", "normal", "high", "critical"}
    mooc = df[df["source"] == "mooc_forum_posts_urgency_penn"]
    courses = {s: set(mooc[mooc["split"] == s]["group"]) for s in ("train", "dev", "test")}
    assert courses["test"] and not courses["test"] & courses["train"]
    assert df["score"].between(0, 1).all()


def test_privacy_is_split_by_date(root) -> None:
    df = D.load_privacy(root)
    assert set(df["label"]) == {"private", "public"}
    assert df[df["split"] == "train"]["created_at"].max() <= df[df["split"] == "test"]["created_at"].min()
    private = df[df["label"] == "private"]
    assert private["channel_advice"].isin(["dm", "phone", "email"]).all()
    assert 0.1 < len(private) / len(df) < 0.5


def test_route_labels_and_pairs(root) -> None:
    route = D.load_route(root)
    assert set(route["label"]) <= {"support", "billing", "tech", "legal", "product", "content", "pr"}
    assert not route[route["split"] == "test"]["weak"].any()  # the test split holds no weak labels
    pairs = D.load_reply_pairs(root)
    train, test = pairs[pairs["split"] == "train"], pairs[pairs["split"] == "test"]
    assert train["reply_time"].max() <= test["reply_time"].min()
    assert abs(len(test) / len(pairs) - 0.2) < 0.01


def test_weak_rules() -> None:
    assert D.weak_route("I will sue you, calling my lawyer") == "legal"
    assert D.weak_route("you charged my card twice") == "billing"
    assert D.weak_urgency("there is smoke coming from the charger") == "critical"
    assert D.channel_advice("Please give us a call so we can help") == "phone"
    assert D.channel_advice("Send us a DM with your email") in ("dm", "email")
    assert D.channel_advice("Glad it works now!") == ""


@pytest.mark.parametrize(("reply", "advice"), [
    ("Envoyez-nous votre numéro de commande en message privé.", "dm"),
    ("Schick uns bitte eine Direktnachricht mit der Bestellnummer.", "dm"),
    ("Bitte ruf uns unter der Nummer auf deiner Karte an.", "phone"),
    ("Si sigue fallando, llámanos al número de tu tarjeta.", "phone"),
    ("Mande uma mensagem direta com o código de rastreio.", "dm"),
    ("¡Sí! Enviamos a Chile en 10-15 días hábiles.", ""),
    ("Le routeur du café de Lyon est remplacé jeudi.", ""),
])
def test_agents_asking_for_a_private_channel_are_read_in_other_languages_too(reply: str, advice: str) -> None:
    # imported non-English cases label the multilingual privacy head by the same rule as English ones
    assert D.channel_advice(reply) == advice


def test_load_table(tmp_path) -> None:
    good = tmp_path / "t.jsonl"
    good.write_text("\n".join(json.dumps({"text": f"t{i}", "label": "a" if i % 2 else "b"}) for i in range(6)))
    assert len(D.load_table(good)) == 6
    bad = tmp_path / "t.csv"
    bad.write_text("body,label\nhello,a\n")
    with pytest.raises(InvalidInputError, match="lacks column"):
        D.load_table(bad)
    with pytest.raises(InvalidInputError, match="does not exist"):
        D.load_table(tmp_path / "missing.csv")


def test_load_table_skips_bad_lines_and_blank_cells_and_keeps_repeats_once(tmp_path) -> None:
    path = tmp_path / "t.jsonl"
    rows = [json.dumps({"text": f"t{i % 4}", "label": " Positive " if i % 2 else "negative"}) for i in range(10)]
    path.write_text("\n".join(rows + ['{"text": "", "label": "positive"}', "{bad json", '["a list"]']) + "\n")
    said: list[str] = []
    df = D.load_table(path, log=said.append)
    assert set(df["label"]) == {"positive", "negative"} and len(df) == len(df.drop_duplicates(["text", "label"]))
    assert any("line 12" in s for s in said) and any("blank" in s for s in said) and any("repeated" in s for s in said)
    semicolons = tmp_path / "s.csv"
    semicolons.write_text("text;label\nhello there;positive\nbad news;negative\n")
    assert list(D.load_table(semicolons)["label"]) == ["positive", "negative"]
    empty = tmp_path / "e.jsonl"
    empty.write_text("")
    with pytest.raises(InvalidInputError, match="empty"):
        D.load_table(empty)
