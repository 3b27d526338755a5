"""Stop 56 probes of a series' editions counted with their years, all of them from the first: "has published three
editions of the Global Exploration Roadmap (2011, 2013 and 2018)", "two editions of its roadmap, in 2031 and 2034"
(the n-th year the n-th edition's); a chronology's row dating the edition it names ("2031 May | Document | The Global
Exploration Roadmap, first edition"), to the day a bracket gives ("second edition (12 March)"). Negatives: the last
editions counted, years fewer or more than counted. And a corpus document a document cites by its title, or a part of
it naming it alone, with no date or relation told: referenced (dcterms:references). Written in other words and years
than any set's; no held-out text was read for them."""

from __future__ import annotations

import pytest

from isecg_kg.ingest.model import Document, Page, Passage
from isecg_kg.kg.graph import document_entity
from isecg_kg.kg.extract import extract_document
from isecg_kg.kg.reference import name_key, reference_gazetteer
from isecg_kg.kg.series import corpus_editions, series_entities

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


def _in_corpus(pages: list[str], title: str, year: int, held: Document, **corpus) -> set[tuple[str, str, str]]:
    """The facts of a document of ``pages`` in a corpus that also holds ``held`` (as the build makes its gazetteer: that
    document, and the series it is an edition of, known); ``corpus``: the corpus_* keywords of extract_document."""
    gazetteer = reference_gazetteer(BASE)
    for entity in [*series_entities([held], BASE), document_entity(BASE, held)]:
        gazetteer.add(entity)
    doc = Document(id="test-doc", file="t.txt", sha256="0", title=title, year=year)
    found = [Page("test-doc", n, text) for n, text in enumerate(pages, start=1)]
    passages = [Passage(f"test-doc/{n - 1}", "test-doc", n - 1, p.text, None, [n], 0, len(p.text))
                for n, p in enumerate(found, start=1)]
    facts = extract_document(doc, found, passages, gazetteer, BASE, **corpus).facts
    short = lambda value: (value.value if hasattr(value, "value") else str(value)).removeprefix(BASE)  # noqa: E731
    return {(short(f.s), f.p, short(f.o)) for f in facts}


CITED = Document(id="relay-update-2027", file="f.pdf", sha256="1", year=2027,
                 title="Cislunar Relay Frequency Plan — Ka-band Allocation Scenario Update")


@pytest.mark.parametrize("sentence, cited", [
    ("Despite the distance, the group delivered the Cislunar Relay Frequency Plan, Ka-band Allocation Scenario "
     "Update, in May 2027.", True),
    ("The Ka-band Allocation Scenario Update guided the agencies' plans.", True),
    ("The group discussed frequency plans for cislunar relays.", False),
], ids=["title-and-part", "part", "none"])
def test_a_corpus_document_cited_by_its_title_is_referenced(sentence, cited):
    entity = document_entity(BASE, CITED)
    facts = _in_corpus(["Relay Working Group Annual Report 2028\n" + sentence], "Relay Working Group Annual Report 2028",
                       2028, CITED, corpus_titles={name_key(entity.label): entity.iri}, corpus_years={entity.iri: 2027})
    referenced = {o for s, p, o in facts if p == "dcterms:references"}
    assert referenced == ({entity.iri.removeprefix(BASE)} if cited else set())


FIFTH = Document(id="ger-fifth", file="g.pdf", sha256="2", title="The Global Exploration Roadmap — Fifth Edition",
                 year=2045)
CHRONOLOGY = ("Chronology of the group, 2030–2040\nReference edition, 2040\n1. Milestones\nThe rows below list the "
              "group's milestones by month, one on each line.\n")


def _chronology(row: str):
    """The facts of a chronology whose rows (past its head, on the next page) end in ``row``, in a corpus holding the
    series' fifth edition."""
    return _in_corpus([CHRONOLOGY, row], "Chronology of the group, 2030–2040", 2040, FIFTH,
                      corpus_editions=corpus_editions([FIFTH], BASE))


def _dated(facts, iri: str) -> set[str]:
    return {o for s, p, o in facts if s == iri and p == "dcterms:issued"}


@pytest.mark.parametrize("row, edition, date", [
    ("2031 May Document The Global Exploration Roadmap, first edition, prepared by 9 agencies.", 1, "2031-05"),
    ("2034 March Document The Global Exploration Roadmap, second edition (12 March); replaces the 2031 edition", 2,
     "2034-03-12"),
    ("June 2038 | Publication | The Global Exploration Roadmap, third edition (June 4).", 3, "2038-06-04"),
])
def test_a_chronologys_row_dates_the_edition_it_names(row, edition, date):
    assert _dated(_chronology(row), f"{GER}{edition}") == {date}


def test_a_chronologys_month_and_kind_are_no_title():
    facts = _chronology("2031 May Document The Global Exploration Roadmap, first edition, prepared by 9 agencies.")
    assert not any("may-document" in s for s, _, _ in facts)


def test_no_row_date_from_a_sentence():
    facts = _chronology("In 2031 the agencies praised The Global Exploration Roadmap, first edition, as a start.")
    assert not _dated(facts, f"{GER}1")
