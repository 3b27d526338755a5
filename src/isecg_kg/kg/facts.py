"""Fact recording: the facts a document states, each with its evidence, and the entities it defines.

``Recorder`` is the one place facts are added (duplicates dropped) and entities are made or found:
"Full Name (ACRONYM)" extends a known entity with its new names or mints a new one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from .. import iris
from ..records import MentionRecord
from .reference import Entity, Gazetteer
from .vocab import CLASS_OF, KINDS, ORGANIZATION_TYPES, term

# A name with an acronym in brackets after it: "In-situ resource utilisation (ISRU)".
BRACKETED_ACRONYM_RE = re.compile(r"(.+?)\s*\(([A-Z][A-Za-z0-9&\-]{1,9})\)")


@dataclass
class Evidence:
    passage_id: str | None
    page: int
    sentence: str


@dataclass
class Fact:
    s: str
    p: str  # a CURIE of vocab.PREFIXES
    o: object  # an IRI (str) or a pyoxigraph Literal
    rule: str
    confidence: float
    evidence: Evidence | None = None
    date: str | None = None  # ISO date at the precision stated: when the fact holds, else its document's date


@dataclass
class Extraction:
    doc_id: str
    entities: dict[str, Entity] = field(default_factory=dict)  # entities this document defines (new or extended)
    facts: list[Fact] = field(default_factory=list)
    mentions: dict[str, list[MentionRecord]] = field(default_factory=dict)  # passage id -> entities it names


def family(type_name: str) -> str:
    """Types that may name the same thing: an organisation and a group, a country and a place."""
    if type_name in ORGANIZATION_TYPES:
        return "org"
    if type_name in {"Country", "Place", "Destination"}:
        return "place"
    if type_name in {"Document", "Presentation"}:
        return "doc"
    return type_name


class Recorder:
    """The facts and entities of one document, over a per-document copy of the gazetteer."""

    def __init__(self, doc_id: str, gazetteer: Gazetteer, base: str):
        self.base = base
        self.gazetteer = gazetteer.copy()
        self.result = Extraction(doc_id)
        self._seen: set[tuple] = set()
        self.restated: list[str] = []  # subjects of facts recorded again from the sentence read (rules.apply clears it)

    def fact(self, s: str, p: str, o, rule: str, confidence: float, evidence: Evidence | None, *,
             date: str | None = None) -> None:
        key = (s, p, o.value if isinstance(o, ox.Literal) else o, evidence.passage_id if evidence else None)
        if key in self._seen:
            self.restated.append(s)
            return
        if s == o:
            return
        self._seen.add(key)
        self.result.facts.append(Fact(s, p, o, rule, confidence, evidence, date))

    def mention(self, passage_id: str, entity: Entity) -> None:
        bucket = self.result.mentions.setdefault(passage_id, [])
        if all(item.iri != entity.iri for item in bucket):
            bucket.append(MentionRecord(entity.iri, entity.label, entity.type))

    def alias(self, entity: Entity, name: str, rule: str, confidence: float, evidence: Evidence | None, *,
              predicate: str = "skos:altLabel") -> None:
        """Another name of ``entity`` found in the document (found by the gazetteer from now on)."""
        if name and name not in entity.names():
            self.gazetteer.add_name(name, entity)
            entity.aliases.append(name)
            self.fact(entity.iri, predicate, ox.Literal(name), rule, confidence, evidence)

    def define(self, name: str, type_name: str, evidence: Evidence, *, acronym: str | None = None,
               rule: str = "definition", confidence: float = 0.9, slug: str | None = None,
               lookup: bool = True, cls: str | None = None) -> Entity:
        """The entity named ``name`` (and ``acronym``): a known one, extended with the new name, or a new one.
        ``lookup=False`` makes a new one even if the name is known (another edition, another meeting);
        ``cls`` (a CURIE) is a more fitting class than the type's default (an embassy is no space agency)."""
        name = name.strip()
        known = None
        # "In-situ resource utilisation (ISRU)": the known entity of the name before the brackets (not of what they
        # hold: in "Lunar water and oxygen extraction (ISRU)" they name the wider area the item belongs to)
        bracketed = BRACKETED_ACRONYM_RE.fullmatch(name) if acronym is None else None
        for candidate in ((acronym, name) + ((bracketed.group(1),) if bracketed else ())) if lookup else ():
            found = self.gazetteer.lookup(candidate) if candidate else None
            if found and family(found.type) == family(type_name):
                known = found
                break
        if known:
            for new in (name, acronym):
                self.alias(known, new, rule, confidence, evidence,
                           predicate="isecg:acronym" if new == acronym else "skos:altLabel")
            self.result.entities.setdefault(known.iri, known)
            return known
        kind = KINDS[type_name]
        iri = iris.entity(self.base, kind, slug or (acronym if kind in ("org", "group") and acronym else name))
        if iri in self.gazetteer.by_iri:
            return self.gazetteer.by_iri[iri]
        cls_iri = term(cls).value if cls else CLASS_OF[type_name]
        entity = Entity(iri, name, [cls_iri], acronym=acronym)
        self.gazetteer.add(entity)
        self.result.entities[iri] = entity
        self.fact(iri, "rdf:type", ox.NamedNode(cls_iri), rule, confidence, evidence)
        self.fact(iri, "skos:prefLabel", ox.Literal(name), rule, confidence, evidence)
        if acronym:
            self.fact(iri, "isecg:acronym", ox.Literal(acronym), rule, confidence, evidence)
        return entity
