"""Probes of gatherings (round 8) in wordings and layouts other authors use, read through the real ingestion
(tests/data/probes/events8/, a newsletter and a summary record as PDFs from HTML, an activity report in Markdown):
a head count of people in any word for them ("thirty-eight people took part", "drew some 120 experts to Montreal");
a webinar's audience ("drew 112 participants"); a place people were brought to ("welcomed delegates to Bremen for
the workshop"); a gathering's own people in a later sentence ("Its 52 participants came from 14 agencies", "There
were 35 participants"); the part present in brackets ("(23 out of 24)"); a ranking apposition after the date (",
the last large gathering before ..."); list items whose fields follow a colon or dashes ("- ISECG plenary: days,
Toulouse (host: CNES), 19 agencies", "- Senior managers meeting — Bremen — day — 23 agencies"); a record's
"Attendance: 61 participants from 19 agencies". Beside them what must give no host or count: a body no list knows
as the host ("hosted by the AIAA with NASA support"), the speakers' bodies of a panel held at a congress, viewers,
a body's size, a workshop still to come and the researchers expected, members counted in a list."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import probe_result
from .test_probes_event_documents import given
from .test_probes_events import missing

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "events8"

# (document, an event and the slots it must have, as in test_probes_events): the base read none of these whole
POSITIVE = [
    # "drew some 120 experts to Montreal on November 12–14, 2019, the last large gathering before travel stopped"
    ("n1-newsletter-2020.pdf", {"date": "2019-11-12", "place": "montr", "count": "120"}),
    # "DLR welcomed delegates to Bremen for the ISECG technology workshop on 3–5 March 2020" (a town no list has)
    ("n1-newsletter-2020.pdf", {"date": "2020-03-03", "place": "bremen", "host": "id/org/dlr"}),
    # "... took place in Noordwijk on 3–4 February 2020. Its 52 participants came from 14 agencies."
    ("n1-newsletter-2020.pdf", {"date": "2020-02-03", "place": "noordwijk", "count": "52"}),
    # "every member agency but one was present (23 out of 24)"
    ("n1-newsletter-2020.pdf", {"date": "2020-09-09", "place": "rome", "count": "23"}),
    # "an open webinar on lunar science, run by ESA for the Science Working Group, drew 112 participants"
    ("n1-newsletter-2020.pdf", {"date": "2020-10-07", "host": "id/org/esa", "count": "112"}),
    # "thirty-eight people took part in the plenary of the Technology Working Group, organised by KARI"
    ("n1-newsletter-2020.pdf", {"date": "2020-11-17", "host": "id/org/kari", "count": "38"}),
    # "- ISECG plenary: 30 November – 2 December 2021, Toulouse (host: CNES), 19 agencies"
    ("n2-report-2021.md", {"date": "2021-11-30", "end": "2021-12-02", "place": "toulouse", "host": "id/org/cnes",
                           "count": "19"}),
    # "- Senior managers meeting — Bremen — 9 September 2021 — 23 agencies"
    ("n2-report-2021.md", {"date": "2021-09-09", "place": "bremen", "count": "23"}),
    # "- Technology Working Group workshop: Toulouse (France), 4–5 May 2021, 85 participants"
    ("n2-report-2021.md", {"date": "2021-05-04", "place": "toulouse", "count": "85"}),
    # "Attendance: 61 participants from 19 agencies" in the record's head: the people too
    ("n3-record-2019.pdf", {"date": "2019-06-04", "host": "id/org/jaxa", "count": "61"}),
    ("n3-record-2019.pdf", {"date": "2019-06-04", "host": "id/org/jaxa", "count": "19"}),
    # "hosted by the Korea Aerospace Research Institute (KARI). There were 35 participants."
    ("n3-record-2019.pdf", {"date": "2019-05-20", "place": "daejeon", "host": "id/org/kari", "count": "35"}),
]


@pytest.mark.parametrize("name, wanted", POSITIVE)
def test_a_gathering_gets_its_slots(name, wanted):
    assert missing(probe_result(PROBES / name), [wanted]) == []


# (document, the facts no event may have)
NEGATIVE = [
    # the AIAA hosted the conference, NASA supported it; the panel at the Congress brought together five agencies'
    # heads (speakers) and 350 people watched (viewers); ISECG counted 24 member agencies (a body's size)
    ("n1-newsletter-2020.pdf", [("schema:organizer", "id/org/nasa"), ("isecg:participantCount", "5"),
                                ("isecg:participantCount", "350"), ("isecg:participantCount", "24")]),
    # a body's members and observers listed, a workshop still to come and the researchers it is planned for
    ("n2-report-2021.md", [("isecg:participantCount", "26"), ("isecg:participantCount", "2"),
                           ("isecg:participantCount", "90"), ("schema:startDate", "2022")]),
    # the next workshop's researchers expected; the members counted
    ("n3-record-2019.pdf", [("isecg:participantCount", "80"), ("isecg:participantCount", "24")]),
]


@pytest.mark.parametrize("name, forbidden", NEGATIVE)
def test_a_look_alike_gives_no_event_fact(name, forbidden):
    assert given(probe_result(PROBES / name), forbidden) == []
