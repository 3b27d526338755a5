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


# A header at a page's foot, its running foot below it, the rows on the next page; dates cut at their hyphen
# ("2019-05-" / "14"), days parted by a slash ("29/30"); a virtual word in the name's brackets is the name's.
PAGE_FOOT = [
    ("Date Event Place Host Participants\n72nd Annual Congress, Dubai, 25–29 October 2021. Copyright IAF.\f3 March\n"
     "2018\nExploration forum\nTokyo, Japan JAXA\n45 countries\n2019-05-\n14\nAnnual meeting of senior managers\n"
     "Montreal,\nCanada\nCSA 52\n2020-09-\n29/30\nAnnual meeting (held virtually) online CNES 74", 2021,
     [{"date": "2019-05-14", "place": "montreal", "host": "id/org/csa", "count": "52"},
      {"date": "2020-09-29", "end": "2020-09-30", "place": "online", "host": "id/org/cnes", "count": "74"}]),
    ("Dates Meeting Venue Organiser Delegates\nPage 4 of 9\fISECG report 2023\n2023-02-\n07/09\nArchitecture workshop "
     "(partly online) Bremen, Germany DLR 33\n2023-06-12 Plenary Rome, Italy ASI 41", 2023,
     [{"date": "2023-02-07", "end": "2023-02-09", "place": "bremen", "host": "id/org/dlr", "count": "33"},
      {"date": "2023-06-12", "place": "rome", "host": "id/org/asi", "count": "41"}]),
]


@pytest.mark.parametrize("text, year, wanted", POSITIVE + PAGE_FOOT)
def test_wrapped_dates_two_word_places_and_rows_below_a_page_foot(extract, text, year, wanted):
    assert missing(extract(text, year=year), wanted) == []


def test_a_named_prose_line_below_a_header_is_no_foot(extract):
    # the line under the header is on the header's page and starts no row, but the next page is prose: no rows
    events = _events(extract("Date Event Place Host Participants\nThe table was not completed.\fAnnex\n"
                             "2019-05-14 is when the draft was sent to CSA.", year=2019))
    assert not any(e.get("schema:organizer") for e in events)


def test_a_slash_between_full_dates_is_no_day_range(extract):
    from isecg_kg.kg.dates import find_dates
    assert [d.end for d in find_dates("2020-09-29/2020-10-30")] == [None, None]
    assert find_dates("2020-09-29/30")[0].end == "2020-09-30"
