"""The W3C SPARQL 1.1 Protocol and Service Description test manifests, run over HTTP against
a real server holding the manifests' data (tests/data/w3c, W3C licence in LICENSE.md)."""

from __future__ import annotations

import pytest
import requests
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection

import remote_stores

from .conftest import TOKEN, W3C, W3C_FILES, serving

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
MANIFEST = Graph().parse(W3C / "manifest.ttl", format="turtle")
TESTS = list(Collection(MANIFEST, next(MANIFEST.objects(None, MF.entries))))
# What each mf:expectedFormat accepts, per the manifest's test names.
EXPECTED_TYPES = {
    "boolean": {"application/sparql-results+xml", "application/sparql-results+json"},
    "tabular": {"application/sparql-results+xml", "application/sparql-results+json", "text/csv",
                "text/tab-separated-values"},
    "RDF": {"application/rdf+xml", "text/turtle", "application/n-triples"},
}


def requests_of(test: URIRef) -> list[dict]:
    action = MANIFEST.value(test, MF.action)
    out = []
    for node in Collection(MANIFEST, MANIFEST.value(action, HT.requests)):
        body = MANIFEST.value(node, HT.body)
        headers_list = MANIFEST.value(node, HT.headers)
        headers = {}
        if headers_list is not None:
            for header in Collection(MANIFEST, headers_list):
                headers[str(MANIFEST.value(header, HT.fieldName))] = str(MANIFEST.value(header, HT.fieldValue))
        response = MANIFEST.value(node, HT.resp)
        statuses = {str(s).rsplit("StatusCode", 1)[1] for s in MANIFEST.objects(response, MF.expectedStatus)}
        boolean = MANIFEST.value(response, MF.expectedBoolean)
        fmt = MANIFEST.value(response, MF.expectedFormat)
        out.append({
            "method": str(MANIFEST.value(node, HT.methodName)),
            "path": str(MANIFEST.value(node, HT.absolutePath)),
            "body": None if body is None else str(MANIFEST.value(body, CNT.chars)).encode(
                str(MANIFEST.value(body, CNT.characterEncoding))),
            "headers": headers,
            "statuses": statuses,
            "boolean": None if boolean is None else boolean.toPython(),
            "format": None if fmt is None else str(fmt),
        })
    return out


def send(url: str, req: dict, *, token: str | None = None) -> requests.Response:
    assert req["path"].startswith("/sparql/")
    target = url + req["path"][len("/sparql"):].removeprefix("/")  # /sparql/?x -> <url>?x
    headers = dict(req["headers"])
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return requests.request(req["method"], target, data=req["body"], headers=headers, timeout=30)


def check(resp: requests.Response, req: dict) -> None:
    status_class = f"{str(resp.status_code)[0]}xx"
    assert status_class in req["statuses"], f"{resp.status_code} {resp.text[:300]}"
    media = resp.headers.get("Content-Type", "").split(";")[0]
    if req["format"]:
        assert media in EXPECTED_TYPES[req["format"]], media
    if req["boolean"] is not None:
        assert resp.json()["boolean"] is req["boolean"]


def name(test: URIRef) -> str:
    return str(test).rsplit("#", 1)[1]


QUERY_TESTS = [t for t in TESTS if "update" not in name(t)]
UPDATE_TESTS = [t for t in TESTS if "update" in name(t)]


@pytest.fixture(scope="module", params=[s for s in remote_stores.STORES if s != "embedded"])
def update_server(request, tmp_path_factory):
    """Updates enabled: a token and a remote store that keeps them."""
    with serving(W3C_FILES, tmp_path_factory.mktemp("update"), store=request.param, update_token=TOKEN) as (url, _):
        yield url


@pytest.fixture(scope="module")
def embedded_with_token(tmp_path_factory):
    with serving(W3C_FILES, tmp_path_factory.mktemp("embedded"), update_token=TOKEN) as (url, _):
        yield url


def test_manifest_has_every_test():
    assert len(TESTS) == 34 and len(QUERY_TESTS) == 20


@pytest.mark.parametrize("test", QUERY_TESTS, ids=name)
def test_query(w3c_server, test):
    for req in requests_of(test):
        check(send(w3c_server, req), req)


@pytest.mark.parametrize("test", UPDATE_TESTS, ids=name)
def test_update_with_token(update_server, test):
    for req in requests_of(test):
        check(send(update_server, req, token=TOKEN), req)


@pytest.mark.parametrize("test", UPDATE_TESTS, ids=name)
def test_update_refused_when_read_only(w3c_server, test):
    first = requests_of(test)[0]
    resp = send(w3c_server, first, token=TOKEN)  # a token, but none is configured
    assert 400 <= resp.status_code < 500
    if first["statuses"] == {"2xx", "3xx"}:  # a valid update: refused as forbidden
        assert resp.status_code == 403, resp.text


@pytest.mark.parametrize("test", UPDATE_TESTS, ids=name)
def test_update_refused_by_the_embedded_store(embedded_with_token, test):
    """A build's store is read-only and replaced by the next ingest: an update would be lost, so
    it is refused, naming the setting that enables updates."""
    first = requests_of(test)[0]
    resp = send(embedded_with_token, first, token=TOKEN)
    assert 400 <= resp.status_code < 500
    if first["statuses"] == {"2xx", "3xx"}:
        assert resp.status_code == 403 and "store_update_url" in resp.text, resp.text


def test_update_refused_with_wrong_token(update_server):
    resp = requests.post(update_server, data="CLEAR ALL", headers={
        "Content-Type": "application/sparql-update", "Authorization": "Bearer wrong"})
    assert resp.status_code == 403
    resp = requests.post(update_server, data="CLEAR ALL", headers={"Content-Type": "application/sparql-update"})
    assert resp.status_code == 403


# --- Service Description manifest (has-endpoint-triple, returns-rdf, conforms-to-schema) ----------------

SD_TERMS = {  # every term of the sd: vocabulary (https://www.w3.org/TR/sparql11-service-description/#vocab)
    "Service", "Feature", "Language", "Function", "Aggregate", "EntailmentRegime", "EntailmentProfile",
    "GraphCollection", "Dataset", "Graph", "NamedGraph", "endpoint", "feature", "defaultEntailmentRegime",
    "defaultSupportedEntailmentProfile", "supportedEntailmentProfile", "entailmentRegime", "extensionFunction",
    "extensionAggregate", "languageExtension", "supportedLanguage", "propertyFeature", "defaultDataset",
    "availableGraphs", "resultFormat", "inputFormat", "defaultGraph", "namedGraph", "name", "graph",
    "SPARQL10Query", "SPARQL11Query", "SPARQL11Update", "DereferencesURIs", "UnionDefaultGraph",
    "RequiresDataset", "EmptyGraphs", "BasicFederatedQuery",
}


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/rdf+xml", "xml"),
                                        ("application/ld+json", "json-ld"), ("*/*", "turtle")])
def test_service_description_returns_rdf(w3c_server, accept, fmt):
    resp = requests.get(w3c_server, headers={"Accept": accept})
    assert resp.status_code == 200
    assert resp.headers["Content-Type"].startswith(accept if accept != "*/*" else "text/turtle")
    graph = Graph().parse(data=resp.text, format=fmt)
    service = URIRef(w3c_server)
    assert (service, SD.endpoint, service) in graph  # has-endpoint-triple
    # conforms-to-schema: only sd: terms that exist, a Service with its required shape
    used = {str(t)[len(str(SD)):] for triple in graph for t in triple if str(t).startswith(str(SD))}
    assert used <= SD_TERMS, used - SD_TERMS
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.supportedLanguage, SD.SPARQL11Update) not in graph  # read-only here
    dataset = graph.value(service, SD.defaultDataset)
    names = {str(graph.value(ng, SD.name)) for ng in graph.objects(dataset, SD.namedGraph)}
    assert names == {g for _, g in W3C_FILES} | {"http://example.org/graph/sample"}


def test_service_description_announces_update_when_enabled(update_server):
    graph = Graph().parse(data=requests.get(update_server).text, format="turtle")
    assert (URIRef(update_server), SD.supportedLanguage, SD.SPARQL11Update) in graph
