"""Probes of round 17 for the kind of answer a question asks and the sentence that gives it (qa/sentences.py,
qa/answerer.py, qa/compose.py; development sets y, z, aa).

- "Who spoke for the Luxembourg Space Agency?", "Who chaired the group before Anne-Marie Côté?": a body speaks through a
  person, and one in a line of people is a person: the answer is a person, not an agency (sentences.answer_type).
- "How many agencies signed the statement?": "It was signed by six." counts as the agent of the question's verb
  (sentences.count_in, AGENT_COUNT); a count set as a bound ("by at least three agencies") is passed over for one that
  tells the count (answerer._answering, BOUND_COUNT).
- "planned" after a determiner ("its planned investments") is an attribute, no plan: the sentence still tells what was
  (sentences.FUTURE).
- "Which CSA official signed A and later spoke at B?", "Which chair of a working group was also a co-author of the
  abstract?": the person named in the passages found for each description, a byline's initial matching a table's first
  name (compose.both_fit).
Negatives: who hosted or signed (a body may), who came after a body; "signed by NASA", "signed by six years later"; a
bound that is not the count; a plan told as one; a person named only in a passage found for both descriptions, or in
one description's passages only."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from isecg_kg.qa import compose
from isecg_kg.qa.answerer import _answering
from isecg_kg.qa.sentences import FUTURE, answer_type, count_in, counted

from .test_sentences import result


@pytest.mark.parametrize(("question", "kind"), [
    ("Who spoke for the Luxembourg Space Agency in the press release?", "person"),
    ("Who commented on behalf of the Polish Space Agency?", "person"),
    ("Who was quoted in the 2022 announcement?", "person"),
    ("Who chaired the Technology Working Group before Anne-Marie Côté?", "person"),
    ("Who succeeded Dr. Li Wei as head of the team?", "person"),
    # a body may host, sign or come after a body
    ("Who hosted the plenary in Montreal?", "org"),
    ("Who signed the joint statement?", "org"),
    ("Who chaired ISECG after the European Space Agency?", "org"),
    ("Who took over the chair after Luxembourg Space Agency?", "org"),
])
def test_who_asks_a_person_when_a_body_speaks_or_people_follow_one_another(question, kind):
    assert answer_type(question) == kind


@pytest.mark.parametrize(("question", "sentence", "count"), [
    ("How many agencies signed the 2011 statement?", "It was signed by six.", "six"),
    ("How many agencies endorsed the framework?", "The framework was endorsed by 14 in May.", "14"),
    ("How many people attended the workshop?", "The workshop was attended by some forty, mostly engineers.", "forty"),
    # negatives: a body as the agent, a number of something else
    ("How many agencies signed the statement?", "It was signed by NASA in 2011.", None),
    ("How many agencies signed the statement?", "It was signed by six years later.", None),
    ("How many agencies hosted meetings?", "It was signed by six.", None),
])
def test_a_count_is_the_agent_of_the_verb_asked(question, sentence, count):
    assert count_in(sentence, counted(question)) == count


def _candidate(text: str, score: float) -> SimpleNamespace:
    return SimpleNamespace(text=text, score=score, scores={"type": 1.0})


def test_a_bound_gives_way_to_the_count():
    nouns = counted("How many agencies signed the statement?")
    bound = _candidate("It takes effect once signed by at least three agencies.", 0.5)
    told = _candidate("It was signed by six.", 0.4)
    assert _answering([bound, told], "number", nouns) is told
    # a bound alone still answers; a bound of something else ("up to 14 days") leaves the count it holds
    assert _answering([bound], "number", nouns) is bound
    crew = counted("How many crew does the rover carry?")
    rover = _candidate("Carries two crew on excursions of up to 14 days.", 0.5)
    other = _candidate("The lander carries four crew.", 0.4)
    assert _answering([rover, other], "number", crew) is rover


@pytest.mark.parametrize(("sentence", "future"), [
    ("Each agency reported its planned technology investments for 2016-2025.", False),
    ("The agencies compared their planned missions at the May workshop.", False),
    ("A lander is planned for 2025.", True),
    ("The next plenary will be held in Rome.", True),
])
def test_planned_after_a_determiner_is_no_plan(sentence, future):
    assert bool(FUTURE.search(sentence)) is future


class _Answerer:
    """Finds, for each search text, the passages whose keys it holds; knows the bodies listed."""

    def __init__(self, found: dict[str, list[str]], bodies=("Canadian Space Agency", "CSA", "DLR", "NASA")):
        self.found, self.bodies = found, bodies
        self.engine = SimpleNamespace(search=self.search)

    def search(self, text, **_):
        # each key's passages are passages of their own (numbered on from the key's place)
        return {"results": [result(t, 10 * i + n) for i, (key, texts) in enumerate(self.found.items()) if key in text
                            for n, t in enumerate(texts, 1)]}

    def mentions_in(self, text):
        return [SimpleNamespace(start=m.start(), end=m.end(), category="org")
                for body in self.bodies for m in re.finditer(body, text)]


TABLE = "| Name | Agency |\n| Mr. Gilles Leclerc | Canadian Space Agency |\n| Dr. Ana Ruiz | NASA |"
SPOKE = "At the plenary Mr. Gilles Leclerc of CSA thanked NASA for its leadership."


def test_the_person_two_descriptions_fit():
    answerer = _Answerer({"signed": [TABLE], "spoke": [SPOKE]})
    got = compose.both_fit(answerer, "Which CSA official signed the statement and later spoke for CSA at the plenary?",
                           k=3, filters={})
    assert got["short_answer"] == "Gilles Leclerc"
    # a byline's initial is a table's first name
    answerer = _Answerer({"working group": ["Science Working Group: Markus Bauer (DLR) and Ana Ruiz (NASA)"],
                          "co-author": ["E. A. Lindqvist, M. Bauer and K. Tanaka, on behalf of the group."]})
    got = compose.both_fit(answerer, "Which chair of a working group was also a co-author of the abstract?", k=3,
                           filters={})
    assert got["short_answer"] == "Markus Bauer"


def test_no_person_without_a_passage_for_each_description():
    # named only where one description is told, or only in one passage found for both
    one_side = _Answerer({"signed": [TABLE], "spoke": ["The chair passed to CSA at the plenary."]})
    assert compose.both_fit(one_side, "Which CSA official signed the statement and later spoke for CSA at the "
                            "plenary?", k=3, filters={}) is None
    same = _Answerer({"chair": [TABLE]})
    assert compose.both_fit(same, "Which chair of a working group was also a co-author of the abstract?", k=3,
                            filters={}) is None
    # no person's part asked: no answer of this kind
    assert compose.both_fit(one_side, "Which agency signed the statement and later chaired ISECG?", k=3,
                            filters={}) is None
