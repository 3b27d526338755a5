"""Stop 58 probes of the agencies leading a group: a table with a column for each lead ("Working group Lead Co-lead",
the header wrapped, a group's name wrapped onto the line of its acronym) gives both agencies of a row, parted by spaces
alone (kg/rules_roles.group_lead_rows, CO_LEAD_COLUMN_RE, _name_wrapped); a passive naming several ("chaired since 2031
by NASA and JAXA") gives each (kg/rules_org, chair-frame). Negatives: a header with one lead column takes a row's last
agency alone; an agency the passive names for another deed ("chaired by NASA and hosted by CSA") holds no chair. Written in other words and years than any set's;
development set al's table only showed the form."""

from __future__ import annotations

import pytest

REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2035\n"
ROWS = ("Exploration Roadmap Working\nGroup (ERWG)\nNASA ESA\nTechnology Working Group (TWG) JAXA CNES\n"
        "Science Working Group (SWG) ASI CSA\n5. Meetings\nThe group met twice in 2034.")


def _group_chairs(result) -> set[tuple[str, str]]:
    facts = result.facts
    nodes = {s for s, p, o in facts if p == "org:role" and o.endswith("#chair") and s.startswith("id/chair/")}
    return {(next(o for s, p, o in facts if s == n and p == "org:member").rsplit("/", 1)[-1],
             next(o for s, p, o in facts if s == n and p == "org:organization").rsplit("/", 1)[-1]) for n in nodes}


@pytest.mark.parametrize("header", ["Working group Lead Co-lead", "Working group Lead Co-\nlead", "Group Chair Co-chair"])
def test_a_column_for_each_lead(extract, header):
    found = _group_chairs(extract(REPORT + "Their leadership is shown in Table 1.\n" + header + "\n" + ROWS, year=2035))
    assert found == {("nasa", "erwg"), ("esa", "erwg"), ("jaxa", "twg"), ("cnes", "twg"), ("asi", "swg"), ("csa", "swg")}


def test_one_lead_column_takes_the_last_agency(extract):
    found = _group_chairs(extract(REPORT + "Their leadership is shown in Table 1.\nWorking group Lead agency\n"
                                  "Technology Working Group (TWG) JAXA CNES\n5. Meetings\nThe group met twice.", year=2035))
    assert found == {("cnes", "twg")}


@pytest.mark.parametrize(("sentence", "chairs"), [
    ("The Science Working Group, chaired since 2031 by NASA and JAXA, met twice.", {("nasa", "swg"), ("jaxa", "swg")}),
    ("The Science Working Group was chaired in 2031 by CNES and KARI.", {("cnes", "swg"), ("kari", "swg")}),
    ("The Science Working Group was chaired by NASA and hosted by CSA.", {("nasa", "swg")}),
])
def test_each_agency_a_passive_names(extract, sentence, chairs):
    assert _group_chairs(extract(REPORT + sentence, year=2035)) == chairs
