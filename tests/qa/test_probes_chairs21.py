"""How long a holder chaired, and who chaired before it (qa/dated.py chair, kg/rules_org.py), on a small invented
corpus in other wording than the development sets: a yearbook telling two handovers, a later report that names the
outgoing chair at an event after the second handover and says in the present tense who chairs (dated by the report
alone), a bulletin telling a term begun "since the plenary of D", and a news item where the holder "handed the chair
to" the next on a date.

The base measured the outgoing holder's term from the event it was named at, missed "before handing it to X", took
a holder's first start for a term it began again later, and lost the predecessor asked alongside a start.
Negatives: a holder asked of a handover to one it never handed to has no length; "outgoing" makes no term."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-yearbook-2046.md": """# ISECG Yearbook 2046

*International Space Exploration Coordination Group · published 20 January 2047*

## The chair

On 4 March 2043 the Brazilian Space Agency (AEB) took over the chair of ISECG from the Norwegian Space Agency (NOSA).
On 14 April 2044, at the spring plenary, AEB handed the chair to the Swiss Space Office (SSO).
""",
    "isecg-report-2044.md": """# ISECG Annual Report 2044

*International Space Exploration Coordination Group · published 30 December 2044*

## Events

The reception in Geneva was arranged by AEB as outgoing chair, on the eve of the Space Forum (2–4 May 2044).

## The group

ISECG is chaired by the Swiss Space Office.
""",
    "isecg-bulletin-2048.md": """# ISECG Bulletin 2048

*International Space Exploration Coordination Group · published 10 June 2048*

The Mexican Space Agency (AEM) has chaired ISECG since the heads of delegation plenary of 12 September 2046, when
it took over from SSO.
""",
    "isecg-yearbook-2049.md": """# ISECG Yearbook 2049

*International Space Exploration Coordination Group · published 15 January 2050*

AEM had chaired ISECG since 12 September 2046. At the last plenary of 2048 it handed the chair to the Norwegian Space
Agency, which took office on 1 January 2049.

NOSA had chaired ISECG since 2041 and went on chairing it until AEB took over.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("chairs21"))


@pytest.mark.parametrize("question, said", [
    # the outgoing chair named at an event after the handover ends no term of its own
    ("For how long did AEB hold the ISECG chair before handing it to SSO?", "one year"),
    ("For how long had AEB chaired ISECG when SSO took it over?", "407 days"),
    # a term begun "since the plenary of D", ended by a handover "to" the next
    ("For what period did AEM chair ISECG?", "12 september 2046"),
    # the predecessor, and the start asked alongside
    ("Which agency chaired ISECG immediately before AEM, and from what date did AEM hold the chair?", "sso"),
    ("Which agency chaired ISECG immediately before AEM, and from what date did AEM hold the chair?",
     "12 september 2046"),
    # the one who handed the holder named the chair
    ("Which agency handed AEM the chair?", "sso"),
])
def test_terms_and_order(answerer, question, said):
    assert f" {said} " in words_of(answerer.answer(question)["answer"] or ""), answerer.answer(question)["answer"]


@pytest.mark.parametrize("question, not_said", [
    # the outgoing holder's mention at the May event is no term of May to December
    ("For how long did AEB hold the ISECG chair before handing it to SSO?", "2 may 2044 to"),
])
def test_no_term_from_a_later_mention(answerer, question, not_said):
    got = words_of(answerer.answer(question)["answer"] or "")
    assert f" {not_said} " not in got, got


def test_no_length_of_a_handover_that_never_was(answerer):
    response = answerer.answer("For how long had SSO chaired ISECG when it handed the chair to AEB?")
    assert response["shape"] != "chair", response["answer"]
