"""Probes for who leads or chairs a working group, round 22, on a small invented corpus in other wording than the
development sets: a table whose lead column comes right after the group's ("Working group | Lead agency | Main task
in 2027", "Working group | Chair (agency) | Focus"; kg/rules_roles.py group_lead_rows) answers "Which agency led X
in 2027?" and "Who chaired X?" (qa/dated.py post_holders); agencies that documents of different years state as a
group's lead are successive leads, said in time order ("CNES, then KARI"), not co-leads; co-leads a table states
together stay together.  Negatives: a group no table gives a lead for has none; a year no document states a lead in
does not pick one of another year's leads over the other."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-outreach-toolkit-2023.md": """# ISECG Outreach Toolkit

*International Space Exploration Coordination Group · published 14 March 2023*

## About this toolkit

The toolkit was assembled during 2023 by the Strategic Communications Working Group, which is chaired by CNES.
""",
    "isecg-annual-report-2027.md": """# ISECG Annual Report 2027

*International Space Exploration Coordination Group · published 30 January 2028*

## Working groups

| Working group | Lead agency | Main task in 2027 |
|---|---|---|
| Strategic Communications Working Group (SCWG) | KARI | Public messages on lunar exploration |
| Technology Working Group (TWG) | UKSA and DLR (co-leads) | Gap assessment for surface power |

The groups report to the heads of agency every autumn.
""",
    "isecg-annual-report-2029.md": """# ISECG Annual Report 2029

*International Space Exploration Coordination Group · published 28 January 2030*

## Working groups

| Working group | Chair (agency) | Focus in 2029 |
|---|---|---|
| Science Working Group (SWG) | Maria Lopez (ASI) | Science at the lunar south pole |
| Technology Working Group (TWG) | Tomas Berg of DLR | Cryogenic fluid management |

The groups met twice during the year.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("wgleads22"))


@pytest.mark.parametrize("question, said", [
    ("Which agency led the Strategic Communications Working Group in 2027?", "kari"),
    ("Which agencies have led the Strategic Communications Working Group?", "cnes then kari"),
    ("According to the ISECG Annual Report 2029, who chaired the Science Working Group?", "maria lopez"),
    ("Who chaired the Technology Working Group in 2029?", "tomas berg"),
])
def test_group_leads_and_chairs(answerer, question, said):
    short = words_of(answerer.answer(question)["short_answer"] or "")
    assert f" {said} " in short, short


def test_co_leads_stay_together(answerer):
    short = words_of(answerer.answer("Which agencies led the Technology Working Group in 2027?")["short_answer"] or "")
    assert " uksa " in short and " dlr " in short and " then " not in short, short


def test_no_lead_for_a_group_no_table_names(answerer):
    response = answerer.answer("Which agency led the Exploration Roadmap Working Group in 2027?")
    assert response["shape"] != "post_holders"


def test_year_without_a_lead_keeps_both(answerer):
    """No document of 2025 states the group's lead: both leads, in time order, not one of them alone."""
    short = words_of(answerer.answer("Which agency led the Strategic Communications Working Group in 2025?")
                     ["short_answer"] or "")
    assert " kari " not in short or " cnes " in short, short
