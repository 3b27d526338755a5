"""Hostile and heavy use of `isecg-kg serve` (issue 13, rows 1-4), on loopback only, bounded in
count and time.  Starts its own server (one worker) over a built index on a free port and prints:

1. memory: the peak resident memory of the query processes while one query sorts a 3-way cross
   product (`SELECT ?a ?d ?g ... ORDER BY ?a ?d ?g`), with the cap, and what the client got;
2. parser: the status for a query nested 5,000 and 50,000 braces deep;
3. fairness: p50/p99 of simple SELECTs from 4 clients while 4 other clients send 5-way COUNTs
   over `?s ?p ?o`, and the statuses each side got;
4. slow clients: /health latency while 60 connections each send one header line every 2 s.

    .venv/bin/python bench/hostile.py [--index-dir DIR] [--seconds 20] [--memory-mb 512] [--rows 1234]

Clients are told apart by their source address: every 127.0.0.x is this machine's loopback, so
client k connects from 127.0.0.(10+k) to the server on 127.0.0.1.  Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import http.client
import shlex
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import serve  # noqa: E402  (bench/harness.py)
from isecg_kg.indexes import require_build  # noqa: E402
from isecg_kg.settings import Settings  # noqa: E402

MEMORY = "SELECT ?a ?d ?g WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(5)) + " }"
SIMPLE = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
          "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label } LIMIT 20")


def request(port: int, method: str, path: str, *, body: bytes | None = None, headers: dict | None = None,
            client: int = 0, timeout: float = 120) -> tuple[int, str, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout,
                                      source_address=(f"127.0.0.{10 + client}", 0) if client else None)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.getheaders())
    finally:
        conn.close()


def sparql(port: int, query: str, *, client: int = 0, timeout: float = 120):
    return request(port, "POST", "/sparql", body=query.encode(), client=client, timeout=timeout,
                   headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})


def query_processes(server_pid: int) -> list[int]:
    """pids of the SPARQL query processes below the server."""
    out = subprocess.run(["ps", "-e", "-o", "pid=,ppid=,args="], capture_output=True, text=True).stdout
    rows = [line.split(None, 2) for line in out.splitlines()]
    children: dict[int, list[int]] = {}
    for pid, ppid, *_ in rows:
        children.setdefault(int(ppid), []).append(int(pid))
    below, todo = set(), [server_pid]
    while todo:
        for child in children.get(todo.pop(), []):
            below.add(child)
            todo.append(child)
    return [int(pid) for pid, _, *args in rows if int(pid) in below and args and "sparql.worker" in args[0]]


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def row_memory(port: int, server_pid: int, cap: int) -> None:
    peak, done = 0.0, threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            for pid in query_processes(server_pid):
                peak = max(peak, rss_mb(pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    start = time.monotonic()
    status, text, _ = sparql(port, MEMORY, timeout=180)
    elapsed = time.monotonic() - start
    done.set()
    sampler.join()
    print(f"1 memory     peak RSS of a query process {peak:7.0f} MB (cap {cap} MB); "
          f"client got {status} after {elapsed:.1f} s: {text.strip().splitlines()[0][:110] if text else ''}")
    time.sleep(3)  # the replacement process loads


def row_parser(port: int) -> None:
    for depth in (5_000, 50_000):
        query = "SELECT * WHERE " + "{" * depth + " ?s ?p ?o " + "}" * depth
        status, text, _ = sparql(port, query)
        print(f"2 parser     depth {depth:6}: {status} {text.strip().splitlines()[0][:100] if text else ''}")


def row_fairness(port: int, seconds: float) -> None:
    end = time.monotonic() + seconds
    simple: list[tuple[int, float]] = []
    heavy: list[int] = []

    def simple_client(k):
        while time.monotonic() < end:
            start = time.monotonic()
            status = sparql(port, SIMPLE, client=k)[0]
            simple.append((status, time.monotonic() - start))

    def heavy_client(k):
        while time.monotonic() < end:
            status, _, headers = sparql(port, HEAVY, client=k)
            heavy.append(status)
            if status in (429, 503):
                time.sleep(min(float(headers.get("Retry-After", 1)), max(0.0, end - time.monotonic())))

    threads = [threading.Thread(target=heavy_client, args=(k,)) for k in (1, 2, 3, 4)]
    threads += [threading.Thread(target=simple_client, args=(k,)) for k in (5, 6, 7, 8)]
    for t in threads:
        t.start()
        time.sleep(0.05)
    for t in threads:
        t.join()
    latencies = sorted(lat for _, lat in simple)
    p99 = statistics.quantiles(latencies, n=100)[-1] if len(latencies) > 1 else latencies[0]
    statuses = {s: sum(1 for x, _ in simple if x == s) for s in sorted({x for x, _ in simple})}
    heavy_statuses = {s: heavy.count(s) for s in sorted(set(heavy))}
    print(f"3 fairness   simple SELECTs n={len(latencies)} p50 {statistics.median(latencies):.2f} s "
          f"p99 {p99:.2f} s max {latencies[-1]:.2f} s, statuses {statuses}; "
          f"5-way COUNTs statuses {heavy_statuses}")


def row_slow_clients(port: int, seconds: float, count: int = 60) -> None:
    slow = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
        slow.append(s)
    end = time.monotonic() + seconds
    latencies, failures, sent = [], 0, 0

    def trickle():
        nonlocal sent
        while time.monotonic() < end:
            for s in slow:
                try:
                    s.sendall(b"X-Slow: 1\r\n")
                    sent += 1
                except OSError:
                    pass
            time.sleep(2)

    trickler = threading.Thread(target=trickle)
    trickler.start()
    while time.monotonic() < end:
        start = time.monotonic()
        try:
            status = request(port, "GET", "/health", timeout=5)[0]
            latencies.append(time.monotonic() - start)
            failures += status != 200
        except OSError:
            failures += 1
        time.sleep(0.5)
    trickler.join()
    closed = 0
    for s in slow:
        try:
            s.settimeout(0.1)
            closed += s.recv(1) == b""
        except OSError:
            pass
        s.close()
    worst = f"{max(latencies):.2f}" if latencies else "-"
    median = f"{statistics.median(latencies):.2f}" if latencies else "-"
    print(f"4 slow       /health with {count} slow connections open: {len(latencies)} answered, "
          f"{failures} failed or timed out (5 s); median {median} s, max {worst} s; "
          f"{closed} slow connections closed by the server")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=None, help="Index folder (default: setting index_dir).")
    parser.add_argument("--seconds", type=float, default=20, help="Duration of rows 3 and 4, each.")
    parser.add_argument("--memory-mb", type=int, default=512, help="sparql_memory_mb for the server.")
    parser.add_argument("--rows", default="1234", help="Which rows to run (default: all, 1234).")
    args = parser.parse_args()
    settings = Settings.load({"index_dir": args.index_dir})
    require_build(settings)
    env = {"ISECG_KG_SPARQL_MEMORY_MB": str(args.memory_mb)}
    proc, base = serve(settings, env=env)
    port = urlsplit(base).port
    try:
        if "1" in args.rows:
            row_memory(port, proc.pid, args.memory_mb)
        if "2" in args.rows:
            row_parser(port)
        if "3" in args.rows:
            row_fairness(port, args.seconds)
        if "4" in args.rows:
            row_slow_clients(port, args.seconds)
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
    print("command: " + shlex.join([".venv/bin/python", "bench/hostile.py", *sys.argv[1:]]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
