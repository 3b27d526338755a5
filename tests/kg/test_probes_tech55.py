"""Stop 55 probes of who works on what (in our own words): a noun of those who do the work ("their providers", "the
developers", "researchers") is no verb of work, so a technology named after it is not the document's body's work
("Key elements and their providers: the Power and Propulsion Element (NASA), ..." made ISECG work on propulsion); a
bulleted list "- AGENCY – item" under a caption about work, as the same list without bullets (a person's line, "- Naoki
Sato – JAXA", is no work); no work item that is a share of work ("three of the eight capabilities", "without leading
any capability"), a body ("the ISECG Secretariat") or a document ("the ... Roadmap Note")."""

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


def test_a_bulleted_list_of_agencies_and_their_work(extract):
    text = (REPORT + "Agency contributions to the Gateway\n- POLSA – ice drill and regolith sampler\n- NOSA – relay "
            "antenna\n\nContacts\n- Naoki Sato – JAXA\n")
    found = extract(text).works_on()
    assert {("polsa", "ice drill"), ("polsa", "regolith sampler"), ("nosa", "relay antenna")} <= found
    assert not any(who == "jaxa" for who, _ in found)


@pytest.mark.parametrize("text", [
    "CNES leads three of the eight capabilities.",
    "ASI takes part without leading any capability.",
    "ESA hosts the ISECG Secretariat.",
    "NASA developed the Exploration Capability Roadmap Note.",
])
def test_no_work_item_from_a_share_a_body_or_a_document(extract, text):
    assert not extract(REPORT + text).works_on()
