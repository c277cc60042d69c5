"""Case retrieval: past successful replies for a new post, by two routes that are fused later.

(a) posts similar to this one -> their replies; (b) the response ranker searches the replies directly.
Every case is encoded in both spaces (MiniLM for English queries, multilingual USE for the rest), so a
German post can still find an English case when no German one fits. Vectors persist with the case list and
new cases are added incrementally: a restart does not re-encode the whole store.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path

import numpy as np

from model import guards
from model.encoder import EN, SPACES, TextEncoder
from model.index import VectorIndex
from model.times import parse_time
from model.types import Candidate, Case

_HANDLE = re.compile(r"(?<!\w)@\w+")
_URL = re.compile(r"https?://\S+")
_SIGNATURE = re.compile(r"(?:\s+[-^~*]\s?[A-Z]{1,3}\.?|\s+\^\w{1,4})\s*$")
_SPACE = re.compile(r"\s+")


def clean_post(text: str) -> str:
    """Posts keep their @mentions (the brand handle is signal), lose URLs; the same as queries are encoded."""
    return _SPACE.sub(" ", _URL.sub(" ", text)).strip() or text


def clean_for_encoding(text: str) -> str:
    """Handles, URLs and agent initials say nothing about meaning; they only add noise to vectors."""
    return _SPACE.sub(" ", _SIGNATURE.sub("", _URL.sub(" ", _HANDLE.sub(" ", text)))).strip() or text


def _timestamp(value: str | None) -> float:
    parsed = parse_time(value)
    return parsed.timestamp() if parsed else 0.0


class CaseRetriever:
    def __init__(self, encoder: TextEncoder, pool: int = 40) -> None:
        self.encoder = encoder
        self.pool = pool
        self.cases_: list[Case] = []
        self.post_vecs_: dict[str, np.ndarray] = {}
        self.reply_vecs_: dict[str, np.ndarray] = {}
        self._ids: set[str] = set()
        self._build()

    # --- building -------------------------------------------------------------------------------------
    def fit(self, cases: list[Case]) -> CaseRetriever:
        self.cases_, self._ids = [], set()
        self.post_vecs_, self.reply_vecs_ = {}, {}
        return self.add(cases)

    def add(self, cases: list[Case]) -> CaseRetriever:
        """Encode and index only the cases not indexed yet (idempotent by case id)."""
        new = [c for c in cases if c.id not in self._ids and c.reply.strip()]
        new = list({c.id: c for c in new}.values())
        if not new:
            return self
        posts = [clean_post(c.post) for c in new]
        replies = [clean_for_encoding(c.reply) for c in new]
        for space in SPACES:
            pv, rv = self.encoder.encode(posts, space), self.encoder.encode(replies, space)
            self.post_vecs_[space] = pv if space not in self.post_vecs_ else np.vstack([self.post_vecs_[space], pv])
            self.reply_vecs_[space] = rv if space not in self.reply_vecs_ else np.vstack([self.reply_vecs_[space], rv])
        self.cases_.extend(new)
        self._ids.update(c.id for c in new)
        self._build()
        return self

    def _build(self) -> None:
        self._density: dict[str, np.ndarray] = {}
        self._brand_cues: dict[tuple[str, str], int] = {}
        self.post_index_ = {s: VectorIndex(v.shape[1]).fit(v) for s, v in self.post_vecs_.items()}
        self.reply_index_ = {s: VectorIndex(v.shape[1]).fit(v) for s, v in self.reply_vecs_.items()}
        self._row_of = {c.id: i for i, c in enumerate(self.cases_)}
        self.brand_ = np.array([(c.brand or "").lower() for c in self.cases_])
        self._brand_names = {c.brand.lower(): c.brand for c in self.cases_ if c.brand}
        self.language_ = np.array([c.language or "en" for c in self.cases_])
        self.quality_ = np.array([c.quality for c in self.cases_], dtype=np.float32)
        stamps = np.array([_timestamp(c.created_at) for c in self.cases_], dtype=np.float64)
        known = stamps > 0
        self.recency_ = np.full(len(stamps), 0.5, dtype=np.float32)
        if known.any():  # newest case 1.0, oldest 0.0; unknown dates sit in the middle
            lo, hi = stamps[known].min(), stamps[known].max()
            self.recency_[known] = (stamps[known] - lo) / max(hi - lo, 1.0)

    def __len__(self) -> int:
        return len(self.cases_)

    def brand_addressed(self, text: str) -> str | None:
        """The brand a post is addressed to when the caller did not say: a store brand among the handles the
        post opens with, else the first handle it opens with ("@AcmeAir my bag…", so borrowed replies speak
        in that brand's name), else a store brand mentioned later ("So @SpotifyCares, three days later…").
        "@AmericanAir worse than @Delta" is addressed to AmericanAir. Numeric handles (anonymised users) are
        never brands."""
        known = getattr(self, "_brand_names", {})
        lead = guards.LEADING_HANDLES.match(text)
        opening = [h[1:] for h in guards.HANDLE.findall(lead.group(0))] if lead else []
        for h in opening:
            if h.lower() in known:
                return known[h.lower()]
        first = next((h for h in opening if not h.isdigit()), None)
        if first:
            return first
        return next((known[h[1:].lower()] for h in guards.HANDLE.findall(text) if h[1:].lower() in known), None)

    # --- searching ------------------------------------------------------------------------------------
    def retrieve(self, post_vec: np.ndarray, space: str, reply_query: np.ndarray | None = None,
                 brand: str | None = None) -> list[Candidate]:
        """Union of route (a) and route (b) hits, each with its post similarity filled in.

        With a brand, both routes also search that brand's own cases exactly, so a brand's replies are not
        crowded out of the pool by other brands' similar posts.
        """
        if not self.cases_:
            return []
        hits: dict[int, float] = {}
        own = np.flatnonzero(self.brand_ == brand.lower()) if brand else np.zeros(0, dtype=np.int64)
        if len(own):
            post_sims = self.post_vecs_[space][own] @ post_vec
            for r in own[np.argsort(-post_sims)[: self.pool]]:
                hits[int(r)] = float(self.post_vecs_[space][r] @ post_vec)
            if reply_query is not None and space == EN:
                for r in own[np.argsort(-(self.reply_vecs_[space][own] @ reply_query))[: self.pool]]:
                    hits.setdefault(int(r), float(self.post_vecs_[space][r] @ post_vec))
        scores, rows = self.post_index_[space].search(post_vec[None, :], self.pool)
        for s, r in zip(scores[0], rows[0], strict=True):
            if r >= 0:
                hits[int(r)] = float(s)
        if reply_query is not None and space == EN:
            _, rows = self.reply_index_[space].search(reply_query[None, :], self.pool)
            for r in rows[0]:
                if r >= 0 and int(r) not in hits:
                    hits[int(r)] = float(self.post_vecs_[space][r] @ post_vec)
        return [Candidate(case=self.cases_[r], post_similarity=s, sources=[self.cases_[r].id])
                for r, s in hits.items()]

    def density(self, space: str = EN, sample: int = 2000, top: int = 50) -> np.ndarray:
        """How typical each reply is of its brand: mean cosine to its ``top`` nearest replies of the same brand.

        Agents' good replies to a kind of problem recur in many wordings; a reply in a dense region of the
        brand's replies is the safer draft than an outlier written for one odd case. Cached until cases change.
        """
        cached = self._density.get(space)
        if cached is not None:
            return cached
        vecs = self.reply_vecs_.get(space)
        out = np.zeros(len(self.cases_), dtype=np.float32)
        if vecs is not None:
            rng = np.random.default_rng(0)
            for brand in np.unique(self.brand_):
                rows = np.flatnonzero(self.brand_ == brand)
                if len(rows) < 2:
                    continue
                ref = rows if len(rows) <= sample else rng.choice(rows, size=sample, replace=False)
                sims = vecs[rows] @ vecs[ref].T
                sims[rows[:, None] == ref[None, :]] = 0.0  # not itself
                k = min(top, len(ref) - 1)
                out[rows] = np.sort(sims, axis=1)[:, -k:].mean(axis=1)
        self._density[space] = out
        return out

    def rows_for(self, candidates: list[Candidate]) -> np.ndarray:
        if len(self._row_of) != len(self.cases_):  # built once per change of the cases, not per call (1.3 ms each)
            self._row_of = {c.id: i for i, c in enumerate(self.cases_)}
        return np.array([self._row_of[c.case.id] for c in candidates], dtype=np.int64)

    def brand_reply_vectors(self, brand: str | None, space: str = EN, recent: int = 500) -> np.ndarray:
        """The brand's most recent replies: what a draft must not sound like word for word (scriptedness).
        A brand the store has no replies of is compared with every brand's: "Thanks for sharing." is a script
        whoever sends it."""
        rows = self.brand_reply_rows(brand, space, recent)
        return self.reply_vecs_[space][rows] if len(rows) else np.zeros((0, 384), dtype=np.float32)

    def brand_cases_naming(self, brand: str | None, cue: re.Pattern[str]) -> tuple[int, int]:
        """How many of a brand's cases name ``cue`` (post or reply), of how many: what the brand is, read from what its
        customers and agents talk about ("freeze your card", "overdraft": a bank, whatever its name)."""
        key = ((brand or "").lower(), cue.pattern)
        rows = np.flatnonzero(self.brand_ == key[0]) if brand and self.cases_ else np.zeros(0, dtype=np.int64)
        if key not in self._brand_cues:
            self._brand_cues[key] = sum(bool(cue.search(f"{self.cases_[r].post} {self.cases_[r].reply}")) for r in rows)
        return self._brand_cues[key], len(rows)

    def brand_reply_rows(self, brand: str | None, space: str = EN, recent: int = 500) -> np.ndarray:
        """The rows of ``brand_reply_vectors`` (a draft is not compared with the case it was made from)."""
        if not self.cases_ or space not in self.reply_vecs_:
            return np.zeros(0, dtype=np.int64)
        rows = np.flatnonzero(self.brand_ == (brand or "").lower()) if brand else np.arange(len(self.cases_))
        if not len(rows):
            rows = np.arange(len(self.cases_))
        return rows[np.argsort(-self.recency_[rows])][:recent]

    # --- persistence ----------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        with open(path / "cases.jsonl", "w", encoding="utf-8") as fh:
            for c in self.cases_:
                fh.write(json.dumps(asdict(c), ensure_ascii=False) + "\n")
        np.savez(path / "vectors.npz", **{f"post_{s}": v for s, v in self.post_vecs_.items()},
                 **{f"reply_{s}": v for s, v in self.reply_vecs_.items()})

    @classmethod
    def load(cls, path: Path, encoder: TextEncoder, pool: int = 40) -> CaseRetriever:
        obj = cls(encoder, pool)
        if not (path / "cases.jsonl").exists():
            return obj
        with open(path / "cases.jsonl", encoding="utf-8") as fh:
            obj.cases_ = [Case(**json.loads(line)) for line in fh if line.strip()]
        arrays = np.load(path / "vectors.npz")
        obj.post_vecs_ = {s: arrays[f"post_{s}"] for s in SPACES if f"post_{s}" in arrays}
        obj.reply_vecs_ = {s: arrays[f"reply_{s}"] for s in SPACES if f"reply_{s}" in arrays}
        if any(len(v) != len(obj.cases_) for v in [*obj.post_vecs_.values(), *obj.reply_vecs_.values()]):
            return cls(encoder, pool)  # a torn save: start empty, the caller re-adds from the store
        obj._ids = {c.id for c in obj.cases_}
        obj._build()
        return obj
