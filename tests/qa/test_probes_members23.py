"""Membership probes of round 23, in other wording than the development sets al, ak, am:

- who was admitted in a month or year, asked with "admit", "entered" or "took over a seat" (ak, al), is the members
  whose membership begins then (dated.joined_in);
- a compound's head is its last noun: "six agency experts" counts people (dated.kinds_counting).

Negatives: a text entering into force is no joining.  (The round's rule that a sentence counting only agencies does
not answer a count of people, for ah-29, lost a blind count question and was taken out.)"""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated
from .test_dated import NAMES, composed, graph, question  # noqa: F401  (the graph fixture)


@pytest.mark.parametrize(("text", "short"), [
    ("Which agencies did XF admit in 2012?", "DD"),
    ("Which organisations entered XF or took over a seat in it during 2021?", "EE"),
    ("Name the bodies that took over a seat in XF in 2012.", "DD"),
])
def test_admitted_entered_or_seat_taken_over_in_a_year(graph, text, short):  # noqa: F811
    shape, answer = composed(graph, text)
    assert shape == "joined_in" and answer.short == short


@pytest.mark.parametrize("text", [
    "Which provisions of the XF charter entered into force in 2012?",
    "Which agencies attended the XF meeting in 2012?",
])
def test_no_joining_asked(text):
    assert dated.joined_in(question(text), NAMES) is None


@pytest.mark.parametrize(("sentence", "n", "kinds"), [
    # a compound's head is its last noun: "agency experts" are people, "member agencies" bodies (the lead, after ac-15)
    ("A panel of seven agency engineers wrote the study.", 7, {"people"}),
    ("Eleven member agencies replied.", 11, {"bodies"}),
    ("Nine agency delegations attended.", 9, {"bodies"}),
])
def test_a_compound_counts_its_last_noun(sentence, n, kinds):
    assert dated.kinds_counting(sentence, n) == kinds
