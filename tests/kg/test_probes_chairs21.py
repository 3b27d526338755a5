"""Probes for when an agency's chair term began or ended, round 21 (kg/rules_org.py): a term begun "since" an event
of a date ("since the heads of delegation plenary of 4 May 2041"), a handover told with the verb before the chair
("it handed the chair to NOSA on 2 March 2043"), and the outgoing chair named at an event (its term ends about then,
no term of its own begins).  Written from how such documents state it, not copied from the development sets.
Negatives: a date after an event that is not the chair's start stays no start; "the outgoing chair" with no agency
before it is no agency's chair."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD
from .test_probes_chairs20 import _agency_chairs

CASES = [
    ("since-event-of-date", "AEM has chaired ISECG since the heads of delegation plenary of 4 May 2041.",
     {("aem", "from-2041-05-04")}),
    ("handed-the-chair-to", "On 2 March 2043 it handed the chair to the Norwegian Space Agency.",
     {("nosa", "from-2043-03-02")}),
    ("outgoing-chair-at-event", "The dinner was arranged by AEB as outgoing chair, on the eve of the forum "
     "(12–14 October 2044).", {("aeb", "until-2044-10-12")}),
    # negatives: "since" with no event before the date; no agency before "outgoing chair"
    ("since-date-plain", "AEM has chaired ISECG since 4 May 2041.", {("aem", "from-2041-05-04")}),
    ("outgoing-no-agency", "The outgoing chair thanked the delegations on 12 October 2044.", set()),
]


@pytest.mark.parametrize("name, text, chairs", CASES, ids=[c[0] for c in CASES])
def test_chair_term_edges(extract, name, text, chairs):
    # (another rule may state the holder at the date too: "AEM, 4 May 2041"; no other holder, nor other edge)
    got = _agency_chairs(extract(HEAD + text, title="ISECG Annual Report", year=2045))
    assert chairs <= got and {h for h, _ in got} == {h for h, _ in chairs}, got
    assert not any(p.startswith(("from", "until")) for _, p in got - chairs), got
