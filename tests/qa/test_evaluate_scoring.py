"""How `isecg-kg eval` scores an answer's evidence: a gold evidence string found in a shown passage of its document,
compared without case, spacing or how a raised mark is set (the cleaner writes a PDF's "Bauer6" as "Bauer ⁶")."""

from __future__ import annotations

from types import SimpleNamespace

from isecg_kg.qa.evaluate import corpus_right


def _hit(doc: str, text: str):
    return SimpleNamespace(document=SimpleNamespace(id=doc), text=text)


ITEM = {"kind": "fact", "doc": ["poster.pdf"], "answer": ["Markus Bauer"], "evidence": ["M. Bauer6, S. Kwon7"]}


def test_a_raised_mark_matches_the_figure_of_the_gold():
    shown = {"answer": "Markus Bauer", "evidence": [_hit("poster", "E. Lindqvist ¹, M. Bauer ⁶, S. Kwon ⁷ and F. Okoye ⁸")]}
    assert corpus_right(shown, ITEM) == (True, True)


def test_other_figures_or_another_document_are_no_evidence():
    assert corpus_right({"answer": "Markus Bauer", "evidence": [_hit("poster", "M. Bauer ⁵, S. Kwon ⁷")]}, ITEM) == \
        (True, False)
    assert corpus_right({"answer": "Markus Bauer", "evidence": [_hit("report", "M. Bauer ⁶, S. Kwon ⁷")]}, ITEM) == \
        (True, False)
