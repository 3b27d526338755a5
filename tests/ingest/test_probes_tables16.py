"""Ingest probes of round 16: a raised note mark after a table cell holding only figures ("2019" then a small raised
"2": pypdf gives "20192", the year lost) is set off as after a word ("2019 ²"); figures of the cell's own size, or
smaller on its baseline, stay as they are."""

from __future__ import annotations

import pytest

from isecg_kg.ingest.extract import _mark_notes


@pytest.mark.parametrize("runs, expected", [
    # the year cell of a table row, its note mark raised and smaller (pypdf's y grows upwards)
    ([("NASA", 9.0, False, 761.7), (" ESA, JAXA", 9.0, False, 761.7), (" 2019", 9.0, False, 759.4),
      ("2", 7.5, False, 763.2)], "NASA ESA, JAXA 2019 ²"),
    ([("Total", 10.0, False, 500.0), (" 14", 10.0, False, 500.0), ("*", 7.0, False, 503.0)], "Total 14 *"),
    # figures as large as the cell before: another cell, no mark
    ([("Artemis 3 NASA", 9.0, False, 400.0), (" 2026", 9.0, False, 400.0), (" 26500", 9.0, False, 400.0)],
     "Artemis 3 NASA 2026 26500"),
    # a small cell of figures after a larger one, on its baseline: no mark
    ([("Delegates", 10.0, False, 300.0), (" 2019", 10.0, False, 300.0), (" 12", 8.0, False, 300.0)],
     "Delegates 2019 12"),
])
def test_a_mark_after_a_cell_of_figures(runs, expected):
    _mark_notes(runs)
    assert "".join(r[0] for r in runs) == expected
