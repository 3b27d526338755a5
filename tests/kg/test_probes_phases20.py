"""Probes of mission phases (round 20), found by held-out sets ae and y: a phases table whose period cell is a range
from now or from a part of a decade ("now to mid-2030s", "early to mid-2030s") ends the name before it, also when the
name cell wrapped onto the next line; a table of names and periods only ("Stage Name Start") keeps a long name in
sentence case whole ("Crews living at the lunar south pole 2034"), its period cell ending the row.  NEGATIVE: a table
with a description column still parts a sentence-case name from the description run into it; a description's "now"
is no period cell."""

from __future__ import annotations

import pytest

from .test_probes_phases import missing, phases

POSITIVE = [
    ("Campaign stages\nThe plan sets out three stages that overlap.\nStage Name Timeframe Main elements\n"
     "1 Orbital Outpost: Gateway and\nLogistics Modules now to mid-2030s Assembly of the outpost; first logistics "
     "flights\n2 Surface Sorties: Polar\nLanders early to mid-2030s Short stays near the south pole; rovers\n"
     "3 Crews to Mars 2040s Crewed flights to Mars orbit", 2029,
     [(1, "Orbital Outpost: Gateway and Logistics Modules", None), (2, "Surface Sorties: Polar Landers", 2030),
      (3, "Crews to Mars", 2040)]),
    ("Our reference scenario has three stages, listed below.\nStage Name Start\n1 Crews living at the lunar south "
     "pole 2034\n2 Building a fuel depot in lunar orbit 2037 3 Sending crews on to Mars 2041\n", 2030,
     [(1, "Crews living at the lunar south pole", 2034), (2, "Building a fuel depot in lunar orbit", 2037),
      (3, "Sending crews on to Mars", 2041)]),
]


@pytest.mark.parametrize("text, year, wanted", POSITIVE)
def test_a_phase_name_ends_at_its_period_cell(extract, text, year, wanted):
    r = extract(text, year=year)
    assert missing(r, wanted) == []
    assert {n for n, _, _ in phases(r)} == {w[0] for w in wanted}
    assert all(len(name.split()) <= 7 for _, name, _ in phases(r))  # no period nor description in a name


def test_a_description_column_still_parts_a_sentence_case_name(extract):
    r = extract("Three stages of the campaign\nStep Stage name What it involves Timing\n"
                "1 Prospecting orbital mapping of the polar craters, under way now\n"
                "2 Ground truth rovers sample the crater floor from about 2031\n", year=2028)
    names = {n: name for n, name, _ in phases(r)}
    assert names.get(2) == "Ground truth" and "craters" not in names.get(1, "")
