"""Round 24 probes of head counts of a gathering (qa/dated.py attendance_asked): a way of meeting that names the
gathering ("the online senior managers meeting", "an in-person plenary") asks of all who took part in it, not of
those who took part that way; a way told of the taking part ("attended the plenary online", "joined remotely")
still asks that part."""

from __future__ import annotations

import pytest

from isecg_kg.qa.dated import attendance_asked


@pytest.mark.parametrize("question", [
    "How many agencies were represented at the virtual heads of agency meeting of 4 May 2029?",
    "How many delegates attended the in-person plenary in Nairobi?",
    "How many people took part in an online workshop that the forum held in 2030?",
])
def test_a_way_of_meeting_naming_the_gathering_asks_all(question):
    assert attendance_asked(question) is None


@pytest.mark.parametrize(("question", "way"), [
    ("How many agencies attended the Nairobi plenary online?", "remotely"),
    ("How many delegations joined the virtual workshop remotely?", "remotely"),
    ("How many agencies attended in person the plenary of May 2031?", "in person"),
])
def test_a_way_of_taking_part_is_still_asked(question, way):
    assert attendance_asked(question) == way
