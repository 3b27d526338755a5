"""Probes of where a gathering was held and who hosted it (round 23): a gathering told by a number and a participle
set off by a comma ("one in-person meeting, hosted by CSA in Montreal on 8–9 July 2021"); the next one told as hosted
("The next plenary will be hosted by JAXA in Tsukuba, Japan, on 3–4 April 2025"), its host its own; a report's
dateline whose host follows a dash ("Toulouse, France, 2–3 May 2018 — hosted by CNES"), the gathering named by the
title it reports on ("Report of the ... Workshop"); a table of meetings whose caption names no kind of meeting, named
by who met as the prose above it says ("Senior managers met twice in 2021"). Negatives: a next meeting's host is not
the host of the one the sentence told first; the body itself meeting names no
kind of meeting."""

from __future__ import annotations

import pytest

from .test_probes_events import _events, missing

POSITIVE = [
    ("Between March and October 2021 the team held nine videoconferences and one in-person meeting, hosted by the "
     "Canadian Space Agency in Montreal on 8–9 July 2021. The team drafted its report.", 2021, None,
     {"date": "2021-07-08", "end": "2021-07-09", "place": "montreal", "host": "id/org/csa"}),
    ("The next plenary will be hosted by the Japan Aerospace Exploration Agency (JAXA) in Tsukuba, Japan, on "
     "3–4 April 2025.", 2024, None, {"date": "2025-04-03", "place": "tsukuba", "host": "id/org/jaxa"}),
    ("Decisions\n1. The minutes were approved.\n2. The following plenary is to be hosted by ESA in Noordwijk on "
     "12 June 2024.", 2023, None, {"date": "2024-06-12", "place": "noordwijk", "host": "id/org/esa"}),
    ("Report of the ISECG Workshop on Lunar Dust\nToulouse, France, 2–3 May 2018 — hosted by the Centre National "
     "d'Études Spatiales (CNES)\n1. Background\nThe workshop compared the agencies' plans.", 2018, None,
     {"date": "2018-05-02", "end": "2018-05-03", "place": "toulouse", "host": "id/org/cnes"}),
    ("Mars Sample Science Forum\nBremen, Germany, 9 October 2017 – organised by DLR\nSummary\nThe forum met once.",
     2017, None, {"date": "2017-10-09", "place": "bremen", "host": "id/org/dlr"}),
]


@pytest.mark.parametrize("text, year, title, wanted", POSITIVE)
def test_a_gathering_gets_its_date_place_and_host(extract, text, year, title, wanted):
    r = extract(text, year=year, **({"title": title} if title else {}))
    assert missing(r, [wanted]) == []


def test_the_workshop_a_report_dateline_tells_is_named_by_the_title_not_the_report(extract):
    r = extract("Report of the ISECG Workshop on Lunar Dust\nToulouse, France, 2–3 May 2018 — hosted by CNES\n"
                "1. Background\nThe workshop compared the agencies' plans.", year=2018)
    labels = {label for event in _events(r) for label in event.get("skos:prefLabel", ())}
    assert labels and not any(label.lower().startswith("report") for label in labels)


TABLE = ("Annual report\f4. Meetings in 2021\n{prose}\nDate Place Host Agencies\n4–5 May 2021 Ottawa, Canada CSA 19\n"
         "2021-10-27 Videoconference ESA 21\nThe Ottawa meeting approved the plan.")


@pytest.mark.parametrize("prose, label", [
    ("Senior managers met twice in 2021, once in person and once by videoconference.", "senior managers meeting"),
    ("Heads of agency met twice in 2021.", "heads of agency meeting"),
    # the body itself met: no kind of meeting told
    ("The group met twice in 2021.", "meeting"),
    ("Two meetings were held in 2021.", "meeting"),
])
def test_a_meetings_table_is_named_by_who_met(extract, prose, label):
    r = extract(TABLE.format(prose=prose), year=2021)
    ottawa = [e for e in _events(r) if "2021-05-04" in e.get("schema:startDate", ())]
    assert [{x.lower() for x in e["skos:prefLabel"]} for e in ottawa] == [{label}]


NEGATIVE = [
    # the next plenary's host is not the Rome plenary's
    ("The plenary met in Rome on 4 May 2022. The next plenary will be hosted by JAXA in Tsukuba on 3 April 2023.",
     2022, {"date": "2022-05-04", "place": "rome", "nohost": "id/org/jaxa"}),
    ("The plenary met in Rome on 4 May 2022; the next plenary, to be hosted by JAXA, will meet in 2023.",
     2022, {"date": "2022-05-04", "place": "rome", "nohost": "id/org/jaxa"}),
]


@pytest.mark.parametrize("text, year, wanted", NEGATIVE)
def test_no_host_of_another_gathering(extract, text, year, wanted):
    assert missing(extract(text, year=year), [wanted]) == []
