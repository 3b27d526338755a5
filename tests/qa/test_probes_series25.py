"""Probes of round 25, in other wording than the development sets: a question asking which work and when ("Which
document was to supersede the 2010 charter, and in what year?") whose first part alone finds no sentence, answered
from the sentence the whole question finds: the work it names besides those the question names, with the time.
Negatives: a second part asking no time, a first asking no work (an agency), a sentence naming no other work."""

from __future__ import annotations

import pytest

from isecg_kg.qa.answerer import WORK_ASKED

from .fixtures import answerer_over, words_of

CHARTER = """# Lunar Surface Forum Charter

Charter of the Lunar Surface Forum, adopted 4 March 2010.

## Purpose

Three years after the forum first met, its agencies set out here the rules of their cooperation on the Moon.

## Outlook

A follow-on text, the Global Exploration Roadmap, is being drafted by the agencies and is due to supersede this charter
in 2012.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over({"lunar-surface-forum-charter-2010.md": CHARTER}, tmp_path_factory.mktemp("series25"))


def test_the_work_and_its_time_from_one_sentence(answerer):
    response = answerer.answer("Which document was due to supersede the forum charter, and in what year?")
    assert words_of(response["short_answer"] or "") == " global exploration roadmap 2012 ", response["answer"]


def test_a_sentence_naming_no_other_work_adds_none(answerer):
    # (the charter's own line is found: it names no work besides the charter asked of)
    response = answerer.answer("Which text was to follow the forum charter, and in what year?")
    assert "Roadmap" not in (response["short_answer"] or "")


@pytest.mark.parametrize("question", ["Which document was due to supersede the charter, and in what year?",
                                      "What later edition replaced the roadmap, and when?",
                                      "Which earlier report does the 2019 assessment update, and when was it issued?"])
def test_a_work_asked(question):
    assert WORK_ASKED.match(question)


@pytest.mark.parametrize("question", ["Which agency was due to chair the forum, and in what year?",
                                      "When was the charter adopted?", "What did the forum agree in 2010?"])
def test_no_work_asked(question):
    assert not WORK_ASKED.match(question)


def test_a_second_part_asking_no_time_adds_no_work(answerer):
    response = answerer.answer("Which document was due to supersede the forum charter, and who drafts it?")
    assert "Global Exploration Roadmap; " not in (response["answer"] or "")
