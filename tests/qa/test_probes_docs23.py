"""Probes for the date a document of a series came out (round 23): asked of the edition of one year ("the 2031
edition of the dust survey"), a sentence's date of another year is that of the edition it replaces, told beside it.
Negatives: the date of the year asked, a question of something done to the document before it came out, a question
naming no edition by its year. What a document replaces asked with a long name of the earlier one ("Which earlier
version of the forum charter does Revision 4 replace?")."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated
from isecg_kg.qa.compose import _of_another_year


@pytest.mark.parametrize("question, short", [
    ("When was the 2031 edition of the dust survey released?", "May 2027"),
    ("In which month was the 2029 revision of the forum charter adopted?", "March 2026"),
])
def test_a_date_of_another_year_is_another_editions(question, short):
    assert _of_another_year(question, short)


@pytest.mark.parametrize("question, short", [
    ("When was the 2031 edition of the dust survey released?", "9 March 2031"),
    ("When was the 2031 update of the dust survey first discussed?", "2029"),
    ("When was the dust survey released?", "May 2027"),
    ("When had the dust survey that the 2031 edition replaces been released?", "May 2027"),
    ("When was the survey that the 2031 edition replaces released?", "May 2027"),
], ids=["same-year", "not-its-publication", "no-year-named", "another-document-had", "another-document-was"])
def test_no_other_edition_without_a_year_naming_it(question, short):
    assert not _of_another_year(question, short)


@pytest.mark.parametrize("question, doc", [
    ("Which earlier version of the forum charter does Revision 4 replace?", "Revision 4"),
    ("Which older edition of the dust survey did the 2031 summary supersede?", "the 2031 summary"),
])
def test_what_a_document_replaces_asked_by_a_long_name_of_it(question, doc):
    assert dated.relation_asked(question)[:2] == (doc, False)
