"""Search quality against two outside baselines on the same passages, in the same run.

hit@1, hit@5 and MRR@10 of our hybrid (with and without its cross-encoder), dense and lexical search, of plain BM25 (bm25s with its own
English tokenizer, stop words and stemmer, over the passage text) and of txtai's hybrid index (its BM25
and the same sentence-transformers model, over the same passages).  A question is hit at rank r when the
passage at rank r is of one of the question's ``doc`` files and contains one of its ``evidence`` strings;
questions without evidence (those the documents do not answer) are left out.

    .venv/bin/isecg-kg ingest --corpus-dir CORPUS --index-dir IDX      # e.g. the shipped report + corpus-multi
    PYTHONPATH=src .venv/bin/python bench/search_quality.py --index-dir IDX --gold tests/data/corpus-multi/qa.jsonl
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from isecg_kg.indexes import require_build
from isecg_kg.search import SearchEngine
from isecg_kg.search.embed import model_path
from isecg_kg.search.evaluate import DEPTH, load_questions, same_document, shows
from isecg_kg.settings import Settings


def figures(ranks: list[int | None]) -> dict:
    n = len(ranks)
    return {"hit@1": sum(r == 1 for r in ranks if r), "hit@5": sum(r <= 5 for r in ranks if r),
            "mrr@10": sum(1 / r for r in ranks if r) / n, "n": n}


def rank_of(passage_ids: list[str], question: dict, passages: dict) -> int | None:
    for rank, pid in enumerate(passage_ids[:DEPTH], 1):
        p = passages[pid]
        in_document = "doc" not in question or any(same_document(p.doc_id, d) for d in question["doc"])
        if in_document and shows(p.text, question["evidence"]):
            return rank
    return None


def bm25_ranker(ids: list[str], texts: list[str]):
    import bm25s
    import Stemmer

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    stemmer = Stemmer.Stemmer("english")
    index = bm25s.BM25()
    index.index(bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False), show_progress=False)

    def rank(question: str) -> list[str]:
        tokens = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False)
        rows, _ = index.retrieve(tokens, k=min(DEPTH, len(ids)), show_progress=False)
        return [ids[i] for i in rows[0]]

    return rank


def txtai_ranker(ids: list[str], texts: list[str], model: str):
    from txtai import Embeddings

    embeddings = Embeddings(path=str(model_path(model)), hybrid=True, content=False)
    embeddings.index([(i, text, None) for i, text in enumerate(texts)])

    def rank(question: str) -> list[str]:
        return [ids[int(i)] for i, _ in embeddings.search(question, DEPTH)]

    return rank, embeddings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--gold", type=Path, required=True, help="qa.jsonl: question, evidence and (optional) doc")
    parser.add_argument("--no-txtai", action="store_true", help="Skip the txtai baseline.")
    parser.add_argument("--verbose", action="store_true", help="Print each question's ranks.")
    args = parser.parse_args()
    settings = Settings.load({"index_dir": args.index_dir})
    build = require_build(settings)
    engine = SearchEngine.from_build(build, settings)
    questions = [q for q in load_questions(args.gold) if q.get("evidence")]
    passages = build.passages_by_id
    ids = [p.id for p in build.passages]
    texts = [p.text for p in build.passages]

    rankers = {mode: (lambda q, m=mode: [h.passage_id for h in engine.search(q, k=DEPTH, mode=m)["results"]])
               for mode in ("hybrid", "dense", "lexical")}
    if settings.search_rerank:
        plain = SearchEngine.from_build(build, settings.replace(search_rerank=0))
        rankers["hybrid, no CE"] = lambda q: [h.passage_id for h in plain.search(q, k=DEPTH)["results"]]
    rankers["bm25s"] = bm25_ranker(ids, texts)
    if not args.no_txtai:
        with tempfile.TemporaryDirectory():
            rankers["txtai hybrid"], _ = txtai_ranker(ids, texts, settings.model)
    table, per_question, times = {}, {}, {}
    for name, rank in rankers.items():
        started = time.perf_counter()
        ranks = [rank_of(rank(q["question"]), q, passages) for q in questions]
        times[name] = (time.perf_counter() - started) * 1000 / len(questions)
        table[name] = figures(ranks)
        per_question[name] = ranks
    n = len(questions)
    print(f"{n} answerable questions of {args.gold}; {len(ids)} passages of {len(build.documents)} documents "
          f"(build {build.build_id})")
    print(f"{'':14}{'hit@1':>9}{'hit@5':>9}{'MRR@10':>9}{'ms/query':>10}")
    for name, f in table.items():
        print(f"{name:14}{f['hit@1']:>6}/{n}{f['hit@5']:>6}/{n}{f['mrr@10']:>9.3f}{times[name]:>10.1f}")
    if args.verbose:
        for i, q in enumerate(questions):
            print(f"{q['id']:8} " + " ".join(f"{str(per_question[name][i] or '-'):>3}" for name in table)
                  + f"  {q['question'][:70]}")
    print(f"\nreproduce: PYTHONPATH=src {sys.executable} bench/search_quality.py --index-dir {args.index_dir} "
          f"--gold {args.gold}")
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main())
