"""Probes for a body's names over time, round 23 (qa/renames.py): the graph's change events chain a body's names;
a question asks every change, the name first held ("when it first joined"), or the name in force at a year ("at the
2031 meeting", "which agency represented Borealis in 2032, and since when").  Other wording and bodies than the
development sets.  Negatives: a post handed over ("replaced X as chair") and a question naming no body of a chain
are not this shape's."""

from __future__ import annotations

import pytest

from isecg_kg.qa import renames, shapes
from isecg_kg.qa.linking import EntityLinker
from isecg_kg.records import EntityRecord

from .fixtures import turtle_store
from .test_dated import B, NAMES, rows

ENTITIES = [EntityRecord.from_dict({"iri": f"{B}id/org/{slug}", "label": label, "acronym": acronym, "type": "SpaceAgency",
                                    "types": ["SpaceAgency"], "aliases": []})
            for slug, label, acronym in [("bso", "Borealis Space Office", "BSO"), ("bosa", "Borealis Space Agency", "BOSA"),
                                         ("arc", "Atlantis Rocket Centre", "ARC"), ("atsa", "Atlantis Space Agency", "ATSA"),
                                         ("body", "Exploration Forum", "XF")]]
ENTITIES.append(EntityRecord.from_dict({"iri": f"{B}id/place/borealis", "label": "Borealis", "type": "Country",
                                        "types": ["Country"], "aliases": []}))
LINKER = EntityLinker(ENTITIES)
BY_IRI = {e.iri: e for e in ENTITIES}
NAMES = type(NAMES)(label=lambda i: BY_IRI[i].label, short=lambda i: BY_IRI[i].acronym or BY_IRI[i].label)

TURTLE = f"""
@prefix org: <http://www.w3.org/ns/org#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix isecg: <https://w3id.org/isecg-kg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{B}id/change/bso-bosa> a org:ChangeEvent ; org:originalOrganization <{B}id/org/bso> ;
    org:resultingOrganization <{B}id/org/bosa> ; dcterms:date "2030"^^xsd:gYear .
<{B}id/org/bosa> isecg:country <{B}id/place/borealis> .
<{B}id/change/arc-atsa> a org:ChangeEvent ; org:originalOrganization <{B}id/org/arc> ;
    org:resultingOrganization <{B}id/org/atsa> ; dcterms:date "2026-05"^^xsd:gYearMonth .
"""

CASES = [
    ("every-change", "Which agencies of the Exploration Forum were renamed, and what were they called before?",
     "ATSA (formerly ARC) and BOSA (formerly BSO)"),
    ("first-name", "Under what name did Borealis's agency take part when it first joined the Exploration Forum?", "BSO"),
    ("name-at-year", "The Atlantis agency that joined in 2012 attended the 2029 meeting under what name?", "ATSA, since May 2026"),
    ("name-before-change", "Under which name did the Atlantis agency attend the 2024 meeting?", "ARC"),
    ("seat-at-year", "BSO signed the framework in 2020. Which agency represented Borealis in the forum in 2032, and "
     "since when?", "BOSA, since 2030"),
]


def _question(text):
    return shapes.Question.analyse(text, LINKER.link(text))


@pytest.mark.parametrize("name, text, short", CASES, ids=[c[0] for c in CASES])
def test_name_at_time(tmp_path, name, text, short):
    q = _question(text)
    kind = renames.asked(text, q)
    assert kind is not None
    plan = renames.plan(text, q, NAMES, kind)
    composed = plan.compose(rows(turtle_store(TURTLE, tmp_path), plan.sparql))
    assert composed is not None and composed.short == short, composed


@pytest.mark.parametrize("text", [
    "Which agency replaced BSO as chair of the Exploration Forum in 2031?",  # a post, not a seat
    "Which agency represented the Exploration Forum at the 2031 congress?",  # no body of a chain asked
    "When did BOSA join the Exploration Forum?",
])
def test_not_asked(tmp_path, text):
    q = _question(text)
    kind = renames.asked(text, q)
    plan = renames.plan(text, q, NAMES, kind) if kind else None
    assert plan is None or plan.compose(rows(turtle_store(TURTLE, tmp_path), plan.sparql)) is None
