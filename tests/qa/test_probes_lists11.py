"""A count that sums up the list above it (qa/lists.py announced, _listed_above): "2.2 The forum noted that three
planetary rovers were at different stages of preparation." closing a table of what each delegation reported, or
"... Two crewed vehicles ..." after bullets a PDF ran together, answers "Which rovers ...?" with the rows (or
sentences) above it that name what the question's noun is qualified by (or the noun itself), when exactly as many do
as it counts.  Negatives: a count of another kind than asked ("two crewed vehicles" for "which cargo vehicles"), a
count whose rows cannot be told by their words ("two missions in lunar orbit or on their way there"), a count with no
list above it ("Two new gaps were added"): no rows are listed.  Documents: tests/data/probes/lists11/ (invented;
a Markdown record with a table, a PDF printed from HTML with bullets and a table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, words_of

pytestmark = pytest.mark.slow

FOLDER = Path(__file__).parent.parent / "data" / "probes" / "lists11"

# question: (the items the answer names, an item of the list above it the answer must not name); the base gave the
# count sentence alone
POSITIVES = {
    "Which rovers were at different stages of preparation, according to the record of the April 2021 forum?":
        (["chandrayaan 3", "zhurong", "rosalind franklin"], "ingenuity"),
    "Name the rovers the forum noted as being prepared in April 2021.":
        (["chandrayaan 3", "zhurong", "rosalind franklin"], "korea pathfinder"),
    "Which crewed vehicles arrived at the station in 2022, according to the bulletin?":
        (["crew dragon endurance", "soyuz ms 22"], "starliner"),
}
# question: words of the list above the count the answer must not hold (it lists nothing, as the base)
NEGATIVES = {
    "Which cargo vehicles arrived at the station in 2022, according to the bulletin?": ["soyuz", "progress ms 19"],
    "Which lunar missions were in lunar orbit or on their way there at the end of 2022?": ["danuri", "hakuto"],
    "Which gaps were added to the gap list of the Technology Working Group in April 2021?": ["chandrayaan", "zhurong"],
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(FOLDER, tmp_path_factory.mktemp("lists11"))


@pytest.mark.parametrize("question", list(POSITIVES))
def test_the_list_a_count_sums_up(answerer, question):
    answer = words_of(answerer.answer(question)["answer"] or "")
    items, other = POSITIVES[question]
    assert all(f" {item} " in answer for item in items), answer
    assert f" {other} " not in answer, answer


@pytest.mark.parametrize("question", list(NEGATIVES))
def test_no_list_of_another_kind(answerer, question):
    answer = words_of(answerer.answer(question)["answer"] or "")
    assert not any(f" {item} " in answer for item in NEGATIVES[question]), answer


def test_qualifiers_of_the_noun_asked():
    from isecg_kg.qa.lists import _qualifiers
    assert _qualifiers("At the round table, which Mars missions that lifted off in July 2020 were reported?",
                       "mission") == {"mars"}
    assert _qualifiers("Name the three rovers noted.", "rover") == set()
