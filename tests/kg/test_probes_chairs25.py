"""Probes for chair handovers, round 25 (kg/rules_org.py chairs): a relative clause on the one taking over the chair
(", which took office on D", ", who took up the post on D") dates that holder's start, not the handover, which the
sentence dates before the verb ("On 12 May 2042 X handed the chair to Y, which took office on 1 June 2042").  Written
in other wording and with other agencies and dates than the development sets.
Negatives: a relative clause of another verb ("which took up the roadmap work") or with no date leaves the handover's
own date to both holders, as does a date right after the one taking over."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD
from .test_probes_chairs20 import _agency_chairs

CASES = [
    # (text, chairs stated, chairs that must not be)
    ("which-took-office", "On 12 May 2042 the Polish Space Agency handed the chair to CNES, which took office on "
     "1 June 2042.", {("polsa", "until-2042-05-12"), ("cnes", "from-2042-06-01")},
     {("polsa", "until-2042-06-01"), ("cnes", "from-2042-05-12")}),
    ("who-took-up-the-post", "At the plenary of 3 March 2043, Ana Lima of ESA passed the ISECG chair to Jun Ito of "
     "KARI, who took up the post on 1 April 2043 for two years.", {("esa", "until-2043-03-03"), ("kari", "from-2043-04-01")},
     {("esa", "until-2043-04-01"), ("kari", "from-2043-03-03")}),
    ("which-assumed-its-duties", "In November 2044 ISRO handed over the chair to the UK Space Agency, which assumed its "
     "duties in January 2045.", {("isro", "until-2044-11"), ("uksa", "from-2045-01")}, {("uksa", "from-2044-11")}),
    # negatives: another verb in the relative clause, no date in it, a date right after the one taking over
    ("which-took-up-other", "The UK Space Agency handed the chair to ISRO on 9 June 2044, which took up the roadmap "
     "work.", {("uksa", "until-2044-06-09"), ("isro", "from-2044-06-09")}, set()),
    ("took-office-undated", "On 2 February 2046 NOSA handed the chair to CNES, which took office at once.",
     {("nosa", "until-2046-02-02"), ("cnes", "from-2046-02-02")}, set()),
    ("date-after-holder", "ESA handed the chair to KARI on 5 October 2041, and KARI took office soon after.",
     {("esa", "until-2041-10-05"), ("kari", "from-2041-10-05")}, set()),
]


@pytest.mark.parametrize("name, text, chairs, wrong", CASES, ids=[c[0] for c in CASES])
def test_taking_office_after_a_handover(extract, name, text, chairs, wrong):
    got = _agency_chairs(extract(HEAD + text, title="ISECG Annual Report", year=2047))
    assert chairs <= got and not wrong & got, got
