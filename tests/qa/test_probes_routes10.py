"""Graph routes that fire on a trigger word ("chair", "joined") although the question asks something else, or asks
of another time or group (qa/dated.py asks_other, chair, joined_in; qa/answerer.py _of_document), over two documents
in other wording than the development sets: an activity review (a PDF rendered by headless Chromium from
``isecg-activity-review-2033.html``, issued in February 2034) and a bulletin (Markdown) of June 2035 telling a later
chair and a later member.

The base answered "What did the ISECG chair present in Lima?" and "Which meeting did the chair of ISECG host ...?"
with the latest chair (an agency is no thing presented nor a meeting), "To which agency did SNSA pass the
chairmanship?" with the latest chair (not SNSA's successor), "According to the activity review, which agency chairs
ISECG?" with the chair of a later document, "Which agency joined ISECG in June 2035?" with the member of March, and
a working group's newcomers with the body's, and named a member by its reference label ("Agencia Espacial
Española") where the sentence of its joining says "the Spanish Space Agency". Negatives: the questions the routes fit are still answered by them."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, assert_answered

pytestmark = pytest.mark.slow

PROBES_DIR = Path(__file__).resolve().parents[1] / "data" / "probes" / "routes10"
REVIEW, BULLETIN = "isecg-activity-review-2033", "isecg-bulletin-2035-06"

# (question, answer strings (any), documents whose passage must be among the evidence); failing on the base
PROBES = [
    # the wh-focus is a thing or a meeting, not the body holding the chair: the passages answer
    ("What did the ISECG chair present in Lima?", ["Cislunar Logistics Outlook"], [REVIEW]),
    ("Which meeting did the chair of ISECG host by videoconference in November 2033?", ["8 November 2033"], [REVIEW]),
    # the holder named hands the chair on: its successor, not the latest chair
    ("To which agency did SNSA pass the chairmanship of ISECG?", ["NSO"], [REVIEW]),
    # the present of a document is its date, not the latest the documents state
    ("According to the activity review, which agency chairs ISECG?", ["NSO"], [REVIEW]),
    # a body named twice ("the ISECG bulletin", "chairs ISECG") is one body, not two the chair is ambiguous between
    ("According to the ISECG bulletin of June 2035, which agency chairs ISECG?", ["KSA"], [BULLETIN]),
    # a member named as the sentence of its joining names it ("the Spanish Space Agency"), not by the reference
    # label of another language or a later name ("Agencia Espacial Española"); of the month asked only
    ("Which agency joined ISECG in May 2035?", ["Spanish Space Agency (5 May 2035)"], [BULLETIN]),
    ("Which agency joined ISECG most recently?", ["Spanish Space Agency (AEE)"], [BULLETIN]),
]

# a graph route that must not answer (its shape); the first two answered by it on the base
NOT_THE_ROUTE = {
    "Which agency joined ISECG in June 2035?": "joined_in",  # PhilSA joined in March, AEE in May
    "Which agencies joined ISECG's Science Working Group in 2035?": "joined_in",  # a group, not ISECG
    "Which agencies became members of the ISECG review panel in 2035?": "joined_in",
    "Which document did the NSO chair present to the heads of agency in Lima?": "chair",
}

# the routes still answer what they fit (answered so on the base too)
KEPT = [
    ("Which agency chairs ISECG?", ["KSA"], [BULLETIN]),
    ("Which agency chaired ISECG in 2033?", ["NSO"], [REVIEW]),
    ("Which agency did NSO hand the ISECG chair to?", ["KSA"], [BULLETIN]),
    ("Which agency chaired ISECG in 2033, and to which agency did it hand the chair?",
     ["NSO, which handed the chair to KSA"], [REVIEW, BULLETIN]),
    ("Which agency joined ISECG in March 2035?", ["PhilSA"], [BULLETIN]),
    ("Which agencies joined ISECG in 2035?", ["PhilSA and AEE"], [BULLETIN]),
    # a group named outside what is joined is not the one joined
    ("Which agencies joined ISECG in 2035, as the bulletin's editorial team reports?", ["PhilSA and AEE"], [BULLETIN]),
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES_DIR, tmp_path_factory.mktemp("routes10-probes"))


@pytest.mark.parametrize("question, answers, documents", PROBES + KEPT)
def test_answered_with_its_evidence(answerer, question, answers, documents):
    assert_answered(answerer.answer(question), answers, documents)


@pytest.mark.parametrize("question", list(NOT_THE_ROUTE))
def test_route_does_not_fit(answerer, question):
    response = answerer.answer(question)
    assert response["shape"] != NOT_THE_ROUTE[question], response["answer"]
