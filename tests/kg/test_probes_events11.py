"""Probes of gatherings (round 11) told in forms the development documents do not use, read through the real
ingestion (tests/data/probes/events11/): a date in figures parted by dots as European minutes write it ("10-11.6.2024",
"3.4.2024"); ordinal days whose month the sentence names apart ("The first plenary, in March, took place from
Tuesday the 21st to Thursday the 23rd"); a calendar table whose date column is headed "Month"; a list item whose
gathering's noun runs on into its host or place ("- Senior managers meeting at CNES headquarters in Paris, April 5th
and 6th, 2022", "- Science workshop organised by ASI in Rome, the first week of July 2022"); a place after "hosted by
<host> in"; a town named as the host's seat ("Welcomed by KARI at its Daejeon headquarters"); "delegates from two
dozen agencies". Beside them what must give no event: a deadline, a launch still to come or told in passing, a rank
("its 4th report"), a body's offices."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.kg.dates import find_dates, join_ranges

from .conftest import probe_result
from .test_probes_event_documents import given
from .test_probes_events import missing

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "events11"

POSITIVE = [
    # "At the invitation of JAXA, the senior managers gathered in Tsukuba on 10-11.6.2024; delegates from two dozen
    # agencies took part."
    ("p1-prose-2024.md", {"date": "2024-06-10", "end": "2024-06-11", "place": "tsukuba", "host": "id/org/jaxa",
                          "count": "24"}),
    # "Welcomed by KARI at its Daejeon headquarters, the heads of delegation met on 5 November 2024."
    ("p1-prose-2024.md", {"date": "2024-11-05", "place": "daejeon", "host": "id/org/kari", "count": "17"}),
    # Month | Meeting | Location | Host | Agencies
    ("p2-minutes-2023.pdf", {"date": "2023-06", "place": "montreal", "host": "id/org/csa", "count": "18"}),
    ("p2-minutes-2023.pdf", {"date": "2023-10", "place": "online", "host": "id/org/nasa", "count": "23"}),
    # "- ISECG plenary, hosted by UKSA in London, 14–15 February 2022 (18 agencies)"
    ("p3-bulletin-2022.md", {"date": "2022-02-14", "end": "2022-02-15", "place": "london", "host": "id/org/uksa",
                             "count": "18"}),
    # "- Senior managers meeting at CNES headquarters in Paris, April 5th and 6th, 2022, attended by twenty agencies"
    ("p3-bulletin-2022.md", {"date": "2022-04-05", "end": "2022-04-06", "place": "paris", "host": "id/org/cnes",
                             "count": "20"}),
    # "- Science workshop organised by ASI in Rome, the first week of July 2022, with 52 participants"
    ("p3-bulletin-2022.md", {"date": "2022-07", "place": "rome", "host": "id/org/asi", "count": "52"}),
    # "The Ottawa meeting took place on 3.4.2024 at the invitation of CSA; 19 agencies attended."
    ("p4-review-2024.md", {"date": "2024-04-03", "host": "id/org/csa", "count": "19"}),
    # "In May, the working group met from Monday the 13th to Wednesday the 15th at ESTEC in Noordwijk, with delegates
    # from a dozen agencies."
    ("p4-review-2024.md", {"date": "2024-05-13", "end": "2024-05-15", "place": "noordwijk", "count": "12"}),
    # "During September, the senior managers convened on the 24th and 25th in Seoul, at the invitation of KASA."
    ("p4-review-2024.md", {"date": "2024-09-24", "end": "2024-09-25", "place": "seoul", "host": "id/org/kasa",
                           "count": "22"}),
]


@pytest.mark.parametrize("name, wanted", POSITIVE)
def test_a_gathering_is_read(name, wanted):
    assert missing(probe_result(PROBES / name), [wanted]) == []


NEGATIVE = [
    # contributions due, a launch scheduled
    ("p1-prose-2024.md", [("schema:startDate", "2025-01-15"), ("schema:startDate", "2025-10-12")]),
    # a deadline
    ("p2-minutes-2023.pdf", [("schema:startDate", "2023-04-30")]),
    # a launch followed by the agencies
    ("p3-bulletin-2022.md", [("schema:startDate", "2022-11-16")]),
    # a call closed, a launch in passing, a rank, a body's offices
    ("p4-review-2024.md", [("schema:startDate", "2024-06-30"), ("schema:startDate", "2024-08-05"),
                           ("schema:startDate", "2024-11"), ("schema:startDate", "2024-11-04"),
                           ("schema:location", "darmstadt")]),
]


@pytest.mark.parametrize("name, forbidden", NEGATIVE)
def test_a_look_alike_gives_no_event(name, forbidden):
    assert given(probe_result(PROBES / name), forbidden) == []


DATES = [
    ("met on 10-11.6.2024;", [("2024-06-10", "2024-06-11")]),
    ("on 3.4.2024.", [("2024-04-03", None)]),
    ("from 2.3.2024 – 4.3.2024", [("2024-03-02", "2024-03-04")]),
    ("The first plenary, in March, took place from Tuesday the 21st to Thursday the 23rd at the Paris headquarters",
     [("2023-03-21", "2023-03-23")]),
    ("In March, the group met on the 4th.", [("2023-03-04", None)]),
    # a rank, two months, an impossible month: no day
    ("In May the 3rd meeting was held", []),
    ("In March the group held its 4th, in Rome", []),
    ("In June and July, the 4th", []),
    ("on 13.13.2023", [("2023", None)]),
]


@pytest.mark.parametrize("text, wanted", DATES)
def test_a_date_in_figures_or_ordinals(text, wanted):
    assert [(d.start, d.end) for d in join_ranges(text, find_dates(text, default_year=2023))] == wanted
