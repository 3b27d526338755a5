"""Round 16 probes of a member count told as the whole of a part: "Twelve of the fourteen ISECG participating agencies
answered", the participating agencies being the body's members."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts


@pytest.mark.parametrize("sentence", [
    "Twelve of the fourteen ISECG participating agencies answered the questionnaire on which this report is based.",
    "The International Space Exploration Coordination Group (ISECG) ran a survey. Nine of its 14 participating agencies "
    "replied to it in time for the report.",
])
def test_the_whole_of_the_participating_agencies_is_the_count(extract, sentence):
    r = extract(f"ISECG Survey Report\nIssued November 2011\n{sentence}", title="ISECG Survey Report", year=2011)
    assert ("14", "2011-11") in _counts(r)


def test_participating_countries_are_no_member_count(extract):
    r = extract("ISECG Survey Report\nIssued November 2011\nThe International Space Exploration Coordination Group (ISECG) "
                "ran a survey. Nine of the 14 participating countries replied to it in time.", title="ISECG Survey Report",
                year=2011)
    assert not _counts(r)


@pytest.mark.parametrize("sentence", [
    "- The secretariat reported that ISECG then had fourteen participating agencies, as many as at its founding.",
    "The Secretariat noted that ISECG had 14 member agencies, all of them represented.",
])
def test_a_count_in_a_reported_clause(extract, sentence):
    r = extract(f"Record of the ISECG Meeting\nBerlin, 22-23 June 2010\n{sentence}", title="Record of the ISECG Meeting",
                year=2010)
    assert any(value == "14" and date.startswith("2010") for value, date in _counts(r))


def test_a_reported_count_of_another_group_is_none_of_the_body(extract):
    r = extract("Record of the ISECG Meeting\nBerlin, 22-23 June 2010\nThe secretariat reported that the Technology "
                "Working Group had nine member agencies.", title="Record of the ISECG Meeting", year=2010)
    assert not _counts(r)
