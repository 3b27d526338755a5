"""The curated ontology and reference data of ``ontology/``, and the gazetteer built from them.

The gazetteer finds every name, acronym and alias of a known entity in a text and maps it to
one IRI ("JAXA" and "Japan Aerospace Exploration Agency" are the same entity).  Extraction adds
the entities a document defines ("Full Name (ACRONYM)") to a per-document copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from .. import iris
from ..settings import ONTOLOGY_DIR
from .vocab import RDF, SKOS, VOCAB, type_name

ONTOLOGY_FILE = "isecg.ttl"
SHAPES_FILE = "shapes.ttl"
REFERENCE_FILE = "reference.ttl"


@dataclass
class Entity:
    iri: str
    label: str
    types: list[str] = field(default_factory=list)  # class IRIs
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)

    @property
    def type(self) -> str:
        return type_name(self.types)

    def names(self) -> list[str]:
        return [n for n in [self.label, self.acronym, *self.aliases] if n]

    def to_dict(self) -> dict:
        return {"iri": self.iri, "label": self.label, "type": self.type, "types": self.types,
                "aliases": self.aliases, "acronym": self.acronym}


def ontology_quads(base: str, folder: Path = ONTOLOGY_DIR) -> list[ox.Quad]:
    graph = ox.NamedNode(iris.ontology_graph(base))
    return [ox.Quad(t.subject, t.predicate, t.object, graph)
            for t in ox.parse(path=str(folder / ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)]


def reference_quads(base: str, folder: Path = ONTOLOGY_DIR) -> list[ox.Quad]:
    """The reference data, its relative IRIs resolved against ``base``."""
    graph = ox.NamedNode(iris.reference_graph(base))
    return [ox.Quad(t.subject, t.predicate, t.object, graph)
            for t in ox.parse(path=str(folder / REFERENCE_FILE), format=ox.RdfFormat.TURTLE, base_iri=base)]


def entities_from_quads(quads) -> dict[str, Entity]:
    """Entities (anything with a skos:prefLabel) described by ``quads``."""
    found: dict[str, Entity] = {}
    for q in quads:
        if not isinstance(q.subject, ox.NamedNode):
            continue
        p, o = q.predicate.value, q.object
        entity = found.setdefault(q.subject.value, Entity(q.subject.value, ""))
        if p == SKOS + "prefLabel":
            entity.label = o.value
        elif p == VOCAB + "acronym":
            entity.acronym = o.value
        elif p == SKOS + "altLabel":
            entity.aliases.append(o.value)
        elif p == RDF + "type" and o.value not in entity.types:
            entity.types.append(o.value)
    return {k: e for k, e in found.items() if e.label and e.types}


def name_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("’", "'").replace("&", "and")).strip().casefold()


@dataclass
class Mention:
    start: int
    end: int
    entity: Entity
    surface: str


class Gazetteer:
    """Names, acronyms and aliases of entities, found in texts by whole-word matching.

    Acronyms and one-word names with a capital are matched case-sensitively ("US" is not "us");
    longer names and lower-case aliases ignore case.  The longest match wins.
    """

    def __init__(self, entities=()):
        self.by_iri: dict[str, Entity] = {}
        self._names: dict[str, str] = {}  # key -> iri
        self._exact: dict[str, str] = {}  # case-sensitive surface -> iri
        self._patterns = None
        for entity in entities:
            self.add(entity)

    def copy(self) -> "Gazetteer":
        other = Gazetteer()  # entities copied too: what one document adds to them stays its own
        other.by_iri = {iri: replace(e, types=list(e.types), aliases=list(e.aliases)) for iri, e in self.by_iri.items()}
        other._names = dict(self._names)
        other._exact = dict(self._exact)
        return other

    def add(self, entity: Entity) -> Entity:
        known = self.by_iri.get(entity.iri)
        if known is not entity:
            if known:
                for name in entity.names():
                    if name not in known.names():
                        known.aliases.append(name)
                entity = known
            self.by_iri[entity.iri] = entity
        for name in entity.names():
            self.add_name(name, entity)
        return entity

    def add_name(self, name: str, entity: Entity) -> None:
        if self._case_sensitive(name):
            self._exact.setdefault(name, entity.iri)
        else:
            self._names.setdefault(name_key(name), entity.iri)
        self._patterns = None

    @staticmethod
    def _case_sensitive(name: str) -> bool:
        return " " not in name.strip() and any(c.isupper() for c in name) or name.isupper()

    def lookup(self, name: str) -> Entity | None:
        iri = self._exact.get(name.strip()) or self._names.get(name_key(name))
        return self.by_iri.get(iri) if iri else None

    def _compile(self):
        def alternation(names):
            names = sorted(names, key=len, reverse=True)
            body = "|".join(re.escape(n).replace(r"\ ", r"\s+").replace(r"\s+and\s+", r"\s+(?:and|&)\s+")
                            for n in names)
            return rf"(?<![\w\-])(?:{body})(?![\w\-]|'\w\w)" if names else r"(?!x)x"

        self._patterns = (re.compile(alternation(self._exact)), re.compile(alternation(self._names), re.I))
        return self._patterns

    def find(self, text: str) -> list[Mention]:
        """Non-overlapping mentions in ``text``, longest first, in text order."""
        sensitive, insensitive = self._patterns or self._compile()
        text = text.replace("’", "'")
        candidates = []
        for m in sensitive.finditer(text):
            candidates.append((m.start(), m.end(), self._exact.get(m.group())))
        for m in insensitive.finditer(text):
            candidates.append((m.start(), m.end(), self._names.get(name_key(m.group()))))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken: list[tuple[int, int]] = []
        found = []
        for start, end, iri in candidates:
            if iri is None or any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append(Mention(start, end, self.by_iri[iri], text[start:end]))
        return sorted(found, key=lambda m: m.start)


def reference_gazetteer(base: str) -> Gazetteer:
    return Gazetteer(entities_from_quads(reference_quads(base)).values())
