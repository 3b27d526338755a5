"""Probes of mission phases (round 12): a phases table under a numbered section whose document subtitle already
names phases (the numbered sections above are not rows); a table of contents entry naming phases; the document's
next numbered section after a table whose rows are numbered another way; a period column parting a name in
sentence case from its description; periods told as "second half of the 2020s", "after 2030", "from the 2040s"."""

from __future__ import annotations

import pytest

from .test_probes_phases import missing, phases

POSITIVE = [
    # a subtitle naming phases, numbered sections, then the phases table under its own numbered heading
    ("Lunar Campaign Overview\nA summary of goals, exploration phases and partners\n1. Background\nThe agencies "
     "agreed on a common lunar plan in 2021 and meet twice a year.\n2. Scenario stages and timeline\nPhase Name "
     "Period Focus\n1 Orbital Staging 2026–2030 Gateway assembly and crew visits\n2 Surface Expansion 2030–2036 "
     "Long stays at the south pole\n3 Red Planet 2036 onwards Crews to Mars orbit", 2024,
     [(1, "Orbital Staging", 2026), (2, "Surface Expansion", 2030), (3, "Red Planet", 2036)]),
    ("The Moon and beyond — destinations, stages and technologies\n1. Why a roadmap\nA roadmap lets agencies plan "
     "their lunar work together.\n2. Roadmap phases\nPhase Name Period Destinations\n1 Station era 2024–2030 "
     "Low-Earth orbit\n2 Lunar outpost 2030–2038 Lunar surface near the pole", 2024,
     [(1, "Station era", 2024), (2, "Lunar outpost", 2030)]),
    # periods a table gives in words: a half decade, "after", "from the 2040s"
    ("Phases of the scenario\nPhase Name Period Destinations\n1 Orbital outpost 2026–2030 Lunar vicinity and the "
     "Gateway\n2 Landings at the pole second half of the 2020s Lunar surface with pressurised rovers\n"
     "3 Crews to Mars after 2035 Mars orbit and surface", 2025,
     [(1, "Orbital outpost", 2026), (2, "Landings at the pole", None), (3, "Crews to Mars", 2035)]),
    ("Exploration phases\nPhase Name Period Main elements\n1 Return to lunar orbit 2025–2029 Gateway modules\n"
     "2 Martian expeditions from the 2040s first crewed flights to Mars orbit", 2024,
     [(1, "Return to lunar orbit", 2025), (2, "Martian expeditions", 2040)]),
    # a name in sentence case, then the period column, then the description
    ("Phases of the campaign\nPhase Name Begins Typical missions\n1 Crew tended outpost near the Moon 2027 Habitat "
     "modules and robotic landers\n2 Surface logistics 2031 Cargo landers and rovers", 2025,
     [(1, "Crew tended outpost near the Moon", 2027), (2, "Surface logistics", 2031)]),
]


@pytest.mark.parametrize("text, year, wanted", POSITIVE)
def test_a_phase_is_read_whole(extract, text, year, wanted):
    r = extract(text, year=year)
    assert missing(r, wanted) == []
    assert {n for n, _, _ in phases(r)} <= {w[0] for w in wanted}  # no section read as a phase


NEGATIVE = [
    # a table of contents whose entries name phases, then the sections
    ("Scenario digest\nContents\n1. Introduction 1\n2. Phases of the lunar scenario 2\n3. Partners 3\n4. Outlook 4\n"
     "1. Introduction\nThe digest explains the lunar plans of the agencies.", 2024),
    ("3. Stages of the Mars campaign 5\n4. Robotic precursors 6\n5. Next steps 7", 2023),
]


@pytest.mark.parametrize("text, year", NEGATIVE)
def test_a_contents_entry_gives_no_phase(extract, text, year):
    assert phases(extract(text, year=year)) == []


def test_the_next_numbered_section_after_a_phases_table_is_no_row(extract):
    r = extract("Phases of the scenario\nPhase Name Begins Missions\n1 Gateway era 2025 Crewed flights to the Gateway\n"
                "2 Surface era 2029 Landings at the south pole\nPhase 2 depends on the lunar lander. Crews stay for "
                "weeks.\n3. Precursor missions to the lunar surface\nRobotic landers scout the polar craters.", year=2024)
    assert missing(r, [(1, "Gateway era", 2025), (2, "Surface era", 2029)]) == []
    assert {n for n, _, _ in phases(r)} == {1, 2}
