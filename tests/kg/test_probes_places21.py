"""Probes of event places (round 21): a town no list has, told right before the month a gathering was held in
("held its first meeting in Lisbon in June 2015", "met for the first time in Ottawa in May 2012"), is its place; a
word no town is ("met in Committee in March 2019") is none, and a year alone ("in Tallinn in 2019") is not enough to
tell a town from a region."""

from __future__ import annotations

import pytest

from .test_probes_events import _events


@pytest.mark.parametrize("text, date, place", [
    ("The council held its first meeting in Lisbon in June 2015, hosted by ESA.", "2015-06", "lisbon"),
    ("The forum met for the first time in Ottawa in May 2012, at the invitation of CSA.", "2012-05", "ottawa"),
    ("Senior managers convened in Bergen in September 2016 for their plenary.", "2016-09", "bergen"),
])
def test_a_town_before_the_month_held_is_the_place(extract, text, date, place):
    [event] = [e for e in _events(extract(text, year=2024)) if date in e.get("schema:startDate", set())]
    assert event.get("schema:location") == {place}


@pytest.mark.parametrize("text", [
    "The senior managers met in Committee in March 2019 to settle the budget.",
    "The working group held a meeting in Tallinn in 2019.",
])
def test_no_place_for_a_word_no_town_is_or_a_year_alone(extract, text):
    assert all("schema:location" not in e for e in _events(extract(text, year=2024)))
