"""Trains the response ranker (post -> reply dual encoder, in-batch negatives) on case pairs split by date."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from model.encoder import EN, TextEncoder
from model.ranker import ResponseRanker
from model.retriever import clean_for_encoding, clean_post
from training.embeddings import encode_cached


def one_of_100(ranker: ResponseRanker | None, posts: np.ndarray, replies: np.ndarray, brands: np.ndarray | None = None,
               brand_weight: float = 0.0, seed: int = 13) -> float:
    """Share of posts whose real reply outranks 99 random other replies of the split."""
    rng = np.random.default_rng(seed)
    q = ranker.project(posts) if ranker is not None else posts
    hits = 0
    n = len(q)
    for i in range(n):
        others = rng.choice(np.delete(np.arange(n), i), size=min(99, n - 1), replace=False)
        cand = np.concatenate([[i], others])
        s = replies[cand] @ q[i]
        if brands is not None and brand_weight:
            s = s + brand_weight * (brands[cand] == brands[i])
        hits += bool((s[0] > s[1:]).all())
    return hits / max(n, 1)


def train_ranker(pairs, output: Path, encoder: TextEncoder | None = None, cache: Path | None = None,  # noqa: ANN001
                 log: Callable[[str], None] = print) -> dict:
    """``pairs``: DataFrame with post, reply, brand, split (train/dev/test) as from training.data.load_reply_pairs."""
    encoder = encoder or TextEncoder()
    train, test = pairs[pairs["split"] != "test"], pairs[pairs["split"] == "test"]
    log(f"ranker: {len(train)} train pairs / {len(test)} test pairs")
    P = encode_cached(encoder, [clean_post(t) for t in train["post"]], EN, cache, "posts")
    R = encode_cached(encoder, [clean_for_encoding(t) for t in train["reply"]], EN, cache, "replies")
    ranker = ResponseRanker().fit(P, R)
    Pt = encode_cached(encoder, [clean_post(t) for t in test["post"]], EN, cache, "test posts")
    Rt = encode_cached(encoder, [clean_for_encoding(t) for t in test["reply"]], EN, cache, "test replies")
    brands = test["brand"].astype(str).to_numpy()
    metrics = {"test_one_of_100": one_of_100(ranker, Pt, Rt), "test_frozen_one_of_100": one_of_100(None, Pt, Rt),
               "test_one_of_100_with_brand_prior": one_of_100(ranker, Pt, Rt, brands, 0.2),
               "test_n": len(test), "train_n": len(train)}
    ranker.metrics_ = {k: round(float(v), 4) for k, v in metrics.items()}
    ranker.save(output)
    log(f"ranker: {ranker.metrics_}")
    return ranker.metrics_
