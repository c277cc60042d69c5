"""Model registry on the filesystem: ``<root>/<name>/<version>/`` plus a ``CURRENT`` pointer per name.

Bundled artifacts (``model/artifacts/<name>``) are the fallback, so a fresh install scores out of the box.
Promotion and rollback rewrite the pointer atomically; a running service picks the change up on reload.
A version is written under ``<root>/<name>/.partial/`` and renamed into place when complete, so a run killed
mid-save leaves no half-version to list or promote.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
import zlib
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from model.errors import ModelNotLoadedError, NothingToRollBackError, RecommenderError, UnknownComponentError, describe

BUNDLED = Path(__file__).resolve().parent / "artifacts"
COMPONENTS = ("sentiment", "urgency", "privacy", "route", "ranker", "paraphrase_bank", "pii_ner", "danger")
STAGING = ".partial"
# what a version folder that does not load raises: a missing file, a truncated archive, a config without its keys
LOAD_FAILURES = (RecommenderError, OSError, EOFError, ValueError, KeyError, TypeError, zipfile.BadZipFile, zlib.error)


def _version_order(version: str) -> tuple[int, str]:
    """"v12-20261126T101500" sorts by its number, then its stamp."""
    head, _, rest = version.partition("-")
    return (int(head[1:]), rest) if head[:1] == "v" and head[1:].isdigit() else (0, version)


class ModelRegistry:
    def __init__(self, root: Path | None) -> None:
        self.root = Path(root) if root else None

    def _check(self, name: str) -> None:
        if name not in COMPONENTS:
            raise UnknownComponentError(f"E301 No model component '{name}'. Available: {', '.join(COMPONENTS)}.")

    def versions(self, name: str) -> list[str]:
        self._check(name)
        folder = self.root / name if self.root else None
        if not folder or not folder.is_dir():
            return []
        return sorted((p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")
                       and (p / "config.json").exists()), key=_version_order)  # v2 before v10

    def current(self, name: str) -> str | None:
        self._check(name)
        pointer = self.root / name / "CURRENT" if self.root else None
        if pointer and pointer.exists():
            version = pointer.read_text().strip()
            if (self.root / name / version).is_dir():
                return version
        return None

    def path(self, name: str) -> Path:
        """The promoted version's folder, or the bundled artifact."""
        version = self.current(name)
        return self.root / name / version if version else BUNDLED / name

    def new_version_dir(self, name: str) -> tuple[str, Path]:
        self._check(name)
        if self.root is None:
            raise UnknownComponentError("E302 No registry folder: set REPLYWISE_HOME.")
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        n = max((_version_order(v)[0] for v in self.versions(name)), default=0) + 1  # never reused after a removal
        version = f"v{n}-{stamp}"
        return version, self.root / name / version

    def staging_dir(self, name: str, version: str) -> Path:
        """An empty folder to write ``version`` into; ``publish`` moves it into place. Same name as the version,
        so a card written inside names the version, not the staging folder."""
        folder = self.root / name / STAGING / version
        shutil.rmtree(folder, ignore_errors=True)  # left by a run killed mid-save
        folder.mkdir(parents=True)
        return folder

    def publish(self, name: str, staged: Path) -> Path:
        """Rename a complete staged version into the registry (one rename: it appears whole or not at all)."""
        final = self.root / name / staged.name
        os.rename(staged, final)
        return final

    def _require(self, name: str, version: str) -> None:
        if version not in self.versions(name):
            raise UnknownComponentError(
                f"E303 {name} has no version '{version}'. Available: {', '.join(self.versions(name)) or 'none'}.")

    def verify(self, name: str, version: str) -> None:
        """Load the version as the service would; raises ModelNotLoadedError (E305) naming what failed, so a
        version missing a head is refused at promotion instead of taking every request down after it."""
        self._require(name, version)
        try:
            _LOADERS[name](self.root / name / version)
        except LOAD_FAILURES as exc:
            raise ModelNotLoadedError(f"E305 {name} {version} does not load ({describe(exc)}); retrain it or promote "
                                      "another version.") from exc

    def promote(self, name: str, version: str) -> None:
        self._require(name, version)
        self._record(name, "promote", self.current(name), version)
        self._point(name, version)

    def rollback(self, name: str) -> str | None:
        """Undo the latest promotion still in force: repeated rollbacks walk back through the promotions, down to
        the bundled model (None), and never bring back a version rolled back from."""
        stack = self._stack(name)
        if not stack:
            raise NothingToRollBackError(f"E304 {name} has nothing to roll back: the bundled model is in use.")
        undone = stack.pop()
        previous = stack[-1] if stack else None
        self._record(name, "rollback", undone, previous)
        self._point(name, previous)
        return previous

    def _stack(self, name: str) -> list[str]:
        """The promotions in force, oldest first, replayed from HISTORY (a rollback pops one)."""
        self._check(name)
        history = self.root / name / "HISTORY" if self.root else None
        stack: list[str] = []
        for line in history.read_text().splitlines() if history and history.exists() else []:
            event = json.loads(line) if line.strip() else {}
            kind = event.get("kind")
            if kind is None:  # written before rollbacks were marked: a rollback looked like a promotion back
                back = len(stack) >= 2 and (event.get("from"), event.get("to")) == (stack[-1], stack[-2])
                kind = "rollback" if back or not event.get("to") else "promote"
            if kind == "promote" and event.get("to"):
                stack.append(event["to"])
            elif stack:
                stack.pop()
        return [v for v in stack if (self.root / name / v).is_dir()]

    def _record(self, name: str, kind: str, before: str | None, after: str | None) -> None:
        with (self.root / name / "HISTORY").open("a") as fh:
            fh.write(json.dumps({"kind": kind, "from": before, "to": after, "at": datetime.now(UTC).isoformat()}) + "\n")

    def _point(self, name: str, version: str | None) -> None:
        pointer = self.root / name / "CURRENT"
        if version is None:
            pointer.unlink(missing_ok=True)
            return
        tmp = self.root / name / "CURRENT.tmp"
        tmp.write_text(version)
        os.replace(tmp, pointer)

    def metrics(self, name: str, version: str | None = None) -> dict:
        folder = self.root / name / version if version else self.path(name)
        f = folder / "metrics.json"
        metrics = json.loads(f.read_text()) if f.exists() else {}
        # versions trained before the fix wrote -1 for a dev figure never measured: no figure, not a bad one
        return {k: v for k, v in metrics.items() if not (isinstance(v, int | float) and v == -1)}

    def remove(self, name: str, version: str) -> None:
        shutil.rmtree(self.root / name / version)


def _load_scorer(name: str, folder: Path) -> None:
    from model.privacy import PrivacyScorer
    from model.route import RouteScorer
    from model.sentiment import SentimentScorer
    from model.urgency import UrgencyScorer

    scorer = {"sentiment": SentimentScorer, "urgency": UrgencyScorer, "privacy": PrivacyScorer,
              "route": RouteScorer}[name]
    scorer.load(folder)


def _load_ranker(folder: Path) -> None:
    from model.ranker import ResponseRanker

    ResponseRanker.load(folder)


def _load_bank(folder: Path) -> None:
    from model.rephraser import load_bank

    load_bank.__wrapped__(folder / "bank.json")  # not the cached copy: the file on disk now


def _load_pii_ner(folder: Path) -> None:
    from model.ner import load_ner_delta

    load_ner_delta(folder)


def _load_danger(folder: Path) -> None:
    from model.danger import DangerScorer

    DangerScorer.load(folder)


_LOADERS = {**{name: partial(_load_scorer, name) for name in ("sentiment", "urgency", "privacy", "route")},
            "ranker": _load_ranker, "paraphrase_bank": _load_bank, "pii_ner": _load_pii_ner, "danger": _load_danger}
