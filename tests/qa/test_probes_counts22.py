"""Round 22 probes of counts in a year and of a split head count: "met five times in person" counts the meetings
of a "how many meetings" question (qa/sentences.py count_in); a question naming every way of taking part ("in person
or remotely") asks the sum of the parts a sentence splits the head count into (qa/dated.py attendance_asked,
count_by_attendance); a count of members who joined answers no question of another deed (qa/compose.py
_joiners_counted)."""

from __future__ import annotations

import pytest

from isecg_kg.qa.compose import _joiners_counted
from isecg_kg.qa.dated import BOTH_WAYS, attendance_asked, count_by_attendance
from isecg_kg.qa.sentences import count_in, counted


@pytest.mark.parametrize(("question", "sentence", "n"), [
    ("How many face-to-face meetings did the forum hold in 2031?", "The forum met four times face to face that year.",
     "four"),
    ("How many sessions did the working group hold in 2030?", "The working group convened 7 times online.", "7"),
    ("How many meetings did the board hold in 2029?", "The board met twice in Geneva.", "2"),
])
def test_met_n_times_counts_meetings(question, sentence, n):
    assert count_in(sentence, counted(question)) == n


@pytest.mark.parametrize(("question", "sentence"), [
    ("How many agencies are members of the forum?", "The forum met four times in 2031."),  # no meetings asked
    ("How many meetings did the board hold in 2029?", "The board met in Geneva with 12 delegations."),
])
def test_met_n_times_counts_nothing_else(question, sentence):
    assert count_in(sentence, counted(question)) is None


@pytest.mark.parametrize(("question", "sentence", "n"), [
    ("How many delegations attended, on site or online, the plenary in Nairobi?",
     "Nine delegations were on site in Nairobi, and 6 others joined online.", 15),
    ("How many agencies took part remotely or in person in the May review?",
     "Eleven agencies attended in person and three followed by video.", 14),
])
def test_every_way_asked_sums_the_parts(question, sentence, n):
    way = attendance_asked(question)
    assert way == BOTH_WAYS and count_by_attendance(sentence, way) == n


@pytest.mark.parametrize(("question", "sentence", "n"), [
    ("How many agencies attended the Nairobi plenary in person?", "Nine agencies attended in person and 6 joined online.", 9),
    ("How many agencies joined the review remotely?", "Eleven agencies attended in person and three followed by video.", 3),
])
def test_one_way_asked_is_that_part(question, sentence, n):
    assert count_by_attendance(sentence, attendance_asked(question)) == n


def test_a_total_without_parts_is_no_sum():
    way = attendance_asked("How many agencies took part, in person or remotely, in the review?")
    assert count_by_attendance("Twenty agencies took part in the review.", way) is None
    assert attendance_asked("How many agencies attended, counting those who joined remotely?") is None


@pytest.mark.parametrize(("question", "sentence", "counts"), [
    # a count of those admitted answers no question of who attended
    ("How many agencies attended the plenary in Nairobi in May 2031?",
     "The forum has admitted four new member agencies: A, B, C and D.", True),
    ("How many agencies took part in the Nairobi plenary?", "Twenty agencies, two of them new members, took part.", False),
    ("How many agencies joined the forum in 2031?", "The forum has admitted four new member agencies.", False),
])
def test_a_count_of_joiners_answers_no_other_deed(question, sentence, counts):
    response = {"shape": "passage", "sentence": sentence, "short_answer": "4"}
    assert _joiners_counted(question, response) is counts
