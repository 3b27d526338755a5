"""Stop 57 probes of a table's rows of a body's cell and a person's, the body's cell carrying its acronym in brackets
("Canadian Space Agency (CSA) Marc Lefebvre") or its own name no list has with the body named in brackets ("Federal
Space Agency (Roscosmos) Sergei Volkov"). Negatives: a sentence, a second body where the person would stand, a
bracket not closed. Written in other words and names than any set's; no held-out text was read for them."""

from __future__ import annotations

import pytest

from .test_probes_people54 import _affiliations

MEETING = "Record of the Ninth Meeting of ISECG\nHeads of delegation\nAgency Head of delegation\n"


@pytest.mark.parametrize("row, pair", [
    ("Canadian Space Agency (CSA) Odile Brassard", ("odile-brassard", "csa")),
    ("Korea Aerospace Research Institute (KARI) Jae-won Seo", ("jae-won-seo", "kari")),
    ("German Aerospace Center (DLR) Henrike Vossberg", ("henrike-vossberg", "dlr")),
    ("State Space Corporation (Roscosmos) Pavel Lebedinsky", ("pavel-lebedinsky", "roscosmos")),
    ("National Centre for Space Studies (CNES) Amandine Rouvier", ("amandine-rouvier", "cnes")),
])
def test_a_row_of_a_body_with_its_bracket_and_a_person(extract, row, pair):
    assert pair in _affiliations(extract(MEETING + "ASI Matteo Lanzi\n" + row + "\nESA Ingrid Halvorsen\n", year=2031))


@pytest.mark.parametrize("row", [
    "Canadian Space Agency (CSA) Odile Brassard presented the Canadarm3 schedule.",
    "Canadian Space Agency (CSA) European Space Agency",
    "State Space Corporation (Roscosmos Pavel Lebedinsky",
])
def test_no_person_from_a_sentence_a_second_body_or_an_open_bracket(extract, row):
    found = _affiliations(extract(MEETING + row + "\n", year=2031))
    assert not {p for p in found if p[1] in ("csa", "roscosmos")}


@pytest.mark.parametrize("line", [
    "16:10–16:30 Robotic servicing and the Lunar Surface Innovation Program Odile Brassard (Canadian Space Agency)",
    "Robotic servicing and the Gateway External Robotics Project Odile Brassard (CSA)",
])
def test_a_talk_whose_title_ends_in_capitals_before_its_speaker(extract, line):
    r = extract("Programme of the ISECG special session\n" + line + "\n", year=2031)
    assert ("odile-brassard", "csa") in _affiliations(r)


def test_a_body_named_in_full_before_its_acronym_is_no_person(extract):
    r = extract("Programme of the ISECG special session\nNational Centre for Space Studies (CNES) sent two experts.\n",
                year=2031)
    assert not _affiliations(r)


@pytest.mark.parametrize("line", [
    "Foreword\nOdile Brassard, Director General, Space Exploration, Canadian Space Agency — ISECG Chair",
    "Odile Brassard, Director General, Space Exploration, CSA, opened the meeting.",
])
def test_a_person_their_title_and_its_field_before_their_body(extract, line):
    assert ("odile-brassard", "csa") in _affiliations(extract(line + "\n", year=2031))
