"""Probes of a gathering named by its place and month (stop 44: two answers round 27 lost, ae-11 and am-30).

- A month the question names ("at ESTEC in November 2013") is a time, not a name the answering sentence must
  repeat: a row writing it "19–20 Nov. 2013" answers (compose.lone_names).
- "Which agency hosted the meeting in Berlin in June 2019?" is not answered by a row of that month telling of a
  meeting elsewhere (a videoconference): the place the question names must be told in the sentence, the passage
  before it, its section or its document's title, as for "How many ... attended the meeting in Berlin?"
  (compose._placed_elsewhere); told there, the row answers."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from isecg_kg.qa.compose import lone_names, told_of


@pytest.mark.parametrize("text, names", [
    ("attended the ISECG Technology Workshop at ESTEC in November 2013?", set()),
    ("attended the workshop in Noordwijk in November 2013?", {"noordwijk"}),
    ("the plenary in Lyon in Feb 2031", {"lyon"}),
    ("the Berlin workshop of May 2019", {"berlin"}),
    ("the meeting in March", set()),
])
def test_a_month_is_no_name(text, names):
    assert lone_names(text) == names


def _response(sentence: str, before: str = "", section: str = "Meetings in 2031", title: str = "Annual Report 2031"):
    hit = SimpleNamespace(text=f"{before} {sentence}".strip(), section=section,
                          document=SimpleNamespace(names=title, year=2031))
    return {"shape": "passage", "answer": f"CNES — {sentence}", "sentence": sentence, "evidence": [hit]}


@pytest.mark.parametrize("question", [
    "Which agency hosted the plenary in Lyon in June 2031?",
    "Who hosted the June 2031 plenary in Lyon?",
    "Which organisation hosts the Lyon plenary in 2031?",
])
def test_a_host_of_a_meeting_elsewhere_is_no_answer(question):
    answered = told_of(question, _response("2031-06-04 Videoconference CNES (Secretariat) 15 23"))
    assert answered["answer"] is None and "another time or place" in answered["message"]


@pytest.mark.parametrize("response", [
    _response("2031-06-04 Plenary Lyon CNES 15 23"),  # told in the row
    _response("It was hosted by CNES.", before="The plenary met in Lyon on 4 June 2031."),  # in the passage before
    _response("2031-06-04 Plenary CNES 15 23", section="Meetings in Lyon, 2031"),  # in its section
])
def test_a_host_told_of_the_place_answers(response):
    assert told_of("Which agency hosted the plenary in Lyon in June 2031?", response)["answer"] is not None


def test_a_host_question_naming_no_place_is_not_checked_for_one():
    response = _response("2031-06-04 Videoconference CNES (Secretariat) 15 23")
    assert told_of("Which agency hosted the plenary in June 2031?", response)["answer"] is not None
