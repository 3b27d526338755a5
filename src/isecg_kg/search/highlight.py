"""The best-matching sentence of a passage, as offsets and as HTML-safe marked text."""

from __future__ import annotations

import html
import re
from typing import Callable

# Sentence ends: . ! ? followed by space and a capital, digit or opening quote/bracket; line breaks.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]?\s+(?=[\"“‘(\[A-Z0-9])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence of ``text``."""
    spans, cursor = [], 0
    for match in _BOUNDARY.finditer(text):
        spans.append((cursor, match.start() + len(match.group()) - len(match.group().lstrip("\"”’)]"))))
        cursor = match.end()
    spans.append((cursor, len(text)))
    out = []
    for start, end in spans:
        piece = text[start:end]
        if piece.strip():
            start += len(piece) - len(piece.lstrip())
            end -= len(piece) - len(piece.rstrip())
            out.append((start, end))
    return out


def best_span(text: str, score: Callable[[list[str]], list[float]]) -> tuple[int, int]:
    """The span of the sentence ``score`` (sentences -> one score each) rates highest; the first
    on ties."""
    spans = sentence_spans(text) or [(0, len(text))]
    scores = score([text[s:e] for s, e in spans])
    best = max(range(len(spans)), key=lambda i: (scores[i], -i))
    return spans[best]


def highlight(text: str, span: tuple[int, int]) -> dict:
    """The ``highlight`` field of a search result: the sentence, its offsets in ``text``, and
    ``text`` escaped for HTML with the sentence in <mark>."""
    start, end = span
    marked = (html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>"
              + html.escape(text[end:]))
    return {"sentence": text[start:end], "start": start, "end": end, "html": marked}
