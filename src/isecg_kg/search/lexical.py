"""The lexical retriever: BM25 (bm25s) over the passages, with one tokenizer for passages,
queries and highlighting."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import numpy as np
import Stemmer

# Words of two characters or more, and numbers of any length ("27 agencies", "2022").
_TOKEN = re.compile(r"[^\W_]{2,}|\d+")


def _stopwords() -> frozenset[str]:
    # The 179-word list (NLTK's), not Lucene's 33: it also drops the "what / which / did / how" of
    # questions, which would otherwise reward passages and sentences for containing them.
    from bm25s.stopwords import STOPWORDS_EN_PLUS

    return frozenset(STOPWORDS_EN_PLUS)


STOPWORDS = _stopwords()


_stemmer = Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """Lower-cased words minus English stop words, Snowball-stemmed so that "agencies"/"agency"
    and "hosted"/"hosting" meet."""
    return _stemmer.stemWords([t for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS])


def _bm25s():
    import bm25s

    # bm25s sets its logger to DEBUG on import, which prints every index build at any log level.
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


class Lexical:
    """A BM25 index; ``scores(query)`` gives one score per passage (0 where no term matches)."""

    def __init__(self, bm25):
        self._bm25 = bm25
        self._vocab = bm25.vocab_dict

    @classmethod
    def build(cls, texts: list[str]) -> "Lexical":
        bm25 = _bm25s().BM25()
        bm25.index([tokenize(t) for t in texts], show_progress=False)
        return cls(bm25)

    def save(self, folder: Path) -> None:
        self._bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> "Lexical":
        return cls(_bm25s().BM25.load(str(folder), mmap=False, show_progress=False))

    def scores(self, query: str) -> np.ndarray:
        tokens = [t for t in tokenize(query) if t in self._vocab]
        if not tokens:
            return np.zeros(self._bm25.scores["num_docs"], dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def idf(self, tokens: list[str]) -> dict[str, float]:
        """BM25 inverse document frequency of each known token (for highlighting)."""
        indptr, n = self._bm25.scores["indptr"], self._bm25.scores["num_docs"]
        out = {}
        for token in tokens:
            if token in self._vocab:
                df = int(indptr[self._vocab[token] + 1] - indptr[self._vocab[token]])
                out[token] = float(np.log(1 + (n - df + 0.5) / (df + 0.5)))
        return out
