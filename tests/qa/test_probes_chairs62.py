"""The day a successor took the chair over, asked with "..., and when?" (qa/dated.py chair), round 62, on a small
invented corpus in other wording than the development sets: a table of holders whose rows state one term's end
("To: November 2047") apart from the next term's start ("From: 1 December 2047").

The base answered "Which agency took over the chair from X, and when?" with the end of X's term, and the successor's
start, stated to the day in its own row, went unsaid. Now the verb asked tells the edge: "took over" dates the
successor's start, "handed" the holder's end.

Also: "For how long did X hold the chair during its second term?" measures that term of X's, in time order (the base
measured its last); a term the documents do not tell is no answer. A holder only stated (no start, no end) at times
inside another holder's term stated from start to end (a record naming the next chair during the term) splits that
term no more; and "the chair" with its holder asked is the chair of the body the documents are about."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-members-guide-2048.md": """# ISECG guide for member agencies

*International Space Exploration Coordination Group (ISECG) — Secretariat. Published 3 April 2048.*

## Chair rotation

| Chair agency | From | To |
|---|---|---|
| CNES | January 2043 | June 2045 |
| DLR | July 2045 | November 2047 |
| ISRO | 1 December 2047 | (current) |
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("chairs62"))


def said(answerer, question: str) -> str:
    return words_of(answerer.answer(question)["answer"] or "")


@pytest.mark.parametrize("question, answer", [
    # the successor's start, stated apart from the end of the term before
    ("Which agency took over the ISECG chair from DLR, and when?", "isro 1 december 2047"),
    # the holder's end when the verb hands it over
    ("To which agency did DLR hand the ISECG chair, and when?", "isro november 2047"),
    # a start stated to the month
    ("Which agency took over the ISECG chair from CNES, and when?", "dlr july 2045"),
])
def test_answered(answerer, question, answer):
    assert f" {answer} " in said(answerer, question), said(answerer, question)


HISTORY = {
    "isecg-chair-history-2049.md": """# The ISECG chair, 2040-2049

*International Space Exploration Coordination Group (ISECG) — Secretariat. Published 10 February 2050.*

| Chair agency | From | To |
|---|---|---|
| CNES | January 2040 | December 2041 |
| DLR | January 2042 | December 2043 |
| CNES | January 2044 | June 2045 |
| ISRO | July 2045 | December 2047 |
| CNES | January 2048 | December 2049 |
""",
}


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    return answerer_over(HISTORY, tmp_path_factory.mktemp("chairs62b"))


@pytest.mark.parametrize("question, answer", [
    # which of the holder's terms, in time order (dated.NTH_TERM); the first as before
    ("For how long did CNES hold the ISECG chair during its second term?", "january 2044 to june 2045"),
    ("For how long did CNES hold the ISECG chair during its first term?", "january 2040 to december 2041"),
])
def test_nth_term(history, question, answer):
    assert f" {answer} " in said(history, question), said(history, question)


def test_no_such_term(history):
    # a fourth term of a holder the documents tell three terms of: not its last
    assert " january 2048 " not in said(history, "For how long did CNES hold the ISECG chair during its fourth term?")


RECORD = {**HISTORY, "isecg-plenary-record-2047.md": """# ISECG plenary — record of decisions

*International Space Exploration Coordination Group (ISECG). Meeting of 14–15 April 2047, videoconference.*

## Decisions

D-31/02 The Group agreed that the chair will pass from ISRO to the Korea Aerospace Research Institute (KARI) on
1 January 2048 for a term of two years.
""", "isecg-chair-history-2049.md": HISTORY["isecg-chair-history-2049.md"].replace(
    "| CNES | January 2048 | December 2049 |", "| KARI | January 2048 | (current) |")}


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    return answerer_over(RECORD, tmp_path_factory.mktemp("chairs62c"))


@pytest.mark.parametrize("question, answer", [
    # a record naming the next holder during ISRO's stated term is no term of KARI's splitting ISRO's; and "the chair"
    # with its holder asked is the body's the documents are about
    ("For how long did ISRO hold the chair?", "july 2045 to 1 january 2048"),
    ("Which agency held the ISECG chair in September 2047?", "isro"),
])
def test_statement_inside_anothers_term(record, question, answer):
    assert f" {answer} " in said(record, question), said(record, question)
