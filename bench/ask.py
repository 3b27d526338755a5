"""Latency of /api/ask through a real server (`isecg-kg serve`, gunicorn, one worker), beside
/api/search for the same questions in the same run (the search every answer starts with), and beside
/api/search of a second server with search's cross-encoder off (search_rerank=0), whose /api/ask re-orders
candidate sentences with it (ask_rerank=10, off by default): what each use of the cross-encoder costs.

Questions: the dev questions, the structured questions and the out-of-domain ones of
`isecg-kg eval ask` (graph answers, passage answers and no-answers), each asked --repeat times.

    .venv/bin/python bench/ask.py [--index-dir indexes] [--repeat 5] [--questions tests/data/corpus-multi/qa.jsonl]

With --questions, those questions are asked too (the multi-document questions on an index of the
shipped corpus plus tests/data/corpus-multi).

Not a test: it prints median and 95th percentile per kind of answer, in ms (target: p95 < 300 ms
for the shipped corpus).
"""

from __future__ import annotations

import argparse
import shlex
import statistics
import sys
import time
from pathlib import Path

import requests

from harness import line, p95, serve  # noqa: E402  (bench/harness.py)
from isecg_kg.indexes import require_build
from isecg_kg.qa.evaluate import OUT_OF_DOMAIN, read_jsonl
from isecg_kg.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"  # the shared eval set


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=None, help="Index folder (default: setting index_dir).")
    parser.add_argument("--repeat", type=int, default=5, help="Times each question is asked.")
    parser.add_argument("--questions", type=Path, action="append", default=[],
                        help="More questions (JSON lines with a 'question'), asked too.")
    args = parser.parse_args()
    settings = Settings.load({"index_dir": args.index_dir})
    build = require_build(settings)
    questions = ([q["question"] for q in read_jsonl(DATA / "qa_dev.jsonl")]
                 + [q["question"] for q in read_jsonl(DATA / "qa_structured.jsonl")] + OUT_OF_DOMAIN
                 + [q["question"] for path in args.questions for q in read_jsonl(path)])

    server, base = serve(settings)
    plain, plain_base = serve(settings, env={"ISECG_KG_SEARCH_RERANK": "0", "ISECG_KG_ASK_RERANK": "10"})
    session = requests.Session()
    try:
        started = time.perf_counter()
        session.get(base + "api/ask", params={"q": "warm up"}).raise_for_status()
        first = (time.perf_counter() - started) * 1000
        session.get(plain_base + "api/search", params={"q": "warm up"}).raise_for_status()
        by_kind: dict[str, list[float]] = {}
        search: list[float] = []
        fresh: list[float] = []  # each question's first /api/search
        unranked: list[float] = []
        asked: list[float] = []  # each question's first /api/ask
        judged: list[float] = []  # the same, ask_rerank=10 (the cross-encoder's scores are cached after)
        for repeat in range(args.repeat):
            for question in questions:
                started = time.perf_counter()
                got = session.get(base + "api/ask", params={"q": question})
                elapsed = (time.perf_counter() - started) * 1000
                got.raise_for_status()
                body = got.json()
                kind = "graph" if body["sparql"] else "passage" if body["answer"] else "no answer"
                by_kind.setdefault(kind, []).append(elapsed)
                if repeat == 0:
                    asked.append(elapsed)
                    started = time.perf_counter()
                    session.get(plain_base + "api/ask", params={"q": question}).raise_for_status()
                    judged.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                session.get(base + "api/search", params={"q": question, "k": 5}).raise_for_status()
                search.append((time.perf_counter() - started) * 1000)
                if repeat == 0:  # the cross-encoder's scores of a query asked again are cached
                    fresh.append(search[-1])
                started = time.perf_counter()
                session.get(plain_base + "api/search", params={"q": question, "k": 5}).raise_for_status()
                unranked.append((time.perf_counter() - started) * 1000)
    finally:
        for process in (server, plain):
            process.terminate()
            process.wait(timeout=30)

    every = [t for values in by_kind.values() for t in values]
    print(f"{len(questions)} questions x {args.repeat}; corpus: {build.manifest.counts.passages} passages; "
          f"first request (loads graph, search, model): {first:.0f} ms")
    print("latency in ms, through HTTP unless said")
    print(line("/api/ask (all)", every))
    for kind, values in sorted(by_kind.items()):
        print(line(f"/api/ask ({kind})", values))
    print(line("  each question's first", asked))
    print(line("  each question's first, ask_rerank=10", judged))
    print(line(f"/api/search k=5 (top {settings.search_rerank} re-ranked)", search))
    print(line("  each question's first", fresh))
    print(line("/api/search k=5, search_rerank=0", unranked))
    print(f"re-ranking costs a query's first /api/search {statistics.median(fresh) - statistics.median(unranked):.1f} "
          f"ms at the median ({statistics.median(fresh) / statistics.median(unranked):.1f}x)")
    print(f"/api/ask p95 / /api/search p95 (search_rerank=0, as the answerer searches): {p95(every) / p95(unranked):.2f}x; "
          f"target p95 < 300 ms: {'met' if p95(every) < 300 else 'NOT met'}")
    print("reproduce: .venv/bin/python bench/ask.py " + shlex.join(sys.argv[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
