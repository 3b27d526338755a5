"""Probes of gatherings (round 9) the graph missed entirely, read through the real ingestion
(tests/data/probes/events9/): a table whose date cell wraps in a narrow column ("8–9" / "February" / "2022", "21 June"
/ "2022") under a header naming its name column "Gathering"; a calendar of list items one cell a line ("16 June 2021" /
"Lunar polar volatiles webinar" / "Organised by JAXA, online"); an edition's release cited by its day ("the second
edition of the Exploration Strategy, issued on 14 March 2019", "since 3 May 2016, when the fourth edition of the Mission
Catalogue appeared", not one cited by its month: "Its third edition, published in June 2013"); a launch told as a noun ("The launch of Beresheet on 22 February 2019"); a gathering named by its acronym and year only ("At GLEX 2021 in St Petersburg on 15 June
2021"); "the heads of delegation meeting" and its count; a count set off after the gathering
("...; twenty-nine participants, engineers and scientists"). Beside them what must give no event: a document's issue date
and a footnote's date line, a date line above a document's title or above prose, another document cited by its month,
an edition or a launch still to come, a body's size."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import probe_result
from .test_probes_event_documents import given
from .test_probes_events import missing

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "events9"

POSITIVE = [
    # "8–9" / "February" / "2022" / "Exploration Roadmap" / "Working Group plenary meeting" / "Videoconference NASA 19 agencies"
    ("p1-activity-report-2022.pdf", {"date": "2022-02-08", "end": "2022-02-09", "host": "id/org/nasa", "count": "19"}),
    ("p1-activity-report-2022.pdf", {"date": "2022-06-21", "place": "cologne", "host": "id/org/dlr", "count": "64"}),
    ("p1-activity-report-2022.pdf", {"date": "2022-10-13", "end": "2022-10-14", "place": "paris", "host": "id/org/cnes",
                                     "count": "23"}),
    ("p1-activity-report-2022.pdf", {"date": "2022-04", "host": "id/org/asi", "count": "22"}),
    # "16 June 2021" / "Lunar polar volatiles webinar" / "Organised by JAXA, online"
    ("p2-newsletter-2021.pdf", {"date": "2021-06-16", "host": "id/org/jaxa", "place": "online"}),
    ("p2-newsletter-2021.pdf", {"date": "2021-09", "host": "id/org/kari"}),
    ("p2-newsletter-2021.pdf", {"date": "2021-10-25", "end": "2021-10-29", "place": "dubai"}),
    # an edition's release by its month, the date after or before it
    ("p3-review-2019.md", {"date": "2019-03-14"}),
    ("p3-review-2019.md", {"date": "2016-05-03"}),
    # "The launch of Beresheet on 22 February 2019 was followed closely ..."
    ("p3-review-2019.md", {"date": "2019-02-22"}),
    # "At GLEX 2021 in St Petersburg on 15 June 2021, ...", "presented at ISEF2 in Tokyo on 3 March 2018"
    ("p4-counts.md", {"date": "2021-06-15", "place": "petersburg"}),
    ("p4-counts.md", {"date": "2018-03-03", "place": "tokyo"}),
    # "At the heads of delegation meeting in Paris on 5 July 2022, 17 agencies were represented."
    ("p4-counts.md", {"date": "2022-07-05", "place": "paris", "count": "17"}),
    # "... a drafting workshop hosted by CNES in Toulouse; twenty-nine participants, engineers and scientists."
    ("p4-counts.md", {"date": "2023-03-06", "host": "id/org/cnes", "count": "29"}),
]


@pytest.mark.parametrize("name, wanted", POSITIVE)
def test_a_gathering_is_read(name, wanted):
    assert missing(probe_result(PROBES / name), [wanted]) == []


NEGATIVE = [
    # the report's issue date, the figures' date, the group's 27 members
    ("p1-activity-report-2022.pdf", [("schema:startDate", "2022-12-31"), ("isecg:participantCount", "27")]),
    # the bulletin's date under its title, a report received, a date line above prose, the group's 26 members
    ("p2-newsletter-2021.pdf", [("schema:startDate", "2021-12"), ("schema:startDate", "2021-05-14"),
                                ("schema:startDate", "2021-06-30"), ("isecg:participantCount", "26")]),
    # a supplement and an edition cited by their month; an edition still to come
    ("p3-review-2019.md", [("schema:startDate", "2020-08"), ("schema:startDate", "2013-06"), ("schema:startDate", "2025"), ("schema:startDate", "2024")]),
    # a body's members, a document's authors; a disease and a fiscal year after "to"
    ("p4-counts.md", [("isecg:participantCount", "26"), ("isecg:participantCount", "14"), ("schema:startDate", "2020-03"),
                      ("schema:startDate", "2020-04"), ("isecg:participantCount", "31")]),
]


@pytest.mark.parametrize("name, forbidden", NEGATIVE)
def test_a_look_alike_gives_no_event(name, forbidden):
    assert given(probe_result(PROBES / name), forbidden) == []
