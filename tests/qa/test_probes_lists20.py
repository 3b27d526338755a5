"""Questions for the organisations of one row of a PDF matrix of marks (round 20), over the lists20 probe PDFs
(tests/data/probes/lists20): a role asked through the mark the table's legend gives it ("● lead ○ contributing" after
the table, "An open square (□) means that it supports ..." before it), counted when asked how many; no role asked
("Which agencies work on ...?"): the organisations of every mark of the row; a row labelled by its area and, after a
colon, the thing it names ("Thermal control: heat pipes for the polar winter") is that thing's row.  Held-out sets
ac and ae lost such rows to the table's whole list of rows and to the row's count of all marks.  Negatives: another
role's mark, and the marks of the next row, are not the row's."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, short_said
from .test_probes_rows17 import _names

pytestmark = pytest.mark.slow

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "lists20"


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES, tmp_path_factory.mktemp("lists20"))


@pytest.mark.parametrize("question, said, not_said", [
    ("Which agencies lead regolith excavation in the 2032 survey?", ["uksa"], ["cnes", "isa", "dlr"]),
    ("Which agencies work on heat pipes for the polar winter, according to the 2032 survey?", ["uksa", "kari"],
     ["cnes", "isa", "dlr"]),
    ("Which agencies support optical crosslinks between relay orbiters in the 2030 review?", ["uksa", "dlr"],
     ["cnes", "isa", "kari"]),
    ("Which agencies lead autonomous docking sensors in the 2030 review?", ["isa"], ["kari", "cnes"]),
    # no role asked: every mark of that row, none of the next row's
    ("Which agencies are working on pressurised airlocks with dust curtains in the 2032 survey?", ["cnes", "isa"],
     ["uksa", "kari", "dlr"]),
])
def test_the_organisations_of_a_marked_row(answerer, question, said, not_said):
    names = _names(short_said(answerer.answer(question)))
    assert all(name in names for name in said), names
    assert not any(name in names for name in not_said), names


@pytest.mark.parametrize("question, count", [
    ("How many agencies are marked as contributing to regolith excavation in the 2032 survey?", "3"),
    ("How many agencies lead regolith excavation in the 2032 survey?", "1"),
])
def test_the_marks_of_a_role_counted(answerer, question, count):
    assert short_said(answerer.answer(question)) == count
