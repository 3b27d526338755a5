"""Cross-document chair questions (qa/answerer.py _two_questions, _both; qa/dated.py chair, _term_edge), on a small
invented corpus in other wording than the development sets: a yearbook telling two handovers of the chair, a
bulletin whose table row tells a later one, and a note telling an agency's return to the chair years on.

The base joined two parts asked at two stated times as "A; B" or "A, then B" without the times, said a successor asked of "it" as
"A; B" and sought it only in the first part's document (its evidence missing), and asked nothing of "X chaired the
group in Y. When did it take the chair again?".  Negatives: a second part asking no successor is not said "then";
a holder that never returned to the chair has no later term (neither its own nor another's)."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-yearbook-2031.md": """# ISECG Yearbook 2031

*International Space Exploration Coordination Group · published 20 January 2032*

## The chair

KARI took over the chair of ISECG from CNES on 2 February 2027 and passed it to NASA on 12 March 2029. NASA handed
the chair to CSA on 4 October 2030.

## Meetings

The Lisbon plenary of ISECG took place on 14 May 2029 and was hosted by Portugal Space.
""",
    "isecg-bulletin-2032.md": """# ISECG Bulletin 2032

*International Space Exploration Coordination Group · published 3 March 2032*

## Milestones

| Date | Milestone | Place |
|------|-----------|-------|
| June 2031 | Handover of the chair at the Lisbon plenary | Lisbon |
| January 2032 | Bulletin series launched | Paris |

The members of ISECG as of 1 March 2032: ASI, CNES, CSA, KARI, NASA and UKSA.

The UK Space Agency took over the ISECG chair from CSA in June 2031.
""",
    "isecg-note-2036.md": """# ISECG Note 2036

*International Space Exploration Coordination Group · published 10 December 2036*

The Korea Aerospace Research Institute assumed the chair of ISECG in September 2035, taking over from the UK Space
Agency.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("crossdoc14"))


@pytest.mark.parametrize("question, said", [
    ("Which agency chaired ISECG in 2029, and which held the chair in 2031?", "NASA in 2029; UKSA in 2031"),
    ("Which agency held the ISECG chair in 2027, and which agency was chair in 2030?", "KARI in 2027; CSA in 2030"),
])
def test_two_parts_at_stated_times_say_each_time(answerer, question, said):
    assert answerer.answer(question)["short_answer"] == said


@pytest.mark.parametrize("question, pair, second_document", [
    # the second part asks who took the chair from the first's answer, told by another document
    ("Which agency succeeded NASA as ISECG chair, and which agency took the chair from it in June 2031?",
     "CSA, then UKSA", "isecg-bulletin-2032"),
    ("Which agency succeeded CNES as ISECG chair, and which agency took the chairmanship over from it in March 2029?",
     "KARI, then NASA", "isecg-yearbook-2031"),
])
def test_a_successor_of_it_is_said_in_turn_with_evidence_of_each(answerer, question, pair, second_document):
    response = answerer.answer(question)
    assert response["short_answer"] == pair
    assert second_document in {r.document.id for r in response["evidence"]}


def test_a_second_part_asking_no_successor_is_not_said_in_turn(answerer):
    response = answerer.answer("Which agency succeeded NASA as ISECG chair, and who hosted the Lisbon plenary?")
    assert ", then " not in (response["short_answer"] or "")


@pytest.mark.parametrize("question", [
    "KARI chaired ISECG in 2027. When did it take up the chair again?",
    "The Korea Aerospace Research Institute held the ISECG chair in 2028. When did it become chair once more?",
])
def test_a_return_to_the_chair_is_the_holders_next_term(answerer, question):
    said = words_of(answerer.answer(question)["short_answer"] or "")
    assert " september 2035 " in said and " 2027 " not in said


def test_a_holder_that_never_returned_has_no_later_term(answerer):
    # NASA never took the chair again: neither its own term nor another holder's return answers
    said = words_of(answerer.answer("NASA chaired ISECG in 2029. When did it take up the chair again?")["short_answer"]
                    or "")
    assert " 2029 " not in said and " 2035 " not in said
