"""`isecg-kg serve` (2 web workers x 2 SPARQL query processes) of a given source tree on one index
folder: seconds from start to the first SPARQL answer, and the resident memory of the whole
process tree then and after a minute (warm-up done).  Run it on two trees for before/after:

    git archive 696ef12 src | tar -x -C /tmp/before        # the tree before the on-disk store
    .venv/bin/python bench/serve_start.py --src /tmp/before/src --index-dir /tmp/scaled
    .venv/bin/python bench/serve_start.py --src src --index-dir /tmp/scaled
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import remote_stores  # noqa: E402
import stores  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, default=Path("src"))
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--limit", type=float, default=900, help="seconds to wait for the first answer")
    args = parser.parse_args()
    port = remote_stores.free_port()
    env = {**os.environ, "PYTHONPATH": str(args.src.resolve()), "ISECG_KG_INDEX_DIR": str(args.index_dir),
           "ISECG_KG_PORT": str(port), "ISECG_KG_WORKERS": "2", "ISECG_KG_SPARQL_PROCESSES": "2",
           "ISECG_KG_SPARQL_TIMEOUT": str(args.limit)}
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "isecg_kg.cli", "serve"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        try:
            first = f"{stores.first_answer(f'http://127.0.0.1:{port}/sparql', started, limit=args.limit):.1f} s"
        except RuntimeError:
            first = f"none within {args.limit:g} s"
        print(f"{args.src}: first SPARQL answer {first} ({stores.cpu_seconds(proc.pid):.1f} s of CPU by then), "
              f"resident memory {stores.rss_mb(proc.pid):.0f} MB (load average {os.getloadavg()[0]:.1f}, "
              f"{os.cpu_count()} cores)", flush=True)
        time.sleep(60)
        print(f"{args.src}: resident memory after 60 s more {stores.rss_mb(proc.pid):.0f} MB", flush=True)
    finally:
        remote_stores.stop(proc)
    print(f"reproduce: {sys.executable} bench/serve_start.py --src {args.src} --index-dir {args.index_dir}")


if __name__ == "__main__":
    main()
