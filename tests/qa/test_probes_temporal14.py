"""Temporal probes of round 14, in other wording than the development sets l..q.

A chair handover asked "to X" (or taking over "from X"): the handover between the two holders named, not the
holder's last handover to someone else; none when the documents tell of no such handover.  "Which came first": two
events the graph dates, each the one event its words and place name; a side's own date (a deed named by its noun is
not dated by the document telling it, nor a workshop "at ESTEC" by a sentence of another place); "the first <title>"
is that edition, not a later update; "..., and by how much?" told with the order."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated
from .fixtures import answerer_over
from .test_dated import B, NAMES, _membership, _small_store, question, rows


def _two_terms(tmp_path):
    # CC chairs twice: from March 2011, handing over to DD in October 2012; again from 2020, handing over to EE in
    # April 2021 (its last handover)
    return _small_store(tmp_path, "".join([
        _membership("t-cc1", "cc", label="from 2011-03", start="2011-03", chair=True, sentence="CC took the chair"),
        _membership("t-cc1-end", "cc", label="until 2012-10", end="2012-10", chair=True,
                    sentence="In October 2012 CC passed the chair to DD"),
        _membership("t-dd", "dd", label="from 2012-10", start="2012-10", chair=True,
                    sentence="In October 2012 CC passed the chair to DD"),
        _membership("t-cc2", "cc", label="from 2020-01", start="2020-01", chair=True, sentence="CC chairs again"),
        _membership("t-cc2-end", "cc", label="until 2021-04", end="2021-04", chair=True,
                    sentence="CC handed the chair to EE in April 2021"),
        _membership("t-ee", "ee", label="from 2021-04", start="2021-04", chair=True,
                    sentence="CC handed the chair to EE in April 2021")]))


@pytest.mark.parametrize("text, expected", [
    ("When did CC hand the XF chair over to DD?", "October 2012"),
    ("In which month did CC pass the chair of XF to DD?", "October 2012"),
    ("When did CC hand the XF chair over to EE?", "April 2021"),
    ("When did EE take over the XF chair from CC?", "April 2021"),
    # no one named: the holder's last handover
    ("When did CC hand over the XF chair?", "April 2021"),
])
def test_a_handover_to_the_holder_named(tmp_path, text, expected):
    plan = dated.plan(question(text), NAMES)
    assert plan.compose(rows(_two_terms(tmp_path), plan.sparql)).short == expected


@pytest.mark.parametrize("text", ["When did CC hand the XF chair over to AA?", "When did DD take over the XF chair from EE?"])
def test_no_handover_between_the_two_named_is_no_answer(tmp_path, text):
    # CC never handed the chair to AA; DD took it from CC: another handover is not the one asked
    plan = dated.plan(question(text), NAMES)
    assert plan is None or plan.compose(rows(_two_terms(tmp_path), plan.sparql)) is None


# -- which came first ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Which was held first: the spring plenary or the autumn workshop?", ["the spring plenary", "the autumn workshop"]),
    # a second question asking by how much is no part of a side
    ("Which came first, the Kourou seminar or the second cargo charter, and by how much?",
     ["the Kourou seminar", "the second cargo charter"]),
    ("Which came first: the Oslo review or the Lima summit, and how many months before?",
     ["the Oslo review", "the Lima summit"]),
])
def test_the_two_sides_compared(text, expected):
    assert dated.sides(text) == expected


def test_by_how_much_is_told_only_when_asked():
    asked = "Which came first, A or B, and by how much?"
    assert dated.by_how_much(asked, "2018-01", "2019-01", last=False) == ", one year earlier"
    assert dated.by_how_much(asked, "2020-03-02", "2020-03-16", last=True) == ", 14 days later"
    assert dated.by_how_much("Which came first, A or B?", "2018-01", "2019-01", last=False) == ""


def test_a_rank_before_a_title_names_that_edition():
    from isecg_kg.qa.answerer import _numbered
    assert _numbered("the first ISECG Technology Gap Assessment") == 1
    assert _numbered("Second Harbor Logistics Review") == 2
    # a rank of something else than a titled work
    assert _numbered("the first crewed landing") is None
    assert _numbered("the Lisbon plenary") is None


def test_a_place_given_by_an_acronym_must_be_told():
    from isecg_kg.qa.compose import place_names
    assert "estec" in place_names("the architecture workshop at ESTEC")
    assert "kscc" in place_names("the review held in KSCC")
    assert place_names("the ESA workshop") == set()  # an agency named, no place


EVENTS = "".join(
    f'<{B}id/event/{slug}> a schema:Event ; skos:prefLabel "{label}" ; schema:startDate "{day}"^^xsd:date'
    + (f' ; schema:location <{B}id/place/{place.lower()}> .\n<{B}id/place/{place.lower()}> skos:prefLabel "{place}"'
       if place else "") + " .\n"
    for slug, label, day, place in [
        ("e1", "Cargo Working Group (CWG) plenary", "2031-05-20", "Lisbon"),
        ("e2", "Cargo Working Group (CWG) plenary", "2031-09-02", "Oslo"),
        ("e3", "Logistics Roadmap Working Group meeting", "2031-02-11", "Noordwijk"),
        ("e4", "Forum senior managers meeting", "2032-03-01", None)])


@pytest.mark.parametrize("text, expected", [
    ("Which came first in 2031: the CWG plenary in Lisbon or the Logistics Roadmap Working Group meeting?",
     "the Logistics Roadmap Working Group meeting (11 February 2031)"),
    ("Which was held later: the Cargo Working Group plenary in Oslo or the CWG plenary in Lisbon?",
     "the Cargo Working Group plenary in Oslo (2 September 2031)"),
    ("Which came first, the senior managers meeting or the CWG plenary in Oslo, and by how much?",
     "the CWG plenary in Oslo (2 September 2031), six months earlier"),
])
def test_which_of_two_events_came_first(tmp_path, text, expected):
    q = question(text)
    plan = dated.events_first(dated.sides(text), next(iter(q.years), None), last=dated.latest_asked(text),
                              question=text)
    assert plan.compose(rows(_small_store(tmp_path, EVENTS), plan.sparql)).short == expected


@pytest.mark.parametrize("text", [
    # the place named is no plenary's: another plenary is not the one asked
    "Which came first: the CWG plenary in Madrid or the Logistics Roadmap Working Group meeting?",
    # two plenaries as good as each other: which one is not known
    "Which came first: the CWG plenary or the Logistics Roadmap Working Group meeting?",
    # a side that is no event the graph dates
    "Which came first: the renaming of the cargo agency or the CWG plenary in Lisbon?",
])
def test_a_side_no_one_event_tells_is_no_answer(tmp_path, text):
    plan = dated.events_first(dated.sides(text), None, last=False, question=text)
    assert plan.compose(rows(_small_store(tmp_path, EVENTS), plan.sparql)) is None


REVIEW = """# Kestrel Review Team report

*Kestrel Review Team · December 2031*

Prepared by the Kestrel Review Team, December 2031.

## How the team worked

The Kestrel review team was formed on 4 May 2031 and met eight times by video link.
The Oslo seminar on cargo standards took place on 2 September 2031.
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    return answerer_over({"kestrel-review-team-report-2031.md": REVIEW}, tmp_path_factory.mktemp("temporal14"))


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Which happened later: the formation of the Kestrel Review Team or the Oslo seminar?",
                                  "Which came last, the Oslo seminar on cargo standards or the formation of the "
                                  "Kestrel Review Team?"])
def test_a_deed_is_dated_by_the_sentence_telling_it(review, text):
    # formed in May, the seminar in September: not the team's report of December
    said = review.answer(text)["short_answer"] or ""
    assert "Oslo" in said and "Kestrel" not in said


@pytest.mark.slow
def test_a_deed_no_sentence_tells_is_not_dated_by_its_document(review):
    said = review.answer("Which came first: the dissolution of the Kestrel Review Team or the Oslo seminar?")
    assert "December 2031" not in (said["answer"] or "")
