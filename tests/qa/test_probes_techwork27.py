"""Probes of round 27 for who works on a thing a table's row labels (qa/lists.py labels_named, qa/shapes.py
work_named, qa/answerer.py _work_items).

A question for the bodies working on something rarely writes the row's label as the table does ("testing seals
against abrasive dust" for "Abrasion testing of seals", "the sample-return canister" for "Sample-return canister
(SRC-2)"): the graph's work items whose labels the question names best, word by word as a row's label and without a
code in brackets, answer it through the graph when the question asks for bodies by a verb of work and names none."""

from __future__ import annotations

import pytest

from isecg_kg.qa import shapes
from isecg_kg.qa.linking import Mention
from isecg_kg.qa.lists import labels_named

LABELS = ["Sample-return canister (SRC-2)", "Abrasion testing of seals against lunar dust",
          "Nuclear thermal propulsion for crewed transfer", "Seismic network", "Sample handling facility",
          "Ground station network for deep-space relay"]

NAMED = [
    ("Which agencies were developing the sample-return canister according to the 2031 plan?",
     ["Sample-return canister (SRC-2)"]),
    ("Who is doing abrasion testing of seals against dust?", ["Abrasion testing of seals against lunar dust"]),
    ("Which organisations fund nuclear thermal propulsion for crewed transfers?",
     ["Nuclear thermal propulsion for crewed transfer"]),
    ("Which agencies were studying the seismic network element of the 2031 architecture?", ["Seismic network"]),
]
NOT_NAMED = [
    "Which agencies attended the 2031 workshop on deep-space communications?",  # no label's words
    "Which agencies work on technology areas according to the 2031 assessment?",  # only words asking for bodies
    "Which agencies were studying lunar dust in 2031?",  # one word of a longer label, not its head
]


@pytest.mark.parametrize("question,expected", NAMED)
def test_labels_named(question, expected):
    assert labels_named(question, LABELS) == expected


@pytest.mark.parametrize("question", NOT_NAMED)
def test_labels_not_named(question):
    assert labels_named(question, LABELS) == []


def _thing(label: str) -> list[Mention]:
    return [Mention(iri="http://x/id/tech/thing", label=label, type="Technology", text=label, start=0, end=0,
                    score=0.0, category="tech")]


def test_work_named_plan():
    q = shapes.Question.analyse("Which agency co-funds the seismic network element of the 2031 architecture?", [])
    plan = shapes.work_named(q, _thing("Seismic network"))
    assert plan is not None and plan.shape == "works_on" and "isecg:worksOn" in plan.sparql and '"2031"' in plan.sparql


@pytest.mark.parametrize("question", [
    "How is the seismic network element of the 2031 architecture powered?",  # asks for no body
    "Which agencies chose a site for the seismic network?",  # no verb of work
    "What does the seismic network element of the 2031 architecture study?",  # asks for a thing
])
def test_work_named_not(question):
    assert shapes.work_named(shapes.Question.analyse(question, []), _thing("Seismic network")) is None


def test_work_named_not_with_body():
    body = Mention(iri="http://x/id/org/nasa", label="NASA", type="SpaceAgency", text="NASA", start=19, end=23,
                   score=100.0, category="org")
    q = shapes.Question.analyse("Which partner does NASA work with on the seismic network?", [body])
    assert shapes.work_named(q, _thing("Seismic network")) is None


@pytest.mark.parametrize("question", [
    "Which agency leads the work on the seismic network in the 2031 architecture?",  # a role, not the work
    "Which agencies did not contribute to the seismic network?",  # not working on it
])
def test_work_named_not_role_nor_negation(question):
    assert shapes.work_named(shapes.Question.analyse(question, []), _thing("Seismic network")) is None
