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
from model.ner import NER_DELTA, NER_EXCLUDE, SPACY_MODEL, load_ner_delta, register_lemma_component
from model.pii_context import (
    ENTITIES,
    MENTION,
    NOT_ADDRESS,
    PATTERN_ONLY,
    PLACEHOLDER,
    PLACEHOLDERS,
    VENUE,
    brand_wording,
    given_by_brand,
)
from model.pii_recognizers import (
    AFTER_HANDLE,
    AMOUNT_BEFORE,
    CURRENCY,
    DATE_SHAPE,
    DURATION_SHAPE,
    ID_BEFORE,
    ID_WORD_FIRST,
    INSIDE_TOKEN,
    NAMED_ACCOUNT,
    NAMED_ORDER,
    PHONE_PARAM,
    TRANSPORT_AFTER,
    TRANSPORT_BEFORE,
    custom_recognizers,
    looks_like_phone,
)
from model.pii_spans import (
    BRAND_PLACE_BEFORE,
    FILE_NAME,
    FULL_NAME_LANGUAGES,
    LABEL_AT_END,
    POSTCODE,
    STREET_WORD_RX,
    brand_words,
    complete_addresses,
    complete_names,
    full_name,
    names_a_mentioned_handle,
    past_care_words,
    retyped,
    signed_names,
)
from model.types import PiiSpan


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
        register_lemma_component()
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
        for recognizer in custom_recognizers():
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

    def detect_many(self, texts: list[str], languages: list[str] | None = None,
                    brands: list[str | None] | None = None, replies: list[bool] | None = None) -> list[list[PiiSpan]]:
        """Batch detection: one spaCy pipe over the batch, then Presidio's recognizers per text. ``brands``: the
        brand each text is about, whose name is no person or place ("Zipto Access", "your Zipto account");
        ``replies``: which texts are a brand's replies (default none: posts)."""
        languages = languages or ["en"] * len(texts)
        brands = brands or [None] * len(texts)
        replies = replies or [False] * len(texts)
        analyzer = self.analyzer
        nlp = self._nlp
        out: list[list[PiiSpan]] = []
        for (_, artifacts), lang, brand, reply in zip(nlp.process_batch(texts, "en", batch_size=self.batch_size),
                                                      languages, brands, replies, strict=True):
            text = artifacts.tokens.doc.text
            full_names = not reply and lang in FULL_NAME_LANGUAGES
            entities = ENTITIES if lang == "en" else [*PATTERN_ONLY, "PERSON"] if full_names else PATTERN_ONLY
            results = analyzer.analyze(text=text, language="en", entities=entities, nlp_artifacts=artifacts,
                                       score_threshold=self.score_threshold)
            if lang != "en":  # the English NER invents names and addresses in other languages ...
                results = [r for r in results if (r.recognition_metadata or {}).get("recognizer_name") != "SpacyRecognizer"
                           or full_names and full_name(text, r.start, r.end)]
                results += signed_names(text)  # ... but a letter's signature or "me llamo ..." names the writer
            out.append(self._clean(text, results, brand_words(brand)))
        return out

    @staticmethod
    def _clean(text: str, results: list, brand: frozenset[str] = frozenset()) -> list[PiiSpan]:
        """Drop spans inside existing placeholders and overlaps (keep the higher score, then the longer), spans
        their context retypes or rules out (``retyped``) and the brand's own addresses."""
        masked = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
        spans = sorted(results, key=lambda r: (-r.score, -(r.end - r.start)))
        kept: list[PiiSpan] = []
        continental: set[tuple[int, int]] = set()  # kept addresses the continental pattern found
        handles = [h.lower() for h in MENTION.findall(text)]
        links = [(m.start(), m.end()) for m in guards.URL.finditer(text)]
        for r in spans:
            if any(s <= r.start and r.end <= e for s, e in masked):
                continue
            in_link = any(s < r.end and r.start < e for s, e in links)
            if text[r.start:r.end].startswith("@") or text[r.start - 1:r.start] == "@":
                continue  # a handle (also an anonymised one, "@115873") is public identity, not PII to redact
            if r.entity_type in ("PERSON", "LOCATION") and (
                    names_a_mentioned_handle(text[r.start:r.end], handles)
                    or guards.handle_key(re.sub(r"['’]s$", "", text[r.start:r.end].split()[0])) in brand):
                continue  # "Spotify" in a post to @SpotifyCares is the brand (or the author), not a third party
            if r.entity_type in ("PERSON", "LOCATION") and in_link:
                continue  # "https://harborline.example/help/flood" is the brand's page, not a place
            if r.entity_type == "LOCATION" and AFTER_HANDLE.search(text, max(0, r.start - 32), r.start):
                continue  # "a new PB at @kettlehouse Brixton": the brand's own branch, not where the customer lives
            if r.entity_type in ("PERSON", "LOCATION") and ID_BEFORE.search(text, max(0, r.start - 16), r.start):
                continue  # "KQ" of "NS-88213-KQ": the end of a reference, which the id recognizer reads whole
            if r.entity_type in ("PERSON", "LOCATION"):  # "Sorry Derek, let's ...": the name is "Derek" (masked
                r.start = past_care_words(text, r.start, r.end)  # whole, a reply lost its "Sorry" at import)
            kind = retyped(text, r.start, r.end, r.entity_type)
            if kind is None:
                continue
            if r.entity_type == "STREET_ADDRESS" and (NOT_ADDRESS.search(text[r.start:r.end]) or (VENUE.match(
                    text, r.start, r.end) and not STREET_WORD_RX.search(text, r.start, r.end)) or (
                    not any(c.isalpha() for c in text[r.start:r.end]) and looks_like_phone(text[r.start:r.end]))):
                continue  # the NER also reads a bare phone number as an address: the phone recognizer has it
            if r.entity_type == "STREET_ADDRESS" and (ID_WORD_FIRST.match(text, r.start) or (
                    not any(c.isalpha() for c in text[r.start:r.end])
                    and any(named.search(text, max(0, r.start - 40), r.start)
                            for named in (NAMED_ORDER, NAMED_ACCOUNT)))):
                continue  # "Order 55512987", "numéro client 87654321": the id recognizers report the number
            if r.entity_type == "PHONE_NUMBER" and (INSIDE_TOKEN.search(text, max(0, r.start - 2), r.start) or (
                    in_link and not PHONE_PARAM.search(text, max(0, r.start - 12), r.start))):
                continue  # the digits of "JD014600009876543", "INV-20240331-0091" or a tracking link: an id
                # ("?phone=07700900123" in a link is the customer's phone)
            if r.entity_type == "ORDER_ID" and DATE_SHAPE.fullmatch(text[r.start:r.end]):
                continue  # "arrived on 20-11-26" near the word "order" is a date
            if r.entity_type in ("ORDER_ID", "ACCOUNT_ID", "US_DRIVER_LICENSE") and (
                    DURATION_SHAPE.fullmatch(text[r.start:r.end])
                    or AMOUNT_BEFORE.search(text, max(0, r.start - 16), r.start)
                    or TRANSPORT_BEFORE.search(text, max(0, r.start - 20), r.start)
                    or TRANSPORT_AFTER.match(text, r.end)):
                continue  # "placed 1h20 ago", "£3,480", "flight SB430", "the N29 bus": no personal data
            if r.entity_type == "ORDER_ID" and any(m.start() <= r.start and r.end <= m.end()
                                                   for m in POSTCODE.finditer(text, max(0, r.start - 8), r.end + 8)):
                continue  # "BS1" of "Bristol BS1 4DJ": a postcode, which the address completion takes in
            around = text[max(0, r.start - 2):r.start].strip()[-1:] + text[r.end:r.end + 2].strip()[:1]
            if r.entity_type in ("ORDER_ID", "ACCOUNT_ID") and around and set(around) & CURRENCY:
                continue  # "refund the $450", "450€" is an amount
            overlapping = [k for k in kept if not (r.end <= k.start or r.start >= k.end)]
            recognizer = (r.recognition_metadata or {}).get("recognizer_name", "")
            by_pattern = recognizer.endswith("StreetAddressRecognizer")
            # a continental street takes in the name or town the NER reads on its own ("Piazza Garibaldi 3",
            # "Bergstraße 12, 10115 Berlin" gave a PERSON), and the NER's longer reading widens it ("the corner of
            # Via Nuova del Campo 85 and Baranyay Mill", "Rua Cyro Schmutzer Franco 1213\nGRASSE, PA 39551")
            is_continental = recognizer == "EuropeanStreetAddressRecognizer"
            absorbed = ("PERSON", "LOCATION") if is_continental else ()
            widens = r.entity_type == "STREET_ADDRESS" and all((k.start, k.end) in continental for k in overlapping)
            if overlapping and (widens or (by_pattern and all(k.type == "STREET_ADDRESS" or (
                    k.type in absorbed and r.start <= k.start and k.end <= r.end) for k in overlapping))):
                # the NER's "12008" and the street pattern's "12008 blue ridge blvd": one address, both readings
                # (a pattern widens the NER's; the NER's long guesses, which run on into "..., Thanks for nothing",
                # widen only a continental one)
                start, end = min(r.start, *(k.start for k in overlapping)), max(r.end, *(k.end for k in overlapping))
                kept = [k for k in kept if k not in overlapping]
                kept.append(PiiSpan(type="STREET_ADDRESS", start=start, end=end,
                                    score=round(max(float(r.score), *(k.score for k in overlapping)), 3)))
                if is_continental or widens:
                    continental.add((start, end))
                continue
            if overlapping and r.entity_type == "STREET_ADDRESS" and all(k.start > r.start for k in overlapping):
                # the NER's address ran on into the phone after it ("14 Larch Road, Leeds LS6 2QT, phone 07700
                # 900814", read31): the address up to it, when a street is still in it
                end = r.start + len(LABEL_AT_END.sub("", text[r.start:min(k.start for k in overlapping)]))
                if STREET_WORD_RX.search(text, r.start, end) and any(c.isdigit() for c in text[r.start:end]):
                    kept.append(PiiSpan(type=kind, start=r.start, end=end, score=round(float(r.score), 3)))
                continue
            if overlapping:
                continue
            kept.append(PiiSpan(type=kind, start=r.start, end=r.end, score=round(float(r.score), 3)))
            if is_continental:
                continental.add((r.start, r.end))
        # an address Presidio's recognizer turns down for its domain ("dana.whitlock@mailbox.example", read33: a
        # suffix not on the public list): an e-mail all the same
        for m in guards.EMAIL.finditer(text):
            if (not any(k.start < m.end() and m.start() < k.end for k in kept) and text[m.start() - 1:m.start()] != "@"
                    and not FILE_NAME.search(m.group())):  # "logo@2x.png" is an image
                kept.append(PiiSpan(type="EMAIL_ADDRESS", start=m.start(), end=m.end(), score=0.9))
        spans = [s for s in complete_addresses(text, sorted(kept, key=lambda s: s.start)) if not (
            s.type == "STREET_ADDRESS" and BRAND_PLACE_BEFORE.search(text, max(0, s.start - 80), s.start))]
        return complete_names(text, spans)

    def redact(self, text: str, language: str = "en", spans: list[PiiSpan] | None = None) -> str:
        spans = self.detect(text, language) if spans is None else spans
        for s in sorted(spans, key=lambda s: s.start, reverse=True):
            text = text[: s.start] + PLACEHOLDERS.get(s.type, "<PII>") + text[s.end:]
        return text

    def redact_many(self, texts: list[str], languages: list[str] | None = None,
                    replies: list[bool] | None = None, brands: list[str | None] | None = None) -> list[str]:
        """``replies``: which texts are a brand's replies, whose own lines, shops and mailboxes stay (a stored
        "call us on <PHONE>" became a draft telling a customer who smelled gas to call "<PHONE>")."""
        replies = replies or [False] * len(texts)
        out = []
        for text, spans, reply in zip(texts, self.detect_many(texts, languages, brands, replies), replies, strict=True):
            if reply:
                spans = [s for s in spans if not given_by_brand(text, s.start, s.type) and not brand_wording(text, s)]
            else:  # a lone town or country a customer names is nobody's data ("Do you deliver to Mallorca?"), and
                # a stored question without it answers nothing; an address is a STREET_ADDRESS
                spans = [s for s in spans if s.type != "LOCATION"]
            out.append(self.redact(text, spans=spans))
        return out
