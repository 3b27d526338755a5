"""Chair terms between two holders and the person of a turn (qa/dated.py chair, _between), on a small invented
corpus in other wording than the development sets: a history of handovers to people of agencies, then a holder
stated years later with no handover told before it.

The base took "between A's term and B's term" for no holder at all and answered from a passage, naming A's own
predecessor; and it left a "who" question naming a person to the passages even when the person is named as an
agency's ("before ISRO's Priya Rao"), so a holder before that agency's turn, told in another sentence, was not found.
Negatives: two holders the documents state one right after the other, or with no holder stated between (a gap the
documents leave), have no answer; a span of years is still asked as one; an agency asked is still answered by the
agency."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-chair-history-2046.md": """# The ISECG chair, 2040-2046

*International Space Exploration Coordination Group — Secretariat. Published 10 February 2046.*

## Holders

The Centre National d'Études Spatiales (CNES) chaired ISECG from 1 January 2040 until 1 March 2042.
On 1 March 2042 CNES handed the chair to Jun Ito of the German Aerospace Center (DLR).
On 5 May 2044 DLR passed the chair to Priya Rao of the Indian Space Research Organisation (ISRO).
""",
    "isecg-news-2049.md": """# ISECG news

*International Space Exploration Coordination Group · published 20 May 2049*

The Korea Aerospace Research Institute (KARI) has chaired ISECG since 1 April 2048.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("chairs25"))


@pytest.mark.parametrize("question, said", [
    ("Which agency chaired ISECG between CNES's term and ISRO's term?", "dlr"),
    ("Which agency held the ISECG chair between the CNES and ISRO chairmanships?", "dlr"),
])
def test_between_two_holders(answerer, question, said):
    assert f" {said} " in words_of(answerer.answer(question)["answer"] or ""), answerer.answer(question)["answer"]


@pytest.mark.parametrize("question", [
    # one right after the other, and a gap the documents leave
    "Which agency chaired ISECG between DLR's term and ISRO's term?",
    "Which agency chaired ISECG between ISRO's term and KARI's term?",
])
def test_none_between(answerer, question):
    assert answerer.answer(question)["answer"] is None, answerer.answer(question)["answer"]


def test_span_of_years_unchanged(answerer):
    assert " dlr " in words_of(answerer.answer("Which agency chaired ISECG between 2042 and 2043?")["answer"] or "")


@pytest.mark.parametrize("question, said", [
    ("Who held the ISECG chair immediately before ISRO's Priya Rao took it over?", "jun ito of dlr"),
    ("Which agency held the ISECG chair immediately before ISRO?", "dlr"),
])
def test_person_of_the_turn_before(answerer, question, said):
    assert f" {said} " in words_of(answerer.answer(question)["answer"] or ""), answerer.answer(question)["answer"]


def test_agency_asked_not_person(answerer):
    assert "jun ito" not in words_of(answerer.answer("Which agency held the ISECG chair immediately before ISRO?")["answer"] or "")
