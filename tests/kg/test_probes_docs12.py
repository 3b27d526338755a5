"""Probes for round 12 (documents, technology tables, authorship), written from how such documents are laid out,
not from the development sets' wording.

Technology tables printed to PDF by headless Chromium (tests/data/probes/docs12, mk.py) and read through the real
ingestion: a header whose last column's name sits on a line of its own in the header's type ("Capability Lead" /
"agency named" / "Remarks on progress to date"), rows whose code opens the work cell ("CG-05 Water extraction ...")
beside a status column, an agency qualified by a long bracket before the next ("DLR (active dosimeters for crews),
ISA"); negative: a table ending at a page's foot, the next page opening with headings of acronyms ("TWG IAWG"),
which are no rows.

Signatories: the bodies listed under a caption saying who signed or adopted the document ("Signatories", "Agencies
that adopted the statement", "Organisations endorsing this declaration:") are its creators; negatives: agencies that
adopted or signed another work ("Agencies that adopted the Global Exploration Strategy:", "Agencies that signed
the Artemis Accords:"). ("Signatories" over a list was read before, by rules_people; kept as a probe.)  A row's acronym that opens a known body's name ("PT Space") is no new body.

A meeting's notes ("Workshop Notes", "Notes of the plenary ...") are its minutes, a record whose participants
attended it rather than wrote it; "Technical Notes" is no record."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.kg.extract import extract_document
from isecg_kg.kg.series import genre_of, head_genre

BASE = "http://kg.test/"
FOLDER = Path(__file__).resolve().parents[1] / "data" / "probes" / "docs12"


def _extraction(gazetteer, path: Path):
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    return extract_document(doc, pages, chunk(doc.id, pages), gazetteer, BASE)


def _short(value) -> str:
    return (value if isinstance(value, str) else value.value).removeprefix(BASE).split("/")[-1]


def _works_on(gazetteer, name: str) -> set[tuple[str, str]]:
    ex = _extraction(gazetteer, FOLDER / f"{name}.pdf")
    labels = {_short(e.iri): e.label for e in ex.entities.values()}
    return {(_short(f.s), labels.get(_short(f.o), _short(f.o))) for f in ex.facts if f.p == "isecg:worksOn"}


def _creators(gazetteer, tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "probe-statement.md"
    path.write_text(text, encoding="utf-8")
    ex = _extraction(gazetteer, path)
    return {_short(f.o) for f in ex.facts if f.p == "dcterms:creator" and _short(f.s) == path.stem}


def test_header_column_on_its_own_line(gazetteer):
    found = _works_on(gazetteer, "t01-three-column-header-wrapped")
    assert found == {("jaxa", "Pressurised crew mobility on the lunar surface"),
                     ("esa", "Autonomous cargo landers of medium size"), ("cnes", "Autonomous cargo landers of medium size"),
                     ("nasa", "High-bandwidth optical links from lunar orbit")}


def test_coded_rows_and_long_qualifier(gazetteer):
    found = _works_on(gazetteer, "t02-coded-rows-status-column")
    assert {("nasa", "Cryogenic propellant transfer in orbit"), ("csa", "Water extraction from polar regolith"),
            ("lsa", "Water extraction from polar regolith"), ("dlr", "Crew radiation dosimetry beyond low orbit"),
            ("isa", "Crew radiation dosimetry beyond low orbit")} <= found
    assert not any("Progress" in work or "Ground tests" in work for _, work in found)


def test_table_ends_at_headings_of_next_page(gazetteer):
    found = _works_on(gazetteer, "t03-table-then-heading-next-page")
    assert {("esa", "Closed-loop life support with plants"), ("jaxa", "Precision landing for small landers")} <= found
    assert not {who for who, _ in found} & {"cnes", "ssau", "twg", "iawg"}


ROWS = "| Acronym | Agency | Country |\n|---|---|---|\n| CNES | Centre National d'Études Spatiales | France |\n" \
       "| KARI | Korea Aerospace Research Institute | Republic of Korea |\n| PT Space | Portugal Space | Portugal |\n"
LIST = "- Canadian Space Agency (CSA)\n- Italian Space Agency (ASI)\n- UK Space Agency (UKSA)\n"


@pytest.mark.parametrize("text, expected", [
    (f"# Declaration on Lunar Data Sharing\n\nParis, 3 May 2023\n\n## Agencies that adopted the statement\n\n{ROWS}",
     {"cnes", "kari", "pt-space"}),
    (f"# Joint Declaration on Responsible Lunar Exploration\n\nVienna, 9 June 2022\n\nThe text below was agreed.\n\n"
     f"Organisations endorsing this declaration:\n\n{LIST}", {"csa", "asi", "uksa"}),
    (f"# Open Letter on Space Debris in Cislunar Space\n\n12 April 2024\n\n## Signatories\n\n{LIST}", {"csa", "asi", "uksa"}),
])
def test_signatories_are_creators(gazetteer, tmp_path, text, expected):
    assert _creators(gazetteer, tmp_path, text) == expected


@pytest.mark.parametrize("caption", ["Agencies that adopted the Global Exploration Strategy:",
                                     "Agencies that signed the Artemis Accords:"])
def test_other_works_signatories_are_no_creators(gazetteer, tmp_path, caption):
    text = f"# Lunar Logistics Study\n\nMarch 2024\n\nThe study reviews cargo delivery to the Moon.\n\n{caption}\n\n{LIST}"
    assert not _creators(gazetteer, tmp_path, text) & {"csa", "asi", "uksa"}


@pytest.mark.parametrize("title", ["International Architecture Working Group — Workshop Notes",
                                   "Notes of the Spring Plenary Meeting, Tokyo", "Session notes: Lunar Surface Systems"])
def test_meeting_notes_are_minutes(title):  # (round 14: notes of their own genre, a meeting's record as minutes are)
    assert (head_genre([title]) or genre_of(title)) == "meeting-notes"


def test_technical_notes_are_no_minutes():
    assert genre_of("Technical Notes on Lunar Dust") != "minutes"


def test_notes_participants_attend(gazetteer, tmp_path):
    text = ("# Exploration Roadmap Working Group — Meeting Notes\n\n**Dates:** 4–5 March 2019\n\n## Participants\n\n"
            "| Agency | Delegates |\n|---|---|\n| CNES | 2 |\n| KARI | 1 |\n| ASI | 3 |\n")
    assert not _creators(gazetteer, tmp_path, text) & {"cnes", "kari", "asi"}
