"""Probes of gatherings (round 12): a meeting told as its sentence's subject before the congress it took place
during ("The managers met in Naples on 2 October, during the Congress"); a record's dateline that further head fields
follow, parted by dots or bars ("Berlin, Germany, 23–24 April 2018 · hosted by DLR · Rapporteurs: ..."); a programme
table of one gathering's sessions (no event a session); an event table whose column names two things ("Event and
participants") and whose place, host and name cells run together on one line; cells run together that are no name
of a group, a document or an event of their own; one founding told in two wordings; an announcement of what is
planned (no happening)."""

from __future__ import annotations

import pytest

from .test_probes_events import _events, missing

POSITIVE = [
    ("The heads of agency met in Rome on 14 June 2023, during the Global Space Exploration Conference. The meeting "
     "was hosted by ASI and 18 agencies attended.", 2023,
     {"date": "2023-06-14", "place": "rome", "host": "id/org/asi", "count": "18"}),
    ("Delegates of the working groups gathered in Bremen on 3 October 2018 during the 69th International "
     "Astronautical Congress; DLR hosted the meeting.", 2018, {"date": "2018-10-03", "place": "bremen"}),
    # a dateline, then the head's other fields after a dot or a bar
    ("Lunar Dust Mitigation Workshop\nNoordwijk, Netherlands, 5–6 March 2019 · hosted by the European Space Agency "
     "(ESA) · Rapporteur: J. Smith\n1. Background\nThe workshop brought together 40 participants.", 2019,
     {"date": "2019-03-05", "end": "2019-03-06", "place": "noordwijk", "host": "id/org/esa"}),
    ("Heads of Agency Summit\nKyoto, Japan, 10 July 2021 | organised by JAXA | Issued 2021-08-01\nThe summit "
     "adopted a joint statement.", 2021, {"date": "2021-07-10", "place": "kyoto", "host": "id/org/jaxa"}),
    # a column naming two things; place, host and name cells run together
    ("Table 2. Related meetings\nDate Venue Host Meeting and attendance\n14 June 2023 Rome, Italy ASI ISECG "
     "plenary; 18 agencies\n2 October 2023 Baku, Azerbaijan IAF 74th International Astronautical Congress", 2023,
     {"date": "2023-10-02", "place": "baku", "host": "id/org/iaf"}),
    ("Table 2. Related meetings\nDate Venue Host Meeting and attendance\n14 June 2023 Rome, Italy ASI ISECG "
     "plenary; 18 agencies\n2 October 2023 Baku, Azerbaijan IAF 74th International Astronautical Congress", 2023,
     {"date": "2023-06-14", "place": "rome", "host": "id/org/asi"}),
    ("Meetings of the year\nDate Place Host Meeting Agencies\n9 May 2022 Montreal, Canada CSA ERWG spring meeting 12\n"
     "3 June 2022 Paris, France CNES Technology Working Group review 9", 2022,
     {"date": "2022-06-03", "place": "paris", "host": "id/org/cnes", "count": "9"}),
]


@pytest.mark.parametrize("text, year, wanted", POSITIVE)
def test_a_gathering_is_read(extract, text, year, wanted):
    assert missing(extract(text, year=year), [wanted]) == []


NEGATIVE = [
    # a programme's sessions
    ("Programme\nDate Session Chair\n5 March 2019 Session 1 – Dust mitigation J. Smith (ESA)\n6 March 2019 Session 2 – "
     "Landers and rovers K. Tanaka (JAXA)", 2019),
    ("Agenda\nDay Sessions Chairs\n12 May 2022 Opening and keynote A. Rossi (ASI)\n13 May 2022 Closing panel B. Lee "
     "(KARI)", 2022),
    # what was announced as planned
    ("NASA announced on 5 December 2024 that Artemis II, the first crewed flight of Orion, is now planned for April "
     "2026.", 2024),
    ("On 2 March 2023 ESA announced that Argonaut, its lunar cargo lander, is to fly in 2031.", 2023),
]


@pytest.mark.parametrize("text, year", NEGATIVE)
def test_no_gathering_is_read(extract, text, year):
    assert _events(extract(text, year=year)) == []


def test_a_congress_the_meeting_took_place_during_keeps_its_own_days(extract):
    r = extract("The 69th International Astronautical Congress, where the managers met, took place in Bremen from 1 "
                "to 5 October 2018.", year=2018)
    assert [e["schema:startDate"] for e in _events(r)] == [{"2018-10-01"}]


def test_one_founding_in_two_wordings_is_one_event(extract):
    r = extract("ISECG was established in 2007 by fourteen space agencies.\fISECG was set up in 2007 by fourteen "
                "agencies.\fISECG was founded in 2007.", year=2019)
    assert len(_events(r)) == 1


def test_cells_run_together_name_no_group(extract):
    r = extract("Meetings of the year\nDate Place Host Meeting Agencies\n3 June 2022 Paris, France CNES Technology "
                "Working Group review 9\n9 May 2022 Tokyo, Japan JAXA Exploration Roadmap Working Group (ERWG) 11",
                year=2022)
    labels = r.labels().values()
    assert not [label for label in labels if label.startswith(("France ", "Japan "))]


@pytest.mark.parametrize("text, year, date", [
    ("The senior managers met in Rome on 16 May 2019. It was the first meeting of the group since the United States "
     "announced, in March 2019, that it aims to land crews by 2024.", 2019, "2019-05-16"),
    ("The working group met in Montreal on 4 June 2021, its first gathering in person since the agencies adopted, in "
     "February 2020, rules for remote work.", 2021, "2021-06-04"),
])
def test_a_date_of_what_happened_since_is_not_the_meetings(extract, text, year, date):
    assert [e["schema:startDate"] for e in _events(extract(text, year=year))] == [{date}]


@pytest.mark.parametrize("text, wanted", [
    ("This report was published on 3 March 2022 in Tokyo.", {"date": "2022-03-03", "place": "tokyo"}),
    ("This supplement was released on 12 May 2021 in Paris, during the Global Space Conference.",
     {"date": "2021-05-12", "place": "paris"}),
])
def test_a_release_gets_the_place_told_after_its_day(extract, text, wanted):
    assert missing(extract(text, year=int(wanted["date"][:4])), [wanted]) == []


@pytest.mark.parametrize("text, wanted", [
    ("**Workshop:** Lunar surface workshop 2019\n**Dates:** 4–6 June 2019\n**Venue:** John H. Chapman Space Centre, "
     "Saint-Hubert (Longueuil), Quebec, Canada\n**Host:** Canadian Space Agency (CSA)",
     {"date": "2019-06-04", "place": "saint-hubert"}),
    ("**Meeting:** ERWG autumn meeting\n**Date:** 12 October 2021\n**Venue:** Lyndon B. Johnson Space Center, Houston, "
     "Texas\n**Host:** NASA", {"date": "2021-10-12", "place": "houston"}),
])
def test_a_venue_opening_with_a_sites_long_name_gets_its_town(extract, text, wanted):
    assert missing(extract(text, year=int(wanted["date"][:4])), [wanted]) == []
