"""The VoID statistics the graph stage writes: the sizes a live count gives, without the count."""

from isecg_kg.kg.store import EmbeddedStore, write_store
from isecg_kg.kg.void import describe
from isecg_kg.sparql import worker
from isecg_kg.sparql.examples import EXAMPLES

BASE = "http://x/"
LIVE = "SELECT ?graph (COUNT(*) AS ?triples) WHERE { GRAPH ?graph { ?s ?p ?o } } GROUP BY ?graph ORDER BY ?graph"


def test_the_described_sizes_are_the_counted_ones(tmp_path):
    jaxa = "<http://x/jaxa> <http://www.w3.org/ns/org#memberOf> <http://x/isecg>"
    path = tmp_path / "dataset.nq"
    path.write_text(f"{jaxa} <http://x/graph/doc/a> .\n{jaxa} <http://x/graph/doc/b> .\n"
                    f"{jaxa} <http://x/graph/doc/b> .\n"  # stated twice in one graph: one triple
                    '_:n <http://www.w3.org/2000/01/rdf-schema#label> "ESA" <http://x/graph/doc/b> .\n')
    assert describe(path, BASE) > 0
    write_store(tmp_path / "store", [(path, None)])
    graph = EmbeddedStore.open(tmp_path / "store")

    live = {r["graph"]: r["triples"] for r in graph.rows(LIVE)}
    described = {r["graph"]: r["triples"] for r in graph.rows(dict(EXAMPLES)["Graphs and their sizes"])}
    assert described == live and live["http://x/graph/doc/a"] == "1" and live["http://x/graph/doc/b"] == "2"
    assert set(live) == {"http://x/graph/doc/a", "http://x/graph/doc/b", "http://x/graph/void"}
    whole = graph.rows("SELECT ?n { <http://x/dataset> void:triples ?n }", prefixes={"void": "http://rdfs.org/ns/void#"})
    assert whole == graph.rows("SELECT ?n { { SELECT (COUNT(*) AS ?n) { ?s ?p ?o } } }")

    # The service description reads them too, and agrees with a count of the store.
    store = graph.store
    counted = [(None, len(graph.triples()))] + sorted((g, int(n)) for g, n in live.items())
    assert worker._graphs(store) == counted
