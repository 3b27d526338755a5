"""Probes of events asked of /api/ask (round 20), on invented texts and a small graph:

- an event dated by its days ("the forum meeting of 4–6 May 2021", "May 4-6, 2021") is the one starting on the
  first of them;
- how people gathered ("the videoconference of ...") is a word no event's name need carry, the date tells it;
- "which organisation hosted" asks the host, as "which agency" does;
- a head count split by the way of taking part ("16 delegations came in person and five connected remotely"): a
  question asking one way gets that part, one counting those who came the other way too ("counting those online")
  the whole; with no part told for the way asked, no answer from the graph."""

from __future__ import annotations

import pytest

from .fixtures import turtle_store
from .test_dated import TURTLE, B
from .test_probes_facts14 import _short


def _event(slug: str, date: str, place: str, host: str, n: int, sentence: str) -> str:
    said = "".join(f"<{B}id/st/{slug}-{k}> rdf:subject <{B}id/event/{slug}> ; rdf:predicate {p} ;\n"
                   f"    prov:wasDerivedFrom <{B}id/doc/d2/passage/1> ; isecg:sentence \"{sentence}\" .\n"
                   for k, p in enumerate(("schema:organizer", "schema:location", "isecg:participantCount")))
    return (f"<{B}id/event/{slug}> a schema:Event ; skos:prefLabel \"Forum meeting\" ; "
            f"schema:startDate \"{date}\"^^xsd:date ;\n    schema:location <{B}id/place/{place.lower()}> ; "
            f"schema:organizer <{B}id/org/{host}> ; isecg:participantCount {n} .\n"
            f"<{B}id/place/{place.lower()}> skos:prefLabel \"{place}\" .\n" + said)


EVENTS = (_event("bergen", "2021-05-04", "Bergen", "bb", 21,
                 "Twenty-one agencies were represented: 16 delegations came in person and five connected remotely.")
          + _event("quito", "2021-05-19", "Quito", "cc", 40, "The forum met in Quito, hosted by CC; 40 people took part.")
          + _event("perth", "2022-03-08", "Perth", "dd", 17,
                   "Agencies represented: 17 (12 on site, 5 by video link), at the invitation of DD."))


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return turtle_store(TURTLE + EVENTS, tmp_path_factory.mktemp("qa-events20"))


@pytest.mark.parametrize("text, short", [
    ("Which agency hosted the forum meeting of 4–6 May 2021?", "BB"),
    ("Which agency hosted the forum meeting of May 4-6, 2021?", "BB"),
    ("Where was the forum meeting of 19–20 May 2021 held?", "Quito"),
    ("How many agencies took part in the forum meeting of 8 – 9 March 2022?", "17"),
])
def test_an_event_dated_by_its_days_is_the_one_starting_on_the_first(graph, text, short):
    assert _short(graph, text) == short


def test_a_later_day_of_the_month_is_not_the_events(graph):
    assert _short(graph, "Which agency hosted the forum meeting of 5–6 May 2021?") is None


def test_how_people_gathered_leaves_the_date_to_tell_the_event(graph):
    assert _short(graph, "How many people took part in the teleconference of 19 May 2021?") == "40"
    assert _short(graph, "Which agency hosted the webinar of March 2022?") == "DD"


def test_which_organisation_hosted_asks_the_host(graph):
    assert _short(graph, "Which organisation hosted the forum meeting in Quito?") == "CC"
    assert _short(graph, "Which organization hosted the Bergen forum meeting?") == "BB"


@pytest.mark.parametrize("text, short", [
    ("How many delegations attended the May 2021 forum meeting in person?", "16"),
    ("How many delegations joined the Bergen forum meeting of May 2021 remotely?", "5"),
    ("How many agencies were represented on site at the forum meeting of March 2022?", "12"),
    ("How many agencies took part online in the March 2022 forum meeting?", "5"),
    # the whole: those who came the other way counted too
    ("How many agencies took part in the Bergen meeting of May 2021, counting those who connected remotely?", "21"),
    ("How many agencies attended the March 2022 forum meeting, including those online?", "17"),
])
def test_a_split_head_count_gives_the_part_asked(graph, text, short):
    assert _short(graph, text) == short


def test_no_part_told_for_the_way_asked_is_no_answer(graph):
    assert _short(graph, "How many people attended the Quito forum meeting in person?") is None
