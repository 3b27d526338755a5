"""Probes for how long something lasted or how long after, round 22 (qa/dated.py, qa/compose.py): a side told by a
verb of ending after it ("after the Lisbon symposium ended") counted from the last day of its dates; a time said with
its two ends as precisely as each is known ("4 March 2031 to 20 October 2040"), years counted from year to year by
their years; the term a chair question asks by "for the first time" or "first term" (the holder's first, not its
last).  Written in other wording than the development sets.
Negatives: a verb of ending inside a side ("the closed session of the symposium") tells no end; "for the first time"
asked of no chair's term is no first term."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated

from .fixtures import answerer_over, words_of
from .test_dated import _answered, _membership, _small_store


@pytest.mark.parametrize("side, ended", [
    ("the Lisbon symposium ended", True),
    ("the review had closed", True),
    ("the end of the Lisbon symposium", True),
    ("the study concluded", True),
    # negatives: no verb of ending after what ended
    ("the closed session of the Lisbon symposium", False),
    ("the endorsement of the charter", False),
    ("the Lisbon symposium", False),
])
def test_a_side_told_by_its_end(side, ended):
    assert bool(dated.SIDE_END.search(side)) is ended


def test_the_words_of_a_side_told_by_its_end():
    assert dated.unended("the Lisbon symposium ended").split() == ["the", "Lisbon", "symposium"]


@pytest.mark.parametrize("a, b, unit, said", [
    ("2031-03-04", "2040-10-10", None, "about nine and a half years (4 March 2031 to 10 October 2040, 9 years and 7 months"),
    ("2036-02-11", "2036-04-06", None, "two months (11 February 2036 to 6 April 2036, 55 days)"),
    # years counted from year to year: by their years
    ("2031", "2039", "year", "eight years (2031 to 2039)"),
])
def test_a_time_said_with_its_two_ends(a, b, unit, said):
    assert said in dated.span_words(a, b, unit)[1]


@pytest.mark.parametrize("question, first", [
    ("How long did CSA chair the group before the chair rotated for the first time?", True),
    ("How long did CSA's first term as chair last?", True),
    ("How long did CSA hold the chair until the first handover?", True),
    # negatives
    ("How long did CSA chair the group?", False),
    ("How long after CSA first took the chair did ESA join?", False),
])
def test_a_first_term_asked(question, first):
    assert bool(dated.FIRST_TERM.search(question)) is first


DOCUMENTS = {
    "lisbon-symposium-2036.md": """# Lunar Logistics Symposium, Lisbon, 9–11 February 2036

## Summary

The Lunar Logistics Symposium took place in Lisbon, 9–11 February 2036: delegates from eleven agencies compared
cargo lander plans.

## Report

The report was published on 6 April 2036 after review by all delegations.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("durations22"))


@pytest.mark.slow
@pytest.mark.parametrize("question, said", [
    # counted from the symposium's last day, not its first
    ("How long after the Lisbon symposium ended was its report published?", "55 days"),
    ("How long after the Lisbon symposium began was its report published?", "57 days"),
])
def test_counted_from_the_end_asked(answerer, question, said):
    answer = answerer.answer(question)["answer"] or ""
    assert words_of(said) in words_of(answer), answer


def test_a_first_term_and_its_months(tmp_path):
    # DD chaired from November 2031 to 2 July 2033 (its first term), then again from 1 May 2036, with no end yet
    store = _small_store(tmp_path, "".join([
        _membership("f-dd", "dd", label="from 2031-11", start="2031-11", chair=True, sentence="DD has chaired XF since"),
        _membership("f-dd-end", "dd", label="until 2033-07-02", end="2033-07-02", chair=True,
                    sentence="the chair passed from DD to EE on 2 July 2033"),
        _membership("f-ee", "ee", label="from 2033-07-02", start="2033-07-02", chair=True,
                    sentence="the chair passed from DD to EE on 2 July 2033"),
        _membership("f-ee-end", "ee", label="until 2036-05-01", end="2036-05-01", chair=True,
                    sentence="EE handed the chair back to DD on 1 May 2036"),
        _membership("f-dd2", "dd", label="from 2036-05-01", start="2036-05-01", chair=True,
                    sentence="EE handed the chair back to DD on 1 May 2036")]))
    answer = _answered(store, "How long did DD hold the XF chair before it rotated for the first time?")
    # under two years and not within a month of whole years: months, about as many as a month against a day tells
    assert answer.short == "about 20 months" and "from November 2031 to 2 July 2033" in answer.text
    # its last term, still running: no length
    assert _answered(store, "How long did DD hold the XF chair?") is None


def test_a_term_within_a_month_of_whole_years_is_said_in_years(tmp_path):
    # DD chaired from October 2041 to 28 September 2043: 23 months, about two years
    store = _small_store(tmp_path, "".join([
        _membership("f-dd", "dd", label="from 2041-10", start="2041-10", chair=True, sentence="DD took the chair in"),
        _membership("f-dd-end", "dd", label="until 2043-09-28", end="2043-09-28", chair=True,
                    sentence="DD handed the chair to EE on 28 September 2043"),
        _membership("f-ee", "ee", label="from 2043-09-28", start="2043-09-28", chair=True,
                    sentence="DD handed the chair to EE on 28 September 2043")]))
    answer = _answered(store, "For about how long did DD chair XF?")
    assert answer.short == "about two years" and "(23 months)" in answer.text
