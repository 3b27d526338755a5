"""Round 62 probes on a small invented corpus in other wording than the development sets (qa/answerer):
- "When was the second edition of the roadmap released?" answered by the date the graph has that edition issued,
  over a sentence of its passages dating another year ("the 2037 release had triggered ..."): the base answered 2037.
- "How long after A did B?" where B is a deed no document or event of the graph dates ("did the chair pass from CNES
  to DLR"): each side dated by the sentence telling it (_gap_told), not by the date of the document B's best passage
  is in. The base answered nothing."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "ger-2041-second-edition.md": """# The Global Exploration Roadmap — Second Edition

*International Space Exploration Coordination Group (ISECG). Published 12 May 2041.*

## Summary

The second edition of the Global Exploration Roadmap was posted by the International Space Exploration Coordination
Group on 12 May 2041. It updates the first edition and keeps the Moon as the next destination.

## Feedback

The second edition notes that the 2037 release of the roadmap had triggered national and international discussion, and
that the feedback gathered in that dialogue had improved agency planning.
""",
    "isecg-bulletin-2043.md": """# ISECG Bulletin — Issue 4

*International Space Exploration Coordination Group (ISECG). Published March 2043.*

## Timeline

12.05.2041
Second edition of the Global Exploration Roadmap.

03.07.2042
Chair passes from CNES to DLR.

The Technology Working Group met twice during 2042.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("dated62"))


def said(answerer, question: str) -> str:
    return words_of(answerer.answer(question)["answer"] or "")


def test_edition_release_by_its_issue_date(answerer):
    answer = said(answerer, "When was the second edition of the Global Exploration Roadmap released?")
    assert answer.startswith(" 12 may 2041 "), answer


def test_gap_to_a_deed_dated_by_its_sentence(answerer):
    answer = said(answerer, "How long after the second Global Exploration Roadmap edition did the ISECG chair pass "
                            "from CNES to DLR?")
    assert " 3 july 2042 " in answer and " 12 may 2041 " in answer and " 417 days " in answer, answer
