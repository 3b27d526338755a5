"""Two-part fact questions answered from passages (qa/answerer.py _two_questions, _both): each part asked is found in
the sentence(s), given in the question's order, short ("ERWG; June 2024") and again with the full name of a body the
graph knows by its acronym ("Exploration Roadmap Working Group; June 2024").  A second part of its wh-words alone
("..., and when?", "..., and how many?", "..., and by which working group?") is asked of what the first asks.
Negatives: single-part questions keep their answers, graph answers of both parts keep theirs, and a two-part question
the documents do not answer stays unanswered.  Documents: tests/data/probes/compose7/ (invented, other wording than
any development document)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_over, short_said

pytestmark = pytest.mark.slow

FOLDER = Path(__file__).parent.parent / "data" / "probes" / "compose7"

# question: (the short answer holds, the answer holds); None: no answer
POSITIVES = {
    "Which working group issued the Lunar Logistics White Paper, and in what month?":
        ("erwg; june 2024", "Exploration Roadmap Working Group; June 2024"),
    "Which working group issued the Lunar Logistics White Paper, and when?":
        ("erwg; june 2024", "Exploration Roadmap Working Group; June 2024"),
    "When was the Lunar Logistics White Paper issued, and by which working group?":
        ("june 2024; erwg", "June 2024; Exploration Roadmap Working Group"),
    "Which agency sent observers to the Abu Dhabi meeting for the first time, and how many?":
        ("kasa; 2", "Korea AeroSpace Administration; 2"),
    "Which agency chaired ISECG in 2024, and who represented the chair?":
        ("csa; ms lucie tremblay", "Canadian Space Agency; Ms Lucie Tremblay"),
    "Which agency chaired ISECG in 2019, and who represented the chair?":
        ("jaxa; mr kenji sato", "Japan Aerospace Exploration Agency; Mr Kenji Sato"),
    # the post's holder with the agency she works for (h9-leads' route), as a credits line names her
    "Who leads the Technology Working Group?": ("maria rossi (asi)", "Maria Rossi"),
    "Who held the ISECG chair in 2019, and which person represented it?":
        ("jaxa; mr kenji sato", "Japan Aerospace Exploration Agency; Mr Kenji Sato"),
    # each person with where they work as the listing tells it, without its city: both parts in the short answer
    "Who edited the 2024 activity report, and where do they work?":
        ("marc dupont (cnes), aiko tanaka (jaxa, sagamihara campus) and peter olsen (esa estec)",
         "Marc Dupont (CNES), Aiko Tanaka (JAXA, Sagamihara Campus) and Peter Olsen (ESA ESTEC) —"),
}
NEGATIVES = {
    "Which agency hosted the October 2024 senior managers meeting?": "uae space agency",
    "Which agency hosted the October 2024 senior managers meeting, and in which city?": "uae space agency; abu dhabi",
    "Which agency became the twenty-ninth member of ISECG, and when did it join?": "tua, march 2024",
    "Which agency is expected to join ISECG in 2025?": "ssa",
    "When was the Lunar Logistics White Paper issued?": "june 2024",
    "Which agency hosted the 2031 meeting in Lima, and how many agencies attended?": None,
    "Who chaired the 2012 meeting in Rio, and where do they work?": None,
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    documents = {p.name: p.read_text() for p in sorted(FOLDER.iterdir())}
    return answerer_over(documents, tmp_path_factory.mktemp("compose7"))


@pytest.mark.parametrize("question", list(POSITIVES))
def test_two_parts_in_order_and_spelled(answerer, question):
    short, spelled = POSITIVES[question]
    response = answerer.answer(question)
    assert short_said(response).startswith(short), response["short_answer"]
    assert spelled in response["answer"], response["answer"]


@pytest.mark.parametrize("question", list(NEGATIVES))
def test_negatives_hold(answerer, question):
    expected = NEGATIVES[question]
    response = answerer.answer(question)
    if expected is None:
        assert response["answer"] is None, response["answer"]
    else:
        assert short_said(response) == expected, response["short_answer"]
