"""Stop 58 probes of memberships: a seat named by its holder before ("The seat of the British National Space Centre
passed in 2031 to its successor, the UK Space Agency (UKSA)"): the successor a member from then
(kg/rules_org.SEAT_RE); and a founding member known by its former name alone ("Those founding agencies were ASI, CNES
and NSAU"): the reference data holds the National Space Agency of Ukraine as the State Space Agency of Ukraine's former
name, one body renamed. Negatives: a seat of a room. Written in other words and years than any set's; development
sets ao and af only showed the forms. (The British National Space Centre, a body of its own, was tried in the reference
data and left out: a former name in an aside, "UKSA (formerly BNSC)", then took the membership from the body named.)"""

from __future__ import annotations

from .test_extract_temporal import _periods
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


def test_a_founder_named_by_its_former_name(extract):
    text = HEAD + ("ISECG was set up in 2031 by the three agencies that had drawn up a shared plan. Those founding "
                   "agencies were ASI, CNES and NSAU.")
    assert _periods(extract(text, title="ISECG Annual Report 2035", year=2035)) == {
        a: {"from-2031"} for a in ("asi", "cnes", "ssau")}
