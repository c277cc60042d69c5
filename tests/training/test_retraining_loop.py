"""The retraining loop's guards: staged versions, no train/test leak after merging the store, the ranker compared
on the same test rows, no placeholder dev figure."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from model.registry import BUNDLED, ModelRegistry
from model.types import Case
from training.cli import _store_rows, _user_table, compare_and_promote, merge_rows


def _pairs_file(path: Path, n: int) -> Path:
    rows = [{"post": f"@Nimbus my router light {i} is blinking red", "reply": f"Sorry! Restart router {i} and DM us.",
             "brand": "Nimbus"} for i in range(n)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_a_staged_version_is_invisible_until_published(tmp_path: Path) -> None:
    """A run killed mid-save leaves its files under .partial: never listed, never promotable."""
    registry = ModelRegistry(tmp_path)
    version, final = registry.new_version_dir("sentiment")
    staged = registry.staging_dir("sentiment", version)
    shutil.copy(BUNDLED / "sentiment" / "config.json", staged)  # config first, heads not yet written
    assert registry.versions("sentiment") == []
    shutil.copytree(BUNDLED / "sentiment", staged, dirs_exist_ok=True)
    assert registry.publish("sentiment", staged) == final
    assert registry.versions("sentiment") == [version]
    registry.verify("sentiment", version)  # complete: loads


def test_store_rows_merged_with_a_file_leave_no_test_pair_in_train(tmp_path: Path) -> None:
    """`train ranker --data F --from-store` after `cases import F`: the store's copies of the file's rows had
    landed in test while the file's own copies sat in train."""
    data = _pairs_file(tmp_path / "pairs.jsonl", 60)
    pairs = _user_table("ranker", data, log=lambda _m: None)
    cases = [Case(id=f"c{i}", post=p, reply=r, brand="Nimbus", created_at=f"2026-01-{1 + i % 28:02d}T10:00:00+00:00")
             for i, (p, r) in enumerate(zip(pairs["post"], pairs["reply"], strict=True))]
    merged = merge_rows(pairs, _store_rows("ranker", cases), "post", log=lambda _m: None)
    train = set(zip(merged.loc[merged["split"] == "train", "post"], merged.loc[merged["split"] == "train", "reply"],
                    strict=True))
    held_out = merged[merged["split"] != "train"]
    assert not any((p, r) in train for p, r in zip(held_out["post"], held_out["reply"], strict=True))
    assert not set(held_out["post"]) & {p for p, _ in train}
    assert merged.attrs["files"] == [str(data)]


def test_ranker_promotion_without_the_same_test_rows_is_refused(tmp_path: Path) -> None:
    """Recorded 1-of-100 figures of two test sets do not compare: no promotion on them."""
    registry = ModelRegistry(tmp_path)
    version, folder = registry.new_version_dir("ranker")
    shutil.copytree(BUNDLED / "ranker", folder)
    said: list[str] = []
    metrics = {"test_one_of_100": 0.9, "test_frozen_one_of_100": 0.5, "test_n": 400}
    assert compare_and_promote(registry, "ranker", version, metrics, said.append, folder) is False
    assert registry.current("ranker") is None
    assert any("could not be scored on these test rows" in line for line in said)


@pytest.mark.slow
def test_ranker_in_use_is_scored_on_the_new_test_rows(tmp_path: Path, encoder) -> None:
    from training.ranker import train_ranker

    pairs = _user_table("ranker", _pairs_file(tmp_path / "pairs.jsonl", 150), log=lambda _m: None)
    metrics = train_ranker(pairs, tmp_path / "out", encoder=encoder, log=lambda _m: None, baseline=BUNDLED / "ranker")
    same = metrics["baseline_same_test"]
    assert same["test_n"] == metrics["test_n"]
    assert same["test_frozen_one_of_100"] == metrics["test_frozen_one_of_100"]  # one test set, one frozen figure
    assert set(same) >= {"test_one_of_100", "test_one_of_100_with_brand_prior"}
    said: list[str] = []
    registry = ModelRegistry(tmp_path / "models")
    compare_and_promote(registry, "ranker", "v1", metrics, said.append)
    assert "same held-out rows" in said[0]


@pytest.mark.slow
def test_no_dev_split_writes_no_dev_figure_and_claims_no_tuning(tmp_path: Path, encoder) -> None:
    import pandas as pd

    from training.train import train

    private = ["please dm me my account number is wrong", "my card was charged twice, my order 5512",
               "I need to change the address on my account", "my password reset link never came"]
    public = ["love the new app design", "what time does the store open", "great service today thanks",
              "is there a student discount"]
    rows = [{"text": f"{t} {i}", "label": label, "language": "en", "source": "user",
             "split": "test" if i % 5 == 0 else "train"}
            for i in range(15) for texts, label in ((private, "private"), (public, "public")) for t in texts]
    metrics = train("privacy", tmp_path, tmp_path / "out", encoder=encoder, df=pd.DataFrame(rows),
                    log=lambda _m: None)
    assert "dev_macro_f1" not in metrics
    assert "dev_macro_f1" not in json.loads((tmp_path / "out" / "metrics.json").read_text())
    card = (tmp_path / "out" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "tuned for F2 on the dev split" not in card and "no dev split" in card


def test_registry_hides_an_old_placeholder_dev_figure(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    version, folder = registry.new_version_dir("route")
    folder.mkdir(parents=True)
    (folder / "config.json").write_text("{}")
    (folder / "metrics.json").write_text('{"dev_macro_f1": -1.0, "test_macro_f1": 0.4}')
    assert registry.metrics("route", version) == {"test_macro_f1": 0.4}


def test_a_trained_version_is_published_whole(tmp_path: Path) -> None:
    """run_training writes the bank into a staging folder and publishes it whole."""
    from training.cli import run_training

    settings = SimpleNamespace(models_dir=tmp_path / "models", cache_dir=tmp_path / "cache")
    empty_root = tmp_path / "no-shared-data"
    empty_root.mkdir()
    run_training(settings, "paraphrase_bank", root=empty_root, log=lambda _m: None)
    (version,) = ModelRegistry(settings.models_dir).versions("paraphrase_bank")
    assert (settings.models_dir / "paraphrase_bank" / version / "bank.json").exists()
    assert not list((settings.models_dir / "paraphrase_bank" / ".partial").iterdir())
