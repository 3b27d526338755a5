"""The page queries over a small dataset shaped like the ontology says (independent of extraction)."""

import pytest

from isecg_kg.kg.store import EmbeddedStore, write_store
from isecg_kg.web.graphdata import GraphData, compact, type_label

BASE = "http://kg.test/"
TRIG = """
@prefix isecg: <https://w3id.org/isecg-kg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix base: <http://kg.test/id/> .

<http://kg.test/graph/reference> {
  base:org\\/ksa a isecg:SpaceAgency ; rdfs:label "Kestrel Space Agency"@en ; isecg:acronym "KSA" ;
      isecg:country base:place\\/kestria .
  base:place\\/kestria rdfs:label "Kestria" .
  base:org\\/coord a <http://www.w3.org/ns/org#FormalOrganization> ; rdfs:label "Coordination Group" .
  org:memberOf rdfs:label "member of"@en .
}
<http://kg.test/graph/doc/d1> {
  base:org\\/ksa org:memberOf base:org\\/coord .
  _:m a org:Membership ; org:member base:org\\/ksa ; org:organization base:org\\/coord ; org:memberDuring _:t .
  _:t rdfs:label "2031" .
  base:doc\\/d1\\/passage\\/4 isecg:mentions base:org\\/ksa .
  _:st a isecg:ExtractedStatement ; rdf:subject base:org\\/ksa ; rdf:predicate org:memberOf ; rdf:object base:org\\/coord ;
      prov:wasDerivedFrom base:doc\\/d1\\/passage\\/4 ; isecg:page 7 ; isecg:sentence "KSA joined in 2031." .
}
"""


def graph_of(folder, *texts: str) -> EmbeddedStore:
    """An on-disk store (as a build has) of TriG ``texts``."""
    files = []
    for i, text in enumerate(texts):
        files.append((folder / f"data{i}.trig", None))
        files[-1][0].write_text(text)
    write_store(folder / "store", files)
    return EmbeddedStore.open(folder / "store")


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return GraphData(graph_of(tmp_path_factory.mktemp("graphdata"), TRIG))


def test_describe_groups_facts_with_their_source(data):
    d = data.describe(BASE + "id/org/ksa")
    assert d.label == "Kestrel Space Agency" and d.acronyms == ["KSA"]
    assert [t.label for t in d.types] == ["space agency"]  # no label in this graph: the name in words
    member_of = next(g for g in d.outgoing if g.property.value.endswith("memberOf"))
    assert member_of.property.label == "member of"
    [value] = member_of.values
    assert value.term.label == "Coordination Group"
    assert value.sources == [{"passage": BASE + "id/doc/d1/passage/4", "page": "7", "sentence": "KSA joined in 2031."}]
    country = next(g for g in d.outgoing if g.property.value.endswith("country"))
    assert country.values[0].term.label == "Kestria"
    # The membership node is shown with its own properties; the mention and the statement are not facts.
    [membership] = next(g for g in d.incoming if g.property.value.endswith("#member")).values
    assert membership.term.label == "membership"
    assert {(p.label, o.label) for p, o in membership.detail} >= {("organization", "Coordination Group"),
                                                                   ("member during", "2031")}
    assert not any(g.property.value.endswith(("mentions", "#subject")) for g in d.incoming)


def test_unknown_iri_does_not_exist(data):
    assert not data.describe(BASE + "id/org/nothing").exists


def test_rdf_description_has_facts_labels_and_provenance(data):
    triples = data.rdf_description(BASE + "id/org/ksa")
    text = {(t.subject.value, t.predicate.value.rsplit("#", 1)[-1], t.object.value) for t in triples}
    assert (BASE + "id/org/ksa", "acronym", "KSA") in text
    assert (BASE + "id/place/kestria", "label", "Kestria") in text  # the label of what a fact names
    assert any(p == "memberDuring" for _, p, _ in text)  # through the membership node
    assert any(p == "wasDerivedFrom" for _, p, _ in text)


def test_neighbourhood_links_through_memberships(data):
    entities = {BASE + "id/org/coord": "CG", BASE + "id/place/kestria": "Kestria"}
    elements = data.neighbourhood(data.describe(BASE + "id/org/ksa"), entities=entities)
    ids = {n["data"]["id"] for n in elements["nodes"]}
    assert ids == set(entities) | {BASE + "id/org/ksa"}  # the membership and its period are not nodes
    assert {n["data"]["label"] for n in elements["nodes"]} == {"KSA", "CG", "Kestria"}  # short names
    # One link per pair: the membership repeats the org:memberOf shortcut, so only "member of" is drawn.
    assert sorted(e["data"]["label"] for e in elements["edges"]) == ["country", "member of"]
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in elements["edges"])


def test_derived_from_lists_the_passage_facts(data):
    [fact] = data.derived_from(BASE + "id/doc/d1/passage/4")
    assert fact["subject"].label == "Kestrel Space Agency" and fact["sentence"] == "KSA joined in 2031."


def test_union_of_graphs_does_not_repeat_facts(tmp_path):
    graph = graph_of(tmp_path, TRIG, "<http://kg.test/graph/doc/d2> { <http://kg.test/id/org/ksa> "
                     "<https://w3id.org/isecg-kg/ontology#country> <http://kg.test/id/place/kestria> }")
    [country] = [g for g in GraphData(graph).describe(BASE + "id/org/ksa").outgoing if g.property.label == "country"]
    assert len(country.values) == 1


def test_names():
    assert compact("http://www.w3.org/ns/org#memberOf") == "org:memberOf"
    assert type_label("https://w3id.org/isecg-kg/ontology#SpaceAgency") == "space agency"
