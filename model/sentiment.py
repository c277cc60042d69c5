"""Sentiment of a post: a linear head on the sentence embedding plus VADER's lexicon scores (English)."""

from __future__ import annotations

import re

import numpy as np

from model.encoder import EN
from model.scoring import HeadScorer
from model.types import SENTIMENTS

_vader = None
_SARCASM = re.compile(r"\b(?:thanks?(?: you)?(?: so much| a lot)? for nothing|said no one(?: ever)?|yeah,? right|"
                      r"merci pour rien|gracias por nada|danke f[üu]r nichts|obrigad[oa] por nada|grazie per niente)\b",
                      re.IGNORECASE)


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

    def predict_proba(self, encoded, texts: list[str]) -> np.ndarray:  # noqa: ANN001
        """The heads' probabilities, with positive and negative swapped for unmistakable sarcasm ("thanks for
        nothing", "said no one ever"): the words are polite, the customer is not, and a "thanks for the kind
        words" reply would make it worse."""
        probs = super().predict_proba(encoded, texts)
        neg, pos = self.classes.index("negative"), self.classes.index("positive")
        for i, text in enumerate(texts):
            if probs[i, pos] > probs[i, neg] and _SARCASM.search(text):
                probs[i, [neg, pos]] = probs[i, [pos, neg]]
        return probs

    def score(self, probs: np.ndarray) -> list[dict]:
        return [{"label": label, "scores": scores} for label, scores in self.label_scores(probs)]
