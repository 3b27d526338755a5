"""Probes for tables whose cells wrap (round 23): documents printed to PDF by headless Chromium from the HTML beside
them (tests/data/probes/programme23/make_probes.py writes both).

pypdf gives each wrapped line of a cell a line of its own, so a row of a programme ("9 March, 09:30 | D1 Dust
transport and electrostatic lofting | Ingrid Halvorsen (NOSA)") comes apart and its chair stands lines away from its
session.  Positives: a programme in a narrow column of a two-column page (its header's names closer than an em apart)
and a full-width table of long cells, each row read as one line of its cells in turn, the prose after it no part of
its last row.  Negative: the programme broken across the page's columns (its header at the foot of the first, its rows
atop the second) keeps pypdf's lines."""

from __future__ import annotations

from pathlib import Path

from isecg_kg.ingest import read_source, sha256

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "programme23"


def _segments(name: str) -> list[str]:
    path = PROBES / f"{name}.pdf"
    _, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    return [page.text[s.start:s.end] for page in pages for s in page.segments]


def test_a_programme_s_wrapped_rows_are_read_whole():
    lines = [line for segment in _segments("p01-programme-two-columns") for line in segment.split("\n")]
    for row in ("9 March, 09:30 D1 Dust transport and electrostatic lofting Ingrid Halvorsen (NOSA)",
                "9 March, 13:00 D2 Seals and mechanisms Tomasz Wrobel (POLSA)",
                "10 March, 09:00 D3 Filtration for habitats and airlocks Aiko Tanabe (JAXA)"):
        assert row in lines


def test_long_cells_of_a_full_width_table_stay_in_their_row():
    lines = [line for segment in _segments("p02-studies-wrapped") for line in segment.split("\n")]
    assert any(line.startswith("Cislunar relay Orbits and link budgets") and line.endswith("operations KARI, CNES")
               for line in lines)
    assert any(line.startswith("Surface power Fission and solar") and line.endswith("habitats NASA, UKSA")
               for line in lines)


def test_a_programme_broken_across_columns_keeps_its_lines():
    lines = [line for segment in _segments("n01-programme-across-columns") for line in segment.split("\n")]
    assert "D1 Dust transport and electrostatic lofting" in lines  # (not its cells shuffled with the others')
    assert not any("09:30" in line and "Ingrid" in line for line in lines)
