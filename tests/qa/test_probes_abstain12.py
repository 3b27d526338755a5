"""No-answer probes of round 12, in other wording than the development sets: a sentence counting at one meeting does
not answer for a meeting in a place (or a year) the documents do not tell of; the same sentence answers for its own."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over

pytestmark = pytest.mark.slow

BULLETIN = """# Lunar Forum bulletin 2030

The Forum's autumn plenary was held in Valletta on 4 October 2030. Seventeen agencies took part.
Its working groups met twice during the year, and the secretariat moved to new offices.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over({"lunar-forum-bulletin-2030.md": BULLETIN}, tmp_path_factory.mktemp("abstain12"))


@pytest.mark.parametrize("text", ["How many agencies took part in the plenary in Valletta?",
                                  "How many agencies took part in the Forum's 2030 autumn plenary?"])
def test_a_count_answers_for_its_own_meeting(answerer, text):
    assert answerer.answer(text)["short_answer"] == "17"


@pytest.mark.parametrize("text", ["How many agencies took part in the plenary in Reykjavik?",
                                  "How many agencies attended the Forum's autumn plenary of 2033?",
                                  "Which agency will host the Forum plenary of 2033?"])
def test_no_answer_for_a_place_or_year_not_told(answerer, text):
    assert answerer.answer(text)["answer"] is None
