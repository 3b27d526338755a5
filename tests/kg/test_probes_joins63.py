"""Round 63 probes of joinings listed after a counted subject and a colon, with no body named ("Since then, three
agencies have joined: the Luxembourg Space Agency in 2035, then ...", kg/rules_org: the first of the list is no body
the others joined), and of a year said in words after a preposition, as a transcript writes speech ("in the autumn of
twenty thirty-five", kg/dates.YEAR_WORDS_RE). Negatives: "X joined the Y" still makes X a member of the body named
right after the verb; a count in words after "in" is no year. Written in wordings of our own, not copied from the
development sets."""

from __future__ import annotations

import pytest

from isecg_kg.kg.dates import find_dates

from .test_extract_temporal import _periods

HEAD = "ISECG Bulletin 2036\nThe International Space Exploration Coordination Group (ISECG) met in Lima.\n"


@pytest.mark.parametrize("text", [
    "Since the fourth edition came out, three agencies have joined: the Luxembourg Space Agency in 2035, then the "
    "Polish Space Agency in 2036.",
    "Since the fourth edition came out, three agencies have joined: the Luxembourg Space Agency in the autumn of "
    "twenty thirty-five, then the Polish Space Agency in twenty thirty-six.",
])
def test_listed_joinings_are_of_the_documents_body(extract, text):
    periods = _periods(extract(HEAD + text + "\n", title="ISECG Bulletin 2036", year=2036))
    assert any(p.startswith("from-") and "2035" in p for p in periods.get("lsa", set())), periods
    assert "from-2036" in periods.get("polsa", set()), periods
    assert not any(k.endswith("-lsa") for k in periods), periods


def test_a_body_named_after_the_verb_is_still_the_body(extract):
    periods = _periods(extract(HEAD + "The Polish Space Agency joined ISECG in 2036.\n", title="ISECG Bulletin 2036",
                               year=2036))
    assert "from-2036" in periods.get("polsa", set()), periods


@pytest.mark.parametrize("text, year", [("set up in two thousand and seven", "2007"),
                                        ("since twenty nineteen", "2019"),
                                        ("in the spring of twenty thirty-six", "2036")])
def test_years_in_words_after_a_preposition(text, year):
    assert [d.start for d in find_dates(text)] == [year]


@pytest.mark.parametrize("text", ["in twenty member agencies", "of nineteen agencies", "from twenty countries"])
def test_counts_in_words_are_no_years(text):
    assert find_dates(text) == []


def test_counted_joinings_listed_after_a_comma(extract):
    periods = _periods(extract(HEAD + "2036. Two agencies joined this year, the Luxembourg Space Agency (LSA) and the "
                                      "Polish Space Agency (POLSA).\n", title="ISECG Bulletin 2036", year=2036))
    assert "from-2036" in periods.get("lsa", set()) and "from-2036" in periods.get("polsa", set()), periods


def test_counted_joining_then_a_clause_lists_no_one(extract):
    periods = _periods(extract(HEAD + "Two agencies joined in 2036, bringing the total to 20; ESA hosted the meeting.\n",
                               title="ISECG Bulletin 2036", year=2036))
    assert "esa" not in periods, periods


@pytest.mark.parametrize("text", [
    "2036 — a wave. Two agencies came in during 2036: the Luxembourg Space Agency (LSA) and the Polish Space Agency "
    "(POLSA).",
    "2036. Membership rose by two with the arrival of Poland's space agency POLSA and the Luxembourg Space Agency "
    "(LSA).",
])
def test_joinings_told_as_coming_in_or_arriving(extract, text):
    periods = _periods(extract("ISECG in figures 2037\nHow the membership grew\n" + text + "\n",
                               title="ISECG in figures 2037", year=2037))
    assert "from-2036" in periods.get("lsa", set()) and "from-2036" in periods.get("polsa", set()), periods


@pytest.mark.parametrize("text", [
    "The first replies from ESA came in during 2036, after the meeting.",
    "The arrival of the delegates from ESA was delayed by a storm.",
])
def test_replies_and_delegates_arriving_are_no_joinings(extract, text):
    periods = _periods(extract(HEAD + text + "\n", title="ISECG Bulletin 2036", year=2036))
    assert "esa" not in periods, periods


# A year told from the document's own ("this year", "last year", "next year": kg/dates.RELATIVE_YEAR_RE, with the
# default year a rule gives), and members coordinated before the date they share (kg/rules_org._own_date).
def test_listed_joinings_of_this_year_and_last(extract):
    periods = _periods(extract(HEAD + "Since the fourth edition came out, in January of last year, three agencies have "
                                      "joined: the Luxembourg Space Agency in the autumn of 2035, then the Polish Space "
                                      "Agency and the Romanian Space Agency in the spring of this year.\n",
                               title="ISECG Bulletin 2036", year=2036))
    assert any("2035" in p for p in periods.get("lsa", set())), periods
    assert any("2036" in p for p in periods.get("polsa", set())), periods
    assert any("2036" in p for p in periods.get("rosa", set())), periods


@pytest.mark.parametrize("text, year, found", [("in the spring of this year", 2036, "2036"),
                                               ("in January of last year", 2036, "2035-01"),
                                               ("in March next year", 2036, "2037-03")])
def test_relative_years_with_the_texts_own(text, year, found):
    assert [d.start for d in find_dates(text, default_year=year)] == [found]


@pytest.mark.parametrize("text", ["the following year", "this year ISECG met twice", "in the past year",
                                  "a Decision next year"])
def test_no_relative_year_without_its_preposition(text):
    assert find_dates(text, default_year=2036) == []
