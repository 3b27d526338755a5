import numpy as np

from isecg_kg.search import dense


def unit(rows, dim=16, seed=0):
    v = np.random.default_rng(seed).normal(size=(rows, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_exact_below_threshold_approximate_above(tmp_path):
    vectors = unit(300)
    exact = dense.build_index(vectors, ann_threshold=1000, ef_search=64)
    approximate = dense.build_index(vectors, ann_threshold=100, ef_search=64)
    assert dense.kind(exact) == "exact" and dense.kind(approximate) == "hnsw"
    rows, scores = dense.search(exact, vectors[7], 5)
    assert rows[0] == 7 and np.isclose(scores[0], 1.0) and list(scores) == sorted(scores, reverse=True)
    dense.save(approximate, tmp_path / "i.faiss")
    assert dense.search(dense.load(tmp_path / "i.faiss", ef_search=64), vectors[7], 1)[0][0] == 7


def test_filtered_search_returns_only_allowed_rows():
    vectors = unit(200)
    allowed = np.array([3, 50, 120], dtype=np.int64)
    for threshold in (1000, 10):  # exact, then HNSW
        index = dense.build_index(vectors, ann_threshold=threshold, ef_search=32)
        rows, _ = dense.search(index, vectors[7], 10, allowed=allowed, ef_search=32)
        assert sorted(rows.tolist()) == [3, 50, 120]
        assert dense.search(index, vectors[7], 10, allowed=np.zeros(0, dtype=np.int64))[0].size == 0
