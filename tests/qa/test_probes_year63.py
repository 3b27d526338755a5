"""Round 63 probes of a question dated by the year of what it names ("Which agency chaired ISECG in the year the UAE
Space Agency was admitted?", qa/dated.ANCHOR, as_of_text): asked as of that year, not of the day. Negative: a year
named is no dating clause. Written in wordings of our own, not copied from the development sets."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated


# "in the year X was admitted" dates a question by the year of what it names (qa/dated.ANCHOR, as_of_text)
@pytest.mark.parametrize("question, asked", [
    ("Which agency chaired ISECG in the year the UAE Space Agency was admitted?",
     "Which agency chaired ISECG in 2015?"),
    ("How many members did ISECG have in the year that the third roadmap edition was released?",
     "How many members did ISECG have in 2015?"),
    ("How many members did ISECG have at the end of the year in which the third roadmap edition was released?",
     "How many members did ISECG have at the end of 2015?"),
])
def test_in_the_year_of_what_happened(question, asked):
    found = dated.anchor(question)
    assert found is not None and dated.as_of_text(question, found, "2015-06-09") == asked


def test_a_year_named_is_no_dating_clause():
    assert dated.anchor("Which agency chaired ISECG in the year 2015?") is None
