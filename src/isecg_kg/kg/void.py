"""The sizes of a build's graphs as a VoID description (https://www.w3.org/TR/void/), written by
the graph stage into a named graph of its own (``{base}graph/void``).

Counting them live (``GROUP BY ?g`` over ``GRAPH ?g { ?s ?p ?o }``, or ``COUNT(*)`` over the
default graph) reads every quad of the store: seconds to minutes on an on-disk store of a
million quads.  Counted once here, while the dataset is written, "which graphs, how big" is a
lookup for the example query of the SPARQL page and the service description alike:

    {base}dataset a void:Dataset ; void:triples N (the merged default graph) ; void:sparqlEndpoint {base}sparql ;
        void:subset <graph> ... ;
        void:propertyPartition [ void:property <p> ; void:triples n ] ...   (the merge's triples per predicate)
    <graph> a void:Dataset ; void:triples n   (each named graph, this one included)
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from .. import iris
from .vocab import DCTERMS, RDF, VOID


def describe(dataset: Path, base: str) -> int:
    """Append the VoID description of the named graphs of the N-Quads file ``dataset`` (every quad
    in a named graph, as the graph stage writes it) to that file; returns the quads appended.
    Counts are exact: a triple stated twice in a graph counts once, and once in the merge."""
    own = iris.void_graph(base)
    sizes: dict[str, set[bytes]] = {}
    merged: set[bytes] = set()
    with open(dataset, "rb") as handle:
        for line in handle:
            # "<s> <p> <o> <g> ." -- the graph is the last term (an IRI: no space in it).
            triple, graph, dot = line.rstrip().rsplit(b" ", 2)
            if dot != b"." or not graph.startswith(b"<"):
                raise ValueError(f"{dataset}: not a quad in a named graph: {line[:200]!r}")
            name = graph[1:-1].decode()
            if name == own:
                raise ValueError(f"{dataset} is described already (graph {own})")
            sizes.setdefault(name, set()).add(triple)
            merged.add(triple)
    predicates = Counter(triple.split(b" ", 2)[1] for triple in merged)  # subjects and predicates hold no space
    quads = void_quads(base, {name: len(triples) for name, triples in sizes.items()}, len(merged),
                       {p[1:-1].decode(): n for p, n in predicates.items()})
    with open(dataset, "ab") as handle:
        ox.serialize(quads, handle, ox.RdfFormat.N_QUADS)
    return len(quads)


def void_quads(base: str, sizes: dict[str, int], merged: int, by_property: dict[str, int]) -> list[ox.Quad]:
    """The description of named graphs of ``sizes`` ({graph IRI: triples}) whose merge holds
    ``merged`` triples, ``by_property`` ({predicate IRI: triples}) of them per predicate.  Its own
    graph is described too, and its triples count in the merge (none of them is stated elsewhere):
    the description is drawn once to count its own triples (a count is one triple whatever its
    value), then again with them."""
    graph, whole = ox.NamedNode(iris.void_graph(base)), ox.NamedNode(iris.dataset(base))
    a, dataset, triples = ox.NamedNode(RDF + "type"), ox.NamedNode(VOID + "Dataset"), ox.NamedNode(VOID + "triples")
    own_properties = [RDF + "type", DCTERMS + "title"] + [VOID + p for p in (
        "sparqlEndpoint", "subset", "triples", "propertyPartition", "property")]
    partitions = {p: ox.BlankNode() for p in sorted(set(by_property) | set(own_properties))}

    def count(n: int) -> ox.Literal:
        return ox.Literal(str(n), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))

    def draw(own: int, own_by_property: Counter[str]) -> list[ox.Triple]:
        out = [ox.Triple(whole, a, dataset),
               ox.Triple(whole, ox.NamedNode(DCTERMS + "title"), ox.Literal("isecg-kg knowledge graph", language="en")),
               ox.Triple(whole, ox.NamedNode(VOID + "sparqlEndpoint"), ox.NamedNode(base + "sparql")),
               ox.Triple(whole, triples, count(merged + own))]
        for name, n in sorted({**sizes, graph.value: own}.items()):
            out += [ox.Triple(whole, ox.NamedNode(VOID + "subset"), ox.NamedNode(name)),
                    ox.Triple(ox.NamedNode(name), a, dataset), ox.Triple(ox.NamedNode(name), triples, count(n))]
        for name, partition in partitions.items():
            out += [ox.Triple(whole, ox.NamedNode(VOID + "propertyPartition"), partition),
                    ox.Triple(partition, ox.NamedNode(VOID + "property"), ox.NamedNode(name)),
                    ox.Triple(partition, triples, count(by_property.get(name, 0) + own_by_property[name]))]
        return out

    draft = draw(0, Counter())
    final = draw(len(draft), Counter(t.predicate.value for t in draft))
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in final]
