"""Two-part questions whose second part asks, by a pronoun, of what the first asks of ("Where is the office housed,
and which agency runs it?"): answered from the first's sentence when it tells what the second asks done to it ("is
run by CNES and is housed at ..."), both values in the short answer, in the order asked.  Negatives: a second part
asking something the first's sentence does not tell ("which agency funds it?") gets no value from it, and one-part
questions keep their short answers.  "Where and on what date ...?" asks a place and a time at once, as "where and
when" does.  Documents: tests/data/probes/parts27/ (invented Markdown, other wording than
any development document)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, short_said

pytestmark = pytest.mark.slow

FOLDER = Path(__file__).parent.parent / "data" / "probes" / "parts27"

# question: the short answer, both parts
TWO_PARTS = {
    "Where is the ISECG Technical Office housed, and which agency runs it?": "toulouse space centre, toulouse; cnes",
    "When was the shared lunar data archive opened, and which agency maintains it?": "4 may 2021; kari",
}
# question: words the short answer must not hold (the sentence does not say who funds or built it)
NOT_TOLD = {
    "Where is the ISECG Technical Office housed, and which agency funds it?": "cnes",
    "When was the shared lunar data archive opened, and which agency built it?": "kari",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(FOLDER, tmp_path_factory.mktemp("parts27"))


@pytest.mark.parametrize("question", list(TWO_PARTS))
def test_both_parts_from_the_first_sentence(answerer, question):
    assert short_said(answerer.answer(question)) == TWO_PARTS[question]


@pytest.mark.parametrize("question", list(NOT_TOLD))
def test_a_deed_the_sentence_does_not_tell_gets_no_value(answerer, question):
    assert NOT_TOLD[question] not in short_said(answerer.answer(question))


# question: the short answer of one part asked alone
ONE_PART = {
    "Which agency runs the ISECG Technical Office?": "cnes",
    "On what date were the handbook's style rules settled?": "12 september 2018",
    "Where were the handbook's style rules settled?": "trieste",
}


def test_where_and_on_what_date_is_where_and_when(answerer):
    both = short_said(answerer.answer("Where and on what date were the handbook's style rules settled?"))
    assert both == short_said(answerer.answer("Where and when were the handbook's style rules settled?"))
    assert both.endswith(", 12 september 2018") and len(both) > len(", 12 september 2018"), both


@pytest.mark.parametrize("question", list(ONE_PART))
def test_one_part_keeps_its_short_answer(answerer, question):
    assert short_said(answerer.answer(question)) == ONE_PART[question]
