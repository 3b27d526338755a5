"""Probes for a chair table whose last holder's "To" cell says the term still runs (kg/rules_chair_forms.ONWARDS_RE),
round 62: the row's one date, in the "From" column, begins the term ("| CNES | 3 March 2031 | (current) |", "... |
present |"). Negatives: a row with both dates (a closed term), a row whose next cell is no open end. Written in
wordings of our own, not copied from the development sets."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD, _isecg_chairs

TABLE = "| Chair agency | From | To |\n|---|---|---|\n| DLR | May 2028 | February 2031 |\n"

OPEN_END = [
    ("current-in-brackets", "| CNES | 3 March 2031 | (current) |", ("cnes", "from-2031-03-03")),
    ("present", "| CNES | March 2031 | present |", ("cnes", "from-2031-03")),
    ("ongoing-no-closing-pipe", "| CNES | 3 March 2031 | ongoing", ("cnes", "from-2031-03-03")),
]


@pytest.mark.parametrize("name, row, chair", OPEN_END, ids=[o[0] for o in OPEN_END])
def test_open_end_cell_begins_term(extract, name, row, chair):
    result = extract(HEAD + TABLE + row, title="ISECG Handbook", year=2031)
    assert chair in _isecg_chairs(result), _isecg_chairs(result)
    assert ("dlr", "2028-05-to-2031-02") in _isecg_chairs(result)


def test_closed_row_keeps_both_dates(extract):
    result = extract(HEAD + TABLE + "| CNES | March 2031 | June 2033 |", title="ISECG Handbook", year=2033)
    assert ("cnes", "2031-03-to-2033-06") in _isecg_chairs(result), _isecg_chairs(result)


def test_other_cell_is_no_open_end(extract):
    # a note in the next cell says nothing of the term's end: the date stays a date stated, not a start
    result = extract(HEAD + TABLE + "| CNES | March 2031 | (interim) |", title="ISECG Handbook", year=2031)
    assert not {c for c in _isecg_chairs(result) if c[0] == "cnes" and c[1].startswith("from-")}, _isecg_chairs(result)
