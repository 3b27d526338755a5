"""Split clean pages into passages: whole sentences, about min..max words, the last
sentence of a passage repeated at the start of the next, never across a heading — except where
the text before the heading announces what follows (it ends with a colon: "The participants
are:"): the heading is then the first line of that table or list (its column names), which stays
with its announcement.  So does a table's header row (a heading below the section's level that the PDF follows with
rows) after a section opening too short to be a passage of its own ("The campaign has three phases. They are listed below."): a
passage of that opening alone would rank above the table it announces.  A heading with no text of its own before the next heading (a chapter
title over a subheading: a deeper level) is kept in the next one's section name: "4. Participants — Acronym
Name"; an empty heading followed by one of its own level or higher is a section of its own without text.

Offsets: a passage starts at ``char_start`` in the text of its first page and ends at
``char_end`` in the text of its last page; within one page,
``page.text[char_start:char_end] == passage.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import sentence_spans
from .model import Page, Passage

@dataclass
class Sentence:
    text: str
    page: int
    start: int  # offsets in that page's clean text
    end: int
    section: str | None

    @property
    def words(self) -> int:
        return len(self.text.split())


def sections(pages: list[Page], min_words: int = 0) -> list[list[Sentence]]:
    """The body sentences of each section, in order (a heading starts a new section; text
    before the first heading forms a section without a title).  See the module doc for a heading
    after a colon, a table's header row after an opening under ``min_words`` and a heading with no
    text of its own."""
    runs: list[list[Sentence]] = [[]]
    section: str | None = None
    heading: str | None = None
    level = 0
    notes: list[Sentence] = []  # footnotes the section's text runs on past: after the section
    cut = 0  # the length of the run when they were set aside

    def put_notes():
        # in place when no text followed them (a table's last row), else a run of their own
        if len(runs[-1]) == cut:
            runs[-1].extend(notes)
        else:
            runs.append(list(notes))
        notes.clear()

    for page in pages:
        for i, seg in enumerate(page.segments):
            if seg.kind == "note" and (notes or runs[-1] and not _CLOSED.search(runs[-1][-1].text)):
                cut = cut if notes else len(runs[-1])
                notes.extend(_split(page, seg.start, seg.end, section))  # not inside the sentence the page cut
            elif seg.kind == "note":
                runs[-1].extend(_split(page, seg.start, seg.end, section))
            elif seg.kind != "heading":
                runs[-1].extend(_split(page, seg.start, seg.end, section))
            elif runs[-1] and (runs[-1][-1].text.rstrip().endswith(":")
                               or heading is not None and seg.level > level and _heads_rows(page, i)
                               and _words(runs[-1]) < min_words):  # (before any heading: a title, no table)
                runs[-1].append(Sentence(page.text[seg.start:seg.end], page.page, seg.start, seg.end, section))
            else:
                parent = heading if heading and not runs[-1] and level < seg.level else None
                heading, level = _SECTION_NUMBER.sub("", page.text[seg.start:seg.end]), seg.level
                section = f"{parent} — {heading}" if parent else heading
                if notes:
                    put_notes()
                runs.append([])
    if notes:
        put_notes()
    return [run for run in runs if run]


def _heads_rows(page: Page, i: int) -> bool:
    """Whether heading ``i`` of the page is a table's header row: rows follow it."""
    return i + 1 < len(page.segments) and page.segments[i + 1].kind == "row"


_CLOSED = re.compile(r"[.!?:;][\"”’)]?\s*$")
# A heading's number, no part of its section's name: "2.3 Membership", "3. Events", "A.1 Acronyms" (not a year:
# "2030 and Beyond")
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}|[A-Z]\.\d{1,2})(?:\.\d{1,2})*\.?\s+(?=[A-Z])")


def _split(page: Page, start: int, end: int, section: str | None) -> list[Sentence]:
    return [Sentence(page.text[s:e], page.page, s, e, section) for s, e in sentence_spans(page.text, start, end)]


def _bounded(sentence: Sentence, max_words: int) -> list[Sentence]:
    """A sentence longer than ``max_words`` (a table flattened into one line, a run-on
    list) cut at word boundaries, so that no passage exceeds the bound."""
    words = list(re.finditer(r"\S+", sentence.text))
    if len(words) <= max_words:
        return [sentence]
    pieces = []
    for i in range(0, len(words), max_words):
        first, last = words[i], words[min(i + max_words, len(words)) - 1]
        pieces.append(Sentence(sentence.text[first.start():last.end()], sentence.page,
                               sentence.start + first.start(), sentence.start + last.end(), sentence.section))
    return pieces


def chunk(doc_id: str, pages: list[Page], *, min_words: int = 80, max_words: int = 250,
          overlap: int = 1) -> list[Passage]:
    """Passages of whole sentences, each within one section, numbered in reading order."""
    passages: list[Passage] = []
    by_page = {p.page: p for p in pages}
    for run in sections(pages, min_words):
        run = [piece for s in run for piece in _bounded(s, max_words)]
        for group in _pack(run, min_words=min_words, max_words=max_words, overlap=overlap):
            passages.append(_passage(doc_id, len(passages), group, by_page))
    return passages


def _pack(run: list[Sentence], *, min_words: int, max_words: int, overlap: int) -> list[list[Sentence]]:
    """Greedy packing of one section's sentences: a passage closes once it reaches the target
    size (midway between min and max) or when the next sentence would push it past
    ``max_words``.  The last ``overlap`` sentences of a passage open the next one, unless
    that would leave no room.  A short tail joins the passage before it when both fit."""
    target = (min_words + max_words) // 2
    groups: list[list[Sentence]] = []
    group: list[Sentence] = []
    carried = 0  # sentences at the start of `group` repeated from the passage before
    for sent in run:
        size = _words(group)
        if group and (size >= target or size + sent.words > max_words):
            groups.append(group)
            keep = group[-overlap:] if overlap and len(group) > overlap else []
            if _words(keep) + sent.words > max_words:
                keep = []
            group, carried = list(keep), len(keep)
        group.append(sent)
    if group:
        fresh = group[carried:]
        if groups and _words(fresh) < min_words and _words(groups[-1]) + _words(fresh) <= max_words:
            groups[-1] = groups[-1] + fresh
        else:
            groups.append(group)
    return groups


def _words(group: list[Sentence]) -> int:
    return sum(s.words for s in group)


def _passage(doc_id: str, ordinal: int, group: list[Sentence], pages: dict[int, Page]) -> Passage:
    parts = [group[0].text]
    for prev, s in zip(group, group[1:]):
        # Keep a line break where the page had one (list items, table rows stay one a line).
        gap = pages[s.page].text[prev.end:s.start] if s.page == prev.page else ("\n" if s.text[:2] == "- " else " ")
        parts.append("\n" if "\n" in gap else " ")
        parts.append(s.text)
    return Passage(
        id=f"{doc_id}/{ordinal}",
        doc_id=doc_id,
        ordinal=ordinal,
        text="".join(parts),
        section=group[0].section,
        pages=sorted({s.page for s in group}),
        char_start=group[0].start,
        char_end=group[-1].end,
    )
