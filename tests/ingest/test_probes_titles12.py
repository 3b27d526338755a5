"""Probes for a document's title when its PDF's metadata title is a paper's file label (round 12): the congress
paper's code and a short name or number ("IAC-19-B3.1.2 final", "GLEX-2021,3,2,4 x12345"), printed to PDF by
headless Chromium from the HTML beside them (tests/data/probes/docs12, mk.py), its title the first page's heading.
Negative: a metadata title that is the title with its code after it ("Dust Mitigation for Lunar Habitats
(IAC-18-A5.2.3)") is kept, not the shorter heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import read_source, sha256

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "docs12"


def _doc(name: str):
    path = PROBES / f"{name}.pdf"
    doc, _ = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    return doc


@pytest.mark.parametrize("name, title, year", [
    ("d01-paper-code-file-label", "Crew Time on the Gateway: Lessons from Space Station Operations", 2019),
    ("d02-code-opening-gnf-label", "Sharing Lunar Surface Power Among Agencies", 2021),
])
def test_paper_code_label_gives_way_to_heading(name, title, year):
    doc = _doc(name)
    assert (doc.title, doc.year) == (title, year)


def test_title_ending_in_its_code_is_kept():
    assert _doc("d03-real-title-with-code").title == "Dust Mitigation for Lunar Habitats (IAC-18-A5.2.3)"
