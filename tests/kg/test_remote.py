"""The graph on a remote store (each real server of tests/remote_stores.py): ingest publishes each
document's graph there and replaces exactly the changed one; every reader reads it; updates
with the token go to user graphs that survive a restart of the store and a re-ingest."""

from __future__ import annotations

import time
import urllib.parse

import pyoxigraph as ox
import pytest

import remote_stores
from isecg_kg.pipeline import ingest
from isecg_kg.kg.remote import RemoteStore, put_dataset
from isecg_kg.kg.store import EmbeddedStore, store_path
from isecg_kg.settings import Settings

pytestmark = pytest.mark.slow
TOKEN = "remote-test-token"
BASE = "http://kg.test/"
USER_GRAPH = "http://example.org/notes"
NOTE = "INSERT DATA { GRAPH <%s> { <http://example.org/jaxa-note> <http://www.w3.org/2000/01/rdf-schema#label> \"kept\" } }"
ALPHA = "Alpha report\n\nJAXA and ESA work together on the Gateway. CNES (France) develops lunar landers.\n"
BETA = "Beta report\n\nNASA is developing nuclear propulsion. DLR is working with JAXA on rovers.\n"


@pytest.fixture(scope="module", params=[s for s in remote_stores.STORES if s != "embedded"])
def remote(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    corpus = folder / "corpus"
    corpus.mkdir()
    (corpus / "alpha.txt").write_text(ALPHA)
    (corpus / "beta.txt").write_text(BETA)
    with remote_stores.for_tests(request.param, folder / "server") as server:
        settings = Settings.load(environ={}).replace(corpus_dir=corpus, index_dir=folder / "indexes", base_iri=BASE,
                                                     update_token=TOKEN, **server.settings())
        yield server, settings


def graphs(store: RemoteStore) -> dict[str, set]:
    """{graph IRI: its triples as N-Triples lines, blank nodes blanked} of the documents' graphs."""
    out: dict[str, set] = {}
    for q in store.quads():
        if q.graph_name.value.startswith(BASE + "graph/"):
            terms = ["_:b" if type(t).__name__ == "BlankNode" else str(t) for t in (q.subject, q.predicate, q.object)]
            out.setdefault(q.graph_name.value, set()).add(" ".join(terms))
    return out


def post_update(client, update: str):
    return client.post("/sparql", data=update.encode(), headers={
        "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})


def test_ingest_publishes_and_replaces_exactly_the_changed_graph(remote):
    server, settings = remote
    store = RemoteStore.from_settings(settings)
    report = ingest(settings, progress=False)
    assert report.ok
    first = graphs(store)
    alpha, beta = BASE + "graph/doc/alpha", BASE + "graph/doc/beta"
    assert {alpha, beta, BASE + "graph/reference", BASE + "graph/ontology"} <= set(first)
    figures = report.build.manifest.stages["graph"]["remote"]
    assert figures["graphs_put"] == len(first) and figures["graphs_deleted"] == 0
    # The default graph is the merge: a fact of both documents' graphs is one row.
    merged = store.rows("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]
    assert int(merged) == len(EmbeddedStore.open(store_path(report.build)).triples())

    (settings.corpus_dir / "alpha.txt").write_text(ALPHA.replace("lunar landers", "lunar rovers"))
    report = ingest(settings, progress=False)
    assert report.changed == ["alpha.txt"]
    # alpha's graph and the VoID statistics (alpha's size changed), no other
    assert report.build.manifest.stages["graph"]["remote"]["graphs_put"] == 2
    second = graphs(store)
    assert second[beta] == first[beta] and second[alpha] != first[alpha]
    assert any("lunar rovers" in t for t in second[alpha]) and not any("lunar landers" in t for t in second[alpha])
    void = BASE + "graph/void"
    assert second[void] != first[void]
    assert {g: t for g, t in second.items() if g not in (alpha, void)} == {
        g: t for g, t in first.items() if g not in (alpha, void)}

    (settings.corpus_dir / "beta.txt").unlink()
    report = ingest(settings, progress=False)
    assert report.build.manifest.stages["graph"]["remote"]["graphs_deleted"] == 1
    assert beta not in graphs(store) and alpha in graphs(store)
    (settings.corpus_dir / "beta.txt").write_text(BETA)
    ingest(settings, progress=False)


def test_every_reader_reads_the_remote_store(remote, tmp_path):
    import argparse

    from isecg_kg.kg.cli import run_export
    from isecg_kg.web.app import create_app
    from isecg_kg.web.state import app_state

    server, settings = remote
    ingest(settings, progress=False)
    app = create_app(settings)
    client = app.test_client()
    # Only on the remote store: readers see it, not the build's own store.
    assert post_update(client, NOTE % USER_GRAPH).status_code == 204
    resp = client.get("/sparql", query_string={"query": f"ASK {{ GRAPH <{USER_GRAPH}> {{ ?s ?p \"kept\" }} }}"},
                      headers={"Accept": "application/sparql-results+json"})
    assert resp.json["boolean"] is True
    page = client.get("/id/org/jaxa", headers={"Accept": "text/html"})
    assert page.status_code == 200 and b"Japan Aerospace Exploration Agency" in page.data
    turtle = client.get("/id/org/jaxa", headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200 and b"JAXA" in turtle.data
    browse = client.get("/browse/organisations")
    assert browse.status_code == 200 and b"JAXA" in browse.data
    services = app_state(app).services()
    assert isinstance(services.graph, RemoteStore) and services.answerer.graph is services.graph
    answer = client.get("/api/ask", query_string={"q": "Who works with JAXA?"})
    assert answer.status_code == 200 and answer.get_json()["answers"], answer.get_json()
    # export: every graph of the dataset, the user graph included, and nothing else the store holds
    run_export(settings, argparse.Namespace(format="nq", output=tmp_path / "all.nq"))
    exported = {q.graph_name.value for q in ox.parse(path=str(tmp_path / "all.nq"))}
    assert USER_GRAPH in exported and BASE + "graph/doc/alpha" in exported
    assert all(g.startswith(BASE + "graph/") or g.startswith("http://example.org/") for g in exported), exported


def test_an_update_survives_a_restart_and_a_reingest(remote):
    from isecg_kg.web.app import create_app

    server, settings = remote
    ingest(settings, progress=False)
    client = create_app(settings).test_client()
    graph = USER_GRAPH + "/restart"
    assert post_update(client, NOTE % graph).status_code == 204
    server.restart()
    ingest(settings, progress=False, force=True)  # every document graph put again
    ask = f"ASK {{ GRAPH <{graph}> {{ <http://example.org/jaxa-note> ?p \"kept\" }} }}"
    fresh = create_app(settings).test_client()
    resp = fresh.get("/sparql", query_string={"query": ask}, headers={"Accept": "application/sparql-results+json"})
    assert resp.json["boolean"] is True


@pytest.mark.parametrize("update", [
    NOTE % (BASE + "graph/doc/alpha"),
    "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",  # the default graph
    "CLEAR ALL", "DROP GRAPH <" + BASE + "graph/reference>",
    "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }",
    "WITH <" + BASE + "graph/ontology> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "MOVE <" + BASE + "graph/doc/alpha> TO <http://example.org/mine>",
])
def test_updates_touching_the_documents_graphs_are_refused(remote, update):
    from isecg_kg.web.app import create_app

    server, settings = remote
    ingest(settings, progress=False)
    before = RemoteStore.from_settings(settings).rows("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    resp = post_update(create_app(settings).test_client(), update)
    assert resp.status_code == 403 and "ingest" in resp.text, resp.text
    assert RemoteStore.from_settings(settings).rows("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == before


def test_updates_are_refused_without_the_stores_update_endpoint(remote):
    """Read-only replicas (no store_update_url, nor store_data_url: they do not ingest): an update
    could not be kept, so it is refused, naming the setting."""
    from isecg_kg.web.app import create_app

    server, settings = remote
    ingest(settings, progress=False)
    replica = settings.replace(store_update_url="", store_data_url="")
    resp = post_update(create_app(replica).test_client(), NOTE % USER_GRAPH)
    assert resp.status_code == 403 and "store_update_url" in resp.text, resp.text


def test_the_store_is_given_the_time_limit(remote):
    """A query past the limit raises RemoteTimeout within it: Virtuoso stops at the limit it is sent
    (its partial answer is refused), Oxigraph server (no such parameter) is cut off by the socket."""
    from isecg_kg.kg.remote import RemoteTimeout

    server, settings = remote
    setup = RemoteStore.from_settings(settings.replace(sparql_timeout=120))  # set-up and clean-up: no hurry
    body = "".join(f'<http://example.org/s{i}> <http://example.org/p> "{i % 1000}" .\n' for i in range(20000))
    setup.put_graph(USER_GRAPH + "/big", body.encode())
    setup.update(setup.layout.registration([USER_GRAPH + "/big"]))  # in the dataset, as an update's graph is
    store = RemoteStore.from_settings(settings.replace(sparql_timeout=1.0))
    slow = (f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{USER_GRAPH}/big> {{ ?a ?b ?c . ?d ?e ?f "
            "FILTER(STR(?c) = CONCAT(STR(?f), \"\")) } }")
    started = time.monotonic()
    with pytest.raises(RemoteTimeout):
        store.query(slow)
    assert time.monotonic() - started < 3
    if server.kind == "virtuoso":  # it stops too, a little later: its partial answer is not taken as complete
        default, named = setup.dataset(text=slow)
        form = [("query", slow), ("timeout", "1000")] + [("default-graph-uri", g) for g in default] \
            + [("named-graph-uri", g) for g in named]
        with pytest.raises(RemoteTimeout, match="stopped the query at its time limit"):
            setup.request("POST", setup.query_url, body=urllib.parse.urlencode(form).encode(), timeout=60,
                          headers={"Content-Type": "application/x-www-form-urlencoded"})
    setup.delete_graph(USER_GRAPH + "/big")


def test_a_dataset_of_hundreds_of_graphs_is_read(remote):
    """Virtuoso sends one X-SPARQL-named-graph header per graph of the dataset: past 100 graphs (a
    corpus of a few hundred documents) a query reading named graphs must still be answered."""
    server, settings = remote
    store = RemoteStore.from_settings(settings.replace(sparql_timeout=120))
    many = [f"{USER_GRAPH}/many/{i}" for i in range(150)]
    for g in many:
        store.put_graph(g, f'<{g}> <http://example.org/p> "x" .\n'.encode())
    store.update(store.layout.registration(many))
    try:
        rows = store.query("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s <http://example.org/p> ?o } }")
        assert int(next(iter(rows))["n"].value) == 150
    finally:
        store.update(f"DROP SILENT GRAPH <{store.layout.user_registry}>")
        for g in many:
            store.delete_graph(g)


def test_readers_see_a_republished_graph_old_or_new(remote):
    """Ingest replaces a graph and its share of the merge in one update request (kg.remote.put_dataset):
    a reader counting the graph and the merge while it is re-published sees the old content, then
    the new one, never the graph emptied or partly written (a PUT of the graph itself on Virtuoso
    was read as 0 for seconds, then 16,000 of 30,000).  Oxigraph server reads a snapshot: old, then
    new, nothing else.  Virtuoso reads at read committed (its default): the one reading in flight at
    the commit may combine rows of both sides (README "Deployment"), so a sequential reader may see
    one reading that is neither, between the last old and the first new, and no more."""
    import threading

    server, settings = remote
    store = RemoteStore.from_settings(settings.replace(base_iri="http://kg.test/atomic/", sparql_timeout=300))
    doc, other = "http://kg.test/atomic/graph/doc/a", "http://kg.test/atomic/graph/other"
    shared = "".join(f'<http://kg.test/atomic/shared{i}> <http://kg.test/atomic/q> "s{i}" .\n' for i in range(500))

    def content(n: int, tag: str) -> bytes:
        return ("".join(f'<http://kg.test/atomic/s{i}> <http://kg.test/atomic/p> "{tag}{i}" .\n'
                        for i in range(n)) + shared).encode()

    state: dict = {}
    # Sizes that Virtuoso swaps within the tests' MaxQueryExecutionTime (30 s, its transaction limit too) while
    # read: the reader slows its writer from 2 s to over 30 s for 10,500 triples (README "Deployment").
    put_dataset(store, {doc: ("old", content(3000, "old")), other: ("x", shared.encode())}, published={}, state=state)
    old, new = (3500, 3500), (4500, 4500)  # (the graph, the merge: the shared triples once)
    count = (f"SELECT ?g ?m WHERE {{ {{ SELECT (COUNT(*) AS ?g) WHERE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }} }} "
             "{ SELECT (COUNT(*) AS ?m) WHERE { ?s ?p ?o } } }")

    def reading() -> tuple[int, int]:
        row = store.rows(count)[0]
        return int(row["g"]), int(row["m"])

    assert reading() == old
    readings: list = []  # (started, ended, counts)
    done = threading.Event()

    def reader():
        end = time.monotonic() + 300
        while not done.is_set() and time.monotonic() < end and len(readings) < 20000:
            started = time.monotonic()
            counts = reading()
            readings.append((started, time.monotonic(), counts))
            time.sleep(0.02)  # a reader among others, not a load on the store (it slows Virtuoso's writer)

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    sent = time.monotonic()
    put_dataset(store, {doc: ("new", content(4000, "new")), other: ("x", shared.encode())}, published=dict(state),
                state=state)
    answered = time.monotonic()
    time.sleep(0.5)
    done.set()
    thread.join(60)
    assert reading() == new and readings
    during = [c for s, e, c in readings if s >= sent and e <= answered]
    assert len(during) >= 3, f"the reader read {len(during)} times in {answered - sent:.1f} s of re-publication"
    seen = [c for s, e, c in readings]
    assert seen[0] == old and seen[-1] == new, (seen[0], seen[-1])
    first_new = seen.index(new)
    last_old = first_new - 1 - seen[first_new - 1::-1].index(old)
    between = seen[last_old + 1:first_new]
    assert set(seen[:last_old + 1]) == {old} and set(seen[first_new:]) == {new}, (set(seen), len(seen))
    assert len(between) <= (1 if server.kind == "virtuoso" else 0), between
    # A removed graph goes with its share of the merge and its listing, in one request too.
    put_dataset(store, {other: ("x", shared.encode())}, published=dict(state), state=state)
    assert reading() == (0, 500) and doc not in store.named_graphs()
    put_dataset(store, {}, published=dict(state), state=state)
