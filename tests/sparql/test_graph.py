"""The endpoint over the real knowledge graph of the session's build (Flask test client)."""

from __future__ import annotations

import pytest
from rdflib import Graph, Namespace, URIRef

from isecg_kg import iris
from isecg_kg.sparql.examples import EXAMPLES

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
SH = Namespace("http://www.w3.org/ns/shacl#")
pytestmark = pytest.mark.slow  # the session build


def test_service_description_lists_the_document_graphs_and_prefixes(client, build, settings):
    resp = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert resp.status_code == 200
    graph = Graph().parse(data=resp.get_data(as_text=True), format="turtle")
    names = {str(o) for o in graph.objects(None, SD.name)}
    assert {iris.document_graph(settings.base_iri, d.id) for d in build.documents} <= names
    assert iris.reference_graph(settings.base_iri) in names
    prefixes = {str(graph.value(d, SH.prefix)): str(graph.value(d, SH.namespace))
                for d in graph.objects(URIRef(settings.base_iri + "sparql"), SH.declare)}  # base_iri, not Host
    assert prefixes["isecg"] == iris.VOCAB and prefixes["org"] == "http://www.w3.org/ns/org#"


@pytest.mark.parametrize("title,query", EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_every_example_query_answers(client, title, query):
    resp = client.post("/sparql", data={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert resp.status_code == 200, resp.get_data(as_text=True)
    assert resp.get_json()["results"]["bindings"], f"{title}: no answer on the shipped corpus"


def test_facts_come_from_their_document_graph(client, build, settings):
    doc = build.documents[0]
    query = "ASK { GRAPH ?g { ?s ?p ?o } }"
    resp = client.get("/sparql", query_string={"query": query, "named-graph-uri": iris.document_graph(
        settings.base_iri, doc.id)}, headers={"Accept": "application/sparql-results+json"})
    assert resp.get_json()["boolean"] is True


def test_sparqlwrapper_against_the_production_server(live_server):
    """`isecg-kg serve` (gunicorn) with its query processes, asked by a standard client."""
    from SPARQLWrapper import JSON, SPARQLWrapper

    sparql = SPARQLWrapper(live_server + "sparql")
    sparql.setQuery(EXAMPLES[0][1])
    sparql.setReturnFormat(JSON)
    rows = sparql.query().convert()["results"]["bindings"]
    assert rows and all(row["member"]["type"] == "uri" for row in rows)
