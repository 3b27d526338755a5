"""Probes of places asked of /api/ask (round 21), on invented texts and a small graph:

- where a thing is or was held is told with the site there a sentence names before its town ("at the Goddard Space
  Flight Center in Greenbelt": "Goddard Space Flight Center, Greenbelt"), by the graph's place of an event and by a
  sentence alike; no site from a phrase of "at" that names none ("at the request of NASA in Houston");
- an event asked where and when is told held "in <town>, <country> on <days>", its days from its first to its last;
- a place that was planned and not kept ("was to have been hosted by CNES in Toulouse. It was moved online"): what a
  question asking where it was supposed to be held is answered with, and no answer to where it was held."""

from __future__ import annotations

import pytest

from isecg_kg.kg.dates import spoken_days
from isecg_kg.qa import dated
from isecg_kg.qa.sentences import asks_past, site_at

from .fixtures import answerer_over, turtle_store
from .test_dated import NAMES, TURTLE, B, question, rows


@pytest.mark.parametrize("sentence, town, said", [
    ("The review was held at the Goddard Space Flight Center in Greenbelt, Maryland.", "Greenbelt",
     "Goddard Space Flight Center, Greenbelt"),
    ("CNES welcomed the team at its Toulouse Space Centre (CST) in Toulouse on 2 May.", "Toulouse",
     "Toulouse Space Centre, Toulouse"),
    ("The office is run by DLR at its operations centre, GSOC, in Oberpfaffenhofen.", "Oberpfaffenhofen",
     "GSOC, Oberpfaffenhofen"),
    ("Secretariat: provided by ESA at ESOC, Darmstadt, Germany", "Darmstadt", "ESOC, Darmstadt"),
    ("Delegates met at the Sagamihara Campus in Sagamihara.", "Sagamihara", "Sagamihara Campus, Sagamihara"),
])
def test_a_site_named_before_its_town_is_told_with_it(sentence, town, said):
    assert site_at(sentence, town) == said


@pytest.mark.parametrize("sentence, town", [
    ("The workshop was organised at the request of NASA in Houston.", "Houston"),
    ("Decisions were taken at the ISECG plenary in Rome.", "Rome"),
    ("The agencies gathered in Oslo at the end of June.", "Oslo"),
    ("The plenary met at 10:00 in Quito.", "Quito"),
])
def test_no_site_where_none_is_named(sentence, town):
    assert site_at(sentence, town) is None


@pytest.mark.parametrize("start, end, said", [
    ("2021-05-04", "2021-05-06", "4–6 May 2021"),
    ("2019-09-30", "2019-10-02", "30 September–2 October 2019"),
    ("2019-12-30", "2020-01-02", "30 December 2019 – 2 January 2020"),
    ("2021-05-04", None, "4 May 2021"),
    ("2021-05", "2021-06", "May 2021"),
])
def test_the_days_an_event_ran(start, end, said):
    assert spoken_days(start, end) == said


def _event(slug: str, date: str, end: str, place: str, region: str, sentence: str) -> str:
    said = "".join(f"<{B}id/st/{slug}-{n}> rdf:subject <{B}id/event/{slug}> ; rdf:predicate {p} ;\n"
                   f"    prov:wasDerivedFrom <{B}id/doc/d2/passage/1> ; isecg:sentence \"{sentence}\" .\n"
                   for n, p in enumerate(("schema:location", "schema:startDate")))
    return (f"<{B}id/event/{slug}> a schema:Event ; skos:prefLabel \"Forum review\" ; "
            f"schema:startDate \"{date}\"^^xsd:date ; schema:endDate \"{end}\"^^xsd:date ;\n"
            f"    schema:location <{B}id/place/{place.lower()}> .\n"
            f"<{B}id/place/{place.lower()}> skos:prefLabel \"{place}\" ; "
            f"schema:containedInPlace <{B}id/place/{region.lower()}> .\n"
            f"<{B}id/place/{region.lower()}> skos:prefLabel \"{region}\" .\n" + said)


EVENTS = (_event("greenbelt", "2021-05-04", "2021-05-06", "Greenbelt", "Maryland",
                 "The forum review took place at the Goddard Space Flight Center in Greenbelt on 4–6 May 2021.")
          + _event("bergen", "2022-09-12", "2022-09-12", "Bergen", "Norway",
                   "Delegates gathered in Bergen on 12 September 2022 for the forum review."))


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return turtle_store(TURTLE + EVENTS, tmp_path_factory.mktemp("qa-places21"))


def _composed(graph, text: str):
    plan = dated.plan(question(text), NAMES)
    assert plan is not None and plan.shape == "event_details", text
    return plan.compose(rows(graph, plan.sparql))


def test_an_events_site_and_days(graph):
    told = _composed(graph, "Where and when was the forum review of May 2021 held?")
    assert told.short == "Goddard Space Flight Center, Greenbelt; 4–6 May 2021"
    assert "held at Goddard Space Flight Center, Greenbelt, Maryland on 4–6 May 2021" in told.text


def test_an_events_town_and_country_with_its_day(graph):
    told = _composed(graph, "Where and on what day was the September 2022 forum review held?")
    assert told.short == "Bergen; 12 September 2022"
    assert "held in Bergen, Norway on 12 September 2022" in told.text
    assert _composed(graph, "Where was the September 2022 forum review held?").short == "Bergen"


@pytest.mark.parametrize("text, planned", [
    ("Where was the spring 2021 plenary originally supposed to take place?", True),
    ("Where was the meeting meant to be held?", True),
    ("Where was the spring 2021 plenary held?", False),
])
def test_a_question_of_the_place_planned(text, planned):
    assert asks_past(text) is not planned


DOCUMENTS = {
    "forum-report-2021.md": """# Forum Annual Report 2021

## Meetings

The spring plenary of 2021 was to have been hosted by CNES in Toulouse. It was moved online a week before it
opened and took place on 20–21 April 2021, with 15 agencies taking part.

The autumn plenary was held in Lisbon on 5 October 2021.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("places21"))


def test_the_place_planned_answers_where_it_was_to_be(answerer):
    response = answerer.answer("Where was the April 2021 forum plenary originally supposed to take place?")
    assert response["short_answer"] == "Toulouse", response["answer"]


def test_the_place_planned_is_not_where_it_was_held(answerer):
    response = answerer.answer("Where was the April 2021 forum plenary held?")
    assert "Toulouse" not in (response["answer"] or "")
