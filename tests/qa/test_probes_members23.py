"""Membership probes of round 23, in other wording than the development sets al, ak, am, ah:

- who was admitted in a month or year, asked with "admit", "entered" or "took over a seat" (ak, al), is the members
  whose membership begins then (dated.joined_in);
- a "how many" question counting people ("individual delegates") is not answered by a sentence whose numbers count
  only agencies or delegations (ah: the count asked is not stated).

Negatives: a text entering into force is no joining; a sentence counting delegates (beside agencies), or with numbers
that count nothing named, still answers."""

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


@pytest.mark.parametrize(("sentence", "other"), [
    ("Delegations from 19 of the forum's 22 member agencies took part, some of them online.", True),
    ("Eleven agencies were represented at the Lima session.", True),
    # negatives: delegates counted beside agencies; numbers that count nothing named
    ("Some 48 delegates from 15 agencies attended the Lima session.", False),
    ("NASA 6 Member", False),
    ("The session in Lima lasted two days.", False),
])
def test_a_sentence_counting_only_agencies_tells_no_people(sentence, other):
    assert dated.counts_other_kind(sentence, "people") is other


@pytest.mark.parametrize(("sentence", "n", "kinds"), [
    # a compound's head is its last noun: "agency experts" are people, "member agencies" bodies (the lead, after ac-15)
    ("A panel of seven agency engineers wrote the study.", 7, {"people"}),
    ("Eleven member agencies replied.", 11, {"bodies"}),
    ("Nine agency delegations attended.", 9, {"bodies"}),
])
def test_a_compound_counts_its_last_noun(sentence, n, kinds):
    assert dated.kinds_counting(sentence, n) == kinds
