"""Model registry on the filesystem: ``<root>/<name>/<version>/`` plus a ``CURRENT`` pointer per name.

Bundled artifacts (``model/artifacts/<name>``) are the fallback, so a fresh install scores out of the box.
Promotion and rollback rewrite the pointer atomically; a running service picks the change up on reload.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from model.errors import UnknownComponentError

BUNDLED = Path(__file__).resolve().parent / "artifacts"
COMPONENTS = ("sentiment", "urgency", "privacy", "route", "ranker", "paraphrase_bank", "pii_ner")


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
        return sorted(p.name for p in folder.iterdir() if p.is_dir() and (p / "config.json").exists())

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
        n = len(self.versions(name)) + 1
        version = f"v{n}-{stamp}"
        return version, self.root / name / version

    def promote(self, name: str, version: str) -> None:
        if version not in self.versions(name):
            raise UnknownComponentError(
                f"E303 {name} has no version '{version}'. Available: {', '.join(self.versions(name)) or 'none'}.")
        history = self.root / name / "HISTORY"
        previous = self.current(name)
        with history.open("a") as fh:
            fh.write(json.dumps({"from": previous, "to": version, "at": datetime.now(UTC).isoformat()}) + "\n")
        tmp = self.root / name / "CURRENT.tmp"
        tmp.write_text(version)
        os.replace(tmp, self.root / name / "CURRENT")

    def rollback(self, name: str) -> str | None:
        """Return to the version promoted before the current one (None: back to the bundled model)."""
        history = self.root / name / "HISTORY" if self.root else None
        if not history or not history.exists():
            raise UnknownComponentError(f"E304 {name} has no promotion history to roll back.")
        events = [json.loads(line) for line in history.read_text().splitlines() if line.strip()]
        previous = events[-1]["from"]
        pointer = self.root / name / "CURRENT"
        if previous:
            self.promote(name, previous)
        elif pointer.exists():
            pointer.unlink()
            with history.open("a") as fh:
                fh.write(json.dumps({"from": events[-1]["to"], "to": None, "at": datetime.now(UTC).isoformat()}) + "\n")
        return previous

    def metrics(self, name: str, version: str | None = None) -> dict:
        folder = self.root / name / version if version else self.path(name)
        f = folder / "metrics.json"
        return json.loads(f.read_text()) if f.exists() else {}

    def remove(self, name: str, version: str) -> None:
        shutil.rmtree(self.root / name / version)
