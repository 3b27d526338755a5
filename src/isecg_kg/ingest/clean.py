"""Turn raw page lines into clean page text with its headings marked.

What is removed: running headers and footers (lines repeated at the top or bottom of
most pages, digits ignored so "Page 3" matches "Page 4"), bare page numbers, bullet
glyphs.  What is repaired: ligatures, odd spaces, words hyphenated across lines,
prose lines wrapped by the layout (joined; list-like short lines keep their breaks so
tables stay one row a line).  Headings come from the font (larger than the body text,
or bold and on a line of their own) or, in plain text, from short lines standing alone.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from .extract import Line, RawDocument

LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_BULLET_ONLY = re.compile(r"^[\x7f\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\uf0b7\-\u2013*]+$")
_BULLET_LEAD = re.compile(r"^(?:[\x7f\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\uf0b7*]|-(?=\s))\s*")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$", re.I)
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")
EDGE_LINES = 4  # lines at the top and at the bottom of a page searched for running headers/footers


@dataclass
class Segment:
    kind: str  # "heading" or "body"
    start: int  # offsets in CleanPage.text
    end: int
    level: int = 0  # headings: 1 is the largest type in the document


@dataclass
class CleanPage:
    page: int
    text: str
    segments: list[Segment] = field(default_factory=list)


def normalise(text: str) -> str:
    for lig, plain in LIGATURES.items():
        text = text.replace(lig, plain)
    text = _INVISIBLE.sub("", text)
    return re.sub(r" {2,}", " ", _SPACES.sub(" ", text)).strip()


def clean_document(raw: RawDocument) -> list[CleanPage]:
    pages = [[Line(normalise(l.text), l.size, l.bold, l.heading) for l in page] for page in raw.pages]
    _drop_running_lines(pages)
    body_size = _body_size(pages)
    heading_sizes = sorted({l.size for p in pages for l in p if body_size and l.size > body_size * 1.1}, reverse=True)
    wrap_width = _wrap_width(pages)
    result = []
    for number, lines in enumerate(pages, start=1):
        result.append(_layout_page(number, lines, raw_text=body_size == 0, body_size=body_size,
                                   heading_sizes=heading_sizes, wrap_width=wrap_width))
    return result


def _edge_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _drop_running_lines(pages: list[list[Line]]) -> None:
    def edges(lines: list[Line]) -> list[int]:
        filled = [i for i, l in enumerate(lines) if l.text]
        return filled[:EDGE_LINES] + filled[-EDGE_LINES:]

    with_text = [p for p in pages if any(l.text for l in p)]
    counts: Counter = Counter()
    for lines in with_text:
        counts.update({_edge_key(lines[i].text) for i in edges(lines)})
    threshold = max(3, int(0.5 * len(with_text) + 0.5))
    running = {key for key, n in counts.items() if n >= threshold} if len(with_text) >= 3 else set()
    for lines in pages:
        drop = {i for i in edges(lines) if _edge_key(lines[i].text) in running or _PAGE_NUMBER.match(lines[i].text)}
        lines[:] = [l for i, l in enumerate(lines) if i not in drop]


def _body_size(pages: list[list[Line]]) -> float:
    sizes: Counter = Counter()
    for lines in pages:
        for l in lines:
            if l.size:
                sizes[l.size] += len(l.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _wrap_width(pages: list[list[Line]]) -> int:
    lengths = sorted(len(l.text) for p in pages for l in p if not _BULLET_ONLY.match(l.text))
    if not lengths:
        return 80
    return lengths[int(0.9 * (len(lengths) - 1))]


def _is_heading(line: Line, prev: Line | None, nxt: Line | None, *, raw_text: bool, body_size: float,
                heading_sizes: list[float]) -> int:
    """The heading level of a line (1 = largest), or 0 when it is not a heading."""
    words = line.text.split()
    if not words or len(words) > 18 or line.text.endswith((".", ",", ";")):
        return 0
    if line.heading:  # Markdown '#'
        return 1
    if raw_text:
        # Plain text: a short line standing alone between blank-free prose is a heading
        # when it starts with a capital or a section number and has no closing punctuation.
        alone = prev is None or prev.text == "" or nxt is None or nxt.text == ""
        return 2 if alone and re.match(r"^(\d+(\.\d+)*\.?\s+)?[A-Z]", line.text) and not _SENTENCE_END.search(line.text) and len(words) <= 12 else 0
    if line.size > body_size * 1.1:
        return heading_sizes.index(line.size) + 1 if line.size in heading_sizes else 1
    return 0


_CONNECTORS = {"and", "or", "of", "in", "on", "for", "the", "a", "an", "to", "with", "from", "by", "–", "-", "&"}


def _continues(heading: str, line: str, wrap_width: int) -> bool:
    """Whether ``line`` is the wrapped rest of ``heading`` rather than a heading of its own."""
    last = heading.split()[-1].lower()
    return line[:1].islower() or last in _CONNECTORS or len(heading) >= 0.6 * wrap_width


def _layout_page(number: int, lines: list[Line], *, raw_text: bool, body_size: float,
                 heading_sizes: list[float], wrap_width: int) -> CleanPage:
    parts: list[str] = []
    segments: list[Segment] = []
    offset = 0
    body: list[str] = []  # lines of the body run being built
    pending_bullet = False

    def emit(kind: str, text: str, level: int = 0):
        nonlocal offset
        if parts:
            parts.append("\n")
            offset += 1
        segments.append(Segment(kind, offset, offset + len(text), level))
        parts.append(text)
        offset += len(text)

    def flush_body():
        if body:
            emit("body", "".join(body).strip())
            body.clear()

    previous_heading: tuple[int, float] | None = None
    for i, line in enumerate(lines):
        text = line.text
        if _BULLET_ONLY.match(text):
            pending_bullet = True
            continue
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        level = _is_heading(line, prev, nxt, raw_text=raw_text, body_size=body_size, heading_sizes=heading_sizes)
        if level:
            flush_body()
            if previous_heading == (level, line.size) and _continues(parts[-1], text, wrap_width):
                # A heading wrapped over two lines: extend the previous one.
                parts[-1] += " " + text
                segments[-1].end += 1 + len(text)
                offset += 1 + len(text)
            else:
                emit("heading", text, level)
            previous_heading = (level, line.size)
            pending_bullet = False
            continue
        previous_heading = None
        if text == "":
            flush_body()
            continue
        bullet = pending_bullet or bool(_BULLET_LEAD.match(text))
        text = _BULLET_LEAD.sub("", text)
        pending_bullet = False
        if not text:
            continue
        if body:
            last = body[-1]
            wrapped = len(last) >= 0.7 * wrap_width and not bullet
            if wrapped and re.search(r"[A-Za-z]-$", last) and text[:1].islower():
                body[-1] = last[:-1]  # "explo-" + "ration" -> "exploration"
            elif wrapped:
                body.append(" ")
            else:
                body.append("\n")
        body.append(("- " if bullet else "") + text)
    flush_body()
    return CleanPage(page=number, text="".join(parts), segments=segments)
