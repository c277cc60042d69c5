"""Default builders: wire the components from the registry (or the bundled artifacts)."""

from __future__ import annotations

from pathlib import Path

from model.analyzer import PostAnalyzer
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
        pii=pii or PiiDetector(),
        sentiment=SentimentScorer.load(registry.path("sentiment")),
        urgency=UrgencyScorer.load(registry.path("urgency")),
        privacy=PrivacyScorer.load(registry.path("privacy")),
        route=RouteScorer.load(registry.path("route")),
    )
