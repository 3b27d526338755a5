"""Round 22 probes of member counts at a document's date: a change told in the present perfect ("has grown from 15 to
27 members") reaches its second count at the document's date, its first at the date "since" gives; a release whose
first page opens with a box of older dates is dated by its dateline (tests/data/probes/counts22/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.kg.extract import extract_document

from .conftest import BASE
from .test_extract_temporal import _counts

HEAD = "ISECG Bulletin 2031\nIssued October 2031\nThe International Space Exploration Coordination Group (ISECG) met twice.\n"


def _extract(extract, text):
    return _counts(extract(HEAD + text, title="ISECG Bulletin 2031", year=2031))


@pytest.mark.parametrize(("text", "counts"), [
    ("Since the last roadmap, ISECG has grown from 26 to 31 member agencies.", {("31", "2031-10")}),
    ("The membership of ISECG has steadily risen from 20 to 31 agencies since 2027.", {("20", "2027"), ("31", "2031-10")}),
])
def test_a_change_in_the_present_perfect_reaches_the_documents_date(extract, text, counts):
    assert counts <= _extract(extract, text)


@pytest.mark.parametrize("text", [
    "ISECG grew from 26 to 31 member agencies.",  # the past, no date: not the document's
    "ISECG has grown from 26 to 31 member agencies by 2029.",  # its own date
])
def test_a_change_not_up_to_the_present_is_not_dated_by_the_document(extract, text):
    assert not any(date == "2031-10" for _, date in _extract(extract, text))


def test_a_release_opening_with_a_box_of_older_dates_is_dated_by_its_dateline(gazetteer):
    path = Path(__file__).resolve().parents[1] / "data" / "probes" / "counts22" / "p-release-box.pdf"
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    facts = extract_document(doc, pages, chunk(doc.id, pages), gazetteer, BASE).facts
    assert {f.o.value for f in facts if f.p == "dcterms:issued" and f.s == f"{BASE}id/doc/{path.stem}"} == {"2031-06-03"}
