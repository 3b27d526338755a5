"""What an edit costs the next `isecg-kg ingest`: each build step re-runs only when its own code,
settings or inputs change.

    .venv/bin/python bench/ingest_edits.py [--corpus-dir corpus] [--index-dir DIR] [--stages]

The source tree is copied to a temporary folder and edited there (never in place).  Without
--index-dir an index is built first from the copy (every stage: minutes on 2 busy cores).
Measured, each as the wall clock of a whole `isecg-kg ingest` process:

- nothing changed (the no-op baseline);
- a comment added to every file of web/: target "up to date" in the no-op's time;
- with --stages: a comment added to qa/answerer.py (only the qa stage runs; graph and search
  are copied), and chunk_max_words changed (passages cut again and re-embedded, no file read).
Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ISECG_KG = str(Path(sys.executable).with_name("isecg-kg"))


def ingest(src: Path, corpus: Path, index: Path, *flags: str) -> tuple[float, str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    start = time.perf_counter()
    done = subprocess.run([ISECG_KG, "ingest", "--corpus-dir", str(corpus), "--index-dir", str(index), *flags],
                          capture_output=True, text=True, env=env, timeout=3600)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"ingest failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return seconds, done.stdout + done.stderr


def outcome(output: str) -> str:
    if output.startswith("up to date"):
        return "up to date (no work)"
    ran = re.findall(r"build stage (\w+): running", output)
    copied = re.findall(r"build stage (\w+): unchanged", output)
    read = "files read" if "reading documents" in output else "no file read"
    return f"{read}; stages run: {', '.join(ran) or 'none'}; copied: {', '.join(copied) or 'none'}"


def touch_comment(path: Path) -> None:
    path.write_text(path.read_text() + "\n# edited by bench/ingest_edits.py\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus-dir", type=Path, default=ROOT / "corpus")
    parser.add_argument("--index-dir", type=Path, default=None,
                        help="an index built from the corpus by this source tree (default: build one)")
    parser.add_argument("--stages", action="store_true", help="also edit a stage's code and the chunk size")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="isecg-kg-bench-edits-"))
    try:
        src = scratch / "src"
        shutil.copytree(ROOT / "src", src, ignore=shutil.ignore_patterns("__pycache__", "vendor"))
        index = args.index_dir or scratch / "indexes"
        seconds, output = ingest(src, args.corpus_dir, index)
        print(f"index {index}/: {outcome(output)} in {seconds:.1f} s")
        rows = []
        seconds, output = ingest(src, args.corpus_dir, index)
        rows.append(("nothing changed", seconds, outcome(output)))
        for path in sorted((src / "isecg_kg" / "web").rglob("*.py")):
            touch_comment(path)
        seconds, output = ingest(src, args.corpus_dir, index)
        rows.append(("every web/*.py edited", seconds, outcome(output)))
        if args.stages:
            touch_comment(src / "isecg_kg" / "qa" / "answerer.py")
            seconds, output = ingest(src, args.corpus_dir, index)
            rows.append(("qa/answerer.py edited", seconds, outcome(output)))
            seconds, output = ingest(src, args.corpus_dir, index, "--chunk-max-words", "150")
            rows.append(("--chunk-max-words 150", seconds, outcome(output)))
        print("wall clock of `isecg-kg ingest` after each edit:")
        for label, seconds, what in rows:
            print(f"  {label:<26} {seconds * 1000:8.0f} ms   {what}")
        print(f"  ratio web edit / no-op: {rows[1][1] / rows[0][1]:.2f}x")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("reproduce:", " ".join(shlex.quote(a) for a in [".venv/bin/python", "bench/ingest_edits.py", *sys.argv[1:]]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
