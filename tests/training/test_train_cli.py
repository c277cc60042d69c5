"""`replywise train` on a small labelled file, the registry and the promotion gate, through the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

POSITIVE = ["love the new update", "thanks so much, fixed now", "great service today", "you guys are awesome",
            "the app works perfectly", "amazing support, thank you", "so happy with my order", "best airline ever"]
NEGATIVE = ["still broken after a week", "worst service ever", "charged twice and nobody answers",
            "my order never arrived", "the app keeps crashing", "flight cancelled again, furious",
            "terrible experience with support", "this is ridiculous, refund me"]
NEUTRAL = ["what time do you open", "is the store open on sunday", "how do I change my address",
           "where can I find the menu", "do you ship to canada", "what is the baggage allowance",
           "can I pay with paypal", "which plan includes roaming"]


def replywise(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPLYWISE_")} | {
        "REPLYWISE_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-m", "serving", *args], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=900)
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return proc


@pytest.mark.slow
def test_train_from_a_file_gates_promotion_on_the_same_test_rows_then_promote_and_roll_back(tmp_path: Path) -> None:
    rows = []
    for i in range(4):  # a few phrasings of each, so every split has every label
        for label, texts in (("positive", POSITIVE), ("negative", NEGATIVE), ("neutral", NEUTRAL)):
            rows += [{"text": f"{t}{'!' * i}", "label": label} for t in texts]
    data = tmp_path / "sentiment.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    home = tmp_path / "home"

    trained = replywise(["train", "sentiment", "--data", str(data), "--promote"], home)
    assert trained.returncode == 0, trained.stderr[-3000:]
    (version_dir,) = (home / "models" / "sentiment").glob("v1-*")
    for name in ("MODEL_CARD.md", "metrics.json", "config.json"):
        assert (version_dir / name).exists(), name
    card = (version_dir / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "`sentiment.jsonl` (`" in card and "sha256" in card and "96 rows" in card  # the data and its hash
    report = json.loads((version_dir / "promotion.json").read_text(encoding="utf-8"))
    assert report["basis"] == "same held-out rows" and report["in_use"] == "bundled"
    assert report["metrics"] and all({"metric", "in_use", "new", "delta"} <= set(m) for m in report["metrics"])
    assert report["promoted"] == (not report["worse_on"] and not report["classes_lost"] and report["test_n"] >= 50)
    assert ("promoted sentiment" in trained.stdout) == report["promoted"]

    version = version_dir.name
    if not report["promoted"]:  # an operator may still promote by hand
        assert replywise(["models", "promote", "sentiment", version], home).returncode == 0
    listed = replywise(["models", "list"], home).stdout
    assert f"sentiment: {version} (in use)" in listed and f"* {version}" in listed
    back = replywise(["models", "rollback", "sentiment"], home)
    assert "back to the bundled model" in back.stdout
    assert "sentiment: bundled (in use)" in replywise(["models", "list"], home).stdout

    bad = replywise(["models", "promote", "sentiment", "v99-nope"], home)
    assert bad.returncode != 0 and "v99-nope" in bad.stderr


@pytest.mark.slow
def test_paraphrase_bank_from_the_store_is_versioned_promoted_and_used(tmp_path: Path) -> None:
    home = tmp_path / "home"
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(json.dumps(
        {"id": f"b{i}", "post": f"@Quill my order {i} is late", "brand": f"Brand{i % 4}", "outcome": "resolved",
         "reply": f"Thanks for bearing with us while we sort this out! Order {i} ships today. Have a lovely day!"})
        for i in range(30)) + "\n", encoding="utf-8")
    assert replywise(["cases", "import", str(cases)], home).returncode == 0
    empty_root = tmp_path / "no-shared-data"  # only the store's replies and the hand-written seeds
    empty_root.mkdir()
    built = replywise(["train", "paraphrase_bank", "--from-store", "--promote", "--datasets-root", str(empty_root)],
                      home)
    assert built.returncode == 0, built.stderr[-3000:]
    assert "30 successful replies from the store" in built.stdout
    assert "not promoted: a bank has no held-out metric" in built.stdout  # the gate holds without an evaluation
    (version_dir,) = (home / "models" / "paraphrase_bank").glob("v1-*")
    assert replywise(["models", "promote", "paraphrase_bank", version_dir.name], home).returncode == 0
    bank = json.loads((version_dir / "bank.json").read_text(encoding="utf-8"))
    assert bank["_meta"]["store_replies"] == 30
    assert json.loads((version_dir / "metrics.json").read_text())["store_replies"] == 30

    from model.factory import bank_path

    assert bank_path(home / "models") == version_dir / "bank.json"  # what the drafts pipeline now loads


@pytest.mark.slow
def test_train_danger_writes_a_versioned_head_with_its_held_out_figures_that_the_service_loads(tmp_path: Path) -> None:
    """`replywise train danger` on the bundled probe posts and a small background of ordinary tweets written here."""
    ordinary = {"spanish": "¿a qué hora abrís el domingo?", "french": "merci pour la livraison rapide",
                "german": "wann kommt die neue Staffel", "italian": "il pacco è arrivato, grazie",
                "portuguese": "qual é o horário da loja?"}
    for lang, text in ordinary.items():
        folder = tmp_path / "shared" / "xlmt_umsab_multilingual_sentiment" / lang
        folder.mkdir(parents=True)
        for part in ("train", "val"):
            (folder / f"{part}_text.txt").write_text("\n".join(f"{text} {i}" for i in range(40)) + "\n", encoding="utf-8")
    home = tmp_path / "home"
    trained = replywise(["train", "danger", "--datasets-root", str(tmp_path / "shared")], home)
    assert trained.returncode == 0, trained.stderr[-3000:]
    (version_dir,) = (home / "models" / "danger").glob("v1-*")
    metrics = json.loads((version_dir / "metrics.json").read_text(encoding="utf-8"))
    assert set(metrics["per_set"]) == {"dev", "blind1", "blind2", "blind3", "blind4"} and metrics["background"] == 400
    assert 0 < metrics["held_out_recall"] <= 1 and "Leave-one-set-out" in (version_dir / "MODEL_CARD.md").read_text()
    assert replywise(["models", "promote", "danger", version_dir.name], home).returncode == 0
    listed = replywise(["models", "list"], home).stdout
    assert f"danger: {version_dir.name} (in use)" in listed
    wrong = replywise(["train", "danger", "--data", str(version_dir / "metrics.json")], home)
    assert wrong.returncode != 0 and "E407" in wrong.stderr
