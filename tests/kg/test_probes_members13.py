"""Probes of round 13 for memberships: a list of the body's members after a label and a colon inside one sentence
("developed by the agencies taking part in ISECG: A (X), B (Y) and C (Z)."), each a member at the label's date or the
document's; negatives: a list after a colon whose label is of another standing (attendees of a meeting, agencies
taking part in a programme, observers) or too short to be a list."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

HEAD = "International Space Exploration Coordination Group\nGlobal Exploration Roadmap {year}\n"

# (name, text, year, members {member: {period}})
POSITIVE = [
    ("participating-in-body", "The roadmap was developed by ten of the agencies participating in ISECG: ASI (Italy), "
     "CNES (France), CSA (Canada) and JAXA (Japan). It is not binding.", 2011,
     {"asi": {"2011"}, "cnes": {"2011"}, "csa": {"2011"}, "jaxa": {"2011"}}),
    ("member-agencies-label", "Five ISECG member agencies drafted this chapter: DLR, ESA, KARI and NASA.", 2013,
     {"dlr": {"2013"}, "esa": {"2013"}, "kari": {"2013"}, "nasa": {"2013"}}),
    ("members-on-a-date", "ISECG had these members on 31 December 2015: NASA, the Canadian Space Agency, "
     "the UK Space Agency and ISRO.", 2016,
     {"nasa": {"2015-12-31"}, "csa": {"2015-12-31"}, "uksa": {"2015-12-31"}, "isro": {"2015-12-31"}}),
]

NEGATIVE = [
    # attendees of a meeting, not members
    ("meeting-attendees", "Delegations from several agencies attended the Montreal meeting: ASI, CNES, CSA and JAXA."),
    # agencies taking part in a programme, not in the body
    ("programme-participants", "Agencies participating in the Artemis programme: NASA, ESA, CSA and JAXA."),
    # another standing
    ("observers", "The ISECG observers at the forum: ASI, CNES, CSA and JAXA."),
    # who took part in a workshop of the body, not in the body
    ("workshop-participants", "The ISECG workshop had these participating agencies: NASA, ESA, JAXA and CSA."),
    # a clause with a verb after the colon is prose, not a list
    ("prose-after-colon", "The outcome of the ISECG forum was plain: NASA, ESA and JAXA will lead the study."),
]


@pytest.mark.parametrize("name,text,year,members", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_list_in_a_sentence(extract, name, text, year, members):
    found = _periods(extract(HEAD.format(year=year) + text, year=year))
    assert found.keys() == members.keys() and all(members[m] <= found[m] for m in members)


@pytest.mark.parametrize("name,text", NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_no_list_in_a_sentence(extract, name, text):
    assert _periods(extract(HEAD.format(year=2014) + text, year=2014)) == {}
