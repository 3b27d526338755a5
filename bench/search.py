"""Search speed: query latency, ingestion throughput, approximate-index recall.

    .venv/bin/python bench/search.py [--passages 100000] [--copies 10] [--repeat 3]

1. Shipped corpus (built afresh in a temporary index folder): latency of SearchEngine.search
   in-process per mode, and of GET /api/search through a real server (`isecg-kg serve`, one worker).
2. Ingestion: the search build stage over the shipped passages repeated --copies times, in
   passages/s, against raw `model.encode` of the same window texts in the same run (the pipeline's
   overhead: window splitting, BM25, FAISS, files) and of the passages whole; encode speed per batch size.
3. Synthetic corpus of --passages passages (generated here, never written to the repository):
   text drawn from the shipped corpus's words (for BM25) and clustered random unit vectors (for
   FAISS), exact and HNSW indexes: in-process and /api/search latency, HNSW recall@10 against exact.

Not a test: it prints figures (milliseconds; p50 and p95) and the command.  The machine's load
average is printed too: other processes running at the same time inflate every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shlex
import statistics
import sys
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np
import requests

from harness import serve  # bench/harness.py: `isecg-kg serve` on a free port, waited for
from isecg_kg.indexes import Build, BuildContext
from isecg_kg.ingest.model import Document, Passage, write_jsonl
from isecg_kg.pipeline import ingest
from isecg_kg.search import SearchEngine, dense, embed
from isecg_kg.search.build import _windows, build_search, lexical_text
from isecg_kg.search.evaluate import load_questions
from isecg_kg.search.lexical import Lexical
from isecg_kg.settings import Settings

MODES = ("hybrid", "dense", "lexical")
ROUNDS = 3  # timings of the ingestion part: best of

DEFAULT_GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "qa_dev.jsonl"


def pct(values: list[float], p: int) -> float:
    return float(np.percentile(values, p))


def row(name: str, values_ms: list[float]) -> str:
    return f"  {name:36} n={len(values_ms):4}  p50 {pct(values_ms, 50):8.1f}  p95 {pct(values_ms, 95):8.1f} ms"


def timed(function, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    value = function(*args, **kwargs)
    return (time.perf_counter() - started) * 1000, value


def queries(repeat: int) -> list[str]:
    """The dev questions, each reworded ``repeat`` times (distinct texts: nothing is served from a cache)."""
    base = [q["question"] for q in load_questions(DEFAULT_GOLD)]
    forms = ["{}", "Tell me: {}", "{} Please cite the page.", "In the reports, {}", "Quick question: {}"]
    return [forms[i % len(forms)].format(q) for i in range(repeat) for q in base]


def in_process(engine: SearchEngine, texts: list[str], **filters) -> None:
    for mode in MODES:
        engine.search(texts[0], mode=mode)  # warm: model, caches
        print(row(f"in-process {mode}", [timed(engine.search, t, k=10, mode=mode, **filters)[0] for t in texts]))


def over_http(settings: Settings, texts: list[str]) -> None:
    server, base = serve(settings)
    session = requests.Session()
    try:
        session.get(base + "api/search", params={"q": "warm up"}, timeout=120).raise_for_status()
        for mode in ("hybrid", "lexical"):
            times = []
            for text in texts:
                ms, response = timed(session.get, base + "api/search", params={"q": text, "k": 10, "mode": mode},
                                     timeout=60)
                response.raise_for_status()
                times.append(ms)
            print(row(f"GET /api/search {mode}", times))
    finally:
        server.terminate()
        server.wait(timeout=30)


def shipped(settings: Settings, texts: list[str], *, timed_queries: bool) -> Build:
    print("\n1. shipped corpus")
    build = ingest(settings, progress=False).build
    print(f"  {len(build.passages)} passages, {build.manifest.stages['search']['windows']} windows")
    if timed_queries:
        in_process(SearchEngine.from_build(build, settings), texts)
        over_http(settings, texts)
    return build


def all_threads() -> None:
    """Every core for OpenMP (torch and FAISS share it), as in `isecg-kg ingest`, where no
    SearchEngine has set FAISS (and so torch) to one thread."""
    faiss.omp_set_num_threads(os.cpu_count())


def throughput(settings: Settings, build: Build, copies: int, out: Path) -> None:
    print(f"\n2. ingestion throughput: the shipped passages x {copies}")
    all_threads()
    passages = [Passage(**{**p.to_dict(), "id": f"{p.id}-{c}", "text": p.text}) for c in range(copies)
                for p in build.passages]
    model = embed.load_model(settings.model)
    documents = build.documents_by_id
    windows, _ = _windows(passages, documents, model)
    whole = [lexical_text(p, documents[p.doc_id]) for p in passages]
    print(f"  {len(passages)} passages, {len(windows)} windows; batch size {settings.batch_size}; best of {ROUNDS}")
    for size in sorted({8, 16, 32, 64, settings.batch_size}):
        ms = min(timed(embed.encode, model, windows[:256], batch_size=size)[0] for _ in range(ROUNDS))
        print(f"  raw model.encode, batch {size:3}: {256 / ms * 1000:7.1f} windows/s")
    encode_ms, whole_ms, stage_ms, outside_ms = [], [], [], []
    for round_ in range(ROUNDS):  # interleaved: a burst of load from elsewhere hits all three alike
        encode_ms.append(timed(embed.encode, model, windows, batch_size=settings.batch_size)[0])
        whole_ms.append(timed(embed.encode, model, whole, batch_size=settings.batch_size)[0])
        (out / f"search{round_}").mkdir(parents=True)
        ctx = BuildContext(settings=settings, out_dir=out / f"search{round_}", documents=build.documents,
                           passages=passages, pages=[], previous=None, progress=False)
        ms, figures = timed(build_search, ctx)
        stage_ms.append(ms)
        outside_ms.append(ms - figures["encode_seconds"] * 1000)  # the pipeline's own work, measured in the call
    encode_best, stage_best = min(encode_ms), min(stage_ms)
    print(f"  raw model.encode of the windows : {len(passages) / encode_best * 1000:7.1f} passages/s")
    print(f"  raw model.encode, passages whole: {len(passages) / min(whole_ms) * 1000:7.1f} passages/s "
          "(one vector per passage, as before windows)")
    print(f"  search build stage              : {len(passages) / stage_best * 1000:7.1f} passages/s; "
          f"{stage_best / encode_best - 1:+.1%} against raw encoding (target < 15%)")
    print(f"  stage work besides model.encode (windows, BM25, FAISS, files): {min(outside_ms):.0f} ms = "
          f"{min(outside_ms) / encode_best:.1%} of raw encoding (the part of the ratio load bursts cannot fake)")


def synthetic_build(folder: Path, n: int, build: Build, windows_per_passage: float, dim: int) -> Build:
    """A build folder of ``n`` generated passages (1,000 documents) with its search/ stage."""
    rng = np.random.default_rng(7)
    words = " ".join(p.text for p in build.passages).split()
    documents = [Document(id=f"doc{d}", file=f"doc{d}.pdf", sha256="0" * 64, title=f"Synthetic report {d}",
                          year=2007 + d % 19, type=("annual report", "roadmap", "white paper")[d % 3])
                 for d in range(1000)]
    per_doc = n // len(documents)
    lengths = rng.integers(40, 200, size=n)
    starts = rng.integers(0, len(words) - 200, size=n)
    passages = [Passage(id=f"doc{i // per_doc}/{i % per_doc}", doc_id=f"doc{i // per_doc}", ordinal=i % per_doc,
                        text=" ".join(random.Random(i).sample(words[s:s + length], length)), section=f"Section {i % 7}",
                        pages=[1 + (i % per_doc) // 3]) for i, (s, length) in enumerate(zip(starts, lengths))]
    folder.mkdir(parents=True)
    write_jsonl(folder / "documents.jsonl", documents)
    write_jsonl(folder / "passages.jsonl", passages)
    write_jsonl(folder / "pages.jsonl", [])
    (folder / "manifest.json").write_text(json.dumps({"build_id": folder.name, "built_at": "", "counts": {
        "documents": len(documents), "passages": n, "pages": 0}, "stages": {}}))
    search = folder / "search"
    search.mkdir()
    per_passage = rng.poisson(windows_per_passage - 1, size=n) + 1
    owner = np.repeat(np.arange(n), per_passage)
    started = time.perf_counter()
    Lexical.build([lexical_text(p, None) for p in passages]).save(search / "bm25")
    print(f"  BM25 index of {n} passages built in {time.perf_counter() - started:.1f} s")
    (search / "rows.json").write_text(json.dumps({"ids": [p.id for p in passages], "window_passage": owner.tolist(),
                                                  "hashes": []}))
    np.save(folder / "vectors.npy", clustered(len(owner), dim, rng))
    return Build(folder)


def clustered(n: int, dim: int, rng) -> np.ndarray:
    """Unit vectors around 2,000 topics: nearest neighbours have the structure real embeddings have."""
    centres = rng.normal(size=(2000, dim)).astype(np.float32)
    vectors = centres[rng.integers(0, len(centres), size=n)] + rng.normal(scale=0.6, size=(n, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def synthetic(settings: Settings, build: Build, n: int, texts: list[str], root: Path) -> None:
    print(f"\n3. synthetic corpus of {n} passages")
    model = embed.load_model(settings.model)
    ratio = build.manifest.stages["search"]["windows"] / len(build.passages)
    index_dir = root / "synthetic"
    fake = synthetic_build(index_dir / "builds" / "synthetic", n, build, ratio, embed.dimension(model))
    (index_dir / "current").symlink_to(Path("builds") / "synthetic")
    vectors = np.load(fake.path / "vectors.npy")
    print(f"  {len(vectors)} window vectors ({ratio:.2f} per passage, as in the shipped corpus)")
    rng = np.random.default_rng(11)
    probes = vectors[rng.integers(0, len(vectors), size=200)] + rng.normal(scale=0.05, size=(200, vectors.shape[1]))
    probes = (probes / np.linalg.norm(probes, axis=1, keepdims=True)).astype(np.float32)
    exact = None
    for name, threshold in (("exact", len(vectors)), ("hnsw", 0)):
        all_threads()
        build_ms, index = timed(dense.build_index, vectors, ann_threshold=threshold, ef_search=settings.search_ef_search)
        dense.single_threaded()
        dense.save(index, fake.path / "search" / "dense.faiss")
        search_ms = [timed(dense.search, index, q, 100)[0] for q in probes]
        line = row(f"FAISS {name} top-100 (built in {build_ms / 1000:.0f} s)", search_ms)
        if exact is None:
            exact = [set(dense.search(index, q, 10)[0].tolist()) for q in probes]
        else:
            found = [set(dense.search(index, q, 10)[0].tolist()) for q in probes]
            recall = statistics.mean(len(a & b) / 10 for a, b in zip(exact, found))
            line += f"  recall@10 vs exact {recall:.3f} (efSearch {settings.search_ef_search})"
        print(line)
        engine = SearchEngine.from_build(Build(fake.path), settings, mentions={})
        print(f"  -- SearchEngine with the {name} index")
        in_process(engine, texts)
        in_process_filtered = [timed(engine.search, t, k=10, year_from=2010, year_to=2012)[0] for t in texts]
        print(row("in-process hybrid, year filter", in_process_filtered))
    chosen = "hnsw" if n * ratio > settings.search_ann_threshold else "exact"
    if chosen == "exact":
        dense.save(dense.build_index(vectors, ann_threshold=len(vectors), ef_search=0), fake.path / "search" / "dense.faiss")
    print(f"  -- through the server (index chosen by search_ann_threshold={settings.search_ann_threshold}: {chosen})")
    over_http(settings.replace(index_dir=index_dir), texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passages", type=int, default=100_000, help="Passages of the synthetic corpus.")
    parser.add_argument("--copies", type=int, default=10, help="Copies of the shipped passages for throughput.")
    parser.add_argument("--repeat", type=int, default=3, help="Rewordings of each dev question timed.")
    parser.add_argument("--parts", default="shipped,throughput,synthetic",
                        help="Which parts to run (comma-separated; the shipped corpus is always built).")
    args = parser.parse_args()
    print("command:", shlex.join([".venv/bin/python", "bench/search.py", *sys.argv[1:]]))
    print(f"cpus {os.cpu_count()}, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    texts = queries(args.repeat)
    with tempfile.TemporaryDirectory(prefix="isecg-bench-search-") as tmp:
        root = Path(tmp)
        settings = Settings.load().replace(index_dir=root / "indexes")
        parts = set(args.parts.split(","))
        build = shipped(settings, texts, timed_queries="shipped" in parts)
        if "throughput" in parts:
            throughput(settings, build, args.copies, root / "throughput")
        if "synthetic" in parts:
            synthetic(settings, build, args.passages, texts, root)
    print(f"\nload average at the end {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
