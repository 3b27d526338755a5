"""Questions of two hops (qa/nested.py): a body or person described by a relative clause, the clause answered first
and its answer put in the description's place.  Wording of these probes is our own, not a development set's."""

from __future__ import annotations

import pytest

from isecg_kg.qa.nested import described

from .fixtures import answerer_over, short_said


@pytest.mark.parametrize("question, asked, described_as, rewritten", [
    # the subject, the question's verb before its question word (a preposition, an object or an adverb between)
    ("The agency that signed the accord in 2029 launched which orbiter in 2033?",
     "Which agency signed the accord in 2029?", "The agency that signed the accord in 2029",
     "X launched which orbiter in 2033?"),
    ("The space agency that hosted the Oslo workshop joined ISECG in which year?",
     "Which space agency hosted the Oslo workshop?", "The space agency that hosted the Oslo workshop",
     "X joined ISECG in which year?"),
    ("The official who opened the 2030 plenary later chaired which working group?",
     "Who opened the 2030 plenary?", "The official who opened the 2030 plenary", "X later chaired which working group?"),
    # after "did", the question's verb stands bare
    ("In what year did the agency that led the lander study become a member?",
     "Which agency led the lander study?", "the agency that led the lander study", "In what year did X become a member?"),
    ("What did the agency that joined ISECG in 2031 say of the orbiter?", "Which agency joined ISECG in 2031?",
     "the agency that joined ISECG in 2031", "What did X say of the orbiter?"),
    # the description ends the question, which asks of something else before it
    ("Which panel was moderated by the expert who wrote the dust report in 2032?",
     "Who wrote the dust report in 2032?", "the expert who wrote the dust report in 2032",
     "Which panel was moderated by X?"),
])
def test_a_description_and_its_clause(question, asked, described_as, rewritten):
    nested = described(question)
    assert nested is not None
    assert nested.asked == asked
    assert question[nested.start:nested.end] == described_as
    assert nested.put(question, "X") == rewritten


@pytest.mark.parametrize("question", [
    "Who is the person that chairs ISECG?",  # the description is what is asked
    "Which agency hosted the workshop that settled the open points?",  # a gathering, not a body or person
    "Which agency that joined in 2015 hosted the plenary?",  # no determiner: the question's own subject
    "The agency that joined ISECG in 2015 reports on which mission?",  # no verb of the question found: not guessed
    "The agency that joined hosted which meeting?",  # a clause of one word names nothing to ask
    "Which agency was the body that hosted the plenary?",  # a copula before the description: it is what is asked
])
def test_no_description_to_ask(question):
    assert described(question) is None


DOCUMENTS = {
    "isecg-annual-report-2031.md": """# ISECG Annual Report 2031

*International Space Exploration Coordination Group · annual report · February 2032*

## Membership

The Luxembourg Space Agency (LSA) joined ISECG on 14 May 2031.

## Chair

The National Aeronautics and Space Administration (NASA) held the ISECG chair throughout 2031.

## Working groups

In 2031 the Dust Mitigation Working Group was co-chaired by Ana Ruiz of LSA and Kenji Mori of JAXA.
""",
    "lyon-plenary-2033.md": """# Record of the Lyon Plenary

*ISECG plenary · Lyon, France · 3 March 2033*

## Agency reports

LSA presented the Condor lunar orbiter, due for launch in 2035.
JAXA described progress on its pressurised rover.

## Sessions

Session 2 on regolith handling was chaired by Ana Ruiz (LSA).
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("nested"))


@pytest.mark.slow
@pytest.mark.parametrize("question, short, documents", [
    ("The agency that joined ISECG in 2031 presented which orbiter at the Lyon plenary?", "Condor",
     {"isecg-annual-report-2031", "lyon-plenary-2033"}),
    ("Which working group did the person who chaired the session on regolith handling co-chair in 2031?",
     "Dust Mitigation Working Group", {"isecg-annual-report-2031", "lyon-plenary-2033"}),
])
def test_two_hops_answered(answerer, question, short, documents):
    response = answerer.answer(question)
    assert response["shape"].startswith("nested+"), (response["shape"], response["answer"])
    assert short.lower() in (response["answer"] or "").lower()
    assert " is " in response["answer"]  # it says who the description is
    assert documents <= {e.document.id for e in response["evidence"][:3]}


@pytest.mark.slow
def test_a_clause_without_answer_is_not_a_hop(answerer):
    # no agency joined in 2035: the question is answered (or not) as it stands, never with a description filled in
    response = answerer.answer("The agency that joined ISECG in 2035 presented which orbiter at the Lyon plenary?")
    assert not (response["shape"] or "").startswith("nested+"), response["answer"]


@pytest.mark.slow
def test_what_a_person_chaired_is_no_chair_of_isecg(answerer):
    # the chair shape answers who held a body's chair; a question naming a person asks what that person chaired
    response = answerer.answer("Which working group did Ana Ruiz co-chair in 2031?")
    assert "nasa" not in short_said(response), (response["shape"], response["answer"])
