"""Dereferencing: entity, document and passage IRIs by content negotiation (direct, no 303)."""

from __future__ import annotations

import pyoxigraph
import pytest
import requests

from isecg_kg import iris
from isecg_kg.kg import load_entities

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
RDF_TYPES = {"text/turtle": pyoxigraph.RdfFormat.TURTLE, "application/ld+json": pyoxigraph.RdfFormat.JSON_LD,
             "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES, "application/rdf+xml": pyoxigraph.RdfFormat.RDF_XML}
ORG = "http://www.w3.org/ns/org#"
LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel")


@pytest.fixture(scope="module")
def jaxa(build):
    [entity] = [e for e in load_entities(build) if e.acronym == "JAXA"]
    return entity.iri


def path(iri: str, settings) -> str:
    return "/" + iri[len(settings.base_iri):]


def parse(body: bytes, media_type: str, iri: str) -> set[tuple[str, str, str]]:
    return {(t.subject.value, t.predicate.value, t.object.value)
            for t in pyoxigraph.parse(body, format=RDF_TYPES[media_type], base_iri=iri)}


def agency_facts_are_in(triples, iri):
    about = {(p, o) for s, p, o in triples if s == iri}
    labels = {o for _, o in about}
    assert "Japan Aerospace Exploration Agency" in labels and "JAXA" in labels
    [country] = [o for p, o in about if p == iris.VOCAB + "country"]
    assert {(country, label, "Japan") for label in LABELS} & triples
    memberships = {s for s, p, o in triples if p == ORG + "member" and o == iri}
    assert (ORG + "memberOf") in {p for p, _ in about} or memberships


@pytest.mark.parametrize("media_type", list(RDF_TYPES))
def test_rdf_clients_get_the_description(client, settings, jaxa, media_type):
    response = client.get(path(jaxa, settings), headers={"Accept": media_type})
    assert response.status_code == 200
    assert response.mimetype == media_type and response.headers["Vary"] == "Accept"
    agency_facts_are_in(parse(response.data, media_type, jaxa), jaxa)


def test_browsers_get_html_and_q_values_decide(client, settings, jaxa):
    html = client.get(path(jaxa, settings), headers={"Accept": BROWSER_ACCEPT})
    assert html.mimetype == "text/html" and "<h1>Japan Aerospace Exploration Agency</h1>" in html.get_data(as_text=True)
    turtle = client.get(path(jaxa, settings), headers={"Accept": "text/html;q=0.5, text/turtle"})
    assert turtle.mimetype == "text/turtle"
    assert client.get(path(jaxa, settings) + "?format=jsonld").mimetype == "application/ld+json"
    refused = client.get(path(jaxa, settings), headers={"Accept": "image/png"})
    assert refused.status_code == 406 and "text/turtle" in refused.get_data(as_text=True)


def test_facts_link_to_their_source_passage(client, settings, jaxa):
    html = client.get(path(jaxa, settings), headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'class="src"><a href="/id/doc/' in html
    assert 'id="graph-data"' in html


def test_document_and_passage_iris_dereference(client, settings, build):
    document = build.documents[0]
    doc_path = path(iris.document(settings.base_iri, document.id), settings)
    html = client.get(doc_path, headers={"Accept": "text/html"}).get_data(as_text=True)
    assert document.title in html and "/passage/0" in html
    passage = next(p for p in build.passages if len(p.text) > 200)
    passage_iri = iris.passage(settings.base_iri, passage.id)
    page = client.get(path(passage_iri, settings), headers={"Accept": "text/html"}).get_data(as_text=True)
    marked = page.split('<mark id="passage">', 1)[1].split("</mark>", 1)[0]
    assert marked.startswith(passage.text[:40].replace("&", "&amp;").split("\n")[0][:30])
    turtle = client.get(path(passage_iri, settings), headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200 and passage_iri in {s for s, _, _ in parse(turtle.data, "text/turtle", passage_iri)}


@pytest.mark.slow
def test_live_server_turtle_and_html(live_server, settings, jaxa):
    """`curl -H 'Accept: text/turtle' <agency IRI>` against the real server; the same IRI in a browser."""
    url = live_server + path(jaxa, settings).lstrip("/")
    turtle = requests.get(url, headers={"Accept": "text/turtle"}, timeout=30, allow_redirects=False)
    assert turtle.status_code == 200 and turtle.headers["Content-Type"].startswith("text/turtle")
    agency_facts_are_in(parse(turtle.content, "text/turtle", jaxa), jaxa)
    html = requests.get(url, headers={"Accept": BROWSER_ACCEPT}, timeout=30)
    assert html.headers["Content-Type"].startswith("text/html") and "JAXA" in html.text


def test_unknown_iris_say_their_404_varies_with_accept(client, settings):
    # The 404 body is JSON or HTML by Accept, and a 404 is cacheable: without Vary a cache would
    # hand a browser the JSON (RFC 9110 §12.5.5).
    for accept in ("text/turtle", "text/html"):
        response = client.get("/id/org/no-such-agency", headers={"Accept": accept})
        assert response.status_code == 404 and "Accept" in response.headers.get("Vary", "")


def test_rdf_descriptions_are_readable_cross_origin(client, settings, jaxa):
    response = client.get(path(jaxa, settings), headers={"Accept": "text/turtle", "Origin": "https://example.org"})
    assert response.status_code == 200 and response.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("bad", ["/id/org/%FF", "/id/org/%00", "/id/org/a%20b", "/graph/%FF"])
@pytest.mark.parametrize("accept", ["text/turtle", "text/html"])
def test_paths_that_make_no_iri_are_404_not_500(client, bad, accept):
    assert client.get(bad, headers={"Accept": accept}).status_code == 404
