"""Probes for the phases of a roadmap (round 16): an ordinal that names the document ("the third edition", "the second
issue") leaves the question to all its phases (dated.phases), not to one phase (dated.phase); the year a question
names may be that of a paper summarising the roadmap it names ("... as summarised in the 2019 article"), whose phases
answer when no edition of that year has any.  NEGATIVE: "the second phase" still asks one phase; a year with no
edition answers nothing, a paper of that year included, unless the question says the paper summarises it."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated, shapes
from isecg_kg.qa.linking import EntityLinker

from .fixtures import turtle_store
from .test_probes_lists14 import B, SERIES

TURTLE = f"""
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <http://schema.org/> .
@prefix isecg: <https://w3id.org/isecg-kg/ontology#> .
<{B}id/work/relay-plan> skos:prefLabel "Lunar Relay Plan" .
<{B}id/doc/e3> dcterms:title "Lunar Relay Plan, Third Edition" ; dcterms:issued "2023-05" ;
    dcterms:isVersionOf <{B}id/work/relay-plan> .
<{B}id/doc/paper> dcterms:title "A review of the relay plan" ; dcterms:issued "2024-02" .
<{B}id/phase/b1> a isecg:MissionPhase ; schema:position 1 ; dcterms:isPartOf <{B}id/doc/e3> ; skos:prefLabel "Relays" .
<{B}id/phase/b2> a isecg:MissionPhase ; schema:position 2 ; dcterms:isPartOf <{B}id/doc/e3> ; skos:prefLabel "Network" .
<{B}id/phase/p1> a isecg:MissionPhase ; schema:position 1 ; dcterms:isPartOf <{B}id/doc/paper> ; skos:prefLabel "Orbit" .
<{B}id/phase/p2> a isecg:MissionPhase ; schema:position 2 ; dcterms:isPartOf <{B}id/doc/paper> ; skos:prefLabel "Ground" .
"""
NAMES = dated.Names(label=lambda i: i, short=lambda i: i)


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return turtle_store(TURTLE, tmp_path_factory.mktemp("qa-tech16"))


def _question(text: str) -> shapes.Question:
    return shapes.Question.analyse(text, EntityLinker([SERIES]).link(text))


def _answer(graph, plan) -> str | None:
    found = plan.compose([{k: v for k, v in r.items() if v is not None} for r in graph.rows(plan.sparql)])
    return found.short if found else None


@pytest.mark.parametrize("text", ["Name the three mission phases of the third edition of the Lunar Relay Plan.",
                                  "What are the stages of the Lunar Relay Plan, third edition?",
                                  "List the phases of the second issue of the Lunar Relay Plan in order."])
def test_an_ordinal_naming_the_document_asks_all_its_phases(graph, text):
    q = _question(text)
    assert dated.phase(q, NAMES) is None
    assert _answer(graph, dated.phases(q, NAMES)) == "Relays and Network"


@pytest.mark.parametrize(("text", "short"), [
    ("Name the phases of the Lunar Relay Plan as summarised in the 2024 review.", "Orbit and Ground"),
    ("What are the phases of the 2023 Lunar Relay Plan?", "Relays and Network"),  # its own edition of the year first
])
def test_the_year_may_name_a_paper_summarising_the_roadmap(graph, text, short):
    assert _answer(graph, dated.phases(_question(text), NAMES)) == short


def test_one_phase_by_its_rank_and_no_document_of_the_year(graph):
    q = _question("What is the second phase of the Lunar Relay Plan called?")
    assert dated.phases(q, NAMES) is None and _answer(graph, dated.phase(q, NAMES)) == "Network"
    assert _answer(graph, dated.phases(_question("What are the phases of the 2020 Lunar Relay Plan?"), NAMES)) is None
    # a paper of the year is not an edition of the roadmap unless the question says it summarises it
    assert _answer(graph, dated.phases(_question("What are the phases of the 2024 Lunar Relay Plan?"), NAMES)) is None
