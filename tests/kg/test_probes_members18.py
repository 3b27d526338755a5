"""Round 18 probes of member tables and of counts a joining dates: a since column's header whose cells carry an aside
("Agency (full name)"), a row naming a body no list has before its acronym, a seat's holder before named in full with
no acronym; a count with no date in its own clause dated by the joining told before it (in its sentence or the one
before), not by a window's start ("the first since 2012"); "becomes the group's 27th member"."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts, _periods

HEAD = "ISECG Annual Report 2031\nIssued March 2032\nThe International Space Exploration Coordination Group (ISECG) met twice.\n"


@pytest.mark.parametrize("header", ["Agency (full name) Acronym Country Member since",
                                    "Organisation (name in English) Country Joined (year)"])
def test_a_since_header_whose_cells_carry_an_aside(extract, header):
    r = extract(HEAD + f"{header}\nEuropean Space Agency ESA Europe 2007\nPolish Space Agency POLSA Poland 2029\n"
                "Hellenic Space Centre HSC Greece 2030\nThe table counts no observers.", year=2031)
    assert _periods(r) == {"esa": {"from-2007"}, "polsa": {"from-2029"}, "hsc": {"from-2030"}}


def test_a_row_naming_a_body_no_list_has_by_name_then_acronym(extract):
    r = extract(HEAD + "Agency Acronym Country Member since\nNational Space Agency of Ukraine NSAU Ukraine 2007\n"
                "Space Research Centre SRC Poland 2028\nThe table counts no observers.", year=2031)
    assert _periods(r) == {"nsau": {"from-2007"}, "src": {"from-2028"}}
    # a name and a capitalised word that is no acronym of it: no new body
    r = extract(HEAD + "Agency Acronym Country Member since\nNational Space Agency of Ukraine KIEV Ukraine 2007\n"
                "The table counts no observers.", year=2031)
    assert not _periods(r)


@pytest.mark.parametrize("sentence", [
    "UKSA took over the seat held since 2007 by the British National Space Centre.",
    "In ISECG, the Kenya Space Agency (KSA) assumed the seat occupied from 2012 by the Kenya Space Science Institute.",
])
def test_a_seats_holder_before_named_in_full_with_no_acronym(extract, sentence):
    periods = _periods(extract(HEAD + sentence, year=2031))
    before = "british-national-space-centre" if "British" in sentence else "kenya-space-science-institute"
    assert periods[before] == {"from-2007" if "British" in sentence else "from-2012"}


@pytest.mark.parametrize(("text", "count"), [
    ("The UAE Space Agency was admitted as a member in May 2015. It is the first new agency since 2012, when CSIRO "
     "joined, and it brings the number of ISECG members to fifteen.", ("15", "2015-05")),
    ("In March 2029 ISECG admitted the Kenya Space Agency (KSA). With it, membership rose to 31.",
     ("31", "2029-03")),
    ("The Luxembourg Space Agency became the newest member in September 2019; with it the count rose from 14 to 15.",
     ("15", "2019-09")),
    ("The Saudi Space Agency (SSA) was admitted on 20 May 2025 and becomes the group's 27th member.",
     ("27", "2025-05-20")),
])
def test_a_count_dated_by_the_joining_it_follows(extract, text, count):
    counts = _counts(extract(HEAD + text, title="ISECG Annual Report 2031", year=2031))
    assert count in counts
    assert not any(date.startswith("2012") for _, date in counts)  # not the start of a window


def test_a_count_with_a_date_of_its_own_or_in_the_present_keeps_it(extract):
    counts = _counts(extract(HEAD + "The Kenya Space Agency (KSA) joined in March 2029. By the end of 2030 ISECG counted "
                             "33 member agencies.", year=2031))
    assert ("33", "2030-12") in counts and not any(date.startswith("2029") for _, date in counts)
    counts = _counts(extract(HEAD + "The Kenya Space Agency (KSA) joined in March 2029. Today ISECG has 33 member "
                             "agencies.", year=2031))
    assert not any(date.startswith("2029") for _, date in counts)  # now, not when the last one joined
