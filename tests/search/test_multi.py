"""Search over many documents across years (the shipped report + tests/data/corpus-multi): the figures
bench/search_quality.py reports, held as floors."""

import pytest
from conftest import DATA

from isecg_kg.search import SearchEngine
from isecg_kg.search.evaluate import DEPTH, first_hit, load_questions, same_document

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def multi_engine(multi_build, multi_settings):
    return SearchEngine.from_build(multi_build, multi_settings)


def ranks(engine, mode):
    questions = [q for q in load_questions(DATA / "corpus-multi" / "qa.jsonl") if q["evidence"]]
    return [first_hit(engine.search(q["question"], k=DEPTH, mode=mode)["results"], q["evidence"], q["doc"])
            for q in questions]


def test_hybrid_beats_its_parts_on_many_documents(multi_engine):
    figures = {}
    for mode in ("hybrid", "dense", "lexical"):
        found = ranks(multi_engine, mode)
        figures[mode] = (sum(r == 1 for r in found if r), sum(r <= 5 for r in found if r),
                         sum(1 / r for r in found if r) / len(found))
    hybrid = figures["hybrid"]
    assert hybrid[0] >= 24 and hybrid[1] >= 27 and hybrid[2] >= 0.92, figures  # the targets
    for part in ("dense", "lexical"):
        assert all(h > p for h, p in zip(hybrid, figures[part])), figures


def test_a_question_naming_a_document_gets_its_passages_first(multi_engine):
    results = multi_engine.search("What did the second edition of the roadmap propose?", k=3)["results"]
    assert all(same_document(r.document.id, "ger-2013-second-edition.pdf") for r in results[:2])
    assert results[0].scores.document > 0
    # Diversified: a broad question shows passages of several documents in the top 5.
    broad = multi_engine.search("ISECG member agencies", k=5)["results"]
    assert len({r.document.id for r in broad}) >= 3
