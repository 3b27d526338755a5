"""Hybrid passage search over a published build: dense (FAISS) + lexical (BM25), fused by
normalised scores with a boost for the documents the query names (whose naming words rank documents, not
passages) and for passages stating a count of what a "how many" query counts, with filters, facets,
highlights and the entities each passage mentions."""

from __future__ import annotations

import copy
import dataclasses
import functools
import importlib
import importlib.util
import json
import logging
import math
import time
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .. import iris
from ..indexes import Build
from ..records import DocumentRef, Highlight, HitScores, MentionRecord, SearchHit
from ..settings import Settings
from ..text import sentence_spans
from . import dense, embed, rerank
from .build import STAGE, context, window_texts
from .counts import counted, states_count
from .cues import DocumentCues, without
from .highlight import best_span
from .lexical import Lexical, tokenize
from .params import MODES, BadParameter

log = logging.getLogger(__name__)

# Hybrid score: each retriever's score scaled to 0..1 over the candidates (BM25 by the best, cosine
# min-max), mixed with equal weight; plus DOCUMENT_BOOST times the share of the query's document cues
# (year, edition, title words, type: see cues.py) the passage's document matches: a document the query
# names in full ranks first (the two retrievers together score at most 1), one it names in part is
# boosted in proportion.  Measured against reciprocal rank fusion
# (bench/search_quality.py): RRF ignores how far ahead the best lexical match is and trailed plain BM25
# on a corpus of many documents.
LEXICAL_WEIGHT = 0.5
DOCUMENT_BOOST = 1.0
# The words naming a document are taken out of the query the retrievers rank passages by (below), and count
# this share of their BM25 score back: a passage whose own text speaks of the named document or thing ("the
# workshop statement", "the fourth edition of the roadmap") ranks above one that only shares the rest of the
# question.  Kept small, since every passage of the named document holds its title's words: over the 30
# development sets (round 17) 0.05 and 0.1 gained 4 first hits of 629, 0.15 one; 0.2 none and 0.5 lost on fewer.
NAMING_WEIGHT = 0.1
# Added to a passage that states a number of what a "how many" query counts (counts.py): the kind of
# answer the question expects.  Measured (bench/search_quality.py, 0.1 / 0.2 / 0.3): 0.1 moved no
# question, 0.2 and 0.3 the same one; the smaller is kept.
COUNT_BOOST = 0.2
# Each passage of a document already ranked above costs this much, so that one document does not
# drown the others (a question spanning two documents wants both).
SAME_DOCUMENT = 0.05
# The cross-encoder's logit over the first search_rerank hits, scaled 0..1 among them, is added at this weight
# (rerank.py), so that it mostly decides their order.  Chosen on 20 development sets (corpus-multi and aa-as, 540
# questions, hybrid first hits 401 without): 0.5 / 0.75 / 1.5 / 3 / 5 gave 427 / 431 / 431 / 427 / 423 with the top 5
# re-scored (the top 10: 418-436, at twice the cost); only 1.5 of the top three kept corpus-multi's 24 of 27.
# Then, once, on the held-out sets at-aw: 58 -> 64 of 108 (at 16, au 12 -> 14, av 15 -> 18, aw 15 -> 16).
RERANK_WEIGHT = 1.5
DIVERSIFY_DEPTH = 50  # the top this many candidates are diversified; the rest keep their order
FACET_LIMIT = 20  # values listed per facet


class SearchIndexMissing(RuntimeError):
    """The build has no search stage output."""


@dataclass
class _Hit:
    row: int
    fused: float
    dense: float | None = None
    lexical: float | None = None
    dense_rank: int | None = None
    lexical_rank: int | None = None
    document: float = 0.0  # boost from the query's document cues
    count: float = 0.0  # boost for stating a count of what the query counts
    rerank: float = 0.0  # the cross-encoder's share of the fused score


class SearchEngine:
    def __init__(self, build: Build, settings: Settings, *, index, lexical: Lexical, ids: list[str],
                 window_passage: list[int], mentions: dict[str, list[MentionRecord]] | None):
        self.build = build
        self.settings = settings
        self._index = index
        # Vector (window) row -> passage row; a passage's windows are consecutive rows.
        self._window_passage = np.asarray(window_passage, dtype=np.int64)
        self._first_window = np.searchsorted(self._window_passage, np.arange(len(ids) + 1))
        # Windows to fetch so that ``depth`` distinct passages remain after keeping each one's best.
        self._fanout = 2 * max(1, -(-len(window_passage) // max(1, len(ids))))
        self._lexical = lexical
        self._passages = [build.passages_by_id[i] for i in ids]
        self._documents = build.documents_by_id
        self._mentions = mentions
        self._cues = DocumentCues(build.documents)
        docs = [self._documents[p.doc_id] for p in self._passages]
        self._row_doc = np.array([p.doc_id for p in self._passages], dtype=object)
        self._row_year = np.array([d.year if d.year is not None else -1 for d in docs], dtype=np.int64)
        self._row_type = np.array([(d.type or "").lower() for d in docs], dtype=object)
        self._row_section = np.array([(p.section or "").lower() for p in self._passages], dtype=object)
        row_of = {p.id: row for row, p in enumerate(self._passages)}
        self._entity_rows: dict[str, list[int]] = {}  # entity IRI -> rows of the passages mentioning it
        for passage_id, found in (mentions or {}).items():
            for iri in {m.iri for m in found}:
                if passage_id in row_of:
                    self._entity_rows.setdefault(iri, []).append(row_of[passage_id])

    @classmethod
    def from_build(cls, build: Build, settings: Settings, *,
                   mentions: dict[str, list[MentionRecord]] | None = None) -> SearchEngine:
        """The engine over ``build``'s search index; ``mentions`` (passage id -> entities) defaults to
        the knowledge graph's of the same build (none when the build has no graph)."""
        folder = build.stage_dir(STAGE)
        if not (folder / "rows.json").exists():
            raise SearchIndexMissing(f"build {build.build_id} has no search index; run `isecg-kg ingest --force`")
        rows = json.loads((folder / "rows.json").read_text())
        dense.single_threaded()
        return cls(build, settings, index=dense.load(folder / "dense.faiss", ef_search=settings.search_ef_search),
                   lexical=Lexical.load(folder / "bm25"), ids=rows["ids"], window_passage=rows["window_passage"],
                   mentions=_load_mentions(build) if mentions is None else mentions)

    def without_rerank(self) -> SearchEngine:
        """This engine, over the same loaded indexes, with search_rerank 0."""
        twin = copy.copy(self)
        twin.settings = dataclasses.replace(self.settings, search_rerank=0)
        return twin

    @property
    def model(self):
        return embed.load_model(self.settings.model)

    def encode_query(self, query: str) -> np.ndarray:
        """The query's unit vector (read-only).  Recent queries are cached: /api/ask encodes the
        question for the search and again to score answer sentences."""
        return self._encode_cached(query)

    @functools.lru_cache(maxsize=256)  # noqa: B019 - one engine per build; the cache goes with it
    def _encode_cached(self, query: str) -> np.ndarray:
        vector = embed.encode(self.model, [query], batch_size=1)[0]
        vector.setflags(write=False)
        return vector

    def search(self, query: str, *, k: int = 10, mode: str = "hybrid", doc: str | None = None,
               year_from: int | None = None, year_to: int | None = None, doc_type: str | None = None,
               section: str | None = None, entity: str | None = None) -> dict:
        if mode not in MODES:
            raise BadParameter(f"mode must be one of {', '.join(MODES)}; got {mode!r}")
        started = time.perf_counter()
        # Filters first: a bad one is refused before the model loads (seconds, once per process).
        allowed = self._allowed(doc=doc, year_from=year_from, year_to=year_to, doc_type=doc_type, section=section,
                                entity=entity)
        if mode != "lexical":
            loading = time.perf_counter()
            embed.load_model(self.settings.model)
            started += time.perf_counter() - loading  # took_ms is the query's, without the model's loading
        depth = max(self.settings.search_candidates, k)
        cues = self._cues.scores(query) if mode == "hybrid" else {}
        # The words naming a document ("the 2013 roadmap", "the benefits paper") go to the document
        # boost; both retrievers rank passages by the rest of the question, or they would favour the
        # passages that repeat a title over the one that answers.
        naming = self._cues.naming(query) if cues else []
        passage_query = without(query, naming) if naming else query
        if not tokenize(passage_query):  # the query only names a document ("the 2013 roadmap")
            passage_query, naming = query, []
        lexical_scores = self._lexical.scores(passage_query) if mode in ("hybrid", "lexical") else None
        if lexical_scores is not None and naming and NAMING_WEIGHT:
            lexical_scores = lexical_scores + NAMING_WEIGHT * self._lexical.scores(" ".join(naming))
        query_vector = self.encode_query(passage_query) if mode in ("hybrid", "dense") else None
        ranked: dict[str, list[tuple[int, float]]] = {}
        if query_vector is not None:
            ranked["dense"] = self._dense(query_vector, depth, allowed)
        if lexical_scores is not None:
            ranked["lexical"] = _top(lexical_scores, depth, allowed)
        hits = self._fuse(ranked, lexical_scores, query_vector, cues,
                          counted(query) if mode == "hybrid" else None)
        if query_vector is not None and mode == "hybrid" and self.settings.search_rerank:
            hits = self._reranked(query, hits, query_vector)
        results = [self._result(rank, hit, query) for rank, hit in enumerate(hits[:k], start=1)]
        facets = self._facets([h.row for h in hits])
        return {
            "query": query,
            "mode": mode,
            "k": k,
            "filters": {name: value for name, value in (("doc", doc), ("year_from", year_from), ("year_to", year_to),
                                                        ("type", doc_type), ("section", section), ("entity", entity))
                        if value is not None},
            "took_ms": round((time.perf_counter() - started) * 1000, 1),
            "total": len(hits),
            "results": results,
            "facets": facets,
        }

    # -- filters -------------------------------------------------------------------------------

    def _allowed(self, *, doc, year_from, year_to, doc_type, section, entity) -> np.ndarray | None:
        """Sorted rows passing every filter, or None when there is no filter."""
        mask = np.ones(len(self._passages), dtype=bool)
        filtered = False
        if doc is not None:
            if doc not in self._documents:
                raise BadParameter(f"unknown document {doc!r}; documents: {_listing(self._documents)}")
            mask &= self._row_doc == doc
            filtered = True
        if year_from is not None:
            mask &= self._row_year >= year_from
            filtered = True
        if year_to is not None:
            mask &= (self._row_year <= year_to) & (self._row_year >= 0)
            filtered = True
        if doc_type is not None:
            types = {(d.type or "").lower() for d in self._documents.values()} - {""}
            if doc_type.lower() not in types:
                raise BadParameter(f"unknown document type {doc_type!r}; types: {_listing(types)}")
            mask &= self._row_type == doc_type.lower()
            filtered = True
        if section is not None:
            needle = section.lower()
            mask &= np.array([needle in s for s in self._row_section], dtype=bool)
            filtered = True
        if entity is not None:
            if self._mentions is None:
                raise BadParameter("the entity filter needs the knowledge graph's mentions (graph/mentions.json), "
                                   "which this build lacks; rebuild with `isecg-kg ingest --force`")
            entity_mask = np.zeros(len(self._passages), dtype=bool)
            entity_mask[self._entity_rows.get(entity, [])] = True
            mask &= entity_mask
            filtered = True
        return np.flatnonzero(mask).astype(np.int64) if filtered else None

    # -- ranking -------------------------------------------------------------------------------

    def _dense(self, query_vector: np.ndarray, depth: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        """The ``depth`` best passages by their best window, best first."""
        windows = None if allowed is None else np.flatnonzero(np.isin(self._window_passage, allowed))
        rows, scores = dense.search(self._index, query_vector, depth * self._fanout, allowed=windows,
                                    ef_search=self.settings.search_ef_search)
        best: dict[int, float] = {}
        for window, score in zip(rows.tolist(), scores.tolist()):  # best first: a passage's first is its max
            best.setdefault(int(self._window_passage[window]), score)
        return list(best.items())[:depth]

    def _dense_score(self, row: int, query_vector: np.ndarray) -> float:
        start, end = self._first_window[row], self._first_window[row + 1]
        return float((self._index.reconstruct_n(int(start), int(end - start)) @ query_vector).max())

    def _fuse(self, ranked: dict[str, list[tuple[int, float]]], lexical_scores: np.ndarray | None,
              query_vector: np.ndarray | None, cues: dict[str, float], counts: str | None) -> list[_Hit]:
        hits: dict[int, _Hit] = {}
        for retriever, pairs in ranked.items():
            for rank, (row, score) in enumerate(pairs, start=1):
                hit = hits.setdefault(row, _Hit(row, score))
                setattr(hit, retriever, score)
                setattr(hit, retriever + "_rank", rank)
        # Fill in the other retriever's score for passages only one of them retrieved: fusion needs
        # both, and a reader sees why a passage ranks where it does.
        for hit in hits.values():
            if hit.lexical is None and lexical_scores is not None:
                hit.lexical = float(lexical_scores[hit.row])
            if hit.dense is None and query_vector is not None:
                hit.dense = self._dense_score(hit.row, query_vector)
        if len(ranked) == 1 or not hits:
            return sorted(hits.values(), key=lambda h: (-h.fused, h.row))
        # Both retrievers ran, so every hit has both scores (filled in above).
        lexical = {row: float(h.lexical or 0.0) for row, h in hits.items()}
        cosine = {row: float(h.dense or 0.0) for row, h in hits.items()}
        top_lexical = max(lexical.values()) or 1.0
        low, high = min(cosine.values()), max(cosine.values())
        for row, hit in hits.items():
            hit.document = DOCUMENT_BOOST * cues.get(self._passages[row].doc_id, 0.0)
            hit.count = COUNT_BOOST if counts and states_count(self._passages[row].text, counts) else 0.0
            hit.fused = (LEXICAL_WEIGHT * lexical[row] / top_lexical
                         + (1 - LEXICAL_WEIGHT) * (cosine[row] - low) / ((high - low) or 1.0)
                         + hit.document + hit.count)
        return _diversified(sorted(hits.values(), key=lambda h: (-h.fused, h.row)), self._row_doc)

    def _reranked(self, query: str, hits: list[_Hit], query_vector: np.ndarray) -> list[_Hit]:
        """``hits`` with the first search_rerank re-scored by the cross-encoder and re-ordered among
        themselves (each only gains, so they stay ahead of the rest)."""
        top = hits[:self.settings.search_rerank]
        if len(top) < 2:
            return hits
        scorer = self._sentence_scorer(query)
        logits = self._logits(query, tuple(self._window_read(h.row, scorer, query_vector) for h in top))
        low, high = float(logits.min()), float(logits.max())
        for hit, logit in zip(top, logits.tolist()):
            hit.rerank = RERANK_WEIGHT * (logit - low) / ((high - low) or 1.0)
            hit.fused += hit.rerank
        return sorted(top, key=lambda h: (-h.fused, h.row)) + hits[len(top):]

    @functools.lru_cache(maxsize=256)  # noqa: B019 - one engine per build; a query asked again (the search page after
    # /api/search, another k) reads the same windows
    def _logits(self, query: str, texts: tuple[str, ...]) -> np.ndarray:
        return rerank.load(self.settings.search_rerank_model).logits(query, list(texts))

    def _window_read(self, row: int, scorer, query_vector: np.ndarray) -> str:
        """The window of passage ``row`` (build.window_texts) the cross-encoder reads: of those holding the
        highlight sentence (the most query-term weight, by ``scorer``), the one closest to the query.  The closest alone
        missed an answer lying in another window (a city named once, in a sentence the question's words fit)."""
        passage = self._passages[row]
        start, end = self._first_window[row], self._first_window[row + 1]
        cosines = self._index.reconstruct_n(int(start), int(end - start)) @ query_vector
        sentences = [passage.text[a:b] for a, b in sentence_spans(passage.text)]
        windows = window_texts(context(passage, self._documents.get(passage.doc_id)), sentences,
                               embed.token_counts(self.model, sentences))
        if len(windows) != len(cosines):  # a build made with another model's word pieces
            return windows[0]
        best = passage.text[slice(*best_span(passage.text, scorer))]
        holding = [i for i, window in enumerate(windows) if best in window] or range(len(windows))
        return windows[max(holding, key=lambda i: cosines[i])]

    # -- output --------------------------------------------------------------------------------

    def _result(self, rank: int, hit: _Hit, query: str) -> SearchHit:
        passage = self._passages[hit.row]
        document = self._documents[passage.doc_id]
        return SearchHit(
            rank=rank,
            score=round(hit.fused, 6),
            scores=HitScores(fused=round(hit.fused, 6),
                             dense=None if hit.dense is None else round(hit.dense, 6),
                             lexical=None if hit.lexical is None else round(hit.lexical, 6),
                             dense_rank=hit.dense_rank, lexical_rank=hit.lexical_rank,
                             document=round(hit.document, 6), count=round(hit.count, 6),
                             rerank=round(hit.rerank, 6)),
            text=passage.text,
            page=passage.page,
            pages=passage.pages,
            section=passage.section,
            passage=iris.passage(self.settings.base_iri, passage.id),
            passage_id=passage.id,
            document=DocumentRef(id=document.id, title=document.title, year=document.year, type=document.type,
                                 label=document.label,
                                 iri=iris.document(self.settings.base_iri, document.id)),
            highlight=Highlight.of(passage.text, *best_span(passage.text, self._sentence_scorer(query))),
            entities=list((self._mentions or {}).get(passage.id, [])),
        )

    def _sentence_scorer(self, query: str):
        weights = self._lexical.idf(tokenize(query))

        def score(sentences: list[str]) -> list[float]:
            # fsum: exact whatever the order a set of terms is summed in (it varies with the hash seed), so that
            # two sentences of equal weight tie, and the first wins, in every process
            return [math.fsum(weights.get(t, 0.0) for t in set(tokenize(s))) for s in sentences]

        return score

    def _facets(self, rows: list[int]) -> dict:
        docs: Counter[str] = Counter()
        years: Counter[int] = Counter()
        types: Counter[str] = Counter()
        entity_types: Counter[str | None] = Counter()
        entities: Counter[str] = Counter()
        labels: dict[str, tuple[str, str | None]] = {}
        for row in rows:
            passage = self._passages[row]
            document = self._documents[passage.doc_id]
            docs[document.id] += 1
            if document.year is not None:
                years[document.year] += 1
            if document.type:
                types[document.type] += 1
            mentions = (self._mentions or {}).get(passage.id, [])
            # Facets count passages: each entity and each entity type once per passage.
            entities.update({m.iri for m in mentions})
            entity_types.update({m.type for m in mentions})
            for mention in mentions:
                labels[mention.iri] = (mention.label, mention.type)
        return {
            "documents": [{"id": d, "title": self._documents[d].title, "count": n}
                          for d, n in docs.most_common(FACET_LIMIT)],
            "years": [{"year": y, "count": n} for y, n in sorted(years.items(), reverse=True)],
            "types": [{"type": t, "count": n} for t, n in types.most_common(FACET_LIMIT)],
            "entity_types": [{"type": t, "count": n} for t, n in entity_types.most_common(FACET_LIMIT) if t],
            "entities": [{"iri": i, "label": labels[i][0], "type": labels[i][1], "count": n}
                         for i, n in entities.most_common(FACET_LIMIT)],
        }


def _diversified(hits: list[_Hit], row_doc: np.ndarray) -> list[_Hit]:
    """``hits`` (best first) greedily reordered with SAME_DOCUMENT taken off per passage of the same
    document placed before; the adjusted score becomes the hit's fused score."""
    pool, out = hits[:DIVERSIFY_DEPTH], []
    placed: Counter[str] = Counter()
    while pool:
        best = max(pool, key=lambda h: (h.fused - SAME_DOCUMENT * placed[row_doc[h.row]], -h.row))
        pool.remove(best)
        best.fused -= SAME_DOCUMENT * placed[row_doc[best.row]]
        placed[row_doc[best.row]] += 1
        out.append(best)
    return out + hits[DIVERSIFY_DEPTH:]


def _listing(names, most: int = 20) -> str:
    names = sorted(names)
    return ", ".join(names[:most]) + (f" and {len(names) - most} more" if len(names) > most else "")


def _top(scores: np.ndarray, depth: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
    """The best ``depth`` rows with a positive score (a lexical match), best first."""
    rows = np.flatnonzero(scores > 0) if allowed is None else allowed[scores[allowed] > 0]
    if len(rows) > depth:
        rows = rows[np.argpartition(-scores[rows], depth - 1)[:depth]]
    rows = rows[np.lexsort((rows, -scores[rows]))]
    return [(int(r), float(scores[r])) for r in rows]


def _load_mentions(build: Build) -> dict[str, list[MentionRecord]] | None:
    """The knowledge graph's passage -> entity mentions, or None when this build has none."""
    if importlib.util.find_spec("isecg_kg.kg") is None:
        return None
    kg = importlib.import_module("isecg_kg.kg")
    if not hasattr(kg, "load_mentions") or not (build.stage_dir("graph") / "mentions.json").exists():
        return None
    return kg.load_mentions(build)
