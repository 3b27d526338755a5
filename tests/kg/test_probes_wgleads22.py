"""Probes for who leads each working group in a table of the groups, round 22 (kg/rules_roles group_lead_rows): a
header that puts the lead's column right after the group's ("Working group | Lead agency | Main task in 2021",
"Team | Chair (agency) | Focus") has the lead in the cell after the group, not at the row's end: the agencies there
are the group's chairs in the header's year, the people there (with their agency) hold the post the header names;
a group's name or acronym the PDF wrapped onto the lines above.  Negatives: a cell after the group in capitals that
is no person ("Surface Power Systems"); an agency opening a focus cell when the lead's column is the last; a header
that names no lead.  Written from how such tables are laid out, not copied from the development sets."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD
from .test_probes_roles16 import _group_chairs

CHAIR = "https://w3id.org/isecg-kg/ontology#chair"


def _posts(result) -> set[tuple[str, str, str]]:
    """(person, role, group) of each post in a group."""
    facts = result.facts
    nodes = {s for s, p, o in facts if p == "org:postIn"}
    one = lambda n, pred: next(o for s, p, o in facts if s == n and p == pred).rsplit("/", 1)[-1].rsplit("#", 1)[-1]  # noqa: E731
    return {(one(n, "org:heldBy"), one(n, "org:role"), one(n, "org:postIn")) for n in nodes}


def _chair_periods(result) -> set[tuple[str, str, str]]:
    facts = result.facts
    nodes = {s for s, p, o in facts if p == "org:role" and o == CHAIR and s.startswith("id/chair/")}
    one = lambda n, pred: next((o for s, p, o in facts if s == n and p == pred), "").rsplit("/", 1)[-1]  # noqa: E731
    return {(one(n, "org:member"), one(n, "org:organization"), one(n, "org:memberDuring")) for n in nodes}


AGENCY_ROWS = [
    ("lead-agency-second-column", "4. Working groups\nWorking group Lead agency Main task in 2021\n"
     "Technology Working Group (TWG) CSA Mapping the technology gaps\nScience Working Group\n(SWG)\n"
     "DLR Science enabled at the lunar poles\nThe groups report every autumn to the heads of agency.",
     {("csa", "twg", "2021"), ("dlr", "swg", "2021")}),
    ("markdown-led-by-then-focus", "| Team | Led by | Focus |\n|---|---|---|\n"
     "| Science Working Group | ASI and KARI | Lunar samples |\n| Technology Working Group | UKSA | Power |",
     {("asi", "swg", "2019"), ("kari", "swg", "2019"), ("uksa", "twg", "2019")}),
]


@pytest.mark.parametrize("name, text, chairs", AGENCY_ROWS, ids=[a[0] for a in AGENCY_ROWS])
def test_lead_agency_after_group(extract, name, text, chairs):
    assert chairs <= _chair_periods(extract(HEAD + text, title="ISECG Fact Sheet", year=2019))


def test_chair_people_after_group(extract):
    """The first row's cells wrapped over many lines (co-chairs, a long focus) before the next rows."""
    text = ("Working group Chair (agency) Focus in 2022\nExploration Roadmap\nWorking Group (ERWG)\nLena Vogt (DLR) "
            "and\nPaul Dunn (ESA), co-chairs\nScenarios for the lunar surface and for the first crewed missions\n"
            "to Mars orbit\nScience Working Group (SWG) Ana Lima (ESA) Polar science "
            "and sample return\nTechnology Working Group\n(TWG)\nTom Reed of NASA Surface Power Systems and dust\n")
    posts = _posts(extract(HEAD + text, title="ISECG Annual Report 2022", year=2022))
    assert {("ana-lima", "chair", "swg"), ("tom-reed", "chair", "twg")} <= posts


NOT_LEADS = [
    # a focus cell in capitals where a chair's name would be: no person
    ("capitals-no-person", "Working group Chair Focus\nTechnology Working Group (TWG) Surface Power Systems and dust\n",
     set()),
    # the lead's column last: an agency opening the focus cell is none of the leads
    ("lead-column-last", "Group Focus Lead in 2019\nTechnology Working Group (TWG) NASA lander studies ESA\n",
     {("esa", "twg")}),
    # no lead named by the header
    ("no-lead-column", "Working group Members Focus\nScience Working Group (SWG) CNES Lunar science\n", set()),
]


@pytest.mark.parametrize("name, text, chairs", NOT_LEADS, ids=[n[0] for n in NOT_LEADS])
def test_no_lead_after_group(extract, name, text, chairs):
    result = extract(HEAD + text, title="ISECG Fact Sheet", year=2019)
    assert _group_chairs(result) == chairs
    assert not _posts(result)


def test_heading_in_capitals_after_participants_is_no_body(extract):
    """A list of participants, then a heading in capitals on the next page: its first word is no agency (a body no
    reference list has, acronym first, still is)."""
    text = ("ISECG Annual Report\nParticipants:\n1. NASA (United States)\n2. ESA (Europe)\n3. TKSA (Testland)\f"
            "KEY RESULTS\nThe agencies agreed that dust is the largest gap for surface systems.")
    labels = extract(text, title="ISECG Annual Report", year=2015).labels()
    assert "id/org/key" not in labels and "id/org/tksa" in labels
