"""Latency of the web pages through a real server (`isecg-kg serve`, gunicorn, one worker),
against /health (the cheapest request: the baseline of HTTP + Flask) in the same run.

Pages: home, the search page for a question (answer + passages + facets), an entity page with
few and one with many facts, a document and a passage page, the browse pages, and an entity's
Turtle description; each requested --repeat times after one warm-up round.

    .venv/bin/python bench/web_pages.py [--index-dir indexes] [--repeat 20]

Not a test: it prints median and 95th percentile in ms and the ratio of each p95 to /health's.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import line, p95, serve  # noqa: E402  (bench/harness.py)

from isecg_kg import iris  # noqa: E402
from isecg_kg.indexes import require_build  # noqa: E402
from isecg_kg.kg import load_entities  # noqa: E402
from isecg_kg.settings import Settings  # noqa: E402


def pages(build, settings) -> dict[str, tuple[str, dict]]:
    """{name: (path, headers)}: ISECG (the entity most facts point at) and the first entity by IRI."""
    local = lambda iri: iri[len(settings.base_iri):]  # noqa: E731
    few, many = min(e["iri"] for e in load_entities(build)), iris.entity(settings.base_iri, "org", "isecg")
    passage = build.passages[len(build.passages) // 2]
    html = {"Accept": "text/html"}
    return {
        "/health (baseline)": ("health", {}),
        "home": ("", html),
        "search page (question)": ("?q=Which+agencies+are+members+of+ISECG%3F", html),
        "search page (keywords)": ("?q=lunar+surface+scenario", html),
        "entity page (first entity)": (local(few), html),
        "entity page (ISECG)": (local(many), html),
        "entity as Turtle (ISECG)": (local(many), {"Accept": "text/turtle"}),
        "document page": (local(iris.document(settings.base_iri, build.documents[0].id)), html),
        "passage page": (local(iris.passage(settings.base_iri, passage.id)), html),
        **{f"browse/{name}": (f"browse/{name}", html)
           for name in ("documents", "organisations", "groups", "technologies", "events")},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=None, help="Index folder (default: setting index_dir).")
    parser.add_argument("--repeat", type=int, default=20, help="Requests per page after the warm-up.")
    args = parser.parse_args()
    settings = Settings.load({"index_dir": args.index_dir})
    build = require_build(settings)
    targets = pages(build, settings)
    server, base = serve(settings)
    session = requests.Session()
    timings: dict[str, list[float]] = {name: [] for name in targets}
    try:
        for round_ in range(args.repeat + 1):
            for name, (path, headers) in targets.items():
                started = time.perf_counter()
                session.get(base + path, headers=headers).raise_for_status()
                if round_:  # round 0 warms up: loads the graph, the search engine and the model
                    timings[name].append((time.perf_counter() - started) * 1000)
    finally:
        server.terminate()
        server.wait(timeout=30)
    baseline = p95(timings["/health (baseline)"])
    print(f"corpus: {build.manifest.counts.passages} passages; {args.repeat} requests per page; ms through HTTP")
    for name, values in timings.items():
        print(f"{line(name, values)}  p95/health {p95(values) / baseline:6.1f}x")
    print("reproduce: .venv/bin/python bench/web_pages.py " + shlex.join(sys.argv[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
