"""Probes of events (round 26): a gathering still to come that its own sentence dates, as the subject of its hosting
("The autumn meeting will be hosted by NASA in Washington on 20 October 2019"), gets that host, place and day; the
days in brackets of another gathering the sentence names as a time ("the day before the Congress opens (21–25
October)") are that one's, not the sentence's gathering's. An undated gathering to come, or one named after another
the sentence dates, gives its host to neither."""

from __future__ import annotations

import pytest

from .test_probes_events import given, missing

PLANNED = [
    ("The spring plenary will be hosted by CNES in Toulouse on 14–15 April 2025, the week after the Space Symposium "
     "(7–10 April 2025).", 2025, [{"date": "2025-04-14", "place": "toulouse", "host": "id/org/cnes"}]),
    ("The summer workshop is to be hosted by ASI in Rome on 8 July 2025.", 2025,
     [{"date": "2025-07-08", "place": "rome", "host": "id/org/asi"}]),
    ("Its winter meeting will be organised by DLR in Bremen on 12 December 2026, two months after the 77th "
     "International Astronautical Congress (5–9 October 2026).", 2026,
     [{"date": "2026-12-12", "place": "bremen", "host": "id/org/dlr"}]),
]


@pytest.mark.parametrize("text, year, wanted", PLANNED)
def test_a_dated_gathering_to_come_gets_its_host_place_and_day(extract, text, year, wanted):
    assert missing(extract(text, year=year), wanted) == []


@pytest.mark.parametrize("text, year, forbidden", [
    # the host of a gathering to come that no date tells, or that the sentence names after its own
    ("The plenary met in Paris on 17 September 2022, and the next meeting will be hosted by KARI.", 2022,
     [("schema:organizer", "id/org/kari")]),
    ("The Rome plenary of 16 May 2023 agreed that the 2024 meeting will be hosted by ISRO.", 2023,
     [("schema:organizer", "id/org/isro")]),
    ("The following workshop will be hosted by CSA.", 2024, [("schema:organizer", "id/org/csa")]),
    # the bracketed days of what the sentence names as a time are not its gathering's
    ("The workshop was held in Tokyo on 4 June 2019, after the release of the white paper (3 June 2019).", 2019,
     [("schema:startDate", "2019-06-03")]),
    ("The autumn meeting will be hosted by NASA in Washington, D.C., on 20 October 2019, the day before the 70th "
     "International Astronautical Congress opens (21–25 October 2019).", 2019, [("schema:organizer", "id/org/esa")]),
])
def test_no_host_or_day_of_another_gathering(extract, text, year, forbidden):
    assert given(extract(text, year=year), forbidden) == []


def test_the_congress_named_as_a_time_keeps_its_own_days(extract):
    r = extract("The autumn meeting will be hosted by NASA in Washington, D.C., on 20 October 2019, the day before the "
                "70th International Astronautical Congress opens (21–25 October 2019).", year=2019)
    assert missing(r, [{"date": "2019-10-20", "place": "washington", "host": "id/org/nasa"},
                       {"date": "2019-10-21", "end": "2019-10-25"}]) == []
