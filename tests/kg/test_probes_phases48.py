"""Probes of mission phases (stop 48), in our own wording: phases listed in a sentence whose verb comes before the
colon ("Three phases are foreseen: ..."), in lower case, or with their period after the name ("Lunar Return from
2025"); a phase named after its period and "called" ("Phase 1 (2025–2028), called Lunar Return, ..."); a heading set
off by a middle dot ("Phase 1 · Lunar return"). NEGATIVE: a review's stages, a mission's phases, an assessment's
stages, missions listed as phases, a workshop's phases. (A numbered list led by a sentence, "The scenario has three
phases:", was tried and left: items with no period, "1. Early robotic missions", were read with the table rules, their
names cut and the next heading run in.)"""

from __future__ import annotations

import pytest

from .test_probes_phases import missing, phases, read_exactly

THREE = [(1, "Lunar return", 2025), (2, "Surface expansion", 2028), (3, "Mars preparation", 2033)]

POSITIVE = [
    "Three phases are foreseen: lunar return (2025–2028), surface expansion (2028–2033) and Mars preparation "
    "(after 2033).",
    "The campaign moves through three phases: Lunar Return from 2025, Surface Expansion from 2028 and Mars "
    "Preparation from 2033.",
    "Phase 1 (2025–2028), called Lunar Return, brings crews back. Phase 2 (2028–2033), called Surface Expansion, "
    "builds a base. Phase 3 (after 2033), called Mars Preparation, readies Mars missions.",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_phases_listed_or_named_in_more_shapes(extract, text):
    r = extract(text, year=2024)
    assert read_exactly(r, THREE)


def test_a_heading_set_off_by_a_middle_dot(extract):
    r = extract("### Phase 1 · Lunar return\nTimeframe: 2025–2028\n### Phase 2 · Surface expansion\n"
                "Timeframe: 2028–2033\n### Phase 3 · Mars preparation\nTimeframe: after 2033", year=2024)
    assert missing(r, [(n, name, None) for n, name, _ in THREE]) == []


NEGATIVE = [
    "The review has three stages: drafting (2024), consultation (2025) and approval (2026).",
    "The rover mission has three phases:\n1. Launch — 2027\n2. Cruise — 2028\n3. Landing — 2029",
    "The assessment was done in three stages:\n1. Survey of agencies — 2018\n2. Analysis — 2019\n3. Report — 2020",
    "Our plan has two phases: Artemis II (2025) and Artemis III (2026).",
    "The workshop was organised in three phases: registration from 2019, review in 2020 and a final meeting in 2021.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_phase_where_the_stages_are_not_a_roadmap(extract, text):
    assert phases(extract(text, year=2024)) == []

