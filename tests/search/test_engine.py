import shutil
from pathlib import Path

import pytest

from isecg_kg import iris
from isecg_kg.indexes import Build
from isecg_kg.records import DocumentRef, MentionRecord
from isecg_kg.search import SearchEngine
from isecg_kg.search.params import BadParameter

pytestmark = pytest.mark.slow

QUESTION = "Which technology domain did the gap assessment analyse?"


def test_result_shape_and_citation(engine, build, settings):
    response = engine.search(QUESTION, k=3)
    assert response["query"] == QUESTION and response["mode"] == "hybrid" and response["took_ms"] >= 0
    assert [r.rank for r in response["results"]] == [1, 2, 3]
    top = response["results"][0]
    passage = build.passages_by_id[top.passage_id]
    document = build.documents_by_id[passage.doc_id]
    assert top.text == passage.text and top.pages == passage.pages and top.page == passage.pages[0]
    assert top.section == passage.section
    assert top.passage == iris.passage(settings.base_iri, passage.id)
    assert top.document == DocumentRef(id=document.id, title=document.title, year=document.year,
                                       type=document.type, iri=iris.document(settings.base_iri, document.id))
    assert "Nuclear Power and Propulsion" in top.text
    h = top.highlight
    assert top.text[h.start:h.end] == h.sentence and "<mark>" in h.html
    scores = [r.score for r in response["results"]]
    assert scores == sorted(scores, reverse=True)
    assert top.scores.dense is not None and top.scores.lexical is not None


def test_modes_rank_by_their_own_scores(engine):
    for mode, key in (("dense", "dense"), ("lexical", "lexical")):
        results = engine.search(QUESTION, k=5, mode=mode)["results"]
        assert [r.score for r in results] == [getattr(r.scores, key) for r in results]
        assert getattr(results[0].scores, key) >= getattr(results[-1].scores, key)
    lexical = engine.search("zzzqqq", mode="lexical")
    assert lexical["results"] == [] and lexical["total"] == 0
    with pytest.raises(BadParameter, match="mode must be one of"):
        engine.search(QUESTION, mode="fuzzy")


def test_filters(engine, build):
    doc = build.documents[0]
    assert engine.search(QUESTION, doc=doc.id)["results"]
    assert engine.search(QUESTION, year_from=doc.year, year_to=doc.year, doc_type=doc.type.upper())["results"]
    assert engine.search(QUESTION, year_from=doc.year + 1)["results"] == []
    assert engine.search(QUESTION, year_to=doc.year - 1)["results"] == []
    section = build.passages[5].section
    results = engine.search(QUESTION, section=section.lower(), k=50)["results"]
    assert results and all(section.lower() in r.section.lower() for r in results)
    with pytest.raises(BadParameter, match="unknown document 'nope'; documents: " + doc.id):
        engine.search(QUESTION, doc="nope")
    with pytest.raises(BadParameter, match="unknown document type 'poem'"):
        engine.search(QUESTION, doc_type="poem")


def test_entity_filter_and_facets_from_mentions(build, settings):
    gateway = MentionRecord("http://example.org/id/tech/gateway", "Gateway", "Technology")
    csa = MentionRecord("http://example.org/id/org/csa", "Canadian Space Agency", "Organization")
    rover = MentionRecord("http://example.org/id/tech/rover", "Rover", "Technology")
    mentions = {build.passages[3].id: [gateway], build.passages[9].id: [gateway, csa, rover]}
    engine = SearchEngine.from_build(build, settings, mentions=mentions)
    response = engine.search("lunar gateway", entity=gateway.iri, mode="lexical", k=10)
    assert {r.passage_id for r in response["results"]} <= set(mentions)
    response = engine.search("Canadian Space Agency", mode="hybrid", k=50)
    by_id = {r.passage_id: r for r in response["results"]}
    assert by_id[build.passages[9].id].entities == [gateway, csa, rover]
    facets = response["facets"]
    # Facets count passages: two technologies in one passage count once.
    assert {"type": "Technology", "count": 2} in facets["entity_types"]
    assert facets["documents"][0]["id"] == build.documents[0].id
    assert facets["years"] == [{"year": build.documents[0].year, "count": response["total"]}]


def test_a_build_without_the_graph_stage_still_searches(build, settings, tmp_path):
    bare = Build(Path(shutil.copytree(build.path, tmp_path / "build", ignore=shutil.ignore_patterns("graph"))))
    engine = SearchEngine.from_build(bare, settings)
    results = engine.search("moon", mode="lexical")["results"]
    assert results and all(r.entities == [] for r in results)
    with pytest.raises(BadParameter, match="needs the knowledge graph"):
        engine.search("moon", entity="http://example.org/x")


def test_entities_come_from_the_knowledge_graph(engine, build):
    from isecg_kg.kg import load_mentions

    mentions = load_mentions(build)
    iri = mentions[build.passages[1].id][0].iri
    response = engine.search("where is it located", entity=iri, k=50)
    assert response["results"] and response["filters"] == {"entity": iri}
    for result in response["results"]:
        assert iri in {e.iri for e in result.entities}
        assert result.entities == mentions[result.passage_id]
    assert response["facets"]["entity_types"]


def test_concurrent_searches_agree_with_serial_ones(engine):
    from concurrent.futures import ThreadPoolExecutor

    questions = ["Where is the ISECG Secretariat located?", "life support systems", "nuclear power", "IAC Paris"] * 3
    serial = [engine.search(q, k=3)["results"][0].passage_id for q in questions]
    with ThreadPoolExecutor(max_workers=6) as pool:  # as gunicorn's threads do
        parallel = list(pool.map(lambda q: engine.search(q, k=3)["results"][0].passage_id, questions))
    assert parallel == serial
