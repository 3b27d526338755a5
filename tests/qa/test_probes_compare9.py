"""Questions comparing what two documents, or two dates, state (round-9 probes, tests/data/probes/compare9: a campaign
plan PDF of 2019 from Chromium, its 2023 revision and a news item of March 2022 in Markdown): by how many years a
planned year moved between the two plans, which year it was planned for as of a date, which agencies a plan credits beside a working group, how many more agencies
a body counted at one date than at another; and look-alikes where no such answer may be given."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, assert_answered, words_of

pytestmark = pytest.mark.slow

PROBES_DIR = Path(__file__).resolve().parents[1] / "data" / "probes" / "compare9"
PLAN, REVISION, NEWS = "isecg-lunar-campaign-plan-2019", "isecg-lunar-campaign-plan-2023", "isecg-news-2022-03-oslo"

# (question, answer strings (any), documents whose passage must be among the evidence); each failed on the base
PROBES = [
    ("By how many years did the deployment of the first pressurised rover slip between the 2019 campaign plan and the "
     "2023 revision?", ["three years, from 2029 to 2032"], [PLAN, REVISION]),
    ("From the 2019 campaign plan to the 2023 revision, by how many years was the first crewed Mars flyby moved?",
     ["none: 2037 in both"], [PLAN, REVISION]),
    ("Which agencies contributed to the 2023 revision of the lunar campaign plan?",
     ["CSA, ESA, JAXA, KARI, NASA and UKSA"], [REVISION]),
    ("Which agencies contributed to the 2019 lunar campaign plan?", ["CSA, ESA, JAXA and NASA"], [PLAN]),
    ("How many more agencies did ISECG count in March 2022 than in June 2019?", ["6"], [NEWS, PLAN]),
    ("Compared with June 2019, how many more agencies did ISECG have in March 2022?", ["6"], [NEWS, PLAN]),
    # the year planned as of a date: the latest plan by then, and the earlier one it replaced
    ("The 2019 campaign plan gave a deployment year for the first pressurised rover; by May 2023, which year had it "
     "slipped to?", ["2032 (previously planned for 2029)"], [REVISION, PLAN]),
    # not the revision of 2023: no plan of after the date asked (the base answered 2032)
    ("By June 2019, which year had the deployment of the first pressurised rover been moved to?", ["2029"], [PLAN]),
]

# answered on the base already: kept
KEPT = [
    ("How many more agencies contributed to the 2023 revision than to the 2019 campaign plan?", ["2"], [PLAN, REVISION]),
    ("By how many years did the Gateway assembly move in April 2018?", ["2"], [PLAN]),
]

# no answer: one side tells no year of the thing (the other plan's numbers are not it); an attendance compared where
# one side has none (not the member counts)
NOT_ANSWERED = [
    "By how many years did the first cargo lander mission move between the 2019 campaign plan and the 2023 revision?",
    "How many more agencies attended the Oslo meeting of March 2022 than the meeting of June 2019?",
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES_DIR, tmp_path_factory.mktemp("compare9-probes"))


@pytest.mark.parametrize("question, answers, documents", PROBES + KEPT)
def test_answered_with_each_documents_evidence(answerer, question, answers, documents):
    assert_answered(answerer.answer(question), answers, documents)


def test_which_agencies_names_no_working_group(answerer):
    response = answerer.answer("Which agencies contributed to the 2023 revision of the lunar campaign plan?")
    assert "twg" not in words_of(response["short_answer"] or ""), response["short_answer"]


@pytest.mark.parametrize("question", NOT_ANSWERED)
def test_no_answer_when_a_side_is_missing(answerer, question):
    response = answerer.answer(question)
    assert response["answer"] is None, (response["shape"], response["answer"])
