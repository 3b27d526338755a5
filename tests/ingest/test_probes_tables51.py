"""Probe (round 51): a matrix of marks ("L" lead, "C" contributing) beside a column of target years, printed to PDF by
headless Chromium from the HTML beside it (tests/data/probes/tables51/make_probes.py writes both).  It is still a
matrix: its marks written out with their columns, the years by their column's name, and the technology rule reads
each row's agencies (on stop 50's code its rows kept pypdf's lines, "Dust-tolerant connectors L C 2029": whose
lead?)."""

from __future__ import annotations

from pathlib import Path

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.kg.extract import extract_document
from isecg_kg.kg.reference import reference_gazetteer

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "tables51"
BASE = "http://kg.test/"


def _read(name: str):
    path = PROBES / f"{name}.pdf"
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    return doc, pages, chunk(doc.id, pages)


def _lines(name: str) -> list[str]:
    return [line for p in _read(name)[2] for line in p.text.splitlines()]


def test_a_matrix_of_marks_beside_a_column_of_years_is_written_out():
    lines = _lines("p02-marks-and-years")
    assert "Dust-tolerant connectors L C — L: KARI; C: UKSA; Target year: 2029" in lines
    assert "Surface radiation monitor C L — C: CNES; L: ISA; Target year: 2033" in lines


def test_the_technology_rule_reads_the_agencies_marked_beside_the_years():
    gazetteer = reference_gazetteer(BASE)
    result = extract_document(*_read("p02-marks-and-years"), gazetteer, BASE)
    labels = {iri: e.label for iri, e in gazetteer.by_iri.items()} | {e.iri: e.label for e in result.entities.values()}
    works = {(labels.get(f.s, f.s), labels.get(f.o, f.o)) for f in result.facts if f.p == "isecg:worksOn"}
    assert {("Korea Aerospace Research Institute", "Dust-tolerant connectors"),
            ("United Kingdom Space Agency", "Dust-tolerant connectors"), ("Israel Space Agency", "Surface radiation monitor"),
            ("Centre National d'Études Spatiales", "Surface radiation monitor")} <= works
    assert not any("2029" in work or "2033" in work for _, work in works)
