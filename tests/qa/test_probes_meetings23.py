"""Probes of where a gathering was held and who hosted it (round 23), on a small graph:

- an event asked of as the one following another ("the plenary following the May 2018 Oslo meeting") is the first
  of its kind after that one's date, not the one the date names; an event asked of by its own date is still that one;
- a town of one document and its country of another are one place: the town, in its country;
- a site's name with the acronym its passage writes for it ("Lunar Research Centre (LRC), Turin");
- a host asked after the place is told with it ("was held in Turin, Italy, hosted by AA (Alpha Agency)")."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated

from .fixtures import turtle_store
from .test_dated import NAMES, TURTLE, B, question, rows


def _event(slug: str, label: str, date: str, place: str, host: str, sentence: str = "s") -> str:
    said = "".join(f"<{B}id/st/{slug}-{n}> rdf:subject <{B}id/event/{slug}> ; rdf:predicate {p} ;\n"
                   f"    prov:wasDerivedFrom <{B}id/doc/d2/passage/1> ; isecg:sentence \"{sentence}\" .\n"
                   for n, p in enumerate(("schema:location", "schema:organizer", "schema:startDate")))
    return (f"<{B}id/event/{slug}> a schema:Event ; skos:prefLabel \"{label}\" ; "
            f"schema:startDate \"{date}\"^^xsd:date ;\n"
            f"    schema:location <{B}id/place/{place.lower()}> ; schema:organizer <{B}id/org/{host}> .\n" + said)


EVENTS = (_event("oslo", "Forum plenary", "2018-05-14", "Oslo", "bb")
          + _event("turin", "Forum plenary", "2018-11-20", "Turin", "aa",
                   "Delegates met at the Lunar Research Centre in Turin, Italy, on 20 November 2018.")
          + f"<{B}id/event/turin> schema:location <{B}id/place/italy> .\n"
          + f"<{B}id/place/turin> skos:prefLabel \"Turin\" ; schema:containedInPlace <{B}id/place/italy> .\n"
          + f"<{B}id/place/italy> skos:prefLabel \"Italy\" .\n"
          + f"<{B}id/place/oslo> skos:prefLabel \"Oslo\" .\n"
          + _event("kiruna", "Forum plenary", "2019-06-03", "Kiruna", "cc"))


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return turtle_store(TURTLE + EVENTS, tmp_path_factory.mktemp("qa-meetings23"))


def _composed(graph, text: str, passage: str = ""):
    names = dated.Names(label=NAMES.label, short=NAMES.short, passage=lambda iri: passage)
    plan = dated.plan(question(text), names)
    assert plan is not None and plan.shape == "event_details", text
    return plan.compose(rows(graph, plan.sparql))


@pytest.mark.parametrize("text, short", [
    ("Where was the plenary following the May 2018 Oslo meeting held?", "Lunar Research Centre, Turin"),
    ("Which agency hosted the plenary after the November 2018 Turin plenary?", "CC"),
    ("Where was the plenary that followed the May 2018 plenary to be held, and who was to host it?",
     "Lunar Research Centre, Turin; AA"),
])
def test_the_event_following_another_is_the_next_of_its_kind(graph, text, short):
    assert _composed(graph, text).short == short


@pytest.mark.parametrize("text, short", [
    ("Where was the May 2018 plenary held?", "Oslo"),  # its own date: that one
    ("Which agency hosted the June 2019 plenary?", "CC"),
])
def test_an_event_asked_of_by_its_own_date_is_that_one(graph, text, short):
    assert _composed(graph, text).short == short


def test_a_town_and_its_country_are_one_place_and_the_host_is_told_with_it(graph):
    told = _composed(graph, "Where was the November 2018 plenary held, and who hosted it?")
    assert told.short == "Lunar Research Centre, Turin; AA"
    assert "was held at Lunar Research Centre, Turin, Italy, hosted by AA (Alpha Agency)." in told.text
    assert "Italy;" not in told.short and " and Italy" not in told.text


def test_a_host_asked_first_is_told_first(graph):
    told = _composed(graph, "Which agency hosted the November 2018 plenary, and where was it held?")
    assert told.short == "AA; Lunar Research Centre, Turin"
    assert "was hosted by AA (Alpha Agency), and was held at Lunar Research Centre, Turin, Italy." in told.text


@pytest.mark.parametrize("passage, short", [
    ("Heads of agency meet at LRC\nDelegates met at the Lunar Research Centre in Turin.", "Lunar Research Centre (LRC), Turin"),
    # no acronym of the site's initials in its passage
    ("Delegates met at the Lunar Research Centre in Turin (LR).", "Lunar Research Centre, Turin"),
])
def test_a_sites_acronym_from_its_passage(graph, passage, short):
    assert _composed(graph, "Where was the November 2018 plenary held?", passage).short == short
