"""Questions answered end to end over the session's build (graph, search and qa stages)."""

from __future__ import annotations

import json

import pytest

from isecg_kg import cli
from conftest import DATA
from isecg_kg.qa import Answerer
from isecg_kg.qa.evaluate import OUT_OF_DOMAIN, evaluate, read_jsonl
from isecg_kg.records import SearchHit

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def answerer(build, settings):
    return Answerer.from_build(build, settings)


@pytest.fixture(scope="module")
def figures(answerer):
    return evaluate(answerer, read_jsonl(DATA / "qa_dev.jsonl"), read_jsonl(DATA / "qa_structured.jsonl"),
                    OUT_OF_DOMAIN)


def test_dev_questions_are_answered_with_evidence_on_the_page(figures):
    good = [r["id"] for r in figures["dev"] if r["right"] and r["evidence"]]
    assert len(good) >= 13, figures["dev"]


def test_structured_questions_are_answered_exactly_from_the_graph(figures):
    wrong = [(r["question"], r["got"], r["gold"]) for r in figures["structured"] if not r["right"]]
    assert not wrong
    assert {r["kind"] for r in figures["structured"]} >= {"members", "countries", "working groups", "technologies",
                                                            "events", "documents"}


def test_out_of_domain_questions_get_no_answer(figures):
    assert all(r["right"] for r in figures["ood"]), figures["ood"]


def test_graph_answer_shape_and_sparql(answerer, app):
    response = answerer.answer("Which country is KARI from?")
    assert response["answer"] == "Country of Korea Aerospace Research Institute: Republic of Korea."
    assert [a["label"] for a in response["answers"]] == ["Republic of Korea"]
    assert response["shape"] == "country" and response["evidence"]
    assert all(isinstance(r, SearchHit) for r in response["evidence"])
    # The SPARQL runs as is at /sparql and gives the same answer.
    got = app.test_client().get("/sparql", query_string={"query": response["sparql"]},
                                headers={"Accept": "application/sparql-results+json"})
    assert got.status_code == 200
    assert [b["x"]["value"] for b in got.get_json()["results"]["bindings"]] == [response["answers"][0]["iri"]]


def test_passage_answer_is_a_cited_sentence(answerer):
    response = answerer.answer("When was the Commercialization Working Group formed?")
    assert response["sparql"] is None and response["short_answer"] == "September 2021"
    first = response["evidence"][0]
    assert response["answer"] == f"September 2021 — {response['sentence']}"
    assert response["sentence"] in first.text and response["citation"]["page"] == first.page


def test_the_cross_encoder_reorders_candidate_sentences_when_asked_to(answerer, build, settings):
    # off by default (the rules' order); with ask_rerank the real cross-encoder reads each sentence with what the
    # question names in its words ("CWG" as "Commercialization Working Group"), and the thresholds stay the rules'
    judging = Answerer(engine=answerer.engine, graph=answerer.graph, entities=list(answerer.entities.values()),
                       settings=settings.replace(ask_rerank=10))
    assert settings.ask_rerank == 0
    response = judging.answer("When was the Commercialization Working Group formed?")
    assert response["short_answer"] == "September 2021"
    assert judging.answer("How do I bake sourdough bread?")["answer"] is None
    assert judging._judged  # it read sentences


def test_no_answer_says_so(answerer):
    response = answerer.answer("How do I bake sourdough bread?")
    assert response["answer"] is None and response["answers"] == [] and response["short_answer"] is None
    assert all(isinstance(r, SearchHit) for r in response["evidence"])  # the closest passages, shown as such
    assert "No passage" in response["message"] and "words found" in response["message"]
    # the attribute asked is named by no sentence of the closest passages
    response = answerer.answer("What is the capital of Peru?")
    assert response["answer"] is None and "do not say" in response["message"] and "capital" in response["message"]


def test_api_ask(client):
    got = client.get("/api/ask", query_string={"q": "Who works on life support?", "k": "2"})
    assert got.status_code == 200
    body = got.get_json()
    assert set(body) >= {"question", "answer", "answers", "sparql", "evidence", "took_ms"}
    assert body["question"] == "Who works on life support?" and len(body["evidence"]) <= 2
    assert [a["label"] for a in body["answers"]] == ["Technology Working Group"]


@pytest.mark.parametrize("query, message", [
    ({}, "q is required"), ({"q": "  "}, "q must not be blank"), ({"q": "x" * 10_000}, "at most"),
    ({"q": "members?", "k": "0"}, "k must be"), ({"q": "members?", "mode": "fuzzy"}, "mode must be"),
    ({"q": "members?", "year_from": "soon"}, "year_from must be"),
    ({"q": ["members?", "groups?"]}, "parameter q is given 2 times"), ({"q": "\x07?"}, "control character U+0007"),
])
def test_api_ask_bad_parameters(client, query, message):
    got = client.get("/api/ask", query_string=query)
    assert got.status_code == 400 and message in got.get_json()["error"]


def test_cli_ask(settings, capsys):
    flags = ["--index-dir", str(settings.index_dir), "--corpus-dir", str(settings.corpus_dir)]
    assert cli.main(["ask", "Which working groups does ISECG have?", *flags]) == 0
    out = capsys.readouterr().out
    assert "Technology Working Group" in out and "SELECT" in out and "Evidence:" in out
    assert cli.main(["ask", "Who wrote Hamlet?", "--json", *flags]) == 1
    assert json.loads(capsys.readouterr().out)["answer"] is None


@pytest.mark.parametrize("question, iri_end", [
    ("Which country is jaxa from?", "/id/org/jaxa"),
    ("Which country is the Japan space agency from?", "/id/org/jaxa"),
    ("Who works on nuclear propulsion?", "/id/tech/nuclear-propulsion"),
    ("What does the Technology Working Grup plan?", "/id/group/twg"),
])
def test_linking_over_the_built_entities(answerer, question, iri_end):
    assert [m["iri"].removeprefix(answerer.settings.base_iri) for m in answerer.answer(question)["linked"]] == [
        iri_end.removeprefix("/")]


def test_a_value_the_graph_holds_is_shown_in_the_passages_it_was_read_from(answerer):
    """An event's date is no entity a passage names: its evidence is the passage of the statement giving it."""
    shown = answerer._stating(["2022-04-17"], k=3)
    assert [h.passage_id for h in shown] == ["isecg-annual-report-2022/17"]
    assert "17th -23rd April 2022" in shown[0].highlight.sentence
    assert answerer._stating(["1999-01-01", "no such value"], k=3) == []
