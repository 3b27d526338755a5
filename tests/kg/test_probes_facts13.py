"""Probes for round 13 (facts): a glossary line is no cited document.

"CODE-NN – expansion" opens a presentation's line in a list of talks ("IAC-22 – Title of the talk"), and a
glossary's line in the same layout ("COVID-19 – coronavirus disease 2019", "MSR-15 – Mars Sample Return"):
a line under a heading of acronyms, an expansion in lower case, or one whose words spell out the code, is a
term's definition, no document; a capitalised title of a talk stays a presentation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.kg.extract import extract_document

BASE = "http://kg.test/"


def _works(gazetteer, tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "probe-notes.md"
    path.write_text(text, encoding="utf-8")
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    ex = extract_document(doc, pages, chunk(doc.id, pages), gazetteer, BASE)
    return {e.label for e in ex.entities.values() if e.type in ("Document", "Presentation")}


BODY = "# Meeting notes\n\nThe agencies met in Tokyo in 2021 to review the roadmap.\n\n"


@pytest.mark.parametrize("section, term", [
    ("## Acronyms\n\n- **IAF** – International Astronautical Federation\n- **COVID-19** – coronavirus disease 2019\n",
     "coronavirus disease 2019"),
    ("## List of abbreviations\n\n- SARS-03 – Severe Acute Respiratory Syndrome\n", "Severe Acute Respiratory Syndrome"),
    # no glossary heading: lower case, or words that spell out the code
    ("## Notes\n\n- COVID-19 – coronavirus disease 2019\n", "coronavirus disease 2019"),
    ("## Notes\n\n- MSR-15 – Mars Sample Return 2015\n", "Mars Sample Return 2015"),
])
def test_a_glossary_line_is_no_document(gazetteer, tmp_path, section, term):
    assert term not in _works(gazetteer, tmp_path, BODY + section)


def test_a_talk_in_the_same_layout_stays_a_presentation(gazetteer, tmp_path):
    text = BODY + "## Talks\n\n- IAC-22 – Coordinating Lunar Surface Exploration through the Global Roadmap\n"
    assert "Coordinating Lunar Surface Exploration through the Global Roadmap" in _works(gazetteer, tmp_path, text)


# A credits table whose rows run into one line (pypdf): each row's person, cells of names, then the role cell.
def _posts(gazetteer, tmp_path: Path, text: str) -> set[tuple[str, str]]:
    path = tmp_path / "probe-paper.md"
    path.write_text(text, encoding="utf-8")
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    ex = extract_document(doc, pages, chunk(doc.id, pages), gazetteer, BASE)
    held = {f.s: f.o for f in ex.facts if f.p == "org:heldBy"}
    roles = {f.s: re.sub(r"\W", "", str(f.o).rsplit("#", 1)[-1].rsplit(":", 1)[-1].rsplit("/", 1)[-1]) for f in ex.facts
             if f.p == "org:role"}
    return {(str(held[s]).rsplit("/", 1)[-1], roles[s]) for s in held}


PAPER = ("# The Lunar Outpost: A White Paper\n\nSeptember 2020\n\nThis paper explains why the agencies value the outpost.\n\n"
         "## Prepared by\n\n")


@pytest.mark.parametrize("rows, wanted", [
    ("Daniel R. Whitfield NASA, Human Exploration and Operations task team lead Sabine Oberholzer ESA, Directorate "
     "of Human and Robotic Exploration co-lead Keiko Nakamura JAXA, Space Technology Directorate author\n",
     {("daniel-r-whitfield", "lead"), ("sabine-oberholzer", "lead")}),
    ("Maria Lopez ESA, ESTEC study co-chair Tom Baker UK Space Agency reviewer\n", {("maria-lopez", "chair")}),
])
def test_a_credits_row_role_is_a_post(gazetteer, tmp_path, rows, wanted):
    assert wanted <= _posts(gazetteer, tmp_path, PAPER + rows)


@pytest.mark.parametrize("rows", [
    "Anna Berg said that the agencies would lead the work on Mars.\n",  # a sentence: no cells before the role
    "Jun Ito JAXA, Human Spaceflight author Paul Roy CSA reviewer\n",  # no role of a post
])
def test_no_post_without_a_role_cell(gazetteer, tmp_path, rows):
    assert not _posts(gazetteer, tmp_path, PAPER + rows)
