"""Probes (round 21) for a person among a document's people: "Which author of the paper works for X?" (those of the
body named, or of a unit of it) and "Which author of the paper chaired the meeting?" (the one another document names
alone on a line beside the deed's verb: "Chair: A B, ASI").  Near misses: the bodies of the authors asked ("Which
agencies do the authors work for?"), a deed the question does not name, two authors on the line.  Other wording and
names than the evaluation sets."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated

PEOPLE = {"p/lima": "Ana Lima", "p/ito": "Jun Ito", "p/roy": "Paul Roy"}
NAMES = dated.Names(label=lambda i: PEOPLE.get(i, i.upper()), short=lambda i: PEOPLE.get(i, i.upper()))


@pytest.mark.parametrize("question", [
    "Which author of the 2016 habitation study works for JAXA?",
    "Which of the authors of the lunar logistics paper is from the UK Space Agency?",
    "What co-author of the 2021 supplement was employed by CNES?",
    "Who among the authors of the white paper works at ESA?",
    "Which editor of the proceedings works for NASA?",
])
def test_one_of_the_people_by_body(question):
    assert dated.WHICH_PERSON_OF.search(question)


@pytest.mark.parametrize("question", [
    "Which agencies do the authors of the 2016 study work for?",  # the bodies: author_agencies
    "Who wrote the 2016 habitation study?",
    "Which working group did the author chair in 2024?",
])
def test_no_one_person_by_body(question):
    assert not dated.WHICH_PERSON_OF.search(question)


@pytest.mark.parametrize("question, document, verb", [
    ("Which author of the 2019 habitation study hosted the Montreal workshop in 2022?", "the 2019 habitation study",
     "hosted"),
    ("Which of the authors of the cargo paper chaired the October 2023 heads of delegation meeting, and for which "
     "agency?", "the cargo paper", "chaired"),
    ("Which editor of the proceedings presented the ISECG report at the 2020 congress?", "the proceedings", "presented"),
])
def test_one_of_the_people_by_a_deed(question, document, verb):
    m = dated.PERSON_DID.match(question)
    assert m and m.group("document") == document and m.group("verb") == verb


@pytest.mark.parametrize("question", [
    "Which author of the updated roadmap works for JAXA?",  # "updated" qualifies the document: no deed
    "Which agencies chaired the 2021 meeting?",
    "Who chaired the 2021 meeting?",
])
def test_no_deed_asked_of_a_person(question):
    assert not dated.PERSON_DID.match(question)


def test_the_one_named_beside_the_verb():
    minutes = "Date: 2023-10-10\nChair: Jun Ito, Japan Aerospace Exploration Agency\nPresent: Ana Lima (ESA)"
    assert dated.named_doing(minutes, PEOPLE, "chaired") == "p/ito"
    assert dated.named_doing("The workshop was hosted by CNES. Paul Roy hosted the reception.", PEOPLE,
                             "hosted") == "p/roy"


def test_no_one_when_the_line_names_two_or_no_verb():
    assert dated.named_doing("Co-chairs: Ana Lima (ESA) and Jun Ito (JAXA)", PEOPLE, "chaired") is None
    assert dated.named_doing("Present: Ana Lima (ESA)\nChair: Carla Nunes (AEB)", PEOPLE, "chaired") is None
    assert dated.named_doing("Ana Limab, Jun Itoc", PEOPLE, "chaired") is None


def test_the_authors_of_the_body_asked():
    plan = dated.document_people("doc", NAMES, of="http://kg.test/id/org/jaxa")
    assert "?up = <http://kg.test/id/org/jaxa>" in plan.sparql
    rows = [{"person": "p/ito", "x": "jaxa", "passage0": "doc/1", "sentence0": "Ana Lima (ESA), Jun Ito (JAXA)"}]
    composed = plan.compose(rows)
    assert composed.short == "Jun Ito (JAXA)" and "who work for" in composed.text
