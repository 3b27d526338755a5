"""Stop 59 probes of mission phases in two more shapes of general English, none from any set: each phase named with
an article and the noun "phase" ("an Orbital Survey phase (2026–2029)", "... a Surface Outpost phase (beyond 2034)":
kg/rules_roadmap._phase, PHASE_YEAR_RE), and a phase's number in brackets after its name ("Orbital Survey (phase 1)
lasts from 2026 to 2029": NUMBER_AFTER_RE). Negative: the same brackets in a sentence on a study's review, which names
nothing of exploring."""

from __future__ import annotations

import pytest

from .test_probes_phases import phases, read_exactly

THREE = [(1, "Orbital Survey", 2026), (2, "Crewed Sorties", 2029), (3, "Surface Outpost", 2034)]


@pytest.mark.parametrize("text", [
    "Three phases are foreseen: an Orbital Survey phase (2026–2029), a Crewed Sorties phase (2029–2034) and a Surface "
    "Outpost phase (beyond 2034).",
    "The roadmap has three phases. Orbital Survey (phase 1) lasts from 2026 to 2029. Crewed Sorties (phase 2) lasts "
    "from 2029 to 2034. Surface Outpost (phase 3) begins in 2034.",
])
def test_phases_named_with_the_noun_or_numbered_after(extract, text):
    r = extract(text, year=2025)
    assert read_exactly(r, THREE), phases(r)


def test_no_phase_of_a_review(extract):
    r = extract("The study is reviewed in two steps. Concept Review (step 1) runs from 2026 to 2027. Design Review "
                "(step 2) follows in 2028.", year=2025)
    assert phases(r) == []
