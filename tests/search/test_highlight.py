from isecg_kg.records import Highlight
from isecg_kg.search.highlight import best_span
from isecg_kg.text import sentence_spans

TEXT = "ISECG met in Paris. The TWG chose <nuclear> power.\nLife support is next!"


def test_sentence_spans():
    assert [TEXT[s:e] for s, e in sentence_spans(TEXT)] == [
        "ISECG met in Paris.", "The TWG chose <nuclear> power.", "Life support is next!"]


def test_best_sentence_is_marked_and_html_safe():
    span = best_span(TEXT, lambda sentences: [("nuclear" in s) * 1.0 for s in sentences])
    h = Highlight.of(TEXT, *span)
    assert h.sentence == "The TWG chose <nuclear> power."
    assert TEXT[h.start:h.end] == h.sentence
    assert "<mark>The TWG chose &lt;nuclear&gt; power.</mark>" in h.html
    assert "<nuclear>" not in h.html


def test_ties_go_to_the_first_sentence():
    assert best_span(TEXT, lambda sentences: [0.0] * len(sentences)) == sentence_spans(TEXT)[0]
