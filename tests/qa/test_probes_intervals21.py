"""Probes for the time between two dated things and which came first, in other wording than the development sets: a
side named in the answer as briefly as its words allow ("the Kestrel launch"), the date its deed's verb stands before
("who approved it in May"), an event of the graph not taken for a side of another rank, a deed of making a body told
by any verb of making ("the founding of the agency": "was established"), the saying of a plan dated as done ("announced
that it would"), a year against a month not counted, years counted from year to year told as such; and on a small
corpus: sides told only by a passage the whole question finds, a season's meeting, a month against a date.

Negatives: a side of several words keeps its words; a plan told in the date's own clause dates nothing; an event of
another rank is no side; a sentence without a verb of making does not tell a founding."""

from __future__ import annotations

import pytest

from isecg_kg.kg.dates import find_dates
from isecg_kg.qa import compose, dated
from isecg_kg.qa.sentences import clause_of

from .fixtures import answerer_over, words_of


@pytest.mark.parametrize("side, expected", [
    ("the launch of the Kestrel satellite from Kourou", "the Kestrel launch"),
    ("the renaming of the Orion programme", "the Orion renaming"),
    ("the publication of the surface power study for polar sites", "the surface power study"),
    ("NOSA's autumn plenary", "the autumn plenary"),
    ("the council's spring session", "the spring session"),
    # several words, or no deed: as asked
    ("the signature of the Kiruna Test Site Agreement", "the signature of the Kiruna Test Site Agreement"),
    ("the Swiss Space Office joining the group", "the Swiss Space Office joining the group"),
    ("the Bremen workshop", "the Bremen workshop"),
])
def test_a_side_as_the_answer_names_it(side, expected):
    assert dated.side_named(side) == expected


@pytest.mark.parametrize("sentence, event, expected", [
    ("The panel wrote the charter between February and April 2033 and sent it to the council, who approved it in "
     "June 2033.", "approval", "2033-06"),
    # no verb of the deed before either date: the one the side's words stand before
    ("The panel wrote the charter between February and April 2033 and sent it to the council in June 2033.",
     "approval", "2033-04"),
])
def test_the_date_the_deeds_verb_stands_before(sentence, event, expected):
    found = find_dates(sentence, default_year=2033)
    assert compose._nearest(found, sentence, {"charter", "panel", "council"}, event) == expected


ROWS = [{"x": x, "label": label, "date": date, "end": None, "place": None, "host": None, "passage0": None,
         "sentence0": None} for x, label, date in (("e1", "Release of the first edition of the Lunar Plan", "2029-04"),
                                                   ("e2", "Lunar Plan supplement released", "2034-02"))]


@pytest.mark.parametrize("side, expected", [
    ("the first Lunar Plan edition", "e1"),
    # another rank than the event's: no event of the graph
    ("the second Lunar Plan edition", None),
])
def test_an_event_of_another_rank_is_no_side(side, expected):
    found = dated.side_event(ROWS, side)
    assert (found and found["x"]) == expected


@pytest.mark.parametrize("sentence, deed, told", [
    ("The office was set up as an agency and formally established on 4 March 2032.", "creation", True),
    ("NOSA was founded in 2031.", "establishment", True),
    ("The agency was created by law in 2030.", "founding", True),
    ("The agency signed the accord in 2030.", "creation", False),
])
def test_a_deed_of_making_told_by_any_verb_of_making(sentence, deed, told):
    assert compose.has_verb(sentence, deed, 4) is told


@pytest.mark.parametrize("sentence, date, plan", [
    ("On 3 April 2031 Japan announced that it would send a rover to the south pole by 2035.", "3 April 2031", False),
    # the plan in the date's own clause
    ("Japan said in April 2031 it would send a rover.", "April 2031", True),
])
def test_a_plan_said_is_its_own_clause(sentence, date, plan):
    at = sentence.index(date)
    assert bool(compose.NOT_DONE.search(clause_of(sentence, (at, at + len(date))))) is plan


def test_years_counted_from_year_to_year_say_which():
    assert dated.span_words("2027-03", "2033", None) == ("six years", "six years (2027 to 2033)")
    assert dated.span_words("2027-03", "2029-05", None)[0] == "26 months"


def test_a_year_against_a_month_is_no_time_between_documents():
    rows = [{"doc": "d1", "issued": "2027-03", "title": "Plan", "passage0": None},
            {"doc": "d2", "issued": "2029", "title": "Supplement", "passage0": None}]
    assert dated.gap(rows, ["d1", "d2"]) is None
    rows[1]["issued"] = "2029-05"
    assert dated.gap(rows, ["d1", "d2"]).short == "26 months"


DOCUMENTS = {
    "nosa-bulletin-2032.md": """# NOSA Bulletin, autumn 2032

## A new agency

The Nordic Orbital Science Agency (NOSA) now speaks for the region in the exploration group. The agency was
established on 14 August 2032 as the Nordic countries' joint orbital science body, and it took over the seat of the old
space council.

## The group's year

The group had held its summer meeting in Tromsø on 2–3 June, with 19 agencies represented. On 11 January 2032
Norway announced that it would build a lunar relay satellite by 2036. The relay team met on March 22–24, 2032, in
Bergen to draft its design.
""",
    "relay-plan-2033.md": """# Relay plan update

*Published 9 May 2033*

Delegates from twelve agencies reviewed relay services, cargo landers, rovers, surface power, communications,
navigation, crew training, lunar dust, habitats, sample return and science instruments, and they agreed the outline of
a third edition of the Lunar Relay Plan, to be published in 2037. The second edition, the last full one, was released
in November 2029.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("intervals21"))


@pytest.mark.slow
@pytest.mark.parametrize("question, said", [
    ("Which came first in 2032: the creation of the Nordic Orbital Science Agency or the group's summer meeting?",
     "the summer meeting"),
    ("How long after Norway's announcement of January 2032 did the relay team meet?", "71 days"),
    ("How many years separate the second edition of the Lunar Relay Plan from the planned third edition?",
     "eight years (2029 to 2037)"),
])
def test_sides_dated_by_sentences(answerer, question, said):
    answer = answerer.answer(question)["answer"] or ""
    assert words_of(said) in words_of(answer)
