"""Replicas: two `isecg-kg serve` processes on two ports, on one index folder and one store (the
build's own, or a remote store), answer alike and both pick up a new build without a restart."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time

import pytest
import requests

import remote_stores
from isecg_kg.pipeline import ingest
from isecg_kg.settings import Settings

pytestmark = pytest.mark.slow
BASE = "http://kg.test/"
DOC = "Gamma report\n\nJAXA and ESA work together on the Gateway. CNES (France) develops lunar landers.\n"
QUERY = "SELECT DISTINCT ?text WHERE { ?st <https://w3id.org/isecg-kg/ontology#sentence> ?text } ORDER BY ?text"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@contextlib.contextmanager
def replica(settings: Settings):
    port = remote_stores.free_port()
    env = {**os.environ, "ISECG_KG_INDEX_DIR": str(settings.index_dir), "ISECG_KG_CORPUS_DIR": str(settings.corpus_dir),
           "ISECG_KG_PORT": str(port), "ISECG_KG_BASE_IRI": settings.base_iri, "ISECG_KG_WORKERS": "1",
           "ISECG_KG_SPARQL_PROCESSES": "1", "ISECG_KG_STORE_QUERY_URL": settings.store_query_url}
    proc = subprocess.Popen([sys.executable, "-m", "isecg_kg.cli", "serve"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield f"http://127.0.0.1:{port}/sparql"
    finally:
        remote_stores.stop(proc)


def answer(url: str, query: str, *, wait: float = 120) -> list:
    deadline = time.monotonic() + wait
    while True:
        try:
            resp = requests.post(url, data={"query": query}, headers={"Accept": "application/sparql-results+json"},
                                 timeout=wait)
            if resp.status_code == 200:
                return resp.json()["results"]["bindings"]
        except requests.ConnectionError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"no answer from {url}")
        time.sleep(0.3)


@pytest.mark.parametrize("store", remote_stores.STORES)
def test_two_replicas_agree_and_follow_a_new_build(store, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gamma.txt").write_text(DOC)
    settings = Settings.load(environ={}).replace(corpus_dir=corpus, index_dir=tmp_path / "indexes",
                                                 base_iri=BASE + store + "/")  # its own dataset on a shared store
    with contextlib.ExitStack() as stack:
        if store != "embedded":
            server = stack.enter_context(remote_stores.for_tests(store, tmp_path / store))
            settings = settings.replace(**server.settings())
        assert ingest(settings, progress=False).ok
        one, two = stack.enter_context(replica(settings)), stack.enter_context(replica(settings))
        first = answer(one, QUERY)
        assert first and answer(two, QUERY) == first and answer(one, COUNT) == answer(two, COUNT)
        (corpus / "gamma.txt").write_text(DOC.replace("lunar landers", "lunar rovers"))
        assert ingest(settings, progress=False).changed == ["gamma.txt"]
        for url in (one, two):
            deadline = time.monotonic() + 60
            while not any("lunar rovers" in row["text"]["value"] for row in answer(url, QUERY)):
                assert time.monotonic() < deadline, f"{url} still answers from the previous build"
                time.sleep(0.5)
        assert answer(one, QUERY) == answer(two, QUERY) != first
