"""The short answer of fact and list questions answered from passages (qa/sentences.py short_answer): a question
asking for a thing by its kind ("which white paper", "which study", "at which meeting") is answered by the thing's
name with its qualifiers ("the Lunar Polar Volatiles white paper", "the senior managers meeting in Lisbon, 21–22
November 2017"), not a bare entity; a gathering the sentence names as told before ("at that meeting", "during the
same dialogue") is the one its passage named before it, also as a verb ("the senior managers met in Lisbon"); a list
is its items from its lead to its end, without the lead's words or a clause after it, the list told in the next
sentence ("These included ...") too, and all its items when the graph knows only some.  "What did X decide/approve?" is answered by a sentence saying so, short by what follows its verb.  Two parts whose second asks
which body "it" was ("..., and which agency was it?") are both answered from the first's sentence.  Negatives: questions for
one entity, place or date keep their short answers.  Documents: tests/data/probes/compose8/ (invented, Markdown
and a PDF printed from HTML; other wording than any development document)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, short_said, words_of

pytestmark = pytest.mark.slow

FOLDER = Path(__file__).parent.parent / "data" / "probes" / "compose8"

# question: words the short answer holds (the base answered none, or a bare name, or half the list)
POSITIVES = {
    "At which meeting did the chair of ISECG move from CNES to KARI?":
        "the senior managers meeting in lisbon 21 22 november 2017",
    "During which meeting did the chair pass from CNES to KARI?": "meeting in lisbon 21 22 november 2017",
    "At which meeting did the chairmanship go from the Israel Space Agency to the Philippine Space Agency?":
        "the heads of agency meeting in nairobi",
    "Which white paper did the Exploration Roadmap Working Group issue in June 2017?":
        "the lunar polar volatiles white paper",
    "Which study did the participants endorse in Nairobi?": "the cislunar communications architecture study",
    "Which white paper will the Science Working Group prepare?": "the lunar far side science white paper",
    "Which organisations sent observers to the Lisbon meeting?":
        "the mexican space agency the philippine space agency and the kenya space agency",
    "Which lunar precursor missions does the group study?":
        "the polar ice explorer the regolith sampler and the farside relay",
    "What are the four phases of the agreed campaign?": "survey ground truth pilot plant and production",
    "Which robotic missions did partners report on?":
        "the lunar trailblazer orbiter the korea pathfinder lunar orbiter and the slim lander",
    # what was agreed: the sentence saying it (not a table row dating the meeting), the words after its verb
    "What did the December 2023 meeting decide?": "to open the group s workshops to industry",
    "What did the December meeting endorse?": "the surface power roadmap",
    "What did the delegates approve at the Lisbon meeting?": "the terms of reference of a new commercial engagement team",
}
# two parts, the second asking who or which body "it" (what the first asks of) was: both, in the order asked
TWO_PARTS = {
    "When was the group's thirtieth member admitted, and which agency was it?": "april 2023; tua",
    "When was the thirtieth member of the group admitted, and who was it?": "april 2023; tua",
}
# question: the short answer, as the base gives it
NEGATIVES = {
    "Which agency became the group's thirtieth member, and when?": "tua; april 2023",
    "Which agency runs the ISECG secretariat?": "esa",
    "Where is the ISECG secretariat?": "noordwijk",
    "When was the Turkish Space Agency admitted?": "april 2023",
    "Which agencies took part in the dust mitigation campaign?": "esa, jaxa and csa",
    "Which agency provides secretariat support?": "jaxa",
    "Which agency invited the heads of agency to Nairobi?": "kenya space agency",
    "At which congress was the Deep Space Habitation Assessment presented?":
        "the 68th international astronautical congress in adelaide",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(FOLDER, tmp_path_factory.mktemp("compose8"))


@pytest.mark.parametrize("question", list(POSITIVES))
def test_the_thing_asked_with_its_qualifiers(answerer, question):
    response = answerer.answer(question)
    short = words_of(response["short_answer"] or "")
    assert f" {POSITIVES[question]} " in short, response["short_answer"]
    assert not short.strip().endswith((" and", " the")), response["short_answer"]


@pytest.mark.parametrize("question", list(TWO_PARTS))
def test_both_parts(answerer, question):
    response = answerer.answer(question)
    assert short_said(response) == TWO_PARTS[question]
    assert "April 2023; Turkish Space Agency" in response["answer"]


def test_a_list_leaves_its_lead_and_trailing_clause_out(answerer):
    response = answerer.answer("What are the four phases of the agreed campaign?")
    assert short_said(response) == "survey, ground truth, pilot plant and production"


@pytest.mark.parametrize("question", list(NEGATIVES))
def test_one_entity_stays_short(answerer, question):
    assert short_said(answerer.answer(question)) == NEGATIVES[question]
