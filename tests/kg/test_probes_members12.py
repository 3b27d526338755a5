"""Probes of round 12 for memberships and member counts: a member table with no caption whose header's last cell a
PDF wrapped onto a line of its own ("... Country Member" / "since"), a year cell with its footnote mark run on
("20112"), a row naming a body no list has, acronym first; a count whose earlier one follows it after a date that
opens the sentence ("At the close of the year ... counted 27, up from 25 in January"); a seat passed with no date in
a report of its year; a year's count in the present ("ends it with 30"); "X was the first" after a joining that
counted its members and named none.  Each positive but wrapped-year-joined failed on the base; each negative holds."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts, _periods

HEAD = "International Space Exploration Coordination Group\nAnnual Report {year}\n"

# (name, text, year, memberships {member: {period}}, counts {(value, date)} or None when not checked)
POSITIVE = [
    ("wrapped-member-since", "The members are listed below.\nAgency Full name Country Member\nsince\n"
     "ASI Italian Space Agency Italy 2007\nUKSA UK Space Agency United Kingdom 2011", 2014,
     {"asi": {"from-2007"}, "uksa": {"from-2011"}}, None),
    ("wrapped-year-joined", "Table 1 lists the agencies admitted since 2015.\nAcronym Agency Country Year\njoined\n"
     "ASA Australian Space Agency Australia 2018\nLSA Luxembourg Space Agency Luxembourg 2019", 2024,
     {"asa": {"from-2018"}, "lsa": {"from-2019"}}, None),
    ("wrapped-year-of-accession", "Organisation Country Year\nof accession\nCNES Centre National d'Études Spatiales "
     "France 2007\nPOLSA Polish Space Agency Poland 2019", 2022, {"cnes": {"from-2007"}, "polsa": {"from-2019"}}, None),
    ("year-with-footnote-mark", "Agency Country Member since\nDLR German Aerospace Center Germany 2007\n"
     "UKSA UK Space Agency United Kingdom 20112", 2014, {"dlr": {"from-2007"}, "uksa": {"from-2011"}}, None),
    ("new-body-acronym-first", "Agency Country Joined\nASA Australian Space Agency Australia 2018\n"
     "NSSA National Space Science Agency Bahrain 2022\nKSA Kenya Space Agency Kenya 2023", 2024,
     {"asa": {"from-2018"}, "nssa": {"from-2022"}, "ksa": {"from-2023"}}, None),
    ("up-from-after-opening-date", "At the close of the year ISECG counted twenty-seven member agencies, up from 25 "
     "in January 2024.", 2024, {}, {("27", "2024-12"), ("25", "2024-01")}),
    ("compared-with-after-opening-date", "In December the group had 27 members, compared with 25 in March.", 2024, {},
     {("27", "2024-12"), ("25", "2024-03")}),
    ("ends-it-with-present", "The group started the year with 27 member agencies and ends it with 30.", 2024, {},
     {("27", "2024-01-01"), ("30", "2024-12-31")}),
    ("closes-the-year-with-present", "ISECG opens the year with 24 members and closes it with twenty-six.", 2022, {},
     {("24", "2022-01-01"), ("26", "2022-12-31")}),
    ("first-of-counted-welcomed", "Three organisations were welcomed during 2024. The Philippine Space Agency was the "
     "first, in March 2024.", 2024, {"philsa": {"from-2024-03"}}, None),
    ("first-to-join-after-count", "Two agencies joined ISECG in 2023. The Polish Space Agency was the first to join, "
     "on 4 May 2023.", 2023, {"polsa": {"from-2023-05-04"}}, None),
    ("seat-passed-undated", "Korea's seat passed to the Korea AeroSpace Administration (KASA), created on 27 May 2024.",
     2024, {"kasa": {"from-2024"}}, None),
    ("seat-transferred-undated", "This year the Korean seat was transferred to KASA.", 2024, {"kasa": {"from-2024"}},
     None),
]

NEGATIVE = [
    # a wrapped last cell of another kind: no since column
    ("wrapped-other-column", "Agency Country Lead\nrole\nASI Italian Space Agency Italy 2007\n"
     "LSA Luxembourg Space Agency Luxembourg 2019", 2022),
    # a header line whose next line is a row, not a wrapped cell
    ("header-then-row", "Agency Country Member\nASI Italian Space Agency Italy 2007", 2022),
    # "the first" to do something else, or with no joining counted before
    ("first-to-congratulate", "Two agencies joined ISECG in 2023. NASA was the first to congratulate them.", 2023),
    ("first-with-no-joining-before", "The roadmap was praised. ESA was the first, in 1975, to do so.", 2023),
    # a target, not a count
    ("expects-to-end-it-with", "The group expects to end the year with 32 members.", 2024),
    # a founder's history: the seat passed at some earlier time the text does not give
    ("seat-passed-in-founder-history", "Fourteen agencies founded ISECG in 2007: ASI, CNES, BNSC and CSA, whose seat "
     "passed to UKSA.", 2024),
]


@pytest.mark.parametrize("name,text,year,members,counts", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_positive_probe(extract, name, text, year, members, counts):
    r = extract(HEAD.format(year=year) + text, year=year)
    assert _periods(r) == members
    if counts is not None:
        assert _counts(r) == counts


def test_negative_probes(extract):
    found = {name: _periods(extract(HEAD.format(year=year) + text, year=year)) for name, text, year in NEGATIVE}
    assert found["wrapped-other-column"] == {}
    assert found["header-then-row"] == {}
    assert "uksa" not in found["seat-passed-in-founder-history"]
    assert "nasa" not in found["first-to-congratulate"]
    assert found["first-with-no-joining-before"] == {}
    target = dict((name, text) for name, text, _ in NEGATIVE)["expects-to-end-it-with"]
    assert not _counts(extract(HEAD.format(year=2024) + target, year=2024))


def test_unknown_row_outside_a_member_table_is_no_member(extract):
    r = extract(HEAD.format(year=2024) + "Mission Agency Launch\nKSA Kenya Space Agency 2023", year=2024)
    assert _periods(r) == {}
