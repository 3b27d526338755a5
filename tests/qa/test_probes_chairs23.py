"""Chair terms at a date (qa/dated.py chair, kg/rules_org.py), on a small invented corpus in other wording than the
development sets: a guide, dated by its last update, telling a term going on "since" a day; a handbook of one year
saying who chairs, and a report of the next telling a handover "at the end of" that year.

The base gave no length for a term still going on at the date asked ("as of" a document's date), counted whole
months between two days from the months alone, and ordered a handover at a year's end before what was told earlier
in that year.
Negatives: a term not begun by the date asked has no length then; a holder stated after the handover is not the
predecessor."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-members-guide-2052.md": """# Guide for ISECG members

*International Space Exploration Coordination Group — Secretariat. Last updated 2052-03-15.*

## The chair

The Israel Space Agency (ISA) has held the ISECG chair since 10 May 2050, when it took over from the Mexican Space
Agency (AEM). Its term was extended in 2051.
""",
    "isecg-handbook-2047.md": """# ISECG Handbook 2047

*International Space Exploration Coordination Group · published 12 April 2047*

The Norwegian Space Agency (NOSA) currently chairs ISECG.
""",
    "isecg-report-2048.md": """# ISECG Annual Report 2048

*International Space Exploration Coordination Group · published 30 January 2049*

## The chair in 2048

The Centre National d'Études Spatiales (CNES) chaired ISECG throughout 2048, having received the chair from the
Brazilian Space Agency (AEB) at the end of 2047.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("chairs23"))


@pytest.mark.parametrize("question, said", [
    # a term going on at the guide's date: its length so far, in whole months
    ("By the time the 2052 members guide was last updated, for how long had ISA been chairing ISECG?", "22 months"),
    # a handover at a year's end comes after what the year's handbook told
    ("Which agency held the ISECG chair immediately before CNES?", "aeb"),
])
def test_terms_at_a_date(answerer, question, said):
    assert f" {said} " in words_of(answerer.answer(question)["answer"] or ""), answerer.answer(question)["answer"]


@pytest.mark.parametrize("question, unsaid", [
    ("How long had ISA been chairing ISECG as of 1 January 2050?", "month"),
    ("Which agency held the ISECG chair immediately before CNES?", "nosa"),
])
def test_not_at_a_date(answerer, question, unsaid):
    assert unsaid not in words_of(answerer.answer(question)["answer"] or ""), answerer.answer(question)["answer"]
