"""Probes for a chair field's end ("Chair: ESA until 9 May 2031, then ..."), and for a person who becomes the chair of the body the documents are about, round 27 (kg/rules_roles
ACTING_CHAIR_RE, kg/text._FUNCTION_END_RE): "Ms A of X became ISECG Chair", "A, Director of Y at X, becomes chair"
(the person's post, not only the agency's chair), and a narrow column's line cut after "and" going on with the next
line ("Director of Human Spaceflight and" / "Exploration at ..."). Negatives: another thing's chair ("became session
chair"), a vice-chair, a group's chair (a post in that group, as before), an agency becoming chair (no person), a
short line ending on "and" (a heading's). Written in wordings of our own, not copied from the development sets."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD, _isecg_chairs
from .test_probes_wgleads22 import _posts

BECAME = [
    ("person-of-agency-became-body-chair", "At the Lima meeting Mr Tomas Riedel of DLR became ISECG Chair for two "
     "years.", {("tomas-riedel", "chair", "isecg")}),
    ("titled-at-agency-becomes-chair", "Prof. Ingrid Solberg, Head of Space Science and Robotics at CNES, becomes "
     "chair of the group on 1 March.", {("ingrid-solberg", "chair", "isecg")}),
    ("will-become-the-new-chair", "Dr Marco Ferri of ASI will become the new chair when the plenary closes.",
     {("marco-ferri", "chair", "isecg")}),
    # a line a narrow column cut after "and", the rest of the sentence on the next line
    ("line-cut-after-and", "Dr. Ingrid Solberg, Director of Space Transportation and\nRobotics at CNES, becomes ISECG "
     "chair.", {("ingrid-solberg", "chair", "isecg")}),
]


@pytest.mark.parametrize("name, text, posts", BECAME, ids=[b[0] for b in BECAME])
def test_person_becomes_body_chair(extract, name, text, posts):
    result = extract(HEAD + text, title="ISECG Newsletter", year=2031)
    assert posts <= _posts(result), _posts(result)


NOT_BODY_CHAIR = [
    ("session-chair", "Mr Tomas Riedel of DLR became session chair for the afternoon."),
    ("vice-chair", "Mr Tomas Riedel of DLR became Vice Chair of the group."),
    ("agency-becomes-chair", "The German Aerospace Center became ISECG chair in 2031."),
    ("became-a-member", "Mr Tomas Riedel of DLR became a member of the writing team, whose chair is ESA."),
]


@pytest.mark.parametrize("name, text", NOT_BODY_CHAIR, ids=[n[0] for n in NOT_BODY_CHAIR])
def test_no_body_chair_post(extract, name, text):
    result = extract(HEAD + text, title="ISECG Newsletter", year=2031)
    assert not {p for p in _posts(result) if p[2] == "isecg"}, _posts(result)


def test_group_chair_stays_the_groups(extract):
    result = extract(HEAD + "Ms Ana Ortiz of ESA became chair of the Technology Working Group in May.",
                     title="ISECG Newsletter", year=2031)
    assert not {p for p in _posts(result) if p[2] == "isecg"}, _posts(result)


def test_short_line_ending_on_and_stays_apart(extract):
    # a heading cut short is no sentence going on: the line after keeps its own sentence
    result = extract(HEAD + "Science and\nMr Tomas Riedel of DLR became ISECG Chair.", title="ISECG Newsletter",
                     year=2031)
    assert ("tomas-riedel", "chair", "isecg") in _posts(result), _posts(result)


@pytest.mark.parametrize("text, chairs", [
    # a field's holder "until" a date: its term's end, not a date it was stated at
    ("At a glance\n- Chair: ESA until 9 May 2031, then the Canadian Space Agency.\n", {("esa", "until-2031-05-09")}),
    # negatives: a date alone is the field's as of; "from" is a start
    ("At a glance\n- Chair: ESA, 9 May 2031\n", {("esa", "2031-05-09")}),
    ("At a glance\n- Chair: ESA from 9 May 2031\n", {("esa", "from-2031-05-09")}),
])
def test_chair_field_until(extract, text, chairs):
    assert _isecg_chairs(extract(HEAD + text, title="ISECG Calendar", year=2031)) == chairs
