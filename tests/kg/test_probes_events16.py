"""Probes of gatherings (round 16): a table row whose count cell says no figure ("not recorded", "unknown", "n/a")
is whole, so the row the page text ran onto its line is cut off and read as its own (its host and count are not the
first row's); a head count told in a paragraph of its own, after a paragraph that named the gathering again ("The
meeting was hosted by KARI."), is that gathering's. Negatives: the empty count cell gives no count and the run-on row's
slots stay off the first; a count after a paragraph about something else is no gathering's."""

from __future__ import annotations

import pytest

from .test_probes_events import _events, given, missing

TABLES = [
    # the set's shape: date first, the next row run on after "not recorded"
    ("3. Events in 2017\nDate Place Host Participants\n7–9 February 2017 Houston, USA NASA 42\n"
     "September 2017 Adelaide, Australia (side meeting) CSIRO not recorded 14–15 November\n2017\n"
     "Frascati, Italy (annual meeting)\nASI fifty-one\nThe text of the roadmap was endorsed there.", 2017,
     [{"date": "2017-09", "host": "id/org/csiro"},
      {"date": "2017-11-14", "end": "2017-11-15", "place": "frascati", "host": "id/org/asi", "count": "51"}]),
    # other wording: "unknown" under "Attendance", other agencies and years
    ("Meetings in 2022\nDate Venue Host Attendance\n2022-03-02 Toulouse, France CNES unknown 2022-06-14 to 2022-06-15\n"
     "Rome, Italy\nASI 22\nAll meetings were held in person.", 2022,
     [{"date": "2022-03-02", "place": "toulouse", "host": "id/org/cnes"},
      {"date": "2022-06-14", "end": "2022-06-15", "place": "rome", "host": "id/org/asi", "count": "22"}]),
]


@pytest.mark.parametrize("text, year, wanted", TABLES)
def test_a_row_after_an_empty_count_cell_is_its_own(extract, text, year, wanted):
    assert missing(extract(text, year=year), wanted) == []


def test_an_empty_count_cell_gives_no_count_and_keeps_its_row_slots(extract):
    r = extract(TABLES[1][0], year=2022)
    toulouse = [e for e in _events(r) if "2022-03-02" in e.get("schema:startDate", set())]
    assert toulouse and not any(e.get("isecg:participantCount") or "id/org/asi" in e.get("schema:organizer", set())
                                for e in toulouse)


PARAGRAPHS = [
    ("The senior agency managers met in Seoul, Republic of Korea, from 2023-11-14 to 2023-11-15.\n\n"
     "The meeting was hosted by KARI. It was the first in-person meeting since 2019.\n\n"
     "Sixty-three delegates took part, in person or remotely.", 2023, [{"date": "2023-11-14", "count": "63"}]),
    ("The explorers held their plenary in Madrid on 4 May 2022.\n\nThat plenary was chaired by NASA.\n\n"
     "Around forty experts attended.", 2022, [{"date": "2022-05-04", "place": "madrid", "count": "40"}]),
]


@pytest.mark.parametrize("text, year, wanted", PARAGRAPHS)
def test_a_count_two_paragraphs_on_is_the_gathering_named_again(extract, text, year, wanted):
    assert missing(extract(text, year=year), wanted) == []


def test_a_count_after_a_paragraph_about_something_else_is_no_gatherings(extract):
    r = extract("The explorers held their plenary in Madrid on 4 May 2022.\n\nThe roadmap was discussed at length.\n\n"
                "Around forty experts attended.", year=2022)
    assert given(r, [("isecg:participantCount", "40")]) == []


# A record's title giving the town after a dash; a sentence naming the next occurrence with its own days and host; a
# place told of another of the kind ("the first having been held in Washington") is not the record's.
RECORDS = [
    ("Record of the ISECG Meeting — Berlin, 22–23 June 2010\n\nThe chair recalled that this was the second ISECG meeting "
     "of 2010, the first having been held in Washington in February.\n\nThe next ISECG meeting will be hosted by JAXA "
     "in Tokyo, on 8–9 December 2010.", 2010,
     [{"date": "2010-06-22", "end": "2010-06-23", "place": "berlin"},
      {"date": "2010-12-08", "end": "2010-12-09", "place": "tokyo", "host": "id/org/jaxa"}]),
    ("Summary record of the ISECG Meeting – Canberra, 4–5 May 2023\n\nThis was the third ISECG meeting of the year; the "
     "previous one took place in Ottawa.\n\nThe following ISECG meeting is to be hosted by CNES in Toulouse on 12–13 "
     "October 2023.", 2023,
     [{"date": "2023-05-04", "end": "2023-05-05", "place": "canberra"},
      {"date": "2023-10-12", "place": "toulouse", "host": "id/org/cnes"}]),
]


@pytest.mark.parametrize("text, year, wanted", RECORDS)
def test_a_records_title_place_and_the_next_meetings_host(extract, text, year, wanted):
    assert missing(extract(text, year=year), wanted) == []


@pytest.mark.parametrize("text, year, forbidden", [
    (RECORDS[0][0], 2010, [("schema:location", "washington")]),
    (RECORDS[1][0], 2023, [("schema:location", "ottawa")]),
    # an undated next meeting is not the record's: its host is not the record's host
    ("Record of the ISECG Meeting — Rome, 3 March 2021\n\nThe following ISECG meeting will be hosted by CNES.", 2021,
     [("schema:organizer", "id/org/cnes")]),
    # a part of the meeting after the dash is no town
    ("Record of the ISECG Meeting — Day Two, 5 May 2023", 2023, [("schema:location", "day")]),
])
def test_another_meetings_place_or_host_is_not_the_records(extract, text, year, forbidden):
    assert given(extract(text, year=year), forbidden) == []


# A row naming a gathering held within another, on one day of its span: the row is that gathering's, that day.
WITHIN = [
    ("## Upcoming events\n\n| Date | Event | Place | Host |\n|---|---|---|---|\n| 21–25 Oct 2019 | 70th International "
     "Astronautical Congress, with an ISECG side meeting on the 22nd | Washington, D.C., USA | NASA |\n", 2019,
     [{"date": "2019-10-22", "place": "washington", "host": "id/org/nasa"}]),
    ("Calendar 2024\nDate Event Venue Host\n14–18 October 2024 Global Space Forum (including a senior managers meeting "
     "on the 15th) Milan, Italy ASI\n", 2024, [{"date": "2024-10-15", "place": "milan", "host": "id/org/asi"}]),
]


@pytest.mark.parametrize("text, year, wanted", WITHIN)
def test_a_gathering_held_within_a_rows_event_is_the_rows(extract, text, year, wanted):
    assert missing(extract(text, year=year), wanted) == []


def test_a_row_without_a_gathering_within_keeps_its_span(extract):
    r = extract("## Upcoming events\n\n| Date | Event | Place | Host |\n|---|---|---|---|\n| 21–25 Oct 2019 | 70th "
                "International Astronautical Congress, with a plenary talk by ISECG | Washington, D.C., USA | NASA |\n",
                year=2019)
    assert missing(r, [{"date": "2019-10-21", "end": "2019-10-25"}]) == [] and given(r, [("schema:startDate", "2019-10-22")]) == []


# A gathering's sentence dating another happening ("... before publication on 31 January 2018") gives it no date.
@pytest.mark.parametrize("text, year, forbidden", [
    ("Work on the third edition started at the ISECG meeting in Montreal in 2016 and continued through eleven "
     "working-group sessions before publication on 31 January 2018.", 2019, [("schema:startDate", "2018-01-31")]),
    ("Drafting began at the ERWG plenary in Bremen and went on until its publication on 3 June 2021.", 2021,
     [("schema:startDate", "2021-06-03")]),
])
def test_another_happenings_date_is_not_the_gatherings(extract, text, year, forbidden):
    assert given(extract(text, year=year), forbidden) == []
