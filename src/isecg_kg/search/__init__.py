"""Semantic passage search: dense (sentence-transformers + FAISS) and lexical (BM25) retrieval
fused by normalised scores (with a boost for the documents a query names: year, edition, title,
type) and diversified across documents, with filters, facets and highlighted citations.

Public API: ``SearchEngine.from_build(build, settings).search(query, k=..., mode=..., ...)``,
``params.parse_query_params`` / ``params.BadParameter``; build stage ``build.build_search``.
"""

from __future__ import annotations


def __getattr__(name):  # lazy: importing the package (CLI, app start) must not load numpy/FAISS/torch
    if name in ("SearchEngine", "SearchIndexMissing"):
        from . import engine

        return getattr(engine, name)
    raise AttributeError(name)


__all__ = ["SearchEngine", "SearchIndexMissing"]
