"""Tone audit of a customer-care reply, for QA teams.

Each check follows the practice in PRACTICE.md and returns a score in [0, 1] (1 = good, except
``scriptedness`` and ``runaround`` where 1 = bad), a short reason and the reply spans that drove it:

- empathy: a complaint gets its feeling acknowledged; a dismissive reply ("calm down", "not our problem") fails;
- scriptedness: how close the reply is to the brand's other replies (its recent cases, the replies audited
  before it, the rest of the batch) and how much of it is made of known canned sentences (model/canned.py);
- tone match: register of the reply against the customer's (a cheerful emoji reply to a furious customer,
  a stiff formal reply to a light one, shouting);
- privacy: a public reply that repeats the customer's e-mail, phone, card or address, or that shows a card
  number or IBAN, fails; asking for card data or a password fails in public and is flagged in private;
- runaround: sent to another department, number or website without help;
- next step: the customer knows what happens now (we act, you act, a DM to continue, a link, a time);
- timeliness: the reply time against the channel's deadline for this post (model/urgency/scorer.py);
- length: within the channel's limit, and not a one-liner brushing off a complaint.

The checks are rules and embeddings, not a trained judge: every flag can be explained to the agent.
The words they look for are in ``model.audit_patterns``; what they read a post and a reply for (a complaint,
a hazard, a fix done, the steps given) in ``model.audit_rules``.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import re
import threading
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC
from pathlib import Path

import numpy as np

from model import guards
from model import reply_moves as moves
from model.audit_patterns import (
    _ACCOUNT_BEFORE,
    _ADVICE,
    _ASKS,
    _DESCRIBES,
    _DIRECT_LINE,
    _FREE_MAIL,
    _HAPPENS,
    _IN_DAYS,
    _INSTRUCTION,
    _LAST_DIGITS,
    _MOCKING,
    _NEGATED_INSIDE,
    _NO_ANSWER,
    _NOW,
    _NOW_OR_NEVER,
    _PRAISE_POST,
    _QUESTION,
    _SENTENCE,
    _SHOWN_AS,
    _SORRY_FOR_TROUBLE,
    _THANKS_FIRST,
    _TIME_PROMISE,
    _WE_ACT_ABROAD,
    _WRITE_IN,
    CARD_TAIL,
    CHEERFUL,
    CHEERFUL_EMOJI,
    CONCERN,
    DISMISSIVE,
    FEELING,
    FRAUD_STEPS,
    NEGATED,
    PERSONAL_ASK_PUBLIC,
    PRAISE_THANKS,
    RUNAROUND,
    SAFETY_STEPS,
    SECRET_ASK,
    SECRET_SHOWN,
    STIFF,
    VAGUE,
)
from model.audit_rules import (
    _acts,
    _brand_mailbox,
    _digits,
    _fixed,
    _gives_steps,
    _hazard,
    _missing_first_words,
    _only_asks_private,
    _other_language,
    _said_beyond,
    _spans,
    _words,
    is_complaint,
)
from model.canned import canned_matcher
from model.encoder import EN, TextEncoder
from model.pii import PiiDetector
from model.pii_context import MOBILE, YOURS_BEFORE, given_by_brand
from model.privacy import general_question
from model.register import ALREADY_PRIVATE, register_features
from model.retriever import clean_for_encoding
from model.sentiment import vader_scores
from model.times import parse_time, time_problem
from model.types import PRIVATE_CHANNELS, is_direct, normalise_channel
from model.urgency import REASON_FLOOR, find_reasons, names_takeover, reply_deadline

log = logging.getLogger(__name__)
CHECKS = ("empathy", "scriptedness", "tone_match", "privacy", "runaround", "next_step", "timeliness", "length")
BAD_HIGH = frozenset({"scriptedness", "runaround"})  # 1 = bad for these two
# Below (or, for BAD_HIGH, above) these a check becomes an issue that sends the reply to review.
REVIEW_AT = {"empathy": 0.5, "scriptedness": 0.6, "tone_match": 0.5, "privacy": 0.5, "runaround": 0.5,
             "next_step": 0.5, "timeliness": 0.5, "length": 0.5}
LATE_ZERO_FACTOR = 8  # timeliness reaches 0 at this many times the deadline (or a day)
SAME_TEXT = 0.97  # a reply this close to one the brand sent before is the same text pasted again
LATE_FAIL_MINUTES = 72 * 60  # a public complaint left three days is a failure whatever the reply says
SCRIPTED_FROM, SCRIPTED_TO = 0.80, 0.95  # brand cosine mapped linearly to scriptedness 0 -> 1
CANNED_MATCH = 0.72  # char n-gram cosine of a reply sentence to a canned phrase
ECHO_TYPES = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "STREET_ADDRESS",
                        "ACCOUNT_ID", "ORDER_ID", "US_BANK_NUMBER", "US_PASSPORT", "PASSPORT", "US_DRIVER_LICENSE", "IP_ADDRESS"})
ALWAYS_FAIL_TYPES = frozenset({"CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_BANK_NUMBER"})


@dataclass
class Conversation:
    """One customer post and the reply a brand sent to it (times in ISO 8601)."""

    id: str
    post: str
    reply: str
    brand: str | None = None
    channel: str = "twitter"
    public: bool = True  # the contract's default, whatever the channel: a chat is audited as private when it says so
    post_time: str | None = None
    reply_time: str | None = None
    agent: str | None = None


@dataclass
class Issue:
    check: str
    reason: str
    spans: list[list[int]] = field(default_factory=list)
    severity: str = "review"  # "review" or "fail"


@dataclass
class AuditResult:
    id: str
    verdict: str
    scores: dict[str, float]
    issues: list[Issue]
    complaint: bool = False
    response_minutes: float | None = None
    deadline_minutes: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Check:
    score: float
    issue: Issue | None = None
    always: bool = False  # report the issue whatever the score (inconsistent data)


def _unreadable_times(conv: Conversation) -> list[str]:
    """``post_time '2026-02-29T10:00:00Z' is no real date or time (day is out of range for month)``, per field."""
    return [f"{name} {value!r} {time_problem(value)}" for name in ("post_time", "reply_time")
            if (value := getattr(conv, name)) and parse_time(value) is None]


def _memory_key(brand: str) -> str:
    return re.sub(r"[^a-z0-9]", "", brand.lower())


def _epoch(value: str | None) -> float:
    """Seconds of a reply time, NaN when there is none (then every remembered reply counts as earlier)."""
    when = parse_time(value) if value else None
    return when.timestamp() if when is not None else float("nan")


def _wrong_language(why: str, reply: str) -> _Check:
    asked = _spans(_WRITE_IN, reply)
    if asked:  # no answer at all, and the customer told to come back in another language
        return _Check(0.0, Issue("tone_match", why + " It asks the customer to write in another language instead of "
                                 "answering.", asked, "fail"))
    return _Check(0.3, Issue("tone_match", why))


class ToneAuditor:
    """Audits replies in batches: one encoder pass for the replies, one PII pass, rules for the rest.

    Args:
        brand_vectors: ``brand -> (n, 384)`` vectors of the brand's recent replies in the case store (optional).
        sentiment: ``posts -> P(negative)`` from the trained sentiment head (optional; VADER otherwise), used to
            decide which posts are complaints.
        memory: how many audited replies per brand to remember for scriptedness across calls.
    """

    def __init__(self, encoder: TextEncoder, pii_detector: PiiDetector | None = None,
                 brand_vectors: Callable[[str | None], np.ndarray] | None = None,
                 sentiment: Callable[[list[str]], np.ndarray] | None = None, memory: int = 2000) -> None:
        self.encoder = encoder
        self.pii = pii_detector
        self.brand_vectors = brand_vectors
        self.sentiment = sentiment
        self._seen: dict[str, deque[tuple[str, np.ndarray, float]]] = defaultdict(lambda: deque(maxlen=memory))
        self._lock = threading.Lock()

    # ------------------------------------------------------------------------------------------------ batch
    def audit(self, conversation: Conversation) -> AuditResult:
        return self.audit_many([conversation])[0]

    def audit_many(self, conversations: Sequence[Conversation]) -> list[AuditResult]:
        if not conversations:
            return []
        posts = [c.post for c in conversations]
        replies = [c.reply for c in conversations]
        negative = self._negative(posts)
        # compared as the retriever stores the brand's replies: without @handles, links and sign-offs, which
        # otherwise dominate a short reply's vector (the same template to two customers scored cos 0.80)
        reply_vecs = self.encoder.encode([clean_for_encoding(r) for r in replies], EN)
        brand_sims = self._brand_similarity(conversations, reply_vecs)
        canned = self._canned_spans(replies)
        pii = self._reply_pii(replies)
        results = []
        for i, conv in enumerate(conversations):
            channel = normalise_channel(conv.channel)
            complaint = is_complaint(conv.post, float(negative[i]))
            minutes, deadline = self._response_minutes(conv, channel, complaint, negative[i])
            hazard = _hazard(conv.post)
            checks = {
                "empathy": self._empathy(conv.reply, complaint, canned[i], hazard),
                "scriptedness": self._scriptedness(conv.reply, brand_sims[i], canned[i], standing=bool(
                    general_question(conv.post) or _gives_steps(conv.reply, hazard))),
                "tone_match": self._tone_match(conv.post, conv.reply, complaint, hazard)
                if not (other := _other_language(conv.post, conv.reply)) else _wrong_language(other, conv.reply),
                "privacy": self._privacy(conv, pii[i]),
                "runaround": self._runaround(conv.post, conv.reply, hazard, public=conv.public and channel not in
                                             PRIVATE_CHANNELS and not is_direct(conv.channel)),
                "next_step": self._next_step(conv.post, conv.reply, complaint, negative[i], hazard),
                "timeliness": self._timeliness(minutes, deadline, channel, conv.public, _unreadable_times(conv)),
                "length": self._length(conv.reply, channel, complaint),
            }
            pressing = bool({"safety", "fraud"} & set(find_reasons(conv.post)))
            results.append(self._verdict(conv.id, checks, complaint, minutes, deadline, pressing))
        return results

    # ----------------------------------------------------------------------------------------- the signals
    def _negative(self, posts: list[str]) -> np.ndarray:
        if self.sentiment is not None:
            return np.asarray(self.sentiment(posts), dtype=np.float32)
        compound = vader_scores(posts)[:, -1]
        return np.clip(-compound * 1.5, 0.0, 1.0).astype(np.float32)

    def _brand_similarity(self, conversations: Sequence[Conversation], vecs: np.ndarray) -> list[float]:
        """Highest cosine of each reply to another reply of its brand: store, earlier audits, this batch."""
        keys = [(c.brand or "").strip().lower() for c in conversations]
        # remembered by the brand's letters ("Hartley's" = "hartleys"), the conversation's id and reply (a reused id
        # with another reply is another conversation) and its reply time (a reply is compared with earlier ones only)
        marks = [f"{c.id}\0{hashlib.sha256(c.reply.encode()).hexdigest()[:12]}" for c in conversations]
        times = np.array([_epoch(c.reply_time) for c in conversations], dtype=np.float64)
        best = np.zeros(len(conversations), dtype=np.float32)
        groups: dict[str, list[int]] = defaultdict(list)
        for i, key in enumerate(keys):
            groups[key].append(i)
        with self._lock:
            for key, rows in groups.items():
                idx = np.array(rows)
                own = vecs[idx]
                pools = []
                if key and self.brand_vectors is not None:
                    stored = self.brand_vectors(key)
                    if len(stored):
                        pools.append(stored.astype(np.float32))
                memory = _memory_key(key)
                seen = list(self._seen[memory])
                batch_ids = {marks[i] for i in rows}
                earlier = [(v, t) for cid, v, t in seen if cid not in batch_ids]
                for pool in pools:
                    best[idx] = np.maximum(best[idx], (own @ pool.T).max(axis=1))
                if earlier:
                    sims = own @ np.stack([v for v, _ in earlier]).T
                    then = np.array([t for _, t in earlier], dtype=np.float64)
                    later = then[None, :] > times[idx][:, None]  # NaN (no time) compares False: kept
                    sims[later] = -1.0
                    best[idx] = np.maximum(best[idx], sims.max(axis=1))
                if len(rows) > 1:
                    within = own @ own.T
                    np.fill_diagonal(within, -1.0)
                    best[idx] = np.maximum(best[idx], within.max(axis=1))
                if any(cid in batch_ids for cid, _, _ in seen):  # audited again: replaced, not remembered twice
                    self._seen[memory] = deque(((cid, v, t) for cid, v, t in seen if cid not in batch_ids),
                                               maxlen=self._seen[memory].maxlen)
                for i in rows:
                    self._seen[memory].append((marks[i], vecs[i], float(times[i])))
        return [float(b) for b in best]

    def save_memory(self, path: Path) -> None:
        """The replies audited so far, per brand (float16), so tomorrow's run sees today's template."""
        if path.exists():  # another worker's or run's replies since we read the file: merged, not overwritten
            self.load_memory(path)
        with self._lock:
            items = [(brand, cid, v, t) for brand, seen in self._seen.items() for cid, v, t in seen]
        path.parent.mkdir(parents=True, exist_ok=True)
        # one temporary file per process and thread: two saves at once had left a corrupt file
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp.npz")
        np.savez_compressed(tmp, brands=np.array([b for b, *_ in items], dtype=str),
                            ids=np.array([str(c) for _, c, _, _ in items], dtype=str),
                            times=np.array([t for *_, t in items], dtype=np.float64),
                            vecs=np.stack([v for _, _, v, _ in items]).astype(np.float16) if items
                            else np.zeros((0, 384), dtype=np.float16))
        tmp.replace(path)

    def load_memory(self, path: Path) -> None:
        """Replies remembered by ``save_memory``; an unreadable file is skipped (scriptedness starts afresh)."""
        try:
            with np.load(path) as data:
                brands, ids, vecs = data["brands"], data["ids"], data["vecs"].astype(np.float32)
                times = data["times"] if "times" in data else np.full(len(ids), np.nan)
        except Exception as exc:  # noqa: BLE001 (a truncated or corrupt file must not stop every audit)
            log.warning("audit memory %s not read (%s): scriptedness starts from this run", path, exc)
            return
        with self._lock:
            known = {(brand, cid) for brand, seen in self._seen.items() for cid, _, _ in seen}
            for brand, cid, vec, t in zip(brands.tolist(), ids.tolist(), vecs, times.tolist(), strict=True):
                if (_memory_key(brand), cid) not in known:
                    self._seen[_memory_key(brand)].append((cid, vec, t))

    def _canned_spans(self, replies: list[str]) -> list[list[list[int]]]:
        """Spans of reply sentences that are (near) word for word a known canned phrase."""
        sentences = [(i, m.start(), m.end(), m.group(0)) for i, r in enumerate(replies) for m in _SENTENCE.finditer(r)
                     if len(m.group(0).strip()) >= 8]
        out: list[list[list[int]]] = [[] for _ in replies]
        if not sentences:
            return out
        sims = canned_matcher().similarity([s[3] for s in sentences])
        for (i, start, end, text), sim in zip(sentences, sims, strict=True):
            if sim >= CANNED_MATCH:
                lead = len(text) - len(text.lstrip())
                out[i].append([start + lead, end])
        return out

    def _reply_pii(self, replies: list[str]) -> list[list[tuple[str, int, int]]]:
        found = [list(guards.find_pii(r)) for r in replies]
        if self.pii is not None:
            for spans, detected in zip(found, self.pii.detect_many(replies), strict=True):
                spans += [(s.type, s.start, s.end) for s in detected if s.type in ECHO_TYPES]
        return found

    # ------------------------------------------------------------------------------------------- the checks
    @staticmethod
    def _empathy(reply: str, complaint: bool, canned: list[list[int]], hazard: str = "") -> _Check:
        rude = _spans(DISMISSIVE, reply)
        if rude:
            return _Check(0.0, Issue("empathy", "Dismissive wording blames or brushes off the customer.", rude, "fail"))
        if complaint and _words(reply) <= 1:  # "@ines_rr Ok."
            return _Check(0.0, Issue("empathy", "A one-word answer to a complaint brushes the customer off.",
                                     [[0, len(reply)]], "fail"))
        if (hazard == "danger" and SAFETY_STEPS.search(reply)) or (hazard == "fraud" and FRAUD_STEPS.search(reply)):
            return _Check(1.0)  # "get everyone out and call the emergency line", "block the card now": care, in deeds
        if hazard == "hurt" and SAFETY_STEPS.search(reply) and moves.EMPATHY.search(reply):
            return _Check(1.0)  # "Sorry, that sounds really stressful. First turn off the water at the stopcock ..."
        if hazard == "hurt" and not CONCERN.search(reply):
            thanked = _THANKS_FIRST.match(reply)  # "Thanks for reaching out! Please fill in the feedback form."
            return _Check(0.0 if thanked else 0.2,
                          Issue("empathy", "Someone was hurt or at risk and was thanked, with no word for them."
                                if thanked else "Someone was hurt or at risk: ask after them, not only the problem.",
                                [[thanked.start(), thanked.end()]] if thanked else [], "fail" if thanked else "review"))
        # concern for someone hurt is how the customer feels acknowledged ("That must have been frightening")
        feeling = sorted(_spans(moves.EMPATHY, reply) + _spans(FEELING, reply)
                         + (_spans(CONCERN, reply) if hazard == "hurt" else []))
        heard = _spans(moves.ACKNOWLEDGEMENT, reply)
        if not complaint:
            return _Check(1.0 if feeling or heard or moves.THANKS.search(reply) else 0.8)
        own = [f for f in feeling if not any(s <= f[0] and f[1] <= e for s, e in canned)]
        if own:
            return _Check(1.0)
        if heard:
            return _Check(0.6)
        if _fixed(reply) and (moves.THANKS.search(reply) or re.search(r"\bthank", reply, re.I)):
            return _Check(0.8)  # a report answered with thanks and the fix itself
        if feeling and _acts(reply):
            return _Check(0.5)  # a stock apology, then something done for this customer
        if feeling:
            return _Check(0.4, Issue("empathy", "The only apology is a stock phrase; say what went wrong for this "
                                     "customer.", feeling))
        return _Check(0.1, Issue("empathy", "A complaint, and the reply never acknowledges how the customer feels."))

    @staticmethod
    def _scriptedness(reply: str, brand_sim: float, canned: list[list[int]], standing: bool = False) -> _Check:
        """``standing``: the post asks a general question or reports a fraud or a hazard, whose answer (the exit
        fee, "block the card and call us now") is meant to be the same for everyone: close to the brand's own
        replies is scored, not flagged; stock phrasing and the same text pasted again (``SAME_TEXT``) still are."""
        from_brand = float(np.clip((brand_sim - SCRIPTED_FROM) / (SCRIPTED_TO - SCRIPTED_FROM), 0.0, 1.0))
        body = len(reply.strip()) or 1
        coverage = min(1.0, sum(e - s for s, e in canned) / body)
        score = round(max(from_brand, coverage), 4)
        if score < REVIEW_AT["scriptedness"] or (standing and coverage < REVIEW_AT["scriptedness"]
                                                 and brand_sim < SAME_TEXT):
            return _Check(score)
        if from_brand >= coverage:
            reason = f"Nearly the same as another reply of this brand (cosine {brand_sim:.2f}): reads as a template."
            return _Check(score, Issue("scriptedness", reason, [[0, len(reply)]]))
        return _Check(score, Issue("scriptedness", f"{coverage:.0%} of the reply is stock phrasing.", canned))

    @staticmethod
    def _tone_match(post: str, reply: str, complaint: bool, hazard: str = "") -> _Check:
        praised = _spans(PRAISE_THANKS, reply)
        if complaint and praised:
            return _Check(0.0, Issue("tone_match", "Thanks the customer as if for praise, but the post is a complaint "
                                     "(sarcasm read as praise?).", praised, "fail"))
        sorry = _spans(_SORRY_FOR_TROUBLE, reply)
        if not complaint and not hazard and sorry and _PRAISE_POST.search(post):
            return _Check(0.0, Issue("tone_match", "Apologises to a customer who praised: the post was read as a "
                                     "complaint.", sorry, "fail"))
        mocking = _spans(_MOCKING, reply)  # "Have you tried turning it off and on again? 🙄" to "crashed AGAIN"
        if complaint and mocking:
            return _Check(0.0, Issue("tone_match", "Mocks an unhappy customer (an eye-roll, a shrug).", mocking, "fail"))
        p, r = register_features(post), register_features(reply)
        upset = complaint and (p["strong_words"] or p["shouting"] >= 2 or p["repeated_marks"] or p["exclamations"] >= 2)
        # "Dear Customer, we acknowledge receipt of your correspondence" to "bro signal is DEAD 💀": a form letter to
        # someone who wrote casually, complaint or not
        casual = bool(p["emoji"] or p["slang"] or p["lowercase"])
        if r["shouting"] >= 2:
            caps = [[m.start(), m.end()] for m in re.finditer(r"\b[A-Z]{4,}\b", reply)]
            return _Check(0.3, Issue("tone_match", "The reply shouts (words in capitals).", caps))
        cheer = _spans(CHEERFUL, reply) + _spans(CHEERFUL_EMOJI, reply)
        if hazard and (cheer or r["exclamations"] >= 2) and not SAFETY_STEPS.search(reply):
            return _Check(0.0, Issue("tone_match", "A cheerful tone to someone hurt, in danger or robbed.", cheer,
                                     "fail"))
        if complaint and (cheer or r["exclamations"] >= 3) and not (_fixed(reply) and not upset):
            score = 0.2 if upset else 0.4
            return _Check(score, Issue("tone_match", "Cheerful tone (emoji, exclamations) against an unhappy customer.",
                                       cheer))
        stiff = _spans(STIFF, reply)
        if casual and stiff:
            return _Check(0.45, Issue("tone_match", "Stiff, formal wording to a customer who wrote casually.", stiff))
        if not (p["emoji"] or p["slang"]) and (r["slang"] >= 2 or r["emoji"] >= 3):
            return _Check(0.6)
        return _Check(1.0)

    @staticmethod
    def _privacy(conv: Conversation, spans: list[tuple[str, int, int]]) -> _Check:  # noqa: PLR0911
        reply = conv.reply
        secret = [[m.start(), m.end()] for m in SECRET_ASK.finditer(reply) if not NEGATED.search(reply[:m.start()])
                  and not _NEGATED_INSIDE.search(m.group())
                  and not _LAST_DIGITS.search(reply[max(0, m.start() - 5):m.end()])]
        shown_secret = [[m.start(), m.end()] for m in SECRET_SHOWN.finditer(reply)
                        if not _DESCRIBES.match(reply, m.end())]  # "your PIN is 4 digits long" shows nothing
        if shown_secret:
            return _Check(0.0, Issue("privacy", "Shows a password or code; send it through a secure channel only.",
                                     shown_secret, "fail"))
        if secret:  # in a DM too: card data and passwords are taken by phone or a secure form, never in chat
            where = "" if conv.public else " even in a private message;"
            return _Check(0.0, Issue("privacy", f"Asks for card data or a password;{where} payments by phone.",
                                     secret, "fail"))
        if not conv.public:
            return _Check(1.0)
        post_lower, post_digits = conv.post.lower(), _digits(conv.post)
        brand = re.sub(r"[^a-z0-9]", "", (conv.brand or "").lower())
        echoed, shown, personal, ids = [], [], [], []
        for kind, start, end in sorted(set(spans), key=lambda s: s[1]):
            value = reply[start:end]
            digits = _digits(value)
            before = reply[max(0, start - 40):start]
            if kind == "ORDER_ID":
                ids.append([start, end])  # a reference, not personal data: flagged for review, echoed or not
            elif (kind in ("PHONE_NUMBER", "STREET_ADDRESS") and given_by_brand(reply, start, kind)) or (
                    kind == "EMAIL_ADDRESS" and _brand_mailbox(value, brand)):
                continue  # the brand's own line, shop or mailbox, even when the customer quoted it first
            elif (len(digits) >= 6 and digits in post_digits) or (len(value.strip()) >= 5 and value.lower() in post_lower):
                echoed.append([start, end])
            elif kind in ALWAYS_FAIL_TYPES:
                shown.append((kind, [start, end]))
            elif kind == "EMAIL_ADDRESS" and _FREE_MAIL.search(value):
                shown.append((kind, [start, end]))  # a gmail or hotmail address is a person's, shown to everyone
            elif kind == "EMAIL_ADDRESS":
                personal.append([start, end])  # not a team mailbox nor the brand's own domain
            elif kind in ("PHONE_NUMBER", "STREET_ADDRESS"):
                if YOURS_BEFORE.search(before) or kind == "STREET_ADDRESS" or MOBILE.match(value):
                    shown.append((kind, [start, end]))  # a mobile is a person's, whoever's it is
                else:
                    personal.append([start, end])  # a landline no cue calls the brand's: worth a look
            elif kind == "ACCOUNT_ID" and len(digits) >= 6 and _ACCOUNT_BEFORE.search(before):
                shown.append((kind, [start, end]))  # "we can see the cancellation on account 44019283"
            elif kind == "ACCOUNT_ID":
                ids.append([start, end])
        if echoed:
            return _Check(0.0, Issue("privacy", "Repeats the customer's personal data in a public reply.", echoed,
                                     "fail"))
        if shown:
            what = sorted({_SHOWN_AS.get(kind, "a card or bank number") for kind, _ in shown})
            return _Check(0.0, Issue("privacy", f"Shows {' and '.join(what)} in a public reply.",
                                     [span for _, span in shown], "fail"))
        public_ask = [[m.start(), m.end()] for m in PERSONAL_ASK_PUBLIC.finditer(reply)
                      if not moves.PRIVATE.search(reply[max(0, m.start() - 40):m.end() + 40])]
        if public_ask:
            return _Check(0.1, Issue("privacy", "Asks for personal data in the public thread; move to DM first.",
                                     public_ask, "fail"))
        if personal:
            return _Check(0.3, Issue("privacy", "A personal e-mail address or phone number in a public reply?",
                                     personal))
        tails = _spans(CARD_TAIL, reply)
        if ids or tails:
            return _Check(0.4, Issue("privacy", "An order, account or card reference in public: keep it to the DM.",
                                     ids + tails))
        return _Check(1.0)

    @staticmethod
    def _runaround(post: str, reply: str, hazard: str = "", public: bool = True) -> _Check:
        """Sent elsewhere (another department, another number, "try later", "wait for an answer") or asked to DM
        again after the customer already did, or sent to a DM for a general question (answered in public, where
        the next customer sees it). A direct number or address softens it; help given here ("we'll send a
        replacement") makes it a handover, not the runaround."""
        if public and general_question(post) and _only_asks_private(reply):
            bare = _words(reply) < 5  # "Please DM us." (a QA lead's read, read27)
            return _Check(1.0 if bare else 0.6, Issue("runaround", "A general question is answered in public, where the "
                                                      "next customer sees the answer; a DM hides it."
                                                      + (" A bare 'DM us' answers nothing." if bare else ""),
                                                      _spans(moves.ASKS_PRIVATE, reply), "fail" if bare else "review"))
        if ALREADY_PRIVATE.search(post) and moves.ASKS_PRIVATE.search(reply) \
                and not re.search(r"\b(?:got|received|found|seen|see|replied|answered|checked)\b", reply, re.I):
            spans = _spans(moves.ASKS_PRIVATE, reply)
            return _Check(1.0, Issue("runaround", "The customer already wrote in private; asking for a DM again is the "
                                     "runaround. Answer the message they sent.", spans))
        spans = _spans(RUNAROUND, reply)
        if not spans or _gives_steps(reply, hazard):
            return _Check(0.0)  # "call our fraud team now", "call the gas emergency line": the step itself
        if moves._WE_ACT.search(reply) or re.search(r"\bwe(?:'ve| have) (?:\w+ )?(?:refunded|credited|sent|rebooked|"
                                                 r"arranged|booked|fixed)\b", reply, re.I):
            return _Check(0.3)
        # a "try again" inside "try again later" is the runaround itself, not an instruction that helps
        helps = any(not any(s <= m.start() < e for s, e in spans) for m in _INSTRUCTION.finditer(reply))
        direct = guards.URL.search(reply) or guards.EMAIL.search(reply) or re.search(r"\d{3,}|<PHONE>|<URL>", reply) \
            or helps
        if _NO_ANSWER.search(post) and re.search(r"\b(?:call|ring|phone)\b", " ".join(reply[s:e] for s, e in spans), re.I):
            return _Check(1.0, Issue("runaround", "Sends the customer back to the phone line they said nobody answers.",
                                     spans))
        if _DIRECT_LINE.search(reply) and not re.search(r"\boption \d", reply, re.I):
            return _Check(0.3)  # a handover with the direct line: the good way to switch channel (PRACTICE)
        if direct:
            return _Check(0.6, Issue("runaround", "Sends the customer to another team or number; a direct line helps, "
                                     "but solving it here is better.", spans))
        return _Check(1.0, Issue("runaround", "Sends the customer elsewhere without helping or giving a direct way.",
                                 spans))

    @staticmethod
    def _next_step(post: str, reply: str, complaint: bool, negative: float, hazard: str = "") -> _Check:
        missing = _missing_first_words(post, reply)
        if missing:
            return _Check(0.0, Issue("next_step", missing, severity="fail"))
        days = _spans(_IN_DAYS, reply)
        # (not beside help now: "We've frozen your card and cancelled those payments. Your new card will arrive within
        # 3-5 working days")
        if days and (_NOW_OR_NEVER & set(find_reasons(post)) or names_takeover(post)) and not (
                _gives_steps(reply, hazard) or moves._WE_ACT.search(reply) or _NOW.search(reply)):
            return _Check(0.0, Issue("next_step", "Someone stranded, in danger or losing money now is promised an answer "
                                     "in days: help now, or a line that answers now.", days, "fail"))
        if _gives_steps(reply, hazard):
            return _Check(1.0)  # the safety or fraud steps are what to do now
        if hazard == "danger":
            return _Check(0.0, Issue("next_step", "A hazard (gas, fire, smoke) answered without safety steps: leave the "
                                     "area, call the emergency line now.", severity="fail"))
        if hazard == "fraud":
            return _Check(0.2, Issue("next_step", "Money being taken now, and no urgent step: freeze or block the card, "
                                     "call the fraud line now, not 'DM us a good time to call'."))
        cues = (moves.NEXT_STEP, moves.PRIVATE, moves._WE_ACT, moves._YOU_ACT, _TIME_PROMISE, _INSTRUCTION, _ADVICE, _ASKS,
                guards.URL, _HAPPENS, _WE_ACT_ABROAD)
        vague = _spans(VAGUE, reply)
        if _fixed(reply) or _said_beyond(cues, reply, vague):
            return _Check(1.0)
        needs_step = complaint or negative >= 0.3 or bool(_QUESTION.search(post))
        if not needs_step:
            return _Check(1.0)
        if vague:
            return _Check(0.4, Issue("next_step", "A vague promise: say what happens next and when.", vague))
        if not complaint and _QUESTION.search(post) and (moves.has_fact(reply) or len(reply.split()) >= 8):
            return _Check(1.0)  # a question answered: the answer is what happens now
        return _Check(0.2, Issue("next_step", "The customer is not told what happens now or what to do next."))

    @staticmethod
    def _response_minutes(conv: Conversation, channel: str, complaint: bool,
                          negative: float) -> tuple[float | None, int]:
        floors = [REASON_FLOOR.get(r, "normal") for r in find_reasons(conv.post)]
        level = ("critical" if "critical" in floors else "high" if "high" in floors
                 else "normal" if complaint or negative >= 0.3 else "low")
        deadline = reply_deadline(channel, level)
        start, end = parse_time(conv.post_time), parse_time(conv.reply_time)
        if start is None or end is None:
            return None, deadline
        if (start.tzinfo is None) != (end.tzinfo is None):  # one of them without a zone: read it as UTC
            start, end = (t if t.tzinfo else t.replace(tzinfo=UTC) for t in (start, end))
        return round((end - start).total_seconds() / 60.0, 1), deadline

    @staticmethod
    def _timeliness(minutes: float | None, deadline: int, channel: str, public: bool,
                    unreadable: list[str]) -> _Check:
        if unreadable:
            return _Check(1.0, Issue("timeliness", f"{'; '.join(unreadable)}: timeliness was not measured."),
                          always=True)
        if minutes is None:
            return _Check(1.0)  # no evidence of lateness; response_minutes stays null in the output
        if minutes < 0:
            return _Check(1.0, Issue("timeliness", "The reply time is before the post time; check the timestamps."),
                          always=True)
        if minutes <= deadline:
            return _Check(1.0)
        # 1 at the deadline, 0 at eight times it or a day (the resolution window), whichever comes first but never
        # before twice the deadline, on a log scale of lateness: a flight-today post answered 2.5 h after its
        # 30-min deadline has missed the flight; an e-mail due within a day is not 0 a minute late
        span = math.log(min(max(24 * 60 / deadline, 2.0), LATE_ZERO_FACTOR))
        score = round(max(0.0, 1.0 - math.log(minutes / deadline) / span), 4)
        when = f"{minutes / 60:.1f} h" if minutes >= 90 else f"{minutes:.0f} min"
        reason = f"Replied after {when}; the {channel} deadline for this post is {deadline} min."
        severity = "fail" if public and minutes >= LATE_FAIL_MINUTES else "review"
        return _Check(score, Issue("timeliness", reason, [], severity) if score < 1.0 else None)

    @staticmethod
    def _length(reply: str, channel: str, complaint: bool) -> _Check:
        limit = guards.CHANNEL_LIMITS.get(channel, guards.CHANNEL_LIMITS["other"])
        if len(reply) > limit:
            score = round(max(0.0, 0.45 * (1.0 - (len(reply) - limit) / limit)), 4)  # it cannot be posted as is
            return _Check(score, Issue("length", f"{len(reply)} characters; {channel} allows {limit}.",
                                       [[limit, len(reply)]]))
        words = _words(reply)
        if complaint and words < 5:
            return _Check(0.4, Issue("length", f"{words} words is too short to answer a complaint.", [[0, len(reply)]]))
        return _Check(1.0)

    # -------------------------------------------------------------------------------------------- verdict
    @staticmethod
    def _verdict(conv_id: str, checks: dict[str, _Check], complaint: bool, minutes: float | None,  # noqa: PLR0913
                 deadline: int, pressing: bool = False) -> AuditResult:
        """``pressing``: someone in danger or being robbed, for whom a late reply fails."""
        issues = []
        for name in CHECKS:
            check = checks[name]
            if check.issue is None:
                continue
            bad = check.score >= REVIEW_AT[name] if name in BAD_HIGH else check.score < REVIEW_AT[name]
            if bad or check.issue.severity == "fail" or check.always:
                issues.append(check.issue)
        raw = {name: float(checks[name].score) for name in CHECKS}
        brush_off = _brush_off(raw, complaint)
        if brush_off:
            issues.append(Issue(brush_off[0], brush_off[1], severity="fail"))
        if pressing and raw["timeliness"] <= 0.0:  # "my insulin hasn't arrived and I have none left tonight", 2 h later
            issues.append(Issue("timeliness", "Someone in danger or losing money now waited past the deadline.",
                                severity="fail"))
        # a check that failed is not listed for review too; the failing issue keeps the review's reason and spans
        # ("Someone in danger ... waited past the deadline. Replied after 63.0 h; the twitter deadline ... is 15 min.")
        failed = {i.check: i for i in issues if i.severity == "fail"}
        for issue in issues:
            if issue.severity != "fail" and issue.check in failed:
                failed[issue.check].reason += " " + issue.reason
                failed[issue.check].spans = failed[issue.check].spans or issue.spans
        issues = [i for i in issues if i.severity == "fail" or i.check not in failed]
        issues.sort(key=lambda i: (i.severity != "fail", CHECKS.index(i.check)))
        verdict = "fail" if any(i.severity == "fail" for i in issues) else "review" if issues else "pass"
        scores = {name: round(raw[name], 4) for name in CHECKS}
        return AuditResult(id=conv_id, verdict=verdict, scores=scores, issues=issues, complaint=complaint,
                           response_minutes=minutes, deadline_minutes=deadline)


def _brush_off(scores: dict[str, float], complaint: bool = False) -> tuple[str, str] | None:
    """A form letter that helps nobody fails, not only goes to review: sent elsewhere with no direct way and no word
    of its own for the customer ("We apologise for any inconvenience caused. Please contact our support team via the
    website"), or stock phrases in which nothing happens next ("Your feedback is important to us and has been passed
    to the relevant department"), or in the wrong register. Two QA reads failed these where the audit only reviewed them
    (five of 50)."""
    if scores["runaround"] >= 1.0 and (scores["empathy"] <= 0.4 or scores["scriptedness"] >= 0.9):
        return "runaround", "A stock brush-off: the customer is sent elsewhere with no direct way and nothing answered."
    if scores["scriptedness"] >= 0.6 and scores["empathy"] <= 0.4 and scores["next_step"] <= 0.2:
        return "scriptedness", "A form letter: stock phrases, nothing for this customer and nothing happens next."
    # "Dear Customer, we acknowledge receipt of your correspondence" to "omg the new boots are sooo comfy 😍😍" (a care
    # lead's read, tenth session)
    if scores["scriptedness"] >= 0.9 and scores["tone_match"] <= 0.5:
        return "scriptedness", "A form letter in the wrong register: stock phrases the customer did not write to get."
    # "Thanks for your feedback! 😊" to a refund demand (a care lead's read, eleventh session; a plain "Thank you for
    # your feedback." to a complaint is for review)
    if complaint and scores["empathy"] <= 0.2 and scores["next_step"] <= 0.2 and scores["tone_match"] <= 0.5:
        return "next_step", "A complaint answered with neither a word for the customer nor what happens next."
    # "the social media team can't look at payments. Please call 0800 ..., choose option 3 then option 2, and ask to be
    # transferred" to a bounced rent payment (QA leads' reads, eighth and eleventh sessions)
    if complaint and scores["runaround"] >= 0.6 and scores["empathy"] <= 0.4 and scores["next_step"] <= 0.2:
        return "runaround", "A complaint passed to another team, with no word for the customer and nothing done here."
    return None
