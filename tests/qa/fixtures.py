"""A small graph and entity list in the project's ontology, for the unit tests of question
shapes and entity linking (the knowledge graph's own build is tested end to end elsewhere)."""

from __future__ import annotations

import re
import shutil
import zlib
from pathlib import Path

import numpy as np

from isecg_kg.kg import GraphStore
from isecg_kg.kg.store import EmbeddedStore, write_store
from isecg_kg.pipeline import ingest
from isecg_kg.qa import Answerer
from isecg_kg.qa.sentences import content_words
from isecg_kg.records import EntityRecord
from isecg_kg.settings import Settings

B = "http://example.org/"

ENTITIES = [EntityRecord.from_dict(e) for e in [
    {"iri": B + "id/org/isecg", "label": "International Space Exploration Coordination Group", "acronym": "ISECG",
     "type": "FormalOrganization", "types": ["FormalOrganization"], "aliases": []},
    {"iri": B + "id/org/jaxa", "label": "Japan Aerospace Exploration Agency", "acronym": "JAXA",
     "type": "SpaceAgency", "types": ["SpaceAgency", "FormalOrganization"], "aliases": []},
    {"iri": B + "id/org/kari", "label": "Korea Aerospace Research Institute", "acronym": "KARI",
     "type": "SpaceAgency", "types": ["SpaceAgency"], "aliases": []},
    {"iri": B + "id/org/asa", "label": "Australian Space Agency", "acronym": "ASA",
     "type": "SpaceAgency", "types": ["SpaceAgency"], "aliases": []},
    {"iri": B + "id/org/asi", "label": "Agenzia Spaziale Italiana", "acronym": "ASI",
     "type": "SpaceAgency", "types": ["SpaceAgency"], "aliases": ["Italian Space Agency"]},
    {"iri": B + "id/org/csa", "label": "Canadian Space Agency", "acronym": "CSA",
     "type": "SpaceAgency", "types": ["SpaceAgency"], "aliases": []},
    {"iri": B + "id/group/twg", "label": "Technology Working Group", "acronym": "TWG",
     "type": "WorkingGroup", "types": ["WorkingGroup"], "aliases": ["Technical Working Group"]},
    {"iri": B + "id/group/btt", "label": "Benefits Tiger Team", "acronym": "BTT",
     "type": "Team", "types": ["Team"], "aliases": []},
    {"iri": B + "id/tech/npp", "label": "Nuclear Power and Propulsion", "acronym": None,
     "type": "Concept", "types": ["Concept"], "aliases": []},
    {"iri": B + "id/tech/nuclear-propulsion", "label": "Nuclear Propulsion", "acronym": None,
     "type": "Concept", "types": ["Concept"], "aliases": []},
    {"iri": B + "id/tech/rps", "label": "Radioisotope Power Systems", "acronym": "RPS",
     "type": "Concept", "types": ["Concept"], "aliases": []},
    {"iri": B + "id/place/japan", "label": "Japan", "type": "Place", "types": ["Place"], "aliases": []},
    {"iri": B + "id/place/republic-of-korea", "label": "Republic of Korea", "type": "Place", "types": ["Place"],
     "aliases": ["South Korea", "Korea"]},
    {"iri": B + "id/place/australia", "label": "Australia", "type": "Place", "types": ["Place"], "aliases": []},
    {"iri": B + "id/place/italy", "label": "Italy", "type": "Place", "types": ["Place"], "aliases": []},
    {"iri": B + "id/place/canada", "label": "Canada", "type": "Place", "types": ["Place"], "aliases": []},
    {"iri": B + "id/place/montreal", "label": "Montréal", "type": "Place", "types": ["Place"], "aliases": ["Montreal"]},
    {"iri": B + "id/place/paris", "label": "Paris", "type": "Place", "types": ["Place"], "aliases": []},
    {"iri": B + "id/event/sam-2022", "label": "ISECG Senior Agency Managers meeting", "type": "Event",
     "types": ["Event"], "aliases": []},
    {"iri": B + "id/event/iac-2022", "label": "73rd International Astronautical Congress", "acronym": "IAC",
     "type": "Event", "types": ["Event"], "aliases": []},
    {"iri": B + "id/doc/ger-2018", "label": "The Global Exploration Roadmap", "acronym": "GER",
     "type": "CreativeWork", "types": ["CreativeWork"], "aliases": []},
    {"iri": B + "id/doc/benefits", "label": "Benefits Stemming from Space Exploration", "type": "CreativeWork",
     "types": ["CreativeWork"], "aliases": []},
    {"iri": B + "id/activity/ctp-update", "label": "Update of the GER Critical Technology Portfolio",
     "type": "Activity", "types": ["Activity"], "aliases": []},
]]

TURTLE = f"""
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix isecg: <https://w3id.org/isecg-kg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .

<{B}id/org/isecg> a org:FormalOrganization ; skos:prefLabel "International Space Exploration Coordination Group" .
<{B}id/org/jaxa> a isecg:SpaceAgency ; skos:prefLabel "Japan Aerospace Exploration Agency" ;
    org:memberOf <{B}id/org/isecg> ; isecg:country <{B}id/place/japan> .
<{B}id/org/kari> a isecg:SpaceAgency ; skos:prefLabel "Korea Aerospace Research Institute" ;
    isecg:country <{B}id/place/republic-of-korea> .
<{B}id/m1> a org:Membership ; org:member <{B}id/org/kari> ; org:organization <{B}id/org/isecg> .
<{B}id/org/asa> a isecg:SpaceAgency ; skos:prefLabel "Australian Space Agency" ; org:memberOf <{B}id/org/isecg> ;
    isecg:country <{B}id/place/australia> .
<{B}id/org/asi> a isecg:SpaceAgency ; skos:prefLabel "Agenzia Spaziale Italiana" ; org:memberOf <{B}id/org/isecg> ;
    isecg:country <{B}id/place/italy> .
<{B}id/org/csa> a isecg:SpaceAgency ; skos:prefLabel "Canadian Space Agency" ; org:memberOf <{B}id/org/isecg> ;
    isecg:country <{B}id/place/canada> ; isecg:worksOn <{B}id/tech/rps> .
<{B}id/group/twg> a isecg:WorkingGroup ; skos:prefLabel "Technology Working Group" ; org:unitOf <{B}id/org/isecg> ;
    isecg:worksOn <{B}id/tech/npp> .
<{B}id/group/btt> a isecg:Team ; skos:prefLabel "Benefits Tiger Team" ; org:unitOf <{B}id/org/isecg> .
<{B}id/tech/npp> a skos:Concept ; skos:prefLabel "Nuclear Power and Propulsion" .
<{B}id/tech/nuclear-propulsion> a skos:Concept ; skos:prefLabel "Nuclear Propulsion" ; skos:broader <{B}id/tech/npp> .
<{B}id/tech/rps> a skos:Concept ; skos:prefLabel "Radioisotope Power Systems" ; skos:broader <{B}id/tech/npp> .
<{B}id/place/japan> skos:prefLabel "Japan" .
<{B}id/place/republic-of-korea> skos:prefLabel "Republic of Korea" .
<{B}id/place/australia> skos:prefLabel "Australia" .
<{B}id/place/italy> skos:prefLabel "Italy" .
<{B}id/place/canada> skos:prefLabel "Canada" .
<{B}id/place/montreal> a schema:Place ; skos:prefLabel "Montréal" .
<{B}id/place/paris> a schema:Place ; skos:prefLabel "Paris" .
<{B}id/event/sam-2022> a schema:Event ; skos:prefLabel "ISECG Senior Agency Managers meeting" ;
    schema:startDate "2022-10-13"^^xsd:date ; schema:location <{B}id/place/montreal> ; schema:organizer <{B}id/org/csa> .
<{B}id/event/iac-2022> a schema:Event ; skos:prefLabel "73rd International Astronautical Congress" ;
    schema:startDate "2022-09-18"^^xsd:date ; schema:location <{B}id/place/paris> .
<{B}id/doc/ger-2018> a schema:CreativeWork ; dcterms:title "The Global Exploration Roadmap" ;
    dcterms:issued "2018"^^xsd:gYear .
<{B}id/doc/benefits> a schema:CreativeWork ; dcterms:title "Benefits Stemming from Space Exploration" ;
    dcterms:issued "2013"^^xsd:gYear ; dcterms:type "white paper" .
<{B}id/st/csa-rps> rdf:subject <{B}id/org/csa> ; rdf:predicate isecg:worksOn ; rdf:object <{B}id/tech/rps> ;
    prov:wasDerivedFrom <{B}id/doc/ger-2018/passage/3> .
<{B}id/doc/ger-2018/passage/3> dcterms:isPartOf <{B}id/doc/ger-2018> .
<{B}id/activity/ctp-update> a isecg:Activity ; rdfs:label "Update of the GER Critical Technology Portfolio" ;
    isecg:plannedFor "2023"^^xsd:gYear ; schema:agent <{B}id/group/twg> .
"""


def turtle_store(turtle: str, folder: Path, *, graph: str = B + "graph/doc/test") -> EmbeddedStore:
    """``turtle`` as the named graph ``graph`` of an on-disk store in ``folder``."""
    (folder / "data.ttl").write_text(turtle)
    write_store(folder / "store", [(folder / "data.ttl", graph)])
    return EmbeddedStore.open(folder / "store")


def fixture_graph(folder: Path) -> GraphStore:
    """The data above as the reference graph of an on-disk store in ``folder``, as a build has it."""
    (folder / "reference.ttl").write_text(TURTLE)
    write_store(folder / "store", [(folder / "reference.ttl", B + "graph/reference")])
    return EmbeddedStore.open(folder / "store")


def answerer_over(documents: dict[str, str], folder: Path) -> Answerer:
    """An answerer over a corpus of the given texts (file name: text), ingested as a user would into ``folder``."""
    corpus = folder / "corpus"
    corpus.mkdir()
    for name, text in documents.items():
        (corpus / name).write_text(text)
    return _ingested(corpus, folder)


def answerer_of_probes(probes: Path, folder: Path) -> Answerer:
    """An answerer over the PDF and Markdown documents of a probe folder (a .txt or .html beside a PDF is its
    markup source, not a document), ingested as a user would into ``folder``."""
    corpus = folder / "corpus"
    corpus.mkdir()
    for f in probes.iterdir():
        if f.suffix in (".pdf", ".md"):
            shutil.copy(f, corpus / f.name)
    return _ingested(corpus, folder)


def _ingested(corpus: Path, folder: Path) -> Answerer:
    settings = Settings.load(environ={}).replace(corpus_dir=corpus, index_dir=folder / "indexes")
    report = ingest(settings, progress=False)
    assert report.ok, report.failed
    return Answerer.from_build(report.build, settings)


def short_said(response: dict) -> str:
    """A response's short answer, lower-cased ("" when there is none): what the probes compare."""
    return (response["short_answer"] or "").lower()


def says_one_of(said: str, expected: str) -> bool:
    """Whether ``said`` holds one of ``expected``'s alternatives ("NASA|National Aeronautics")."""
    return any(s.lower() in said for s in expected.split("|"))


def words_of(text: str) -> str:
    """A text's words, lower-cased and spaced (" kari in songdo "), to find an answer in it whatever its punctuation."""
    return f" {' '.join(re.findall(r'[a-z0-9]+', text.lower()))} "


def assert_answered(response: dict, answers: list[str], documents: list[str], *, top: int | None = None) -> None:
    """One of ``answers`` stands in the answer (whatever its punctuation), and each of ``documents`` gives
    evidence (among the first ``top`` passages when given)."""
    said = words_of(response["answer"] or "")
    assert any(words_of(a) in said for a in answers), (response["shape"], response["answer"])
    shown = {e.document.id for e in response["evidence"][:top]}
    assert set(documents) <= shown, shown


def bag_of_words(texts):
    """A stand-in encoder: unit vectors of hashed content words (enough to order sentences)."""
    vectors = np.zeros((len(texts), 64), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in content_words(text):
            vectors[row, zlib.crc32(word.encode()) % 64] += 1
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)
