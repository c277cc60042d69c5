"""FAISS inner-product index over L2-normalised vectors (= cosine). Exact below 50k rows, HNSW above."""

from __future__ import annotations

from pathlib import Path

import numpy as np


class VectorIndex:
    def __init__(self, dim: int, hnsw_above: int = 50_000) -> None:
        self.dim = dim
        self.hnsw_above = hnsw_above
        self._index = None

    def fit(self, vectors: np.ndarray) -> VectorIndex:
        import faiss

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(vectors) > self.hnsw_above:
            index = faiss.IndexHNSWFlat(self.dim, 32, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = 80
            index.hnsw.efSearch = 128
        else:
            index = faiss.IndexFlatIP(self.dim)
        if len(vectors):
            index.add(vectors)
        self._index = index
        return self

    def __len__(self) -> int:
        return 0 if self._index is None else int(self._index.ntotal)

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Scores and row ids, shape (n, k'); k' = min(k, size). Missing hits are dropped by the caller (-1)."""
        k = min(k, len(self))
        if k == 0:
            n = len(queries)
            return np.zeros((n, 0), dtype=np.float32), np.zeros((n, 0), dtype=np.int64)
        return self._index.search(np.ascontiguousarray(queries, dtype=np.float32), k)

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        import faiss

        index = faiss.read_index(str(path))
        obj = cls(index.d)
        obj._index = index
        return obj
