"""Round 17 probes of a member count dated at a year's edge ("at the end of 2021", "year-end 2019", "end-2018", "the
start of 2020": that month, as a count at the end of a year is one of its December), and of a count whose subject is
the body told as "the group" or "it" ("With them, the group now brings together 26 agencies")."""

from __future__ import annotations

import pytest

from .test_probes_counts16 import _counts


@pytest.mark.parametrize("sentence", [
    "- End of 2021 — the membership stood at twenty-four agencies.",
    "At the close of 2021 ISECG counted 24 member agencies.",
    "ISECG had 24 member agencies at year-end 2021.",
    "By end-2021 ISECG numbered 24 member agencies.",
])
def test_a_count_at_the_end_of_a_year_is_of_its_december(extract, sentence):
    r = extract(f"A History of ISECG\n{sentence}", title="A History of ISECG", year=2023)
    assert _counts(r) == {("24", "2021-12")}


@pytest.mark.parametrize("sentence, earlier", [
    ("In May 2022 ISECG had 26 member agencies, up from twenty-three at the end of 2019.", ("23", "2019-12")),
    ("In May 2022 ISECG had 26 member agencies, up from 24 at the start of the year.", ("24", "2022-01")),
])
def test_an_earlier_count_at_a_years_edge(extract, sentence, earlier):
    r = extract(f"ISECG Annual Report 2022\n{sentence}", title="ISECG Annual Report 2022", year=2022)
    assert _counts(r) == {("26", "2022-05"), earlier}


@pytest.mark.parametrize("sentence", [
    "ISECG welcomed two agencies in 2022. With them, the group now brings together 26 space agencies.",
    "The International Space Exploration Coordination Group (ISECG) met in Paris in March 2022. It today unites "
    "twenty-six space agencies.",
])
def test_the_body_told_as_the_group_or_it_gathers_its_members(extract, sentence):
    r = extract(f"ISECG Bulletin\nOctober 2022\n{sentence}", title="ISECG Bulletin", year=2022)
    assert ("26", "2022-10") in _counts(r)


@pytest.mark.parametrize("text", [
    "ISECG met in Paris. By the end of 2030 we aim to have 40 members.",  # a target
    "ISECG held its first workshop in Rome. It brought together 17 agencies.",  # "it": the workshop
    "The ISECG workshop was held in Rome. It brought together 17 agencies.",
    "The Technology Working Group met in Rome. The group brings together 12 agencies.",  # another group
])
def test_no_count_of_the_body(extract, text):
    assert not _counts(extract(f"ISECG Annual Report 2026\n{text}", title="ISECG Annual Report 2026", year=2026))
