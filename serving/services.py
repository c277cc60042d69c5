"""The components a process needs, built once from Settings and shared by the CLI and the API."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from model.errors import describe
from model.quiet import quiet_libraries
from model.registry import COMPONENTS
from model.samples import load_sample_cases
from model.types import Case, PiiSpan, Post, ThreadMessage
from serving.config import Settings
from serving.schemas import PostIn

log = logging.getLogger("replywise")
MIN_CASE_WORDS = 4  # "ok" or "done!" sent as a reply answers nobody else
CASE_QUALITY = 0.8  # the outcome quality a sent reply needs to become a case other customers' drafts come from
MODEL_HOLDERS = ("pii", "analyzer", "recommender", "auditor")  # the components a reload rebuilds, in build order


class component:  # noqa: N801 (used as a decorator, like functools.cached_property)
    """``cached_property`` whose builds and ``Services.reload`` share one lock: a reload waits for a build in
    flight and then drops it, where a build that finished after the reload had left a stale model loaded."""

    def __init__(self, build: Callable[[Any], Any]) -> None:
        self.build, self.name, self.__doc__ = build, build.__name__, build.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]  # built: no lock on the hot path
        except KeyError:
            pass
        with obj._lock:
            if self.name not in obj.__dict__:
                obj.__dict__[self.name] = self.build(obj)
            return obj.__dict__[self.name]


class Services:
    """Lazy, thread-safe holders; ``reload()`` swaps in newly promoted models without a restart."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()  # re-entrant: the recommender's build builds the analyzer
        self._last_refresh = 0.0
        self._known_cases = -1
        self._last_memory_save = 0.0
        quiet_libraries()
        settings.keep_writes_in_home()
        self._last_model_check = time.monotonic()
        self._known_models = self._promoted()
        self.loaded_models = dict(zip(COMPONENTS, self._known_models, strict=True))  # what /metrics reports
        self.load_error: str | None = None  # why the last reload kept the models it had (/readyz says so)

    @component
    def encoder(self):
        from model.encoder import TextEncoder

        return TextEncoder(threads=self.settings.threads, backend=self.settings.encoder_backend,
                           cache=self.settings.cache or self.settings.cache_dir,
                           cache_size=self.settings.encoder_cache_size)

    @component
    def pii(self):
        from model.pii import PiiDetector
        from model.registry import ModelRegistry

        return PiiDetector(ner_path=ModelRegistry(self.settings.models_dir).path("pii_ner"))

    @component
    def analyzer(self):
        from model.factory import build_analyzer

        return build_analyzer(self.settings.models_dir, encoder=self.encoder, pii=self.pii)

    @component
    def analyze_batcher(self):
        """Concurrent single-post analyze requests are scored together (see serving.batching)."""
        from serving.batching import MicroBatcher

        return MicroBatcher(lambda posts: self.analyzer.analyze_many(posts), name="analyze-batcher")

    @component
    def retriever(self):
        """Bundled sample cases plus the store's, indexed once and persisted under REPLYWISE_HOME/index."""
        from model.retriever import CaseRetriever

        path = self.settings.home / "index"
        source = self._index_source(path)
        retriever = CaseRetriever.load(source, self.encoder)
        before = len(retriever)
        retriever.add(load_sample_cases())
        batch = []
        for case in self.store.iter_cases():
            batch.append(case)
            if len(batch) >= 2000:
                retriever.add(batch)
                batch = []
        retriever.add(batch)
        if len(retriever) != before:
            retriever.save(path)
        return retriever

    def _index_source(self, local: Path) -> Path:
        """The offline-built index (REPLYWISE_INDEX_DIR) when it is newer than this instance's own copy."""
        offline = self.settings.index_dir
        if offline is None or not (offline / "cases.jsonl").exists():
            return local
        mine = local / "cases.jsonl"
        if mine.exists() and mine.stat().st_mtime >= (offline / "cases.jsonl").stat().st_mtime:
            return local
        return offline

    @component
    def recommender(self):
        from model.factory import build_recommender

        return build_recommender(self.analyzer, self.retriever, self.settings.models_dir, self.settings.rephraser)

    @component
    def store(self):
        from serving.store import CaseStore

        self.settings.ensure_home()
        return CaseStore(self.settings.store)

    @component
    def auditor(self):
        from model.audit import ToneAuditor

        retriever = self.retriever
        auditor = ToneAuditor(self.encoder, self.pii, brand_vectors=retriever.brand_reply_vectors,
                              sentiment=self._negative_probability)
        if self._audit_memory.exists():  # the replies of earlier runs: a template repeated daily is seen
            auditor.load_memory(self._audit_memory)
        return auditor

    @property
    def _audit_memory(self) -> Path:
        return self.settings.home / "audit_memory.npz"

    def save_audit_memory(self, every_seconds: float = 0.0) -> None:
        """Persist the audited replies for scriptedness in later runs (the API: at most every ``every_seconds``)."""
        now, auditor = time.monotonic(), self.__dict__.get("auditor")
        if auditor is None or now - self._last_memory_save < every_seconds:  # nothing audited here
            return
        self._last_memory_save = now
        try:
            auditor.save_memory(self._audit_memory)
        except OSError as exc:  # the audit results still go out; only tomorrow's comparison is poorer
            log.warning("could not save the audit memory: %s", exc)

    def _negative_probability(self, texts: list[str]):  # noqa: ANN202
        """P(negative) from the trained sentiment head (multilingual), so the audit knows a complaint."""
        analyzer = self.analyzer
        languages = analyzer.language.detect_many(texts)
        probs = analyzer.sentiment.predict_proba(analyzer.encoder.encode_posts(texts, languages), texts)
        return probs[:, analyzer.sentiment.classes.index("negative")]

    def reload(self) -> str | None:
        """Load the promoted versions of the models this process holds, then swap them in; returns why it failed.

        A version that does not load leaves the models in use serving (logged at ERROR, reported by /readyz):
        dropping them first had turned every later request into a 503."""
        self.save_audit_memory()  # what this worker audited since its last save
        with self._lock:
            self._known_models = self._promoted()
            held = {name: self.__dict__.pop(name) for name in MODEL_HOLDERS if name in self.__dict__}
            try:
                for name in MODEL_HOLDERS[:3]:  # the auditor is rebuilt on its next use from the new PII tagger
                    if name in held:
                        getattr(self, name)
            except Exception as exc:  # any failure (spaCy's RuntimeError too): the models in use keep serving
                for name in MODEL_HOLDERS:
                    self.__dict__.pop(name, None)
                self.__dict__.update(held)
                self.load_error = describe(exc)
                log.error("reload failed, still serving the models loaded before: %s", self.load_error)
                return self.load_error
            self.load_error = None
            self.loaded_models = dict(zip(COMPONENTS, self._known_models, strict=True))
            return None

    def _promoted(self) -> tuple[str | None, ...]:
        from model.registry import ModelRegistry

        registry = ModelRegistry(self.settings.models_dir)
        return tuple(registry.current(name) for name in COMPONENTS)

    def refresh_models(self, every_seconds: float = 5.0) -> None:
        """A promotion or rollback made elsewhere (the CLI, another worker's reload) is loaded here too: with
        `--workers 2` a reload reached one worker, and 5 of 12 answers still came from the old router."""
        now = time.monotonic()
        if now - self._last_model_check < every_seconds:
            return
        self._last_model_check = now
        if self._promoted() != self._known_models:
            log.info("promoted models changed: reloading")
            self.reload()

    def warm_up(self) -> None:
        """Load everything and run one post through, so the first real request is not the slow one."""
        self.recommender.recommend(Post(text="My order arrived damaged, can you help?", id="warm-up"), k=1)

    def refresh_cases(self, every_seconds: float = 30.0) -> None:
        """Other workers or instances may have ingested cases: index the new ones (cheap count check)."""
        now = time.monotonic()
        if now - self._last_refresh < every_seconds:
            return
        self._last_refresh = now
        count = self.store.count_cases()
        if count != self._known_cases:
            self._known_cases = count
            self.retriever.add(list(self.store.iter_cases()))

    def ingest_cases(self, items: list[dict]) -> dict:
        """Validate, redact PII, store durably (committed before we answer), then index."""
        from serving.importers import parse_case_dicts

        cases, rejected = parse_case_dicts(items, redact=self.pii.redact, redact_many=self.pii.redact_many)
        first: dict[str, Case] = {}
        for case in cases:  # an id repeated within the request: the first is the case, as in the store
            first.setdefault(case.id, case)
        result = self.store.add_cases(cases, source="api")
        accepted = set(result.accepted)
        self.retriever.add([c for c in first.values() if c.id in accepted])
        refused = {r.index for r in rejected}
        index = [i for i in range(len(items)) if i not in refused]  # the request index of each parsed case
        return {"accepted": len(result.accepted), "already_present": len(result.present),
                "rejected": len(rejected), "accepted_ids": result.accepted, "present_ids": result.present,
                "rejections": [{"index": r.index, "id": r.id, "reason": r.reason} for r in rejected],
                "conflicts": len(result.conflicts),
                "conflicting": [{"index": index[c.position], "id": c.id, "reason": c.reason}
                                for c in result.conflicts]}

    def draft_for(self, post: Post, k: int, post_id: object) -> dict:
        """The drafts output line; the drafts handed out are remembered (the post redacted by its own PII spans),
        so feedback naming a ``draft_id`` knows the post it answered."""
        from serving.importers import redact_texts

        rec = self.recommender.recommend(post, k=k)
        line = rec.to_dict(post_id)
        spans = [PiiSpan(type=d["type"], start=d["start"], end=d["end"]) for d in rec.analysis.privacy.get("pii", [])]
        redacted = self.pii.redact(post.text, spans=spans)
        try:  # redacted as the sent text will be ("Hi Jane" is "Hi <NAME>" in both): a draft sent as it was is unedited
            texts = [t.strip() for t in redact_texts([d["text"] for d in line["drafts"]], replies=[True] * len(
                line["drafts"]), brands=[post.brand] * len(line["drafts"]), redact=self.pii.redact,
                redact_many=self.pii.redact_many)] if line["drafts"] else []
            self.store.add_served_drafts([{"id": d["draft_id"], "post": redacted, "text": text,
                                           "brand": post.brand or "", "channel": post.channel or "twitter"}
                                          for d, text in zip(line["drafts"], texts, strict=True)])
        except Exception:  # the drafts still go out; only the link for later feedback is lost
            log.exception("could not remember the drafts handed out")
        return line

    def record_feedback(self, body, own_post: bool = True) -> dict:  # noqa: ANN001
        """Store feedback, redacted as imported cases are; a good outcome with its post makes the sent reply a new
        case, dated when the feedback came (the newest case for recency and date splits)."""
        from serving.outcomes import outcome_quality

        quality = outcome_quality(body.outcome)  # a bad outcome is refused before anything is stored
        received = datetime.now(UTC).isoformat()
        served = (self.store.served_draft(body.draft_id) if body.draft_id else None) or {}  # the post it answered
        warnings = _feedback_warnings(body, served)
        brand = body.brand or served.get("brand") or ""
        own = body.post if body.post and own_post else None
        sent, draft, post = self._redact_feedback(body.sent_text, body.draft_text, own, brand)
        draft = draft if body.draft_text else served.get("text")
        post = post if own else served.get("post")
        edited = None if draft is None else draft.strip() != sent.strip()
        similarity = None if draft is None else self.encoder.similarity(draft, sent)
        new = self.store.add_feedback(body.id, sent, body.outcome, case_id=body.case_id, draft_id=body.draft_id,
                                      draft_text=draft, edited=edited, similarity=similarity)
        refusal = _no_case_reason(body, quality, sent, post, own_post) if new else None
        case_added = False
        if new and refusal is None:
            # one case per draft handed out: feedback sent twice on one draft (two ids) is one case
            case = Case(id=f"fb-{body.draft_id}" if served else f"fb-{body.id}", post=post, reply=sent, brand=brand,
                        channel=body.channel or served.get("channel") or "twitter", created_at=received,
                        outcome=body.outcome, quality=quality)
            case_added = bool(self.store.add_cases([case], source="feedback").accepted)
            self.retriever.add([case])
            refusal = None if case_added else f"no case made: a case {case.id!r} is already stored."
        return {"id": body.id, "stored": new, "already_present": not new, "edited": edited,
                "case_added": case_added, "warnings": warnings + ([refusal] if refusal else [])}

    def _redact_feedback(self, sent: str, draft: str | None, post: str | None, brand: str) -> tuple[str, str, str]:
        """The sent reply and draft as a brand's replies, the post as a post: the redaction of ``cases import``
        (a helpline, a colleague's name, a menu item stay), so a feedback case does not outrank its imported twin
        as a broken "call us on <PHONE>"."""
        from serving.importers import redact_texts

        texts = [sent, draft or "", post or ""]
        out = redact_texts(texts, replies=[True, True, False], brands=[brand] * 3, redact=self.pii.redact,
                           redact_many=self.pii.redact_many)
        return out[0].strip(), out[1].strip(), out[2].strip()

    def audit_one(self, conversation: dict) -> dict:
        return self.audit_many([conversation])[0]

    def analyze_rows(self, rows: list[PostIn]) -> list[dict]:
        """Output lines of the analyze contract for validated input rows."""
        analyses = self.analyzer.analyze_many([to_post(r) for r in rows])
        return [{"id": r.id} | a.to_dict() for r, a in zip(rows, analyses, strict=True)]

    def audit_many(self, conversations: list[dict]) -> list[dict]:
        from model.audit import Conversation

        fields = ("id", "post", "reply", "brand", "channel", "public", "post_time", "reply_time", "agent")
        convs = [Conversation(**{k: c.get(k) for k in fields if c.get(k) is not None}) for c in conversations]
        results = [r.to_dict() for r in self.auditor.audit_many(convs)]
        self.save_audit_memory(every_seconds=30.0)
        return results


def _feedback_warnings(body, served: dict) -> list[str]:  # noqa: ANN001
    """What the service could not do with the feedback as sent (it is stored all the same)."""
    from serving.outcomes import DEFAULT_QUALITY, outcome_known

    warnings = []
    if not outcome_known(body.outcome):
        warnings.append(f"outcome {body.outcome!r} is not an outcome word this service knows: it was stored with "
                        f"the default quality {DEFAULT_QUALITY}. Use resolved, thanked, unresolved, escalated, "
                        "csat:N or an object like {\"resolved\": true}.")
    if body.draft_id and not served:
        warnings.append(f"draft_id {body.draft_id!r} was not handed out by this service: "
                        + ("the edit was measured against draft_text." if body.draft_text else
                           "send draft_text to measure the edit."))
    elif not body.draft_id and not body.draft_text:
        warnings.append("no draft_id or draft_text: the feedback is stored, but the edit cannot be measured.")
    return warnings


def _no_case_reason(body, quality: float, sent: str, post: str | None, own_post: bool) -> str | None:  # noqa: ANN001
    """Why new feedback makes no case (None: it makes one), said in the answer rather than left to guess."""
    words = len(sent.split())
    if not post:
        if body.post and not own_post:
            return ("no case made: an agent key cannot add a post of its own as a case; name the draft_id the "
                    "drafts came with.")
        return "no case made: no post to pair the reply with (name the draft_id the drafts came with)."
    if quality < CASE_QUALITY:
        return (f"no case made: outcome {body.outcome!r} has quality {quality:g}, under the {CASE_QUALITY:g} a "
                "case needs (resolved, thanked, csat:5, csat:8/10 or more).")
    if words < MIN_CASE_WORDS:
        return f"the sent reply has {words} word(s): too short to be a past case for other customers."
    return None


def to_post(row: PostIn) -> Post:
    thread = tuple(ThreadMessage(text=m) if isinstance(m, str) else
                   ThreadMessage(text=m.text, role="customer" if m.role == "customer" else "brand")
                   for m in getattr(row, "thread", None) or ())
    return Post(text=row.text, id=row.id or "", channel=row.channel or "twitter", language=row.language,
                author=row.author, brand=row.brand, public=row.public, thread=thread)
