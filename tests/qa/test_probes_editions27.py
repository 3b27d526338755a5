"""Probes for editions and what replaced what at a time (round 27): the edition of a series current at a date the
question gives, or one of a document ("when the IAF-19 paper was presented"): the highest-numbered edition out by
then, when the next is known to have come out after it, with the edition it replaced.  Negatives: a date before the
first edition, a date in the month an edition came out, a question without "current", a series without a date.
Also "it" after a statement of what was planned ("The 2014 survey planned the next handbook for late 2019. When did
it appear?") is the thing planned, and a paper named by its code's head ("the IAF-19 paper") is a conference paper
titled with the full code; and of two sides, one naming an edition by its rank alone ("the second edition") is of
the series the other names."""

from __future__ import annotations

import pytest

from isecg_kg.records import DocumentRef
from isecg_kg.qa.answerer import _fits, _of_series, _title_words, told_again

from .fixtures import answerer_over, words_of

DOCUMENTS = {
    "dust-handbook-2012.md": """# The Lunar Dust Mitigation Handbook — First Edition

*Lunar Dust Coordination Forum · handbook, March 2012*

## About this handbook

The handbook collects what the forum's agencies know about lunar dust and how to keep it out of hatches, seals
and lungs. It was compiled by CNES, DLR and KARI.
""",
    "dust-handbook-2016.md": """# The Lunar Dust Mitigation Handbook — Second Edition

*Lunar Dust Coordination Forum · handbook, June 2016*

## About this edition

This second edition replaces the first edition of March 2012. It adds a chapter on electrostatic cleaning
prepared by KARI and ISRO.
""",
    "dust-handbook-2021.md": """# The Lunar Dust Mitigation Handbook — Third Edition

*Lunar Dust Coordination Forum · handbook, May 2021*

## About this edition

This third edition replaces the second edition of June 2016. It was prepared by DLR, ISRO and the Polish Space
Agency.
""",
    "iaf-19-dust-paper.md": """# Keeping Lunar Habitats Clean (IAF-19-B3.4.7)

*Conference paper, International Astronautical Congress, Washington D.C., 23 October 2019*

## Introduction

Dust mitigation was discussed by the forum at several meetings. The authors, of CNES and KARI, review the
electrostatic methods tested since the forum was set up.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("editions27"))


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("Which edition of the Lunar Dust Mitigation Handbook was current when the IAF-19 paper was presented?",
     "the second edition (June 2016), which replaced the first edition of March 2012"),
    ("What edition of the Lunar Dust Mitigation Handbook was in force as of 1 January 2015?", "the first edition (March 2012)"),
    ("Which edition of the Lunar Dust Mitigation Handbook was the latest one in 2023?", "the third edition (May 2021)"),
])
def test_the_edition_current_at_a_time(answerer, question, expected):
    response = answerer.answer(question)
    assert response["shape"] == "edition_at", (response["shape"], response["answer"])
    assert words_of(expected) in words_of(response["answer"]), response["answer"]


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Which edition of the Lunar Dust Mitigation Handbook was current in 2010?",  # before the first
    "Which edition of the Lunar Dust Mitigation Handbook was current in June 2016?",  # the month the second came out: either
    "Which edition of the Lunar Dust Mitigation Handbook was current in 2016?",
    "Which edition of the Lunar Dust Mitigation Handbook replaced the first one in 2016?",  # no "current": what replaced what
    "Which edition of the Lunar Dust Mitigation Handbook is the latest?",  # no time
])
def test_no_edition_current_when_the_time_does_not_decide(answerer, question):
    assert answerer.answer(question)["shape"] != "edition_at"


@pytest.mark.parametrize("question, asked", [
    ("The 2014 survey planned the next dust handbook for late 2019. When did it actually appear?",
     "When did the next dust handbook actually appear?"),
    ("KARI had scheduled the regolith workshop for March 2022. Where was it finally held?",
     "Where was the regolith workshop finally held?"),
])
def test_it_is_what_was_planned(question, asked):
    assert told_again(question) == asked


@pytest.mark.parametrize("question, asked", [
    ("The forum expected growth in 2019. Who chaired it?", "Who chaired the forum?"),  # no thing planned: the subject
    ("KARI's application was under review in 2018. When was it accepted?", "When was KARI's application accepted?"),
])
def test_it_is_the_subject_without_a_thing_planned(question, asked):
    assert told_again(question) == asked


def _document(title: str, kind: str) -> DocumentRef:
    return DocumentRef(iri="http://example.org/id/doc/x", id="x", title=title, year=2019, type=kind)


def test_a_paper_named_by_its_code_is_a_conference_paper():
    paper = _document("Keeping Lunar Habitats Clean (IAF-19-B3.4.7)", "conference paper")
    assert _fits("the IAF-19 paper", paper)
    assert _title_words("the IAF-19 paper", paper.names) == {"iaf-19"}


def test_a_paper_is_not_a_report_nor_another_code():
    assert not _fits("the IAF-19 paper", _document("Dust Survey 2019", "annual report"))
    assert not _title_words("the IAF-1 paper", "Keeping Lunar Habitats Clean (IAF-19-B3.4.7)")


def test_an_edition_named_by_its_rank_alone_is_of_the_series_the_other_side_names():
    assert _of_series(["the first edition of the dust handbook", "the third edition"]) == \
        ["the first edition of the dust handbook", "the third edition of the dust handbook"]


@pytest.mark.parametrize("sides", [
    ["the first edition of the dust handbook", "the 2019 survey"],  # the other side names its own document
    ["the second edition", "the third edition"],  # no series named
    ["the first edition of the dust handbook", "the second issue of the forum bulletin"],
])
def test_no_series_lent_to_a_side_naming_its_own(sides):
    assert _of_series(sides) == sides
