"""Passages: sentence-aligned, bounded in size, one section each, offsets into the page text."""

from __future__ import annotations

import pytest

from isecg_kg.ingest.chunk import chunk
from isecg_kg.ingest.clean import clean_document
from isecg_kg.ingest.extract import read_document
from isecg_kg.ingest.model import Page, Segment
from isecg_kg.settings import Settings

from .samples import REPORT, SAMPLES, prose_lines, write_pdf

MIN, MAX = Settings.chunk_min_words, Settings.chunk_max_words
DOCUMENTS = [REPORT, SAMPLES / "pdflatex-4-pages.pdf", SAMPLES / "crazyones-pdfa.pdf", SAMPLES / "google-doc-document.pdf"]


def _passages(path):
    pages = clean_document(read_document(path))
    return pages, chunk(path.stem, pages, min_words=MIN, max_words=MAX, overlap=1)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_offsets_point_at_the_passage_in_the_page_text(path):
    pages, passages = _passages(path)
    text = {p.page: p.text for p in pages}
    assert passages
    for p in passages:
        if len(p.pages) == 1:
            assert text[p.page][p.char_start:p.char_end] == p.text
        else:
            first, last = p.text.split("\n")[0].split(". ")[0], p.text.split()[-1]
            assert text[p.pages[0]][p.char_start:].startswith(first)
            assert text[p.pages[-1]][:p.char_end].endswith(last)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_passages_never_cross_a_heading(path):
    pages, passages = _passages(path)
    by_page = {p.page: p for p in pages}
    for p in passages:
        spans = [(p.pages[0], p.char_start, p.char_end if len(p.pages) == 1 else len(by_page[p.pages[0]].text))]
        spans += [(n, 0, len(by_page[n].text)) for n in p.pages[1:-1]]
        spans += [(p.pages[-1], 0, p.char_end)] if len(p.pages) > 1 else []
        for number, start, end in spans:
            for seg in by_page[number].segments:
                announced = by_page[number].text[:seg.start].rstrip().endswith(":")  # a table's first line
                assert seg.kind != "heading" or announced or seg.end <= start or seg.start >= end, (p.id, p.section)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_passage_sizes(path):
    """At most MAX words; fewer than MIN only where a section has no more text (or the
    rest would not fit in the passage before)."""
    _, passages = _passages(path)
    for before, p, after in zip([None, *passages], passages, [*passages[1:], None]):
        words = len(p.text.split())
        assert words <= MAX, p.id
        if words < MIN:
            ends_section = after is None or after.section != p.section
            could_merge = before is not None and before.section == p.section and \
                len(before.text.split()) + words <= MAX
            assert ends_section and not could_merge, (p.id, words)


def test_sentence_aligned_with_one_sentence_of_overlap(tmp_path):
    path = write_pdf(tmp_path / "long.pdf", [[("Power Systems", 16), *[(l, 10) for l in prose_lines(700)]]])
    _, passages = _passages(path)
    assert len(passages) >= 3 and {p.section for p in passages} == {"Power Systems"}
    for p, nxt in zip(passages, passages[1:]):
        assert p.text[0].isupper() and p.text.endswith("."), p.text[-40:]
        last_sentence = p.text.rsplit(". ", 1)[-1]
        assert nxt.text.startswith(last_sentence)


def test_an_overlong_sentence_is_cut_to_the_bound(tmp_path):
    table = " ".join(f"cell{i}" for i in range(600))  # a table flattened into one line, no full stop
    path = tmp_path / "table.txt"
    path.write_text(f"Annex Table\n\n{table}\n", encoding="utf-8")
    pages = clean_document(read_document(path))
    passages = chunk("table", pages, min_words=MIN, max_words=MAX, overlap=1)
    assert [len(p.text.split()) for p in passages] == [250, 250, 100]
    assert " ".join(p.text for p in passages) == table


def _page(*parts: tuple) -> Page:
    """A page of (kind, text[, heading level]) segments, one a line; headings are of level 2 unless said."""
    text, segments = "", []
    for kind, line, *level in parts:
        segments.append(Segment(kind, len(text), len(text) + len(line), level[0] if level else 2 if kind == "heading" else 0))
        text += line + "\n"
    return Page(doc_id="d", page=1, text=text, segments=segments)


def test_a_table_stays_with_the_sentence_announcing_it():
    """A heading after text ending with a colon is the table's (or list's) first line, its column names
    read as a heading: it and the rows stay in the passage of the sentence that announces them."""
    page = _page(("heading", "Near-term themes"), ("body", "Three themes make up the scenario:"),
                 ("heading", "Theme Purpose"), ("body", "Asteroid visit Transport systems"),
                 ("body", "Lunar surface Science"), ("heading", "Observations"), ("body", "The roadmap closes."))
    passages = chunk("d", [page], min_words=MIN, max_words=MAX, overlap=1)
    assert [p.section for p in passages] == ["Near-term themes", "Observations"]
    assert passages[0].text == "Three themes make up the scenario:\nTheme Purpose\nAsteroid visit Transport " \
                               "systems\nLunar surface Science"
    assert page.text[passages[0].char_start:passages[0].char_end] == passages[0].text


def test_a_heading_with_no_text_of_its_own_names_the_next_section_too():
    page = _page(("heading", "4. Participating organisations"), ("heading", "Acronym Organisation", 4),
                 ("body", "KARI Korea Aerospace Research Institute"), ("heading", "5. Mechanism"),
                 ("heading", "6. Reading"), ("body", "A forum."))
    passages = chunk("d", [page], min_words=MIN, max_words=MAX, overlap=1)
    # A deeper heading is the empty one's subsection; one of the same level is its sibling, not its part.
    assert [p.section for p in passages] == ["Participating organisations — Acronym Organisation", "Reading"]
