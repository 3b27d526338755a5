"""Probes (round 20): a question asking for the people who made a document in an imperative or "which people" form
("Name the experts who drafted ...", "Which individuals compiled ...?") is asked as "Who drafted ...?" is (the
people the document credits, with their bodies); near misses that ask no making stay out."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated


@pytest.mark.parametrize("question", [
    "Name the experts who drafted the 2019 lunar surface study and their employers.",
    "List the people who compiled the annual report of 2012.",
    "Which individuals edited the 2022 supplement?",
    "Who prepared the 2018 roadmap?",
])
def test_people_who_made_a_document(question):
    assert dated.WHO_MADE.search(question)


@pytest.mark.parametrize("question", [
    "Name the people who attended the Rome meeting.",
    "Which people chaired the workshop sessions?",
    "Which agencies prepared the 2018 roadmap?",  # the bodies: their own route
])
def test_no_making_asked(question):
    assert not dated.WHO_MADE.search(question)
