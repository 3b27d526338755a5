"""SPARQLWrapper (a standard client) against a real server: every result format and query form."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
import rdflib
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, GET, JSON, JSONLD, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

PREFIX = "PREFIX ex: <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
SELECT = PREFIX + "SELECT ?s ?p ?o ?missing { ?s ?p ?o OPTIONAL { ?s ex:none ?missing } } ORDER BY ?s ?p ?o"
RES = "{http://www.w3.org/2005/sparql-results#}"


def client(url, query, fmt, method=GET):
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    return sparql.query()


def from_json(data) -> list[dict]:
    def term(b):
        if b["type"] == "uri":
            return f"<{b['value']}>"
        if b["type"] == "bnode":
            return "_:"
        suffix = f"@{b['xml:lang']}" if "xml:lang" in b else (f"^^<{b['datatype']}>" if "datatype" in b else "")
        return json.dumps(b["value"], ensure_ascii=False) + suffix
    return [{v: term(b) for v, b in row.items()} for row in data["results"]["bindings"]]


def from_xml(doc) -> list[dict]:
    root = ET.fromstring(doc.toxml())
    rows = []
    for result in root.iter(RES + "result"):
        row = {}
        for binding in result:
            (node,) = list(binding)
            tag = node.tag[len(RES):]
            if tag == "uri":
                row[binding.get("name")] = f"<{node.text}>"
            elif tag == "bnode":
                row[binding.get("name")] = "_:"
            else:
                lang = node.get("{http://www.w3.org/XML/1998/namespace}lang")
                dt = node.get("datatype")
                suffix = f"@{lang}" if lang else (f"^^<{dt}>" if dt else "")
                row[binding.get("name")] = json.dumps(node.text or "", ensure_ascii=False) + suffix
        rows.append(row)
    return rows


def from_tsv(data: bytes) -> list[dict]:
    lines = data.decode().rstrip("\n").split("\n")
    names = [v[1:] for v in lines[0].split("\t")]
    rows = []
    for line in lines[1:]:
        row = {}
        for name, value in zip(names, line.split("\t")):
            if not value:
                continue
            if value.startswith("_:"):
                value = "_:"
            elif value.startswith('"'):
                lexical, _, suffix = value.rpartition('"')
                text = json.loads(lexical + '"')
                value = json.dumps(text, ensure_ascii=False) + suffix
            elif not value.startswith("<"):  # a bare number (the TSV shorthand)
                value = json.dumps(value) + "^^<http://www.w3.org/2001/XMLSchema#" + (
                    "integer" if value.lstrip("-").isdigit() else "decimal") + ">"
            row[name] = value
        rows.append(row)
    return rows


def plain(rows: list[dict]) -> list[dict]:
    """What CSV keeps of a binding: the lexical value only."""
    out = []
    for row in rows:
        values = {}
        for name, value in row.items():
            if value.startswith("<"):
                values[name] = value[1:-1]
            elif value.startswith('"'):
                values[name] = json.loads(value[: value.rindex('"') + 1])
            else:
                values[name] = None  # blank node labels are not comparable across formats
        out.append(values)
    return out


def from_csv(data: bytes) -> list[dict]:
    reader = csv.DictReader(io.StringIO(data.decode(), newline=""))
    return [{k: (None if v.startswith("_:") else v) for k, v in row.items() if v} for row in reader]


@pytest.mark.parametrize("method", [GET, POST])
def test_select_has_identical_bindings_in_every_format(w3c_server, method):
    as_json = from_json(client(w3c_server, SELECT, JSON, method).convert())
    as_xml = from_xml(client(w3c_server, SELECT, XML, method).convert())
    as_tsv = from_tsv(client(w3c_server, SELECT, TSV, method).convert())
    as_csv = from_csv(client(w3c_server, SELECT, CSV, method).convert())
    assert len(as_json) == 15
    # Terms of every kind made it through: language tags, datatypes, escapes, blank nodes, non-ASCII.
    values = {v for row in as_json for v in row.values()}
    assert '"Agence spatiale européenne"@fr' in values and "_:" in values
    assert '"a \\"quoted\\" word,\\ta tab; and\\na new line"' in values
    assert as_json == as_xml == as_tsv
    assert plain(as_json) == as_csv
    assert all("missing" not in row for row in as_json)  # unbound stays unbound


@pytest.mark.parametrize("pattern,expected", [("ex:esa a ex:Agency", True), ("ex:esa a ex:Nothing", False)])
def test_ask(w3c_server, pattern, expected):
    query = PREFIX + f"ASK {{ {pattern} }}"
    assert client(w3c_server, query, JSON).convert()["boolean"] is expected
    doc = client(w3c_server, query, XML).convert()
    assert doc.getElementsByTagName("boolean")[0].firstChild.data == str(expected).lower()


@pytest.mark.parametrize("fmt,parse_as", [(TURTLE, "turtle"), (N3, "turtle"), (RDFXML, "xml"), (JSONLD, "json-ld")])
@pytest.mark.parametrize("form", ["CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ex:graph\\/sample { ?s ?p ?o } }",
                                  "DESCRIBE ex:esa"])
def test_graph_forms_in_every_rdf_format(w3c_server, fmt, parse_as, form):
    result = client(w3c_server, PREFIX + form, fmt)
    graph = result.convert()
    if not isinstance(graph, rdflib.Graph):
        graph = rdflib.Graph().parse(data=graph, format=parse_as)
    expected = rdflib.Graph().parse("tests/data/sparql/sample.ttl")
    if form.startswith("DESCRIBE"):
        esa = rdflib.URIRef("http://example.org/esa")
        assert set(graph.predicates(esa)) == set(expected.predicates(esa))
    else:
        assert isomorphic(graph, expected)
