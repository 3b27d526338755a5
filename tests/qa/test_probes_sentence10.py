"""Which sentence a passage answer is built from, round 10: a question asking for the object of a verb ("Which earlier
study does the 2021 study supersede?", "The plan replaces which earlier document?") is answered by a sentence saying
that verb (or one of its family: replace, supersede), not by a cover line or a sentence that only repeats the
question's subject ("Since the earlier power study, ..."); the short answer is what the verb is done to, without a
clause describing it; a sentence that only points back ("supersedes that gap table") is read with the sentence before
it and gives no short answer of its own.  POSITIVES failed on the base (a cover line, or no answer); GUARDS hold on
both (a negated "does not replace" never answers, other questions keep their answers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.qa.sentences import answer_type, object_relation, says_relation, short_answer

from .fixtures import answerer_of_probes

PROBES_DIR = Path(__file__).resolve().parents[1] / "data" / "probes" / "sentence10"


@pytest.mark.parametrize(("question", "family"), [
    ("Which earlier ISECG product does the 2019 critical technology needs assessment supersede?", "replac"),
    ("The 2023 lunar surface exploration scenario update replaces which earlier ISECG scenario?", "supersed"),
    ("Which document did the 2018 roadmap update?", "updat"),
    ("What agency did NASA select?", "pick"),
    # GUARDS: no object asked of a verb (a preposition or a relative clause; a question starting with its wh-word)
    ("Which organisation did the senior managers admit as a new member?", None),
    ("Which agency does ESA work with?", None),
    ("Name the agencies which contributed modules?", None),
    ("ISECG was founded in which year?", None),
    ("Which agency hosted which meeting?", None),
    # GUARDS: a verb of the document telling is said in any words ("lists", "names", "credits")
    ("Which agencies does the 2018 roadmap list as contributors?", None),
    ("Which technologies does the 2021 assessment name?", None),
    ("The 2020 supplement credits which agencies?", None),
])
def test_the_verb_whose_object_is_asked(question, family):
    relation = object_relation(question)
    assert (family in relation[0]) if family else relation == []


def test_a_negated_verb_does_not_say_the_relation():
    relation = object_relation("The plan replaces which earlier document?")
    assert says_relation("It replaces the Mars Sample Return Concept of Operations.", relation)
    assert says_relation("This study supersedes the 2016 baseline.", relation)
    assert not says_relation("The plan does not replace the Mars Architecture Reference of 2014.", relation)
    assert not says_relation("Since the earlier plan, much has changed.", relation)


@pytest.mark.parametrize(("question", "kind"), [
    ("In which years does the 2023 scenario place the second phase?", "date"),
    ("On which dates did the two agencies join?", "date"),
    ("In which year did the agency join?", "date"),
])
def test_plural_years_and_dates_ask_for_a_date(question, kind):
    assert answer_type(question) == kind


@pytest.mark.parametrize(("question", "sentence", "short"), [
    ("In which years does the 2023 scenario place phase two?", "Two 2029 to 2033 Expansion and Mobility", "2029 to 2033"),
    ("During which years is the second phase?", "Phase 2 (2029–2033): expansion.", "2029–2033"),
    # GUARD: one year asked, the first date the sentence gives
    ("In which year did the agency join?", "It joined in May 2020; its programme runs 2021 to 2025.", "May 2020"),
])
def test_which_years_is_answered_by_the_whole_span(question, sentence, short):
    assert short_answer(question, sentence, []) == short


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES_DIR, tmp_path_factory.mktemp("sentence10-probes"))


@pytest.mark.slow
@pytest.mark.parametrize(("question", "short", "said"), [
    # POSITIVES: the base answered with the document's cover line, or with nothing
    ("Which earlier study does the 2021 surface power architecture study supersede?",
     "the 2016 Fission Surface Power Baseline", "supersedes the 2016 Fission Surface Power Baseline"),
    ("The 2021 surface power architecture study replaces which earlier study?",
     "the 2016 Fission Surface Power Baseline", "supersedes the 2016 Fission Surface Power Baseline"),
    ("Which earlier product does the 2023 lunar communications framework supersede?", None,
     "Its 2017 Lunar Relay Gap Table listed the missing relay links"),
])
def test_the_sentence_saying_the_verb_answers(answerer, question, short, said):
    response = answerer.answer(question)
    assert response["short_answer"] == short, response["answer"]
    assert said in response["answer"]
    assert "Issue 2" not in response["answer"] and "Since the earlier" not in (response["short_answer"] or "")


@pytest.mark.slow
@pytest.mark.parametrize(("question", "said", "not_said"), [
    # GUARDS: the graph's document relation keeps answering, and a negated sentence never does
    ("The Mars sample logistics plan replaces which earlier document?", "Mars Sample Return Concept of Operations",
     "Mars Architecture Reference"),
    ("Which earlier document does the Mars sample logistics plan replace?", "Mars Sample Return Concept of Operations",
     "Mars Architecture Reference"),
    ("How much continuous power will crews at the pole need by 2030?", "40 kW", "Issue 2"),
    ("How long are samples kept in the receiving facility?", "six months", "replaces"),
])
def test_other_questions_keep_their_answers(answerer, question, said, not_said):
    answer = answerer.answer(question)["answer"] or ""
    assert said in answer and not_said not in answer
