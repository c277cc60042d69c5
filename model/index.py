"""FAISS inner-product index over L2-normalised vectors (= cosine).

Exact below 50k rows; HNSW up to 500k (fast queries, but its build grows too slow for 2 cores beyond that);
IVF-flat above (k-means cells trained on a sample, a few dozen cells probed per query).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


class VectorIndex:
    def __init__(self, dim: int, hnsw_above: int = 50_000, ivf_above: int = 500_000, nprobe: int = 32) -> None:
        self.dim = dim
        self.hnsw_above = hnsw_above
        self.ivf_above = ivf_above
        self.nprobe = nprobe
        self._index = None

    def kind(self, size: int) -> str:
        return "ivf" if size > self.ivf_above else "hnsw" if size > self.hnsw_above else "flat"

    def fit(self, vectors: np.ndarray) -> VectorIndex:
        import faiss

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        kind = self.kind(len(vectors))
        if kind == "ivf":
            nlist = int(2 * np.sqrt(len(vectors)))
            self._quantizer = faiss.IndexFlatIP(self.dim)  # must outlive the index that points to it
            index = faiss.IndexIVFFlat(self._quantizer, self.dim, nlist, faiss.METRIC_INNER_PRODUCT)
            sample = np.random.default_rng(0).choice(len(vectors), size=min(len(vectors), 50 * nlist), replace=False)
            index.train(vectors[np.sort(sample)])
            index.nprobe = self.nprobe
        elif kind == "hnsw":
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
