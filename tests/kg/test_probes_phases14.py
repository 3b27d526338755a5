"""Probes of mission phases (round 14): a phase told in a sentence of its own, its name in sentence case and its
period in brackets before the stop, is named whole: a name with a word that may end a name ("Human missions to the
lunar surface (from 2028).") and a name with its subtitle after a colon ("Lunar vicinity: the Gateway (from
2022)."), also when the layout wraps it onto the next line. NEGATIVE: a colon without a period in brackets still ends the name ("Phase 1: Reconnaissance: orbital
mapping of the poles.")."""

from __future__ import annotations

import pytest

from .test_probes_phases import phases

POSITIVE = [
    ("3. Mission scenario in three phases\nBeyond low-Earth orbit, the scenario unfolds in three phases. Phase 1 – "
     "Orbital outpost: the Gateway (from 2026). Assembly of a small outpost begins. Phase 2 – Crewed missions to the "
     "polar regions (from 2030). Landers carry crews to the surface. Phase 3 – Crews to Mars (2040s). A transport "
     "carries crews to Mars orbit.", 2024,
     {(1, "Orbital outpost: the Gateway", "2026"), (2, "Crewed missions to the polar regions", "2030"),
      (3, "Crews to Mars", "2040")}),
    ("Exploration stages\nThe roadmap proceeds in two phases.\nPhase one: Sorties to the lunar south pole (2028 to "
     "2032). Short stays at the pole.\nPhase two: Sustained presence: the surface base (from 2033). Longer stays.",
     2025, {(1, "Sorties to the lunar south pole", "2028"), (2, "Sustained presence: the surface base", "2033")}),
    # wrapped by a narrow column
    ("Mission scenario in three phases\nBeyond low-Earth orbit, it unfolds\nin three phases.\nPhase 1 – Orbital "
     "outpost: the Gateway\n(from 2026). Assembly of a small\noutpost begins.\nPhase 2 – Crewed missions to the "
     "polar\nregions (from 2030). Landers carry crews.\nPhase 3 – Crews to Mars (2040s). A transport carries crews.",
     2024, {(1, "Orbital outpost: the Gateway", "2026"), (2, "Crewed missions to the polar regions", "2030"),
            (3, "Crews to Mars", "2040")}),
]


@pytest.mark.parametrize("text, year, wanted", POSITIVE, ids=["dash", "colon", "wrapped"])
def test_a_phase_in_a_sentence_of_its_own_is_named_whole(extract, text, year, wanted):
    assert wanted <= set(phases(extract(text, year=year)))


def test_a_colon_without_a_period_ends_the_name(extract):
    r = extract("Mission phases\nThe campaign runs in two phases. Phase 1: Reconnaissance: orbital mapping of the "
                "poles by 2027. Phase 2: Landings: crews reach the surface from 2030.", year=2024)
    assert {name for _, name, _ in phases(r)} == {"Reconnaissance", "Landings"}


def test_a_heading_is_not_run_into_the_line_below(extract):
    r = extract("Mission phases\nThe scenario unfolds in two phases.\nPhase 1 – Orbital outpost\nShort crew stays "
                "begin from 2026.\nPhase 2 – Surface sorties\nLanders carry crews from 2030.", year=2024)
    assert {name for _, name, _ in phases(r)} <= {"Orbital outpost", "Surface sorties"}
