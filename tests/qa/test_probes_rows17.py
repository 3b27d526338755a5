"""Questions asked across the rows of a PDF table whose columns the ingester told ("S-3 Cislunar navigation beacons
— Prime agency: UKSA; Partner agencies: KARI, DLR", "Deep-space atomic clocks ✓ lead support — ✓: CNES; lead: UKSA;
support: DLR"): the organisations holding the role asked in any row (lists.told_role_across), the number of rows
an organisation holds it in (lists.told_role_labels) or of the organisations holding it (in the row named or in
any), over the rows17 probe PDFs (tests/data/probes/rows17).  The base answered a row it was named, or an
organisation's rows as a list, nothing across them, and counted none.  Negatives: a question naming one row gets
that row's organisations, not the table's; a table of another year's edition is not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, short_said

pytestmark = pytest.mark.slow

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "rows17"


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES, tmp_path_factory.mktemp("rows17"))


def _names(short: str) -> list[str]:
    return short.replace(",", " ").split()


@pytest.mark.parametrize("question, said, not_said", [
    ("Which agencies lead any subsystem area in the 2029 status report?", ["cnes", "isa", "uksa"], ["kari", "dlr"]),
    ("What agencies support one or more of the subsystem areas of the 2029 report?",
     ["uksa", "kari", "dlr"], ["cnes", "isa"]),
    ("Which agencies hold at least one prime role in the 2031 cooperation review?",
     ["uksa", "kari", "isa"], ["cnes", "dlr"]),
    # another year's edition of the table: its own leads
    ("Which agencies lead any subsystem area in the 2025 status report?", ["kari", "dlr"], ["cnes", "isa", "uksa"]),
    # one row named: that row, not the table
    ("Which agencies support the deep-space atomic clocks area in the 2029 report?", ["dlr"], ["uksa", "kari"]),
])
def test_the_organisations_of_a_role_across_rows(answerer, question, said, not_said):
    names = _names(short_said(answerer.answer(question)))
    assert all(name in names for name in said), names
    assert not any(name in names for name in not_said), names


@pytest.mark.parametrize("question, count", [
    ("How many subsystem areas does CNES lead in the 2029 status report?", "2"),
    ("How many of the subsystems in the 2031 review is UKSA the prime agency for?", "2"),
    ("How many subsystem areas does KARI lead in the 2025 status report?", "1"),  # not the 2029 table's none
    # the organisations holding the role, counted: across the rows, or in the one row named (not the table's)
    ("How many agencies lead at least one subsystem area in the 2029 status report?", "3"),
    ("How many agencies support the deep-space atomic clocks area in the 2029 report?", "1"),  # not the table's 3
])
def test_what_a_role_is_held_in_counted(answerer, question, count):
    assert short_said(answerer.answer(question)) == count


def test_an_organisation_s_rows_listed(answerer):
    short = short_said(answerer.answer("Which subsystem areas does DLR support in the 2029 report?"))
    assert "deep-space atomic clocks" in short and "crew sleep quarters acoustics" in short
    assert "rover wheel dust shedding" not in short
