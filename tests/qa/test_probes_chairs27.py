"""Chair successions asked across two parts or after a statement (qa/dated.py chair), and a person who becomes the
chair (kg/rules_roles ACTING_CHAIR_RE), on a small invented corpus in other wording than the development sets.

The base read who came before or after whom from a statement told before the question ("The report said DLR would
take the chair from CNES. To which agency did DLR later pass it?" answered with DLR, taking over from CNES); it found
no body when the question named none and asked whom a holder handed the chair to; and of "Which agency chaired ISECG
before DLR, and when was the chair handed over?" it told DLR's end, not the handover asked. Also: a person who
"becomes ISECG chair" is that post's holder ("Who became chair when UKSA took over?": the person, not UKSA).
Negatives: a second question naming the holder again asks of its term; a pronoun stands for the holder found."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-chair-history-2044.md": """# The ISECG chair, 2040-2044

*International Space Exploration Coordination Group — Secretariat. Published 10 February 2044.*

## Holders

The Centre National d'Études Spatiales (CNES) chaired ISECG from 1 January 2040 until 1 March 2042.
On 1 March 2042 CNES handed the chair to the German Aerospace Center (DLR).
On 5 May 2043 DLR handed the chair to the Indian Space Research Organisation (ISRO).

## Members

The Canadian Space Agency (CSA) and the Italian Space Agency (ASI) joined ISECG in 2040.
""",
    "isecg-news-2047-new-chair.md": """# The UK Space Agency takes the ISECG chair

*International Space Exploration Coordination Group (ISECG) news. Published 2 April 2047.*

The UK Space Agency (UKSA) chairs the International Space Exploration Coordination Group from 1 April 2047, the
member agencies agreed at their meeting in Leeds. Dr. Lena Okafor, Director of Exploration at UKSA, becomes ISECG
chair. The group meets twice a year.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("chairs27"))


def said(answerer, question: str) -> str:
    return words_of(answerer.answer(question)["answer"] or "")


@pytest.mark.parametrize("question, answer", [
    # the handover between the holder found and the one named, when the second question names no holder
    ("Which agency chaired ISECG immediately before ISRO, and on what date was the chair handed over?",
     "dlr 5 may 2043"),
    ("Which agency held the ISECG chair before ISRO, and until when did it hold it?", "dlr 5 may 2043"),
    # the holder named again: its own term's edge; a pronoun: the holder found
    ("Which agency chaired ISECG immediately before ISRO, and since when had ISRO held the chair?", "dlr 5 may 2043"),
    ("Which agency chaired ISECG immediately before ISRO, and since when had it held the chair?",
     "dlr dlr from 1 march 2042"),
    # a statement told before the question: who came after whom is the question's
    ("The 2044 history said DLR took the ISECG chair from CNES. To which agency did DLR later pass the chair, and "
     "when?", "isro 5 may 2043"),
    # no body named: the body the documents are about
    ("To which agency did CNES hand the chair?", "dlr"),
    # a person becoming the chair: the person asked by "who"
    ("Who became ISECG chair when UKSA took over the chairmanship in 2047?", "lena okafor"),
])
def test_answered(answerer, question, answer):
    assert f" {answer} " in said(answerer, question), said(answerer, question)


@pytest.mark.parametrize("question, wrong", [
    # the statement's own handover is not the one asked
    ("The 2044 history said DLR took the ISECG chair from CNES. To which agency did DLR later pass the chair, and "
     "when?", " dlr 1 march 2042 "),
    # a pronoun's term is not the handover's day
    ("Which agency chaired ISECG immediately before ISRO, and since when had it held the chair?", " dlr 5 may 2043 "),
    # an agency asked by "which": the agency, not the person
    ("Which agency became ISECG chair in April 2047?", " lena okafor "),
])
def test_not_answered_so(answerer, question, wrong):
    assert wrong not in said(answerer, question), said(answerer, question)
