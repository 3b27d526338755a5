"""Round 63 probes of a member table with a column of its delegations' heads ("No. Agency Country Joined ISECG Head
of delegation", kg/rules_org.SINCE_HEADER_RE and kg/rules_people.delegate_cells): each row's person is of the row's
agency, also when the agency's name wrapped onto the lines above the row's last cells, and each agency a member from
its joining cell, a month's too ("Jun. 2032"). Negatives: a table with no such column gives no person from a row's
last words; a line of prose after the table is no row. Written in wordings of our own, not copied from the
development sets."""

from __future__ import annotations

from .test_extract_people import _people
from .test_extract_temporal import _periods

HEAD = "INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP\nDirectory of members\nEdition 2033\n2. Members\n"
ROWS = ("1 Agenzia Spaziale Italiana (ASI) Italy 2031 Dr. Livia Cortesi\n"
        "2 Centre National d'Études Spatiales\n(CNES)\nFrance 2031 Mr. Gaston Lefort\n"
        "3 Korea Aerospace Research Institute\n(KARI)\nRepublic of Korea 2031 Dr. Han Jae-won\n"
        "4 United Arab Emirates Space Agency\n(UAESA)\nUnited Arab\nEmirates\nJun. 2032 Eng. Salma Al Marri\n")


def _extract(extract, header, after="Requests to join are examined at the next meeting of the heads of delegation.\n"):
    return extract(HEAD + header + ROWS + after, title="ISECG Directory of Members 2033", year=2033)


def test_heads_of_delegation_of_their_row_agencies(extract):
    r = _extract(extract, "No. Agency Country Joined ISECG Head of delegation\n")
    people = _people(r)
    for person, org in [("livia-cortesi", "asi"), ("gaston-lefort", "cnes"), ("han-jae-won", "kari"),
                        ("salma-al-marri", "uae-space-agency")]:
        assert (f"id/person/{person}", f"id/org/{org}") in people, people
    periods = _periods(r)
    assert "from-2031" in periods.get("kari", set()), periods
    assert "from-2032-06" in periods.get("uae-space-agency", set()), periods


def test_no_people_column_gives_no_person(extract):
    r = extract(HEAD + "No. Agency Country Joined ISECG\n1 Agenzia Spaziale Italiana (ASI) Italy 2031 Livia Cortesi\n",
                title="ISECG Directory of Members 2033", year=2033)
    assert not _people(r), _people(r)


def test_prose_after_the_table_is_no_row(extract):
    r = _extract(extract, "No. Agency Country Joined ISECG Head of delegation\n",
                 after="The European Space Agency hosted the 2033 meeting with Dr. Petra Lindqvist in the chair.\n")
    assert not any(p == "id/person/petra-lindqvist" for p, _ in _people(r)), _people(r)
