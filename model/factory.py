"""Default builders: wire the components from the registry (or the bundled artifacts)."""

from __future__ import annotations

from pathlib import Path

from model.analyzer import PostAnalyzer
from model.danger import DangerScorer
from model.encoder import TextEncoder
from model.language import LanguageDetector
from model.pii import PiiDetector
from model.privacy import PrivacyScorer
from model.registry import ModelRegistry
from model.route import RouteScorer
from model.sentiment import SentimentScorer
from model.urgency import UrgencyScorer


def build_analyzer(models_root: Path | None = None, encoder: TextEncoder | None = None,
                   pii: PiiDetector | None = None) -> PostAnalyzer:
    registry = ModelRegistry(models_root)
    return PostAnalyzer(
        encoder=encoder or TextEncoder(),
        language=LanguageDetector(),
        pii=pii or PiiDetector(ner_path=registry.path("pii_ner")),
        sentiment=SentimentScorer.load(registry.path("sentiment")),
        urgency=UrgencyScorer.load(registry.path("urgency")),
        privacy=PrivacyScorer.load(registry.path("privacy")),
        route=RouteScorer.load(registry.path("route")),
        danger=DangerScorer.load(registry.path("danger")),
    )


def bank_path(models_root: Path | None = None) -> Path:
    """The promoted paraphrase bank (``replywise train paraphrase_bank``), else the bundled one."""
    return ModelRegistry(models_root).path("paraphrase_bank") / "bank.json"


def build_rephraser(name: str, similarity=None, models_root: Path | None = None):  # noqa: ANN001, ANN201
    """``bank`` (fast, default) or ``smollm2`` (neural, guarded, falls back to the bank)."""
    from model.rephraser import BankRephraser

    bank = BankRephraser(bank_path=bank_path(models_root))
    if name == "smollm2":
        from model.generative import GenerativeRephraser

        return GenerativeRephraser(similarity=similarity, fallback=bank)  # falls back to the promoted bank too
    return bank


def build_recommender(analyzer: PostAnalyzer, retriever, models_root: Path | None = None,  # noqa: ANN001
                      rephraser: str = "bank"):  # noqa: ANN201
    from model.errors import ModelNotLoadedError
    from model.pipeline import ReplyRecommender
    from model.ranker import ResponseRanker

    registry = ModelRegistry(models_root)
    try:
        ranker = ResponseRanker.load(registry.path("ranker"))
    except ModelNotLoadedError:
        ranker = None  # retrieval still works on post similarity alone
    chosen = build_rephraser(rephraser, analyzer.encoder.similarity, models_root)
    # one bank object: a bank rephraser is its own fallback (no second, identical round of variants)
    return ReplyRecommender(analyzer=analyzer, retriever=retriever, ranker=ranker, rephraser=chosen,
                            fallback=getattr(chosen, "fallback", None))
