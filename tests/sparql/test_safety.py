"""The safety limits, each against a real server: time limit, row cap, body cap, no outbound
request, no file read, read-only by default, CORS, query log."""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import socket
import subprocess
import sys
import threading
import time

import pytest
import requests

import remote_stores

from .conftest import SAMPLE_FILES, TOKEN, W3C_FILES, serving, store_loader

TIMEOUT = 2.0
# Seven-fold cross product of the 15 sample triples: 170 million rows counted into one, i.e. minutes
# before the first (only) row is ready.
RUNAWAY = "SELECT (COUNT(*) AS ?n) { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(7)) + " }"
SIMPLE = "SELECT ?label { ?agency <http://www.w3.org/2000/01/rdf-schema#label> ?label }"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def safe(tmp_path_factory):
    with serving(W3C_FILES + SAMPLE_FILES, tmp_path_factory.mktemp("safe"), sparql_timeout=TIMEOUT,
                 sparql_max_rows=5, max_body_bytes=400_000, update_token=TOKEN, sparql_client_queries=8) as served:
        yield served


def test_runaway_query_is_stopped_at_the_limit(safe):
    url, endpoint = safe
    before = set(endpoint.pool.pids())
    start = time.monotonic()
    resp = requests.get(url, params={"query": RUNAWAY}, timeout=60)
    elapsed = time.monotonic() - start
    assert resp.status_code == 503
    assert "sparql_timeout" in resp.text and "stopped" in resp.text
    assert TIMEOUT <= elapsed < TIMEOUT + 2
    killed = before - set(endpoint.pool.pids())
    assert len(killed) == 1  # its process was killed, so the CPU is free again
    pid = killed.pop()
    with pytest.raises(ProcessLookupError):
        import os
        os.kill(pid, 0)
    # The pool is back to full strength and answers.
    deadline = time.monotonic() + 30
    while endpoint.pool.idle() < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(endpoint.pool.pids()) == 2 and endpoint.pool.idle() == 2
    assert requests.get(url, params={"query": "ASK {}"}, headers={"Accept": "application/json"}).json()["boolean"]


def test_one_runaway_does_not_delay_simple_queries(safe):
    """8 concurrent clients: one sends the runaway query, seven keep sending simple ones."""
    url, _ = safe

    def simple_client():
        latencies = []
        end = time.monotonic() + TIMEOUT + 1
        while time.monotonic() < end:
            start = time.monotonic()
            resp = requests.get(url, params={"query": SIMPLE}, timeout=60)
            latencies.append(time.monotonic() - start)
            assert resp.status_code == 200, resp.text
        return latencies

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        runaway = pool.submit(requests.get, url, params={"query": RUNAWAY}, timeout=60)
        time.sleep(0.2)  # let it take its process first
        clients = [pool.submit(simple_client) for _ in range(7)]
        latencies = [lat for c in clients for lat in c.result()]
        assert runaway.result().status_code == 503
    assert len(latencies) > 50
    assert max(latencies) < TIMEOUT, max(latencies)


@contextlib.contextmanager
def listening():
    """(URL of a listener on 127.0.0.1, the connections it got): for 1.5 s, or until the block ends."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(1.5)
    connections = []

    def accept():
        try:
            connections.append(listener.accept())
        except OSError:
            pass

    thread = threading.Thread(target=accept)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/sparql", connections
    finally:
        thread.join()
        listener.close()


@pytest.mark.parametrize("service", [
    "SERVICE <{url}> {{ ?s ?p ?o }}",
    "service<{url}>{{ ?s ?p ?o }}",
    "SERVICE SILENT <{url}> {{ ?s ?p ?o }}",
    "SERVICE ?endpoint {{ ?s ?p ?o }} VALUES ?endpoint {{ <{url}> }}",
    "SERVICE:x {{ ?s ?p ?o }}",
    "FILTER(1<2)SERVICE#>\n<{url}> {{ ?s ?p ?o }}",  # a lexer reading <2)SERVICE#> as an IRI misses it
])
def test_service_never_reaches_the_network(safe, service):
    url, _ = safe
    with listening() as (target, connections):
        query = "PREFIX : <" + target + "#> SELECT * WHERE { " + service.format(url=target) + " }"
        resp = requests.get(url, params={"query": query}, timeout=30)
    assert resp.status_code == 403 and "SERVICE" in resp.text
    assert connections == []


def test_service_as_a_name_is_not_refused(safe):
    url, _ = safe
    query = 'PREFIX ex: <http://example.org/> SELECT ?service { ?service ex:service "SERVICE" } # SERVICE'
    assert requests.get(url, params={"query": query}).status_code == 200


def test_files_are_never_read(safe):
    url, _ = safe
    json = {"Accept": "application/sparql-results+json"}
    for params in (
        {"query": "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }"},
        {"query": "SELECT * FROM NAMED <file:///etc/passwd> { GRAPH ?g { ?s ?p ?o } }"},
        {"query": "SELECT * { ?s ?p ?o }", "default-graph-uri": "file:///etc/passwd"},
        {"query": "SELECT * { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": "file:///etc/passwd"},
    ):
        resp = requests.get(url, params=params, headers=json)
        assert resp.status_code == 200
        assert resp.json()["results"]["bindings"] == [], params
        assert "root" not in resp.text


def test_load_is_refused_even_with_the_token(safe):
    url, _ = safe
    for update in ("LOAD <file:///etc/passwd>", "load <http://127.0.0.1:9/x> INTO GRAPH <http://g>"):
        resp = requests.post(url, data=update, headers={"Content-Type": "application/sparql-update",
                                                        "Authorization": f"Bearer {TOKEN}"})
        assert resp.status_code == 403 and "LOAD" in resp.text


def test_row_cap_is_visible(safe):
    url, _ = safe
    resp = requests.get(url, params={"query": "SELECT * { ?s ?p ?o }"},
                        headers={"Accept": "application/sparql-results+json"})
    assert resp.status_code == 200
    assert resp.headers["X-SPARQL-Truncated"] == "true" and resp.headers["X-SPARQL-Rows"] == "5"
    body = resp.json()
    assert len(body["results"]["bindings"]) == 5 and body["truncated"] is True
    resp = requests.get(url, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": "text/turtle"})
    assert resp.headers["X-SPARQL-Truncated"] == "true" and resp.text.startswith("# results truncated")
    resp = requests.get(url, params={"query": "SELECT * { ?s ?p ?o }", "format": "xml"})
    assert "<!-- results truncated" in resp.text
    resp = requests.get(url, params={"query": "SELECT * { ?s ?p ?o } LIMIT 5"}, headers={"Accept": "text/csv"})
    assert "X-SPARQL-Truncated" not in resp.headers and resp.headers["X-SPARQL-Rows"] == "5"


def test_body_size_cap(safe):
    url, _ = safe
    query = "ASK {}" + " " * 500_000
    resp = requests.post(url, data=query, headers={"Content-Type": "application/sparql-query"})
    assert resp.status_code == 413 and "max_body_bytes" in resp.text


def test_cors(safe):
    url, _ = safe
    preflight = requests.options(url, headers={"Origin": "https://example.net", "Access-Control-Request-Method": "POST",
                                               "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()
    resp = requests.get(url, params={"query": "ASK {}"}, headers={"Origin": "https://example.net"})
    assert resp.headers["Access-Control-Allow-Origin"] == "*"
    assert "X-SPARQL-Truncated" in resp.headers["Access-Control-Expose-Headers"]


def test_each_query_is_logged_with_duration_and_rows(safe, caplog):
    url, _ = safe
    with caplog.at_level(logging.INFO, logger="isecg_kg.web.sparql_api"):
        requests.get(url, params={"query": "SELECT * { ?s ?p ?o } LIMIT 2"})
    line = next(r.getMessage() for r in caplog.records if "LIMIT 2" in r.getMessage())
    assert "2 rows" in line and " ms " in line


def test_query_processes_have_no_network_even_past_the_service_check(tmp_path):
    # Straight to the pool, skipping the endpoint's refusal of SERVICE: the query process
    # itself must be unable to connect anywhere.
    from isecg_kg.settings import Settings
    from isecg_kg.sparql import Endpoint, worker

    endpoint = Endpoint(store_loader(SAMPLE_FILES, tmp_path / "store"), Settings.load(environ={}))
    try:
        with listening() as (target, connections), pytest.raises(worker.JobError):
            endpoint.pool.run(worker.Query(f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}", "json"))
    finally:
        endpoint.close()
    assert connections == []


def nested(depth: int) -> str:
    return "SELECT * WHERE " + "{" * depth + " ?s ?p ?o " + "}" * depth


@pytest.mark.parametrize("depth", [5_000, 50_000])
def test_deep_nesting_is_refused_before_the_parser(safe, depth):
    url, endpoint = safe
    before = endpoint.pool.pids()
    resp = requests.post(url, data=nested(depth), headers={"Content-Type": "application/sparql-query"})
    assert resp.status_code == 400, resp.text
    assert f"{depth} deep" in resp.text and "sparql_max_depth" in resp.text
    resp = requests.post(url, data={"update": "INSERT DATA { GRAPH <http://g> " + "{" * depth + "}" * depth + " }"},
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert resp.status_code == 400 and "sparql_max_depth" in resp.text
    assert endpoint.pool.pids() == before  # no query process was involved, let alone crashed


def test_long_operator_chains_are_refused(safe):
    url, _ = safe
    chain = "SELECT * WHERE { ?s ?p ?o FILTER(" + "!" * 20_000 + "true) }"  # crashes the parser at ~9,000
    resp = requests.get(url, params={"query": chain})
    assert resp.status_code == 400 and "sparql_max_tokens" in resp.text


def test_deepest_allowed_nesting_runs(safe):
    """At the limit the query reaches the parser and is answered: the margin is real."""
    url, endpoint = safe
    depth = endpoint.settings.sparql_max_depth
    resp = requests.post(url, data=nested(depth), headers={"Content-Type": "application/sparql-query",
                                                             "Accept": "application/sparql-results+json"})
    assert resp.status_code == 200, resp.text
    collection = "SELECT * WHERE { ?s ?p (" + " ".join(["1"] * 2_000) + ") } LIMIT 1"  # ~2 KB of stack each
    resp = requests.get(url, params={"query": collection}, timeout=60)
    assert resp.status_code in (200, 503), resp.text  # answered, or stopped by the time limit: never a crash


@pytest.mark.parametrize("depth", [5_000, 50_000])
def test_cli_refuses_deep_nesting(build, settings, depth):
    done = subprocess.run([sys.executable, "-m", "isecg_kg.cli", "sparql", nested(depth),
                           "--index-dir", str(settings.index_dir), "--corpus-dir", str(settings.corpus_dir)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    assert f"{depth} deep" in done.stderr and "sparql_max_depth" in done.stderr


# --- in front of a remote store ------------------------------------------------------------------------


@pytest.fixture(scope="module", params=[s for s in remote_stores.STORES if s != "embedded"])
def remote_safe(request, tmp_path_factory):
    with serving(W3C_FILES + SAMPLE_FILES, tmp_path_factory.mktemp("remote-safe"), store=request.param,
                 sparql_timeout=TIMEOUT, sparql_max_rows=5, update_token=TOKEN) as served:
        yield served


def test_remote_runaway_query_is_stopped_at_the_limit(remote_safe):
    """The limit goes to the store (Virtuoso: its timeout parameter, whose partial "anytime" answer is
    not passed on as complete) and holds here whatever the store does (Oxigraph server: --timeout-s only)."""
    url, _ = remote_safe
    start = time.monotonic()
    resp = requests.get(url, params={"query": RUNAWAY}, timeout=60)
    assert resp.status_code == 503 and "sparql_timeout" in resp.text and "stopped" in resp.text, resp.text
    assert time.monotonic() - start < TIMEOUT + 2
    assert requests.get(url, params={"query": "ASK {}"}, headers={"Accept": "application/json"}).json()["boolean"]


@pytest.mark.parametrize("query,status,word", [
    ("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 403, "SERVICE"),
    ("DEFINE input:default-graph-uri <http://www.openlinksw.com/schemas/virtrdf#> SELECT * { ?s ?p ?o }", 403,
     "DEFINE"),
    ("SELECT (bif:sprintf('%s', 'x') AS ?x) {}", 403, "bif:"),
])
def test_remote_store_extensions_and_service_are_refused(remote_safe, query, status, word):
    url, _ = remote_safe
    resp = requests.get(url, params={"query": query}, timeout=30)
    assert resp.status_code == status and word in resp.text, resp.text


def test_remote_load_is_refused_even_with_the_token(remote_safe):
    url, _ = remote_safe
    resp = requests.post(url, data="LOAD <file:///etc/passwd> INTO GRAPH <http://example.org/g>", headers={
        "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert resp.status_code == 403 and "LOAD" in resp.text


def test_remote_row_cap_and_formats(remote_safe):
    url, _ = remote_safe
    resp = requests.get(url, params={"query": "SELECT * { ?s ?p ?o }"}, headers={"Accept": "text/csv"})
    assert resp.status_code == 200 and resp.headers["Content-Type"].startswith("text/csv")
    assert resp.headers["X-SPARQL-Truncated"] == "true" and resp.headers["X-SPARQL-Rows"] == "5"
    resp = requests.get(url, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": "text/turtle"})
    assert resp.headers["X-SPARQL-Truncated"] == "true" and resp.text.startswith("# results truncated")


def test_only_the_endpoints_graphs_are_seen(remote_safe):
    """Whatever else the store holds (Virtuoso's system graphs) is outside the dataset every query is given."""
    url, endpoint = remote_safe
    expected = {g for _, g in W3C_FILES + SAMPLE_FILES}

    def rows(query, **params):
        resp = requests.get(url, params={"query": query, **params}, headers={"Accept": "application/sparql-results+json"})
        assert resp.status_code == 200, resp.text
        return [{k: v["value"] for k, v in b.items()} for b in resp.json()["results"]["bindings"]]

    assert {r["g"] for r in rows("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }")} == expected
    merged = rows("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }")
    assert rows("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }") == merged  # the default graph: their merge
    assert not rows("SELECT * { ?s ?p ?o FILTER(CONTAINS(STR(?s), 'openlinksw')) }")
    assert not rows("SELECT * FROM <http://www.openlinksw.com/schemas/virtrdf#> { ?s ?p ?o } LIMIT 1")
    assert not rows("SELECT * { ?s ?p ?o } LIMIT 1", **{"default-graph-uri": "http://www.openlinksw.com/schemas/virtrdf#"})
    assert {g for g, _ in endpoint.graphs() if g} == expected


def test_what_the_store_cannot_evaluate_is_a_400_not_a_500(remote_safe):
    """Virtuoso cannot run a transitive path with neither end bound (its 500 "transitive start not
    given"): the client gets the store's message as a failed evaluation; Oxigraph answers it."""
    url, _ = remote_safe
    resp = requests.get(url, params={"query": "SELECT ?a ?b { ?a <http://example.org/partner>+ ?b } LIMIT 10"})
    assert resp.status_code in (200, 400), resp.text
    if resp.status_code == 400:
        assert "transitive start not given" in resp.text
