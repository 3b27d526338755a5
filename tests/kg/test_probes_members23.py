"""Probes (round 23) for who was admitted when and the member counts beside it, in other wording than the development
sets al, ak, am:

- a meeting's minutes admitting a member "with immediate effect": a member from the meeting's own date, not from an
  earlier meeting the minutes approve the record of (al);
- a year's report telling admissions and a seat taken over "during the year", no date in the sentence: members from
  that year (not from the report's closing day, nor none for the seat; al);
- "has admitted two new member agencies: the A and B": each a member, in a news item with no date in its sentence from
  the item's month (ak);
- a count "the membership thus stood at N agencies" (al), and one told in a paragraph that ends on a colon under a
  heading naming members (am): not a caption, the paragraph's sentences are read;
- a table with its period column first and a column of the agencies admitted in each period, no caption above (am):
  each a member from its row's period; a period of several years tells no start, a member's own year in brackets does.

Negatives: the past tense in a news item gives its year, not its month; a working group admitting agencies makes no
members of the body; a country named in passing is no place of a meeting."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts, _periods

REPORT = "International Space Exploration Coordination Group\nAnnual Report 2031\n"
NEWS = "ISECG news\nPublished 2031-05-06\n"

POSITIVE = [
    ("minutes-immediate-effect",
     "Minutes of the ISECG Plenary Meeting\nDates: 2031-04-08 to 2031-04-09\nVenue: Lisbon, Portugal\n"
     "1. The minutes of the previous plenary, held in Oslo on 2–3 October 2030, were approved.\n"
     "2. Portugal Space is admitted as a member of ISECG with immediate effect.", 2031,
     {"pt-space": {"from-2031-04-08"}}),
    ("report-during-the-year-and-seat",
     REPORT + "During the year the Philippine Space Agency (PhilSA) was admitted, and the newly formed Korea AeroSpace "
     "Administration took over the seat KARI had occupied until then.", 2031,
     {"philsa": {"from-2031"}, "kasa": {"from-2031"}}),
    ("colon-list-after-the-article",
     NEWS + "ISECG has admitted two new member agencies: the Kenya Space Agency (KSA) and Portugal Space.", 2031,
     {"ksa": {"from-2031-05"}, "pt-space": {"from-2031-05"}}),
    ("colon-list-with-dateline",
     NEWS + "Lisbon, 4 May 2031 – The ISECG has admitted two new member agencies: the Saudi Space Agency (SSA) and "
     "the Philippine Space Agency.", 2031, {"ssa": {"from-2031-05-04"}, "philsa": {"from-2031-05-04"}}),
    ("period-table",
     "ISECG membership in brief\n| Period | Members at end of period | Agencies admitted in the period |\n"
     "|---|---|---|\n| 2027–2028 | 27 | POLSA, LSA |\n| 2029 | 29 | Philippine Space Agency, Portugal Space |\n"
     "| 1 Jan – 30 Jun 2030 | 30 | NOSA (2030) |\nThat is all there is to say on the matter here.", 2031,
     {"philsa": {"from-2029"}, "pt-space": {"from-2029"}, "nosa": {"from-2030"}}),
]


@pytest.mark.parametrize(("name", "text", "year", "periods"), POSITIVE, ids=[p[0] for p in POSITIVE])
def test_admissions(extract, name, text, year, periods):
    assert _periods(extract(text, year=year)) == periods


@pytest.mark.parametrize(("text", "counts"), [
    (REPORT + "On 30 June 2031 the membership thus stood at 31 agencies.", {("31", "2031-06-30")}),
    ("ISECG questions and answers\nHow many members does ISECG have?\nISECG began in 2007 with 14 agencies. As of "
     "1 March 2031 it has 31 member agencies. The table shows how it grew:", {("31", "2031-03-01")}),
])
def test_counts(extract, text, counts):
    assert counts <= _counts(extract(text, year=2031))


@pytest.mark.parametrize(("text", "periods"), [
    (NEWS + "The Philippine Space Agency joined ISECG.", {"philsa": {"from-2031"}}),  # no present perfect: the year
    (NEWS + "The ISECG Technology Working Group has admitted two new member agencies: the Kenya Space Agency and "
     "Portugal Space.", {}),
    (REPORT + "Reporting period: 1 January – 31 December 2031\nDuring the year Norway's space agency, the Norwegian "
     "Space Agency (NOSA), was admitted.", {"nosa": {"from-2031"}}),  # did not hold before: the period's last day
])
def test_near_misses(extract, text, periods):
    assert _periods(extract(text, year=2031)) == periods
