"""The danger head: a learned reader of danger told in another language, beside the rules (real encoder, bundled
head)."""

from __future__ import annotations

import numpy as np
import pytest

from model.danger import NONE, SITUATIONS, DangerScorer
from model.heads import LinearHead


def test_the_head_names_a_situation_only_when_sure_and_round_trips(tmp_path) -> None:
    rng = np.random.default_rng(0)
    centres = {label: rng.normal(size=16) * 3 for label in (NONE, "door", "scam")}
    X = np.vstack([c + rng.normal(size=(40, 16)) for c in centres.values()])
    y = [label for label in centres for _ in range(40)]
    scorer = DangerScorer(LinearHead(C=1.0), threshold=0.9).fit(X, y)
    said = scorer.predict_vectors(np.vstack([centres["door"], centres[NONE], centres["scam"]]))
    assert said == ["door", None, "scam"]
    scorer.save(tmp_path)
    again = DangerScorer.load(tmp_path)
    assert again.threshold == 0.9 and again.predict_vectors(X) == scorer.predict_vectors(X)
    assert set(SITUATIONS) >= {"door", "scam"}


def test_a_missing_head_says_how_to_make_one(tmp_path) -> None:
    from model.errors import ModelNotLoadedError

    with pytest.raises(ModelNotLoadedError, match="replywise train danger"):
        DangerScorer.load(tmp_path)


@pytest.mark.slow
def test_danger_no_rule_names_is_heard_by_the_head_and_answered_in_its_language() -> None:
    """Posts of the fourth blind set that the rules missed (nineteenth session), said again in other words: the
    head hears them, the urgency says why, and ordinary posts stay ordinary."""
    from model.factory import build_analyzer, build_recommender
    from model.retriever import CaseRetriever
    from model.samples import load_sample_cases
    from model.types import Post
    from model.urgency.other_languages import situations_in

    analyzer = build_analyzer()
    posts = {
        # (with "obrigado por tudo" after it the rules now read it: two farewell signs, twentieth session)
        "crisis": "@TeleNorte quero cancelar tudo e deixar a conta em nome da minha irmã. não vou estar cá para ver a "
                  "próxima fatura, já tomei a decisão.",
        "hurt_now": "Nel vostro negozio una signora è diventata tutta blu e respira a fatica, nessuno sa cosa fare!!",
    }
    for situation, text in posts.items():
        assert not situations_in(text), text  # the rules do not know these words ...
        urgency = analyzer.analyze(Post(text=text, brand="TeleNorte")).urgency
        assert urgency["situation"] == situation and "safety" in urgency["reasons"], urgency  # ... the head does
        assert urgency["level"] == "critical"
    for text in ("Buenos días, ¿a qué hora abre la tienda de la calle Mayor el domingo?",
                 "Le colis est arrivé en avance, merci beaucoup ! 😊",
                 "Wann kommt endlich die neue Staffel? Die Folge gestern war spannend bis zum Schluss"):
        urgency = analyzer.analyze(Post(text=text)).urgency
        assert "situation" not in urgency and "safety" not in urgency["reasons"], (text, urgency)
    recommender = build_recommender(analyzer, CaseRetriever(analyzer.encoder).fit(load_sample_cases()))
    drafts = recommender.recommend(Post(text=posts["crisis"], brand="TeleNorte", id="c"), k=3).drafts
    assert drafts and all("CVV" in d.text or "SOS Voz Amiga" in d.text or "emergência" in d.text for d in drafts), \
        [d.text for d in drafts]
