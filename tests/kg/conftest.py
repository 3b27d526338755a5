"""Extraction on short texts written for the tests (roadmap and gap-assessment style)."""

from __future__ import annotations

import pytest

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

    def provenance(self, s, p, o):
        return [f.evidence for f in self.extraction.facts
                if (self._short(f.s), f.p, self._short(f.o)) == (s, p, o)]


@pytest.fixture(scope="session")
def gazetteer():
    return reference_gazetteer(BASE)


@pytest.fixture
def extract(gazetteer):
    """extract(text) -> Result; pages are separated by form feeds, one passage per page; ``corpus``: the
    corpus_* keywords of extract_document (the other documents it may cite)."""

    def run(text: str, *, title: str = "Test Roadmap", year: int = 2024, **corpus) -> Result:
        doc = Document(id="test-doc", file="test.txt", sha256="0", title=title, year=year)
        pages, passages = [], []
        for number, page_text in enumerate(text.split("\f"), start=1):
            pages.append(Page("test-doc", number, page_text))
            passages.append(Passage(f"test-doc/{number - 1}", "test-doc", number - 1, page_text, None, [number], 0,
                                    len(page_text)))
        return Result(extract_document(doc, pages, passages, gazetteer, BASE, **corpus))

    return run
