import json

import numpy as np
import pytest

from isecg_kg.indexes import BuildContext
from isecg_kg.ingest.model import Document, Passage
from isecg_kg.search import dense
from isecg_kg.search.build import build_search, window_texts

pytestmark = pytest.mark.slow


def test_windows_overlap_by_half_and_carry_the_context():
    sentences = ["a.", "b.", "c.", "d.", "e."]
    windows = window_texts("Title\n", sentences, [50, 50, 50, 50, 50])
    assert windows == ["Title\na. b.", "Title\nb. c.", "Title\nc. d.", "Title\nd. e."]
    assert window_texts("", ["long."], [500]) == ["long."]


def test_stage_output_and_vector_reuse(build, settings, tmp_path):
    meta = json.loads((build.stage_dir("search") / "meta.json").read_text())
    assert meta["passages"] == len(build.passages) and meta["index"] == "exact" and meta["dimension"] == 384
    assert meta["windows"] >= len(build.passages)
    assert build.manifest.stages["search"]["passages"] == len(build.passages)
    # The next build: the same passages plus a new document's.  Unchanged windows keep their vectors.
    note = Document(id="note", file="note.md", sha256="0" * 64, title="Lunar note", year=2024, type="note")
    extra = Passage(id="note/0", doc_id="note", ordinal=0, section="Relay",
                    text="The Lunar Pathfinder relay satellite carries a zebra-striped antenna.", pages=[1])
    out = tmp_path / "search"
    out.mkdir()
    ctx = BuildContext(settings=settings, out_dir=out, documents=build.documents + [note],
                       passages=build.passages + [extra], pages=build.pages, previous=build, progress=False)
    figures = build_search(ctx)
    assert figures["reused"] == meta["windows"] and figures["encoded"] == 1
    old = dense.load(build.stage_dir("search") / "dense.faiss", ef_search=16)
    new = dense.load(out / "dense.faiss", ef_search=16)
    assert np.array_equal(new.reconstruct_n(0, old.ntotal), old.reconstruct_n(0, old.ntotal))
    assert json.loads((out / "rows.json").read_text())["window_passage"][-1] == len(build.passages)
