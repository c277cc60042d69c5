"""Sentiment of a post: a linear head on the sentence embedding plus VADER's lexicon scores (English)."""

from __future__ import annotations

import numpy as np

from model.encoder import EN
from model.scoring import HeadScorer
from model.types import SENTIMENTS

_vader = None


def vader_scores(texts: list[str]) -> np.ndarray:
    """VADER neg/neu/pos/compound: cheap, and it catches emphasis (!!!, caps) that embeddings smooth out."""
    global _vader
    if _vader is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _vader = SentimentIntensityAnalyzer()
    rows = [_vader.polarity_scores(t) for t in texts]
    return np.array([[r["neg"], r["neu"], r["pos"], r["compound"]] for r in rows], dtype=np.float32)


class SentimentScorer(HeadScorer):
    name = "sentiment"
    classes = SENTIMENTS

    def extra_features(self, texts: list[str], space: str) -> np.ndarray | None:
        return vader_scores(texts) * 3.0 if space == EN else None

    def score(self, probs: np.ndarray) -> list[dict]:
        return [{"label": label, "scores": scores} for label, scores in self.label_scores(probs)]
