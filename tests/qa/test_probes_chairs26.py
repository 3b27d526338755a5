"""The direction of a handover and the holder over a year (qa/dated.py chair, _edge_asked, _term_edge, WHOLE_YEAR), on
a small invented corpus in other wording than the development sets: a chair told as a post in one sentence and
handed over as "it" in the next, and a history of handovers with and without their terms' starts.

The base asked "When did X take over the chair before handing it to Y?" as the end of X's term (the later verb
"handing" won) and, with no start stated, answered with a passage's date of that handover; it answered "during
2042" with the holder at the year's end, though the chair changed hands in it; and of "To which agency did X hand the
chair, and when?" it told X's end as X's ("Y; X until D"), not as the handover asked.
Negatives: a start the documents state is still answered; a year asked with "in" still has its holder at its end; a
year no handover falls in still has its holder.
Also: "Who led the group?" names its lead, not its chair (a group's chair taken for its lead when no lead is named
lowered a blind set and was taken out)."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-podcast-2046.md": """# Space Talk — Episode 12: ISECG explained

*Transcript excerpt. Published 2 June 2046. Guest: a delegate to the International Space Exploration Coordination
Group (ISECG).*

**Host:** What is ISECG, and who runs it?

**Guest:** The group has a chair, and it rotates among the member agencies. KARI held it for two years and passed
it to the UK Space Agency in March 2045. The Secretariat stays in one place.
""",
    "isecg-chair-history-2044.md": """# The ISECG chair, 2040-2044

*International Space Exploration Coordination Group — Secretariat. Published 10 February 2044.*

## Holders

The Centre National d'Études Spatiales (CNES) chaired ISECG from 1 January 2040 until 1 March 2042.
On 1 March 2042 CNES handed the chair to the German Aerospace Center (DLR).
On 5 May 2043 DLR handed the chair to the Indian Space Research Organisation (ISRO).
""",
    "isecg-annual-report-2041.md": """# ISECG Annual Report 2041

*International Space Exploration Coordination Group (ISECG). Published 20 March 2042.*

## Working groups

The Science Working Group, which reviews the science chapters of the roadmap, was chaired by Ines Navarro of CNES.
The Exploration Roadmap Working Group was chaired by Tomas Berg of DLR. Mina Park (KARI) leads the Exploration Roadmap
Working Group.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("chairs26"))


def said(answerer, question: str) -> str:
    return words_of(answerer.answer(question)["answer"] or "")


@pytest.mark.parametrize("question, answer", [
    # the handover asked: to whom, and its day (not the named holder's end told as its own)
    ("To which agency did KARI pass the ISECG chair, and when?", "uksa march 2045"),
    ("To which agency did DLR hand the ISECG chair, and when?", "isro 5 may 2043"),
    # a start stated: answered, whichever verb comes after
    ("When did CNES take over the ISECG chair before handing it to DLR?", "1 january 2040"),
    ("When did DLR hand over the ISECG chair?", "5 may 2043"),
    # a year with no handover in it; a year asked with "in": its holder at its end
    ("Which agency held the ISECG chair throughout 2041?", "cnes"),
    ("Which agency chaired ISECG in 2042?", "dlr"),
])
def test_answered(answerer, question, answer):
    assert f" {answer} " in said(answerer, question), said(answerer, question)


@pytest.mark.parametrize("question", [
    # the start of a term the documents tell only the handover at its end of
    "When did KARI take over the ISECG chair before passing it to the UK Space Agency?",
    # a year the chair changed hands in
    "Which agency chaired ISECG during 2042?",
])
def test_not_answered(answerer, question):
    assert answerer.answer(question)["answer"] is None, answerer.answer(question)["answer"]


@pytest.mark.parametrize("question, answer, wrong", [
    # a lead named: the lead, not the chair
    ("Who led the Exploration Roadmap Working Group in 2041?", "mina park", "tomas berg"),
])
def test_who_led_a_group(answerer, question, answer, wrong):
    got = said(answerer, question)
    assert f" {answer} " in got and not (wrong and f" {wrong} " in got), got
