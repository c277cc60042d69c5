"""The ranker's brand prior: learned on a dev slice, kept by save/load, used by the 1-of-100 metric."""

import numpy as np

from model.ranker import ResponseRanker
from training.ranker import choose_brand_weight, one_of_100


def _pairs(n: int = 1700, d: int = 16, seed: int = 4):
    """Replies only weakly tied to their post by text, but each brand answers in its own region of the space."""
    rng = np.random.default_rng(seed)
    brands = rng.integers(0, 8, size=n)
    centres = rng.normal(size=(8, d))
    posts = rng.normal(size=(n, d)) + centres[brands]
    replies = 0.6 * posts + rng.normal(size=(n, d)) * 1.5 + 0.3 * centres[brands]
    norm = lambda m: (m / np.linalg.norm(m, axis=1, keepdims=True)).astype(np.float32)  # noqa: E731
    return norm(posts), norm(replies), brands.astype(str)


def test_brand_prior_is_chosen_on_dev_and_helps_on_unseen_pairs(tmp_path) -> None:
    P, R, brands = _pairs()
    weight = choose_brand_weight(P[:1200], R[:1200], brands[:1200])
    assert weight > 0
    ranker = ResponseRanker(epochs=4).fit(P[:1200], R[:1200])
    ranker.brand_weight_ = weight
    text_only = one_of_100(ranker, P[1200:], R[1200:])
    with_brand = one_of_100(ranker, P[1200:], R[1200:], brands[1200:])
    assert with_brand > text_only
    ranker.save(tmp_path / "r")
    loaded = ResponseRanker.load(tmp_path / "r")
    assert loaded.brand_weight_ == weight
    assert one_of_100(loaded, P[1200:], R[1200:], brands[1200:]) == with_brand


def test_brand_prior_stays_off_for_a_single_brand() -> None:
    """With one brand every candidate gets the same bonus: no weight is preferred over none."""
    P, R, _ = _pairs(seed=5)
    assert choose_brand_weight(P, R, np.array(["acme"] * len(P))) == 0.0
