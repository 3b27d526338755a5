"""Round 62 probes of a joining dated by the meeting a sentence names, and of the member count it raised: "At the
Lima meeting X was formally admitted to ISECG, bringing the number of member agencies to fifteen" (kg/rules_org
JOINED_RE with an adverb before "admitted to"; _joined_told). The joining takes the day of the meeting the document
told at that place; the count it raised that day, not the newsletter's month. Negatives: a joining dated only by a
year ("in 2036") leaves the count at the document's date, as before; a sentence with its own date keeps it. Written
in wordings of our own, not copied from the development sets."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts, _periods

HEAD = ("Space Exploration Bulletin\nNewsletter of the International Space Exploration Coordination Group\n"
        "Issue 4 · November 2036\nSenior managers meet in Lima\nHeads of exploration programmes met in Lima, Peru, on "
        "4 October 2036 for the annual ISECG senior managers' meeting. The Peruvian agency CONIDA hosted the meeting, "
        "and fourteen agencies were represented.\n")


def _extract(extract, text):
    return extract(HEAD + text, title="Space Exploration Bulletin Issue 4", year=2036)


@pytest.mark.parametrize("text", [
    "At the Lima meeting the Luxembourg Space Agency was formally admitted to ISECG, bringing the number of member "
    "agencies to fifteen.",
    "At the Lima meeting the Luxembourg Space Agency was officially admitted to ISECG, raising the number of member "
    "agencies to 15.",
])
def test_joining_and_its_count_on_the_day_of_the_meeting_named(extract, text):
    r = _extract(extract, text)
    assert "from-2036-10-04" in _periods(r).get("lsa", set()), _periods(r)
    assert ("15", "2036-10-04") in _counts(r), _counts(r)


def test_joining_of_a_year_leaves_the_count_at_the_documents_date(extract):
    r = _extract(extract, "The Luxembourg Space Agency was formally admitted to ISECG in 2036, bringing the number of "
                          "member agencies to fifteen.")
    assert ("15", "2036-10-04") not in _counts(r), _counts(r)


def test_a_count_with_its_own_date_keeps_it(extract):
    r = _extract(extract, "At the Lima meeting the Luxembourg Space Agency was formally admitted to ISECG; on 1 November "
                          "2036 the group had 15 member agencies.")
    assert ("15", "2036-11-01") in _counts(r), _counts(r)


# A chronology whose last column counts the members (kg/rules_org.CHRONICLE_ROW_RE): a row's count after its entry's
# last stop, on a line of its own when the entry wrapped, or before the next row run onto the same line.
CHRONICLE = ("ISECG Milestones 2030–2036\nYear Month Type Entry Members\n2030\n"
             "2030 April Meeting Senior managers meet in Quito, 3 April; 12 agencies attend.\n"
             "2031 June Join Ecuadorian Space Agency (EXA) joins as the 16th member. 16\n"
             "2033 February Document The fifth edition of the roadmap is released (9 February); it replaces the fourth.\n"
             "17\n"
             "2035 May Join Luxembourg Space Agency (LSA). 18 2035 May Meeting Senior managers meet in Oslo; 14 agencies "
             "attend.\n")


def test_chronicle_rows_counts_at_their_months(extract):
    r = extract(CHRONICLE, title="ISECG Milestones", year=2036)
    assert {("16", "2031-06"), ("17", "2033-02"), ("18", "2035-05")} <= _counts(r), _counts(r)


def test_chronicle_attendance_in_an_entry_is_no_count(extract):
    # "12 agencies attend" inside a row's entry, and a row with no count of its own, give no member count
    r = extract(CHRONICLE, title="ISECG Milestones", year=2036)
    assert not {c for c in _counts(r) if c[0] in ("12", "14")}, _counts(r)


def test_prose_after_the_chronicle_is_read_as_prose(extract):
    r = extract(CHRONICLE + "At the end of 2035 ISECG counted 18 member agencies.\n2036 3 new agencies. 21\n",
                title="ISECG Milestones", year=2036)
    assert ("18", "2035-12") in _counts(r) and ("21", "2036") not in _counts(r), _counts(r)


def test_a_count_column_beside_the_year_only_is_a_year_table(extract):
    # "Year Members" rows stay the year-by-year table's (no month, no entry)
    r = extract("ISECG membership by year\nYear Members\n2034 17\n2035 18\n", title="ISECG Milestones", year=2036)
    assert {("17", "2034"), ("18", "2035")} <= _counts(r), _counts(r)


# The body's count in a possessive (kg/rules_org BODYS_COUNT_RE): also of its participating agencies, and in a clause
# that names a working group as the doer ("prepared by the ERWG on behalf of ISECG's 31 member agencies").
@pytest.mark.parametrize("text, count", [
    ("The supplement was prepared by the Exploration Roadmap Working Group on behalf of ISECG's 31 member agencies.",
     ("31", "2036")),
    ("The meeting was hosted by CONIDA. Eleven of ISECG's sixteen participating agencies attended.", ("16", "2036")),
])
def test_possessive_count_is_the_bodys(extract, text, count):
    r = extract("ISECG Supplement\fThe International Space Exploration Coordination Group (ISECG) met.\n" + text,
                title="ISECG Supplement", year=2036)
    assert count in _counts(r), _counts(r)


def test_a_groups_own_count_stays_the_groups(extract):
    r = extract("ISECG Supplement\fThe International Space Exploration Coordination Group (ISECG) met.\nThe "
                "Technology Working Group's 12 member agencies reviewed the draft.", title="ISECG Supplement", year=2036)
    assert not {c for c in _counts(r) if c[0] == "12"}, _counts(r)


# Rows of a "Year Members Change" table that the cleaner ran together as wrapped prose (kg/rules_org
# JOINED_COUNT_ROW_RE): each row's count at its year; a year a preposition names inside a remark opens no row.
def test_rows_run_together_each_counted(extract):
    r = extract("ISECG Fact Sheet\fMembership over the years.\nYear Members Change\n2030 14 founding participants\n"
                "2032 16 including the Kenya Space Agency and the Luxembourg Space Agency 2034 19 three further agencies "
                "join during the year 2035 20 one more joined after 2034 12 agencies had met\n",
                title="ISECG Fact Sheet", year=2036)
    counts = _counts(r)
    assert {("14", "2030"), ("16", "2032"), ("19", "2034"), ("20", "2035")} <= counts, counts
    assert ("12", "2034") not in counts, counts


# Further count forms: the body's members "number" a count (NUMBERED_COUNT_RE); a year ended (begun) with its
# participating agencies, on its last (first) day (YEAR_COUNT_RE); "itself" between the body and its verb; "we" after
# a phrase of time (FIRST_PERSON_COUNT_RE: "we" is the clause's subject, not "Nine years"); "the N agencies of ISECG";
# the body in apposition as "a forum of N agencies".
@pytest.mark.parametrize("text, count", [
    ("The draft was reviewed by all member agencies of ISECG, which now number 31.", ("31", "2036")),
    ("Its members numbered 17 in 2033.", ("17", "2033")),
    ("The group ended 2035 with 30 participating agencies, the same number as in 2034.", ("30", "2035-12-31")),
    ("ISECG began 2035 with 29 participating agencies.", ("29", "2035-01-01")),
    ("ISECG itself has 31 member agencies; two of them did not take part.", ("31", "2036")),
    # "we" the subject of its count, after a phrase of time opening the clause
    ("Nine years later we are thirty-one agencies.", ("31", "2036")),
    ("Today we have thirty-one member agencies.", ("31", "2036")),
    # the body's agencies counted (OF_BODY_COUNT_RE), and the body in apposition as a forum
    ("The 31 agencies of ISECG met in Rome.", ("31", "2036")),
    ("ISECG, a coordination forum of 31 space agencies, met in Rome.", ("31", "2036")),
])
def test_more_count_forms(extract, text, count):
    r = extract("ISECG Review\fThe International Space Exploration Coordination Group (ISECG) met.\n" + text,
                title="ISECG Review", year=2036)
    assert count in _counts(r), _counts(r)


@pytest.mark.parametrize("text", [
    "The members of ESA number 22.",
    "The members of the Technology Working Group number 12.",
    "In the Technology Working Group we have 12 member agencies.",
    "We have 12 agencies interested in the study.",
    "The number of participating agencies at the workshop was 12.",
    "The 12 agencies of the Technology Working Group met in Rome.",
    "The workshop, a forum of 40 experts, met in Rome.",
])
def test_another_bodys_numbered_members(extract, text):
    r = extract("ISECG Review\fThe International Space Exploration Coordination Group (ISECG) met.\n" + text,
                title="ISECG Review", year=2036)
    assert not _counts(r), _counts(r)
