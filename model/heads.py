"""Small trained heads on top of frozen sentence embeddings, saved as plain arrays (no pickle).

One head per embedding space ("en" = MiniLM, "multi" = multilingual USE), because a head trained on one
encoder's vectors means nothing on another's.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from model.errors import ModelNotLoadedError, NotFittedError


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _logistic_params(clf) -> tuple[list[str], np.ndarray, np.ndarray]:  # noqa: ANN001
    """Classes, one weight row per class and intercepts of a fitted LogisticRegression, as float32."""
    coef, intercept = clf.coef_, clf.intercept_
    if len(clf.classes_) == 2:  # sklearn stores one row for binary problems
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    return [str(c) for c in clf.classes_], coef.astype(np.float32), intercept.astype(np.float32)


def _save(path: Path, stem: str, head, arrays: dict[str, np.ndarray]) -> None:  # noqa: ANN001
    path.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path / f"{stem}.npz", coef=head.coef_, intercept=head.intercept_, **arrays)
    cfg = {k: getattr(head, k) for k in head.config_keys} | {"classes": head.classes_}
    (path / f"{stem}.json").write_text(json.dumps(cfg, indent=2))


def _load(cls, path: Path, stem: str, what: str):  # noqa: ANN001, ANN202
    """A head of ``cls`` with its config, classes, weights and intercepts, plus the arrays for the rest."""
    try:
        cfg = json.loads((path / f"{stem}.json").read_text())
        arrays = np.load(path / f"{stem}.npz")
    except FileNotFoundError as exc:
        raise ModelNotLoadedError(f"E102 No {what} at {path}: run `replywise train` first.") from exc
    head = cls(**{k: cfg[k] for k in cls.config_keys})
    head.classes_ = cfg["classes"]
    head.coef_, head.intercept_ = arrays["coef"], arrays["intercept"]
    return head, arrays


class LinearHead:
    """Multinomial logistic regression (scikit-learn to fit, numpy to predict) with input standardisation."""

    config_keys = ("C", "class_weight", "max_iter")

    def __init__(self, C: float = 1.0, class_weight: str | None = "balanced", max_iter: int = 2000) -> None:
        self.C = C
        self.class_weight = class_weight
        self.max_iter = max_iter

    def fit(self, X: np.ndarray, y: list[str] | np.ndarray, sample_weight: np.ndarray | None = None) -> LinearHead:
        from sklearn.linear_model import LogisticRegression

        X = np.asarray(X, dtype=np.float32)
        self.mean_ = X.mean(axis=0)
        self.scale_ = X.std(axis=0) + 1e-6
        clf = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter)
        clf.fit((X - self.mean_) / self.scale_, np.asarray(y), sample_weight=sample_weight)
        self.classes_, self.coef_, self.intercept_ = _logistic_params(clf)
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        if not hasattr(self, "coef_"):
            raise NotFittedError("E101 This head is not fitted: call fit() or load() first.")
        X = (np.asarray(X, dtype=np.float32) - self.mean_) / self.scale_
        return softmax(X @ self.coef_.T + self.intercept_)

    def predict(self, X: np.ndarray) -> list[str]:
        return [self.classes_[i] for i in self.predict_proba(X).argmax(axis=1)]

    def save(self, path: Path) -> None:
        _save(path, "head", self, {"mean": self.mean_, "scale": self.scale_})

    @classmethod
    def load(cls, path: Path) -> LinearHead:
        head, arrays = _load(cls, path, "head", "trained head")
        head.mean_, head.scale_ = arrays["mean"], arrays["scale"]
        return head


def _char_ngrams(text: str) -> tuple[str, ...] | list[str]:
    """``LexicalHead``'s character n-grams of a text, cached for posts (a batch of up to 1,024): sentiment,
    urgency, privacy and route each have a lexical head over the same post, and cutting the n-grams was half of
    their cost. Texts over 400 characters are not cached (memory: the cache stays under ~80 MB)."""
    return _cached_ngrams(text) if len(text) <= 400 else _char_wb_analyzer()(text)  # ~75 KB each at most


@lru_cache(maxsize=1024)
def _cached_ngrams(text: str) -> tuple[str, ...]:
    return tuple(_char_wb_analyzer()(text))


@lru_cache(maxsize=1)
def _char_wb_analyzer():  # noqa: ANN202
    return LexicalHead._vectorizer().build_analyzer()


class LexicalHead:
    """Logistic regression on character n-grams (TF-IDF, within word boundaries): the surface cues a sentence
    embedding smooths away ("pls dm", "acct", "#fail", brand handles, elongated words). Blended with the
    embedding head by ``HeadScorer``; saved as arrays (vocabulary, idf, weights), no pickle."""

    config_keys = ("C", "max_features")

    def __init__(self, C: float = 1.0, max_features: int = 30000) -> None:
        self.C = C
        self.max_features = max_features

    @staticmethod
    def _vectorizer(vocabulary: dict[str, int] | None = None, max_features: int | None = None):  # noqa: ANN205
        from sklearn.feature_extraction.text import TfidfVectorizer

        return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                               lowercase=True, max_features=max_features, vocabulary=vocabulary,
                               dtype=np.float32)

    def fit(self, texts: list[str], y: list[str] | np.ndarray,
            sample_weight: np.ndarray | None = None) -> LexicalHead:
        from sklearn.linear_model import LogisticRegression

        vectorizer = self._vectorizer(max_features=self.max_features)
        X = vectorizer.fit_transform(texts)
        clf = LogisticRegression(C=self.C, class_weight="balanced", max_iter=3000)
        clf.fit(X, np.asarray(y), sample_weight=sample_weight)
        self.vocabulary_ = vectorizer.vocabulary_
        self.idf_ = vectorizer.idf_.astype(np.float32)
        self.classes_, self.coef_, self.intercept_ = _logistic_params(clf)
        self._ready()
        return self

    def _ready(self) -> None:
        self._vec = self._vectorizer(vocabulary=self.vocabulary_)
        self._vec.idf_ = self.idf_
        self._vec.analyzer = _char_ngrams  # the same n-grams, cut once per text for all the service's heads


    def predict_proba(self, texts: list[str]) -> np.ndarray:
        if not hasattr(self, "coef_"):
            raise NotFittedError("E101 This head is not fitted: call fit() or load() first.")
        if not texts:
            return np.zeros((0, len(self.classes_)), dtype=np.float32)
        X = self._vec.transform(texts)
        return softmax(np.asarray(X @ self.coef_.T) + self.intercept_)

    def save(self, path: Path) -> None:
        terms = sorted(self.vocabulary_, key=self.vocabulary_.get)
        _save(path, "lexical", self, {"terms": np.array(terms), "idf": self.idf_})

    @classmethod
    def load(cls, path: Path) -> LexicalHead:
        head, arrays = _load(cls, path, "lexical", "lexical head")
        head.vocabulary_ = {str(t): i for i, t in enumerate(arrays["terms"])}
        head.idf_ = arrays["idf"]
        head._ready()
        return head
