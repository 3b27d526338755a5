"""Latency of the SPARQL endpoint: a fixed mix of users' queries (the editor's examples) through
HTTP (`isecg-kg serve`, gunicorn), through the query-process pool without HTTP, directly on
pyoxigraph, and on rdflib's memory store, all over the same knowledge graph in the same run.
Also the cost of a stopped query: how long until its replacement process is ready.

    .venv/bin/python bench/sparql_endpoint.py [--index-dir indexes] [--repeat 30]

Not a test: it prints figures (median and 95th percentile per query, in ms) and the ratios.
"""

from __future__ import annotations

import argparse
import shlex
import statistics
import sys
import time
from pathlib import Path

import requests
import rdflib

from harness import serve  # bench/harness.py
from isecg_kg.indexes import require_build
from isecg_kg.kg import open_graph
from isecg_kg.kg.build import DATASET
from isecg_kg.settings import Settings
from isecg_kg.sparql import Endpoint
from isecg_kg.sparql.examples import EXAMPLES

RUNAWAY = "SELECT (COUNT(*) AS ?n) { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(6)) + " }"


def timings(fn, repeat: int) -> list[float]:
    fn()  # warm-up (caches, connections)
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=None, help="Index folder (default: setting index_dir).")
    parser.add_argument("--repeat", type=int, default=30, help="Timed runs per query and engine.")
    args = parser.parse_args()
    settings = Settings.load({"index_dir": args.index_dir})
    build = require_build(settings)

    started = time.perf_counter()
    direct = open_graph(build, settings).store
    load_oxigraph = time.perf_counter() - started
    started = time.perf_counter()
    memory = rdflib.Dataset(default_union=True)
    memory.parse(build.stage_dir("graph") / DATASET, format="nquads")
    load_rdflib = time.perf_counter() - started
    started = time.perf_counter()
    pool = Endpoint.from_build(build, settings)
    load_pool = time.perf_counter() - started
    server, base = serve(settings)
    url = base + "sparql"
    session = requests.Session()
    accept = {"Accept": "application/sparql-results+json"}
    print(f"graph: {len(direct)} quads; load: pyoxigraph {load_oxigraph:.2f} s, rdflib {load_rdflib:.2f} s, "
          f"pool of {settings.sparql_processes} processes {load_pool:.2f} s")

    engines = {
        "HTTP": lambda q: session.post(url, data={"query": q}, headers=accept).raise_for_status(),
        "pool": lambda q: pool.query(q, fmt="json"),
        "pyoxigraph": lambda q: list(direct.query(q, use_default_graph_as_union=True)),
        "rdflib": lambda q: list(memory.query(q)),
    }
    totals = {name: [] for name in engines}
    try:
        print(f"\n{'query':32}" + "".join(f"{name + ' med/p95':>22}" for name in engines))
        for title, query in EXAMPLES:
            row = f"{title[:31]:32}"
            for name, run in engines.items():
                times = timings(lambda run=run, query=query: run(query), args.repeat)
                totals[name] += times
                row += f"{statistics.median(times):>12.2f} / {statistics.quantiles(times, n=20)[-1]:>6.2f}"
            print(row)
        base = statistics.median(totals["pyoxigraph"])
        print(f"\n{'all queries (median ms)':32}" + "".join(
            f"{statistics.median(t):>12.2f} ({statistics.median(t) / base:>5.1f}x)  " for t in totals.values()))
        overhead = statistics.median(totals["pool"]) - base
        print(f"query-process overhead (pipe + serialization): {overhead:.2f} ms per query (median); "
              f"HTTP adds {statistics.median(totals['HTTP']) - statistics.median(totals['pool']):.2f} ms")

        # A stopped query: the client's wait is the limit; then the replacement loads in the background.
        stopping = Endpoint.from_build(build, settings.replace(sparql_timeout=1.0, sparql_processes=1))
        started = time.perf_counter()
        try:
            stopping.query(RUNAWAY, fmt="json")
        except Exception as exc:  # Stopped
            stopped_after = time.perf_counter() - started
            print(f"\nrunaway query stopped after {stopped_after:.2f} s ({type(exc).__name__}, limit 1 s)", end="")
        started = time.perf_counter()
        stopping.query("ASK {}", fmt="json")
        print(f"; next query answered {time.perf_counter() - started:.2f} s later (replacement process loading)")
        stopping.close()
    finally:
        server.terminate()
        server.wait(10)
        pool.close()
    print("\ncommand: " + shlex.join([".venv/bin/python", "bench/sparql_endpoint.py", *sys.argv[1:]]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
