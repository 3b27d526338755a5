"""Stop 54 probes of a member count told as a change whose subject is the count itself, right after a sentence on the
members ("... ended it with 31. The count rose from 30 on 1 January 2031 to 31 on 31 December 2031.", "Membership stays
open to ... Their number grew from ..."); not a change of anything else, nor one after a sentence on something else."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts

REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2031\n"


@pytest.mark.parametrize("second", [
    "The count rose from 30 on 1 January 2031 to 31 on 31 December 2031.",
    "Their number grew from 30 on 1 January 2031 to 31 on 31 December 2031.",
])
@pytest.mark.parametrize("first", ["ISECG began the year with 30 member agencies and ended it with 31.",
                                   "Membership of ISECG stays open to space agencies."])
def test_the_count_itself_changing_after_a_count(extract, first, second):
    text = REPORT + first + "\n" + second
    assert {("30", "2031-01-01"), ("31", "2031-12-31")} <= _counts(extract(text, year=2031))


@pytest.mark.parametrize("text", [
    REPORT + "ISECG had 29 members in 2030. The temperature rose from 30 on 1 January 2031 to 31 on 31 December 2031.",
    REPORT + "The group met twice. The count rose from 30 on 1 January 2031 to 31 on 31 December 2031.",
])
def test_no_count_from_another_change(extract, text):
    assert not {c for c in _counts(extract(text, year=2031)) if c[0] in ("30", "31")}
