"""Split clean pages into sentence-aligned passages that never cross a section boundary."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clean import CleanPage
from .model import Passage

# A sentence ends at . ! ? (optionally closed by a quote or bracket) before a capital,
# digit, quote or bracket; or at a line break (list items and table rows).
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]?\s+(?=[\"“‘(\[A-Z0-9])|\n")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|no|nos|fig|figs|dr|mr|mrs|ms|prof|st|inc|ltd|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\b[A-Z])\.$", re.I)


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


def sentences(pages: list[CleanPage]) -> list[Sentence]:
    """Every sentence of the body text, with the heading it falls under."""
    out: list[Sentence] = []
    section: str | None = None
    for page in pages:
        for seg in page.segments:
            if seg.kind == "heading":
                section = page.text[seg.start:seg.end]
                out.append(Sentence("", page.page, seg.start, seg.start, section))  # a section break marker
                continue
            out.extend(_split(page, seg.start, seg.end, section))
    return out


def _split(page: CleanPage, start: int, end: int, section: str | None) -> list[Sentence]:
    text = page.text[start:end]
    result: list[Sentence] = []
    cursor = 0
    for match in _BOUNDARY.finditer(text):
        stop = match.start() + len(match.group()) - len(match.group().lstrip("\"”’)]"))
        if match.group() != "\n" and _ABBREVIATION.search(text[cursor:match.start()]):
            continue  # "e.g. The" or "J. Smith" is not a sentence end
        _add(result, page, start + cursor, text[cursor:stop], section)
        cursor = match.end()
    _add(result, page, start + cursor, text[cursor:], section)
    return result


def _add(result: list[Sentence], page: CleanPage, offset: int, piece: str, section: str | None) -> None:
    stripped = piece.strip()
    if stripped:
        s = offset + len(piece) - len(piece.lstrip())
        result.append(Sentence(stripped, page.page, s, s + len(stripped), section))


def chunk(doc_id: str, pages: list[CleanPage], *, min_words: int = 80, max_words: int = 250,
          overlap: int = 1) -> list[Passage]:
    """Greedy sentence packing: a passage closes once it reaches the target size (midway
    between min and max) or when the next sentence would push it past ``max_words``, and
    always at a section break.  The last ``overlap`` sentences open the next passage of
    the same section."""
    target = (min_words + max_words) // 2
    by_page = {p.page: p for p in pages}
    passages: list[Passage] = []
    group: list[Sentence] = []
    fresh = 0  # sentences in `group` not already emitted as overlap

    def emit():
        nonlocal group, fresh
        if group and fresh:
            passages.append(_passage(doc_id, len(passages), group, by_page))
        group = group[-overlap:] if overlap and len(group) > overlap else []
        fresh = 0

    for sent in sentences(pages):
        if not sent.text:  # section break
            emit()
            group, fresh = [], 0
            continue
        words = sum(s.words for s in group)
        if group and fresh and (words >= target or words + sent.words > max_words):
            emit()
        group.append(sent)
        fresh += 1
    emit()
    return passages


def _passage(doc_id: str, ordinal: int, group: list[Sentence], pages: dict[int, CleanPage]) -> Passage:
    parts = [group[0].text]
    for prev, s in zip(group, group[1:]):
        # Keep a line break where the page had one (list items, table rows stay one a line).
        gap = pages[s.page].text[prev.end:s.start] if s.page == prev.page else " "
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
