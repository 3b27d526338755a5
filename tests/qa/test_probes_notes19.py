"""Probes (round 19): a sentence calling a note at its end is read with that note (sentences.notes_of,
rank_sentences): the note may hold the answer ("the other three joined ... ²" / "² The three agencies are ..."), or
say that what the question asks for is not named ("Agencies are not listed here."), when the names of the sentence
are of something else (its host), no answer.  A table's numbered rows are no notes; a note saying other things are
not named withholds nothing.  The complement of those who did ("the other three") answers who did not."""

import pytest

from isecg_kg.qa.sentences import notes_of, withholds

from .fixtures import answerer_over, words_of

DOCUMENTS = {
    "isecg-newsletter-2032.md": """# ISECG Newsletter 2032

*International Space Exploration Coordination Group · published 4 May 2032*

## Surface campaign

Nine agencies signed up to the surface campaign in 2032. Six of them had flown hardware to the Moon before; the other
three joined the campaign as first-time partners. ²

The dust workshop was held in Turin on 3 April 2032. ESA hosted the dust workshop; 45 engineers from seven agencies
took part. ³

## Notes

² The three agencies are the Australian Space Agency, KARI and ASI.

³ Attendance as given by the host. Agencies are not listed here.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("notes19"))


@pytest.mark.slow
def test_the_note_a_sentence_calls_answers(answerer):
    response = answerer.answer("Which three agencies had not flown hardware to the Moon before the surface campaign?")
    said = words_of(response["answer"] or "")
    assert all(f" {a} " in said for a in ("australian space agency", "kari", "asi")), said
    assert any("three agencies are" in r.text for r in response["evidence"][:3])


@pytest.mark.slow
def test_a_note_saying_the_asked_are_unnamed_leaves_no_answer(answerer):
    assert answerer.answer("Which agencies sent engineers to the dust workshop in Turin?")["answer"] is None
    # what the note does not withhold is still answered
    assert " esa " in words_of(answerer.answer("Who hosted the dust workshop in Turin?")["answer"] or "")


def test_notes_of_a_document():
    found = notes_of([("d/3", "Phase Name Start\n1 Using the station 2013\n2 Extending presence to the Moon 2021"),
                      ("d/4", "¹ A scenario is not a plan.\n2 The two agencies are CNSA and NSAU; both attended.")])
    assert found == {"1": ("A scenario is not a plan.", "d/4"), "2": ("The two agencies are CNSA and NSAU; both "
                                                                      "attended.", "d/4")}


@pytest.mark.parametrize("question, note, said", [
    ("Which agencies sent experts?", "Agencies are not named in this paper.", True),
    ("Which missions were presented?", "The missions were not listed by the organisers.", True),
    ("Which agencies sent experts?", "Participants are not named in this paper.", False),
    ("Who hosted the workshop?", "Agencies are not named in this paper.", False),
    ("Which agencies sent experts?", "Attendance as recorded by the organisers.", False),
])
def test_what_a_note_withholds(question, note, said):
    assert withholds(question, note) is said
