"""Probes of round 24 for lists told inside a sentence (qa/sentences.py; development sets aa, am).

- "Which robotic precursor missions does the abstract cite?": a sentence naming three things or more in a series parted
  by commas and a last "and" ("... the Chinese Chang'e 4 lander, the Korean Pathfinder Lunar Orbiter (KPLO), and the
  planned SLIM lander") holds the list asked, as a lead's items between semicolons do (sentences.enumerates,
  has_type): it is no longer marked down as lacking the kind of value asked.
Negatives: two names and'ed are a pair; a place's parts ("Oslo, Norway, and ..."), a date's commas and an aside
between commas are no series; plain words in a series name nothing; a sentence with a series answers no question of
another kind of thing, of one of its items, or of another year.
"""

from __future__ import annotations

import pytest

from isecg_kg.qa.sentences import enumerates, has_type

from .fixtures import answerer_over, words_of


@pytest.mark.parametrize("sentence", [
    "The 2031 review singled out three probes, namely Europe's Argonaut lander, the Indian Pragyan-3 rover and the "
    "Lunar Trailblazer orbiter (LTB), whose maps will guide the crews.",
    "Speakers from CNSA, ISRO, KARI and UKSA described their plans.",
    "Demonstrations covered Canada's Juno rover, Germany's LRU robot and NASA's VIPER, launched in 2029.",
    "The hardware came from the Polish Space Agency, the Swiss Space Office, and Portugal Space.",
])
def test_a_series_of_names_in_a_sentence_is_a_list(sentence):
    assert enumerates(sentence) and has_type("list", sentence, set())


@pytest.mark.parametrize("sentence", [
    "The plenary was held in Oslo, Norway, and opened by the chair.",  # a place's parts
    "On 4 March 2031, the delegates met in Lima and agreed the plan.",  # a date's comma
    "The Lunar Gateway and the Argonaut lander were discussed.",  # two names: a pair
    "The workshop, which lasted two days, was opened by the Chair and closed by NASA.",  # an aside
    "The report, however, was late, and the authors apologised.",  # plain words
    "Crews need water, oxygen and food on long stays.",  # plain words name nothing
])
def test_no_list_in_other_commas(sentence):
    assert not enumerates(sentence)


DOCUMENTS = {
    "rover-workshop-2031.md": """# Report of the 2031 Lunar Rover Workshop

*International Space Exploration Coordination Group · 12 May 2031*

## Sessions

The workshop met in Lima on 10-11 May 2031, hosted by the Peruvian Space Agency.
In the mobility session, speakers presented Canada's Juno rover, Germany's LRU robot and NASA's VIPER, launched in 2029.
Participants agreed that rovers should share a common charging interface.

## Outlook

For the polar night, the reviewers singled out Europe's Argonaut lander, the Indian Pragyan-3 rover and the
Lunar Trailblazer orbiter as the best candidates.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("lists24"))


@pytest.mark.slow
def test_a_list_in_a_sentence_answers(answerer):
    said = words_of(answerer.answer("Which rovers were presented in the mobility session of the 2031 workshop?")["answer"]
                    or "")
    assert all(f" {i} " in said for i in ("juno rover", "lru robot", "viper")), said


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Which landing sites were chosen for the Juno rover?",  # a series of rovers tells no sites
    "Which agencies funded the Argonaut lander?",  # nor who funded one of them
    "Which rovers were presented at the 2033 workshop?",  # nor what another year's gathering saw
])
def test_a_series_answers_no_other_question(answerer, question):
    assert answerer.answer(question)["answer"] is None
