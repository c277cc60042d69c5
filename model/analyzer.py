"""Scores inbound posts: language, sentiment, urgency, privacy (with PII spans) and route.

Reads top to bottom: detect_language -> encode (one pass, feeds every scorer) and detect_pii in parallel ->
the four scorers. PII detection (spaCy) runs in a worker thread while torch encodes: both release the GIL for
their heavy loops, so the two cores are used at once.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from model.danger import DangerScorer
from model.encoder import Encoded, TextEncoder
from model.errors import InvalidInputError
from model.language import LanguageDetector
from model.pii import PiiDetector
from model.privacy import PrivacyScorer
from model.route import RouteScorer
from model.sentiment import SentimentScorer
from model.types import Analysis, Post
from model.urgency import UrgencyScorer

MAX_TEXT_CHARS = 10_000


class PostAnalyzer:
    def __init__(self, encoder: TextEncoder, language: LanguageDetector, pii: PiiDetector,
                 sentiment: SentimentScorer, urgency: UrgencyScorer, privacy: PrivacyScorer,
                 route: RouteScorer, danger: DangerScorer | None = None) -> None:
        self.encoder = encoder
        self.language = language
        self.pii = pii
        self.sentiment = sentiment
        self.urgency = urgency
        self.privacy = privacy
        self.route = route
        self.danger = danger  # danger told in another language that the rules did not name
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pii")

    def analyze(self, post: Post) -> Analysis:
        return self.analyze_many([post])[0]

    def analyze_many(self, posts: list[Post]) -> list[Analysis]:
        analyses, _ = self.analyze_encoded(posts)
        return analyses

    def analyze_encoded(self, posts: list[Post]) -> tuple[list[Analysis], Encoded]:
        """Analyses plus the encoded batch, so the drafts pipeline reuses the vectors for retrieval."""
        if not posts:
            return [], Encoded(rows={}, vectors={}, size=0)
        texts = [self._validate(p.text) for p in posts]
        languages = self.language.detect_many(texts, [p.language for p in posts])
        pii_future = self._pool.submit(self.pii.detect_many, texts, languages, [p.brand for p in posts])
        encoded = self.encoder.encode_posts(texts, languages, executor=self._pool)  # USE queued after PII
        pii = pii_future.result()

        sentiment_probs = self.sentiment.predict_proba(encoded, texts)
        sentiments = self.sentiment.score(sentiment_probs)
        negative = sentiment_probs[:, self.sentiment.classes.index("negative")]
        positive = sentiment_probs[:, self.sentiment.classes.index("positive")]
        told = self.danger.predict(encoded) if self.danger is not None else None
        urgencies = self.urgency.score(self.urgency.predict_proba(encoded, texts), texts,
                                       [p.channel for p in posts], negative=negative, positive=positive, told=told)
        routes = self.route.score(self.route.predict_proba(encoded, texts), texts, languages,
                                  [s["label"] for s in sentiments])
        privacies = self.privacy.score(self.privacy.predict_proba(encoded, texts), texts, pii,
                                       routes=[r["team"] for r in routes], public=[p.public for p in posts],
                                       sentiments=[x["label"] for x in sentiments], languages=languages)
        analyses = [Analysis(language=lang, sentiment=s, urgency=u, privacy=pr, route=r)
                    for lang, s, u, pr, r in zip(languages, sentiments, urgencies, privacies, routes, strict=True)]
        return analyses, encoded

    @staticmethod
    def _validate(text: object) -> str:
        if not isinstance(text, str) or not text.strip():
            raise InvalidInputError("E201 `text` must be a non-empty string.")
        if len(text) > MAX_TEXT_CHARS:
            raise InvalidInputError(f"E202 `text` is {len(text)} characters; the limit is {MAX_TEXT_CHARS}.")
        return text
