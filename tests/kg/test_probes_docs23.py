"""Probes for documents as a series (round 23): a document naming itself "the new edition" replaces what it
supersedes; a corpus document cited by its title after such a verb is replaced too; a revision cited by its
document reference ("LDF/CH/Rev.3 of 11 March 2026") or opening a dated row of a revision history is an earlier
issue of the document's own series (its title without "Revision 4 (2030)"), with its date; an edition cited after its
title and a comma ("Supersedes: Dust Tolerance Survey, first edition (May 2027)") is of that series; a document that
presents or is an edition of a series is that edition. Negatives: a subject that is another document, a row whose date
cannot be read, a revision number in a document that has none of its own, a document drawing on an edition."""

from __future__ import annotations

import pytest

from isecg_kg.ingest.model import Document, Page, Passage
from isecg_kg.kg.extract import extract_document
from isecg_kg.kg.graph import document_entity
from isecg_kg.kg.reference import name_key, reference_gazetteer

BASE = "http://kg.test/"

RELAY = "Lunar Relay Plan — Third Edition\nReleased 3 May 2029\n\n"
CHARTER = ("Charter of the Lunar Data Forum\nRevision 4 · Adopted by the members, Lisbon, 2 May 2030\n\n"
           "Document reference LDF/CH/Rev.4. This revision supersedes LDF/CH/Rev.3 of 11 March 2026 and takes effect "
           "on adoption.\n\nArticle 1. The forum exchanges data on lunar missions.\n\n")
HISTORY = ("Revision history\nVersion Adopted Place Changes\nRev.1 05/02/2019 Paris First charter\n"
           "Rev.2 14 July 2022 Bonn Added observers\nRev.4 (this document) 2 May 2030 Lisbon Revises Rev.3\n")


def _replaced(r) -> set[str]:
    return {o for s, p, o in r.facts if s == "id/doc/test-doc" and p == "dcterms:replaces"}


@pytest.mark.parametrize("sentence, work", [
    ("The new edition supersedes the second edition of March 2026.", "id/work/lunar-relay-plan-edition-2"),
    ("The present edition replaces the first edition, released in 2024.", "id/work/lunar-relay-plan-edition-1"),
], ids=["new-edition", "present-edition"])
def test_a_document_calling_itself_new_replaces_what_it_supersedes(extract, sentence, work):
    r = extract(RELAY + sentence, title="Lunar Relay Plan — Third Edition", year=2029)
    assert _replaced(r) == {work}


def test_another_documents_verb_replaces_nothing_of_this_one(extract):
    r = extract(RELAY + "The 2027 supplement superseded the second edition of March 2026.",
                title="Lunar Relay Plan — Third Edition", year=2029)
    assert _replaced(r) == set()


CORPUS = Document(id="relay-freq-2027", file="f.pdf", sha256="1", title="Cislunar Relay Frequency Plan", year=2027)


@pytest.mark.parametrize("sentence, found", [
    ("The new edition supersedes the second edition of March 2026 and the Cislunar Relay Frequency Plan issued as a "
     "supplement in 2027.", True),
    # its subject is another document
    ("The 2028 review superseded the Cislunar Relay Frequency Plan issued as a supplement in 2027.", False),
], ids=["self-supersedes", "another-subject"])
def test_a_corpus_document_cited_by_title_after_the_verb_is_replaced(sentence, found):
    gazetteer, entity = reference_gazetteer(BASE), document_entity(BASE, CORPUS)
    gazetteer.add(entity)
    text = RELAY + sentence
    doc = Document(id="test-doc", file="t.txt", sha256="0", title="Lunar Relay Plan — Third Edition", year=2029)
    extraction = extract_document(doc, [Page("test-doc", 1, text)],
                                  [Passage("test-doc/0", "test-doc", 0, text, None, [1], 0, len(text))], gazetteer, BASE,
                                  corpus_titles={name_key(entity.label): entity.iri}, corpus_years={entity.iri: 2027})
    replaced = {str(f.o) for f in extraction.facts if f.p == "dcterms:replaces" and str(f.s) == f"{BASE}id/doc/test-doc"}
    assert (entity.iri in replaced) is found


def test_a_revision_cited_by_its_reference_is_the_one_replaced_with_its_date(extract):
    r = extract(CHARTER, title="Lunar Data Forum Charter, Revision 4 (2030)", year=2030)
    assert ("id/doc/test-doc", "dcterms:isVersionOf", "id/work/lunar-data-forum-charter") in r.facts
    assert _replaced(r) == {"id/work/lunar-data-forum-charter-edition-3"}
    assert ("id/work/lunar-data-forum-charter-edition-3", "dcterms:issued", "2026-03-11") in r.facts


def test_a_revision_historys_dated_rows_are_the_earlier_revisions(extract):
    r = extract(CHARTER + HISTORY, title="Lunar Data Forum Charter, Revision 4 (2030)", year=2030)
    assert ("id/work/lunar-data-forum-charter-edition-2", "dcterms:issued", "2022-07-14") in r.facts
    # a day and month in an order the row does not tell: no revision dated, none minted
    assert not any(s == "id/work/lunar-data-forum-charter-edition-1" for s, _, _ in r.facts)
    # its own row is no other revision
    assert ("id/doc/test-doc", "schema:version", "4") in r.facts


def test_a_revision_number_in_a_document_without_one_of_its_own_is_no_edition(extract):
    r = extract("Notes on the Lunar Data Forum\n\nAt its spring meeting the forum adopted LDF/CH/Rev.3 of 11 March 2026, "
                "which supersedes Rev.2 of the charter.\n", title="Notes on the Lunar Data Forum", year=2027)
    assert not any("edition" in s for s, _, _ in r.facts)


SURVEY = "LUNAR DATA FORUM\nRegolith Handling Survey\nSummary — Edition 2031\nPublished: 2031-03-09\n"


def test_an_edition_cited_after_its_title_and_a_comma_is_of_that_series(extract):
    r = extract(SURVEY + "Supersedes: Dust Tolerance Survey, first edition (May 2027) Contact: Forum Office, Oslo\n",
                title="Regolith Handling Survey 2031 — Summary", year=2031)
    assert _replaced(r) == {"id/work/dust-tolerance-survey-edition-1"}
    assert ("id/work/dust-tolerance-survey-edition-1", "dcterms:issued", "2027-05") in r.facts


@pytest.mark.parametrize("sentence, found", [
    ("This summary presents the second edition of the Dust Tolerance Survey, carried out by the forum.", True),
    ("The present report is the second edition of the Dust Tolerance Survey.", True),
    # it cites the edition, it is not it
    ("This summary draws on the second edition of the Dust Tolerance Survey.", False),
    ("The forum presents the second edition of the Dust Tolerance Survey next year.", False),
], ids=["presents", "is", "draws-on", "another-subject"])
def test_a_document_presenting_an_edition_is_that_edition(extract, sentence, found):
    r = extract(SURVEY + "\n" + sentence, title="Regolith Handling Survey 2031 — Summary", year=2031)
    assert (("id/doc/test-doc", "schema:version", "2") in r.facts) is found
