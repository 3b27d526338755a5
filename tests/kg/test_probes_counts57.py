"""Stop 57 probes of the body's member count by year in a table whose count column is followed by remarks in words
("Year Members Change" / "2033 15 Atlantis Space Agency joins"), and in a list under a membership caption ("Membership
over time" / "- end of 2033 — 20 agencies"). Negatives: a table of a meeting's attendance, a list under another
caption. Written in other words, numbers and years than any set's; no held-out text was read for them."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts

REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2035\n"


@pytest.mark.parametrize("caption", ["Membership over the years.", "Table 2. Growth of the membership"])
def test_a_count_column_with_remarks_after_it(extract, caption):
    text = (f"{caption}\nYear Members Change\n2031 14 founding participants\n2033 15 Atlantis Space Agency joins\n"
            "2034 20 including the Utopia Space Office and four more\n")
    assert _counts(extract(REPORT + text, year=2035)) == {("14", "2031"), ("15", "2033"), ("20", "2034")}


def test_a_list_of_counts_under_a_membership_caption(extract):
    text = "Membership over time\n- end of 2033 — 20 agencies\n- 2034 — 24 agencies\n- 2035: 26 members\n"
    assert _counts(extract(REPORT + text, year=2035)) == {("20", "2033-12"), ("24", "2034"), ("26", "2035")}


@pytest.mark.parametrize("text", [
    "Attendance at the plenaries\nYear Agencies present Remarks\n2033 15 Atlantis Space Agency hosted\n",
    "Meetings over time\n- 2033 — 20 agencies\n- 2034 — 24 agencies\n",
])
def test_no_counts_of_attendance_or_under_another_caption(extract, text):
    assert not _counts(extract(REPORT + text, year=2035))
