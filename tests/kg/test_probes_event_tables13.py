"""Probes of gatherings (round 13): an event table whose date cell holds a range that wraps after its first date
("2019-06-11 to" / "2019-06-13", "14 March –" / "16 March 2022"): the line below ends the range, no row of its own;
negative: a row whose date is a single day, the next row's date on the next line, stays two events. A numbered section
heading below a last row whose count cell is empty ends the table: its number is no count ("3. Membership")."""

from __future__ import annotations

import pytest

from .test_probes_events import _events, missing

POSITIVE = [
    ("Date Place Host Event Participants\n2019-06-11 to\n2019-06-13\nNoordwijk, the\nNetherlands\nESA Architecture "
     "working group meeting\n41 experts\n2019-10-19 Washington, D.C. NASA Senior managers meeting 22 agencies", 2019,
     {"date": "2019-06-11", "end": "2019-06-13", "place": "noordwijk", "host": "id/org/esa", "count": "41"}),
    ("Date Venue Organiser Meeting Attendance\n14 March 2022 –\n16 March 2022\nBremen, Germany DLR Technology "
     "workshop 30\n3 May 2022 Tokyo, Japan JAXA Plenary 18", 2022,
     {"date": "2022-03-14", "end": "2022-03-16", "place": "bremen", "host": "id/org/dlr", "count": "30"}),
    ("Dates Location Host Meeting Delegates\n2021-09-07 until\n2021-09-09 Rome, Italy ASI Annual meeting 25\n"
     "2021-11-30 Paris, France CNES Review meeting 12", 2021,
     {"date": "2021-09-07", "end": "2021-09-09", "place": "rome", "host": "id/org/asi"}),
]


@pytest.mark.parametrize("text, year, wanted", POSITIVE)
def test_a_wrapped_range_is_one_row(extract, text, year, wanted):
    assert missing(extract(text, year=year), [wanted]) == []


def test_single_days_stay_two_rows(extract):
    events = _events(extract("Date Place Host Event Participants\n2019-06-11\n2019-06-13 Noordwijk ESA Working "
                             "group meeting 41\n2019-10-19 Tokyo JAXA Plenary 22", year=2019))
    assert not any("2019-06-13" in e.get("schema:endDate", set()) for e in events)


@pytest.mark.parametrize("heading", ["3. Membership", "4. Working groups"])
def test_a_section_number_below_the_last_row_is_no_count(extract, heading):
    events = _events(extract("Date Place Host Event Participants\n2019-12-03 Bengaluru, India ISRO Joint session "
                             f"not recorded\n{heading}\nISECG is a voluntary forum.", year=2019))
    assert events and not any(e.get("isecg:participantCount") for e in events)
