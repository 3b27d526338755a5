"""Probes for one person succeeding another as a group's chair, round 24, on a small invented corpus in other
wording than the development sets: "He succeeds B of ESA" after the sentence naming A the group's chair, "Her
successor is Dr. D" after C's post (kg/rules_roles.py succeeded) answer "Who chaired the group before A?", "Who
succeeded C as chair?" and "Who took over ..., and whom did he replace?" (qa/dated.py post_holders). Negatives: the
one succeeded is no current holder; a person with no successor told gets no graph answer of a successor; a group
whose holder followed no one is answered as before."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-bulletin-2032.md": """# ISECG Bulletin, Issue 7

*International Space Exploration Coordination Group · published 9 June 2032*

## New chair for communications

Since 1 May 2032 the Strategic Communications Working Group is chaired by Amadou Diallo of CNES. He succeeds
Pablo Ortega of ESA, who chaired the group for four years.

## Science Working Group

After five years as chair of the Science Working Group (SWG), Dr. Karin Holm of DLR stepped down in April 2032.
Her successor is Dr. Min-jun Seo of the Korea Aerospace Research Institute.

## Roadmap

The Exploration Roadmap Working Group is chaired by Olivia Grant of UKSA.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("succeed24"))


def _short(answerer, question: str) -> str:
    return words_of(answerer.answer(question)["short_answer"] or "")


@pytest.mark.parametrize("question, said, not_said", [
    ("Who chaired the Strategic Communications Working Group before Amadou Diallo?", "pablo ortega", "diallo"),
    ("Who succeeded Karin Holm as chair of the Science Working Group?", "min jun seo", "holm"),
    ("Who was Min-jun Seo's predecessor as chair of the Science Working Group?", "karin holm", "seo"),
    ("Who took over as chair of the Strategic Communications Working Group in 2032, and whom did he replace?",
     "amadou diallo cnes pablo ortega esa", "olivia"),
])
def test_one_before_or_after(answerer, question, said, not_said):
    short = _short(answerer, question)
    assert f" {said} " in short and f" {not_said} " not in short, short


def test_the_one_succeeded_no_current_chair(answerer):
    short = _short(answerer, "Who chairs the Strategic Communications Working Group?")
    assert " amadou diallo " in short and " ortega " not in short, short


def test_no_successor_told(answerer):
    short = _short(answerer, "Who succeeded Olivia Grant as chair of the Exploration Roadmap Working Group?")
    assert " olivia grant " not in short, short
