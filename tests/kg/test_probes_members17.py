"""Round 17 probes of a seat in the body taken over: the one taking it a member from the date its clause gives, the
seat's holder before (named after "held since ... by") a member from the date given for it; a seat named by its
country ("the British seat") as by its holder ("KARI's seat")."""

from __future__ import annotations

import pytest

from .test_probes_members16 import _memberships

HEAD = "ISECG Annual Report 2015\nPublished March 2016\nThe International Space Exploration Coordination Group (ISECG) met twice.\n"


@pytest.mark.parametrize(("sentence", "new", "old"), [
    ("The UK Space Agency (UKSA) took over the seat held since 2007 by the British National Space Centre (BNSC).",
     "uksa", "bnsc"),
    ("In ISECG, the Korea AeroSpace Administration (KASA) assumed the seat occupied from 2007 by the Korea Aerospace "
     "Research Institute (KARI).", "kasa", "kari"),
])
def test_the_seat_holder_before_is_a_member(extract, sentence, new, old):
    found = _memberships(extract(HEAD + sentence, title="ISECG Annual Report 2015", year=2015))
    assert ("isecg", "2007") in found[old]
    assert ("isecg", "2007") not in found.get(new, set())  # the holder's date is not the new one's


@pytest.mark.parametrize("sentence", [
    "On 1 April 2010 the UK Space Agency (UKSA) took over the British seat in ISECG.",
    "In March 2024 the Korea AeroSpace Administration (KASA) took over the Korean seat in ISECG.",
])
def test_a_seat_named_by_its_country(extract, sentence):
    found = _memberships(extract(HEAD + sentence, title="ISECG Annual Report 2015", year=2024))
    member = "uksa" if "UKSA" in sentence else "kasa"
    assert any(body == "isecg" and start and start[:4] in ("2010", "2024") for body, start in found[member])


def test_the_replaced_one_does_not_take_the_seat(extract):
    found = _memberships(extract(HEAD + "- **1 April 2010** — The UK Space Agency (UKSA) replaces the British National "
                                 "Space Centre (BNSC) and takes over the British seat in ISECG.",
                                 title="ISECG Annual Report 2015", year=2015))
    assert not any(start and start.startswith("2010") for body, start in found.get("bnsc", set()))


def test_a_seat_in_a_meeting_room_is_no_membership(extract):
    found = _memberships(extract(HEAD + "At the plenary NASA took over the empty seat by the window in 2015.",
                                 title="ISECG Annual Report 2015", year=2015))
    assert "window" not in str(found) and not any(start == "2015" for body, start in found.get("nasa", set()))
