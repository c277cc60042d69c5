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
    assert str(data) in (version_dir / "MODEL_CARD.md").read_text(encoding="utf-8")
    report = json.loads((version_dir / "promotion.json").read_text(encoding="utf-8"))
    assert report["basis"] == "same held-out rows" and report["in_use"] == "bundled"
    assert report["metrics"] and all({"metric", "in_use", "new", "delta"} <= set(m) for m in report["metrics"])
    assert report["promoted"] == (not report["worse_on"])
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
