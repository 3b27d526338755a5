"""Stop 61 probes: a table of who leads and who contributes to what, its work column named by tasks, priorities,
investigations or studies ("No. Priority Lead agency Contributing agencies", a row's item wrapped over two lines,
its agencies on the line below), as a working group's science priorities or work plan set them out
(kg/rules_technology_tables.WHAT_RES).  Written in other words and with other agencies than any set's; development
set aj showed the form.  Negatives: a column of objectives is an aside still (ASIDE_COLUMN_RE), and a priority
column with no agency column is no table of work.
And the rows as the ingester writes them out with their columns' names ("S1 Age of ... — Lead agency: CNES;
Contributing agencies: DLR, ASI") under a header whose agency columns a caption's words would take for a list of
participants (kg/rules_org.participants: no list opens on a header of who works on what), the row's code after the
item ("Age of ... (S1)": rules_technology_tables._items)."""

from __future__ import annotations

import pytest

HEAD = "Mars Sample Science Priorities 2034\nPrepared by the science group of the coordination group.\n"


def _table(header: str) -> str:
    return (f"Table 2. Sample science priorities and agency roles\n{header}\n"
            "S1 Age of the oldest crust from returned\nbreccia samples\nCNES DLR, ASI\n"
            "S2 Organic molecules in ancient lake sediments JAXA ISRO, KARI\n"
            "S3 Volatile history of the atmosphere from\ntrapped gases\nUKSA NASA\n"
            "5. Discussion\nThe priorities fall into two groups.\n")


@pytest.mark.parametrize("column", ["Priority", "Task", "Investigation", "Study"])
def test_lead_and_contributing_agencies_of_a_row(extract, column):
    found = extract(HEAD + _table(f"No. {column} Lead agency Contributing agencies"), year=2034).works_on()
    assert {("cnes", "Age of the oldest crust from returned breccia samples"),
            ("asi", "Age of the oldest crust from returned breccia samples"),
            ("isro", "Organic molecules in ancient lake sediments"),
            ("nasa", "Volatile history of the atmosphere from trapped gases")} <= found, found


@pytest.mark.parametrize("header", [
    "No. Objective Lead agency Contributing agencies",  # objectives: what work is for, an aside
    "No. Priority Rank Score",  # no column of agencies
])
def test_no_work_read(extract, header):
    assert extract(HEAD + _table(header), year=2034).works_on() == set()


def test_told_rows_under_a_participants_caption(extract):
    text = HEAD + ("Table 2. Sample science priorities and contributing agencies\n"
                   "No. Priority Lead agency Contributing agencies\n"
                   "S1 Age of the oldest crust from returned breccia samples — Lead agency: CNES; Contributing agencies: "
                   "DLR, ASI\n"
                   "S2 Organic molecules in ancient lake sediments — Lead agency: JAXA; Contributing agencies: ISRO, KARI\n"
                   "5. Discussion\nThe priorities fall into two groups.\n")
    found = extract(text, year=2034).works_on()
    assert {("cnes", "Age of the oldest crust from returned breccia samples (S1)"),
            ("kari", "Organic molecules in ancient lake sediments (S2)")} <= found, found
