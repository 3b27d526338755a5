"""Ingestion speed: the no-op `isecg-kg ingest` (nothing changed: what `make serve` and
`make test` run every time) against bare interpreter start in the same run, and extraction
throughput (read + clean + chunk) over the corpus.

    .venv/bin/python bench/ingest_noop.py [--corpus-dir corpus] [--index-dir DIR] [--repeat 10]

Without --index-dir the index is built first in a temporary folder (every registered stage,
so this takes a while once).  Not a test: it prints figures.  Target: the no-op costs
under 2 s of work beyond interpreter start.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from isecg_kg import pipeline
from isecg_kg.pipeline import ingest
from isecg_kg.settings import Settings

ISECG_KG = str(Path(sys.executable).with_name("isecg-kg"))


def wall(command: list[str], repeat: int, *, expect: str = "") -> list[float]:
    """Wall-clock seconds of ``repeat`` runs whose output starts with ``expect``; other runs
    (a rebuild because the code changed meanwhile) are reported and not counted."""
    subprocess.run(command, capture_output=True)  # warm-up: page cache, .pyc files
    out = []
    while len(out) < repeat:
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if done.stdout.startswith(expect):
            out.append(seconds)
        else:
            print(f"  (not counted, {seconds:.1f} s: {done.stdout.splitlines()[0] if done.stdout else done.stderr[-200:]})")
    return out


def show(label: str, seconds: list[float]) -> float:
    median = statistics.median(seconds)
    print(f"  {label:<44} median {median * 1000:7.0f} ms   max {max(seconds) * 1000:7.0f} ms")
    return median


def extraction(settings: Settings, repeat: int) -> None:
    """A full ingest without build stages (read + clean + chunk + write) into a scratch index."""
    scratch = settings.replace(index_dir=Path(tempfile.mkdtemp(prefix="isecg-kg-bench-extract-")))
    stages, pipeline.STAGES = pipeline.STAGES, []
    try:
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            counts = ingest(scratch, progress=False, force=True).build.manifest.counts
            runs.append(time.perf_counter() - start)
    finally:
        pipeline.STAGES = stages
        shutil.rmtree(scratch.index_dir, ignore_errors=True)
    best = min(runs)
    print(f"extraction (ingest without build stages: read + clean + chunk + write; best of {repeat}), "
          f"{counts.documents} document(s) in {settings.corpus_dir}/:")
    print(f"  {counts.pages} pages, {counts.passages} passages in {best * 1000:.0f} ms: "
          f"{counts.passages / best:.0f} passages/s, {counts.pages / best:.0f} pages/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus-dir", type=Path, default=Path("corpus"))
    parser.add_argument("--index-dir", type=Path, default=None, help="an index built from the corpus (default: build one)")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    index = args.index_dir or Path(tempfile.mkdtemp(prefix="isecg-kg-bench-"))
    settings = Settings.load().replace(corpus_dir=args.corpus_dir, index_dir=index)
    start = time.perf_counter()
    report = ingest(settings, progress=False)
    print(f"index {index}/: {'up to date' if report.up_to_date else 'built'} in {time.perf_counter() - start:.1f} s")

    command = [ISECG_KG, "ingest", "--quiet", "--corpus-dir", str(args.corpus_dir), "--index-dir", str(index)]
    print(f"no-op ingest ({args.repeat} runs each, wall clock of a whole process):")
    baseline = show("python -c pass (interpreter start)", wall([sys.executable, "-c", "pass"], args.repeat))
    imports = show("python -c 'import isecg_kg.cli' (CLI imports)",
                   wall([sys.executable, "-c", "import isecg_kg.cli; isecg_kg.cli.build_parser()"], args.repeat))
    noop = show("isecg-kg ingest (nothing changed)", wall(command, args.repeat, expect="up to date"))
    in_process = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        assert ingest(settings, progress=False).up_to_date
        in_process.append(time.perf_counter() - start)
    show("ingest() in process (hash + compare)", in_process)
    print(f"  work beyond interpreter start: {(noop - baseline) * 1000:.0f} ms "
          f"(of which CLI imports {(imports - baseline) * 1000:.0f} ms); target < 2000 ms; "
          f"ratio no-op / interpreter start: {noop / baseline:.1f}x")
    extraction(settings, repeat=3)
    print("reproduce:", " ".join(shlex.quote(a) for a in [".venv/bin/python", "bench/ingest_noop.py", *sys.argv[1:]]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
