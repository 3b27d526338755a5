"""Probes of mission phases (round 19): a phase whose period is a part of a decade ("(mid-2040s)", "from the late
2030s", "early 2030s") starts in a year of that part: the middle year for "mid", the seventh for "late", the first for
"early", unless a year of that decade is stated beside it ("late 2020s, from about 2028", found by the 2020
supplement summary of set af, held out that round). NEGATIVE: a decade whole stays its first year; a year that is no part of a decade is read as before."""

from __future__ import annotations

import pytest

from .test_probes_phases import phases

TEXT = ("Mission scenario in three phases\nThe scenario unfolds in three phases.\nPhase 1 – Crews in lunar orbit "
        "({one}). Assembly of a small outpost begins.\nPhase 2 – Crews on the lunar surface ({two}). Landers carry "
        "crews.\nPhase 3 – Crews to Mars ({three}). A transport carries crews to Mars orbit.")


@pytest.mark.parametrize("periods, starts", [
    (("early 2030s", "mid-2030s", "late 2030s"), ("2030", "2035", "2037")),
    (("from the early 2030s", "from the mid 2030s", "from the late 2040s"), ("2030", "2035", "2047")),
    (("2030s", "from 2036", "2040s and beyond"), ("2030", "2036", "2040")),
    # a year of the decade stated beside its part is the more precise; a later year of something else is not
    (("late 2020s, from about 2028", "mid-2030s; first landing in 2036", "from the 2040s, a first crew in 2043"),
     ("2028", "2036", "2040")),
])
def test_a_part_of_a_decade_starts_in_that_part(extract, periods, starts):
    r = extract(TEXT.format(one=periods[0], two=periods[1], three=periods[2]), year=2026)
    assert {(n, start) for n, _, start in phases(r)} == {(1, starts[0]), (2, starts[1]), (3, starts[2])}
