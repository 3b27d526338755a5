"""Stop 55 probe of who works on what (in our own words): a noun of those who do the work ("their providers", "the
developers", "researchers") is no verb of work, so a technology named after it is not the document's body's work
("Key elements and their providers: the Power and Propulsion Element (NASA), ..." made ISECG work on propulsion)."""

from __future__ import annotations

import pytest

REPORT = "Annual Report\nInternational Space Exploration Coordination Group\n"


@pytest.mark.parametrize("text", [
    "Key elements and their providers: the Power and Propulsion Element (NASA), the Habitation Module (ESA).",
    "The developers of surface habitation met in Oslo.",
])
def test_no_work_from_a_noun_of_its_doers(extract, text):
    assert not {pair for pair in extract(REPORT + text).works_on() if pair[0] == "isecg"}


def test_a_verb_of_work_still_reads(extract):
    assert any(who == "nasa" for who, _ in extract(REPORT + "NASA provides propulsion for the Gateway.").works_on())
