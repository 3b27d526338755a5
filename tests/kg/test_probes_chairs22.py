"""Probes for chair handovers, round 22 (kg/rules_org.py): a term begun "since" an event named with its date after
"in" or "on" ("since the group's second plenary in Feb. 2031"), a handover told by a participle after the verb of the
chair moving and an aside ("the chair rotated for the second time, passing from X to Y"), and the predecessor named
after a verb of receiving the chair ("having received the chair from X at the end of 2032").  Written from how such
documents state it, not copied from the development sets.
Negatives: a date after another event's words is no start; receiving something other than the chair names no
holder; a chair moving with no "from" names no predecessor."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD
from .test_probes_chairs20 import _agency_chairs

CASES = [
    ("since-event-in-date", "CNES has chaired ISECG since the group's second plenary in Feb. 2031.",
     {("cnes", "from-2031-02")}),
    ("since-event-on-date", "ASI had chaired ISECG since the Rome plenary on 4 May 2030.",
     {("asi", "from-2030-05-04")}),
    ("rotated-passing-from-to", "At the plenary in Oslo on 3 March 2033 the chair rotated for the second time, "
     "passing from the Italian Space Agency to the Canadian Space Agency.",
     {("asi", "until-2033-03-03"), ("csa", "from-2033-03-03")}),
    ("moved-again-passing", "On 9 June 2034 the chair moved again, passing from CSA to ESA.",
     {("csa", "until-2034-06-09"), ("esa", "from-2034-06-09")}),
    ("received-the-chair-from", "The European Space Agency (ESA) chaired ISECG throughout 2033, having received the "
     "chair from the Canadian Space Agency (CSA) at the end of 2032.",
     {("csa", "until-2032-12"), ("esa", "from-2032-12")}),
    # negatives: no start after another event's words; nothing received from the agency is the chair
    ("since-not-event", "ASI has chaired ISECG since it was founded in 2029.", set()),
    ("received-report", "ESA received the draft report from CSA on 2 May 2033.", set()),
]


@pytest.mark.parametrize("name, text, chairs", CASES, ids=[c[0] for c in CASES])
def test_chair_handovers(extract, name, text, chairs):
    got = _agency_chairs(extract(HEAD + text, title="ISECG Annual Report", year=2035))
    assert chairs <= got, got
    if not chairs:  # nobody's term begins or ends
        assert not any(p.startswith(("from", "until")) for _, p in got), got
