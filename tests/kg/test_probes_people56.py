"""Stop 56 probes of a written table row's people ("Group — Lead agency: X; Lead (end of 2031): A; Remarks: ..."): each
of the body the column of bodies names, or, as many bodies as people, of the body in the same place. Negatives: fewer
bodies than people (more than one), a name with a body of its own in brackets (read as such), no column of bodies.
Written in other names, groups and years than any set's; no held-out text was read for them."""

from __future__ import annotations

import pytest

HEAD = "ISECG Annual Report 2031\n1. Working groups\nThe table lists each group, its lead agency and its lead.\n"


def _affiliations(r) -> set[tuple[str, str]]:
    return {(s.removeprefix("id/person/"), o.removeprefix("id/org/")) for s, p, o in r.facts
            if p == "schema:affiliation"}


@pytest.mark.parametrize("row, wanted", [
    ("Lunar Dust Working Group (LDWG) — Lead agency: KARI; Lead (end of 2031): Min-seo Yoon; Remarks: New this year",
     {("min-seo-yoon", "kari")}),
    ("Lunar Dust Working Group (LDWG) — Lead agency: NASA and ESA (co-leads); Leads in 2031: Ana Lindqvist; "
     "Tomas Herrera; Remarks: Drafting the survey", {("ana-lindqvist", "nasa"), ("tomas-herrera", "esa")}),
])
def test_a_rows_people_are_of_its_bodies(extract, row, wanted):
    assert wanted <= _affiliations(extract(HEAD + row, title="ISECG Annual Report 2031", year=2031))


@pytest.mark.parametrize("row", [
    "Lunar Dust Working Group (LDWG) — Lead agency: NASA, ESA and JAXA; Leads: Ana Lindqvist; Tomas Herrera",
    "Lunar Dust Working Group (LDWG) — Focus: dust; Lead (end of 2031): Min-seo Yoon",
])
def test_no_bodies_for_people_a_row_does_not_pair(extract, row):
    found = _affiliations(extract(HEAD + row, title="ISECG Annual Report 2031", year=2031))
    assert not {p for p, _ in found} & {"ana-lindqvist", "tomas-herrera", "min-seo-yoon"}
