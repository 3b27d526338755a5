"""Probes (round 23) for yes/no questions answered by a short rule ("There is no subscription."): what is asked of the
subject is the head of its verb's object, said in any word of its family ("become a member": "may not join"); the
subject may stand in the heading the sentence is under; and it must stand as a noun, not as a word modifying another
(sentences.stated, said_by, names_subject).  Other wording than the evaluation sets."""

from types import SimpleNamespace

import pytest

from isecg_kg.qa.sentences import Candidate, names_subject, said_by, stated, states


@pytest.mark.parametrize(("question", "sentence", "says"), [
    # the object's head, not the last word ("... to take part in the forum"), is what the sentence must say
    ("Do observers pay a subscription to take part in the forum?", "Observers pay no subscription.", True),
    ("Do observers pay a subscription to take part in the forum?", "Observers are welcome in the forum.", False),
    # being a member is said by joining or admission, and back
    ("Could a research foundation become a partner of the network?", "Foundations may not join.", False),
    ("May a city council be accepted as a member under the 2031 charter?", "City councils cannot join.", True),
    ("May a city council be accepted as a member under the 2031 charter?",
     "The city council hosted the 2031 charter signing.", False),
])
def test_the_object_of_the_verb_is_what_a_yes_no_answer_says(question, sentence, says):
    assert states(sentence, stated(question)) is says


@pytest.mark.parametrize(("question", "sentence", "names"), [
    ("Can a private foundation become a member?", "Foundations cannot become members.", True),
    ("Can a private foundation become a member?", "Trusts, foundations and firms may not join.", True),
    ("Can a private foundation become a member?", "The panel thanked the foundation.", True),
    # a word modifying another is no subject: "foundation grants", "private sector"
    ("Can a private foundation become a member?", "Members receive foundation grants for studies.", False),
    ("Can a private foundation become a member?", "The private sector supports members.", False),
    # a verb the question says, in any form, may follow the subject ("a university joins" for "belong to")
    ("Do universities pay to belong to the network?", "How does a university join?", True),
])
def test_a_yes_no_subject_stands_as_a_noun(question, sentence, names):
    assert names_subject(sentence, question) is names


def _candidate(text: str, section: str) -> Candidate:
    return Candidate(text=text, result=SimpleNamespace(section=section), rank=1)


def test_a_yes_no_subject_may_stand_in_the_heading_above():
    candidate = _candidate("There is no subscription.", "How does an observer take part?")
    question = "Do observers pay a subscription to take part in the forum?"
    assert states(said_by(candidate, question), stated(question))
    # other questions are answered by the sentence alone
    assert said_by(candidate, "Which observers paid a subscription?") == "There is no subscription."
