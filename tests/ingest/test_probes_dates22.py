"""Probes for a document's year when its PDF's metadata title is a file's label ending in the document's genre and
date (round 22), printed to PDF by headless Chromium from the HTML beside them (tests/data/probes/counts22/).

"(news release, June 2031)", "(working group white paper, 2029)" close the label with the document's own date; a
citation in the same form names an author ("(Lunar Forum, 2018)") and another work's year. Positives: a release whose
first page opens with a box of older dates; a paper whose first page's date is past the head the year is read from.
Negative: an author-and-year citation in the head is not the document's year."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import read_source, sha256

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "counts22"


def _doc(name: str):
    path = PROBES / f"{name}.pdf"
    return read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)[0]


@pytest.mark.parametrize(("name", "year"), [("p-release-box", 2031), ("p-paper-label", 2029), ("n-cited-head", 2031)])
def test_the_year_a_label_closes_with_is_the_documents(name, year):
    assert _doc(name).year == year
