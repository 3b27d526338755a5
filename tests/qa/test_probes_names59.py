"""Stop 59 probes of the names a question asks about that no entity covers: an acronym of three capitals or more is
one ("Which agency planned the SLIM lander?": only a passage naming SLIM answers, not a sentence on another mission
of the same paper), as a run of capitalised words is (qa/answerer._unknown_names, NAME_RUN); a document's kind
written as an acronym ("the 2016 FAQ") names no thing (OTHER_GENRE_WORDS), nor does a word opening the question or an
acronym an entity covers. Written in other names than any set's; development set ak showed the form."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from isecg_kg.qa.answerer import _unknown_names


@pytest.mark.parametrize(("question", "names"), [
    ("Which agency planned the HERON lander in 2031?", [["heron"]]),
    ("Which agency planned the Heron Lunar Lander in 2031?", [["heron", "lunar", "lander"]]),
    ("According to the 2031 FAQ, where is the secretariat?", []),
    ("NASA planned which lander?", []),
])
def test_names_no_entity_covers(question, names):
    assert _unknown_names(question, []) == names


def test_an_acronym_an_entity_covers_is_no_unknown_name():
    question = "Which lander did KARI plan in 2031?"
    at = question.index("KARI")
    assert _unknown_names(question, [SimpleNamespace(start=at, end=at + 4)]) == []
