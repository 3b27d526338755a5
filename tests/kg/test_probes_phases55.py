"""Probes of mission phases (stop 55), in our own wording, none from any set: a numbered list's item with its period in
brackets right after the name, then a dash or a colon and the description ("1. Orbital Survey (2026–2029) — small
orbiters map the poles"); a phase whose name and period share the brackets after its number ("Phase 1 (Orbital
Survey, 2026–2029) maps ..."); a start told by the span a phase covers ("covers 2026 to 2029"). NEGATIVE: a mission
with its year in brackets; a study's phases in the same shape."""

from __future__ import annotations

import pytest

from .test_probes_phases import phases, read_exactly

THREE = [(1, "Orbital Survey", 2026), (2, "Crewed Sorties", 2029), (3, "Surface Outpost", 2034)]

POSITIVE = [
    "Stages of the campaign\n1. Orbital Survey (2026–2029) — small orbiters map the poles.\n2. Crewed Sorties "
    "(2029–2034) — crews land for a week.\n3. Surface Outpost (after 2034): a habitat supports long stays on the Moon.",
    "The lunar campaign has three phases. Phase 1 (Orbital Survey, 2026–2029) maps the poles. Phase 2 (Crewed Sorties, "
    "2029–2034) lands crews on the Moon. Phase 3 (Surface Outpost, from 2034) builds a habitat.",
    "The lunar campaign has three phases. The first phase, Orbital Survey, covers 2026 to 2029. The second phase, "
    "Crewed Sorties, spans 2029 to 2034. The third phase, Surface Outpost, begins in 2034.",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_phases_with_their_period_in_brackets_or_a_span(extract, text):
    r = extract(text, year=2025)
    assert read_exactly(r, THREE)


NEGATIVE = [
    "Missions of the campaign\n1. Artemis II (2026) — a crewed flyby.\n2. Artemis III (2027) — a crewed landing.",
    "Phases of the study\n1. Concept Review (2026–2027) — the team compares designs.\n2. Detailed Design (2027–2029) — "
    "the team writes the specifications.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_phases_of_missions_or_a_study(extract, text):
    assert phases(extract(text, year=2025)) == []
