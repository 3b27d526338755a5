"""Stop 61 probes, in other names and wording than any set's: the people a document gives a role under a label
(qa/lists.py role_item) — the role alone on a line over a line for each holder ("Co-leads" / "Dr. Ines Moreau
(CNES)" / "Dr. Tomasz Zielinski (POLSA)"), or the label run onto another cell's line by a PDF ("... at its Oeiras
site Chair: Min-ho Lee (KARI), Group Chair") — asked by the role's noun ("Who were the co-leads of X?") or by its
verb ("Who chaired X?", of a passage holding half the words of X); each holder without their title, joined with
"and".  Negatives: a label over a sentence names no one; a label of a meeting the question does not ask of; a
bracket that is no body is no person's.
And the title a table's row gives a person whose row a PDF wrapped over short lines ("Johann-Dietrich" / "Wörner" /
"Chairman of the Executive" / "Board" / "DLR (German Aerospace Center)": qa/lists.person_role_row, _unwrapped_rows;
development set as showed the form); a row on one line is read as before."""

from __future__ import annotations

import pytest

from isecg_kg.qa import lists

from isecg_kg.records import DocumentRef, Highlight, HitScores, SearchHit

from .fixtures import answerer_over, words_of

DOCUMENTS = {
    "robotics-task-team-plan-2033.txt": """Robotics Task Team Work Plan 2033

This plan lists what the Robotics Task Team of the coordination group intends to deliver in 2033.

Task team
Robotics Task Team

Co-leads
Dr. Ines Moreau (CNES)
Dr. Tomasz Zielinski (POLSA)

Secretariat support
Group Secretariat, ESA

The team will compare rover autonomy software and report to the plenary in the autumn.
""",
    "fourth-plenary-report-2032.txt": """Report of the Fourth Plenary Meeting, Lisbon, 2-3 June 2032

Hosted by the Italian Space Agency (ASI) at its Oeiras site Chair: Min-ho Lee (KARI), Group Chair

Report issued: 20 June 2032 by the Group Secretariat

The chair opened the meeting and thanked ASI for hosting the plenary. The delegates agreed the work plan of the
task teams.
""",
    "dust-workshop-record-2031.txt": """Record of the Lunar Dust Workshop, Kyoto, 2031

Convenor
The workshop was convened at short notice by the host agency.

The workshop compared dust mitigation coatings and filters.
""",
}


@pytest.mark.parametrize("value, people", [
    ("Dr. Ines Moreau (CNES)", ["Ines Moreau (CNES)"]),
    ("Min-ho Lee (KARI), Group Chair", ["Min-ho Lee (KARI)"]),
    ("Prof. Ana Lima (ASI) and Dr. Rahul Menon (ISRO)", ["Ana Lima (ASI)", "Rahul Menon (ISRO)"]),
])
def test_holders_of_a_label(answerer, value, people):
    assert lists._holders(value, answerer.mentions_in) == people


@pytest.mark.parametrize("value", [
    "Ana Lima (ASI) thanked the team for its notes.",  # a sentence, not a label's value
    "Ana Lima (pages 4 to 9)",  # a bracket that is no body
])
def test_no_holders_of_a_label(answerer, value):
    assert lists._holders(value, answerer.mentions_in) is None


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("roles61"))


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Who were the co-leads of the Robotics Task Team in 2033?",
    "Who led the Robotics Task Team in 2033?",
])
def test_holders_under_a_label_line(answerer, question):
    said = words_of(answerer.answer(question)["short_answer"] or "")
    assert " ines moreau cnes and tomasz zielinski polsa " in said, said


@pytest.mark.slow
def test_label_run_onto_another_cells_line(answerer):
    said = words_of(answerer.answer("Who chaired the plenary held in Lisbon in June 2032?")["short_answer"] or "")
    assert " min ho lee kari " in said, said


@pytest.mark.slow
@pytest.mark.parametrize("question, absent", [
    ("Who convened the Kyoto dust workshop?", " convened "),  # the label's line below is a sentence
    ("Who chaired the Nairobi symposium?", " min ho lee "),  # a chair of another meeting
])
def test_no_holder(answerer, question, absent):
    said = words_of(answerer.answer(question)["short_answer"] or "")
    assert absent not in said, said


SIGNATORIES = """Name Title Agency
Ana Lima President ASI (Agenzia Spaziale Italiana)
Tomasz-Jan
Zielinski
Head of the Exploration
Office
POLSA (Polish Space Agency)
Rui Costa Director General European Space Agency (ESA)
Signed at the plenary of 3 May 2031."""


def _hit(text: str) -> SearchHit:
    return SearchHit(rank=1, score=1.0, scores=HitScores(1.0, None, None, None, None), text=text, page=1, pages=[1],
                     section=None, passage="http://x/p/1", passage_id="statement-2031/1",
                     document=DocumentRef("statement-2031", "Joint Statement 2031", 2031, "statement", "http://x/d"),
                     highlight=Highlight(text, 0, 0, text))


@pytest.mark.parametrize("question, title", [
    ("What was Tomasz-Jan Zielinski's title when he signed the statement?", "Head of the Exploration Office"),
    ("What was Ana Lima's title?", "President"),
    ("What is Rui Costa's title?", "Director General"),
])
def test_title_of_a_wrapped_row(answerer, question, title):
    assert lists.person_role_row(question, [_hit(SIGNATORIES)], answerer.mentions_in).items == [title]
