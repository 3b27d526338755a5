"""Round 15 probes of member counts: a change told with a participle ("has grown from 14 agencies in January 2018 to
26 in October 2021"), a count in the present after "With X" (the document's date, not X's joining), and the year's
turn told as a clause ("When the year began, ISECG had 20 members")."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts


@pytest.mark.parametrize(("text", "expect"), [
    ("Membership of ISECG has grown from 14 agencies in January 2018 to 26 agencies in October 2021.",
     {("14", "2018-01"), ("26", "2021-10")}),
    ("The membership of ISECG had risen from nine agencies in March 2009 to twelve in May 2012.",
     {("9", "2009-03"), ("12", "2012-05")}),
])
def test_a_change_of_count_told_with_a_participle(extract, text, expect):
    assert expect <= _counts(extract(f"ISECG Paper 2022\n{text}", year=2022))


def test_a_grown_count_of_something_else_is_no_member_count(extract):
    r = extract("ISECG Paper 2022\nThe number of lunar landers has grown from 3 in January 2018 to 9 in October 2021.",
                year=2022)
    assert not _counts(r)


@pytest.mark.parametrize(("text", "present"), [
    ("The UAE Space Agency (UAESA), which joined ISECG in 2015, attended its first meeting. With UAESA, ISECG has "
     "fifteen members.", ("15", "2016-05")),
    ("The Kenya Space Agency (KSA) joined ISECG in 2014. With KSA the group now counts 16 member agencies.",
     ("16", "2016-05")),
])
def test_a_present_count_after_with_is_the_documents(extract, text, present):
    r = extract(f"Summary of the ISECG Senior Managers Meeting\nTsukuba, May 2016\n{text}", title="SAM Summary", year=2016)
    assert present in _counts(r)


def test_a_count_reached_with_a_new_member_is_at_its_joining(extract):
    r = extract("ISECG Annual Report 2031\nThe Kenya Space Agency (KSA) joined ISECG in March 2031. With KSA the group "
                "reached 32 members.", year=2031)
    assert ("32", "2031-03") in _counts(r) and ("32", "2031-12") not in _counts(r)


@pytest.mark.parametrize(("text", "expect"), [
    ("When the year began, ISECG had twenty member agencies; by its end the number had reached 23.", {("20", "2019-01")}),
    ("As the year opened the membership of ISECG stood at 20 agencies.", {("20", "2019-01")}),
    ("As the year closed, ISECG counted 23 member agencies.", {("23", "2019-12")}),
])
def test_the_years_turn_told_as_a_clause(extract, text, expect):
    found = _counts(extract(f"ISECG Annual Report 2019\n{text}", title="ISECG Annual Report 2019", year=2019))
    assert expect <= found and not {c for c in found if c[0] == "20" and c[1] != "2019-01"}
