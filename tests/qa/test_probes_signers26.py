"""Probes (round 26): "Which agencies signed the joint statement?" asks for a document's creators (its signatory
agencies, which the graph credits with it) when the document is named by its genre as a statement, declaration,
letter, communiqué or charter; "Which officials are quoted in the press release?" asks for the people whose
affiliation the document states in a quotation's attribution line ("“...” — A B, President, Agency"), in the order it
quotes them.  Near misses: agencies that signed up to something else, agencies quoted in a document, a verb of what
the agencies did besides signing; a person the document names in a sentence or a list of copies ("cc: A B, ESA"), a
dash in running text.  Written in other wording than the evaluation sets."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated


@pytest.mark.parametrize("question,document", [
    ("Which agencies signed the 2023 Lisbon declaration?", "the 2023 Lisbon declaration"),
    ("What organisations signed the joint letter of March 2020?", "the joint letter of March 2020"),
    ("Which space agencies signed the 2016 communiqué on lunar data?", "the 2016 communiqué on lunar data"),
    ("List the agencies that signed the ISECG statement of principles.", "the ISECG statement of principles"),
])
def test_signatory_agencies_asked(question, document):
    assert dated.creators_asked(question) == document


@pytest.mark.parametrize("question", [
    "Which agencies signed up to the Global Exploration Strategy?",
    "Which agencies were quoted in the 2024 press release?",
    "Which agencies that joined in 2021 signed the declaration?",
])
def test_no_signatory_agencies_asked(question):
    assert dated.creators_asked(question) is None


@pytest.mark.parametrize("question,document", [
    ("Which officials are quoted in the April 2024 press release?", "the April 2024 press release"),
    ("What agency heads were quoted in the Lisbon communiqué?", "the Lisbon communiqué"),
    ("Name the people quoted in the 2022 bulletin.", "the 2022 bulletin"),
])
def test_quoted_people_asked(question, document):
    assert dated.quoted_asked(question) == document


@pytest.mark.parametrize("question", ["Who is quoted in the 2024 release as President of the agency?",
                                      "Which agencies are quoted in the 2024 release?",
                                      "Which officials attended the April 2024 meeting?"])
def test_no_quoted_people_asked(question):
    assert dated.quoted_asked(question) is None


PASSAGE = ("The agencies met in Lisbon on 4 April 2024. Copies went to Dr Ana Lima — ESA, and the meeting was "
           "opened by Rui Paz, President of PT Space.\n“We are proud to host this meeting.”\n— Ricardo Conde, President, "
           "Portuguese Space Agency\n“Every partner has a part to play.”\n— Dr Ines Falk, Head of the ISECG Secretariat "
           "(ESA)\ncc: Ana Lima, ESA")
PEOPLE = {"p/falk": "Ines Falk", "p/conde": "Ricardo Conde", "p/lima": "Ana Lima", "p/paz": "Rui Paz"}


def _row(person, sentence, at="0"):
    return {"person": person, "x": "o/x", "at": at, "passage0": "passage/0", "sentence0": sentence}


def test_quoted_people_in_the_order_quoted():
    names = dated.Names(label=lambda i: PEOPLE.get(i, "Lisbon release"), short=lambda i: PEOPLE.get(i, i),
                        passage=lambda iri: PASSAGE)
    rows = [_row("p/falk", "“Every partner has a part to play.” — Dr Ines Falk, Head of the ISECG Secretariat (ESA)"),
            _row("p/conde", "— Ricardo Conde, President, Portuguese Space Agency"),
            _row("p/lima", "cc: Ana Lima, ESA"),  # a list of copies: no quotation's attribution
            _row("p/lima", "Copies went to Dr Ana Lima — ESA, and the meeting was opened by Rui Paz."),  # a dash in prose
            _row("p/paz", "Copies went to Dr Ana Lima — ESA, and the meeting was opened by Rui Paz, President of PT Space.")]
    composed = dated.quoted_people("doc/release", names).compose(rows)
    assert composed.short == "Ricardo Conde and Ines Falk"
    assert "Head of the ISECG Secretariat (ESA)" in composed.text


def test_no_quotation_no_answer():
    names = dated.Names(label=lambda i: PEOPLE.get(i, "Lisbon release"), short=lambda i: PEOPLE.get(i, i))
    assert dated.quoted_people("doc/release", names).compose([_row("p/lima", "cc: Ana Lima, ESA")]) is None
