from isecg_kg.kg import GraphStore


def test_a_fact_stated_by_two_documents_is_one_row(tmp_path):
    # pyoxigraph 0.5 repeats a row per graph over the raw union; the store merges the graphs.
    triple = "<http://x/jaxa> <http://www.w3.org/ns/org#memberOf> <http://x/isecg>"
    path = tmp_path / "dataset.nq"
    path.write_text(f"{triple} <http://x/graph/doc/a> .\n{triple} <http://x/graph/doc/b> .\n")
    graph = GraphStore.from_file(path)
    assert graph.rows("SELECT ?s { ?s org:memberOf ?o }") == [{"s": "http://x/jaxa"}]
    assert graph.rows("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }") == [{"n": "1"}]
    named = graph.rows("SELECT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [r["g"] for r in named] == ["http://x/graph/doc/a", "http://x/graph/doc/b"]
