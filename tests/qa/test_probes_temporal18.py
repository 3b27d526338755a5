"""Temporal and cross-document probes of round 18, in other wording than the development sets ab, ac, ad, y, z, aa:
"which came first" between events told by their host and "the one ..." standing for the other side's noun (z),
an event side matched by the word of its name fewest events tell, not by words every event shares (ab), "Which
joined X first, A or B?" answered from sentences when the graph dates no membership (y), "About how many months
after ..." and "How soon after ..." read as a time between two things (ad, ab), a rank side given the other's "of
..." ("the planned fourth edition", ad), and "how many more members were there" counted by the whole of "thirteen of
the fifteen member agencies" (ac).

Negatives: an event missing its side's rarest word is not that event, "the one" with nothing to stand for keeps the
side as asked, a question with no past deed before "first" is no deed to give the sides, and a count asked with a
deed keeps the part."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated
from isecg_kg.qa.sentences import count_in


@pytest.mark.parametrize("question, expected", [
    ("Which came first in 2012: the ISECG meeting hosted by CNES or the one hosted by ISRO?",
     ["the ISECG meeting hosted by CNES", "the ISECG meeting hosted by ISRO"]),
    ("Which happened earlier: the workshop in Lisbon or the one in Oslo?",
     ["the workshop in Lisbon", "the workshop in Oslo"]),
    ("Which came first: the review at ESTEC or the one that JAXA convened?",
     ["the review at ESTEC", "the review that JAXA convened"]),
    # nothing to stand for: as asked
    ("Which came first: the Kestrel launch or the one?", ["the Kestrel launch", "the one"]),
])
def test_the_one_takes_the_other_sides_noun(question, expected):
    assert dated.sides(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("How many years separate the third edition of the Global Exploration Roadmap from the planned fourth edition?",
     ("the third edition of the Global Exploration Roadmap", "the planned fourth edition of the Global Exploration Roadmap")),
    ("How long after the first issue did the revised second issue of the logistics plan appear?",
     ("the first issue of the logistics plan", "the revised second issue of the logistics plan appear")),
    # no noun shared: each side as asked
    ("How many months passed between the launch of Kestrel and the first review?",
     ("the launch of Kestrel", "the first review")),
])
def test_a_rank_side_takes_the_others_of(question, expected):
    assert dated.gap_sides(question) == expected


@pytest.mark.parametrize("question, sides, approximate", [
    ("About how many months after the release of the framework did the first meeting take place?",
     ("the release of the framework", "the first meeting take place"), True),
    ("Roughly how long after the Oslo workshop was the cargo report published?",
     ("the Oslo workshop", "the cargo report published"), True),
    ("How soon after the close of the plenary was the forum held?", ("the close of the plenary", "the forum held"), False),
    ("How long after the launch did the probe land?", ("the launch", "the probe land"), False),
])
def test_an_approximate_or_soon_time_between_is_a_gap(question, sides, approximate):
    assert dated.gap_sides(question) == sides
    assert dated.approximate(question) is approximate


@pytest.mark.parametrize("question, expected", [
    ("Which joined ISECG first, CSIRO or the UAE Space Agency?",
     (["CSIRO joined ISECG", "the UAE Space Agency joined ISECG"], False)),
    ("Which signed the charter later: Norway or Chile?", (["Norway signed the charter", "Chile signed the charter"], True)),
    ("Which one launched a lunar orbiter earlier, ISRO or KARI?",
     (["ISRO launched a lunar orbiter", "KARI launched a lunar orbiter"], False)),
    # no deed in the past before the order, or no two sides
    ("Which agency first flew to the Moon?", None),
    ("Which came first: the plenary or the workshop?", None),
    ("Which joined ISECG first?", None),
])
def test_a_deed_asked_first_is_each_sides(question, expected):
    assert dated.acted_sides(question) == expected


@pytest.mark.parametrize("sentence, whole, expected", [
    ("Thirteen of the fifteen member agencies were represented in person.", True, "fifteen"),
    ("Nine of its 21 member agencies took part remotely.", True, "21"),
    # a deed asked: the part
    ("Thirteen of the fifteen member agencies were represented in person.", False, "Thirteen"),
    ("The group counted 17 member agencies at the end of the year.", True, "17"),
])
def test_a_count_of_what_there_is_takes_the_whole(sentence, whole, expected):
    assert count_in(sentence, {"agenc", "member", "agency"}, whole=whole) == expected


def _events(*rows: tuple[str, str, str, str, str]) -> list[dict]:
    return [{"x": x, "label": label, "date": date, "place": place, "host": host, "passage0": None, "sentence0": None}
            for x, label, date, place, host in rows]


ROWS = _events(("e1", "Coordination meeting", "2031-03-04", "Lisbon", "Portugal Space"),
               ("e2", "Coordination meeting", "2031-06-10", "Oslo", "NOSA"),
               ("e3", "Coordination workshop held during the congress", "2029-09-27", "Adelaide", "CSIRO"),
               ("e4", "Coordination plenary", "2031-11-02", "Rome", "ASI"),
               ("e5", "Coordination meeting", "2030-05-05", "Paris", "CNES"))


@pytest.mark.parametrize("question, expected", [
    # the host names the meeting
    ("Which came first: the coordination meeting hosted by NOSA or the one hosted by Portugal Space?",
     "the coordination meeting hosted by Portugal Space (4 March 2031)"),
    ("Which was held later, the meeting organised by CNES or the meeting organised by NOSA?",
     "the meeting organised by NOSA (10 June 2031)"),
])
def test_an_event_is_told_by_its_host(question, expected):
    parts = dated.sides(question)
    composed = dated.events_first(parts, None, last=dated.latest_asked(question), question=question).compose(ROWS)
    assert composed is not None and composed.short == expected


@pytest.mark.parametrize("question", [
    # no event tells "Mars" (or "dust"): a coordination workshop of the congress is not the Mars workshop
    "Which happened first: the coordination Mars workshop or the plenary in Rome?",
    "Which came first, the dust coordination meeting or the plenary in Rome?",
])
def test_an_event_missing_the_sides_rarest_word_is_not_it(question):
    parts = dated.sides(question)
    assert dated.events_first(parts, None, last=False, question=question).compose(ROWS) is None
