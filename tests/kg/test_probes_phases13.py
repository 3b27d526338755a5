"""Probes of mission phases (round 13): a period cell that is a decade ("2030s and beyond", "early 2030s", "the
2040s") starts the phase in the decade's first year, also after a name in sentence case; the document's next
numbered sections after a table whose rows all have a period (numbered as the rows would go on) are no rows.
(A decade late or in the middle was no start; since round 19 it starts in that part of the decade.)"""

from __future__ import annotations

import pytest

from .test_probes_phases import missing, phases

POSITIVE = [
    # a decade for a period cell, bare or "early", after a name in sentence case
    ("Phases of the scenario\nPhase Name Timeframe\n1 Crews back to lunar orbit from 2026\n2 Building a polar "
     "outpost from 2029\n3 Permanent presence at the pole early 2030s", 2024,
     [(1, "Crews back to lunar orbit", 2026), (3, "Permanent presence at the pole", 2030)]),
    ("Stages of the roadmap\nStage Name Start\n1 Station research 2024\n2 Lunar landings 2029\n3 Mars expeditions "
     "2040s and beyond", 2023,
     [(1, "Station research", 2024), (2, "Lunar landings", 2029), (3, "Mars expeditions", 2040)]),
]


@pytest.mark.parametrize("text, year, wanted", POSITIVE)
def test_a_decade_starts_a_phase(extract, text, year, wanted):
    r = extract(text, year=year)
    assert missing(r, wanted) == []


@pytest.mark.parametrize("section", ["4 Partner contributions and technology work", "4 Next steps for the group"])
def test_numbered_sections_after_a_dated_phases_table_are_no_rows(extract, section):
    r = extract("3 Three phases\nPhase Name Period Activities\n1 Orbital outpost 2025 to 2029 Gateway assembly\n"
                "2 Surface sorties from about 2029 Short stays at the south pole\n3 Crews to Mars 2030s and beyond "
                f"Orbit first, then the surface\n{section}\nSeveral agencies study landers.\n5 Acronyms\nGER – Global "
                "Exploration Roadmap", year=2024)
    assert missing(r, [(1, "Orbital outpost", 2025), (2, "Surface sorties", 2029), (3, "Crews to Mars", 2030)]) == []
    assert {n for n, _, _ in phases(r)} == {1, 2, 3}


def test_a_late_decade_starts_late(extract):
    # (round 19: a part of a decade starts in that part, test_probes_phases19; it was no start before)
    r = extract("Phases of the scenario\nPhase Name Period\n1 Orbital outpost 2026 to 2030\n2 Mars expeditions "
                "late 2030s", year=2024)
    assert {(n, start) for n, _, start in phases(r)} == {(1, "2026"), (2, "2037")}
