"""Temporal and two-hop questions over a small corpus of two documents in other wording than the development sets: a
working plan (a PDF rendered by headless Chromium from ``surface-operations-plan-2021.txt``) whose stages are told
with their years in bold leads, one line broken inside a parenthesis ("... short stays (from" / "2030): ..."), and a
bulletin (Markdown) telling what became of an instrument the plan names.  Each answer string must be in the answer
(word-normalised) and a passage of each document used among the evidence; look-alikes must give no answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import read_source
from .fixtures import answerer_of_probes, assert_answered

pytestmark = pytest.mark.slow

PROBES_DIR = Path(__file__).resolve().parents[1] / "data" / "probes" / "temporal7"
PLAN, BULLETIN = "surface-operations-plan-2021", "forum-bulletin-2024"

# (question, answer strings (any), documents whose passage must be among the evidence)
PROBES = [
    # the years of a stage, its lead line broken inside its parenthesis; the question opens with its frame
    ("According to the 2021 surface operations plan, how many years after Stage 1 does Stage 2 start?",
     ["four years"], [PLAN]),
    ("In the surface operations plan, how many years separate the start of Stage 1 from the start of Stage 2?",
     ["four years"], [PLAN]),
    # the end of a stage told as a range of years
    ("How many years passed between the start of Stage 2 and the end of Stage 3?", ["ten years"], [PLAN]),
    # a plan in one clause of a sentence does not make the dated fact of the clause after the semicolon a plan
    ("Which came first: the cancellation of the Helios polar rover or the approval of the Kestrel relay satellite?",
     ["Helios polar rover (January 2021)"], [PLAN]),
    ("How many months after the cancellation of the Helios polar rover did the partners approve the Kestrel relay "
     "satellite?", ["two months"], [PLAN]),
    # a thing described by what one document tells of it, asked of by what another tells under its name
    ("The dust instrument that CNES and the Korea Aerospace Research Institute were building in 2021 finally flew "
     "on which lander, and when did it touch down?", ["3 March 2024"], [PLAN, BULLETIN]),
]

# answered on the base already: kept
KEPT = [
    ("When did the Norwegian Space Agency join the Forum?", ["12 February 2024"], [BULLETIN]),
    # the description's words are enough for the passages to find the bulletin's sentence
    ("When did the dust instrument built by CNES and the Korea Aerospace Research Institute finally reach the Moon?",
     ["3 March 2024"], [PLAN, BULLETIN]),
]

# look-alikes: no answer (not a count of stages as a number of years, which the base gave to the first one; not a
# planned launch as a date that happened; no thing the description names)
NEGATIVE = [
    "According to the 2021 surface operations plan, how many years after Stage 1 does Stage 4 start?",
    "How many years after the approval of the Kestrel relay satellite was the Oslo workshop held?",
    "Which came first: the cancellation of the Helios polar rover or the launch of the Kestrel relay satellite?",
    "The rover that ESA was studying in 2021 finally landed on which date?",
    # a description the plan's sentence does not fit: another year, another partner
    "The dust instrument that CNES and the Korea Aerospace Research Institute were building in 2018 finally flew on "
    "which lander, and when did it touch down?",
    "The dust instrument that CNES and the Italian Space Agency were building in 2021 finally flew on which lander, "
    "and when did it touch down?",
    # weeks between a month and a day: the dates are not precise enough
    "How many weeks after the cancellation of the Helios polar rover did the partners approve the Kestrel relay "
    "satellite?",
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES_DIR, tmp_path_factory.mktemp("temporal7-probes"))


@pytest.mark.parametrize("question, answers, documents", PROBES + KEPT)
def test_answered_with_each_documents_evidence(answerer, question, answers, documents):
    assert_answered(answerer.answer(question), answers, documents)


@pytest.mark.parametrize("question", NEGATIVE)
def test_no_answer_to_a_look_alike(answerer, question):
    response = answerer.answer(question)
    assert response["answer"] is None, (response["shape"], response["answer"])


def test_a_line_broken_inside_its_parenthesis_is_no_heading():
    """"Stage 2 – Crewed sorties and short stays (from" goes on with "2030): crews of two ...": the line is the
    lead of a list item, not a heading the next line is filed under."""
    _, pages = read_source(PROBES_DIR / f"{PLAN}.pdf", key=PLAN, doc_id=PLAN, sha256="x", entry=None)
    headings = [p.text[s.start:s.end] for p in pages for s in p.segments if s.kind == "heading"]
    assert not any(h.rstrip().endswith("(from") for h in headings), headings
