"""Build stage ``qa``: the embedding of every sentence of every passage (and of each row of its keyed tables, alone
and framed by its column names, as sentences.rank_sentences reads them), so that answering a question encodes only
the question (picking the answer sentence is then a dot product).

    <build>/qa/sentences.json   {"model", "format", "texts": [...]} in row order
    <build>/qa/vectors.npy      float16 unit vectors, one row per text

Sentences unchanged since the previous build keep their vectors.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import numpy as np

from ..indexes import Build, BuildContext
from ..search import embed
from .sentences import sentence_texts

log = logging.getLogger(__name__)

STAGE = "qa"
# Bump when split_sentences changes what a sentence is: older vectors are not reused.
SENTENCE_FORMAT = 3


def build_sentences(ctx: BuildContext) -> dict:
    started = time.perf_counter()
    titles = {d.id: d.title for d in ctx.documents}
    texts = list(dict.fromkeys(s for p in ctx.passages for s in sentence_texts(p.text, p.section, titles.get(p.doc_id))))
    old = _load(ctx.previous_stage_dir(STAGE), ctx.settings.model)
    model = embed.load_model(ctx.settings.model)
    vectors = np.zeros((len(texts), embed.dimension(model)), dtype=np.float16)
    todo = [i for i, t in enumerate(texts) if t not in old]
    for i, t in enumerate(texts):
        if t in old:
            vectors[i] = old[t]
    if todo:
        vectors[todo] = embed.encode(model, [texts[i] for i in todo], batch_size=ctx.settings.batch_size,
                                     progress=ctx.progress, desc="qa: embedding sentences").astype(np.float16)
    np.save(ctx.out_dir / "vectors.npy", vectors)
    (ctx.out_dir / "sentences.json").write_text(json.dumps(
        {"model": ctx.settings.model, "format": SENTENCE_FORMAT, "texts": texts}, ensure_ascii=False))
    log.info("qa: %d sentences (%d encoded, %d reused)", len(texts), len(todo), len(texts) - len(todo))
    return {"sentences": len(texts), "encoded": len(todo), "seconds": round(time.perf_counter() - started, 2)}


def load_vectors(build: Build, model: str) -> dict[str, np.ndarray]:
    """Sentence -> float16 vector for a build (empty when the build has no qa stage)."""
    return _load(build.stage_dir(STAGE), model)


def _load(folder: Path | None, model: str) -> dict[str, np.ndarray]:
    if folder is None or not (folder / "sentences.json").exists():
        return {}
    meta = json.loads((folder / "sentences.json").read_text())
    if meta.get("model") != model or meta.get("format") != SENTENCE_FORMAT:
        return {}
    vectors = np.load(folder / "vectors.npy", mmap_mode="r")
    return dict(zip(meta["texts"], vectors))
