"""Build stage ``search``: passage vectors in a FAISS index and a BM25 index, in ``<build>/search/``.

    rows.json      passage ids in index row order, with the hash of each passage's embedded text
    dense.faiss    the vectors (exact inner product, or HNSW past setting search_ann_threshold)
    bm25/          the lexical index (bm25s)
    meta.json      model, dimension, index kind, counts

A passage whose embedded text is unchanged since the previous build keeps its vector.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path

import numpy as np

from ..indexes import BuildContext
from ..ingest.model import Document, Passage
from . import dense, embed
from .lexical import Lexical

log = logging.getLogger(__name__)

STAGE = "search"
# Bump when embedded_text changes: vectors of an older format are not reused.
EMBED_FORMAT = 1


def embedded_text(passage: Passage, document: Document | None) -> str:
    """What the dense and lexical retrievers see of a passage: its section heading, then its text
    (the heading carries the topic a passage often leaves implicit)."""
    return f"{passage.section}\n{passage.text}" if passage.section else passage.text


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def build_search(ctx: BuildContext) -> dict:
    started = time.perf_counter()
    settings = ctx.settings
    documents = {d.id: d for d in ctx.documents}
    texts = [embedded_text(p, documents.get(p.doc_id)) for p in ctx.passages]
    hashes = [text_hash(t) for t in texts]
    old = _previous_vectors(ctx.previous_stage_dir(STAGE), settings.model)

    model = embed.load_model(settings.model)
    dim = embed.dimension(model)
    vectors = np.zeros((len(texts), dim), dtype=np.float32)
    todo = [i for i, h in enumerate(hashes) if h not in old]
    for i, h in enumerate(hashes):
        if h in old:
            vectors[i] = old[h]
    encode_started = time.perf_counter()
    if todo:
        vectors[todo] = embed.encode(model, [texts[i] for i in todo], batch_size=settings.batch_size,
                                     progress=ctx.progress)
    encode_seconds = time.perf_counter() - encode_started

    index = dense.build_index(vectors, ann_threshold=settings.search_ann_threshold,
                              ef_search=settings.search_ef_search)
    dense.save(index, ctx.out_dir / "dense.faiss")
    Lexical.build(texts).save(ctx.out_dir / "bm25")
    (ctx.out_dir / "rows.json").write_text(json.dumps({"ids": [p.id for p in ctx.passages], "hashes": hashes}))
    figures = {
        "model": settings.model,
        "dimension": dim,
        "embed_format": EMBED_FORMAT,
        "index": dense.kind(index),
        "passages": len(texts),
        "encoded": len(todo),
        "reused": len(texts) - len(todo),
        "encode_seconds": round(encode_seconds, 3),
        "seconds": round(time.perf_counter() - started, 3),
    }
    (ctx.out_dir / "meta.json").write_text(json.dumps(figures, indent=2))
    log.info("search: %d passages (%d encoded, %d reused), %s index", len(texts), len(todo),
             figures["reused"], figures["index"])
    return figures


def _previous_vectors(folder: Path | None, model: str) -> dict[str, np.ndarray]:
    """hash -> vector of the previous build's passages, when made with the same model and format."""
    if folder is None or not (folder / "meta.json").exists():
        return {}
    try:
        meta = json.loads((folder / "meta.json").read_text())
        if meta.get("model") != model or meta.get("embed_format") != EMBED_FORMAT:
            return {}
        hashes = json.loads((folder / "rows.json").read_text())["hashes"]
        index = dense.load(folder / "dense.faiss", ef_search=16)
        vectors = index.reconstruct_n(0, index.ntotal)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:  # a damaged old build: encode afresh
        log.warning("search: cannot reuse vectors of the previous build (%s)", exc)
        return {}
    return dict(zip(hashes, vectors))
