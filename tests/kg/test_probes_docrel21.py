"""Probes for what a document replaces or builds on when the sentence names it by a pronoun (round 21): "In June 2027
the group published Lunar Night Survival Options. This paper replaces it as ..." replaces the one document the sentence
before names. Negatives: the sentence before names two documents (which one is "it"?), or none; a sentence naming its
object outright is read as before."""

from __future__ import annotations

import pytest

from isecg_kg.ingest.model import Document, Page, Passage
from isecg_kg.kg.extract import extract_document
from isecg_kg.kg.graph import document_entity
from isecg_kg.kg.reference import name_key, reference_gazetteer

BASE = "http://kg.test/"
CITED = [Document(id="night-2027", file="n.pdf", sha256="1", title="Lunar Night Survival Options", year=2027),
         Document(id="relay-2026", file="r.pdf", sha256="2", title="Cislunar Relay Frequency Plan", year=2026)]


def _relations(text: str) -> set[tuple[str, str]]:
    gazetteer = reference_gazetteer(BASE)
    entities = [document_entity(BASE, d) for d in CITED]
    for entity in entities:
        gazetteer.add(entity)
    doc = Document(id="test-doc", file="t.txt", sha256="0", title="Surviving the Lunar Night", year=2031)
    extraction = extract_document(doc, [Page("test-doc", 1, text)],
                                  [Passage("test-doc/0", "test-doc", 0, text, None, [1], 0, len(text))], gazetteer, BASE,
                                  corpus_titles={name_key(e.label): e.iri for e in entities},
                                  corpus_years={e.iri: d.year for e, d in zip(entities, CITED)})
    return {(f.p, str(f.o).removeprefix(BASE)) for f in extraction.facts
            if str(f.s) == f"{BASE}id/doc/test-doc" and f.p in ("dcterms:replaces", "schema:isBasedOn")}


POSITIVES = [
    ("Surviving the Lunar Night\n\nIn June 2027 the group published Lunar Night Survival Options, its first look at "
     "the problem. This paper replaces it as the agencies' common reference.", {("dcterms:replaces", "id/doc/night-2027")}),
    ("Surviving the Lunar Night\n\nThe relay study Cislunar Relay Frequency Plan appeared in 2026. The present report "
     "builds on that study in its second part.", {("schema:isBasedOn", "id/doc/relay-2026")}),
]
NEGATIVES = [
    # two documents named before: no telling which one "it" is
    "Surviving the Lunar Night\n\nLunar Night Survival Options and Cislunar Relay Frequency Plan were both published "
    "earlier. This paper replaces it in part.",
    # no document named before
    "Surviving the Lunar Night\n\nThe agencies met in Lisbon in 2030. This paper replaces it as a record.",
]


@pytest.mark.parametrize("text, found", POSITIVES, ids=["replaces-it", "builds-on-that-study"])
def test_a_pronoun_names_the_document_the_sentence_before_names(text, found):
    assert _relations(text) == found


@pytest.mark.parametrize("text", NEGATIVES, ids=["two-named-before", "none-named-before"])
def test_no_relation_when_the_pronoun_names_no_one_document(text):
    assert _relations(text) == set()


# A chronology's entries dating an edition they open with: "DATE — Second edition of the X is published."
ENTRIES = [
    ("- 14 May 2029 — Second edition of the Lunar Relay Plan is published. It adds the far side.",
     "id/work/lunar-relay-plan-edition-2", "2029-05-14"),
    ("- June 2026: First edition of *The Lunar Relay Plan* (LRP) is released, with two options.",
     "id/work/lunar-relay-plan-edition-1", "2026-06"),
]
ENTRY_NEGATIVES = [
    # the date of something else the entry tells, or a release still to come
    "- 14 May 2029 — The plenary agreed that the second edition of the Lunar Relay Plan is published next year.",
    "- 2029 — Second edition of the Lunar Relay Plan is to be published in 2031.",
]
RELAY_HEAD = "Lunar Relay Plan: a history\n\nThe Lunar Relay Plan has had several editions.\n\n"


@pytest.mark.parametrize("entry, work, date", ENTRIES, ids=["iso-dash", "month-colon"])
def test_a_chronologys_entry_dates_the_edition_it_opens_with(extract, entry, work, date):
    r = extract(RELAY_HEAD + entry, title="Lunar Relay Plan: a history", year=2030)
    assert (work, "dcterms:issued", date) in r.facts


@pytest.mark.parametrize("entry", ENTRY_NEGATIVES, ids=["another-subject", "to-come"])
def test_no_date_from_an_entry_not_releasing_its_subject(extract, entry):
    r = extract(RELAY_HEAD + entry, title="Lunar Relay Plan: a history", year=2030)
    assert not any(p == "dcterms:issued" and "edition-2" in s for s, p, _ in r.facts)
