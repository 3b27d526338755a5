"""Probes of tables of gatherings (round 27): a table with no count column may give a row's count in its name cell,
after the name ("Plenary; 17 agencies represented", "Rover workshop; 52 participants from 9 agencies"): that clause is
the row's count (the bodies first, the people too), not part of its name; a clause naming no count ("; European
agencies represented", "; 3 working groups met") stays the name's."""

from __future__ import annotations

import pytest

TABLE = ("Table 4. Meetings in 2031\n"
         "Date Event Venue / host\n"
         "{row}\n"
         "The year closed with a public session.")


def _about(r, start: str) -> set[tuple[str, str]]:
    event = next(s for s, p, o in r.facts if p == "schema:startDate" and o == start)
    return {(p, o) for s, p, o in r.facts if s == event}


def _labels(r, start: str) -> set[str]:
    return {o for p, o in _about(r, start) if p == "skos:prefLabel"}


@pytest.mark.parametrize("row, start, counts", [
    ("4–5 Feb. Technical plenary; 17 agencies represented Lyon, France; hosted by CNES", "2031-02-04", {"17"}),
    ("9–11 Jun. Rover workshop; 52 participants from 9 agencies Bremen, Germany; hosted by DLR", "2031-06-09",
     {"9", "52"}),
    ("3 Oct. Technical plenary; all nineteen agencies present; chair handover Seoul, Korea; hosted by KARI",
     "2031-10-03", {"19"}),
])
def test_a_count_after_the_name_is_the_rows_count(extract, row, start, counts):
    r = extract(TABLE.format(row=row), year=2031)
    about = _about(r, start)
    assert {o for p, o in about if p == "isecg:participantCount"} == counts
    assert not any(c.isdigit() for label in _labels(r, start) for c in label)  # the name keeps no count
    assert any(p == "schema:organizer" for p, o in about)


@pytest.mark.parametrize("row", [
    "4–5 Feb. Technical plenary; European agencies represented Lyon, France; hosted by CNES",
    "4–5 Feb. Technical plenary; 3 working groups met Lyon, France; hosted by CNES",
])
def test_a_clause_counting_no_gathering_body_is_no_count(extract, row):
    r = extract(TABLE.format(row=row), year=2031)
    assert not any(p == "isecg:participantCount" for p, o in _about(r, "2031-02-04"))
