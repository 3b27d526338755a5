"""Probes (round 22) for "Who headed the X delegation at the meeting?": the person of that body the meeting's document
lists (a table of delegations by name and body); of two people of one body, the one its row marks head.  Near misses:
a body the document lists no one for, a question about leading a group or about the delegations themselves.  The PDFs
were made by make_probes.py beside them (other names and wording than the evaluation sets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.qa import dated

from .fixtures import answerer_of_probes, says_one_of, short_said

PROBES_DIR = Path(__file__).resolve().parents[1] / "data" / "probes" / "delegation22"
PEOPLE = {"p/dubois": "Claire Dubois", "p/petit": "Marc Petit"}
NAMES = dated.Names(label=lambda i: PEOPLE.get(i, i.upper()), short=lambda i: PEOPLE.get(i, i.upper()))


@pytest.mark.parametrize("question", [
    "Who headed the CNES delegation at the Lisbon plenary?",
    "Who led ESA's delegation to the 2021 workshop?",
    "Who was the head of the JAXA delegation in Tokyo?",
    "Who headed the delegations of CNES and DLR at the meeting?",
    "According to the 2031 member directory, who headed the Korea Aerospace Research Institute's delegation?",  # r63
    "In the 2031 directory, who heads the CNES delegation?",
])
def test_the_head_of_a_delegation_asked(question):
    assert dated.DELEGATION_HEAD.search(question)


@pytest.mark.parametrize("question", [
    "Who led the Technology Working Group in 2019?",
    "Which delegations attended the Lisbon plenary?",
    "How many delegations did the workshop have?",
    "Which agency headed the study of lunar cargo?",
    "According to the 2031 directory, who headed the Technology Working Group?",  # r63
])
def test_no_head_of_a_delegation_asked(question):
    assert not dated.DELEGATION_HEAD.search(question)


def test_the_one_marked_head_of_two_of_a_body():
    plan = dated.delegation_head("doc", "http://kg.test/id/org/cnes", NAMES)
    assert '"doc/"' in plan.sparql and "?up = <http://kg.test/id/org/cnes>" in plan.sparql
    listing = "Claire Dubois CNES Head of delegation\nMarc Petit CNES Adviser"
    rows = [{"person": p, "asked": "true", "passage0": "doc/passage/3", "sentence0": listing} for p in PEOPLE]
    composed = plan.compose(rows)
    assert composed.short == "Claire Dubois" and "marked head" in composed.text


def test_all_of_a_body_when_none_is_marked_head():
    listing = "Claire Dubois CNES; Marc Petit CNES"
    rows = [{"person": p, "asked": "true", "passage0": "doc/passage/3", "sentence0": listing} for p in PEOPLE]
    composed = dated.delegation_head("doc", "cnes", NAMES).compose(rows)
    assert composed.short == "Claire Dubois and Marc Petit" and "marks none head" in composed.text


def test_open_when_the_document_lists_only_other_bodies():
    plan = dated.delegation_head("doc", "cnes", NAMES)
    rows = [{"person": "p/dubois", "asked": "false", "passage0": "doc/passage/3", "sentence0": "Claire Dubois JAXA"}]
    assert plan.compose(rows).short is None and plan.compose([]) is None


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES_DIR, tmp_path_factory.mktemp("delegation22-probes"))


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("Who headed the CNES delegation at the Lisbon plenary in 2019?", "Claire Dubois"),
    ("Who led JAXA's delegation at the 2019 plenary in Lisbon?", "Kenji Mori"),
    ("Who headed ISRO's delegation at the Turin workshop on lunar logistics?", "Priyanka Rao"),
    ("Who was the head of the Polish Space Agency delegation at the lunar logistics workshop?", "Tomasz Nowak"),
    # r63: the source named first, with the body whose members it lists ("ISECG") before the delegation's body
    ("According to the record of the ISECG plenary in Lisbon, who headed the CNES delegation?", "Claire Dubois"),
])
def test_the_head_the_meetings_document_lists(answerer, question, expected):
    response = answerer.answer(question)
    assert response["shape"] == "delegation_head" and says_one_of(short_said(response), expected.lower()), \
        (response["shape"], response["answer"])


@pytest.mark.slow
def test_no_head_for_a_body_the_document_does_not_list(answerer):
    response = answerer.answer("Who headed the NASA delegation at the Lisbon plenary in 2019?")
    assert response["answer"] is None and "other bodies" in response["message"]
