"""A plain-text document's title read from its head lines."""

from __future__ import annotations

from isecg_kg.ingest.catalog import _head_title
from isecg_kg.ingest.extract import Line, RawDocument


def raw(text: str, **line) -> RawDocument:
    return RawDocument(pages=[[Line(t, **line) for t in text.split("\n")]], info={})


def test_the_headline_after_the_genre_body_and_dateline():
    head = ("NEWS RELEASE\nLunar Exploration Forum (LEF)\nEmbargoed until 3 June 2027\n\n"
            "Three agencies join the forum at its Vienna plenary\n\nVIENNA, 3 June 2027 -- Delegates met.")
    assert _head_title(raw(head)) == "Three agencies join the forum at its Vienna plenary"


def test_the_title_under_the_issuing_body_with_label_lines_after():
    head = "MARS FORUM (MF)\nWorking Group Telecon -- Minutes\nPlace: online\nDates: 4 May 2026\n\n1. Opening"
    assert _head_title(raw(head)) == "Working Group Telecon -- Minutes"


def test_no_title_from_prose_or_a_document_with_fonts():
    prose = "The forum met in Vienna on 3 June 2027.\nIt agreed a plan.\nIt elected a chair.\nIt closed."
    assert _head_title(raw(prose)) is None
    assert _head_title(raw("Three agencies join the forum", size=12.0)) is None
