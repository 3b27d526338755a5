"""The span of a chair's term asked as a period ("For what period did X chair ISECG?", "Over which period ..."):
its first and last day, not its length nor the chairs' timeline (qa/dated.py chair, _term_length), and a term begun
"for the period D to ..." starting at D (kg/rules_org.py HANDOVER_AT_RE), on a small invented corpus in other
wording than the development sets.  The base answered the chairs' timeline.  Negatives: an agency that never held the
chair has no period; "how long" keeps its length.

The agencies leading a group asked as "Which agency led the X Working Group?" (qa/dated.py posts_asked, post_holders),
read from a fact sheet's table of groups and their leads (kg/rules_org.py group_lead_rows); the base answered from a
passage, the lead of the row above.  Negative: a group the table gives no lead for has none."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-yearbook-2029.md": """# ISECG Yearbook 2029

*International Space Exploration Coordination Group · published 20 January 2030*

## The chair

ESA took over the chair of ISECG from NASA on 3 March 2026. On 12 May 2028 the European agency handed the ISECG chair
to JAXA.
""",
    "isecg-communique-2030.md": """# Communiqué of the ISECG plenary, 2030

*International Space Exploration Coordination Group · issued 2 June 2030*

## Chair

KARI assumes the chair for the period 2030-06-01 to the next plenary, expected in mid-2031.
""",
    "isecg-fact-sheet-2029.md": """# ISECG Fact Sheet 2029

*International Space Exploration Coordination Group · May 2029*

## Working groups

| Group | Focus | Lead in 2029 |
|---|---|---|
| Exploration Roadmap Working Group (ERWG) | Mission scenarios and roadmap editions | NASA |
| Technology Working Group (TWG) | Technology gaps and the development map | DLR and KARI (co-leads) |

The Science Working Group prepares a white paper on lunar science.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("roles16"))


@pytest.mark.parametrize("question, span", [
    ("For what period did ESA chair ISECG?", "3 march 2026 to 12 may 2028"),
    ("Over which period did JAXA hold the ISECG chair?", "12 may 2028 to 1 june 2030"),
])
def test_period_of_a_term(answerer, question, span):
    said = words_of(answerer.answer(question)["short_answer"] or "")
    assert f" {span} " in said, said


def test_no_period_of_an_agency_never_in_the_chair(answerer):
    response = answerer.answer("For what period did CNES chair ISECG?")
    assert " cnes " not in words_of(response["short_answer"] or "")


def test_how_long_keeps_its_length(answerer):
    said = words_of(answerer.answer("How long did ESA chair ISECG?")["short_answer"] or "")
    assert " about two years " in said, said


@pytest.mark.parametrize("question, agencies", [
    ("Which agency led the Exploration Roadmap Working Group in 2029?", ["nasa"]),
    ("According to the fact sheet, which agencies lead the Technology Working Group?", ["dlr", "kari"]),
])
def test_agencies_leading_a_group(answerer, question, agencies):
    said = words_of(answerer.answer(question)["short_answer"] or "")
    assert all(f" {a} " in said for a in agencies), said


def test_no_lead_for_a_group_the_table_leaves_out(answerer):
    response = answerer.answer("Which agency led the Science Working Group in 2029?")
    assert response["shape"] != "post_holders"
