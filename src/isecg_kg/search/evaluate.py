"""`isecg-kg eval search`: hit@1, hit@5 and MRR@10 of lexical, dense and hybrid search.

A question is answered at rank r when the passage at rank r shows one of its ``evidence`` strings (``shows``:
compared without case, spacing, how a raised mark or Markdown's bold is set; a table's row by its cells).  Gold:
JSON lines {"question", "evidence": [...]}.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..indexes import require_build
from ..records import SearchHit
from ..settings import Settings
from ..text import PLAIN_FIGURES, SUPERSCRIPT_DIGITS, words
from .params import MODES

DEPTH = 10
# Ranking figures, then "highlight": of the questions hit in the top 10, the share whose first hit's
# highlighted sentence holds the evidence (the sentence a reader's eye goes to).
RANKING = ("hit@1", "hit@5", "mrr@10")
METRICS = RANKING + ("highlight",)


def load_questions(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


RAISED_MARK_RE = re.compile(rf"\s+([{SUPERSCRIPT_DIGITS}])")
BOLD_MARK_RE = re.compile(r"\*\*|__")
# A table's row as the reader writes it out: its label, a dash, then its columns by name ("Korean Lunar Lander —
# Lead agency: KARI; Destination: Moon; Indicative year: 2032")
WRITTEN_ROW_RE = re.compile(r"^.+? — .+?: ")


def squash(text: str) -> str:
    """Text compared without case, spacing, how a raised mark is set (the cleaner writes the "Bauer6" of a PDF's
    author line as "Bauer ⁶") or Markdown's bold marks (which the reader drops)."""
    return " ".join(RAISED_MARK_RE.sub(r"\1", BOLD_MARK_RE.sub("", text)).translate(PLAIN_FIGURES).lower().split())


def shows(text: str, evidence: list[str]) -> bool:
    """Whether ``text`` shows one of the evidence strings (``squash``ed), or, in a table's row the reader wrote out
    with its columns' names, every word of one: a gold string copies a row's cells as the PDF prints them ("Korean
    Lunar Lander KARI – Moon 2032")."""
    flat = squash(text)
    if any(squash(e) in flat for e in evidence):
        return True
    rows = [set(words(line)) for line in text.splitlines() if WRITTEN_ROW_RE.match(line)]
    return any(set(words(e)) <= row for e in evidence for row in rows)


def first_hit(results: list[SearchHit], evidence: list[str], docs: list[str] | None = None) -> int | None:
    """1-based rank of the first result showing an evidence string (of one of ``docs``, file names,
    when given), or None."""
    for result in results:
        if shows(result.text, evidence) and (not docs or _of(result, docs)):
            return result.rank
    return None


def _of(result: SearchHit, docs: list[str]) -> bool:
    """Whether the hit's document is one of ``docs`` (file names)."""
    return any(same_document(result.document.id, d) for d in docs)


def same_document(doc_id: str, file_name: str) -> bool:
    """Whether ``doc_id`` is the document of ``file_name``: its file's stem, prefixed with its folder
    when it was ingested from outside the corpus folder."""
    stem = Path(file_name).stem
    return doc_id == stem or doc_id.endswith("-" + stem)


def evaluate(engine, questions: list[dict], *, modes=MODES) -> dict[str, dict[str, float]]:
    """{mode: {metric: value}} for every metric of METRICS."""
    figures = {}
    for mode in modes:
        ranks, highlighted = [], 0
        for q in questions:
            results = engine.search(q["question"], k=DEPTH, mode=mode)["results"]
            rank = first_hit(results, q["evidence"], q.get("doc"))
            ranks.append(rank)
            if rank and shows(results[rank - 1].highlight.sentence, q["evidence"]):
                highlighted += 1
        n = len(questions)
        figures[mode] = {
            "hit@1": sum(r == 1 for r in ranks if r) / n,
            "hit@5": sum(r <= 5 for r in ranks if r) / n,
            "mrr@10": sum(1 / r for r in ranks if r) / n,
            "highlight": highlighted / max(1, sum(r is not None for r in ranks)),
        }
    return figures


def format_table(figures: dict[str, dict[str, float]]) -> str:
    modes = list(figures)
    lines = [f"{'':12}" + "".join(f"{m:>10}" for m in modes)]
    for metric in METRICS:
        lines.append(f"{metric:12}" + "".join(f"{figures[m][metric]:>10.3f}" for m in modes))
    return "\n".join(lines)


def main(settings: Settings, gold: Path) -> int:
    from .engine import SearchEngine

    questions = load_questions(gold)
    engine = SearchEngine.from_build(require_build(settings), settings)
    print(f"{len(questions)} questions from {gold}; a hit = an evidence string inside a returned passage")
    print(format_table(evaluate(engine, questions)))
    return 0
