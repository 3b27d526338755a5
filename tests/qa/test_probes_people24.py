"""The people two documents both name, asked for by what they are ("Which CNES official is named both in the 2031
report and in the 2033 study?", "Which delegates at the 2032 workshop later edited the 2033 study?"): the people the
graph has facts about read from both documents, with their agencies (qa/dated.py people_sides, people_in_both), on a
small invented corpus in other wording than the development sets.  The base did not name them (the three positives
fail on main).  Negatives: an agency named whose people neither document shares has no answer of theirs; a question
naming one document, asking "who" or asking for agencies is not such a question."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated

from .fixtures import answerer_over, words_of

DOCUMENTS = {
    "isecg-annual-report-2031.md": """# ISECG Annual Report 2031

*International Space Exploration Coordination Group · published March 2032*

## Contacts

Marie Dubois (CNES), ISECG Secretariat; Kenji Arai (JAXA), chair's representative; Lena Vogt (DLR), Technology
Working Group.

## The year

The plenary met in Lyon in October 2031 and adopted a work plan for lunar logistics.
""",
    "isecg-workshop-2032-summary.md": """# Lisbon Logistics Workshop 2032: Summary

*International Space Exploration Coordination Group · June 2032*

## Delegations

| Head of delegation | Agency |
|---|---|
| Tomasz Nowak | POLSA |
| Lena Vogt | DLR |
| Ana Ribeiro | PT Space |

The workshop asked for a study of cargo delivery to the lunar surface.
""",
    "lunar-logistics-study-2033.md": """# Lunar Logistics Study

*International Space Exploration Coordination Group · published 2033*

Editors: Marie Dubois (CNES) and Tomasz Nowak (POLSA)

## Scope

The study compares cargo landers and surface transport for the first decade of lunar operations.
""",
}


@pytest.mark.parametrize("question, sides", [
    ("Which CNES official is named both in the 2031 annual report and in the 2033 logistics study?",
     ("the 2031 annual report and in ", "the 2033 logistics study?")),
    ("Which delegates at the 2032 Lisbon workshop later edited the 2033 logistics study?",
     ("the 2032 Lisbon workshop later edited ", "the 2033 logistics study?")),
])
def test_people_of_two_things_asked(question, sides):
    assert dated.people_sides(question) == sides


@pytest.mark.parametrize("question", [
    "Which officials attended the 2032 Lisbon workshop?",  # one document
    "Who chaired the 2031 plenary and the 2032 workshop?",  # "who": a post asked, not people by what they are
    "Which agencies are named both in the 2031 annual report and in the 2033 logistics study?",  # bodies
    "Which officials were named in the 2031, 2032 and 2033 reports?",  # years of one list, no two things
])
def test_no_people_of_two_things(question):
    assert dated.people_sides(question) is None


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("people24"))


@pytest.mark.slow
@pytest.mark.parametrize("question, people, others", [
    ("Which CNES official is named both in the 2031 annual report and in the 2033 logistics study?",
     ["marie dubois cnes"], ["tomasz nowak", "lena vogt"]),
    ("Which delegates at the 2032 Lisbon workshop later edited the 2033 logistics study?",
     ["tomasz nowak polsa"], ["marie dubois", "lena vogt"]),
    ("Which experts appear both in the 2031 annual report and in the 2032 Lisbon workshop summary?",
     ["lena vogt dlr"], ["marie dubois", "tomasz nowak"]),
])
def test_people_in_both(answerer, question, people, others):
    said = words_of(answerer.answer(question)["short_answer"] or "")
    assert all(f" {p} " in said for p in people), said
    assert not any(f" {p} " in said for p in others), said


@pytest.mark.slow
def test_no_one_of_an_agency_both_leave_out(answerer):
    said = words_of(answerer.answer("Which JAXA official is named both in the 2031 annual report and in the 2033 "
                                    "logistics study?")["short_answer"] or "")
    assert not any(f" {p} " in said for p in ("marie dubois", "tomasz nowak", "kenji arai")), said
