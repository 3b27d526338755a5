"""Probes of round 14 for lists (qa/lists.py, qa/dated.py, qa/answerer.py).

- "What three open questions ...?": a sentence whose lead counts as many things as asked, whatever noun it counts
  them in ("three areas needing further work"), and lists them after its colon gives the whole list for the short
  answer (lists.counted_items); another number of items, or a year for the count, gives none.  A lead ending in
  its colon is answered with the list its passage goes on with on the next lines, when it is that many items
  (lists.listed_after).
- "Which agencies did not attend ...?", "Who was absent from ...?": asked absence, and the sentences telling it
  ("sent apologies", "were not represented"); a meeting's decision not taken is none (answerer.ABSENCE_*).
- "Name the phases of the 2018 Global Exploration Roadmap": the phases of the edition of that year of the series the
  question names (dated.phases)."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated, shapes
from isecg_kg.qa.answerer import ABSENCE_ASKED, ABSENCE_SAID
from isecg_kg.qa.linking import EntityLinker
from isecg_kg.qa.lists import asked_size, counted_items, listed_after
from isecg_kg.records import EntityRecord

from .fixtures import turtle_store

COUNTED = [
    ("What three open questions did the group hand over to the forum?",
     "The group identified three areas needing further work: the mass of the lander, the lifetime of power "
     "systems, and the shielding of crews.",
     ["the mass of the lander", "the lifetime of power systems", "the shielding of crews"]),
    ("Into which four themes does the paper group its findings?",
     "The findings fall under four headings: resources; mobility; habitation; crew health.",
     ["resources", "mobility", "habitation", "crew health"]),
    ("Name the two risks the review raised.", "Two concerns stood out: dust and radiation.", ["dust", "radiation"]),
]
NOT_COUNTED = [
    ("What three open questions remain?", "Three areas need work: lander mass and crew shielding."),  # two items
    ("What three open questions remain?", "In 2003 the group listed: mass, power and shielding."),  # no count
    ("What three open questions remain?", "The group identified three areas needing further work."),  # no list
]


@pytest.mark.parametrize(("question", "sentence", "items"), COUNTED)
def test_a_counted_colon_list_is_the_short_answer_whole(question, sentence, items):
    assert counted_items(sentence, asked_size(question)) == items


@pytest.mark.parametrize(("question", "sentence"), NOT_COUNTED)
def test_no_items_without_as_many_counted(question, sentence):
    assert counted_items(sentence, asked_size(question)) is None


LEAD = "The authors group the science enabled by exploration into four themes:"
PASSAGE = (f"{LEAD}\nUnderstanding the origin of the Solar System;\nSearching for life beyond Earth;\nUnderstanding "
           "crew health; Using the Moon for astronomy.\nThe themes are set out below.")


@pytest.mark.parametrize(("question", "lead", "passage", "wanted"), [
    ("Into which four themes does the paper group the science?", LEAD, PASSAGE,
     f"{LEAD} Understanding the origin of the Solar System; Searching for life beyond Earth; Understanding crew "
     "health; Using the Moon for astronomy."),
    ("Name the two priorities the plan sets.", "The plan sets two priorities:",
     "Intro.\nThe plan sets two priorities:\nsurface power,\nand crew mobility.\nOther text follows.",
     "The plan sets two priorities: surface power, and crew mobility."),
    ("Into which three themes does the paper group the science?", LEAD, PASSAGE, None),  # four listed
    ("Into which four themes does the paper group the science?", LEAD, f"{LEAD}\nThe themes are set out below.",
     None),  # no list after it
])
def test_a_lead_with_its_list_on_the_next_lines(question, lead, passage, wanted):
    assert listed_after(lead, passage, asked_size(question)) == wanted


@pytest.mark.parametrize("question", ["Which ISECG agencies did not attend the fourth IAWG meeting?",
                                      "Which members were not represented at the plenary?",
                                      "Who was absent from the 2019 workshop?",
                                      "Which agencies did not take part in the Rome meeting?"])
def test_absence_asked(question):
    assert ABSENCE_ASKED.search(question)


@pytest.mark.parametrize("question", ["Which agencies attended the workshop?",
                                      "Which agency is not a member of ISECG?",
                                      "Which decisions were not taken at the meeting?"])
def test_no_absence_asked(question):
    assert not ABSENCE_ASKED.search(question)


@pytest.mark.parametrize(("sentence", "said"), [
    ("CNSA and CSIRO did not attend but will receive this summary.", True),
    ("Apologies were received from ISRO and KARI.", True),
    ("UKSA and NSAU were not represented.", True),
    ("JAXA was absent owing to travel restrictions.", True),
    ("Eleven agencies attended in person.", False),
    ("The roadmap is not binding on any agency.", False),
])
def test_absence_said(sentence, said):
    assert bool(ABSENCE_SAID.search(sentence)) is said


B = "http://example.org/"
SERIES = EntityRecord.from_dict({"iri": f"{B}id/work/relay-plan", "label": "Lunar Relay Plan", "type": "Document",
                                 "types": ["Document"], "aliases": []})
TURTLE = f"""
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix isecg: <https://w3id.org/isecg-kg/ontology#> .
<{B}id/work/relay-plan> skos:prefLabel "Lunar Relay Plan" .
<{B}id/doc/e2> dcterms:title "Lunar Relay Plan, Second Edition" ; dcterms:issued "2018-01" ;
    dcterms:isVersionOf <{B}id/work/relay-plan> .
<{B}id/doc/e3> dcterms:title "Lunar Relay Plan, Third Edition" ; dcterms:issued "2023-05" ;
    dcterms:isVersionOf <{B}id/work/relay-plan> .
<{B}id/phase/a1> a isecg:MissionPhase ; schema:position 1 ; dcterms:isPartOf <{B}id/doc/e2> ; skos:prefLabel "Orbiters" .
<{B}id/phase/a2> a isecg:MissionPhase ; schema:position 2 ; dcterms:isPartOf <{B}id/doc/e2> ; skos:prefLabel "Landers" .
<{B}id/phase/b1> a isecg:MissionPhase ; schema:position 1 ; dcterms:isPartOf <{B}id/doc/e3> ; skos:prefLabel "Relays" .
<{B}id/phase/b2> a isecg:MissionPhase ; schema:position 2 ; dcterms:isPartOf <{B}id/doc/e3> ; skos:prefLabel "Network" .
"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return turtle_store(TURTLE, tmp_path_factory.mktemp("qa-phases14"))


def _phases(graph, text: str) -> str | None:
    plan = dated.phases(shapes.Question.analyse(text, EntityLinker([SERIES]).link(text)), dated.Names(
        label=lambda i: i, short=lambda i: i))
    found = plan.compose([{k: v for k, v in r.items() if v is not None} for r in graph.rows(plan.sparql)])
    return found.short if found else None


@pytest.mark.parametrize(("question", "short"), [
    ("Name the two phases of the mission scenario in the 2018 Lunar Relay Plan.", "Orbiters and Landers"),
    ("What are the phases of the 2023 Lunar Relay Plan?", "Relays and Network"),
    ("What are the phases of the Lunar Relay Plan?", "Relays and Network"),  # no year: the latest edition's
])
def test_the_phases_of_the_edition_of_a_series(graph, question, short):
    assert _phases(graph, question) == short


def test_no_phases_of_an_edition_of_another_year(graph):
    assert _phases(graph, "What are the phases of the 2020 Lunar Relay Plan?") is None
