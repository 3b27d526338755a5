"""Round 63 probes of a member count table whose cells a PDF wrapped (kg/rules_org.count_table): under a caption
and a "Date Members" header, a row's count may carry a remark ("March 2030 14 founding agencies"), a remark may wrap
onto the next line ("2032 15 (Peruvian agency" / "joins)"), and a date cell may take a line or two of its own before
its count ("End of 2033" / "18"; "9 Jun." / "2036" / "21"). Each count at its row's date (a year's end at its December).
Negatives: a line of prose after the table is no row; a "Date Attending" header counts a meeting, not the members.
Written in wordings of our own, not copied from the development sets."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts

HEAD = "Press notice\nISECG welcomes a new member\nLima, 10 June 2036 – ISECG has admitted a new member agency.\n"
NEWS = "ISECG Update\nNovember 2036\nThe International Space Exploration Coordination Group (ISECG) met in Lima.\n"
BOX = ("Info box: ISECG\nmembership over time\nDate Members\nMarch 2030 14 founding agencies\n2032 15 (Peruvian agency\n"
       "joins)\nEnd of 2033\n18\n9 Jun.\n2036\n21\n")


def _extract(extract, text):
    return extract(HEAD + text, title="ISECG welcomes a new member", year=2036)


def test_wrapped_member_count_box(extract):
    counts = _counts(_extract(extract, BOX + "The chair thanked the delegations.\n"))
    for count in [("14", "2030-03"), ("15", "2032"), ("18", "2033-12"), ("21", "2036-06-09")]:
        assert count in counts, counts


def test_prose_after_the_box_is_no_row(extract):
    counts = _counts(_extract(extract, BOX + "2037 12 agencies are expected to meet in Quito.\n"))
    assert not any(n == "12" for n, _ in counts), counts


def test_attendance_box_is_no_member_count(extract):
    counts = _counts(_extract(extract, "Info box: ISECG\nmeetings over time\nDate Attending\nMarch 2030 14 agencies\n"
                                       "End of 2033\n18\n"))
    assert ("14", "2030-03") not in counts and ("18", "2033-12") not in counts, counts


# A year-end table whose count column names the day ("Member agencies at 31 December") beside a column of the change
# from the row before, its cells numbers, dashes and marks ("2031 14 —", "2033 15 +1", "2035 17 † +2").
YEAR_END = ("Members at the end of each year\nYear Member agencies at 31 December Change on previous row\n2031 14 —\n"
            "2032 14 0\n2033 15 +1\n2034 15 * 0\n2035 17 † +2\n")


def test_year_end_table_with_a_change_column(extract):
    counts = _counts(_extract(extract, YEAR_END + "Years not shown have no figure in the records.\n"))
    for count in [("14", "2031-12"), ("14", "2032-12"), ("15", "2033-12"), ("15", "2034-12"), ("17", "2035-12")]:
        assert count in counts, counts
    assert not any(n in ("0", "1", "2") for n, _ in counts), counts


# The body's count told with "on board" before it, and as "the group's" members (kg/rules_org GROUP_NOUN_RE: a "Board"
# by its capital; _names_body: "the group's fourteen members" when no group of its own is named).
@pytest.mark.parametrize("text, count", [
    ("The Luxembourg Space Agency was admitted on 21 September 2036. With LSA on board, ISECG now counts 16 member "
     "agencies.", ("16", "2036-09-21")),
    ("Thirteen agencies sent delegations, so only one of the group's fourteen members was missing from the table.",
     ("14", "2036-11")),
])
def test_counts_on_board_and_of_the_group(extract, text, count):
    counts = _counts(extract(NEWS + text + "\n", title="ISECG Update", year=2036))
    assert count in counts, counts


@pytest.mark.parametrize("text", [
    "The Technology Working Group (TWG) met in Lima; the group's twelve members agreed a work plan.",
    "Technology Working Group\nThe group's twelve members agreed a work plan.",
    "The Advisory Board of the agency met; the Board has twelve members.",
])
def test_a_groups_own_members_are_no_count_of_the_body(extract, text):
    counts = _counts(extract(NEWS + text + "\n", title="ISECG Update", year=2036, file="u.md"))
    assert not any(n == "12" for n, _ in counts), counts


def test_count_raised_with_the_group_capitalised(extract):
    counts = _counts(extract(NEWS + "Portugal Space became a member of ISECG on 4 February 2036, bringing the Group to "
                                    "twenty-nine member agencies.\n", title="ISECG Update", year=2036))
    assert ("29", "2036-02-04") in counts, counts
