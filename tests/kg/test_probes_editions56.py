"""Stop 56 probes of a series' editions counted with their years, all of them from the first: "has published three
editions of the Global Exploration Roadmap (2011, 2013 and 2018)", "two editions of its roadmap, in 2031 and 2034"
(the n-th year the n-th edition's). Negatives: the last editions counted, years fewer or more than counted. Written in
other words and years than any set's; no held-out text was read for them."""

from __future__ import annotations

import pytest

from .test_probes_editions12 import _issued

GER = "id/work/global-exploration-roadmap-edition-"


@pytest.mark.parametrize("text", [
    "Since its founding the group has issued three editions of the Global Exploration Roadmap (2031, 2034 and 2038).",
    "ISECG released three editions of The Global Exploration Roadmap, in 2031, 2034 and 2038, and two supplements.",
])
def test_editions_counted_with_their_years(extract, text):
    r = extract("Coordination report\n" + text, title="Coordination report", year=2040)
    assert [_issued(r, f"{GER}{n}") for n in (1, 2, 3)] == [{"2031"}, {"2034"}, {"2038"}]


@pytest.mark.parametrize("text", [
    "The last two editions of the Global Exploration Roadmap (2034 and 2038) stressed the Moon.",
    "Three editions of the Global Exploration Roadmap (2034 and 2038) are cited here.",
])
def test_no_editions_by_rank_from_some_of_them(extract, text):
    r = extract("Coordination report\n" + text, title="Coordination report", year=2040)
    assert not any(_issued(r, f"{GER}{n}") for n in (1, 2, 3))
