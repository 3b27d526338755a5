"""Round 16 probes of a table of working-group participation: the year of a row is the agencies' participation in the
group named before them, not their membership of the body; of the body they are members, since when it does not say."""

from __future__ import annotations

import pytest


def _memberships(r) -> dict[str, set[tuple[str, str | None]]]:
    """member -> {(organisation, start year)}."""
    nodes = {s for s, p, o in r.facts if p == "org:member"}
    member = {s: o.removeprefix("id/org/") for s, p, o in r.facts if p == "org:member"}
    body = {s: o.rsplit("/", 1)[-1] for s, p, o in r.facts if p == "org:organization" and s in nodes}
    during = {s: o for s, p, o in r.facts if p == "org:memberDuring" and s in nodes}
    begins = {s: o.rsplit("/", 1)[-1] for s, p, o in r.facts if p == "time:hasBeginning"}
    found: dict[str, set] = {}
    for node in nodes:
        found.setdefault(member[node], set()).add((body[node], begins.get(during.get(node))))
    return found


@pytest.mark.parametrize("table", [
    "Table 1 lists the agencies that took part in each working group, and since when.\n"
    "Working group Participating agency Since\nExploration Roadmap Working Group (ERWG) NASA, ESA, JAXA, ASI, KARI, "
    "ISRO, CSA, UKSA, CNSA 2010\nTechnology Working Group (TWG) DLR, CNES, KARI, ISRO, NASA, ESA, JAXA, ASI, CSA, "
    "UKSA 2012\n",
    "Table 2. Agencies participating in the working groups\nGroup Agency Since\nTechnology Working Group DLR, CNES 2012 "
    "Exploration Roadmap Working Group NASA, ESA, JAXA 2010\n",
])
def test_a_working_group_row_dates_the_group_participation(extract, table):
    r = extract("ISECG Annual Report 2017\nPublished March 2018\nThe ISECG working groups met often in 2017.\n" + table, title="ISECG Annual Report 2017", year=2017)
    found = _memberships(r)
    assert ("twg", "2012") in found["dlr"] and ("erwg", "2010") in found["esa"]
    # of ISECG they are members, with no start the table gives
    assert ("isecg", None) in found["jaxa"] and ("isecg", None) in found["cnes"]
    assert not any(body == "isecg" and start for rows in found.values() for body, start in rows)


def test_a_member_table_without_groups_still_dates_membership(extract):
    r = extract("ISECG Annual Report 2017\nPublished March 2018\nTable 1 lists the member agencies.\n"
                "Acronym Agency Country ISECG member since\nDLR German Aerospace Center Germany 2007\n"
                "UKSA United Kingdom Space Agency United Kingdom 2011\n", title="ISECG Annual Report 2017", year=2017)
    found = _memberships(r)
    assert ("isecg", "2007") in found["dlr"] and ("isecg", "2011") in found["uksa"]
