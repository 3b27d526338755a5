"""The graph built from the shipped corpus: files of the contract, facts of the 2022 annual report
answered by SPARQL queries that also return their source page, SHACL conformance."""

from __future__ import annotations

import json

import pytest

from isecg_kg.kg import EntityRecord, load_entities, load_mentions, open_graph
from isecg_kg.kg.store import STORE_DIR, EmbeddedStore

GOLD = json.loads((__import__("pathlib").Path(__file__).parents[1] / "data" / "kg_gold.json").read_text())
DOC = "isecg-annual-report-2022"


@pytest.fixture(scope="session")
def graph(build, settings):
    return open_graph(build, settings)


def test_stage_files_follow_the_contract(build):
    folder = build.stage_dir("graph")
    assert (folder / "dataset.nq").stat().st_size > 0
    entities = load_entities(build)
    assert entities and all(set(e.to_dict()) == {"iri", "label", "type", "types", "aliases", "acronym"} for e in entities)
    assert {e.type for e in entities} >= {"Organization", "WorkingGroup", "Team", "Technology", "Event",
                                            "Document", "Country", "Destination"}
    mentions = load_mentions(build)
    passage_ids = {p.id for p in build.passages}
    assert mentions and set(mentions) <= passage_ids
    assert all(set(m.to_dict()) == {"iri", "label", "type"} for items in mentions.values() for m in items)
    on_disk = json.loads((folder / "entities.json").read_text())  # JSON on disk: what records load from
    assert [EntityRecord.from_dict(e) for e in on_disk] == entities
    assert build.manifest.stages["graph"]["quads"] > 1000


def test_union_has_no_duplicate_triples(graph):
    """pyoxigraph 0.5 repeats a triple once per graph holding it in the union (oxigraph #1919)."""
    assert graph.rows("SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s ?p ?o HAVING (COUNT(*) > 1) LIMIT 1") == []


def test_named_graphs(graph, settings):
    base = settings.base_iri
    names = {g.value for g in graph.store.named_graphs()}
    assert {f"{base}graph/doc/{DOC}", f"{base}graph/reference", f"{base}graph/ontology"} <= names


def rows(graph, query):
    return graph.rows("PREFIX isecg: <https://w3id.org/isecg-kg/ontology#>\n" + query)


# Each fact as the users ask for it, with the page of the passage it was extracted from.
MEMBERS_2022 = """
SELECT DISTINCT ?acronym ?name ?country ?page WHERE {
  ?body isecg:acronym "ISECG" .
  ?m a org:Membership ; org:member ?org ; org:organization ?body ; org:memberDuring/rdfs:label "2022" .
  ?org a/rdfs:subClassOf* org:FormalOrganization ; isecg:acronym ?acronym ; skos:prefLabel ?name ; isecg:country/skos:prefLabel ?country .
  ?st rdf:subject ?m ; rdf:predicate org:member ; rdf:object ?org ; isecg:page ?page .
}"""


def test_all_27_members_of_2022_with_name_acronym_country_and_page(graph):
    found = rows(graph, MEMBERS_2022)
    acronyms = {r["acronym"] for r in found}
    gold = {m[0] for m in GOLD["isecg_members_2022"]}
    assert acronyms == gold  # recall 1.0 and nothing that is not a member
    assert all(r["page"] == "14" for r in found)
    names = {r["acronym"]: r["name"] for r in found}
    assert names["JAXA"] == "Japan Aerospace Exploration Agency" and names["DLR"] == "German Aerospace Center"
    non_orgs = rows(graph, """SELECT ?x WHERE { ?m org:member ?x . FILTER NOT EXISTS { ?x a/rdfs:subClassOf* org:FormalOrganization } }""")
    assert non_orgs == []


def test_member_countries_from_the_table_with_page(graph):
    found = rows(graph, """SELECT ?acronym ?country ?page WHERE {
      ?org isecg:country ?c ; isecg:acronym ?acronym . ?c skos:prefLabel|skos:altLabel ?country .
      ?st rdf:subject ?org ; rdf:predicate isecg:country ; rdf:object ?c ; isecg:page ?page }""")
    pairs = {(r["acronym"], r["country"]) for r in found}
    for acronym, _, country in GOLD["isecg_members_2022"]:
        assert (acronym, country) in pairs
    assert {r["page"] for r in found if r["acronym"] == "NASA"} >= {"11"}


def test_working_groups_and_the_benefits_tiger_team_are_units_of_isecg(graph):
    found = rows(graph, """SELECT DISTINCT ?acronym ?name ?page ?kind WHERE {
      ?body isecg:acronym "ISECG" . ?u org:unitOf ?body ; isecg:acronym ?acronym ; skos:prefLabel ?name ; a ?kind .
      ?st rdf:subject ?u ; rdf:predicate org:unitOf ; rdf:object ?body ; isecg:page ?page .
      FILTER(?kind IN (isecg:WorkingGroup, isecg:Team)) }""")
    groups = {(r["acronym"], r["name"]) for r in found if r["kind"].endswith("WorkingGroup")}
    assert {tuple(g) for g in GOLD["isecg_working_groups"]} <= groups
    assert ("BTT", "Benefits Tiger Team") in {(r["acronym"], r["name"]) for r in found if r["kind"].endswith("Team")}
    assert all(r["page"].isdigit() for r in found)


def test_twg_works_on_nuclear_power_and_propulsion_and_life_support(graph):
    found = rows(graph, """SELECT ?tech ?page ?sentence WHERE {
      ?twg isecg:acronym "TWG" ; isecg:worksOn ?t . ?t skos:prefLabel ?tech .
      ?st rdf:subject ?twg ; rdf:predicate isecg:worksOn ; rdf:object ?t ; isecg:page ?page ; isecg:sentence ?sentence }""")
    techs = {r["tech"]: r["page"] for r in found}
    assert {"Nuclear Power and Propulsion", "Life Support Systems"} <= set(techs)
    sub = rows(graph, """SELECT ?sub WHERE { ?t skos:prefLabel "Nuclear Power and Propulsion"@en .
                         ?s skos:broader ?t ; skos:prefLabel ?sub }""")
    assert {r["sub"] for r in sub} == {"Radioisotope Power Systems", "Small and Large Fission Reactors",
                                       "Nuclear Propulsion"}


EVENTS = """SELECT ?name ?start ?place ?host ?page WHERE {
  ?e a schema:Event ; skos:prefLabel ?name ; schema:startDate ?start ; schema:location/skos:prefLabel ?place .
  OPTIONAL { ?e schema:organizer/isecg:acronym ?host }
  ?st rdf:subject ?e ; rdf:predicate schema:startDate ; isecg:page ?page .
  FILTER(YEAR(?start) = 2022) }"""


def test_events_of_2022_with_dates_places_host_and_page(graph):
    found = rows(graph, EVENTS)
    by_date = {r["start"]: r for r in found}
    meeting = by_date["2022-10-13"]
    assert meeting["place"] == "Montréal" and meeting["host"] == "CSA" and "Senior Agency Managers" in meeting["name"]
    assert by_date["2022-04-17"]["place"] == "Colorado Springs" and by_date["2022-04-17"]["page"] == "8"
    assert by_date["2022-05-16"]["place"] == "Quito"
    assert by_date["2022-09-18"]["place"] == "Paris" and "International Astronautical Congress" in \
        by_date["2022-09-18"]["name"]


def test_documents_with_years_and_page(graph):
    found = rows(graph, """SELECT ?title ?year ?page WHERE {
      ?d dcterms:issued ?year ; skos:prefLabel|skos:altLabel|dcterms:title ?title .
      ?st rdf:subject ?d ; rdf:predicate dcterms:issued ; rdf:object ?year ; isecg:page ?page }""")
    pairs = {(r["title"], r["year"]) for r in found}
    assert ("Benefits Stemming from Space Exploration", "2013") in pairs
    assert ("GER Critical Technology Portfolio", "2019") in pairs
    assert ("ISECG Annual Report 2021", "2022") in pairs
    assert ("Global Exploration Strategy: The Framework for Coordination", "2007") in pairs
    supplement = {y for t, y in pairs if "Lunar Surface Exploration Scenario Update" in t}
    assert supplement >= {"2020", "2022"}


def test_provenance_reaches_document_and_passage(graph, build):
    found = rows(graph, """SELECT ?passage ?doc ?title ?rule ?confidence WHERE {
      ?st a isecg:ExtractedStatement ; rdf:predicate isecg:worksOn ; prov:wasDerivedFrom ?passage ;
          prov:wasGeneratedBy/rdfs:label ?rule ; isecg:confidence ?confidence .
      ?passage a isecg:Passage ; dcterms:isPartOf ?doc . ?doc dcterms:title ?title } LIMIT 5""")
    assert found and found[0]["title"] == "ISECG Annual Report 2022"
    assert 0 < float(found[0]["confidence"]) <= 1


def test_shacl_validation_passes(graph):
    from isecg_kg.kg.validate import validate

    conforms, report = validate(graph)
    assert conforms, report


def test_eval_figures_hold_the_targets(graph, settings):
    from isecg_kg.kg.evaluate import evaluate

    scores = {s.kind: s for s in evaluate(graph, GOLD, base=settings.base_iri)}
    for kind in ("members", "countries", "working groups", "teams", "technology links", "events", "documents"):
        assert scores[kind].recall == 1.0, (kind, scores[kind].missing)
    for kind in ("members", "countries", "working groups", "events", "documents"):
        assert scores[kind].precision == 1.0, (kind, scores[kind].wrong)


def test_reingesting_replaces_exactly_the_changed_documents_graph(build, settings, tmp_path):
    """A changed document's graph is rebuilt (its old facts gone); an unchanged one is reused as is."""
    from isecg_kg.indexes import Build, BuildContext
    from isecg_kg.ingest.model import Document, Page, Passage
    from isecg_kg.kg.build import build_graph

    def run(name, text, previous):
        doc = Document(id="note", file="note.txt", sha256=str(len(text)), title="Test note", year=2024)
        passage = Passage("note/0", "note", 0, text, None, [1], 0, len(text))
        out = tmp_path / name / "graph"
        out.mkdir(parents=True)
        ctx = BuildContext(settings=settings, out_dir=out, documents=[*build.documents, doc],
                           passages=[*build.passages, passage], pages=[*build.pages, Page("note", 1, text)],
                           previous=previous, unchanged={DOC}, progress=False)
        return build_graph(ctx), EmbeddedStore.open(out / STORE_DIR)

    base, note = settings.base_iri, f"<{settings.base_iri}graph/doc/note>"
    ask = "ASK {{ GRAPH {} {{ ?s isecg:worksOn <{}id/tech/{}> }} }}"
    first, one = run("one", "DLR is developing radiation shielding.", build)
    assert first["documents_reused"] == 0  # a document joined the corpus: each is read again (it may cite it)
    assert bool(one.query(ask.format(note, base, "radiation-protection")))
    second, two = run("two", "JAXA is developing life support. The Lunar Exploration Analysis Group (LEAG) joined "
                      "ISECG in 2024. The 3rd Workshop on Lunar Dust (LDW 2025) will take place in Tokyo, Japan, "
                      "1-3 June 2025, hosted by JAXA. The Mars Sample Return campaign is planned for 2030.",
                      Build(tmp_path / "one"))
    assert second["documents_reused"] == 1
    assert not bool(two.query(ask.format(note, base, "radiation-protection")))
    assert bool(two.query(ask.format(note, base, "life-support-systems")))
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{base}graph/doc/{DOC}> {{ ?s ?p ?o }} }}"
    assert two.rows(count) == one.rows(count) == open_graph(build, settings).rows(count)
    from isecg_kg.kg.validate import validate

    conforms, report = validate(two)  # what the rules make of a new document still satisfies the shapes
    assert conforms, report
