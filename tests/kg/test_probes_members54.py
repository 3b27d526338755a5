"""Stop 54 probes of members told by a record of the body's own meeting (written in other words, agencies and dates
than the development sets' two minutes; no held-out text was read):

- the bodies that attended a meeting of the body (its senior managers', heads of delegation's, plenary) are its
  members on the meeting's day: from an attendance table closed by its totals, or one whose every row ends saying how
  its body attended ("NOSA – Norwegian Space Agency Kari Nordvik remote"; a row wrapped onto the next lines, a body no
  reference list has), with no totals;
- those the record says sent apologies ("Apologies were received from ...", "X sent its apologies").

Negatives: a body its row calls an observer or an applicant; a workshop's or a working group's meeting, another body's
meeting; apologies in a document that records no meeting; a table under no caption of attendance whose rows do not all
tell how."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

HEAD = ("ISECG {kind} — Minutes\nMeeting: {kind} of the International Space Exploration Coordination Group\n"
        "Dates: 14–15 April 2031\nVenue: Oslo, Norway\n1. Attendance\nThe chair of ISECG opened the meeting.\n")
HOW_TABLE = ("Twelve member agencies were represented. The heads of delegation are listed below.\n"
             "Agency Head of delegation Attendance\nCSA – Canadian Space Agency Marie Roy in person\n"
             "NASA – National Aeronautics and Space\nAdministration\nJohn Reed remote\n"
             "HSA – Hellenic Space Agency (until\n2030 the Hellenic Space Office)\nEleni Pappa online\n"
             "NOSA – Norwegian Space Agency Kari Berg in person\n"
             "The Secretariat took the minutes. Two more delegations joined on the second day.\n")
DECISIONS = "2. Decisions\nThe minutes of the previous meeting were approved.\n"


def _members(r) -> dict[str, set[str]]:
    return _periods(r)


@pytest.mark.parametrize("kind", ["Heads of Delegation Meeting", "Senior Managers Meeting", "Plenary Meeting"])
def test_who_attended_the_bodys_own_meeting_are_its_members_that_day(extract, kind):
    text = HEAD.format(kind=kind) + HOW_TABLE + DECISIONS
    found = _members(extract(text, title=text.split("\n")[0], year=2031))
    assert {k: v for k, v in found.items() if k in ("csa", "nasa", "nosa")} \
        == {"csa": {"2031-04-14"}, "nasa": {"2031-04-14"}, "nosa": {"2031-04-14"}}


def test_a_table_closed_by_its_totals_and_an_applicant_in_it(extract):
    text = (HEAD.format(kind="Plenary Meeting") + "Agency Delegates Role\nCSA 5 Member (host)\nNASA 4 Member\n"
            "JAXA 2 Applicant\nTotal 11\n" + DECISIONS)
    found = _members(extract(text, title=text.split("\n")[0], year=2031))
    assert {"csa", "nasa"} <= set(found) and "jaxa" not in found


@pytest.mark.parametrize(("sentence", "members"), [
    ("Apologies were received from CNSA and the Mexican Space Agency (AEM).", {"cnsa", "aem"}),
    ("Regrets were sent by Roscosmos, ISRO and KARI; the chair noted them.", {"roscosmos", "isro", "kari"}),
    ("The Polish Space Agency (POLSA) sent its apologies.", {"polsa"}),
])
def test_those_who_sent_apologies_are_members_too(extract, sentence, members):
    text = HEAD.format(kind="Senior Managers Meeting") + sentence + "\n" + HOW_TABLE + DECISIONS
    found = _members(extract(text, title=text.split("\n")[0], year=2031))
    assert {k for k, v in found.items() if "2031-04-14" in v} >= members


@pytest.mark.parametrize("text", [
    # a workshop's or a working group's meeting, another body's
    HEAD.format(kind="Workshop on Lunar Night Survival") + HOW_TABLE + DECISIONS,
    HEAD.format(kind="Technology Working Group Meeting") + HOW_TABLE + DECISIONS,
    ("IAF Plenary Meeting — Minutes\nMeeting: Plenary of the International Astronautical Federation\n"
     "Dates: 14–15 April 2031\nVenue: Oslo, Norway\n1. Attendance\nISECG's chair attended as a guest.\n" + HOW_TABLE
     + DECISIONS),
    # a table whose rows do not all say how their body attended, with no totals, under no caption of attendance
    # (stop 60: under one, its rows are who attended)
    HEAD.format(kind="Plenary Meeting").replace("1. Attendance\n", "") + "Agency Head of delegation Attendance\nCSA – Canadian Space Agency Marie Roy "
    "in person\nNASA – National Aeronautics and Space Administration John Reed 3\nNOSA – Norwegian Space Agency Kari "
    "Berg\n" + DECISIONS,
])
def test_no_members_from_other_gatherings_or_untold_rows(extract, text):
    found = _members(extract(text, title=text.split("\n")[0], year=2031))
    assert not {k for k, v in found.items() if "2031-04-14" in v}


def test_apologies_in_a_document_that_records_no_meeting(extract):
    text = ("ISECG Annual Report 2031\nInternational Space Exploration Coordination Group\nThe plenary met in Oslo.\n"
            "Apologies were received from CNSA and the Mexican Space Agency (AEM).\n")
    found = _members(extract(text, title="ISECG Annual Report 2031", year=2031))
    assert "aem" not in found and "cnsa" not in found
