"""Embedding cache for training: encoding 50k tweets takes minutes on 2 cores, and every C tried reuses them."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from tqdm import tqdm

from model.encoder import EN, MULTI, TextEncoder, space_for


def _key(texts: list[str], space: str) -> str:
    h = hashlib.sha256(space.encode())
    for t in texts:
        h.update(t.encode("utf-8", "replace"))
        h.update(b"\0")
    return h.hexdigest()[:24]


def encode_cached(encoder: TextEncoder, texts: list[str], space: str, cache_dir: Path | None,
                  desc: str = "encoding", chunk: int = 512) -> np.ndarray:
    """Encode with a progress bar, reusing ``cache_dir/<hash>.npy`` when the same texts were encoded before."""
    # the backend is part of the key: ONNX and torch int8 vectors differ slightly, and heads must see the kind
    # of vectors the service will give them
    if space == EN and cache_dir:
        _ = encoder.minilm  # loading settles the backend (a failed ONNX export falls back to torch)
    kind = f"{space}:{encoder.backend}:{'int8' if encoder.quantize else 'fp32'}" if space == EN else space
    path = cache_dir / f"{_key(texts, kind)}.npy" if cache_dir else None
    if path and path.exists():
        return np.load(path)
    parts = []
    for i in tqdm(range(0, len(texts), chunk), desc=f"{desc} [{space}]", unit="batch", leave=False):
        parts.append(encoder.encode(texts[i:i + chunk], space))
    vecs = np.vstack(parts) if parts else np.zeros((0, 384 if space == EN else 512), dtype=np.float32)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vecs)
    return vecs


def encode_by_space(encoder: TextEncoder, texts: list[str], languages: list[str], cache_dir: Path | None,
                    desc: str = "encoding") -> dict[str, np.ndarray]:
    """Vectors per space, rows in the order the texts of that space appear (as HeadScorer.fit expects)."""
    out = {}
    for space in (EN, MULTI):
        sub = [t for t, lang in zip(texts, languages, strict=True) if space_for(lang) == space]
        if sub:
            out[space] = encode_cached(encoder, sub, space, cache_dir, desc)
            if space == EN:  # the heads also read USE vectors of English posts (see TextEncoder.encode_posts)
                out["en_use"] = encode_cached(encoder, sub, MULTI, cache_dir, desc)
    return out
