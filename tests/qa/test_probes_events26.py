"""Probes of gatherings (round 26), on small graphs:

- a question asking where, when and who hosted at once is answered in one phrase, in its order ("Oslo, 14–16 May
  2018, hosted by BB"); asking the days ("on which dates", "what days") tells the days it ran;
- "On what date did CSA host the meeting?" names the host and asks the date: the meetings that host held, not their
  host (none when it hosted none)."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated

from .fixtures import turtle_store
from .test_dated import NAMES, TURTLE, B, question, rows
from .test_probes_meetings23 import _event
from .test_shapes import answer
from .test_shapes import graph as shapes_graph  # noqa: F401  (the fixture graph of the shapes)

EVENTS = (_event("oslo", "Forum plenary", "2018-05-14", "Oslo", "bb")
          + f"<{B}id/event/oslo> schema:endDate \"2018-05-16\"^^xsd:date .\n"
          + f"<{B}id/place/oslo> skos:prefLabel \"Oslo\" .\n")


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return turtle_store(TURTLE + EVENTS, tmp_path_factory.mktemp("qa-events26"))


@pytest.mark.parametrize("text, short", [
    ("Where and when was the May 2018 Forum plenary held, and which agency hosted it?", "Oslo, 14–16 May 2018, hosted by BB"),
    ("Where and on which days did the Forum plenary of May 2018 take place, and who was its host?",
     "Oslo, 14–16 May 2018, hosted by BB"),
    ("Where and on what dates was the Forum plenary of May 2018 held?", "Oslo; 14–16 May 2018"),
    # two things asked, or the date first: each in its own part, as before
    ("Where was the May 2018 Forum plenary held, and who hosted it?", "Oslo; BB"),
    ("When and where was the May 2018 Forum plenary held, and who hosted it?", "14–16 May 2018 in Oslo; BB"),
])
def test_where_when_and_host_asked_at_once(graph, text, short):
    plan = dated.plan(question(text), dated.Names(label=NAMES.label, short=NAMES.short, passage=lambda iri: ""))
    assert plan is not None and plan.shape == "event_details", text
    assert plan.compose(rows(graph, plan.sparql)).short == short


@pytest.mark.parametrize("text, expected", [
    ("On what date did CSA host the ISECG Senior Agency Managers meeting?", ["2022-10-13"]),
    ("When did the Canadian Space Agency host the ISECG Senior Agency Managers meeting?", ["2022-10-13"]),
    # another host named: none of its meetings
    ("On what date did JAXA host the ISECG Senior Agency Managers meeting?", []),
])
def test_the_date_of_a_meeting_a_named_host_held(shapes_graph, text, expected):  # noqa: F811
    assert answer(shapes_graph, text) == ("events", expected)
