"""Stop 58 probes: a product of a group's own work is no technology it works on ("The Technology Working Group presented
its plan to refresh the critical technology gap assessment", "... reported on the update of the critical technology
gap list", "... completed the list of critical technologies", outreach material, a chair change); the technology a
plan or a study is for still is ("KARI reported its plans for a lunar orbiter"). Written in other words than any set's;
development sets af, ai, al and ak showed the forms."""

from __future__ import annotations

import pytest

REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2035\n"


@pytest.mark.parametrize("text", [
    "The Technology Working Group presented its plan to refresh the critical technology gap assessment.",
    "The Technology Working Group reported on the update of the list of lunar surface technologies.",
    "The Technology Working Group completed the list of critical technologies for crewed landers.",
    "The Strategic Communications Working Group prepared outreach material for the roadmap in six languages.",
])
def test_no_work_on_a_groups_product(extract, text):
    assert extract(REPORT + text, year=2035).works_on() == set()


@pytest.mark.parametrize(("text", "work"), [
    ("KARI reported its plans for a lunar orbiter.", ("kari", "lunar orbiter")),
    ("ESA progressed the regolith processing demonstrator.", ("esa", "regolith processing demonstrator")),
])
def test_the_technology_a_plan_is_for_still_is(extract, text, work):
    assert work in extract(REPORT + text, year=2035).works_on()
