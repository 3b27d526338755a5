"""Lists and "which X" facts read from passages (qa/answerer.py _from_passages, qa/lists.py, qa/sentences.py).

- "Which two newly created national space agencies sent observers ...?": a question for bodies whatever the words
  before its noun (answer_type), an "-ed" word after an adverb describing them and not the relation asked
  (sentences.MODIFIER), a summary counting them without naming them not the answer (lists.counts_unnamed), the
  sentence naming them with a plan it reports in a second clause still a fact (sentences.REPORTED), an event the
  graph named by a clause ("Portuguese Space Agency, founded") yielding to the body it names (linking._resolve),
  bodies the graph does not know listed too and as many as asked (lists.bodies_listed).
- "Which long-range theme of the 2016 plan no longer appears ...?": a sentence saying it was dropped or removed
  answers "no longer", and the thing put as "one of the ... themes" is the short answer, whole (sentences.one_of_kind).
Negatives: one-body questions on the same documents keep their answers.  Documents: tests/data/probes/lists9/
(invented; Markdown and a PDF printed from HTML, other wording and layout than any development document)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, words_of

pytestmark = pytest.mark.slow

FOLDER = Path(__file__).parent.parent / "data" / "probes" / "lists9"

# question: the words the short answer is (the base gave none, or one body of the two)
POSITIVES = {
    "Which two recently established national agencies sent observers to the Washington meeting in 2019?":
        "pt space and hellenic space center",
    "Which agencies delegated an observer to the Washington meeting?": "pt space and hellenic space center",
    "Which two newly formed agencies named an expert to the study team?": "tua and philsa",
    # the noun and the size in a first sentence, the question after it
    "Two national agencies formed in 2019 each delegated an observer to the Washington meeting. Which were they?":
        "pt space and hellenic space center",
    "Which long-range theme of the 2016 plan no longer appears in the update?": "the crewed mars flyby",
    "Which study option of the 2019 assessment no longer appears in the working note?":
        "the pressurised rover concept",
}
# question: the short answer, as the base gives it
NEGATIVES = {
    "Which agency chaired the session on membership rules?": "asi",
    "Which agency led the thermal analysis?": "jaxa",
    "Which agency handed the chair to ESA?": "csa",
    "Which option remains the reference option?": "",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(FOLDER, tmp_path_factory.mktemp("lists9"))


@pytest.mark.parametrize("question", list(POSITIVES))
def test_the_whole_list_or_thing(answerer, question):
    response = answerer.answer(question)
    assert words_of(response["short_answer"] or "") == f" {POSITIVES[question]} ", response["short_answer"]


@pytest.mark.parametrize("question", list(NEGATIVES))
def test_one_body_kept(answerer, question):
    response = answerer.answer(question)
    assert words_of(response["short_answer"] or "").strip() == NEGATIVES[question], response["short_answer"]


def test_relation_and_type_of_the_question():
    """An "-ed" word after an adverb and before a bare word describes the bodies asked; one before an article is the
    relation asked ("recently hosted the ..."); a question for bodies whatever the words before its noun."""
    from isecg_kg.qa.sentences import answer_type, stated
    assert stated("Which two newly created national space agencies sent observers to the Bremen meeting?") == []
    assert stated("Which agency recently hosted the meeting?") == [{"host"}]
    assert answer_type("Which two newly created national space agencies sent observers?") == "org"
    assert answer_type("Which meeting did the agencies attend?") != "org"
