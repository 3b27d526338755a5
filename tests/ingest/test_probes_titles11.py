"""Probes for a document's title and year read from a PDF's first page (round 11): first pages in several layouts,
printed to PDF by headless Chromium from the HTML beside them (tests/data/probes/titles11/make_probes.py writes
the HTML; the PDFs have no metadata title, so the title comes from the page's type).

Positives (each failed on the base): a genre's or series' label set larger than the title keeps the title below it
("Global Exploration Roadmap Supplement — Mars Sample Return ...", "ISECG White Paper — Water Ice ...", not the label
alone); a body's name in capitals in the title's type is no part of it; a title over three lines spaced apart, or
broken after a colon, or by a larger year, is read whole; the title's opening words set smaller above it ("The Case
for" / "Lunar Far-Side Radio Astronomy") are part of it; a metadata title that is a series' label and number ("ISECG
White Paper Series · No. 4", "Report No. ISECG-TR-2023-02") is no title; a span of years below the title
("2027–2032") or a year inside a report's number above it ("ISECG/TN/2022-014") gives way to the date line.
Negatives (held on both): a single-line title; a title's own subtitle below it (left out: see NEGATIVES); a
section's heading below the title ("Executive Summary"); a banner above a wrapped title; a cover page; a large date
or report number above the title; a sentence-case standfirst below it ("A year of closer cooperation ..."); a
dateline below it ("ISECG · 14 May 2024 · Technical digest"); a genre label below it ("Working Paper"); a title in
capitals over two lines; a metadata title saying more than the page, or less; a dateline's ISO date."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import read_source, sha256

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "titles11"


def _doc(name: str):
    path = PROBES / f"{name}.pdf"
    doc, _ = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    return doc


POSITIVES = {
    "b-sub-dash": ("Gateway Utilisation Plan", 2026),  # (not the subtitle's "2027–2032" below it)
    "b-series-big": ("Global Exploration Roadmap Supplement — Mars Sample Return Campaign Scenario", 2025),
    "b-label-big": ("ISECG White Paper — Water Ice Prospecting at the Lunar Poles", None),
    "b-series-no": ("Technical Note No. 7 — Dust Mitigation for Surface Systems", None),
    "b-caps-banner-same": ("Planetary Protection Considerations for Crewed Mars Landings", None),
    "c-centred-spaced": ("Human and Robotic Partnership in the Exploration of Small Bodies", None),
    "c-colon-lines": ("Beyond the Gateway: Mars Transit Habitat Options", None),
    "c-mixed-size": ("The Case for Lunar Far-Side Radio Astronomy", None),
    "c-big-year": ("Exploration Technology Roadmap 2030 Priorities for Cislunar Operations", None),
    # (with a metadata title: a strict part of the page's title; a series' label and number; a report's number)
    "d-meta-series": ("Crew Time as a Shared Resource", 2024),
    "d-meta-number": ("Lunar Navigation Beacons", 2023),
    "d-number-date": ("Lunar Surface Cryogenic Storage", 2023),  # (not the number's "ISECG/TN/2022-014")
}

NEGATIVES = {
    # a title's own subtitle is left out: it would make the title, and the works named after it, longer than a reader
    # names them (tried: dev set a lost two answers when a metadata title took its page's subtitle)
    "series-subtitle": ("In-Space Assembly of Large Structures", 2024),
    "number-capitals": ("SURFACE MOBILITY FOR CREWED MARS MISSIONS", 2022),
    "date-between": ("Radiation Protection for Deep-Space Crews", 2025),
    "three-lines": ("Coordinating Robotic Precursor Missions for the Exploration of Mars and Its Moons Phobos and Deimos",
                    2023),
    "d-meta-part": ("Surface Habitat Commonality", None),
    "single-line": ("Lunar Communications Architecture", None),
    "section-after": ("Cryogenic Fluid Management Roadmap", None),
    "banner-wrapped": ("Pathways to a Sustained Human Presence on the Lunar Surface and Beyond", None),
    "cover-only": ("Commercial Partnerships in Lunar Exploration: Lessons from the First Decade", None),
    "b-date-big": ("Lunar Surface Habitation Concepts", 2024),
    "b-number-big": ("Autonomy for Crewed Deep-Space Vehicles", 2024),
    "b-logo-caps": ("Human Health Risks on Long-Duration Missions", 2024),
    "standfirst": ("ISECG Annual Report 2024", 2024),
    "dateline": ("Lunar Surface Power Options", 2024),
    "c-br-short": ("Mars Ascent Vehicle Interfaces", None),
    "c-caps-two": ("IN-SITU RESOURCE UTILISATION DEMONSTRATION MISSIONS", 2023),
    "d-meta-more": ("Orbital Debris Around the Moon - ISECG Discussion Paper 2025", 2025),  # (metadata says more)
    "d-iso-date": ("Gateway Logistics Flights", 2021),  # (a dateline's "2021-11-30")
}


@pytest.mark.parametrize("name", sorted({**POSITIVES, **NEGATIVES}))
def test_title_and_year(name):
    title, year = {**POSITIVES, **NEGATIVES}[name]
    doc = _doc(name)
    assert doc.title == title
    if year is not None:  # (no date on the page: the file's creation date, the day the probe was printed)
        assert doc.year == year
