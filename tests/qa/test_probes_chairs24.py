"""Chair sequences (qa/dated.py chair, qa/answerer.py two-part questions), on a small invented corpus in other
wording than the development sets: a history of the chair over a decade, each handover dated.

The base answered "Which agencies chaired ISECG, in order, from A until B?" with the one holder at A, and took no
part of a year ("in late 2045") for the time of a question's first part, so "..., and which one held it when the
handbook was issued?" was answered of the second time alone.
Negatives: one agency asked ("which agency") over a span is not the list; a span's holders before or after it are
not named; a second question asking something else than the first at another time is not asked again."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-chair-history-2050.md": """# The ISECG chair, 2040-2050

*International Space Exploration Coordination Group — Secretariat. Published 10 February 2050.*

## Holders

The Australian Space Agency (ASA) chaired ISECG from 1 January 2040 until 31 March 2042.
On 31 March 2042 ASA handed the ISECG chair to the Canadian Space Agency (CSA).
On 15 June 2044 CSA passed the ISECG chair to the Italian Space Agency (ASI).
On 1 September 2047 ASI handed the ISECG chair to the Korea Aerospace Research Institute (KARI).
""",
    "isecg-handbook-2049.md": """# ISECG Handbook

*International Space Exploration Coordination Group · published 20 May 2049*

The handbook describes how agencies coordinate their exploration plans.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("chairs24"))


@pytest.mark.parametrize("question, said", [
    # the holders over a span, in time order: those before and after it left out
    ("Which agencies held the ISECG chair, in order, from 2043 until the end of 2048?", "csa asi kari"),
    ("In what order did agencies chair ISECG? Which agencies chaired it from March 2041 to 2045?", "asa csa asi"),
    ("Which agencies held the chair of ISECG between 2045 and 2048?", "asi kari"),
    # a part of a year as the first part's time, the second asked at a document's date
    ("Which agency held the ISECG chair in late 2045, and which one held it when the ISECG handbook was published?",
     "asi then kari"),
])
def test_chair_sequences(answerer, question, said):
    assert said in words_of(answerer.answer(question)["answer"] or ""), answerer.answer(question)["answer"]


@pytest.mark.parametrize("question, unsaid", [
    ("Which agencies held the ISECG chair, in order, from 2043 until the end of 2048?", "asa"),
    # one agency asked over a span: no list of holders
    ("Which agency chaired ISECG from 2043 until 2048?", "csa asi"),
    ("Which agency held the chair of ISECG between 2045 and 2048?", "asi kari"),
    # the second part asks something else at the other time: not the chair asked again
    ("Which agency held the ISECG chair in late 2045, and which one hosted the meeting when the ISECG handbook was "
     "published?", "asi then kari"),
])
def test_not_chair_sequences(answerer, question, unsaid):
    assert unsaid not in words_of(answerer.answer(question)["answer"] or ""), answerer.answer(question)["answer"]
