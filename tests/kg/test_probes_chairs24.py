"""Probes for chair handovers, round 24 (kg/rules_org.py chairs): a handover told in a clause after a term that ran
"from" a date "until" something the sentence does not date ("held the chair from March 2041 until the Lisbon
plenary, where ... handed it to ...") happened at that other time, not at the term's start.  Written in other wording
and with other agencies and dates than the development sets.
Negatives: a date read after "until" is still the handover's ("until 2043, and on 3 March 2043 handed it to ..."),
as is one with no term's end between it and the verb."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD
from .test_probes_chairs20 import _agency_chairs

CASES = [
    # (text, chairs stated, chairs that must not be: the term's start taken for the handover)
    ("from-until-event", "The Swiss Space Office held the chair from March 2041 until the Lisbon plenary, where its "
     "delegate handed it to the Polish Space Agency.", {("sso", "from-2041-03")},
     {("sso", "until-2041-03"), ("polsa", "from-2041-03")}),
    ("from-till-meeting", "ASI chaired the group from 2043 till the autumn meeting, at which it passed the chair to "
     "KARI.", {("asi", "from-2043")}, {("asi", "until-2043"), ("kari", "from-2043")}),
    # negatives: the handover's own date, before or after the verb
    ("until-then-date", "NOSA chaired ISECG until 2043, and on 3 March 2043 handed the chair to CNES.",
     {("nosa", "until-2043-03-03"), ("cnes", "from-2043-03-03")}, set()),
    ("date-before", "In May 2044 the UK Space Agency handed the ISECG chair to ISRO.",
     {("uksa", "until-2044-05"), ("isro", "from-2044-05")}, set()),
]


@pytest.mark.parametrize("name, text, chairs, wrong", CASES, ids=[c[0] for c in CASES])
def test_handover_after_a_term(extract, name, text, chairs, wrong):
    got = _agency_chairs(extract(HEAD + text, title="ISECG Annual Report", year=2045))
    assert chairs <= got and not wrong & got, got
