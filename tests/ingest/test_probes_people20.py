"""Probes (round 20): a paper's author block that sets each name bold on a line of its own over a plain line naming
the author's body is a byline, no heading ("Lucía Romero¹" / "Agencia Espacial Mexicana (AEM), Mexico City"): read
as headings, the names cut the block into one section per author and the people rules never saw them.  A bold heading
shaped like a name over a sentence that opens with a body stays a heading.  Documents printed to PDF by headless
Chromium from the HTML beside them (tests/data/probes/people20/make_probes.py writes both)."""

from __future__ import annotations

from pathlib import Path

from isecg_kg.ingest import read_source, sha256

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "people20"


def _segments(name: str) -> list[tuple[str, str]]:
    path = PROBES / f"{name}.pdf"
    _, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    return [(s.kind, page.text[s.start:s.end]) for page in pages for s in page.segments]


def test_marked_names_over_their_bodies_are_no_headings():
    segments = _segments("p01-grid-marked-authors")
    assert [text for kind, text in segments if kind == "heading"] == [
        "Lunar Volatiles and the Crewed Exploration of the South Pole", "1. Introduction"]
    # one author a line, each over their body, across the two columns of the grid
    text = "\n".join(text for _, text in segments)
    assert "Tobias Lindgren ²\nLuxembourg Space Agency, Luxembourg\nPriya K. Natarajan ³\nHuman Space Flight Centre, " \
        "ISRO, Bengaluru, India\n" in text


def test_name_like_heading_over_a_sentence_stays_a_heading():
    assert ("heading", "Lunar Logistics") in _segments("n01-name-like-heading")
