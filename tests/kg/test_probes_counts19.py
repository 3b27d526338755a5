"""Round 19 probes of member counts: "With X the group now has N" dated by X's joining when told to the month (else
now); "the N ISECG member agencies" (the body's acronym qualifying them all) at the date of the gathering told after
it; the strategy or framework the body grew out of, made by N agencies: the founders' count at its date."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts

HEAD = "ISECG Bulletin 2031\nIssued October 2031\nThe International Space Exploration Coordination Group (ISECG) met twice.\n"


def _extract(extract, text):
    return _counts(extract(HEAD + text, title="ISECG Bulletin 2031", year=2031))


def test_now_has_dated_by_a_joining_told_to_the_day(extract):
    counts = _extract(extract, "The Kenya Space Agency (KSA) was admitted to ISECG on 4 March 2031. With KSA, ISECG now "
                               "counts thirty-one member agencies.")
    assert ("31", "2031-03-04") in counts


def test_now_has_with_a_joining_told_by_year_only_is_now(extract):
    counts = _extract(extract, "The Kenya Space Agency (KSA) joined ISECG in 2031. With KSA the group now has 31 members.")
    assert ("31", "2031-10") in counts


@pytest.mark.parametrize(("text", "count"), [
    ("The charter was approved by the sixteen ISECG member agencies at the plenary meeting of 12 May 2031.",
     ("16", "2031-05-12")),
    ("A survey form went to all 29 ISECG participating agencies in February 2031.", ("29", "2031-02")),
])
def test_the_bodys_agencies_all_counted(extract, text, count):
    assert count in _extract(extract, text)


@pytest.mark.parametrize("text", [
    "The roadmap was reviewed by the nine ISECG member agencies that lead a lunar element.",
    "Eleven of the sixteen ISECG member agencies answered the survey in March 2031.",
])
def test_some_of_the_bodys_agencies_are_no_count(extract, text):
    assert not any(n in ("9", "11") for n, _ in _extract(extract, text))


@pytest.mark.parametrize(("text", "count"), [
    ("ISECG grew out of the Exploration Cooperation Framework, signed in April 2006 by twelve space agencies.",
     ("12", "2006-04")),
    ("The Common Strategy, adopted by 13 agencies in June 2006, called for a coordination forum.", ("13", "2006-06")),
    ("Set up 2006, after the release of the common framework by thirteen agencies.", ("13", "2006")),
    ("ISECG grew out of the Exploration Framework, which twelve agencies agreed in April 2006.", ("12", "2006-04")),
])
def test_the_framework_the_body_grew_out_of_counts_its_founders(extract, text, count):
    assert count in _extract(extract, text)


@pytest.mark.parametrize("text", [
    "The second roadmap, a framework for planning, was prepared by 12 agencies in August 2013.",
    "The strategy paper was drafted by eleven agencies in 2030.",
    "The technology report, published in 2030 by nine agencies, sets out a framework.",
])
def test_a_roadmap_or_report_made_by_agencies_is_no_count(extract, text):
    assert not any(n in ("9", "11", "12") for n, _ in _extract(extract, text))
