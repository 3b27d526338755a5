"""Probes (round 50): a table whose column names wrap over two or three lines in a narrow column. The first row is set
under the header's lowest line, not its first: measured from the first, the rows were read as no table, and the
names' lines as headings of their own over the rows ("Phase Indicative" / "period"), cutting the table from the
section above. A table with no column of roles keeps pypdf's lines under its header's names in one line; one of roles
is written out by its names, and its caption below it ends it. Documents printed to PDF by headless Chromium from the HTML beside them
(tests/data/probes/tables50/make_probes.py writes both)."""

from __future__ import annotations

from pathlib import Path

from isecg_kg.ingest import chunk, read_source, sha256

DATA = Path(__file__).resolve().parents[1] / "data"
PROBES = DATA / "probes" / "tables50"


def _passages(name: str, folder: Path = PROBES):
    path = folder / f"{name}.pdf"
    _, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    return chunk(path.stem, pages)


def test_a_table_of_phases_stays_under_its_heading_with_its_header_in_one_line():
    passages = _passages("p01-phases-wrapped-name")
    assert [p.section for p in passages] == ["Mission phases", "Next steps"]
    lines = passages[0].text.splitlines()
    assert "Phase Indicative period Content" in lines
    assert "2. Surface Stays 2036–2040 Crews of four stay up to thirty days" in lines


def test_role_columns_with_names_wrapped_over_three_lines_are_written_out():
    passages = _passages("p02-roles-wrapped-names")
    assert [p.section for p in passages] == ["Partnerships"]
    lines = passages[0].text.splitlines()
    assert "Surface radiation monitor — Leading agency of the work: ISA; Supporting agencies of the work: UKSA, KARI" \
        in lines
    assert "Table 2. Partnerships agreed in 2031." in lines


def test_a_caption_set_under_a_table_in_its_type_ends_it():
    """A development set's annual report: the caption below a table of role columns, its "Table 1." bold, was read
    as a last row with no label ("— Lead agency: Table 1. ...")."""
    lines = [line for p in _passages("isecg-annual-report-2021", DATA / "heldout-sim" / "ak" / "documents")
             for line in p.text.splitlines()]
    assert "Table 1. ISECG working groups and their leads in 2021." in lines
    assert not [line for line in lines if line.startswith("—")]
