"""RDF for one document: the document, its passages, the extracted facts and their provenance.

Each fact is asserted as a plain triple in the document's named graph, and described by an
``isecg:ExtractedStatement`` (rdf:subject/predicate/object, prov:wasDerivedFrom the passage,
isecg:page, isecg:sentence, prov:wasGeneratedBy the extraction rule, isecg:confidence) in the
same graph, so that replacing the graph replaces the facts and their provenance together.
"""

from __future__ import annotations

import hashlib

import pyoxigraph as ox

from .. import iris
from ..ingest.model import Document, Passage
from .facts import Extraction, Fact
from .reference import Entity
from .vocab import term, typed

_TYPE = term("rdf:type")


def _node(value) -> ox.NamedNode | ox.Literal:
    return value if isinstance(value, (ox.Literal, ox.NamedNode)) else ox.NamedNode(value)


def document_entity(base: str, doc: Document) -> Entity:
    return Entity(iris.document(base, doc.id), doc.title, [term("schema:DigitalDocument").value],
                  aliases=[doc.label] if doc.label else [])


def document_quads(base: str, doc: Document, passages: list[Passage], extraction: Extraction,
                   publisher: Entity | None, *, known: set = frozenset()) -> list[ox.Quad]:
    """The document graph.  A fact already in ``known`` (the reference data) keeps its provenance
    record here but is not asserted a second time."""
    graph = ox.NamedNode(iris.document_graph(base, doc.id))
    doc_node = ox.NamedNode(iris.document(base, doc.id))
    triples: list[tuple] = [
        (doc_node, _TYPE, term("schema:DigitalDocument")),
        (doc_node, term("dcterms:title"), ox.Literal(doc.title)),
        (doc_node, term("skos:prefLabel"), ox.Literal(doc.title)),
        (doc_node, term("rdfs:label"), ox.Literal(doc.title)),
        (doc_node, term("schema:numberOfPages"), typed(doc.page_count, "xsd:integer")),
        (doc_node, term("dcterms:identifier"), ox.Literal(doc.id)),
    ]
    stated_date = any(f.s == doc_node.value and f.p == "dcterms:issued" for f in extraction.facts)
    if doc.year and not stated_date:  # the date the document states is more precise than its year
        triples.append((doc_node, term("dcterms:issued"), typed(doc.year, "xsd:gYear")))
    if doc.label:  # the file's own name for it, beside the title its page sets
        triples.append((doc_node, term("skos:altLabel"), ox.Literal(doc.label)))
    if doc.type:
        triples.append((doc_node, term("schema:genre"), ox.Literal(doc.type)))
    if doc.source_url:
        triples.append((doc_node, term("schema:url"), typed(doc.source_url, "xsd:anyURI")))
    if publisher is not None:
        triples.append((doc_node, term("dcterms:publisher"), ox.NamedNode(publisher.iri)))
    for passage in passages:
        node = ox.NamedNode(iris.passage(base, passage.id))
        triples += [(node, _TYPE, term("isecg:Passage")), (node, term("dcterms:isPartOf"), doc_node),
                    (node, term("isecg:ordinal"), typed(passage.ordinal, "xsd:integer"))]
        triples += [(node, term("isecg:page"), typed(page, "xsd:integer")) for page in passage.pages]
        if passage.section:
            triples.append((node, term("isecg:section"), ox.Literal(passage.section)))
        for mention in extraction.mentions.get(passage.id, []):
            triples.append((node, term("isecg:mentions"), ox.NamedNode(mention.iri)))
    rules: set[str] = set()
    for fact in extraction.facts:
        s, p, o = ox.NamedNode(fact.s), term(fact.p), _node(fact.o)
        triples.append((s, p, o))
        if fact.p == "skos:prefLabel":
            triples.append((s, term("rdfs:label"), o))
        if fact.evidence is not None:
            triples += _provenance(base, doc.id, fact, s, p, o)
            rules.add(fact.rule)
    for rule in sorted(rules):
        node = ox.NamedNode(iris.entity(base, "extractor", rule))
        triples += [(node, _TYPE, term("isecg:Extractor")), (node, term("rdfs:label"), ox.Literal(rule))]
    seen = set(known)
    quads = []
    for s, p, o in triples:
        if (s, p, o) not in seen:
            seen.add((s, p, o))
            quads.append(ox.Quad(s, p, o, graph))
    return quads


def _provenance(base: str, doc_id: str, fact: Fact, s, p, o) -> list[tuple]:
    evidence = fact.evidence
    key = hashlib.sha1("\x1f".join([s.value, p.value, str(o), evidence.passage_id or "", evidence.sentence])
                       .encode()).hexdigest()[:16]
    node = ox.NamedNode(iris.statement(base, doc_id, key))
    triples = [
        (node, _TYPE, term("isecg:ExtractedStatement")),
        (node, term("rdf:subject"), s), (node, term("rdf:predicate"), p), (node, term("rdf:object"), o),
        (node, term("isecg:sentence"), ox.Literal(evidence.sentence)),
        (node, term("isecg:page"), typed(evidence.page, "xsd:integer")),
        (node, term("prov:wasGeneratedBy"), ox.NamedNode(iris.entity(base, "extractor", fact.rule))),
        (node, term("isecg:confidence"), typed(f"{fact.confidence:.2f}", "xsd:decimal")),
    ]
    if fact.date:
        triples.append((node, term("dcterms:date"), typed(fact.date, {4: "xsd:gYear", 7: "xsd:gYearMonth"}.get(
            len(fact.date), "xsd:date"))))
    if evidence.passage_id:
        triples.append((node, term("prov:wasDerivedFrom"), ox.NamedNode(iris.passage(base, evidence.passage_id))))
    return triples


def labelled(quads: list[ox.Quad]) -> list[ox.Quad]:
    """``quads`` plus an rdfs:label for every skos:prefLabel (what generic RDF tools display)."""
    pref, label = term("skos:prefLabel"), term("rdfs:label")
    return quads + [ox.Quad(q.subject, label, q.object, q.graph_name) for q in quads if q.predicate == pref]
