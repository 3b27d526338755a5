"""Probes of who took part in a recorded meeting (round 24): an attendance table of a meeting's record, one body a row
with the people it sent, closed by its totals ("Agency Delegates Status" / "NASA 6 Member" / ... / "Total 44";
"Total: 4 agencies 9"; a Markdown table; a body's name wrapped onto the next line), gives the bodies as attendees
and each total as a head count; a sentence over a list ("The following agencies were represented at ministerial
level:") in a communiqué gives the gathering it tells its attendees and their number (an item may say how it took
part: "..., remotely"), beside a count of people told before.  Negatives: a total of
something else, a table outside a meeting's record, a list under a gathering of another year, a list of those who
prepared a roadmap; a table with no totals gives its attendees but no count (stop 60).  The same table printed to PDF with its totals set bold (tests/data/probes/attend24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import probe_result
from .test_probes_events import _events

HEAD = "ISECG {kind} — Minutes\nDate: 2019-02-12\nVenue: Noordwijk, the Netherlands\n1. Attendance\n"
DECISIONS = "2. Decisions\nThe minutes of the previous meeting were approved.\n"

POSITIVE = [
    (HEAD.format(kind="Technology Working Group Meeting") + "Attendance is recorded in Table 1.\n"
     "Organisation Head of delegation Participants\nCNES Marie Dupont 3\nUK Space\nAgency Tom Baker 2\n"
     "DLR Jens Vogel 2\nISRO Ravi Kumar 2\nTotal: 4 agencies 9\nTable 1. Attendance.\n" + DECISIONS,
     {"4", "9"}, {"id/org/cnes", "id/org/uksa", "id/org/dlr", "id/org/isro"}),
    (HEAD.format(kind="Plenary Meeting") + "The attendance is shown below.\nAgency Delegates Role\nCSA 5 Member (host)\n"
     "NASA 4 Member\nESA 3 Member\nJAXA 2 Applicant\nTotal 14\n" + DECISIONS,
     {"14"}, {"id/org/csa", "id/org/nasa", "id/org/esa", "id/org/jaxa"}),
    ("ISECG Plenary — Record\nDate: 2018-09-03\nVenue: Bremen, Germany\nHost: DLR\n## Attendance\n"
     "| Agency | Delegates | Status |\n|---|---|---|\n| DLR | 5 | Member (host) |\n| CSA | 2 | Member |\n"
     "| KARI | 3 | Member |\n| **Total** | **10** | |\n## Decisions\nThe record of the previous plenary was approved.",
     {"10"}, {"id/org/dlr", "id/org/csa", "id/org/kari"}),
    ("Communiqué of the Meeting of Heads of Agency — Lima, 2019\n1. The meeting\nThe heads of agency of ISECG met in "
     "Lima, Peru, from 2019-06-10 to 2019-06-11.\nThe meeting was hosted by CONIDA. Forty delegates took part.\n"
     "2. Attendance\nThe following agencies were represented at ministerial level:\n"
     "- NASA (National Aeronautics and Space Administration)\n- ESA (European Space Agency), remotely\n"
     "- JAXA (Japan Aerospace Exploration Agency)\n- CSA (Canadian Space Agency)\nKARI did not attend.\n"
     "3. Decisions\nThe heads agreed to meet again in 2020.",
     {"40", "4"}, {"id/org/nasa", "id/org/esa", "id/org/jaxa", "id/org/csa"}),
]


def _title(text: str) -> str:
    return text.split("\n")[0]


@pytest.mark.parametrize("text, counts, attendees", POSITIVE)
def test_an_attendance_table_or_list_gives_attendees_and_head_counts(extract, text, counts, attendees):
    events = [e for e in _events(extract(text, title=_title(text), year=2019)) if e.get("isecg:participantCount")]
    assert [(e["isecg:participantCount"], e.get("schema:attendee")) for e in events] == [(counts, attendees)]


NEGATIVE = [
    # a total of something else
    HEAD.format(kind="Plenary Meeting") + "Agency Contribution Delegates\nCSA 5 2\nNASA 4 3\nTotal contribution 9 MEUR\n"
    + DECISIONS,
    # no meeting's record
    "ISECG Annual Report 2019\n1. Meetings\nThe senior managers met in Rome on 14 June 2019.\nAgency Delegates Status\n"
    "ASI 6 Member\nCNES 2 Member\nTotal 8\n",
    # the gathering told last is of another year than the communiqué's
    "Communiqué of the Heads of Agency — 2019\n1. Background\nThe heads of agency met in Tokyo on 4 June 2012 to start "
    "the work.\n2. This year\nThe following agencies were represented at ministerial level:\n- NASA (National "
    "Aeronautics and Space Administration)\n- JAXA (Japan Aerospace Exploration Agency)\n- CSA (Canadian Space Agency)\n",
    # those who prepared a roadmap, not a meeting's attendance
    "Global Exploration Roadmap — Fourth Edition\nThe roadmap was discussed at the senior managers meeting in Paris on "
    "3 March 2019.\nThe following agencies participated in its preparation:\n- NASA (National Aeronautics and Space "
    "Administration)\n- JAXA (Japan Aerospace Exploration Agency)\n- CSA (Canadian Space Agency)\n",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_attendance_without_a_recorded_meeting_and_its_totals(extract, text):
    events = _events(extract(text, title=_title(text), year=2019))
    assert not any(e.get("isecg:participantCount") or e.get("schema:attendee") for e in events)


@pytest.mark.parametrize("name, counts", [("p01-bold-total", {"11"}), ("p02-bold-total-kinds", {"3", "7"})])
def test_a_pdf_attendance_table_with_bold_totals_gives_head_counts(name, counts):
    path = Path(__file__).resolve().parents[1] / "data" / "probes" / "attend24" / f"{name}.pdf"
    events = [e for e in _events(probe_result(path)) if e.get("isecg:participantCount")]
    assert [e["isecg:participantCount"] for e in events] == [counts]


def test_an_attendance_table_without_totals_gives_attendees_but_no_head_count(extract):
    """(stop 60: the rows under the record's "Attendance" caption are who attended; no total, no count)"""
    text = HEAD.format(kind="Plenary Meeting") + "Agency Delegates Role\nCSA 5 Member (host)\nNASA 4 Member\nESA 3 Member\n" \
        + DECISIONS
    events = _events(extract(text, title=_title(text), year=2019))
    assert not any(e.get("isecg:participantCount") for e in events)
    assert {"id/org/csa", "id/org/nasa", "id/org/esa"} <= set().union(*(e.get("schema:attendee", set()) for e in events))
