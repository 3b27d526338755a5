"""Probes for the time between two dated things, round 26 (qa/dated.py, qa/compose.py): the time someone has between
two things ("How many days do speakers have between A and B?"); a second side told of the first's owner by a pronoun
("the launch of the probe and its failure"); a side naming its year ("RoboLunar 2031") dated by a day of that year
before by its name; of one sentence dating two ranks of a series ("Issue 2.1 — approved ... — replaces Issue 2.0 of
..."), the date told after the side's own rank; a timeline entry headed by its date alone; a hyphened word told in two
("early-bird registration"); a body's member named by its rank ("its seventh member") dated by the joining that
brought its member count to that rank.  Written in other wording than the development sets.
Negatives: a question asking what someone has with no "between" asks no time between two things; a pronoun with no
owner told by the first side is left as it is; a heading that is a year alone, or a date among words, dates nothing
of its passage; a question naming one dated thing only, or a rank no sentence dates, gets no time; a rank of another
thing than a member names no member."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from isecg_kg.qa import compose, dated

from .fixtures import answerer_over, words_of


@pytest.mark.parametrize("question, sides", [
    ("How many days do speakers have between the acceptance notice and the early-bird registration deadline?",
     ("the acceptance notice", "the early-bird registration deadline")),
    ("How much time will bidders get between the call and the closing date?", ("the call", "the closing date")),
    # the first side's owner for the second's pronoun
    ("How many weeks passed between the launch of ESA's Kestrel probe and its failure?",
     ("the launch of ESA's Kestrel probe", "the failure of ESA's Kestrel probe")),
    ("How long after the founding of CNES did its first mission fly?",
     ("the founding of CNES", "the first mission fly of CNES")),
    # negatives: a subject pronoun is left to the body the question names
    ("How long after CNES was founded did it join the group?", ("CNES was founded", "it join the group")),
    # negatives: no owner told by the first side, or no pronoun
    ("How long after the workshop did its report appear?", ("the workshop", "its report appear")),
    ("How many days passed between the launch of the probe and the loss of its lander?",
     ("the launch of the probe", "the loss of its lander")),
    # negatives: what someone has, asked with no two ends
    ("How much time do agencies have to answer the call?", None),
    ("How many days does the panel have to review the proposals?", None),
    ("How many days after RoboLunar 2031 ended?", None),
])
def test_the_sides_of_a_time_between(question, sides):
    assert dated.gap_sides(question) == sides


@pytest.mark.parametrize("side, rank", [
    ("it gained its fifteenth member", "fifteenth"),
    ("ISECG admitted its 22nd member agency", "22nd"),
    ("it gain its first new participant", "first"),
    # negatives: a rank of another thing than a member
    ("the fifteenth meeting of its members", None),
    ("its members met for the first time", None),
])
def test_a_member_named_by_its_rank(side, rank):
    m = dated.NTH_JOINER.search(side)
    assert (m.group(0).split()[0] if m else None) == rank


@pytest.mark.parametrize("side, ranks", [
    ("Issue 2.1 of the charter", {2.1}),
    ("Version 1.0 of the procedures", {1}),
    ("the third edition", {3}),
])
def test_a_decimal_rank_is_its_own(side, ranks):
    assert compose._ranks(side) == ranks


@dataclass
class _Doc:
    year: int | None = 2034


@dataclass
class _Hit:
    section: str
    document: _Doc = field(default_factory=_Doc)


@pytest.mark.parametrize("section, start", [
    ("Timeline — 14.11.2034", "2034-11-14"),
    ("Milestones — March 2033", "2033-03"),
    # negatives: a year alone heads a year's account; a date among words is no timeline entry
    ("Timeline — 2034", None),
    ("Report — Meeting of 14 November 2034", None),
    ("Chair and governance", None),
])
def test_a_timeline_entry_headed_by_its_date(section, start):
    found = compose._heading_date(_Hit(section))
    assert (found[0].start if found else None) == start


DOCUMENTS = {
    "robolunar-2031-report.md": """# RoboLunar 2031 conference report

## Background

The RoboLunar 2031 conference was held in Porto from 3 to 6 March 2031 and gathered engineers of nine agencies.

## About this report

The conference secretariat published this report on 10 April 2031 for the participating agencies.
""",
    "surveyor-charter.md": """# Surveyor Alliance charter

## Revision record

Issue 2.1 — approved 3 June 2033 — replaces Issue 2.0 of 1 February 2033

## Purpose

The charter sets out how the alliance partners share lunar survey data.
""",
    "orbiter-factsheet.md": """# Small orbiter factsheet 2032

| Orbiter | Agency | Record |
|---|---|---|
| Kestrel orbiter | KASA | Launched 4 May 2032; failed in its transfer orbit on 19 May 2032 |
| Heron orbiter | UKSA | Launched 9 September 2032; still operating |
""",
    "alliance-bulletin-2035.md": """# Surveyor Alliance bulletin, January 2035

## Planning

The third survey plan of the Surveyor Alliance was issued on 2 February 2034.

## Timeline

### 14.11.2034

Chair passes from KARI to UKSA.

### 02.12.2034

First data exchange with the new archive.
""",
    "survey-forum-news-2037.md": """# Lunar Survey Forum news, 2037

## Membership

The Lunar Survey Forum was set up in 2031 by six space agencies.

In March 2036 the Norwegian Space Agency (NOSA) joined the Lunar Survey Forum, becoming its seventh member.
""",
    "summer-school-call-2036.md": """# Summer school on lunar logistics, call for speakers 2036

## Key dates

| Step | Deadline |
|---|---|
| Abstracts due | 6 May 2036 |
| Acceptance notice | 3 June 2036 |
| Early-bird registration | 1 July 2036 |
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("durations26"))


@pytest.mark.slow
@pytest.mark.parametrize("question, said", [
    # the day the conference ended, not the year of its name
    ("How many days after the end of RoboLunar 2031 was the conference report published?", "35 days"),
    # the date told after each side's own issue
    ("How long after Issue 2.0 was Issue 2.1 of the Surveyor Alliance charter approved?", "122 days"),
    # the failure of the Kestrel orbiter
    ("How many days passed between the launch of the Kestrel orbiter and its failure?", "15 days"),
    # a timeline entry dated by its heading
    ("How long after the third survey plan did the chair pass from KARI to UKSA?", "nine months"),
    # a member named by its rank
    ("How many years after the Lunar Survey Forum was set up did it gain its seventh member?", "five years"),
    # what the speakers have between two rows of a table
    ("How many days do speakers have between the acceptance notice and the early-bird registration deadline?",
     "28 days"),
])
def test_the_time_between_two_dated_things(answerer, question, said):
    answer = answerer.answer(question)["answer"] or ""
    assert words_of(said) in words_of(answer), answer


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    # a rank no sentence dates
    "How long after Issue 1.0 was Issue 2.1 of the Surveyor Alliance charter approved?",
    # one dated thing only
    "How many days after RoboLunar 2031 ended?",
    # a rank of member no count reached
    "How many years after the Lunar Survey Forum was set up did it gain its ninth member?",
])
def test_no_time_between_what_is_not_dated(answerer, question):
    response = answerer.answer(question)
    assert response["shape"] not in ("passage_span", "gap"), response["answer"]
