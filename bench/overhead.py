"""The fixed cost of one request through `isecg-kg serve` (2 web workers x 2 query processes), layer by
layer, against Oxigraph's own server (`oxigraph serve-read-only`) on the same on-disk store, in one
interleaved run: GET /health/live (gunicorn, the worker, Flask), a one-row SPARQL query through the
endpoint and directly, each with a new connection per request (as bench/stores.py's `requests` calls)
and over one kept-alive connection (http.client).  Give --src twice to serve two source trees side by
side (before / after a change: the same load meets both; --src three times for two steps).  Besides the wall
time per request, the CPU the serving side spends on it: every thread of the server tree (arbiter, workers,
query processes) or of Oxigraph's server, read from /proc/<pid>/task/<tid>/schedstat around blocks of --block
requests of one case, the blocks interleaved like the requests, so that what a server does after it has
answered (an access log line) counts for its own case.  Threads that end between two readings are not counted:
a server that starts one per connection shows less than it spends.  Loopback only; every loop is bounded.

    git archive HEAD~3 src | tar -x -C /tmp/before
    .venv/bin/python bench/overhead.py --index-dir indexes --src /tmp/before/src --src src [--repeat 600 --block 20]
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import remote_stores  # noqa: E402
import stores  # noqa: E402

from isecg_kg.indexes import current_build  # noqa: E402
from isecg_kg.kg.store import store_path  # noqa: E402

ONE_ROW = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"
JSON = "application/sparql-results+json"


class KeptAlive:
    """GET/POST over one HTTP/1.1 connection (reopened if the server closed it)."""

    def __init__(self, port: int):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def __call__(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None) -> bytes:
        for attempt in (0, 1):
            try:
                self.conn.request(method, path, body=body, headers=headers or {})
                resp = self.conn.getresponse()
                data = resp.read()
                if resp.status != 200:
                    raise RuntimeError(f"{method} {path}: {resp.status} {data[:200]!r}")
                if resp.will_close:
                    self.conn.close()
                return data
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                if attempt:
                    raise
        raise AssertionError


def server_tree(root: int) -> list[int]:
    """``root`` and its descendants (the serving side of one case)."""
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        for task in _listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/children") as handle:
                    todo.extend(int(child) for child in handle.read().split())
            except OSError:
                pass
    return pids


def _listdir(path: str) -> list[str]:
    try:
        return os.listdir(path)
    except OSError:
        return []


def cpu_ns(pids: list[int]) -> tuple[int, int]:
    """(CPU time used so far by every thread of ``pids`` in nanoseconds, times they were put on a CPU),
    from the scheduler's own counts: the second is the context switches into the serving side (each
    wake-up of a thread that slept, or its return after being preempted), as `perf stat` counts them."""
    total = runs = 0
    for pid in pids:
        for task in _listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/schedstat") as handle:
                    fields = handle.read().split()
                total += int(fields[0])
                runs += int(fields[2])
            except (OSError, ValueError, IndexError):
                pass
    return total, runs


def cases(ours: dict[str, int], theirs: int) -> dict:
    """{name: request} for each served tree (``ours``: {label: port}) and for Oxigraph's server."""
    form = urlencode({"query": ONE_ROW}).encode()
    post = {"Content-Type": "application/x-www-form-urlencoded", "Accept": JSON}

    def fresh(port, path, method="POST"):
        def run():
            if method == "GET":
                requests.get(f"http://127.0.0.1:{port}{path}", timeout=60).raise_for_status()
            else:
                requests.post(f"http://127.0.0.1:{port}{path}", data=form, headers=post, timeout=60).raise_for_status()
        return run

    def kept(port, path, method="POST"):
        connection = KeptAlive(port)
        return lambda: connection(method, path, form if method == "POST" else None, post if method == "POST" else None)

    runs = {}
    for client, make in (("new connection (requests)", fresh), ("kept alive (http.client)", kept)):
        for label, port in ours.items():
            runs[f"/health/live, {label}, {client}"] = make(port, "/health/live", "GET")
        for label, port in ours.items():
            runs[f"one-row query, {label}, {client}"] = make(port, "/sparql")
        runs[f"one-row query, oxigraph, {client}"] = make(theirs, "/query")
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=Path("indexes"))
    parser.add_argument("--src", type=Path, action="append", help="a source tree to serve (repeatable; default src)")
    parser.add_argument("--repeat", type=int, default=300)
    parser.add_argument("--block", type=int, default=20, help="requests per CPU reading (default 20)")
    args = parser.parse_args()
    trees = args.src or [Path("src")]
    build = current_build(args.index_dir)
    procs, ours = [], {}
    with tempfile.TemporaryDirectory(prefix="bench-overhead-") as tmp, \
            stores._read_only_server(store_path(build), Path(tmp)) as direct:
        try:
            for tree in trees:
                port = remote_stores.free_port()
                env = {**os.environ, "PYTHONPATH": str(tree.resolve()), "ISECG_KG_INDEX_DIR": str(args.index_dir),
                       "ISECG_KG_PORT": str(port), "ISECG_KG_WORKERS": "2", "ISECG_KG_SPARQL_PROCESSES": "2",
                       "ISECG_KG_SPARQL_CLIENT_QUERIES": "8"}
                started = time.monotonic()
                procs.append(subprocess.Popen([sys.executable, "-m", "isecg_kg.cli", "serve"], env=env,
                                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
                stores.first_answer(f"http://127.0.0.1:{port}/sparql", started)
                stores.warm(f"http://127.0.0.1:{port}/health", started)  # the warm-up done in both workers
                ours[str(tree)] = port
            theirs = int(direct.query_url.rsplit(":", 1)[1].split("/")[0])
            runs = cases(ours, theirs)
            served = {f", {label}, ": proc.pid for label, proc in zip(ours, procs)}
            roots = {name: next((pid for label, pid in served.items() if label in name), direct.proc.pid)
                     for name in runs}
            times: dict[str, list[float]] = {name: [] for name in runs}
            cpu: dict[str, list[float]] = {name: [] for name in runs}
            switches: dict[str, list[float]] = {name: [] for name in runs}
            for run in runs.values():
                for _ in range(10):  # warm: connections, both workers, both query processes
                    run()
            pids = {name: server_tree(root) for name, root in roots.items()}  # every query process started by now
            deadline = time.monotonic() + 600
            block = max(1, min(args.block, args.repeat))
            for _ in range(max(1, args.repeat // block)):  # interleaved: every case meets the same load
                for name, run in runs.items():
                    used, ran = cpu_ns(pids[name])
                    for _ in range(block):
                        start = time.perf_counter()
                        run()
                        times[name].append((time.perf_counter() - start) * 1000)
                    used_after, ran_after = cpu_ns(pids[name])
                    cpu[name].append((used_after - used) / block / 1e6)
                    switches[name].append((ran_after - ran) / block)
                if time.monotonic() > deadline:
                    break
        finally:
            for proc in procs:
                remote_stores.stop(proc)
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; ms per request, "
          f"n={len(next(iter(times.values())))}; server CPU ms per request, median (min-max) of "
          f"{len(next(iter(cpu.values())))} blocks of {block}; switches: times a server thread was put on a CPU, "
          "per request, median")
    for name, values in times.items():
        spent = cpu[name]
        print(f"  {name:75} median {statistics.median(values):6.2f}  p90 {statistics.quantiles(values, n=10)[-1]:6.2f}"
              f"  cpu {statistics.median(spent):5.2f} ({min(spent):.2f}-{max(spent):.2f})"
              f"  switches {statistics.median(switches[name]):5.1f}")
    print(f"reproduce: {sys.executable} bench/overhead.py --index-dir {args.index_dir} "
          + " ".join(f"--src {tree}" for tree in trees) + f" --repeat {args.repeat} --block {block}")


if __name__ == "__main__":
    main()
