"""Probes for tables in a PDF's text layer read by their cells' places (round 17): documents printed to PDF by headless
Chromium from the HTML beside them (tests/data/probes/cells17/make_probes.py writes both).

pypdf gives a row's cells one after the other ("Night-time thermal control ○ ●": whose mark?) and a wrapped cell's
lines apart from the row.  Positives (each lost its columns on the base): a matrix of marks under agency columns, a
row read "label — mark: agencies"; tables of role columns (prime and partner, co-lead and supporting, the header's
names wrapped over two lines), a row read "label — Role: agencies; ...", and the technology rule still reads each
row's agencies and work item from it.  Negatives (held on both): tables with one role column or none, and a matrix
of words too long to be marks, keep pypdf's lines; adjacent runs of a prose line (a bold word) are one cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.ingest.extract import Run, _cells, _join
from isecg_kg.kg.extract import extract_document
from isecg_kg.kg.reference import reference_gazetteer

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "cells17"
BASE = "http://kg.test/"


def _read(name: str):
    path = PROBES / f"{name}.pdf"
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    return doc, pages, chunk(doc.id, pages)


def _rows(name: str) -> list[str]:
    _, pages, _ = _read(name)
    return [page.text[s.start:s.end] for page in pages for s in page.segments if s.kind in ("row", "heading")]


def test_a_matrix_of_marks_names_each_marks_columns():
    rows = _rows("p01-mark-matrix")
    assert "Capability CNES KARI UKSA ISA DLR" in rows
    for told in ("Regolith excavation and handling for construction ● ○ — ●: CNES; ○: UKSA",
                 "Night-time thermal control ○ ● — ○: KARI; ●: DLR",
                 "Surface-to-orbit optical relay ○ ● ○ — ○: CNES, ISA; ●: KARI",
                 "Autonomous hazard detection ● ○ ○ — ●: UKSA; ○: ISA, DLR"):
        assert told in rows


@pytest.mark.parametrize("name, header, told", [
    # serif type on a landscape page, a reference column before the label, a column after the roles
    ("p02-role-columns", "Ref. Capability Prime agency Partner agencies First flight",
     ["C-1 Cryogenic fluid transfer in orbit — Prime agency: CNES; Partner agencies: KARI, UKSA; First flight: 2029",
      "C-2 Pressurised rover thermal control and power management — Prime agency: KARI; "
      "Partner agencies: CNES, ISA, DLR; First flight: 2031"]),
    # the header's names centred and wrapped over two lines ("Co-lead" / "agencies")
    ("p03-colead-support", "Topic Co-lead agencies Supporting agencies",
     ["Dust-tolerant seals — Co-lead agencies: ISA, DLR; Supporting agencies: CNES",
      "Radiation storm warning — Co-lead agencies: DLR, CNES; Supporting agencies: UKSA, KARI"]),
])
def test_role_columns_name_each_cell(name, header, told):
    rows = _rows(name)
    assert header in rows
    for row in told:
        assert row in rows


def test_tables_without_marks_or_roles_keep_their_lines():
    rows = _rows("n01-plain-tables")
    for kept in ("Surface Power Team Fission and solar power studies CNES", "UKSA UK Space Agency 2011",
                 "Power fission reactor studies solar arrays radioisotope heaters", "Mobility rover wheels tele-operation"):
        assert kept in rows
    assert not any(" — " in row for row in rows)


@pytest.mark.parametrize("name", ["p02-role-columns", "p03-colead-support"])
def test_the_technology_rule_reads_rows_of_role_columns(name):
    gazetteer = reference_gazetteer(BASE)
    doc, pages, passages = _read(name)
    result = extract_document(doc, pages, passages, gazetteer, BASE)
    labels = {iri: e.label for iri, e in gazetteer.by_iri.items()} | {e.iri: e.label for e in result.entities.values()}
    works = {(labels.get(f.s, f.s), labels.get(f.o, f.o)) for f in result.facts if f.p == "isecg:worksOn"}
    if not name.startswith("p02"):  # a header naming no work column ("Topic"): no technology table; its rows are the
        # other rules' (a co-lead of a topic works on it, "X — lead agency: A; co-lead: B"; a supporting agency not)
        assert not [f for f in result.facts if f.p == "isecg:worksOn" and f.rule == "technology-table"]
        assert not {(agency, work) for agency, work in works
                    if agency in ("United Kingdom Space Agency", "Korea Aerospace Research Institute")}
        return
    for agency in ("Korea Aerospace Research Institute", "Centre National d'Études Spatiales", "Israel Space Agency",
                   "German Aerospace Center"):
        assert (agency, "Pressurised rover thermal control and power management (C-2)") in works
    assert not any(work.startswith(("Prime", "Partner", "First flight")) or "—" in work for _, work in works)


def test_runs_of_a_line_are_cells_only_across_a_gap():
    prose = [Run("The plan was agreed by ", 10.0, 700.0, 56.0, None), Run("all", 10.0, 700.0, 163.0, None),
             Run(" partners.", 10.0, 700.0, 178.0, None)]
    assert [c.text for c in _cells(prose)] == ["The plan was agreed by all partners."]
    row = [Run("Lunar relay", 9.0, 500.0, 60.0, None), Run(" ESA", 9.0, 500.0, 200.0, None),
           Run(" 2028", 9.0, 500.0, 300.0, None)]
    assert [c.text for c in _cells(row)] == ["Lunar relay", "ESA", "2028"]
    assert _cells([Run("no place", 9.0, None, None, None)]) is None


def test_a_cell_wrapped_after_a_hyphen_is_one_word():
    assert _join(["Power for a crew-", "tended habitat"]) == "Power for a crew-tended habitat"
    assert _join(["Launch in 2026 -", "2027"]) == "Launch in 2026 - 2027"


def test_a_matrix_of_marks_gives_work_items_without_its_marks():
    gazetteer = reference_gazetteer(BASE)
    doc, pages, passages = _read("p01-mark-matrix")
    result = extract_document(doc, pages, passages, gazetteer, BASE)
    labels = {iri: e.label for iri, e in gazetteer.by_iri.items()} | {e.iri: e.label for e in result.entities.values()}
    works = {labels.get(f.o, f.o) for f in result.facts if f.p == "isecg:worksOn"}
    assert "Regolith excavation and handling for construction" in works
    assert not any("●" in work or "○" in work for work in works)
