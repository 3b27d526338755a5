"""Probes for when a document came out (round 21): a sentence telling what someone expected of a document ("they
expected the updated plan to be published around mid-2027") dates no publication; the graph's date is worded as a
day ("issued on 4 May 2027") or a month ("issued in May 2027"). Negatives: a publication told as having happened,
"as expected" or with the expectation in another word order, stays a fact."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated, sentences

PLANNED = [
    "The delegations discussed the plan and expected the updated atlas to be published around the middle of 2027.",
    "The working group anticipated its first relay survey to be released before the 2029 plenary.",
]
HAPPENED = [
    "The updated atlas was published in June 2027, as the delegations had expected.",
    "As expected by the agencies, the relay survey was released in March 2029.",
    "The agencies expected results and published the atlas in 2027.",
]


@pytest.mark.parametrize("sentence", PLANNED)
def test_what_someone_expected_of_a_document_is_a_plan(sentence):
    assert sentences._planned(sentence)


@pytest.mark.parametrize("sentence", HAPPENED)
def test_a_publication_that_happened_is_no_plan(sentence):
    assert not sentences._planned(sentence)


@pytest.mark.parametrize("issued, words", [("2027-05-04", "issued on 4 May 2027"), ("2027-05", "issued in May 2027"),
                                           ("2027", "issued in 2027")])
def test_the_issue_date_is_worded_as_precise_as_it_is(issued, words):
    composed = dated.issue_date([{"doc": "d", "title": "Lunar Atlas", "issued": issued}], "d")
    assert words in composed.text


@pytest.mark.parametrize("question, doc", [
    ("Which older agency report does the 2031 review replace as the standard reference on dust?", "the 2031 review"),
    ("Which earlier ISECG plan does the relay plan supersede?", "the relay plan"),
])
def test_what_a_document_replaces_with_the_role_it_takes_over(question, doc):
    assert dated.relation_asked(question)[:2] == (doc, False)


@pytest.mark.parametrize("question", ["Which paper does the review describe as the standard reference?",
                                      "Which agency does the 2031 review name as the lead?"])
def test_no_relation_asked_without_its_verb(question):
    assert dated.relation_asked(question) is None
