"""Stop 59 probes of gatherings told by their host as the subject, with a group's name of several words: "On 14 May
2031 CNES hosted the Technology Working Group in Toulouse", "CNES welcomed the Technology Working Group to Toulouse
on 14 May 2031" (kg/rules_events.GATHER_RE, _GATHERED). Negatives: members welcomed, not a gathering ("ISECG has
welcomed seven new members", "... welcomed the new member agencies to the group"). Written in other words and names
than any set's."""

from __future__ import annotations

import pytest

HEAD = "ISECG Annual Report 2035\nPublished March 2036\nThe International Space Exploration Coordination Group (ISECG) met twice.\n"


def _events(extract, text: str) -> list[set[str]]:
    r = extract(HEAD + text, title="ISECG Annual Report 2035", year=2035)
    kinds = {s for s, p, o in r.facts if p == "rdf:type" and o.endswith("Event")}
    return [{o for s2, p, o in r.facts if s2 == s and p in ("schema:startDate", "schema:location", "schema:organizer")}
            for s in kinds]


@pytest.mark.parametrize("text", [
    "On 14 May 2031 CNES hosted the Technology Working Group in Toulouse.",
    "CNES welcomed the Technology Working Group to Toulouse on 14 May 2031.",
])
def test_a_group_gathered_by_its_host(extract, text):
    assert any({"id/place/toulouse", "2031-05-14", "id/org/cnes"} <= e for e in _events(extract, text))


@pytest.mark.parametrize("text", [
    "ISECG has welcomed seven new members in 2031.",
    "In 2031 ESA welcomed the new member agencies to the group.",
])
def test_no_gathering_of_members_welcomed(extract, text):
    assert _events(extract, text) == []
