"""Protocol details beyond the W3C manifest: statuses and messages, conneg, formats, headers."""

from __future__ import annotations

import pytest
import requests

QUERY = "SELECT * { ?s ?p ?o } LIMIT 2"


def test_syntax_error_says_where(w3c_server):
    resp = requests.get(w3c_server, params={"query": "SELECT * WHERE {\n  ?s ?p ?o\n  FILTER(\n}"})
    assert resp.status_code == 400
    assert resp.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert "error at 4:" in resp.text  # line 4, as the parser reports it, then that line and a caret
    assert resp.text.rstrip("\n").split("\n")[-2:] == ["}", " ^"]


@pytest.mark.parametrize("method,kwargs,status,words", [
    ("PUT", {"params": {"query": "ASK {}"}}, 405, "GET or POST"),
    ("POST", {"data": "ASK {}", "headers": {"Content-Type": "text/plain"}}, 415, "application/sparql-query"),
    ("POST", {"data": "ASK {}"}, 415, "no Content-Type"),
    ("POST", {"data": "ASK {}".encode("utf-16"), "headers": {"Content-Type": "application/sparql-query; charset=UTF-16"}},
     415, "UTF-8"),
    ("POST", {"data": b"ASK { \xff }", "headers": {"Content-Type": "application/sparql-query"}}, 400, "UTF-8"),
    ("POST", {"data": "query=ASK%20%7B%FF%7D", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
     400, "UTF-8"),
    ("GET", {"params": [("query", "ASK {}"), ("query", "ASK {}")]}, 400, "exactly one"),
    ("GET", {"params": {"update": "CLEAR ALL"}}, 405, "POST"),
    ("GET", {"params": {"query": "ASK {}", "default-graph-uri": "not an iri"}}, 400, "absolute IRI"),
    ("GET", {"params": {"query": QUERY, "format": "png"}}, 400, "format must be a format name (json, xml, csv, tsv, turtle"),
])
def test_bad_requests_get_precise_errors(w3c_server, method, kwargs, status, words):
    resp = requests.request(method, w3c_server, **kwargs)
    assert resp.status_code == status, resp.text
    assert words in resp.text


def test_406_lists_what_is_offered(w3c_server):
    resp = requests.get(w3c_server, params={"query": QUERY}, headers={"Accept": "image/png"})
    assert resp.status_code == 406
    assert "application/sparql-results+json" in resp.text and "text/tab-separated-values" in resp.text
    resp = requests.get(w3c_server, params={"query": "ASK {}"}, headers={"Accept": "text/csv"})
    assert resp.status_code == 406  # CSV has no boolean form


@pytest.mark.parametrize("accept,expected", [
    ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
    ("application/*;q=0.2, text/csv;q=0.1", "application/sparql-results+json"),
    ("application/xml", "application/xml"),
    ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),
])
def test_select_conneg(w3c_server, accept, expected):
    resp = requests.get(w3c_server, params={"query": QUERY}, headers={"Accept": accept})
    assert resp.status_code == 200
    assert resp.headers["Content-Type"] == f"{expected}; charset=utf-8"
    assert resp.headers["Vary"] == "Accept"


@pytest.mark.parametrize("value,expected", [
    ("turtle", "text/turtle"), ("nt", "application/n-triples"), ("rdfxml", "application/rdf+xml"),
    ("jsonld", "application/ld+json"), ("nquads", "application/n-quads"), ("trig", "application/trig"),
    ("application/trig", "application/trig"), ("xml", "application/rdf+xml"),
])
def test_construct_format_parameter(w3c_server, value, expected):
    resp = requests.get(w3c_server, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": value},
                        headers={"Accept": "text/turtle"})
    assert resp.status_code == 200
    assert resp.headers["Content-Type"] == f"{expected}; charset=utf-8"
    assert "kasei.us" in resp.text


def test_post_forms_agree(w3c_server):
    accept = {"Accept": "application/sparql-results+json"}
    by_get = requests.get(w3c_server, params={"query": QUERY}, headers=accept).json()
    by_form = requests.post(w3c_server, data={"query": QUERY}, headers=accept).json()
    direct = requests.post(w3c_server, data=QUERY.encode(),
                           headers={**accept, "Content-Type": "application/sparql-query; charset=utf-8"}).json()
    assert by_get == by_form == direct and len(by_get["results"]["bindings"]) == 2
    # A query file saved with a byte order mark is UTF-8 all the same.
    with_bom = requests.post(w3c_server, data=b"\xef\xbb\xbf" + QUERY.encode(),
                             headers={**accept, "Content-Type": "application/sparql-query"})
    assert with_bom.status_code == 200 and with_bom.json() == by_get


def test_default_graph_is_the_union_and_from_selects(w3c_server):
    accept = {"Accept": "application/sparql-results+json"}

    def count(**params):
        data = requests.get(w3c_server, params={"query": "SELECT * { ?s ?p ?o }", **params}, headers=accept).json()
        return len(data["results"]["bindings"])

    assert count() == 15
    assert count(**{"default-graph-uri": "http://kasei.us/2009/09/sparql/data/data1.rdf"}) == 1
    query = "SELECT * FROM <http://kasei.us/2009/09/sparql/data/data2.rdf> { ?s ?p ?o }"
    data = requests.get(w3c_server, params={"query": query}, headers=accept).json()
    assert [b["s"]["value"] for b in data["results"]["bindings"]] == ["http://kasei.us/2009/09/sparql/data/data2.rdf"]


def test_browser_gets_the_editor(w3c_server):
    resp = requests.get(w3c_server, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert resp.status_code == 200 and resp.headers["Content-Type"].startswith("text/html")
    assert "/static/vendor/yasgui.min.js" in resp.text and "Members of ISECG" in resp.text
    assert requests.get(w3c_server.rsplit("/", 1)[0] + "/static/vendor/yasgui.min.js").status_code == 200


def test_head_on_the_service_description(w3c_server):
    resp = requests.head(w3c_server, headers={"Accept": "text/turtle"})
    assert resp.status_code == 200 and resp.headers["Content-Type"].startswith("text/turtle")


@pytest.mark.parametrize("method,params", [("PUT", {"query": "ASK {}"}), ("GET", {"update": "CLEAR ALL"}),
                                           ("OPTIONS", {})])
def test_allow_lists_every_method_served(w3c_server, method, params):
    # RFC 9110 §15.5.6: a 405 must carry Allow; HEAD is served (like GET), so Allow names it too.
    resp = requests.request(method, w3c_server, params=params)
    assert resp.status_code in (204, 405)
    assert {m.strip() for m in resp.headers["Allow"].split(",")} == {"GET", "HEAD", "POST", "OPTIONS"}
