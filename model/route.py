"""Routing: which team can resolve the post (support, billing, tech, legal, product, content, PR)."""

from __future__ import annotations

from model.scoring import HeadScorer
from model.types import TEAMS


class RouteScorer(HeadScorer):
    name = "route"
    classes = TEAMS

    def score(self, probs) -> list[dict]:  # noqa: ANN001
        out = []
        for label, scores in self.label_scores(probs):
            out.append({"team": label, "score": scores[label], "scores": scores})
        return out
