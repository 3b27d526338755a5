"""Probes of round 13 for joinings told after "followed": the verb left out before each further member ("It was
followed in June by X, the Portuguese agency, and in September by Y"), each member with the date told before it.
Each positive failed on the base for its last member; each negative holds."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

HEAD = "International Space Exploration Coordination Group\nAnnual Report {year}\n"

# (name, text, year, memberships {member: {period}})
POSITIVE = [
    ("followed-and-in-month-by", "Three organisations were welcomed during 2024. The Philippine Space Agency was the "
     "first, in March 2024. It was followed in June by Portugal Space, the Portuguese space agency, and in "
     "September by the Polish Space Agency.", 2024,
     {"philsa": {"from-2024-03"}, "pt-space": {"from-2024-06"}, "polsa": {"from-2024-09"}}),
    ("followed-then-on-day-by", "Two agencies joined ISECG in 2022. The New Zealand Space Agency was the first, on "
     "3 February 2022. It was followed on 10 May 2022 by the Luxembourg Space Agency; then on 2 August 2022 by the "
     "Norwegian Space Agency.", 2022,
     {"nzsa": {"from-2022-02-03"}, "lsa": {"from-2022-05-10"}, "nosa": {"from-2022-08-02"}}),
]

NEGATIVE = [
    # a "by" of another verb after the member is no further joining
    ("by-of-a-relative-clause", "Two agencies joined ISECG in 2024. The Philippine Space Agency was the first, in March "
     "2024. It was followed in June by Portugal Space, which had been proposed by the European Space Agency.", 2024),
]


@pytest.mark.parametrize("name,text,year,members", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_positive_probe(extract, name, text, year, members):
    found = _periods(extract(HEAD.format(year=year) + text, year=year))
    assert {k: v for k, v in found.items() if k in members} == members


def test_negative_probe(extract):
    name, text, year = NEGATIVE[0]
    found = _periods(extract(HEAD.format(year=year) + text, year=year))
    assert "esa" not in found and found.get("pt-space") == {"from-2024-06"}
