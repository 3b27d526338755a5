"""Round 53 probes of memberships of ISECG in shapes the development sets' missed memberships showed (written here in
other words, agencies and dates; no held-out text was read):

- a passive joining with "both", "all", "each" or "officially" before its verb: "A and B were both admitted in 2031";
- a joining in a relative clause that names the body: "A, which joined ISECG in 2031, ..." (not another body's);
- taking part as a member: "A took part for the first time as a member, as did B", "A and B attended the meeting in
  May 2031 as new members" (from then); "A participated as a member" (as of the document).

Negatives: a relative clause joining another body; taking part as an observer or as a member of another body, or
someone else named "as a member" of a panel."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2031\n"


@pytest.mark.parametrize(("text", "periods"), [
    ("The two newest, the Norwegian Space Agency (NOSA) and the Polish Space Agency (POLSA), were both admitted in "
     "May 2031.", {"nosa": {"from-2031-05"}, "polsa": {"from-2031-05"}}),
    ("NOSA and POLSA were officially admitted on 4 June 2031.", {"nosa": {"from-2031-06-04"}, "polsa": {"from-2031-06-04"}}),
    ("The Polish Space Agency (POLSA), which joined ISECG in 2029, hosted the spring meeting.", {"polsa": {"from-2029"}}),
    ("NOSA, which had been admitted to ISECG on 2 March 2030, chaired the session.", {"nosa": {"from-2030-03-02"}}),
    ("The Norwegian Space Agency (NOSA), founded in 2019, took part for the first time as a member, as did the Polish "
     "Space Agency (POLSA).", {"nosa": {"from-2031"}, "polsa": {"from-2031"}}),
    ("NOSA and POLSA attended the Oslo meeting in May 2031 for the first time as new members.",
     {"nosa": {"from-2031-05"}, "polsa": {"from-2031-05"}}),
])
def test_a_joining_in_more_shapes(extract, text, periods):
    found = _periods(extract(REPORT + text, year=2031))
    assert {k: v for k, v in found.items() if k in periods} == periods


def test_taking_part_as_a_member_with_no_first_time_is_a_membership_as_of_the_document(extract):
    assert "nosa" in _periods(extract(REPORT + "NOSA participated as a member."))


@pytest.mark.parametrize("text", [
    "The Polish Space Agency (POLSA), which joined the Artemis Accords in 2029, hosted the spring meeting.",
    "POLSA attended the meeting as an observer for the first time.",
    "POLSA took part as a member of the lunar exploration steering committee.",
    "NOSA took part in the workshop, with POLSA as a member of the panel.",
])
def test_no_membership_of_isecg_from_another_body_or_standing(extract, text):
    assert "polsa" not in _periods(extract(REPORT + text))


def test_attending_as_new_members_dates_the_membership(extract):
    assert _periods(extract(REPORT + "NOSA and POLSA attended the Oslo meeting in May 2031 as new members.",
                            year=2031)) == {"nosa": {"from-2031-05"}, "polsa": {"from-2031-05"}}
