"""Probes for chair terms, round 23 (kg/rules_org.py, kg/rules_chair_forms.py): a term's end or a handover said at
a year's end ("until the end of 2031", "at the close of 2032") is that year's December, not the whole year, so a term
told to end then sorts after what is told of the same year; "its chair, <person> of <agency>" is the chair of the
body or group named last before it.  Written from how such documents state it, not copied
from the development sets.
Negatives: a year said alone stays the year; the end of something other than the year ("the end of the plenary")
is no date."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD
from .test_probes_chairs20 import _agency_chairs

CASES = [
    ("will-chair-until-end", "NOSA will chair the group until the end of 2031.", {("nosa", "until-2031-12")}),
    ("from-until-end", "CNES chairs ISECG from 4 March 2030 until the end of 2031.", {("cnes", "2030-03-04-to-2031-12")}),
    ("received-at-close", "The Italian Space Agency (ASI) chaired ISECG throughout 2033, having received the chair "
     "from the UK Space Agency (UKSA) at the close of 2032.", {("uksa", "until-2032-12"), ("asi", "from-2032-12")}),
    ("handed-at-end", "KARI handed the chair to ISRO at the end of 2029.", {("kari", "until-2029-12"),
                                                                           ("isro", "from-2029-12")}),
    # "its chair": of the body named last before it, the group's (not the body's), the body's
    ("its-first-chair-of-group", "A Science Working Group was formed in 2031; its first chair, Maria Costa of ASI, "
     "took office in May.", set()),
    ("its-chair-of-body", "ISECG met in Rome in 2031; its chair, Maria Costa of ASI, opened the meeting.",
     {("asi", "2035")}),
    # negatives: a year alone stays the year; the end of a meeting is no date of the term
    ("until-year", "NOSA will chair the group until 2031.", {("nosa", "until-2031")}),
    ("end-of-meeting", "CNES took over the chair at the end of the plenary in 2031.", {("cnes", "from-2031")}),
]


@pytest.mark.parametrize("name, text, chairs", CASES, ids=[c[0] for c in CASES])
def test_chair_year_end(extract, name, text, chairs):
    got = _agency_chairs(extract(HEAD + text, title="ISECG Annual Report", year=2035))
    assert chairs <= got and (chairs or not got), got
    # a year's December only where the text says its end
    assert {p for _, p in got if p.endswith("-12")} <= {p for _, p in chairs}, got
