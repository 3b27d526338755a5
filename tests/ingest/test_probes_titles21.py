"""Probes for a document's title when its PDF's metadata title is a file's label of the document (round 21), printed
to PDF by headless Chromium from the HTML beside them (tests/data/probes/titles21/make_probes.py).

Across the development sets' PDFs, a metadata title differing from the first page's title was a label more often than
not ("ISECG Press Release 19 November 2020", "GES implementation status 2011"): the title the page sets is the one a
reader cites. Positives: a release's label with its date, a short acronym label, a file's version label, a body's full
name set above the title in its type. Negatives (the metadata title kept): it says the page's words and more; a
periodical's issue (its headings are stories); a kicker in capitals; a standfirst running on into the text below it and
a sidebar's "In brief"; a genre's label over a credit line ("Prepared by"); a heading that differs by a date only."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import read_source, sha256

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "titles21"

# (the positives keep the file's label as a second name of the document: a reader may name it so)
LABELS = {
    "p-release-label": ("Six agencies agree a shared plan for lunar night survival", "Agency news release 4 March 2026"),
    "p-short-label": ("Advancing the Mars Transit Roadmap", "TRM status 2019"),
    "p-code-label": ("Workshop on Cislunar Navigation Standards", "wkshp-rpt_v2 final 2024"),
    "p-body-banner": ("Plenary Meeting — Record", "MoM 2027"),
}
TITLES = {
    "n-meta-more": "Coordination Group Annual Report 2027",
    "n-periodical": "Exploration Bulletin · Issue 7 · June 2026",
    "n-kicker-caps": "Thermal Control of Lunar Rovers Through the Night",
    "n-standfirst": "Interview with a working-group chair",
    "n-prepared-by": "Benefits of a Lunar Surface Outpost",
    "n-date-only": "Mars Sample Return Coordination Teleconference",
}


def _doc(name: str):
    path = PROBES / f"{name}.pdf"
    return read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)[0]


@pytest.mark.parametrize("name", sorted(LABELS))
def test_the_pages_title_over_the_files_label(name):
    doc = _doc(name)
    assert (doc.title, doc.label) == LABELS[name]


@pytest.mark.parametrize("name", sorted(TITLES))
def test_the_metadata_title_kept(name):
    doc = _doc(name)
    assert (doc.title, doc.label) == (TITLES[name], None)
