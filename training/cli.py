"""`replywise train ...`: trains into a new registry version (or --output), compares, optionally promotes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from model.errors import InvalidInputError
from model.registry import ModelRegistry

PRIMARY = {"sentiment": "test_macro_recall", "urgency": "test_macro_f1", "privacy": "test_roc_auc",
           "route": "test_macro_f1", "ranker": "test_one_of_100", "paraphrase_bank": "",
           "pii_ner": "test_synthetic_heldout_f2", "danger": "held_out_recall"}
TASKS = tuple(PRIMARY)


def _default_root() -> Path:
    from training.data import DEFAULT_ROOT

    return DEFAULT_ROOT


_SPLITS = {"train": "train", "training": "train", "dev": "dev", "val": "dev", "valid": "dev", "validation": "dev",
           "test": "test", "testing": "test", "eval": "test", "holdout": "test"}


def _user_table(task: str, path: Path, log: Callable[[str], None] = print):  # noqa: ANN202
    """A user CSV/JSONL with text,label[,language,split] (the ranker: post,reply[,brand]); rows without a usable
    split get a seeded 80/10/10 split. Labels must be the task's classes; a row in test or dev whose text is also
    in train is dropped from the held-out part (it would be scored on what the model saw)."""
    import numpy as np
    import pandas as pd

    from training.data import load_table

    if task == "ranker":
        df = load_table(path, "post", "reply", log=log, class_labels=False)
        df = df.rename(columns={"text": "post", "label": "reply"})
        df["text"], df["label"] = df["post"], df["reply"]  # the ranker reads post and reply
        if "brand" not in df.columns:
            df["brand"] = ""
    else:
        df = load_table(path, log=log)
        allowed = _classes().get(task)
        if allowed:
            unknown = sorted(set(df["label"]) - set(allowed))
            if unknown:
                raise InvalidInputError(f"E408 {path}: label(s) {', '.join(map(repr, unknown[:10]))} are not {task} "
                                        f"classes; use {', '.join(allowed)}.")
        if df["label"].nunique() < 2:
            raise InvalidInputError(f"E409 {path}: every row is labelled {df['label'].iloc[0]!r}; a classifier needs "
                                    "at least two labels." if len(df) else f"E409 {path}: no usable rows.")
    if "language" not in df.columns:
        df["language"] = "en"
    df["language"] = df["language"].map(lambda v: "en" if pd.isna(v) or not str(v).strip() else str(v).strip().lower()[:2])
    split = df["split"].map(lambda v: _SPLITS.get(str(v).strip().lower())) if "split" in df.columns else None
    if split is None or split.isna().any() or not {"train", "test"} <= set(split):
        if split is not None:
            log("the `split` column is not train/dev/test on every row (or has no test rows): using a seeded "
                "80/10/10 split instead")
        rng = np.random.default_rng(13)
        split = pd.Series(rng.choice(["train", "dev", "test"], size=len(df), p=[0.8, 0.1, 0.1]), index=df.index)
    df["split"] = split
    seen = set(df.loc[df["split"] == "train", "text"])
    leaked = (df["split"] != "train") & df["text"].isin(seen)
    if leaked.any():
        log(f"{int(leaked.sum())} held-out row(s) also in train dropped")
        df = df[~leaked]
    df["source"] = "user"
    df.attrs["files"] = [str(path)]
    return df


def _classes() -> dict[str, tuple[str, ...]]:
    from model.privacy import PrivacyScorer
    from model.types import LEVELS, SENTIMENTS, TEAMS

    return {"sentiment": tuple(SENTIMENTS), "route": tuple(TEAMS), "urgency": tuple(LEVELS),
            "privacy": tuple(PrivacyScorer.classes)}


def _store_rows(task: str, cases: list):  # noqa: ANN202
    """Training rows from the case store: privacy labels from the replies agents sent, ranker pairs."""
    import pandas as pd

    from training.data import PRIVATE_REPLY

    if not cases:
        raise InvalidInputError("E401 The case store is empty: import cases first (`replywise cases import`).")
    rows = pd.DataFrame([{"text": c.post, "post": c.post, "reply": c.reply, "brand": c.brand,
                          "language": c.language or "en", "created_at": c.created_at or "", "source": "store"}
                         for c in cases]).sort_values("created_at")
    n = len(rows)
    rows["split"] = ["train" if i < 0.8 * n else ("dev" if i < 0.9 * n else "test") for i in range(n)]
    if task == "privacy":
        rows["label"] = ["private" if PRIVATE_REPLY.search(r) else "public" for r in rows["reply"]]
    elif task != "ranker":
        raise InvalidInputError(f"E402 --from-store has no labels for {task}: the store holds privacy and "
                                "ranker signal (what agents replied); train it from a labelled file with --data.")
    return rows


def run_training(settings: Any, task: str, *, data: Path | None = None, root: Path | None = None,
                 output: Path | None = None, store_cases: Callable[[], list] | None = None,
                 promote: bool = False, log: Callable[[str], None] = print) -> dict:
    """``store_cases`` (given by the CLI for --from-store) returns the store's cases, feedback cases included.

    A registry version is written to a staging folder and renamed into place once complete: a run killed
    mid-save leaves nothing that ``models list`` shows or ``models promote`` accepts."""
    if task not in TASKS:
        raise InvalidInputError(f"E403 Unknown component '{task}'. Available: {', '.join(TASKS)}.")
    root = root or _default_root()
    registry = ModelRegistry(settings.models_dir)
    staged = output is None
    if staged:
        version, _ = registry.new_version_dir(task)
        output = registry.staging_dir(task, version)
    else:
        version = output.name
    try:
        metrics = _train_task(task, settings, registry, data=data, root=root, output=output, version=version,
                              store_cases=store_cases, log=log)
    except BaseException as exc:
        if staged:  # a failed or interrupted run leaves no half-written folder behind
            shutil.rmtree(output, ignore_errors=True)
        # a datasets folder without the files this component learns from ("empty/semeval2017_task4A/..."); a KeyError
        # with the datasets in place is a real fault, reported as one
        if isinstance(exc, FileNotFoundError | KeyError) and data is None and not (
                isinstance(exc, KeyError) and (root / "twcs_customer_support_on_twitter").is_dir()):
            missing = getattr(exc, "filename", None) or "its training files"
            raise InvalidInputError(f"E408 {task} found no training data under {root} (missing: {missing}); give "
                                    "--datasets-root the shared datasets folder or --data a CSV/JSONL") from exc
        raise
    if staged:
        output = registry.publish(task, output)
    log(f"wrote {output}")
    if task == "paraphrase_bank":
        if promote:  # promotion needs an evaluation that is not worse; a bank has none of its own
            log(f"not promoted: a bank has no held-out metric of its own. Compare drafts first (`replywise eval "
                f"--only drafts`), then `replywise models promote paraphrase_bank {version}`")
        return metrics
    if promote and output.parent != settings.models_dir / task:
        log(f"not promoted: {output} is outside the registry ({settings.models_dir / task}); --promote needs a "
            "registry version (leave out --output)")
    if promote and output.parent == settings.models_dir / task:
        compare_and_promote(registry, task, version, metrics, log, output)
    return metrics


def _train_task(task: str, settings: Any, registry: ModelRegistry, *, data: Path | None, root: Path, output: Path,
                version: str, store_cases: Callable[[], list] | None, log: Callable[[str], None]) -> dict:
    """Train ``task`` into ``output``; returns its metrics (the model in use scored on the same test rows
    under ``baseline_same_test`` where it can be)."""
    from training import data as D

    cache = settings.cache_dir / "embeddings"
    if task == "paraphrase_bank":
        return _train_bank(root, output, version, store_cases, log)
    if task == "pii_ner":
        if data is not None or store_cases:
            raise InvalidInputError("E407 pii_ner trains on the Presidio synthetic set and WNUT-17 in --root; "
                                    "--data and --from-store have no span labels for it.")
        from training.pii_ner import train_pii_ner

        return train_pii_ner(root, output, log=log)
    if task == "danger":
        if data is not None or store_cases:
            raise InvalidInputError("E407 danger trains on datasets/danger_probes.jsonl and the XLM-T tweets in --root; "
                                    "--data and --from-store have no danger labels for it.")
        from training.danger import train_danger

        return train_danger(root, output, cache=cache, log=log)
    if task == "ranker":
        from training.ranker import train_ranker

        pairs = D.load_reply_pairs(root) if data is None else _user_table(task, data, log)
        if store_cases:
            pairs = merge_rows(pairs, _store_rows(task, store_cases()), "post", log)
        return train_ranker(pairs, output, cache=cache, log=log, baseline=registry.path(task))
    from training.train import train

    df = _user_table(task, data, log) if data else None
    if store_cases:
        base = df if df is not None else {"privacy": D.load_privacy}.get(task, lambda r: None)(root)
        extra = _store_rows(task, store_cases())
        df = extra if base is None else merge_rows(base, extra, "text", log)
    return train(task, root, output, cache=cache, df=df, version=version, log=log, baseline=registry.path(task))


def merge_rows(base, extra, key: str, log: Callable[[str], None] = print):  # noqa: ANN001, ANN201
    """``base`` then ``extra`` (the store's rows), de-duplicated after merging: a repeated row is kept once and a
    held-out row whose ``key`` text is also in train is dropped. Done per file, a store case imported from the
    user's own file had sat in train while its copy was scored in test."""
    import pandas as pd

    files = list(getattr(base, "attrs", {}).get("files", []))
    rows = pd.concat([base, extra], ignore_index=True)
    label = "reply" if key == "post" else "label"
    before = len(rows)
    rows = rows.drop_duplicates(subset=[key, label]).reset_index(drop=True)
    if len(rows) < before:
        log(f"{before - len(rows)} row(s) repeated across the file and the store kept once")
    seen = set(rows.loc[rows["split"] == "train", key])
    leaked = (rows["split"] != "train") & rows[key].isin(seen)
    if leaked.any():
        log(f"{int(leaked.sum())} held-out row(s) also in train dropped")
        rows = rows[~leaked].reset_index(drop=True)
    rows.attrs["files"] = files
    return rows


def _train_bank(root: Path, output: Path, version: str,
                store_cases: Callable[[], list] | None, log: Callable[[str], None]) -> dict:
    """Re-mine the paraphrase bank, adding the successful replies of the case store (and feedback)."""
    import json

    from training.paraphrase_bank import build_bank, model_card

    extra = []
    if store_cases:
        extra = [(c.brand or "?", c.reply) for c in store_cases() if (c.quality or 0) >= 0.8]
        log(f"paraphrase_bank: {len(extra)} successful replies from the store")
    bank = build_bank(root, extra)
    output.mkdir(parents=True, exist_ok=True)
    (output / "bank.json").write_text(json.dumps(bank, ensure_ascii=False, indent=1), encoding="utf-8")
    (output / "MODEL_CARD.md").write_text(model_card(bank), encoding="utf-8")
    metrics = {"phrases_en": sum(len(v) for v in bank["en"].values()), "replies_read": bank["_meta"]["replies_read"],
               "store_replies": len(extra)}
    (output / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    config = {"kind": "paraphrase_bank", "version": version, "store_replies": len(extra),
              "sources": bank["_meta"]["sources"]}
    (output / "config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    log(f"paraphrase_bank: {metrics}")
    return metrics


MIN_TEST_ROWS = 50  # fewer held-out rows than this cannot show a model is not worse
# a 1-of-100 depends on its test set (its size, its distractors): recorded figures of two sets never compare
SAME_ROWS_ONLY = ("ranker",)


def _learned(folder: Path | None) -> set[str]:
    """The classes a scorer's heads were fitted on (every space), read from their ``head.json``."""
    import json

    if folder is None or not folder.is_dir():
        return set()
    return {c for f in folder.glob("*/head.json") for c in json.loads(f.read_text(encoding="utf-8")).get("classes", [])}


def compare_and_promote(registry: ModelRegistry, task: str, version: str, metrics: dict,
                        log: Callable[[str], None], folder: Path | None = None) -> bool:
    """Promote only if the new version is not worse, on every shared test metric, than the one in use.

    Compared on the same held-out rows when training scored the model in use on them (``baseline_same_test``);
    otherwise on the metrics recorded with each version. The comparison is written to ``promotion.json``."""
    import json

    same = metrics.get("baseline_same_test")
    if task in SAME_ROWS_ONLY and not isinstance(same, dict):
        log(f"not promoted: the {task} in use could not be scored on these test rows, and its recorded metrics "
            "come from another test set; promote by hand with `replywise models promote` if you trust it")
        return False
    current = same if isinstance(same, dict) else registry.metrics(task)
    basis = "same held-out rows" if isinstance(same, dict) else "metrics recorded with each version"
    shared = sorted(k for k in metrics if k in current and k.startswith("test_") and not k.endswith("_n")
                    and isinstance(metrics[k], int | float))
    log(f"comparing {task} {version} with {registry.current(task) or 'the bundled model'} ({basis}):")
    rows, worse = [], []
    for k in shared:
        delta = float(metrics[k]) - float(current[k])
        log(f"  {k}: {current[k]} -> {metrics[k]} ({delta:+.4f})")
        rows.append({"metric": k, "in_use": current[k], "new": metrics[k], "delta": round(delta, 4)})
        if delta < -1e-9:
            worse.append(k)
    # a model trained on a small file that never saw some classes scores them 0 ("please add dark mode" went to
    # tech once a 120-row router replaced the 7-team one): it cannot replace one that knows them
    lost = sorted(_learned(registry.path(task)) - _learned(folder)) if folder is not None else []
    test_n = metrics.get("test_n")
    small = isinstance(test_n, int | float) and test_n < MIN_TEST_ROWS
    promoted = bool(shared) and not worse and not lost and not small
    if folder is not None:
        (folder / "promotion.json").write_text(json.dumps(
            {"basis": basis, "in_use": registry.current(task) or "bundled", "new": version, "metrics": rows,
             "worse_on": worse, "classes_lost": lost, "test_n": test_n, "promoted": promoted}, indent=2),
            encoding="utf-8")
    if not shared:
        log("not promoted: no test metric in common with the version in use")
        return False
    if worse:
        log(f"not promoted: worse than the version in use on {', '.join(worse)}")
        return False
    if lost:
        log(f"not promoted: the new model never learned {', '.join(lost)} (no training rows), which the model in use "
            "predicts; add rows for them or promote by hand")
        return False
    if small:
        log(f"not promoted: {int(test_n)} held-out rows are too few to judge (at least {MIN_TEST_ROWS}); "
            "promote by hand with `replywise models promote` if you trust it")
        return False
    registry.promote(task, version)
    log(f"promoted {task} {version}")
    return True
