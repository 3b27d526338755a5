"""The one sentence splitter, and that chunking, highlighting, answering and graph evidence agree on it."""

from __future__ import annotations

from isecg_kg import text
from isecg_kg.ingest.chunk import sections
from isecg_kg.ingest.model import Page, Segment
from isecg_kg.kg.text import DocumentText, Line
from isecg_kg.qa.sentences import split_sentences
from isecg_kg.search.highlight import best_span

PASSAGE = ("Agencies such as JAXA, e.g. the Japanese agency, met Dr. Smith on 3 Sept. 2013 in Tokyo. "
           "“The roadmap was released.” 12 agencies signed it (2011). "
           "Which came first? The plan!\n"
           "- Asteroid Next\n"
           "Moon Next")
SENTENCES = ["Agencies such as JAXA, e.g. the Japanese agency, met Dr. Smith on 3 Sept. 2013 in Tokyo.",
             "“The roadmap was released.”", "12 agencies signed it (2011).", "Which came first?", "The plan!",
             "- Asteroid Next", "Moon Next"]


def test_sentence_spans_keep_abbreviations_quotes_and_lines():
    spans = text.sentence_spans(PASSAGE)
    assert [PASSAGE[s:e] for s, e in spans] == SENTENCES
    assert text.sentence_spans("  one.  Two  ", 1) == [(2, 6), (8, 11)]
    assert text.sentence_spans("x. Ab. Cd. J. Ed", 3) == [(3, 6), (7, 10), (11, 16)]  # "J." is an initial
    assert text.sentences("\n\n") == []
    # a list number ends no sentence ("1. ASI 10. NSAU"), a name ending in a number does ("Luna-27. The")
    assert text.sentences("1. ASI 10. NSAU") == ["1. ASI 10. NSAU"]
    assert text.sentences("It flew Luna-27. The lander worked.") == ["It flew Luna-27.", "The lander worked."]
    assert text.strip_marker("- Asteroid Next") == "Asteroid Next" and text.is_list_item("• x")


def test_fold_and_words():
    assert text.fold("Ｔhe ﬁrst  “Edition” — Côte") == 'the first "edition" - cote'
    assert text.words("GER-2013: second edition’s") == ["ger", "2013", "second", "edition", "s"]


def test_chunk_highlight_answer_and_evidence_split_alike():
    page = Page("doc", 1, PASSAGE, [Segment("body", 0, len(PASSAGE))])
    chunked = [s.text for run in sections([page]) for s in run]
    lines = [Line(1, PASSAGE.index(line), line, False) for line in PASSAGE.split("\n")]
    evidence = [s.text for line in lines for s in DocumentText([], []).sentences(line)]
    offered: list[str] = []
    best_span(PASSAGE, lambda sentences: offered.extend(sentences) or [0.0] * len(sentences))
    answers = split_sentences(PASSAGE.replace("The plan!", "The plan:"))
    assert chunked == evidence == offered == SENTENCES
    # The answerer drops list markers and carries a list after its lead sentence (the marked items:
    # an unmarked line after them is not one).
    assert answers == SENTENCES[:4] + ["The plan: Asteroid Next", "Moon Next"]
    assert split_sentences("Pathways:\nAsteroid Next;\nMoon Next.\nThe 2013 edition replaced them.") == [
        "Pathways: Asteroid Next; Moon Next", "The 2013 edition replaced them."]


def test_a_matrix_row_s_label_loses_its_marks_a_role_row_s_none():
    marks = [("●", " NASA, ESA"), ("○", " DLR")]
    assert text.without_marks("Dust mitigation ● ○ ●", marks) == "Dust mitigation"
    assert text.without_marks("Dust mitigation ● ○", marks) is None  # three columns marked, two marks written
    assert text.without_marks("Precision landing", [("Lead agency", "JAXA"), ("Supporting agencies", "DLR")]) is None
    assert text.without_marks("✓ lead", [("✓", "CNES"), ("lead", "UKSA")]) is None  # no label beside its marks
