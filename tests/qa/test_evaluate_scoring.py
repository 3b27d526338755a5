"""How `isecg-kg eval` scores an answer's evidence: a gold evidence string found in a shown passage of its document,
compared without case, spacing, how a raised mark is set (the cleaner writes a PDF's "Bauer6" as "Bauer ⁶") or
Markdown's bold marks; a table's row, which the reader writes out with its columns' names, by its cells' words."""

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


ROW = {"kind": "fact", "doc": ["highlights.pdf"], "answer": ["2032"], "evidence": ["Korean Lunar Lander KARI – Moon 2032"]}
WRITTEN = ("Canadarm3 — Lead agency: CSA; Partners: NASA; Destination: Gateway; Indicative year: 2028\n"
           "Korean Lunar Lander — Lead agency: KARI; Partners: –; Destination: Moon; Indicative year: 2032")


def test_a_row_written_out_with_its_columns_names_shows_the_cells_the_pdf_prints():
    assert corpus_right({"answer": "2032", "evidence": [_hit("highlights", WRITTEN)]}, ROW) == (True, True)


def test_a_row_is_matched_whole_within_one_row_and_only_a_written_row():
    split = WRITTEN.replace("Destination: Moon", "Destination: Mars")  # the Moon only in another row
    assert corpus_right({"answer": "2032", "evidence": [_hit("highlights", split + "\nArgonaut — Destination: Moon")]},
                        ROW) == (True, False)
    prose = "The Korean Lunar Lander of KARI will land on the Moon in 2032, later than planned."
    assert corpus_right({"answer": "2032", "evidence": [_hit("highlights", prose)]}, ROW) == (True, False)


def test_markdown_bold_in_the_gold_string_is_not_compared():
    item = {**ITEM, "answer": ["Luca Bellini"], "evidence": ["**Session 3 – ISRU**, chaired by Luca Bellini (ESA)."]}
    shown = {"answer": "Luca Bellini", "evidence": [_hit("poster", "Session 3 – ISRU, chaired by Luca Bellini (ESA).")]}
    assert corpus_right(shown, item) == (True, True)
