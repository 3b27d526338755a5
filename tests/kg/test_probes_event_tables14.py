"""Probes of gatherings (round 14): an event table whose date cell wraps its head onto a line of its own — days
("18–20" / "February 2025"), ordinal words ("the ninth of" / "July 2025"), a month alone ("December" / "2025") —
is one row, dated to the day; the rest of the date below its head starts no row of its own.  A place of two words
after the name's noun ("... autumn meeting Abu Dhabi, UAE") is the place's whole; a virtual word opening the name
("Virtual workshop ... online") is the name's, the place the one after it.  Negatives: a one-word town after a
capitalised name keeps its own word only; a name opening with "Online" does not take a known town's place."""

from __future__ import annotations

import pytest

from .test_probes_events import _events, missing

POSITIVE = [
    ("Date Meeting Place Host Participants\n18–20\nFebruary 2025\nTechnology plenary on power\nCologne,\nGermany\n"
     "DLR 47\nthe ninth of\nJuly 2025\nStakeholder workshop on standards\nToulouse,\nFrance\nCNES 140\nDecember\n"
     "2025\nWorking group autumn meeting\nAbu Dhabi,\nUAE\nUAESA 38", 2025,
     [{"date": "2025-02-18", "end": "2025-02-20", "place": "cologne", "host": "id/org/dlr", "count": "47"},
      {"date": "2025-07-09", "place": "toulouse", "host": "id/org/cnes", "count": "140"},
      {"date": "2025-12", "place": "abu dhabi", "host": "id/org/uae-space-agency", "count": "38"}]),
    ("Dates Event Venue Organiser Attendance\n3rd and 4th of\nMarch 2024\nArchitecture workshop\nBuenos Aires,\n"
     "Argentina\nCONAE 25\nNovember\n2024\nSenior managers meeting\nBengaluru,\nIndia\nISRO 19", 2024,
     [{"date": "2024-03-03", "place": "buenos aires", "host": "id/org/conae", "count": "25"},
      {"date": "2024-11", "place": "bengaluru", "host": "id/org/isro", "count": "19"}]),
    ("Date Meeting Place Host Participants\n2023-04-12 Virtual workshop on lunar data standards online ESA 85\n"
     "2023-10-02 Online tools workshop Bremen, Germany DLR 20", 2023,
     [{"date": "2023-04-12", "place": "online", "host": "id/org/esa", "count": "85"},
      {"date": "2023-10-02", "place": "bremen", "host": "id/org/dlr", "count": "20"}]),
]


@pytest.mark.parametrize("text, year, wanted", POSITIVE)
def test_a_wrapped_date_head_and_a_two_word_place_make_one_row(extract, text, year, wanted):
    assert missing(extract(text, year=year), wanted) == []


def test_the_rest_of_a_wrapped_date_starts_no_row(extract):
    events = _events(extract("Date Meeting Place Host Participants\n18–20\nFebruary 2025\nTechnology plenary\n"
                             "Cologne, Germany DLR 47\n2025-05-06 Roadmap meeting Toulouse, France CNES 62", year=2025))
    assert sorted(d for e in events for d in e.get("schema:startDate", set())) == ["2025-02-18", "2025-05-06"]


def test_a_one_word_town_after_a_capitalised_name_keeps_its_word(extract):
    events = _events(extract("Date Meeting Place Host Participants\n2022-03-08 ERWG Spring Meeting Rome, Italy ASI 30",
                             year=2022))
    assert [e.get("skos:prefLabel") for e in events] == [{"ERWG Spring Meeting"}]


def test_a_name_opening_with_online_is_no_place(extract):
    events = _events(extract("Date Meeting Place Host Participants\n2023-10-02 Online tools workshop Bremen, Germany "
                             "DLR 20", year=2023))
    assert events and all("online" not in " ".join(e.get("schema:location", set())) for e in events)
