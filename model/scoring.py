"""Base for the trained scorers: one linear head per embedding space, plus optional hand-made features.

A scorer is fitted on (text, language, label) rows with a frozen encoder, predicts class probabilities for a
batch already encoded by the analyzer (one encoder pass per post feeds every scorer), and saves to a folder:
``config.json`` (config keys, classes), ``metrics.json`` and one ``<space>/head.*`` per space it was trained on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from model.encoder import EN, MULTI, Encoded, TextEncoder, space_for
from model.errors import ModelNotLoadedError, NotFittedError
from model.heads import LexicalHead, LinearHead


class HeadScorer:
    """Subclasses set ``name`` and ``classes`` and may override ``extra_features``."""

    name = "scorer"
    classes: tuple[str, ...] = ()
    config_keys = ("C", "en_use")
    POOL_BELOW = 500  # a multilingual space with fewer rows of its own also learns from the English rows

    def __init__(self, C: float = 1.0, en_use: bool = True) -> None:
        self.C = C
        self.en_use = en_use
        self.heads_: dict[str, LinearHead] = {}
        self.lexical_: dict[str, LexicalHead] = {}  # optional character n-gram head per space ...
        self.blend_: dict[str, float] = {}  # ... and its weight in the geometric blend (chosen on dev)
        self.metrics_: dict[str, Any] = {}

    # --- features -------------------------------------------------------------------------------------
    def extra_features(self, texts: list[str], space: str) -> np.ndarray | None:
        """Hand-made features appended to the embedding (None: embedding only)."""
        return None

    def _features(self, vectors: np.ndarray, texts: list[str], space: str, aux: np.ndarray | None = None) -> np.ndarray:
        parts = [vectors]
        if space == EN and self.en_use and aux is not None:
            parts.append(aux)
        extra = self.extra_features(texts, space)
        if extra is not None:
            parts.append(extra.astype(np.float32))
        return np.hstack(parts) if len(parts) > 1 else vectors

    # --- fit / predict --------------------------------------------------------------------------------
    def fit(self, texts: list[str], languages: list[str], labels: list[str], encoder: TextEncoder,
            sample_weight: np.ndarray | None = None, vectors: dict[str, np.ndarray] | None = None) -> HeadScorer:
        """Fit one head per space present in the data. ``vectors`` may pass precomputed embeddings.

        A multilingual space with fewer than ``POOL_BELOW`` rows of its own also learns from the English rows'
        USE vectors: USE maps languages into one space, so a French post is scored by what English agents did
        (privacy learns from English customer care only) rather than by a uniform prior, which would, for
        instance, move every non-English post private."""
        spaces = np.array([space_for(lang) for lang in languages])
        labels_arr = np.asarray(labels)
        weights = np.ones(len(texts)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        parts: dict[str, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {EN: [], MULTI: []}
        for space in (EN, MULTI):
            idx = np.flatnonzero(spaces == space)
            if not len(idx):
                continue
            sub_texts = [texts[i] for i in idx]
            vecs = vectors[space] if vectors and space in vectors else encoder.encode(sub_texts, space)
            if space == EN and self.en_use:
                use = vectors["en_use"] if vectors and "en_use" in vectors else encoder.encode(sub_texts, MULTI)
                parts[EN].append((self._features(vecs, sub_texts, EN, use), labels_arr[idx], weights[idx]))
                if (spaces == MULTI).sum() < self.POOL_BELOW:
                    parts[MULTI].append((self._features(use, sub_texts, MULTI), labels_arr[idx], weights[idx]))
            else:
                parts[space].append((self._features(vecs, sub_texts, space), labels_arr[idx], weights[idx]))
        for space, chunks in parts.items():
            y = np.concatenate([c[1] for c in chunks]) if chunks else np.array([])
            if len(y) < 20 or len(set(y)) < 2:
                continue
            X, sw = np.vstack([c[0] for c in chunks]), np.concatenate([c[2] for c in chunks])
            self.heads_[space] = LinearHead(C=self.C).fit(X, y, sample_weight=None if sample_weight is None else sw)
        if not self.heads_:
            raise NotFittedError(f"E103 {self.name}: not enough labelled rows to fit any head.")
        return self

    def fit_lexical(self, texts: list[str], languages: list[str], labels: list[str],
                    sample_weight: np.ndarray | None = None, C: float = 1.0) -> HeadScorer:
        """Fit a character n-gram head for every space that has an embedding head (blend weight 0 until
        ``blend_`` is set, which training does on the dev split)."""
        spaces = np.array([space_for(lang) for lang in languages])
        labels_arr = np.asarray(labels)
        for space in self.heads_:
            idx = np.flatnonzero(spaces == space)
            if len(idx) < 20 or len(set(labels_arr[idx])) < 2:
                continue
            sw = None if sample_weight is None else np.asarray(sample_weight)[idx]
            self.lexical_[space] = LexicalHead(C=C).fit([texts[i] for i in idx], labels_arr[idx], sample_weight=sw)
            self.blend_.setdefault(space, 0.0)
        return self

    def predict_proba(self, encoded: Encoded, texts: list[str]) -> np.ndarray:
        """Probabilities over ``self.classes`` for every row of the batch, in batch order."""
        if not self.heads_:
            raise NotFittedError(f"E101 {self.name} is not fitted: call fit() or load() first.")
        out = np.zeros((encoded.size, len(self.classes)), dtype=np.float32)
        for space, rows, vecs in encoded.items():
            head = self.heads_.get(space)
            if head is None:  # no head for this space: those rows keep the uniform prior below
                continue
            aux = encoded.aux.get("en_use") if space == EN else None
            sub_texts = [texts[i] for i in rows]
            probs = head.predict_proba(self._features(vecs, sub_texts, space, aux))
            w = self.blend_.get(space, 0.0)
            if w > 0 and space in self.lexical_:
                lexical = self.lexical_[space]
                lex = lexical.predict_proba(sub_texts)[:, [lexical.classes_.index(c) for c in head.classes_]]
                log = (1 - w) * np.log(probs + 1e-9) + w * np.log(lex + 1e-9)
                probs = np.exp(log - log.max(axis=1, keepdims=True))
                probs /= probs.sum(axis=1, keepdims=True)
            for j, cls in enumerate(head.classes_):
                out[rows, self.classes.index(cls)] = probs[:, j]
        missing = out.sum(axis=1) == 0
        out[missing] = 1.0 / len(self.classes)
        return out

    def label_scores(self, probs: np.ndarray) -> list[tuple[str, dict[str, float]]]:
        return [(self.classes[int(p.argmax())], {c: round(float(v), 4) for c, v in zip(self.classes, p, strict=True)})
                for p in probs]

    # --- persistence ----------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        config = {"name": self.name, "classes": list(self.classes), "spaces": sorted(self.heads_)}
        config |= {k: getattr(self, k) for k in self.config_keys}
        blend = {space: w for space, w in self.blend_.items() if w > 0 and space in self.lexical_}
        if blend:
            config["lexical_blend"] = blend
        (path / "config.json").write_text(json.dumps(config, indent=2))
        (path / "metrics.json").write_text(json.dumps(self.metrics_, indent=2))
        for space, head in self.heads_.items():
            head.save(path / space)
        for space in blend:
            self.lexical_[space].save(path / space)

    @classmethod
    def load(cls, path: Path) -> HeadScorer:
        path = Path(path)
        try:
            config = json.loads((path / "config.json").read_text())
        except FileNotFoundError as exc:
            raise ModelNotLoadedError(f"E104 No {cls.name} model at {path}: run `replywise train {cls.name}`.") from exc
        scorer = cls(**{k: config[k] for k in cls.config_keys if k in config} | {"en_use": config.get("en_use", False)})
        scorer.heads_ = {space: LinearHead.load(path / space) for space in config["spaces"]}
        scorer.blend_ = dict(config.get("lexical_blend", {}))
        scorer.lexical_ = {space: LexicalHead.load(path / space) for space in scorer.blend_}
        metrics = path / "metrics.json"
        scorer.metrics_ = json.loads(metrics.read_text()) if metrics.exists() else {}
        return scorer
