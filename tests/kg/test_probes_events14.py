"""Probes of gatherings (round 14): a gathering told in a sentence that also names another event only as its time ("on
the eve of the 70th International Astronautical Congress", "on the margins of the Global Space Forum") is read, its
slots its own; the town of a host's own seat ("at its Paris headquarters", "at their Houston offices") is its place.
Negatives: the event named as the time gets none of the gathering's slots; "at its own headquarters" names no town."""

from __future__ import annotations

import pytest

from .test_probes_events import _events, missing

POSITIVE = [
    ("The scenario was presented on 20 October 2019 at an ISECG meeting in Washington, D.C., held on the eve of the "
     "70th International Astronautical Congress. NASA hosted the meeting, which was attended by representatives of "
     "19 agencies.", 2019, [{"date": "2019-10-20", "place": "washington", "host": "id/org/nasa", "count": "19"}]),
    ("The work plan was agreed on 4 March 2024 at a senior managers meeting in Rome, convened on the margins of the "
     "Global Space Forum and hosted by ASI.", 2024, [{"date": "2024-03-04", "place": "rome", "host": "id/org/asi"}]),
    ("The supplement was endorsed on 18 September 2022 at the ISECG senior managers meeting, hosted by CNES at its "
     "Paris headquarters.", 2022, [{"date": "2022-09-18", "place": "paris", "host": "id/org/cnes"}]),
    ("On 3 May 2021 the plenary was hosted by NASA at their Houston offices.", 2021,
     [{"date": "2021-05-03", "place": "houston", "host": "id/org/nasa"}]),
]


@pytest.mark.parametrize("text, year, wanted", POSITIVE)
def test_a_gathering_beside_an_event_named_as_its_time(extract, text, year, wanted):
    assert missing(extract(text, year=year), wanted) == []


def test_the_event_named_as_a_time_gets_no_slot(extract):
    events = _events(extract("The scenario was presented on 20 October 2019 at an ISECG meeting in Washington, D.C., "
                             "held on the eve of the 70th International Astronautical Congress.", year=2019))
    assert events and all("Congress" not in " ".join(e.get("skos:prefLabel", set())) for e in events
                          if e.get("schema:startDate") or e.get("schema:location"))


def test_an_own_seat_without_a_town_is_no_place(extract):
    events = _events(extract("On 3 May 2021 the plenary was held by NASA at its own headquarters.", year=2021))
    assert events and not any(e.get("schema:location") for e in events)
