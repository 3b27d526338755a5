"""The ontology, the shapes and the curated reference data."""

from __future__ import annotations

import pyoxigraph as ox

from isecg_kg import iris
from isecg_kg.kg.reference import Gazetteer, entities_from_quads, ontology_quads, reference_quads
from isecg_kg.settings import ONTOLOGY_DIR

from .conftest import BASE

RDFS = "http://www.w3.org/2000/01/rdf-schema#"


def test_every_own_term_has_a_label_and_a_comment():
    store = ox.Store()
    store.extend(ontology_quads(BASE))
    terms = {q.subject.value for q in store.quads_for_pattern(None, None, None)
             if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(iris.VOCAB)}
    assert len(terms) > 15
    for term in terms:
        node = ox.NamedNode(term)
        for prop in ("label", "comment"):
            assert list(store.quads_for_pattern(node, ox.NamedNode(RDFS + prop), None)), f"{term} has no rdfs:{prop}"


def test_shapes_parse():
    assert len(list(ox.parse(path=str(ONTOLOGY_DIR / "shapes.ttl"), format=ox.RdfFormat.TURTLE))) > 50


def test_reference_iris_resolve_against_the_base():
    quads = reference_quads(BASE)
    assert all(q.subject.value.startswith(BASE + "id/") for q in quads)
    entities = entities_from_quads(quads)
    members_2022 = [a for a in ("ASA", "CSIRO", "AEB", "CSA", "CNSA", "ESA", "CNES", "DLR", "ISRO", "ASI", "JAXA",
                                "LSA", "AEM", "NOSA", "NZSA", "POLSA", "PT Space", "KARI", "ROSA", "Roscosmos", "SSO",
                                "GISTDA", "SSAU", "UAE Space Agency", "UKSA", "NASA", "VNSC")]
    acronyms = {e.acronym for e in entities.values()}
    assert set(members_2022) <= acronyms
    assert {"IOAG", "ICG", "UNOOSA", "IMEWG", "COSPAR"} <= acronyms


def test_technology_scheme_has_sub_areas(gazetteer):
    npp = gazetteer.lookup("Nuclear Power and Propulsion")
    quads = reference_quads(BASE)
    narrower = {q.subject.value for q in quads if q.predicate.value.endswith("#broader") and q.object.value == npp.iri}
    assert {gazetteer.lookup(n).iri for n in ("Radioisotope Power Systems", "Small & Large Fission Reactors",
                                               "Nuclear Propulsion")} == narrower


def test_acronym_and_full_name_are_one_entity(gazetteer):
    found = gazetteer.find("JAXA and the Japan Aerospace Exploration Agency; the UK Space Agency and UKSA.")
    assert [m.entity.iri for m in found] == [BASE + "id/org/jaxa"] * 2 + [BASE + "id/org/uksa"] * 2


def test_matching_is_whole_word_and_case_aware(gazetteer):
    found = [m.surface for m in gazetteer.find("Tell us about the US plans, ESAWG and ESA's role; life support.")]
    assert found == ["US", "ESAWG", "ESA", "life support"]


def test_longest_name_wins():
    from isecg_kg.kg.reference import Entity

    g = Gazetteer([Entity(BASE + "id/x/a", "Space Agency", ["t"]), Entity(BASE + "id/x/b", "Polish Space Agency", ["t"])])
    assert [m.entity.iri for m in g.find("the Polish Space Agency")] == [BASE + "id/x/b"]
