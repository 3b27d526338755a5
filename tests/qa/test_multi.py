"""Questions over many documents across years (the shipped report + tests/data/corpus-multi): answers
that say what they rest on, or that the documents do not say."""

import pytest
from conftest import DATA

from isecg_kg.qa import Answerer
from isecg_kg.qa import dated
from isecg_kg.qa.evaluate import corpus_right, evaluate_corpus, read_jsonl
from isecg_kg.qa.sentences import short_answer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def multi_answerer(multi_build, multi_settings):
    return Answerer.from_build(multi_build, multi_settings)


@pytest.fixture(scope="module")
def rows(multi_answerer):
    return evaluate_corpus(multi_answerer, read_jsonl(DATA / "corpus-multi" / "qa.jsonl"))


def test_answered_with_evidence_or_not_found(rows):
    answered = [r for r in rows if r["kind"] != "no-answer"]
    unanswerable = [r for r in rows if r["kind"] == "no-answer"]
    assert all(r["right"] for r in unanswerable), unanswerable  # 3/3 "not found"
    good = sum(r["right"] and r["evidence"] for r in answered)
    # The figure reached (24 of 27; the issue asks 26 of all 30, i.e. 23 here with the 3 "not found").
    assert good >= 24, [(r["id"], r["answer"]) for r in answered if not (r["right"] and r["evidence"])]


def test_short_answers_come_first(rows):
    by_id = {r["id"]: r for r in rows}
    assert by_id["dev-01"]["short"] == "31 May 2007"  # a date
    assert by_id["dev-22"]["short"] == "17"  # a count: not the "12" of "12–13 March"
    assert by_id["dev-19"]["short"] == "one month"  # a duration, from both documents' dates
    for r in rows:
        if r["short"] and r["shape"] == "passage":
            assert r["answer"].startswith(r["short"] + " — ")


def test_not_found_still_shows_the_closest_passages(multi_answerer):
    response = multi_answerer.answer("Which agency hosted the 12–13 March 2020 ISECG meeting?")
    assert response["answer"] is None and response["short_answer"] is None and response["message"]
    assert response["evidence"], "the closest passages are shown"
    assert corpus_right(response, {"kind": "no-answer"}) == (True, True)


@pytest.mark.parametrize("question, sentence, named, short", [
    ("Can individuals join?", "Individuals cannot join.", [], "No"),
    ("Which agencies signed?", "It was signed by ESA, NASA and JAXA.", ["ESA", "NASA", "JAXA"], "ESA, NASA and JAXA"),
    ("Which agency hosted it?", "It was hosted by JAXA and NASA.", ["JAXA", "NASA"], "JAXA"),
    ("What themes does it list?", "It lists three themes: Moon; Mars; asteroids", [], "Moon, Mars and asteroids"),
    ("How many rovers were sent in 2019?", "In 2019 three small rovers were sent.", [], "3"),  # a count as a number
    ("After which year would crews land in the 2013 plan?", "The 2013 plan lands crews after 2030.", [], "2030"),
])
def test_short_answer(question, sentence, named, short):
    assert short_answer(question, sentence, named) == short


def test_which_document_a_document_follows(multi_answerer):
    earlier = multi_answerer.answer("What did the 2013 roadmap update?")
    assert earlier["shape"] == "document_relation" and "First Edition" in earlier["short_answer"]
    assert earlier["evidence"][0].document.id == "ger-2013-second-edition"  # where it says so
    held = multi_answerer.answer("Did the second edition of the roadmap replace the first edition?")
    assert held["shape"] == "relation_holds" and held["short_answer"] == "Yes"
    assert dated.relation_sides("Is the 2020 supplement based on the third edition?") == (
        "the 2020 supplement", "the third edition")
    later = multi_answerer.answer("Which edition replaced the first edition of the roadmap?")
    assert "Second Edition" in later["short_answer"]
    based = multi_answerer.answer("What is the 2020 supplement based on?")
    assert "Third Edition" in based["short_answer"] or "third edition" in based["short_answer"].lower()


def test_which_of_two_things_one_document_tells_came_first(multi_answerer):
    asked = ("Which came first: the space exploration conference hosted in Washington or the first day the "
             "participating organisations could publish the Framework?")
    response = multi_answerer.answer(asked)
    assert response["shape"] == "first"
    assert response["short_answer"] == "the space exploration conference hosted in Washington (April 2006)"
    assert "(April 2006)" in response["answer"] and "(31 May 2007)" in response["answer"]
    later = multi_answerer.answer(asked.replace("came first", "came last"))
    assert later["short_answer"].startswith("the first day the participating organisations")
    # one sentence telling both sides tells no order
    same = multi_answerer.answer("Which came first: the first day the participating organisations could publish "
                                 "the Framework or the day each could publish it in whatever manner suited it?")
    assert same["shape"] != "first"


@pytest.mark.parametrize("question", [
    "Who chaired ISECG in 2008?",  # the documents state chairs of 2013 on: a sentence of 2014 is no answer
    "How many members did ISECG have in 2010?",
    "When did the Peruvian Space Agency join ISECG?",  # a name the graph does not know: not another agency
    "Who is the president of the Luxembourg Space Agency?",  # the corpus names POLSA's president, not LSA's
    # no 2024 supplement in the corpus: neither the 2020 one nor another document of 2024 stands in for it
    "How long after the first edition of the roadmap was the 2024 supplement published?",
])
def test_a_time_or_a_name_no_document_states_is_not_found(multi_answerer, question):
    response = multi_answerer.answer(question)
    assert response["answer"] is None, response["answer"]
    assert response["evidence"]  # the closest passages are still shown


def test_a_person_in_a_role_is_named_by_a_sentence_about_that_body(multi_answerer):
    response = multi_answerer.answer("Who is the President of POLSA?")
    assert response["short_answer"] == "Dr Grzegorz Brona"


def test_a_list_is_right_with_its_items_in_any_order():
    item = {"kind": "list", "answer": ["POLSA, LSA and ASA"], "doc": [], "evidence": []}
    assert corpus_right({"answer": "ASA, POLSA and LSA — three joined.", "evidence": []}, item)[0]
    assert not corpus_right({"answer": "ASA and POLSA — two joined.", "evidence": []}, item)[0]  # not the whole list
    fact = {**item, "kind": "fact"}
    assert not corpus_right({"answer": "ASA, POLSA and LSA", "evidence": []}, fact)[0]  # a fact's words in order


@pytest.mark.parametrize("question", ["Who wrote Hamlet?", "Who edited the Encyclopaedia Britannica?"])
def test_who_made_a_work_no_document_is_not_found(multi_answerer, question):
    # Among many documents some passage always ranks first; its document's authors are no answer.
    assert multi_answerer.answer(question)["answer"] is None


def test_two_questions_in_one_are_each_answered(multi_answerer):
    # the host from the graph's event, the count from the sentence that states it, in that event's document
    r = multi_answerer.answer("Which agency hosted the senior managers meeting on 13 October 2022, and how many "
                              "agencies attended?")
    assert r["short_answer"] == "CSA; 17" and r["shape"] == "event_details+passage"
    assert "17 Space Agencies" in r["answer"] and len({e.passage_id for e in r["evidence"]}) >= 2
    # one shape answering both (who joined last, and when) is not split
    r = multi_answerer.answer("Which agency was the most recent to join ISECG, and when did it join?")
    assert r["shape"] == "latest_member" and r["short_answer"].endswith("2020")
    # "it" standing for what the first part asks of, not for its answer: the question is answered whole
    r = multi_answerer.answer("When did ISECG publish the third edition of its roadmap, and which agencies wrote it?")
    assert "+" not in (r["shape"] or "")

