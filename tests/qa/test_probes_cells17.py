"""The organisations of a role asked in a PDF table row whose columns the ingester told (lists.told_role_row: "Which
agencies are partner agencies for ...?" reads "Partner agencies: CNES, ISA, DLR" of the row named), and the rows an
organisation holds a role in (lists.told_role_labels: "Which topics does UKSA co-lead?"), over the cells17 probe PDFs
(tests/data/probes/cells17): a table of prime and partner columns, one of co-lead and supporting columns, a matrix of
marks, tables with one role column or none.  The base read each row's cells run together ("KARI CNES, ISA, DLR") and
answered with every agency of the row.  Negatives: marks ("●", "○") are no role asked; a role of another row is not
given."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, short_said

pytestmark = pytest.mark.slow

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "cells17"


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES, tmp_path_factory.mktemp("cells17"))


@pytest.mark.parametrize("question, said, not_said", [
    ("Which agencies are partner agencies for pressurised rover thermal control and power management?",
     ["cnes", "isa", "dlr"], ["kari"]),
    ("Which agency is the prime agency for sample caching?", ["uksa"], ["isa"]),
    ("Which agencies support the radiation storm warning topic?", ["uksa", "kari"], ["dlr", "cnes"]),
    ("Which agencies co-lead work on dust-tolerant seals?", ["isa", "dlr"], ["cnes"]),
])
def test_the_role_asked_in_a_told_row(answerer, question, said, not_said):
    short = short_said(answerer.answer(question))
    assert all(name in short.replace(",", " ").split() for name in said), short
    assert not any(name in short.replace(",", " ").split() for name in not_said), short


def test_the_rows_an_organisation_holds_a_role_in(answerer):
    short = short_said(answerer.answer("Which topics does UKSA co-lead?"))
    assert "lunar time standard" in short and "radiation storm warning" not in short


def test_marks_are_no_role(answerer):
    # "○" marks a contributor in the legend, but no column is named by the role asked: not read as a told role
    short = short_said(answerer.answer("Which agencies lead night-time thermal control?"))
    assert short.replace(",", " ").split() != ["kari"]
