"""Probes (round 19): a list item whose bold lead runs on into plain type on the next line is no heading, so the
list stays whole in one section (a heading taken from it cut the list, and its item, out of the passage of the
sentence announcing it).  The lead runs on when it ends on a word leading into more, holds a term with the start
of its text going on in lower case, or fills the line with a relative clause.  A document printed to PDF by
headless Chromium from the HTML beside it (tests/data/probes/leads19/make_probes.py writes both)."""

from __future__ import annotations

from pathlib import Path

from isecg_kg.ingest import read_source, sha256

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "leads19"


def _segments(name: str) -> list[tuple[str, str]]:
    path = PROBES / f"{name}.pdf"
    _, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    return [(s.kind, page.text[s.start:s.end]) for page in pages for s in page.segments]


def test_bold_leads_running_on_stay_in_their_list():
    segments = _segments("l01-bold-leads")
    headings = [text for kind, text in segments if kind == "heading"]
    assert not any(h.startswith(("The Surface Mobility", "The Deep Space", "Education and outreach")) for h in headings)
    listed = next(text for kind, text in segments if "The Surface Mobility Programme (SMP)" in text)
    for item in ("which delivered the first pressurised rover test campaign", "formed in Toulouse in June 2018",
                 "Education and outreach: the agencies brought young engineers"):
        assert item in listed


def test_bold_headings_standing_alone_stay_headings():
    headings = [text for kind, text in _segments("l01-bold-leads") if kind == "heading"]
    # a title, a field's label of two words over its value, a title holding commas
    assert headings == ["Outlook for 2020", "Prepared by", "Robotic precursors, landers and rovers"]
