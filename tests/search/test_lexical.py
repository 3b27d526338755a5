import numpy as np

from isecg_kg.search.lexical import Lexical, tokenize


def test_tokenize_stems_and_drops_stop_words():
    assert tokenize("The agencies hosted 27 meetings in 2022") == ["agenc", "host", "27", "meet", "2022"]
    assert tokenize("agency hosting a meeting") == ["agenc", "host", "meet"]


def test_scores_rank_matching_passages_and_survive_a_round_trip(tmp_path):
    texts = ["Nuclear power and propulsion gap assessment", "Life support systems", "", "The the the"]
    index = Lexical.build(texts)
    scores = index.scores("nuclear propulsion")
    assert scores.shape == (4,) and scores[0] > 0 and not scores[1:].any()
    index.save(tmp_path / "bm25")
    assert np.allclose(Lexical.load(tmp_path / "bm25").scores("life support"), index.scores("life support"))
    assert not index.scores("unknown words only").any()


def test_idf_weights_rare_terms_higher():
    index = Lexical.build(["moon base", "moon rover", "moon lander", "mars rover"])
    idf = index.idf(tokenize("moon mars zzz"))
    assert idf["mar"] > idf["moon"] and "zzz" not in idf
