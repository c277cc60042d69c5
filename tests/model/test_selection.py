"""Expected-match selection over real MiniLM vectors of agent replies."""

from __future__ import annotations

import numpy as np

from model.encoder import EN
from model.selection import Belief, expected_match

# the brand's common answer in five wordings, and two replies written for one odd case each
COMMON = ["Please DM us your order number and we'll look into it.",
          "Can you send us your order number by DM? We'll take a look.",
          "Pop us a DM with your order number and we'll check this for you.",
          "DM us the order number please and we'll look into this.",
          "Could you DM your order number? We'll get this sorted."]
RARE = ["The lighthouse tour runs on Sundays from the east pier.",
        "Our vegan menu is available at every branch after 5pm."]


def test_the_common_answer_comes_first_even_below_a_rarer_reply_scored_a_little_higher(encoder) -> None:
    texts = RARE + COMMON
    vecs = encoder.encode(texts, EN)
    scores = np.array([0.62, 0.40, 0.60, 0.60, 0.59, 0.59, 0.58])  # the odd reply ranked first by score alone
    first = expected_match(vecs, Belief.from_scores(vecs, scores, 0.05), k=1)
    assert int(np.argmax(scores)) == 0 and texts[first[0]] in COMMON


def test_the_drafts_spread_over_the_likely_answers_instead_of_repeating_one(encoder) -> None:
    texts = RARE + COMMON
    vecs = encoder.encode(texts, EN)
    scores = np.array([0.62, 0.40, 0.60, 0.60, 0.59, 0.59, 0.58])
    chosen = expected_match(vecs, Belief.from_scores(vecs, scores, 0.05), k=3)
    assert len(set(chosen)) == 3
    assert sum(texts[i] in COMMON for i in chosen) <= 2  # a third wording of the same answer gains nothing
    assert texts[0] in [texts[i] for i in chosen]  # the likely odd reply is offered beside the common one


def test_a_near_copy_is_taken_only_when_nothing_else_is_left(encoder) -> None:
    texts = ["Please DM us your order number and we'll look into it.",
             "Please DM us your order number and we'll look into it!",
             "Our vegan menu is available at every branch after 5pm."]
    vecs = encoder.encode(texts, EN)
    belief = Belief.from_scores(vecs, np.array([0.9, 0.9, 0.1]), 0.05)
    assert float(vecs[0] @ vecs[1]) > 0.9
    assert sorted(expected_match(vecs, belief, k=2, max_pairwise=0.9)) in ([0, 2], [1, 2])
    assert len(expected_match(vecs, belief, k=3, max_pairwise=0.9)) == 3
    assert expected_match(vecs, belief, k=0) == [] and expected_match(vecs[:0], belief, k=3) == []
