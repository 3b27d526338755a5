"""Stop 57 probes of founders named and not counted: the founded body the subject of a passive ("ISECG was formed in
2031 by A, B and C", "ISECG, founded by A, B and C in 2031, ..."), and the named strategy the founders made, passive or
active ("The Global Exploration Strategy was drawn up in 2031 by A, B and C", "A, B and C agreed the Global Exploration
Strategy in May 2031"); a body's participants or members in a year ("ISECG participants in 2033 included A and B").
Negatives: another body or work as the subject or object, another verb, one name alone. Written in other words, numbers
and years than any set's; no held-out text was read for them."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2035\n"
FOUR = ("asi", "cnes", "dlr", "kari")


@pytest.mark.parametrize("sentence", [
    "ISECG was formed in 2031 by ASI, CNES, DLR and KARI.",
    "ISECG was founded by ASI, CNES, DLR and KARI in 2031, after two years of talks.",
    "ISECG, established in 2031 by the ASI, the CNES, the DLR and the KARI, meets twice a year.",
    "The Global Exploration Strategy was drawn up in 2031 by ASI, CNES, DLR and KARI.",
    "The Global Exploration Strategy, developed by ASI, CNES, DLR and KARI, was released in May 2031.",
    "In 2031, ASI, CNES, DLR and KARI agreed the Global Exploration Strategy.",
    "ASI, CNES, DLR and KARI jointly drew up the Global Exploration Strategy in March 2031 and formed ISECG soon after.",
])
def test_founders_named_without_a_count(extract, sentence):
    assert _periods(extract(REPORT + sentence, year=2035)) == {a: {"from-2031"} for a in FOUR}


@pytest.mark.parametrize("sentence", [
    "ISECG participants in 2033 included ASI, CNES, DLR and KARI.",
    "ISECG members in 2033 included ASI, CNES, DLR and KARI.",
])
def test_participants_of_a_year(extract, sentence):
    assert _periods(extract(REPORT + sentence, year=2035)) == {a: {"2033"} for a in FOUR}


@pytest.mark.parametrize("sentence", [
    "The Lunar Dust Working Group was formed in 2031 by ASI, CNES, DLR and KARI.",
    "The team was set up in 2031 by ASI and CNES.",
    "The workshop was organised in 2031 by ASI, CNES, DLR and KARI.",
    "The lunar strategy was drawn up in 2031 by ASI, CNES, DLR and KARI.",
    "The roadmap was developed in 2031 by ASI, CNES, DLR and KARI.",
    "The framework of the roadmap was written by ASI, CNES, DLR and KARI.",
    "ASI, CNES, DLR and KARI reviewed the Global Exploration Strategy in 2031.",
    "ASI, CNES, DLR and KARI agreed the Global Exploration Roadmap in 2031.",
    "ISECG was formed in 2031 by KARI.",
])
def test_no_founders_of_another_body_work_or_verb(extract, sentence):
    assert not _periods(extract(REPORT + sentence, year=2035))


@pytest.mark.parametrize("sentence", [
    "ISECG counts ASI, CNES, DLR and KARI among its members.",
    "In 2033 ISECG counted ASI (Italy), CNES (France), DLR (Germany) and KARI (Korea) among its member agencies.",
])
def test_members_counted_among_its_members(extract, sentence):
    assert set(_periods(extract(REPORT + sentence, year=2035))) == set(FOUR)


@pytest.mark.parametrize("sentence", [
    "ISECG counts ASI, CNES, DLR and KARI among its observers.",
    "ISECG counted ASI, CNES, DLR and KARI as partners of the study.",
])
def test_no_members_counted_among_others(extract, sentence):
    assert not _periods(extract(REPORT + sentence, year=2035))
