"""Probes of round 8 for memberships and member counts in other wordings and layouts than the development documents:
a joining told with no date in a report of its year or a news item ("was welcomed as the 26th member", "has joined
ISECG"), the body named before the noun ("became an ISECG member", "an ISECG participating agency"), a member table
whose header says "Admitted" or is piped without its outer pipes, labels of three words before their year ("Two new
members in 2019:"), a count of "participating agencies", a member named by its two-word nationality ("the New Zealand
agency"), an accession told as a noun with no date ("with the accession of X and Y"); and two documents (a PDF from Chromium, a Markdown news item) with them.  Each positive failed on the base;
each negative holds (another body's members, a meeting's participants, a roadmap telling history with no date)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import probe_result
from .test_extract_memberships import _new_counts
from .test_extract_temporal import _counts, _periods

HEAD = "International Space Exploration Coordination Group\nAnnual Report {year}\n"
PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "members8"

# (name, text, year, memberships {member: {period}}, counts {(value, date)} or None when not checked)
POSITIVE = [
    ("welcomed-as-rank-no-date", "The New Zealand Space Agency was welcomed as the 26th member.", 2021,
     {"nzsa": {"from-2021"}}, {("26", "2021")}),
    ("has-joined-no-date", "Portugal Space has joined ISECG.", 2021, {"pt-space": {"from-2021"}}, None),
    ("became-an-isecg-member", "In 2019 the Australian Space Agency became an ISECG member.", 2020,
     {"asa": {"from-2019"}}, None),
    ("became-an-isecg-participating-agency", "In 2019 the Australian Space Agency became an ISECG participating agency.",
     2020, {"asa": {"from-2019"}}, None),
    ("became-a-participating-agency-of", "In 2019 the Australian Space Agency became a participating agency of ISECG.",
     2020, {"asa": {"from-2019"}}, None),
    ("two-new-members-in-year-label", "Two new members in 2019: the Luxembourg Space Agency and the Polish Space Agency.",
     2020, {"lsa": {"from-2019"}, "polsa": {"from-2019"}}, None),
    ("agencies-that-joined-label", "Agencies that joined in 2020: AEB, GISTDA, SSAU.", 2021,
     {"aeb": {"from-2020"}, "gistda": {"from-2020"}, "ssau": {"from-2020"}}, None),
    ("table-since-inner-pipes", "Agency | Country | Since\nASI | Italy | 2007\nLSA | Luxembourg | 2019\n"
     "NZSA | New Zealand | 2022", 2023, {"asi": {"from-2007"}, "lsa": {"from-2019"}, "nzsa": {"from-2022"}}, None),
    ("table-admitted-column", "Agency Country Admitted\nASI Italy 2007\nLSA Luxembourg 2019", 2023,
     {"asi": {"from-2007"}, "lsa": {"from-2019"}}, None),
    ("table-year-of-accession-piped", "Member | Year of accession\nASI | 2007\nLSA | 2019", 2023,
     {"asi": {"from-2007"}, "lsa": {"from-2019"}}, None),
    ("accession-of-two-no-date", "Membership grew to 27 agencies with the accession of the New Zealand Space Agency and "
     "Portugal Space.", 2022, {"nzsa": {"from-2022"}, "pt-space": {"from-2022"}}, {("27", "2022")}),
    ("with-the-addition-of", "With the addition of Portugal Space, ISECG now has 27 members.", 2021,
     {"pt-space": {"from-2021"}}, {("27", "2021")}),
    ("addition-to-the-membership", "The addition of Portugal Space to the membership was agreed in 2021.", 2021,
     {"pt-space": {"from-2021"}}, None),  # held on the base too: kept with the rule of "into" below
    ("counts-participating-agencies", "ISECG now counts 27 participating agencies.", 2023, {}, {("27", "2023")}),
    ("two-word-nationality-which-became-number",
     "No agency joined ISECG during 2023. The latest accession is still that of the New Zealand agency, which in "
     "December 2021 became member number 27.", 2023, {"nzsa": {"from-2021-12"}}, {("27", "2021-12")}),
]

NEGATIVE = [
    ("another-body-member-state", "In 2019 Poland became an ESA member state, ISECG noted.", 2020),
    ("participant-in-workshop", "In 2019 the Australian Space Agency became a participant in the ISECG workshop.", 2020),
    ("participating-in-programme", "In 2020 JAXA became a participating agency in the Gateway programme, ISECG noted.",
     2020),
    ("meeting-brought-participating", "The meeting brought together 23 participating agencies.", 2020),
    ("contributed-to-paper", "Fourteen agencies contributed to the 2018 roadmap.", 2020),
    ("joined-working-group", "The Israel Space Agency joined the Technology Working Group in 2021.", 2021),
    ("group-counts-participating", "The Technology Working Group counts 14 participating agencies.", 2020),
    ("plenary-counted-participating", "The 2019 plenary counted 20 participating agencies.", 2019),
    ("label-of-another-body", "Agencies that joined the Artemis Accords in 2020: NASA, ESA and JAXA.", 2021),
    ("entry-into-another-programme", "The entry of ESA into the Gateway programme in 2020 was celebrated.", 2021),  # failed before
    ("addition-of-a-chapter", "With the addition of a chapter by ESA, the roadmap grew.", 2021),
    ("observer-table-since", "Observer | Country | Since\nUNOOSA | Austria | 2019", 2021),
]


@pytest.mark.parametrize("name,text,year,members,counts", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_positive_probe(extract, name, text, year, members, counts):
    r = extract(HEAD.format(year=year) + text, year=year)
    assert _periods(r) == members
    if counts is not None:
        assert _counts(r) == counts


@pytest.mark.parametrize("name,text,year", NEGATIVE, ids=[p[0] for p in NEGATIVE])
def test_negative_probe(extract, name, text, year):
    r = extract(HEAD.format(year=year) + text, year=year)
    assert not _periods(r) and not _counts(r) and not _new_counts(r)


def test_a_roadmap_telling_history_gives_no_year_to_an_undated_joining(extract):
    """A roadmap (not a report of its year) that tells "X joined ISECG as its 15th member" with no date: the
    membership has no beginning (the year of the roadmap is not when X joined)."""
    r = extract("The Global Exploration Roadmap\nThird edition, January 2018\nThe UAE Space Agency joined ISECG as its "
                "15th member.", year=2018, title="The Global Exploration Roadmap")
    assert _periods(r) == {"uae-space-agency": {"2018-01"}}


def test_news_item_in_markdown():
    """Joinings told with no date in a news item are of its year; a member table piped without outer pipes; the
    meeting's participants, a paper's contributors and another body's member state give nothing."""
    r = probe_result(PROBES / "forum-news-2021-11.md")
    assert _periods(r) == {"nzsa": {"from-2021"}, "pt-space": {"from-2021"}, "isa": {"from-2021"},
                           "asi": {"from-2007"}, "lsa": {"from-2019"}, "gistda": {"from-2020"}}
    assert _counts(r) == {("27", "2021-11-12")}


def test_annual_report_pdf():
    """A label of new members of a year, "became an ISECG member", a count of participating agencies dated to the
    report's year end; the plenary's 17 agencies, the 12 contributors and the working group's 14 are no count."""
    r = probe_result(PROBES / "isecg-annual-report-2019.pdf")
    assert _periods(r) == {"lsa": {"from-2019"}, "polsa": {"from-2019"}, "rosa": {"from-2019-10"},
                           "uae-space-agency": {"from-2015"}, "asa": {"from-2019"}, "sso": {"from-2019"}}
    assert _counts(r) == {("20", "2019-12")}
