"""A learned reader of danger told in Spanish, French, German, Italian or Portuguese.

The rules of `model.urgency.other_languages` name what they were written for: on posts written after them by other
writers they caught about half (52% and 56% on two blind sets). A linear head over the multilingual encoder's vectors,
which every non-English post gets anyway, generalises further (about 85% of another writer's posts, leave-one-set-out,
see its model card) and almost never fires on ordinary posts. It adds to the rules, never replaces them: it names a
situation only where the rules named none, and only when it is sure.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from model.encoder import MULTI, Encoded
from model.errors import ModelNotLoadedError
from model.heads import LinearHead

# the situations the head learned, and the urgency reason each adds
SITUATIONS = {"door": "safety", "allergy": "safety", "swelling": "safety", "assault": "safety", "crisis": "safety",
              "hurt_now": "safety", "scam": "fraud"}
NONE = "none"


class DangerScorer:
    """``fit`` on vectors and situation labels ("none" for ordinary posts); ``predict`` names, per post of a batch,
    the situation it is sure of (P(not none) >= ``threshold``), or None. English posts are left to the rules."""

    name = "danger"

    def __init__(self, head: LinearHead | None = None, threshold: float = 0.95) -> None:
        self.head = head or LinearHead(C=1.0)
        self.threshold = threshold

    def fit(self, X: np.ndarray, labels: list[str], sample_weight: np.ndarray | None = None) -> DangerScorer:
        self.head.fit(X, labels, sample_weight=sample_weight)
        return self

    def predict_vectors(self, X: np.ndarray) -> list[str | None]:
        """The situation each multilingual vector is told of, or None."""
        if not len(X):
            return []
        probs = self.head.predict_proba(X)
        none = self.head.classes_.index(NONE)
        alarm = 1.0 - probs[:, none]
        probs[:, none] = -1.0
        return [self.head.classes_[int(p.argmax())] if a >= self.threshold else None
                for p, a in zip(probs, alarm, strict=True)]

    def predict(self, encoded: Encoded) -> list[str | None]:
        out: list[str | None] = [None] * encoded.size
        rows = encoded.rows.get(MULTI, np.zeros(0, dtype=int))
        for row, situation in zip(rows, self.predict_vectors(encoded.vectors.get(MULTI, np.zeros((0, 512)))),
                                  strict=True):
            out[int(row)] = situation
        return out

    def save(self, path: Path) -> None:
        self.head.save(path)
        (path / "config.json").write_text(json.dumps({"kind": "danger", "threshold": self.threshold,
                                                      "space": MULTI}, indent=2))

    @classmethod
    def load(cls, path: Path) -> DangerScorer:
        try:
            config = json.loads((path / "config.json").read_text())
        except FileNotFoundError as exc:
            raise ModelNotLoadedError(f"E102 No danger head at {path}: run `replywise train danger` first.") from exc
        return cls(LinearHead.load(path), threshold=float(config["threshold"]))
