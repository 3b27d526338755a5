"""Probes for times told from another time: a date told from the one before it ("approved on 30 June and released
the following month"), the time from the end of one event of the graph to another ("How soon after the end of the
Lisbon meeting was the second Congress held?"), an event named by its rank among those named alike ("the second
Congress"). Negatives: the deed told at the first date keeps it; a rank beyond those named alike names none; a side
no event of the graph tells gives no time."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated
from isecg_kg.qa.sentences import short_answer


@pytest.mark.parametrize("question, sentence, expected", [
    ("In which month was the roadmap published?",
     "The roadmap was endorsed by the heads of agency on 12 November 2030 and published the following month.",
     "December 2030"),
    ("When did the delegates visit the launch site?",
     "The plenary closed on 14 May 2031; the delegates visited the launch site two days later.", "16 May 2031"),
    ("In which year was the station's second module launched?",
     "The first module was launched in 2034 and the second module the following year.", "2035"),
    ("When was the review completed?",
     "Work on the review started on 3 February 2031 and it was completed six weeks later.", "17 March 2031"),
])
def test_a_date_told_from_the_one_before_it(question, sentence, expected):
    assert short_answer(question, sentence, []) == expected


@pytest.mark.parametrize("question, sentence, expected", [
    # the deed of the first date is asked: its own date
    ("When was the roadmap endorsed?",
     "The roadmap was endorsed by the heads of agency on 12 November 2030 and published the following month.",
     "12 November 2030"),
    # a day later than a month is no day
    ("When did the delegates visit the launch site?",
     "The plenary was held in May 2031; the delegates visited the launch site two days later.", "May 2031"),
])
def test_a_date_not_moved(question, sentence, expected):
    assert short_answer(question, sentence, []) == expected


def _events(*rows: tuple[str, str, str, str | None, str, str]) -> list[dict]:
    return [{"x": x, "label": label, "date": date, "end": end, "place": place, "host": host, "passage0": None,
             "sentence0": None} for x, label, date, end, place, host in rows]


ROWS = _events(("e1", "Heads of agency meeting, Lisbon, May 2031", "2031-05-12", "2031-05-14", "Lisbon", "Portugal Space"),
               ("e2", "Lunar Exploration Congress", "2029-10-02", None, "Kyoto", "JAXA"),
               ("e3", "Lunar Exploration Congress", "2031-05-20", None, "Lisbon", "Portugal Space"),
               ("e4", "Technology working group plenary", "2031-09-08", "2031-09-10", "Bremen", "DLR"))


@pytest.mark.parametrize("question, expected", [
    ("How soon after the end of the Lisbon heads of agency meeting was the second Lunar Exploration Congress held?",
     "six days later"),
    ("How many days after the Lisbon heads of agency meeting did the second Lunar Exploration Congress open?",
     "eight days later"),
    ("How long after the first Lunar Exploration Congress was the technology working group plenary held?",
     "23 months later"),
])
def test_the_time_from_one_event_to_another(question, expected):
    composed = dated.events_gap(dated.gap_sides(question), None, question=question).compose(ROWS)
    assert composed is not None and composed.short == expected


@pytest.mark.parametrize("question", [
    # a third congress the graph does not name
    "How soon after the end of the Lisbon heads of agency meeting was the third Lunar Exploration Congress held?",
    # no event tells "Mars"
    "How long after the Mars workshop was the technology working group plenary held?",
    # the second event before the first: no time "after"
    "How soon after the technology working group plenary was the first Lunar Exploration Congress held?",
])
def test_no_time_between_events_not_told(question):
    assert dated.events_gap(dated.gap_sides(question), None, question=question).compose(ROWS) is None


@pytest.mark.parametrize("question, year", [
    ("Which came first in 2031: the opening of the Kiruna test site or the signing of the rover agreement?", "2031"),
    ("In 2029, was the lander selected before or after the crew was named?", "2029"),
    # a year a side names is that side's, not a frame
    ("Which came first: the 2030 roadmap or the opening of the Kiruna test site?", None),
    ("Which came first, the 2029 plenary or the 2031 workshop?", None),
])
def test_the_year_a_question_sets_both_sides_in(question, year):
    assert dated.framed_year(question, dated.sides(question) or []) == year


def test_a_document_of_another_year_than_the_frame_answers_nothing():
    rows = [{"doc": "d1", "issued": "2028-07", "title": "Kiruna test site plan", "passage0": None},
            {"doc": "d2", "issued": "2031-11", "title": "Rover agreement", "passage0": None}]
    assert dated.first_of(rows, ["d1", "d2"], year="2031") is None
    assert dated.first_of(rows, ["d1", "d2"]).short == "Kiruna test site plan (July 2028)"


@pytest.mark.parametrize("side, expected", [
    ("the Lisbon heads of agency meeting", "e1"),
    ("the second Lunar Exploration Congress", "e3"),
    ("the technology working group plenary in Bremen", "e4"),
    # none: a place no event of the name has, a name no event tells
    ("the technology working group plenary in Kyoto", None),
    ("the Mars workshop", None),
])
def test_the_event_a_side_names(side, expected):
    found = dated.side_event(ROWS, side)
    assert (found and found["x"]) == expected


@pytest.mark.parametrize("a, b, expected", [
    ("2010-07", "2010-11-09", "before: A (July 2010), before B (9 November 2010)"),
    ("2031-06", "2031-05-20", "after: A (June 2031), after B (20 May 2031)"),
])
def test_before_or_after_says_the_first_sides_place(a, b, expected):
    assert dated.before_or_after(["A", "B"], a, b) == expected
