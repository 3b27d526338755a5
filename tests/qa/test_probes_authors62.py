"""The document a question names only by its year and genre, as its file does ("the 2041 journal article" is
coordination-journal-2041.md; its title says neither), for a question asking which agencies its authors work for
(qa/answerer._document_asked: the best passage's document also by its file name, type and year; "employed" and a count
of authors are words of the asking, not of the document), round 62, on a small invented corpus in other wording
than the development sets. The base found no document and answered nothing."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "coordination-journal-2041.md": """# From Lima to Oslo: two years of shared exploration planning

Ingrid Solberg¹, Kenji Harada²

¹ European Space Agency (ESA), ESTEC, Noordwijk, The Netherlands
² Japan Aerospace Exploration Agency (JAXA), Tsukuba, Japan

Published March 2041.

## Introduction

The International Space Exploration Coordination Group (ISECG) spent two years turning a shared vision into a working
forum with a chair, a secretariat and a first working group on lunar logistics.
""",
    "isecg-annual-report-2041.md": """# ISECG Annual Report 2041

*International Space Exploration Coordination Group (ISECG). Published 20 March 2042.*

The senior managers met in Oslo in May 2041, hosted by the Norwegian Space Agency.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("authors62"))


@pytest.mark.parametrize("question", [
    "Which agencies employed the two authors of the 2041 journal article?",
    "Which agencies employed the authors of the 2041 journal article?",
])
def test_authors_agencies_of_a_document_named_by_genre(answerer, question):
    said = words_of(answerer.answer(question)["answer"] or "")
    assert " esa " in said and " jaxa " in said, said
