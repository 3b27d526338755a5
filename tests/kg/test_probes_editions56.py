"""Stop 56 probes of a series' editions counted with their years, all of them from the first: "has published three
editions of the Global Exploration Roadmap (2011, 2013 and 2018)", "two editions of its roadmap, in 2031 and 2034"
(the n-th year the n-th edition's). Negatives: the last editions counted, years fewer or more than counted. And a
corpus document a document cites by its title, or a part of it naming it alone, with no date or relation told:
referenced (dcterms:references). Written in other words and years than any set's; no held-out text was read for
them."""

from __future__ import annotations

import pytest

from isecg_kg.ingest.model import Document, Page, Passage
from isecg_kg.kg.graph import document_entity
from isecg_kg.kg.extract import extract_document
from isecg_kg.kg.reference import name_key, reference_gazetteer

from .conftest import BASE
from .test_probes_editions12 import _issued

GER = "id/work/global-exploration-roadmap-edition-"


@pytest.mark.parametrize("text", [
    "Since its founding the group has issued three editions of the Global Exploration Roadmap (2031, 2034 and 2038).",
    "ISECG released three editions of The Global Exploration Roadmap, in 2031, 2034 and 2038, and two supplements.",
])
def test_editions_counted_with_their_years(extract, text):
    r = extract("Coordination report\n" + text, title="Coordination report", year=2040)
    assert [_issued(r, f"{GER}{n}") for n in (1, 2, 3)] == [{"2031"}, {"2034"}, {"2038"}]


@pytest.mark.parametrize("text", [
    "The last two editions of the Global Exploration Roadmap (2034 and 2038) stressed the Moon.",
    "Three editions of the Global Exploration Roadmap (2034 and 2038) are cited here.",
])
def test_no_editions_by_rank_from_some_of_them(extract, text):
    r = extract("Coordination report\n" + text, title="Coordination report", year=2040)
    assert not any(_issued(r, f"{GER}{n}") for n in (1, 2, 3))


CITED = Document(id="relay-update-2027", file="f.pdf", sha256="1", year=2027,
                 title="Cislunar Relay Frequency Plan — Ka-band Allocation Scenario Update")


@pytest.mark.parametrize("sentence, cited", [
    ("Despite the distance, the group delivered the Cislunar Relay Frequency Plan, Ka-band Allocation Scenario "
     "Update, in May 2027.", True),
    ("The Ka-band Allocation Scenario Update guided the agencies' plans.", True),
    ("The group discussed frequency plans for cislunar relays.", False),
], ids=["title-and-part", "part", "none"])
def test_a_corpus_document_cited_by_its_title_is_referenced(sentence, cited):
    gazetteer, entity = reference_gazetteer(BASE), document_entity(BASE, CITED)
    gazetteer.add(entity)
    text = "Relay Working Group Annual Report 2028\n" + sentence
    doc = Document(id="test-doc", file="t.txt", sha256="0", title="Relay Working Group Annual Report 2028", year=2028)
    extraction = extract_document(doc, [Page("test-doc", 1, text)],
                                  [Passage("test-doc/0", "test-doc", 0, text, None, [1], 0, len(text))], gazetteer, BASE,
                                  corpus_titles={name_key(entity.label): entity.iri}, corpus_years={entity.iri: 2027})
    referenced = {str(f.o) for f in extraction.facts if f.p == "dcterms:references"}
    assert referenced == ({entity.iri} if cited else set())
