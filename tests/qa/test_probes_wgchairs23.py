"""Probes for a working group's chair named in prose and the one they succeeded, round 23, on a small invented corpus
in other wording than the development sets: "The Science Working Group, which ..., was chaired by A of DLR" answers
"Who led the Science Working Group in 2031?" (a chair leads the group when no lead is named); "She replaces B of
ESA" makes B the group's chair before A (kg/rules_roles.py succeeded), which "Who became chair ..., and whom did she
replace?" answers in that order (qa/dated.py post_holders); agencies leading a group in two years asked are said
each after its year ("2026: NASA and ASI; 2029: UKSA and DLR"), from a table's lead and co-lead columns.  Negatives: the one succeeded is no current holder
("Who chairs the Strategic Communications Working Group?" names the successor alone); a lead named stays the answer
to "who led" over a chair."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-annual-report-2031.md": """# ISECG Annual Report 2031

*International Space Exploration Coordination Group · published 2 February 2032*

## Working groups in 2031

The Science Working Group, which advises the agencies on polar science, was chaired by Karin Holm of DLR.
The Technology Working Group is chaired by Olivia Grant of UKSA. Min-jun Seo of KARI leads the Technology Working Group.
""",
    "isecg-bulletin-2033.md": """# ISECG Bulletin, Issue 4

*International Space Exploration Coordination Group · published 9 June 2033*

## New chair for communications

Since 1 May 2033 the Strategic Communications Working Group has been chaired by Amara Diallo of CNES.
She replaces Pablo Ortega of ESA, who chaired the group for four years.
""",
    "isecg-annual-report-2026.md": """# ISECG Annual Report 2026

*International Space Exploration Coordination Group · published 3 February 2027*

## Working groups

| Working group | Lead | Co-lead |
|---|---|---|
| Exploration Roadmap Working Group (ERWG) | CNES | KARI |
| International Architecture Working Group (IAWG) | NASA | ASI |
""",
    "isecg-architecture-study-2029.md": """# ISECG Architecture Study 2029

*International Space Exploration Coordination Group · published 12 October 2029*

## Foreword

The International Architecture Working Group was co-chaired by UKSA and DLR for this study.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("wgchairs23"))


@pytest.mark.parametrize("question, said", [
    ("Who led the Science Working Group in 2031, and from which agency?", "karin holm dlr"),
    ("Who became chair of the Strategic Communications Working Group in 2033, and whom did she replace?",
     "amara diallo cnes pablo ortega esa"),
    ("Who chaired the Strategic Communications Working Group in 2033, and who came before?",
     "pablo ortega esa amara diallo cnes"),
])
def test_group_chairs_in_prose(answerer, question, said):
    short = words_of(answerer.answer(question)["short_answer"] or "")
    assert f" {said} " in short, short


def test_each_year_its_leads(answerer):
    """Two years asked, the second by a document of that year: each year's agencies after the year, the lead's
    column and the co-lead's both read."""
    short = words_of(answerer.answer("Which agencies led the International Architecture Working Group in 2026, and "
                                     "which co-chaired it for the 2029 study?")["short_answer"] or "")
    assert " 2026 nasa and asi 2029 uksa and dlr " in short, short


def test_the_one_succeeded_no_current_chair(answerer):
    short = words_of(answerer.answer("Who chairs the Strategic Communications Working Group?")["short_answer"] or "")
    assert " amara diallo " in short and " ortega " not in short, short


def test_lead_named_over_chair(answerer):
    short = words_of(answerer.answer("Who leads the Technology Working Group?")["short_answer"] or "")
    assert " min jun seo " in short and " grant " not in short, short
