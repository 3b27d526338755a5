"""The best-matching sentence of a passage (records.Highlight.of marks it)."""

from __future__ import annotations

from typing import Callable

from ..text import sentence_spans


def best_span(text: str, score: Callable[[list[str]], list[float]]) -> tuple[int, int]:
    """The span of the sentence ``score`` (sentences -> one score each) rates highest; the first
    on ties."""
    spans = sentence_spans(text) or [(0, len(text))]
    scores = score([text[s:e] for s, e in spans])
    best = max(range(len(spans)), key=lambda i: (scores[i], -i))
    return spans[best]
