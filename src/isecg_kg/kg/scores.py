"""Scores of extracted facts against gold facts, and the look-ups on the graph they need."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import iris


@dataclass
class Score:
    kind: str
    predicted: int = 0
    correct: int = 0  # predictions that match a gold fact
    gold: int = 0
    found: int = 0  # gold facts some prediction matches
    missing: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def to_dict(self) -> dict:
        return {"kind": self.kind, "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "predicted": self.predicted, "gold": self.gold, "missing": self.missing, "wrong": self.wrong}


def norm_name(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w ]", " ", text.casefold())).strip()


class Graph:
    """Look-ups on the store: names of an entity, facts of the document graphs."""

    def __init__(self, store, base: str, doc_ids: list[str] | None = None):
        self.store = store
        self.doc_ids = doc_ids
        self.doc_graphs = " ".join(f"<{iris.document_graph(base, d)}>" for d in doc_ids) if doc_ids else None
        self.all_docs = iris.document_graph(base, "")

    def names(self, iri: str) -> set[str]:
        rows = self.store.rows(f"""SELECT ?n WHERE {{ <{iri}> skos:prefLabel|skos:altLabel|isecg:acronym|dcterms:title
                                   ?n }}""")
        return {norm_name(r["n"]) for r in rows}

    def acronyms(self, iri: str) -> set[str]:
        return {r["a"] for r in self.store.rows(f"SELECT ?a WHERE {{ <{iri}> isecg:acronym ?a }}")}

    def types(self, iri: str) -> set[str]:
        return {r["t"] for r in self.store.rows(f"SELECT ?t WHERE {{ <{iri}> a ?t }}")}

    def facts(self, s: str, p: str, o: str, variables: str) -> list[dict]:
        """Solutions of the triple pattern ``s p o`` that a document states: its provenance record
        is in a document graph (the triple itself may also be reference data)."""
        within = (f"VALUES ?g {{ {self.doc_graphs} }}" if self.doc_graphs
                  else f'FILTER(STRSTARTS(STR(?g), "{self.all_docs}"))')
        return self.store.rows(f"""SELECT DISTINCT {variables} WHERE {{ {s} {p} {o} .
            GRAPH ?g {{ ?st rdf:subject {s} ; rdf:predicate {p} ; rdf:object {o} }} {within} }}""")


def is_named(graph: Graph, iri: str, *wanted: str) -> bool:
    names = graph.names(iri)
    return any(norm_name(w) in names for w in wanted if w)


def score_of(kind: str, predicted: list, gold: list, match) -> Score:
    score = Score(kind, predicted=len(predicted), gold=len(gold))
    hits = {i: [g for g in gold if match(p, g)] for i, p in enumerate(predicted)}
    score.correct = sum(1 for h in hits.values() if h)
    matched = [g for h in hits.values() for g in h]
    score.found = sum(1 for g in gold if g in matched)
    score.missing = [g for g in gold if g not in matched]
    score.wrong = [p for i, p in enumerate(predicted) if not hits[i]]
    return score
