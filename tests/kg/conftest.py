"""Extraction on short texts written for the tests (roadmap and gap-assessment style)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.ingest.model import Document, Page, Passage
from isecg_kg.kg.extract import extract_document
from isecg_kg.kg.reference import reference_gazetteer

BASE = "http://kg.test/"


class Result:
    def __init__(self, extraction):
        self.extraction = extraction

    @staticmethod
    def _short(value) -> str:
        value = value if isinstance(value, str) else value.value
        return value.removeprefix(BASE)

    @property
    def facts(self) -> set[tuple[str, str, str]]:
        """(subject, predicate, object) with IRIs shortened to their path ("id/org/dlr")."""
        return {(self._short(f.s), f.p, self._short(f.o)) for f in self.extraction.facts}

    def labels(self) -> dict[str, str]:
        return {self._short(e.iri): e.label for e in self.extraction.entities.values()}

    def works_on(self) -> set[tuple[str, str]]:
        """(organisation acronym slug, work): a new item by its label, a known one by its path ("id/tech/isru")."""
        labels = self.labels()
        return {(s.removeprefix("id/org/"), labels.get(o, o)) for s, p, o in self.facts if p == "isecg:worksOn"}

    def provenance(self, s, p, o):
        return [f.evidence for f in self.extraction.facts
                if (self._short(f.s), f.p, self._short(f.o)) == (s, p, o)]


@pytest.fixture(scope="session")
def gazetteer():
    return reference_gazetteer(BASE)


@pytest.fixture
def extract(gazetteer):
    """extract(text) -> Result; pages are separated by form feeds, one passage per page; ``file``: the document's file
    name; ``corpus``: the corpus_* keywords of extract_document (the other documents it may cite)."""

    def run(text: str, *, title: str = "Test Roadmap", year: int = 2024, file: str = "test.txt", **corpus) -> Result:
        doc = Document(id="test-doc", file=file, sha256="0", title=title, year=year)
        pages, passages = [], []
        for number, page_text in enumerate(text.split("\f"), start=1):
            pages.append(Page("test-doc", number, page_text))
            passages.append(Passage(f"test-doc/{number - 1}", "test-doc", number - 1, page_text, None, [number], 0,
                                    len(page_text)))
        return Result(extract_document(doc, pages, passages, gazetteer, BASE, **corpus))

    return run


@pytest.fixture
def authors_pdf(gazetteer):
    """authors_pdf(name) -> (creators of the document, {(person slug, body)}): a probe PDF of
    tests/data/probes/authors through the real ingestion."""
    def short(value) -> str:
        return (value if isinstance(value, str) else value.value).removeprefix(BASE)

    def run(name: str):
        path = Path(__file__).resolve().parents[1] / "data" / "probes" / "authors" / f"{name}.pdf"
        doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
        facts = extract_document(doc, pages, chunk(doc.id, pages), gazetteer, BASE).facts
        creators = {short(f.o) for f in facts if f.p == "dcterms:creator" and short(f.s) == f"id/doc/{name}"}
        people = {(short(f.s).removeprefix("id/person/"), short(f.o)) for f in facts if f.p == "schema:affiliation"}
        return creators, people

    return run


@functools.lru_cache(maxsize=None)
def probe_result(path: Path) -> Result:
    """A probe PDF as ingest reads it, extracted alone (each read once a session)."""
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    return Result(extract_document(doc, pages, chunk(doc.id, pages), reference_gazetteer(BASE), BASE))
