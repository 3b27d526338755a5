"""Round 21 probes of joinings told with the verb left out after a clause that goes on past its date (af): "A was
welcomed at the March meeting in Rome, and B at the October meeting in Oslo" (B a member from October).

Negatives: an organisation after the clause doing something else ("..., and B hosted the October meeting") joins
nothing; a joining right after the verb's date is still read first ("A joined in 2030 and B in 2031, both at ...")."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

HEAD = "ISECG Annual Report 2032\nThe International Space Exploration Coordination Group (ISECG) met twice.\nMembership\n"


@pytest.mark.parametrize("sentence", [
    "Two agencies joined during the year: the Polish Space Agency (POLSA) was admitted at the March meeting in Rome, and "
    "the Mexican Space Agency at the October meeting in Oslo.",
    "The Polish Space Agency joined ISECG in March at the plenary hosted by ESA, and the Mexican Space Agency in October.",
])
def test_a_gapped_joining_after_a_longer_clause(extract, sentence):
    periods = _periods(extract(HEAD + sentence, year=2032))
    assert "from-2032-03" in periods.get("polsa", ()) and periods.get("aem") == {"from-2032-10"}


@pytest.mark.parametrize("sentence", [
    "The Polish Space Agency joined ISECG at the March meeting in Rome, and the Mexican Space Agency hosted the October "
    "meeting in Oslo.",
    "The Polish Space Agency joined ISECG at the March meeting in Rome, and the Mexican Space Agency sent observers in "
    "October.",
])
def test_an_organisation_after_the_clause_doing_something_else_joins_nothing(extract, sentence):
    periods = _periods(extract(HEAD + sentence, year=2032))
    assert "from-2032-03" in periods.get("polsa", ()) and "aem" not in periods


def test_a_joining_right_after_the_date_comes_first(extract):
    periods = _periods(extract(HEAD + "The Polish Space Agency joined ISECG in 2030 and the Mexican Space Agency in 2031, "
                                      "both at meetings in Rome.", year=2032))
    assert periods.get("aem") == {"from-2031"}
