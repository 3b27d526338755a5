"""Temporal questions naming two dated things, over a small corpus in other wording than the development sets: a
framework (a PDF rendered by headless Chromium from ``lunar-logistics-framework-2017.txt``, dated "Sept. 2017") whose
phases and their first years are a table, a supplement dated to the month only ("January 2021") and a bulletin dated
to the day (1 March 2021) that names the supplement often and tells two decisions in one sentence.  Each answer
string must be in the answer (word-normalised) and a passage of each document used among the evidence; look-alikes
must not be answered as a time between or an order."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.qa import dated
from .fixtures import answerer_of_probes, assert_answered

pytestmark = pytest.mark.slow

PROBES_DIR = Path(__file__).resolve().parents[1] / "data" / "probes" / "temporal8"
FRAMEWORK, SUPPLEMENT, BULLETIN = ("lunar-logistics-framework-2017", "lunar-logistics-power-supplement-2021",
                                   "logistics-forum-bulletin-2021-03")

# (question, answer strings (any), documents whose passage must be among the evidence)
PROBES = [
    # "the January 2021 supplement" (named by month; the bulletin of March 2021 names it too): the span in years and
    # months as a reader sums them (the base said "40 months (about three and a half years)" only)
    ("How much time passed between the first edition of the Lunar Logistics Framework and the January 2021 "
     "supplement?", ["3 years and 4 months"], [FRAMEWORK, SUPPLEMENT]),
    ("How long was it between the first edition of the Lunar Logistics Framework and the January 2021 supplement?",
     ["3 years and 4 months"], [FRAMEWORK, SUPPLEMENT]),
    # a month against a day: counted from the month's middle, "about" (not "two months" from 1 January)
    ("How much time elapsed between the release of the surface power supplement and the publication of Bulletin 12?",
     ["about one month"], [SUPPLEMENT, BULLETIN]),
    # the phases' start years from the graph
    ("In the Lunar Logistics Framework, how many years separate the start of Phase 1 from the start of Phase 2?",
     ["four years"], [FRAMEWORK]),
    ("How many years after Phase 1 does Phase 2 begin in the Lunar Logistics Framework?", ["four years"], [FRAMEWORK]),
    ("Which phase of the Lunar Logistics Framework starts earlier: Phase 2 or Phase 1?", ["Phase 1"], [FRAMEWORK]),
    # "did A before or after B": each side dated by the clause of the sentence telling it, not a plan's clause
    ("Did the Forum cancel the first cargo lander before or after it approved the smaller replacement lander?",
     ["before"], [BULLETIN]),
    ("Was the smaller replacement lander approved before or after the Lisbon plenary opened?",
     ["before", "15 February 2021"], [BULLETIN]),
]

# look-alikes: a phase with no start year, a phase the framework does not have, an edition that does not exist, a
# rover no document tells of
NEGATIVE = [
    "In the Lunar Logistics Framework, how many years separate the start of Phase 2 from the start of Phase 3?",
    "How many years separate the start of Phase 1 from the start of Phase 4 in the Lunar Logistics Framework?",
    "How much time passed between the first edition of the Lunar Logistics Framework and its third edition?",
    "Did the Forum cancel the Helios rover before or after it approved the smaller replacement lander?",
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES_DIR, tmp_path_factory.mktemp("temporal8-probes"))


@pytest.mark.parametrize("question, answers, documents", PROBES)
def test_answered_with_each_documents_evidence(answerer, question, answers, documents):
    assert_answered(answerer.answer(question), answers, documents)


@pytest.mark.parametrize("question", NEGATIVE)
def test_no_time_or_order_for_a_look_alike(answerer, question):
    response = answerer.answer(question)
    assert response["shape"] not in ("gap", "first"), (response["shape"], response["answer"])


def test_sides_and_durations():
    assert dated.sides("In 2018, did NASA cancel the rover before or after it picked the CLPS companies?") == [
        "NASA cancel the rover", "it picked the CLPS companies"]
    assert dated.gap_sides("How long was it between the first and the second edition?") == (
        "the first edition", "the second edition")
    assert dated.phase_number("the start of Phase 2") == 2 and dated.phase_number("the third phase") == 3
    assert dated.phase_number("the second edition") is None
    assert "4 years and 7 months" in dated.span_words("2018-01", "2022-08", None)[1]
    rows = [{"doc": "a", "issued": "2018-01"}, {"doc": "b", "issued": "2018-03-01"}]
    assert dated.gap(rows, ["a", "b"]).short == "about one month"
