"""Probes of a document's year read from its title (round 22): a genre and a date in brackets after the headline
("(news release, March 2026)") is the document's own date; an author and a year in brackets ("(Forum, 2013)") cites
another work."""

from __future__ import annotations

import pytest

from isecg_kg.ingest.catalog import describe
from isecg_kg.ingest.clean import clean_document
from isecg_kg.ingest.extract import Line, RawDocument


def _year(title: str, text: str) -> int | None:
    raw = RawDocument(pages=[[Line(t) for t in text.split("\n")]], info={"title": title})
    return describe("probe.pdf", raw, clean_document(raw), None)["year"]


# a side box opening the page dates the forum's founding, before the document's own date
BOX = "Key dates\nApril 2009 forum founded\nLunar forum admits two agencies\nThe forum admitted two agencies."


@pytest.mark.parametrize("title, year", [
    ("Lunar forum admits two agencies (news release, March 2026)", 2026),
    ("Two agencies join the forum (media advisory, 4 May 2027)", 2027),
    ("Review of the forum's roadmap (Forum, 2013)", 2009),  # a citation: the page's year, not the cited work's
])
def test_a_genre_and_date_in_brackets_date_the_document(title, year):
    assert _year(title, BOX) == year
