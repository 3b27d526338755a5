"""Round 25 probes of member counts and joinings in shapes of interviews, statements and fact boxes: the members
counting themselves in the first person ("We are 26 member agencies", at the document's date when the sentence gives
none), agencies that "joined us" (the body the speaker speaks for), and a fact box's key-value line dated in brackets
("Member agencies: 27 (June 2023)"); near misses count something else, or tell a visit."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts, _periods

HEAD = ("Talking to the chair\n*ISECG Bulletin, issue 31 — published 9 March 2031*\n"
        "The International Space Exploration Coordination Group (ISECG) is chaired this year by the Korea Aerospace "
        "Research Institute. We asked its chair about the year ahead.\n")


def _extract(extract, text):
    return _counts(extract(HEAD + text, title="Talking to the chair", year=2031))


@pytest.mark.parametrize(("text", "count"), [
    ("Q: How big is the group now?\nA: We are thirty-one member agencies, and two more have applied.", ("31", "2031-03-09")),
    ("A: Today we count 29 members; the newest came from Africa.", ("29", "2031-03-09")),
    ("A: In May 2029 we were 27 member agencies, so the growth has been steady.", ("27", "2029-05")),
])
def test_members_counting_themselves_in_the_first_person(extract, text, count):
    assert count in _extract(extract, text)


@pytest.mark.parametrize("text", [
    "A: We are 26 engineers in the secretariat, spread over three sites.",  # not members
    "A: We were 19 agencies at the workshop in Busan, a record.",  # a gathering's attendance
    "A: We are 12 members of the Technology Working Group.",  # members of another thing
    "A: We hope that we will be 35 member agencies by 2033.",  # a hope
])
def test_first_person_counts_of_something_else_are_no_member_count(extract, text):
    assert not _extract(extract, text)


@pytest.mark.parametrize(("text", "count"), [
    ("ISECG in brief\nEstablished: 2007\nMember organisations: 31 (February 2031)\nSecretariat: ESA\n", ("31", "2031-02")),
    ("Key figures\nMembers: 30 (as of 31 December 2030)\nWorking groups: 4\n", ("30", "2030-12-31")),
])
def test_a_fact_box_line_counts_members_at_the_date_in_brackets(extract, text, count):
    assert count in _extract(extract, text)


@pytest.mark.parametrize("text", [
    "Key figures\nMembers: 4 working groups\nFounded: 2007\n",  # the groups, not the members
    "Meeting record\nAgencies represented: 22 (18 in person, 4 online)\n",  # attendance, not membership
    "Membership rules, page 12\nMembers: see page 4\n",  # a page number
])
def test_fact_box_lines_of_something_else_are_no_member_count(extract, text):
    assert not _extract(extract, text)


@pytest.mark.parametrize(("text", "joined"), [
    ("A: In 2030 the Kenya Space Agency (KSA) and the Polish Space Agency (POLSA) joined us, and others are knocking at "
     "the door.", {"ksa": {"from-2030"}, "polsa": {"from-2030"}}),
    ("A: The Luxembourg Space Agency joined us in May 2030 as our newest member.", {"lsa": {"from-2030-05"}}),
    ("A: In 2029 the Philippine Space Agency joined us as a full member.", {"philsa": {"from-2029"}}),
])
def test_agencies_that_joined_us_join_the_body_the_speaker_speaks_for(extract, text, joined):
    chair = {"kari": {"2031-03-09"}}  # the chair HEAD names: one of the members
    assert _periods(extract(HEAD + text, title="Talking to the chair", year=2031)) == {**joined, **chair}


@pytest.mark.parametrize("text", [
    "A: In March the Kenya Space Agency (KSA) joined us at the workshop in Nairobi.",  # a visit to a gathering
    "A: In 2030 the Polish Space Agency (POLSA) joined us in Houston for the rover tests.",  # a place, people of it
    "A: In 2030 the Luxembourg Space Agency joined us on the lunar dust study.",  # a piece of work
])
def test_joining_us_for_a_visit_or_a_work_is_no_membership(extract, text):
    assert set(_periods(extract(HEAD + text, title="Talking to the chair", year=2031))) == {"kari"}  # the chair
