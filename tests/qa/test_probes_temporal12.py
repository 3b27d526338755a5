"""Temporal probes of round 12, in other wording than the development sets l, m, n: a time told between two things
instead of their dates ("the day before the workshop opened"), a date told as a time after another ("four days
earlier"), and how long a holder chaired when another's chair is stated, at a coarse date, between its start and its
handover."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated
from .fixtures import answerer_over
from .test_dated import NAMES, _membership, _small_store, question, rows

NOTES = """# Cargo Forum notes 2031

The Cargo Forum held its spring plenary in Lisbon on 3 February 2031.
Two weeks after the Lisbon plenary closed, the Forum adopted the cargo charter.
The orbital logistics agreement was signed the day before the Kourou workshop opened, on 9 May 2031.
Three days before the Oslo seminar, the member agencies published a survey of launch sites.
The Selene rover landed on 12 March 2031, and the Halo relay orbiter entered lunar orbit four days earlier.
The Harbor module was delivered in June 2029; its docking adapter followed two months later.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over({"cargo-forum-notes-2031.md": NOTES}, tmp_path_factory.mktemp("temporal12"))


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # the time the sentence tells, whichever side it names first
    ("How long after the Lisbon plenary closed did the Forum adopt the cargo charter?", "two weeks"),
    ("How long before the Kourou workshop opened was the orbital logistics agreement signed?", "one day"),
    # a date told as a time before (after) the date the sentence gives another thing
    ("On what date did the Halo relay orbiter enter lunar orbit?", "8 March 2031"),
    ("When was the docking adapter delivered?", "August 2029"),
    # the date told is the one asked: not moved
    ("On what date did the Selene rover land?", "12 March 2031"),
])
def test_a_time_told_between_two_things(answerer, text, expected):
    assert answerer.answer(text)["short_answer"] == expected


@pytest.mark.slow
def test_a_time_told_between_other_things_is_not_the_one_asked(answerer):
    # "three days before the Oslo seminar" tells of a survey, not of the charter
    said = answerer.answer("How long before the Oslo seminar did the Forum adopt the cargo charter?")["answer"] or ""
    assert "three days" not in said


def _chairs(tmp_path, other: str):
    return _small_store(tmp_path, "".join([
        _membership("h-cc", "cc", label="from 2023-04", start="2023-04", chair=True, sentence="CC took the chair"),
        _membership("h-dd", "dd", label=other, chair=True, sentence="DD chairs the forum"),
        _membership("h-cc-end", "cc", label="until 2024-04-16", end="2024-04-16", chair=True,
                    sentence="CC handed the chair to DD on 16 April 2024"),
        _membership("h-dd-start", "dd", label="from 2024-04-16", start="2024-04-16", chair=True,
                    sentence="CC handed the chair to DD on 16 April 2024")]))


@pytest.mark.parametrize("text", ["For how long had CC chaired XF when it handed the chair to DD?",
                                  "How long did CC hold the XF chair?"])
def test_a_term_runs_past_a_chair_stated_at_a_coarser_date(tmp_path, text):
    # DD stated to chair in 2024 may be after CC's handover of 16 April 2024: CC's term runs from April 2023;
    # a month to a day makes its whole year "about"
    plan = dated.plan(question(text), NAMES)
    answer = plan.compose(rows(_chairs(tmp_path, "2024"), plan.sparql))
    assert answer.short == "about one year" and "from April 2023 to 16 April 2024" in answer.text


def test_a_chair_stated_surely_between_ends_the_term(tmp_path):
    # DD stated to chair in October 2023, before CC's handover: CC's start then is unknown, no length
    plan = dated.plan(question("For how long had CC chaired XF when it handed the chair to DD?"), NAMES)
    assert plan.compose(rows(_chairs(tmp_path, "2023-10"), plan.sparql)) is None


def test_a_chair_last_stated_years_before_the_date_asked_is_not_its_holder(tmp_path):
    # the chair rotates: EE, last stated in March 2020, with no later holder known, holds it a year on, not four
    store = _small_store(tmp_path, "".join([
        _membership("s-dd", "dd", label="from 2018-11", start="2018-11", chair=True, sentence="DD took the chair"),
        _membership("s-ee", "ee", label="2020-03", chair=True, sentence="EE, which chairs the forum, ...")]))
    for text, expected in [("Which agency chaired XF in 2021?", "EE"), ("Which agency chaired XF in 2019?", "DD")]:
        plan = dated.plan(question(text), NAMES)
        assert plan.compose(rows(store, plan.sparql)).short == expected
    for text in ["Which agency chaired XF in 2024?", "Who held the XF chair in March 2023?"]:
        plan = dated.plan(question(text), NAMES)
        assert plan.compose(rows(store, plan.sparql)) is None
