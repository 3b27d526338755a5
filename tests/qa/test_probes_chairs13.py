"""Chair questions of two parts and dated member lists (qa/answerer.py _two_anchors, _answer, the members intro;
qa/dated.py chair), on a small invented corpus in other wording than the development sets: a yearbook telling
the chair's handovers as two verbs of one subject ("took the chair from X on D1 and handed it to Y on D2") and a
plenary with its date; a bulletin listing the members at a date, and a later note of an agency that joined after.

The base answered the first part alone ("which held the chair at the Lisbon plenary, and which held it in 2031?"
gave the first holder), asked nothing of "which agency took the chair from it in June 2031" after "who succeeded
NASA", and said a list holding a later joiner held "as of" the list's date.  Negatives: a second part asking
something else at another time is no second chair; a list with no later joiner keeps its own date."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-yearbook-2031.md": """# ISECG Yearbook 2031

*International Space Exploration Coordination Group · published 20 January 2032*

## The chair

NASA took over the chair of ISECG from KARI on 12 March 2029 and handed it to CNES on 4 October 2030. On 8 June
2031 the French agency passed the ISECG chair to the UK Space Agency.

## Meetings

The Lisbon plenary of ISECG took place on 14 May 2029 and was hosted by Portugal Space.
""",
    "isecg-bulletin-2030-03.md": """# ISECG Bulletin, March 2030

*International Space Exploration Coordination Group · March 2030*

The members of ISECG as of 1 March 2030:
• ASI (Italy)
• CNES (France)
• ESA (Europe)
• KARI (Korea)
• NASA (United States)
""",
    "isecg-note-2031.md": """# ISECG Note 2031

*International Space Exploration Coordination Group · published 10 December 2031*

The Luxembourg Space Agency (LSA) joined ISECG on 2 September 2031.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("chairs13"))


@pytest.mark.parametrize("question, answers", [
    # the first question asked again at the second's time: each part as of its own time
    ("Which agency held the ISECG chair at the Lisbon plenary, and which held it in 2031?", [("nasa", "uksa")]),
    ("Which agency chaired ISECG in 2029, and which one in 2031?", [("nasa", "uksa")]),
    # the second part asks who took the chair from the first's answer, at a time of its own
    ("Which agency succeeded KARI as ISECG chair, and which agency took the chair from it in October 2030?",
     [("nasa", "cnes")]),
])
def test_both_parts_answered(answerer, question, answers):
    said = words_of(answerer.answer(question)["short_answer"] or "")
    assert any(all(f" {a} " in said for a in pair) for pair in answers), said


def test_two_times_in_order_are_said_in_order(answerer):
    said = answerer.answer("Which agency held the ISECG chair at the Lisbon plenary, and which held it in 2031?")
    assert said["short_answer"] == "NASA, then UKSA"
    said = answerer.answer("Which agency chaired ISECG in 2031, and which one in 2029?")
    assert said["short_answer"] == "UKSA; NASA"


def test_a_second_part_asking_something_else_is_no_second_chair(answerer):
    response = answerer.answer("Which agency held the ISECG chair in 2029, and who hosted the plenary in May 2029?")
    assert " uksa " not in words_of(response["short_answer"] or "")


def test_a_list_with_a_later_joiner_is_dated_by_it(answerer):
    response = answerer.answer("Which agencies are members of ISECG?")
    assert "LSA" in response["answer"] and "as of 1 March 2030" not in response["answer"].split(":")[0]
    assert "as of 2 September 2031" in response["answer"]
