"""Temporal and count probes of round 19, in other wording than the development sets ab, ac, ad, y, z, aa: a side dated
in a sentence whose later clause tells a plan (ab), "how long had A held the chair when B took it over" read as the
term A handed to B (ab), a member count of a period taken as the latest stated in it, as a single count is (ac), and
a passage several of a graph answer's facts were read from shown once in its evidence (ac, y).

Negatives: a plan in the date's own clause still dates nothing, a clause dating a holder's term by another event than
a taking over is no term's end, a term handed to another holder than the one named is not the one asked, and two
counts stated for the same date leave the difference unsaid."""

from __future__ import annotations

import pytest

from types import SimpleNamespace

from isecg_kg.qa import dated
from isecg_kg.qa.answerer import _first_then
from isecg_kg.qa.sentences import clause_of
from .fixtures import answerer_over
from .test_dated import B, NAMES, _small_store, question, rows
from .test_probes_temporal14 import _two_terms


# -- the clause of a date ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, date, clause", [
    # a verb coordinated with its own auxiliary starts another clause
    ("The Kestrel probe reached Ceres on 3 June 2031 and has started a survey that mission planners will extend.",
     "3 June 2031", "The Kestrel probe reached Ceres on 3 June 2031"),
    ("The board met in March 2029 but was unable to agree, and will meet again in May.", "March 2029",
     "The board met in March 2029"),
    # "and" between two nouns ends nothing
    ("The Vega and Altair workshops will be held in Porto in April 2032.", "April 2032",
     "The Vega and Altair workshops will be held in Porto in April 2032."),
])
def test_the_clause_of_a_date(sentence, date, clause):
    at = sentence.index(date)
    assert clause_of(sentence, (at, at + len(date))) == clause


NOTES = """# Outer Planets Forum chronicle 2031

The Vega workshop of the Outer Planets Forum took place in Porto on 9 June 2031.
Since then the Kestrel probe, launched in 2029, landed on Ceres on 3 June 2031 and has started a survey that mission
planners will extend into 2033.
The Altair review will be held in Lyon on 2 June 2031, a week before the Vega workshop.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over({"outer-planets-chronicle-2031.md": NOTES}, tmp_path_factory.mktemp("temporal19"))


@pytest.mark.slow
def test_a_date_is_not_a_plan_for_a_plan_told_in_a_later_clause(answerer):
    response = answerer.answer("Which was earlier: the landing of the Kestrel probe on Ceres or the Vega workshop?")
    assert (response["short_answer"] or "").startswith("the Kestrel landing (3 June 2031)")


@pytest.mark.slow
def test_a_plan_in_the_dates_own_clause_dates_nothing(answerer):
    response = answerer.answer("Which happened first: the Altair review or the Vega workshop?")
    assert "Altair review (2 June 2031)" not in (response["answer"] or "")


# -- how long a holder had held the chair when another took it over ----------------------------------------------------

# (CC chairs twice: from March 2011, handing over to DD in October 2012; from 2020, handing over to EE in April 2021)
@pytest.mark.parametrize("text, term", [
    ("For how long had CC held the XF chair when DD took it over?", "from March 2011 to October 2012"),
    ("How long had CC been in the XF chair when it passed the chair on to DD?", "from March 2011 to October 2012"),
    ("For how long had CC held the chair when the XF chair passed to DD?", "from March 2011 to October 2012"),
    ("How long had CC been chairing XF when EE took over?", "from January 2020 to April 2021"),
])
def test_the_term_a_holder_handed_to_the_one_taking_over(tmp_path, text, term):
    plan = dated.plan(question(text), NAMES)
    assert plan is not None, text
    assert term in plan.compose(rows(_two_terms(tmp_path), plan.sparql)).text


def test_a_holder_never_followed_by_the_one_named_has_no_such_term(tmp_path):
    plan = dated.plan(question("For how long had DD held the XF chair when EE took it over?"), NAMES)
    assert plan is None or plan.compose(rows(_two_terms(tmp_path), plan.sparql)) is None


def test_a_clause_of_another_event_is_no_end_of_the_term():
    assert dated.plan(question("For how long had EE held the XF chair when the Oslo plenary opened?"), NAMES) is None


# -- a member count of a period: the latest stated in it ---------------------------------------------------------------

def _counts(tmp_path, *counts):
    return _small_store(tmp_path, "".join(
        f"""<{B}id/org/body> isecg:memberCount <{B}id/count/k{i}> .
        <{B}id/count/k{i}> schema:value {n} ; dcterms:date "{date}"^^xsd:{'date' if len(date) == 10 else 'gYearMonth'} .
        """ for i, (n, date) in enumerate(counts)))


def _difference(store, text):
    sides = dated.compare_counts(question(text), *text.split(" than "))
    return sides.compose(rows(store, sides.sparql))


def test_the_latest_count_stated_in_the_period_asked(tmp_path):
    # "18 in December 2020" (a yearly summary) and "16 on 31 December 2020" (the day's count): the day's
    store = _counts(tmp_path, (18, "2020-12"), (16, "2020-12-31"), (25, "2024-03"))
    answer = _difference(store, "How many more agencies belonged to XF in March 2024 than at the end of 2020?")
    assert answer is not None and answer.short == "9"


def test_two_counts_of_one_date_leave_the_difference_unsaid(tmp_path):
    store = _counts(tmp_path, (18, "2020-12-31"), (16, "2020-12-31"), (25, "2024-03"))
    assert _difference(store, "How many more agencies belonged to XF in March 2024 than at the end of 2020?") is None


# -- the evidence of a graph answer: each passage once -----------------------------------------------------------------

def _hits(*ids):
    return [SimpleNamespace(passage_id=i, sentence=f"{i}-{n}") for n, i in enumerate(ids)]


def test_a_passage_several_facts_were_read_from_is_shown_once():
    # three chair statements of one annual report passage, then a news item's: the search results fill the rest
    sourced, results = _hits("report/1", "report/1", "report/1", "news/3"), _hits("faq/6", "report/1", "faq/2")
    shown = _first_then(sourced, results, 3)
    assert [h.passage_id for h in shown] == ["report/1", "news/3", "faq/6"]
    assert shown[0].sentence == "report/1-0"  # the first fact's sentence stays highlighted


def test_an_answer_resting_on_more_passages_than_asked_shows_them_all():
    shown = _first_then(_hits("a/1", "b/1", "c/1", "d/1"), _hits("e/1"), 3)
    assert [h.passage_id for h in shown] == ["a/1", "b/1", "c/1", "d/1"]
