import json
import shutil

import numpy as np
import pytest

from isecg_kg.indexes import current_build
from isecg_kg.ingest.pipeline import ingest
from isecg_kg.search import SearchEngine, dense

pytestmark = pytest.mark.slow

NOTE = "# Lunar note\n\nThe Lunar Pathfinder relay satellite carries a zebra-striped antenna for testing.\n"


def test_stage_output_and_vector_reuse(build, settings, tmp_path):
    meta = json.loads((build.stage_dir("search") / "meta.json").read_text())
    assert meta["passages"] == len(build.passages) and meta["index"] == "exact" and meta["dimension"] == 384
    assert build.manifest["stages"]["search"]["passages"] == len(build.passages)
    # A second corpus: the shipped one plus a note.  Unchanged passages keep their vectors.
    corpus = tmp_path / "corpus"
    shutil.copytree(settings.corpus_dir, corpus)
    local = settings.replace(corpus_dir=corpus, index_dir=tmp_path / "indexes")
    first = ingest(local, progress=False).build
    (corpus / "note.md").write_text(NOTE)
    second = ingest(local, progress=False).build
    figures = second.manifest["stages"]["search"]
    assert figures["reused"] == len(first.passages) and figures["encoded"] == figures["passages"] - figures["reused"] > 0
    old = dense.load(first.stage_dir("search") / "dense.faiss", ef_search=16)
    new = dense.load(second.stage_dir("search") / "dense.faiss", ef_search=16)
    rows = json.loads((second.stage_dir("search") / "rows.json").read_text())["ids"]
    same = rows.index(first.passages[0].id)
    assert np.array_equal(new.reconstruct(same), old.reconstruct(0))
    top = SearchEngine.from_build(second, local).search("zebra-striped antenna", k=1)["results"][0]
    assert top["document"]["id"] == "note" and "zebra-striped" in top["highlight"]["sentence"]
    assert current_build(local.index_dir).build_id == second.build_id
