"""Probes of gatherings (round 25), on a small graph:

- "the meeting after the March 2021 one" is the first gathering of a body's own after that date (a meeting, a
  plenary, a session), not something else the graph dates between them (an agreement, a release) nor a gathering of
  another kind (a workshop) unless that kind is asked;
- "how many delegates did BB send to the September 2021 plenary in Madrid" is the number of the row of BB in that
  gathering's attendance table (the row its attendance was read from), not the gathering's total; a row of prose,
  another gathering's, or a gathering the question's words do not name give none."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated

from .fixtures import turtle_store
from .test_dated import NAMES, TURTLE, B, question, rows
from .test_probes_meetings23 import _event

EVENTS = (_event("lisbon", "Council meeting", "2021-03-10", "Lisbon", "aa")
          + f"<{B}id/event/accord> a schema:Event ; skos:prefLabel \"Agreement on lunar cooperation\" ; "
            f"schema:startDate \"2021-04\" .\n"
          + _event("porto", "Council workshop", "2021-05-05", "Porto", "cc")
          + _event("madrid", "Council plenary session", "2021-09-14", "Madrid", "bb")
          + "".join(f"<{B}id/place/{p.lower()}> skos:prefLabel \"{p}\" .\n" for p in ("Lisbon", "Porto", "Madrid"))
          + "".join(f"<{B}id/event/{event}> schema:attendee <{B}id/org/{org}> .\n<{B}id/st/att-{event}-{org}> rdf:subject "
                    f"<{B}id/event/{event}> ; rdf:predicate schema:attendee ; rdf:object <{B}id/org/{org}> ;\n"
                    f"    prov:wasDerivedFrom <{B}id/doc/d2/passage/3> ; isecg:sentence \"{row}\" .\n"
                    for event, org, row in (("madrid", "bb", "BB 7 Member"), ("madrid", "cc", "| CC | 4 |"),
                                            ("lisbon", "bb", "BB 3 Member"),
                                            ("porto", "bb", "Beta Agency sent a delegation of 5 engineers and "
                                                            "scientists to the workshop in Porto"))))


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return turtle_store(TURTLE + EVENTS, tmp_path_factory.mktemp("qa-events25"))


@pytest.mark.parametrize("text, short", [
    ("Where was the meeting after the March 2021 one to be held?", "Madrid"),
    ("Which agency was to host the meeting following the March 2021 meeting?", "BB"),
    # a workshop asked: the workshop
    ("Where was the workshop after the March 2021 meeting held?", "Porto"),
])
def test_the_meeting_after_another_is_the_next_gathering_of_that_kind(graph, text, short):
    names = dated.Names(label=NAMES.label, short=NAMES.short, passage=lambda iri: "")
    plan = dated.plan(question(text), names)
    assert plan is not None and plan.shape == "event_details", text
    assert plan.compose(rows(graph, plan.sparql)).short == short


def _delegation(graph, text: str):
    plan = dated.plan(question(text), dated.Names(label=NAMES.label, short=NAMES.short, passage=lambda iri: ""))
    composed = plan.compose(rows(graph, plan.sparql)) if plan is not None and plan.shape == "delegation_size" else None
    return composed.short if composed else None


@pytest.mark.parametrize("text, short", [
    ("How many delegates did BB send to the September 2021 plenary in Madrid?", "7"),
    ("How many participants did Gamma Agency send to the Madrid session in September 2021?", "4"),
    ("How many representatives did BB send to the March 2021 council meeting?", "3"),
])
def test_a_bodys_delegation_is_its_row_of_the_attendance(graph, text, short):
    assert _delegation(graph, text) == short


@pytest.mark.parametrize("text", [
    "How many delegates did BB send to the May 2021 workshop in Porto?",  # a sentence of prose, not a row
    "How many delegates did BB send to the September 2021 plenary in Lisbon?",  # no such gathering there
    "How many delegates did AA send to the September 2021 plenary in Madrid?",  # no row of AA
    "How many delegates attended the September 2021 plenary in Madrid?",  # the total, not a body's
])
def test_no_delegation_from_a_near_miss(graph, text):
    assert _delegation(graph, text) is None


def test_the_guests_invited_to_a_gathering_are_not_its_host(graph):
    names = dated.Names(label=NAMES.label, short=NAMES.short, passage=lambda iri: "")
    plan = dated.plan(question("Which agencies were invited to the May 2021 workshop in Porto but sent nobody?"), names)
    assert plan is None or plan.compose(rows(graph, plan.sparql)) is None
    plan = dated.plan(question("Which agency invited the delegates to the May 2021 workshop in Porto?"), names)
    assert plan is not None and plan.compose(rows(graph, plan.sparql)).short == "CC"
