"""Stop 58 probes of memberships: a seat named by its holder before ("The seat of the British National Space Centre
passed in 2031 to its successor, the UK Space Agency (UKSA)"): the successor a member from then, not another body the
clause names (kg/rules_org.SEAT_RE, SUCCESSOR_RE). Negatives: a seat of a room. Written in other words and years than
any set's; development set ao only showed the form. (The founding agencies that no longer exist were tried in the
reference data and left out: the British National Space Centre as a body of its own let a former name in an aside,
"UKSA (formerly BNSC)", take the membership from the body named; the National Space Agency of Ukraine as the State
Space Agency of Ukraine's former name merged the two IRIs a renaming links.)"""

from __future__ import annotations

from .test_probes_members16 import _memberships

HEAD = "ISECG Annual Report 2035\nPublished March 2036\nThe International Space Exploration Coordination Group (ISECG) met twice.\n"


def test_the_seat_of_a_holder_named_passed(extract):
    found = _memberships(extract(HEAD + "The seat of the British National Space Centre passed in 2031 to its successor, "
                                 "the UK Space Agency (UKSA), which therefore counts as a member since then.",
                                 title="ISECG Annual Report 2035", year=2035))
    assert ("isecg", "2031") in found["uksa"]


def test_no_seat_of_a_room(extract):
    found = _memberships(extract(HEAD + "The seat of the Chair passed in 2031 to the window side of the room, by ESA.",
                                 title="ISECG Annual Report 2035", year=2035))
    assert not found.get("esa")
