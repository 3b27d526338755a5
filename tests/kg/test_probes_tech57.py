"""Stop 57 probes: a body or a site an agency provides or hosts is no technology it works on ("ESA provides the ISECG
Secretariat at ESTEC", "held at the Chapman Space Centre of CSA"); hardware it provides still is. Written in other
words than any set's; development sets an and am showed the form."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "ESA will provide the ISECG Secretariat for an initial period of three years.",
    "The European Space Agency provides the ISECG Secretariat at ESTEC in Noordwijk.",
    "The meeting was held at the Saint-Hubert Space Centre of the Canadian Space Agency, which hosted it.",
])
def test_no_work_on_a_body_or_a_site(extract, text):
    assert extract(text).works_on() == set()


def test_hardware_provided_is_still_work(extract):
    assert ("esa", "European Service Module") in extract("ESA provides the European Service Module for Orion.").works_on()
