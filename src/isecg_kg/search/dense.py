"""The dense retriever's FAISS index: exact inner product while the corpus is small, HNSW past
the ``search_ann_threshold`` setting (200,000 vectors, about 80,000 passages).  bench/search.py,
2 cores: exact top-100 over 245,000 vectors (100,000 passages) takes about 20 ms a query, HNSW
0.4 ms with recall@10 1.000 against exact; below the threshold exact costs little and is exact."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

# FAISS logs, at INFO, every CPU-specific build it tries before the one that loads.
logging.getLogger("faiss.loader").setLevel(logging.WARNING)

HNSW_NEIGHBOURS = 32  # M: links per node; 32 is FAISS's usual choice for 384-d sentence vectors
HNSW_EF_CONSTRUCTION = 80  # build effort; recall@10 is set mostly by efSearch (setting search_ef_search)


def build_index(vectors: np.ndarray, *, ann_threshold: int, ef_search: int):
    """An inner-product index over ``vectors`` (unit length), exact or HNSW by size."""
    import faiss

    dim = vectors.shape[1]
    if len(vectors) > ann_threshold:
        index = faiss.IndexHNSWFlat(dim, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.hnsw.efSearch = ef_search
    else:
        index = faiss.IndexFlatIP(dim)
    index.add(vectors)
    return index


def kind(index) -> str:
    return "hnsw" if "HNSW" in type(index).__name__ else "exact"


def save(index, path: Path) -> None:
    import faiss

    faiss.write_index(index, str(path))


def load(path: Path, *, ef_search: int):
    import faiss

    index = faiss.read_index(str(path))
    if kind(index) == "hnsw":
        index.hnsw.efSearch = ef_search
    return index


def single_threaded() -> None:
    """One OpenMP thread for FAISS in this process.  A single query gains nothing from more, and
    their spin-waiting beside torch's threads made exact search 10x slower on 2 busy cores
    (bench/search.py); a server parallelises across requests instead."""
    import faiss

    faiss.omp_set_num_threads(1)


def search(index, query: np.ndarray, k: int, *, allowed: np.ndarray | None = None,
           ef_search: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Rows and scores of the ``k`` nearest passages, best first, restricted to ``allowed`` rows
    (sorted int64 array) when given.  Fewer than ``k`` when fewer exist."""
    import faiss

    k = min(k, index.ntotal if allowed is None else len(allowed))
    if k <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    params = None
    if allowed is not None:
        # Filtered search is exact, over the flat vectors: HNSW's graph walk misses allowed rows
        # when few are allowed, and a scan that skips the others is cheap at this project's sizes.
        if kind(index) == "hnsw":
            index = faiss.downcast_index(index.storage)
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
    elif kind(index) == "hnsw" and ef_search is not None and ef_search < k:
        params = faiss.SearchParametersHNSW(efSearch=k)
    scores, rows = index.search(query.reshape(1, -1), k, params=params)
    keep = rows[0] >= 0
    return rows[0][keep], scores[0][keep]
