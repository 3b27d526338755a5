"""Probes of round 14 for organisations: a member table whose year column says since when each agency took part
("Participating since", "Active since"), its header cell wrapped onto a line of its own or not; negative: a
header with no since column gives no member from a year."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

HEAD = "ISECG Annual Report {year}\nMembership\nThe table below lists the agencies of ISECG.\n"
ROWS = ("ASI Agenzia Spaziale Italiana (Italian Space Agency) Italy 2007\n"
        "KARI Korea Aerospace Research Institute Republic of Korea 2008\n"
        "UKSA UK Space Agency United Kingdom 2011\n")

SINCE_HEADERS = [
    ("participating-since-wrapped", "Acronym Agency Country Participating\nsince\n"),
    ("active-since", "Acronym Agency Country Active since\n"),
    ("participant-since-no-acronym", "Agency Country Participant since\n"),
]


@pytest.mark.parametrize("name,header", SINCE_HEADERS, ids=[h[0] for h in SINCE_HEADERS])
def test_member_since_header(extract, name, header):
    found = _periods(extract(HEAD.format(year=2013) + header + ROWS, year=2013))
    assert found == {"asi": {"from-2007"}, "kari": {"from-2008"}, "uksa": {"from-2011"}}


def test_no_since_column(extract):
    found = _periods(extract(HEAD.format(year=2013) + "Acronym Agency Country Contact person\n" + ROWS, year=2013))
    assert not any(p.startswith("from-") for periods in found.values() for p in periods)
