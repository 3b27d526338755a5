"""Probes of a table's row of totals in a PDF (round 24): documents printed by headless Chromium from the HTML beside
them (tests/data/probes/attend24/make_probes.py writes both).  A bold row of totals under an attendance table ("Total
11", "Total: 3 agencies 7") is a row of the table, in the passage with the rows above it, not a heading opening a
section of its own; a bold line opening with "Total" that names a figure of no table ("Total funding in 2030") stays
a heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "attend24"


def _read(name: str):
    path = PROBES / f"{name}.pdf"
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    segments = [(s.kind, page.text[s.start:s.end]) for page in pages for s in page.segments]
    return segments, chunk(doc.id, pages)


@pytest.mark.parametrize("name, total, row", [
    ("p01-bold-total", "Total 11", "UKSA 2 Member"),
    ("p02-bold-total-kinds", "Total: 3 agencies 7", "ASI Luca Rossi 2"),
])
def test_a_bold_row_of_totals_stays_in_its_table(name, total, row):
    segments, passages = _read(name)
    assert ("row", total) in segments
    assert any(total in p.text and row in p.text for p in passages)


def test_a_bold_heading_opening_with_total_stays_a_heading():
    segments, _ = _read("n01-total-heading")
    assert ("heading", "Total funding in 2030") in segments
