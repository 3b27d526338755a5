"""The on-disk store of a build: written once with the merged default graph, opened read-only by
any number of processes at once."""

import subprocess
import sys

import pytest

from isecg_kg.kg import open_graph
from isecg_kg.kg.store import EmbeddedStore, STORE_DIR, open_store, write_store

TRIPLE = "<http://x/jaxa> <http://www.w3.org/ns/org#memberOf> <http://x/isecg>"


@pytest.fixture()
def two_documents(tmp_path):
    path = tmp_path / "dataset.nq"
    path.write_text(f"{TRIPLE} <http://x/graph/doc/a> .\n{TRIPLE} <http://x/graph/doc/b> .\n"
                    "<http://x/esa> <http://www.w3.org/2000/01/rdf-schema#label> \"ESA\" <http://x/graph/doc/b> .\n")
    write_store(tmp_path / "store", [(path, None)])
    return tmp_path / "store"


def test_a_fact_stated_by_two_documents_is_one_row(two_documents):
    # pyoxigraph 0.5 repeats a row per graph over the raw union; the store holds the merge instead.
    graph = EmbeddedStore.open(two_documents)
    assert graph.rows("SELECT ?s { ?s org:memberOf ?o }") == [{"s": "http://x/jaxa"}]
    assert graph.rows("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }") == [{"n": "2"}]
    named = graph.rows("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [r["g"] for r in named] == ["http://x/graph/doc/a", "http://x/graph/doc/b"]
    assert len(list(graph.quads())) == 3 and len(graph.triples()) == 2
    assert len(list(graph.quads("http://x/graph/doc/b"))) == 2


def test_the_store_is_read_only(two_documents):
    store = open_store(two_documents)
    with pytest.raises(RuntimeError):
        store.update("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")


def test_many_processes_open_it_at_once(two_documents):
    code = ("import sys; from isecg_kg.kg.store import EmbeddedStore; "
            "print(EmbeddedStore.open(sys.argv[1]).rows('SELECT (COUNT(*) AS ?n) { ?s ?p ?o }')[0]['n'])")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(two_documents)], stdout=subprocess.PIPE, text=True)
             for _ in range(4)]
    held = open_store(two_documents)  # this process keeps it open meanwhile
    assert [p.communicate(timeout=60)[0].strip() for p in procs] == ["2"] * 4
    assert len(held) == 5


def test_a_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="ingest --force"):
        open_store(tmp_path / "nothing")


def test_the_build_ships_its_store(build, settings):
    assert (build.stage_dir("graph") / STORE_DIR / "CURRENT").exists()
    graph = open_graph(build, settings)
    assert isinstance(graph, EmbeddedStore)
    assert graph.rows("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")[0]["n"] == str(build.manifest.stages["graph"]["quads"])
