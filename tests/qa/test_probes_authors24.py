"""Probes (round 24): a question asking where one marked author of a document works, without naming them ("Where
does the lead author of the paper work?"), is asked as "Who is the lead author ..., and where does she work?" is:
that author, with the body they work for; near misses that ask no workplace, or no one author, stay out."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated


@pytest.mark.parametrize("question", [
    "Where does the corresponding author of the 2022 conference paper on Mars sample return work?",
    "Where did the first author of the GLEX-2012 paper work?",
    "Which agency is the lead author of the 2017 science white paper affiliated with?",
    "For which organisation does the principal author of the lunar polar study work?",
    "What institution was the main author of the 2009 architecture paper employed by?",
])
def test_one_authors_workplace(question):
    assert dated.WHO_MADE.search(question)
    assert dated.ONE_AUTHOR.search(question)


@pytest.mark.parametrize("question", [
    "Where does the lead author of the 2022 conference paper live?",  # no workplace asked
    "Where did the first meeting of the working group take place?",
    "Which agency is the lead partner of the Gateway habitat?",  # no author
    "Where do the authors of the 2018 paper work?",  # all of them: the authors' agencies' own route
    "Where does Anna Lindqvist work?",  # a person named: the affiliation's own route
])
def test_no_one_authors_workplace(question):
    assert not dated.WHO_MADE.search(question)
