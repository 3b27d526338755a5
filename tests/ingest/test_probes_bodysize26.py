"""Round 26 probes of a document's body type (`clean._body_size`): a table set smaller than the prose may hold more
characters than the prose; its type is not the body's, or every line of prose would be read as a heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest.clean import clean_document
from isecg_kg.ingest.extract import read_document

PROBES = Path(__file__).resolve().parent.parent / "data" / "probes" / "bodysize26"


def _segments(name: str, kind: str) -> list[str]:
    page = clean_document(read_document(PROBES / f"{name}.pdf"))[0]
    return [page.text[s.start:s.end] for s in page.segments if s.kind == kind]


@pytest.mark.parametrize("name", ["p-table-heavy", "n-prose-heavy"])
def test_prose_beside_a_larger_table_is_body_text(name):
    assert all(len(h.split()) <= 8 for h in _segments(name, "heading"))
    assert "1. A word from the outgoing chair" in _segments(name, "heading")
    body = " ".join(_segments(name, "body"))
    assert "where the chair passed to the Kenya Space Agency" in body


def test_the_tables_headers_stay_headings():
    assert {"2. Members", "3. Meetings"} <= set(_segments("p-table-heavy", "heading"))
