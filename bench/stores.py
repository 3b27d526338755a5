"""The graph behind /sparql, store by store: the embedded on-disk store of a build and Oxigraph
server (and Virtuoso with --stores), each queried through our endpoint (`isecg-kg serve`, 2 web
workers x 2 query processes) and directly (pyoxigraph in-process for the embedded store, the
store's own SPARQL endpoint otherwise), on one index folder (the shipped graph, or a scaled one
from bench/scale_graph.py).  Loopback only; every loop is bounded.

"Directly" for the embedded store is Oxigraph's own server (`oxigraph serve-read-only`) on the
same on-disk store, so that both sides pay HTTP; pyoxigraph in-process is printed beside it.

Prints per query the median ms through the endpoint and directly and their ratio; 8 concurrent
clients' requests per second; the resident memory of the serving processes; the time from
`serve` start to the first SPARQL answer.

    .venv/bin/python bench/stores.py --index-dir /tmp/scaled --repeat 5
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import remote_stores  # noqa: E402  (starts real stores on free 127.0.0.1 ports)

from isecg_kg.indexes import current_build  # noqa: E402
from isecg_kg.kg.build import DATASET  # noqa: E402
from isecg_kg.kg.remote import NAMED_GRAPH, Layout, RemoteStore  # noqa: E402
from isecg_kg.kg.store import EmbeddedStore, store_path  # noqa: E402
from isecg_kg.settings import Settings  # noqa: E402
from isecg_kg.sparql import text  # noqa: E402
from isecg_kg.sparql.examples import EXAMPLES  # noqa: E402

P = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX isecg: <https://w3id.org/isecg-kg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
QUERIES = [(f"ex{i + 1} {name}", text) for i, (name, text) in enumerate(EXAMPLES)] + [
    ("2-hop join", P + """SELECT ?org ?country ?name WHERE { ?org org:memberOf ?body . ?body isecg:acronym "ISECG" .
      ?org isecg:country ?c . ?c rdfs:label ?country . ?org skos:prefLabel ?name } LIMIT 1000"""),
    ("COUNT GROUP BY", P + "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)"),
    ("property path", P + """SELECT ?tech ?top WHERE { ?tech skos:broader+ ?top } LIMIT 1000"""),
    ("text FILTER", P + """SELECT ?st ?sentence WHERE { ?st isecg:sentence ?sentence
      FILTER(CONTAINS(LCASE(?sentence), "lunar")) } LIMIT 100"""),
]
JSON = {"Accept": "application/sparql-results+json"}
VIRTUOSO_BUFFERS = 170_000  # 8 KB pages: 1.3 GB at most, virtuoso.ini's line for 2 GB of memory (10000 by default)


def rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, MB."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("VmRSS"))
            for task in Path(f"/proc/{p}/task").iterdir():  # children of every thread (pools start from threads)
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, StopIteration, ProcessLookupError):
            pass
    return total / 1024


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by a process and all its descendants, reaped ones included:
    what a start costs whatever the load of the machine (wall time on a shared machine is not)."""
    total, todo, tick = 0, [pid], os.sysconf("SC_CLK_TCK")
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total / tick


def serve(index_dir: Path, port: int, log: Path | None = None, src: Path | None = None, **settings) -> subprocess.Popen:
    env = {**os.environ, **({"PYTHONPATH": str(src.resolve())} if src else {}), "ISECG_KG_INDEX_DIR": str(index_dir), "ISECG_KG_PORT": str(port), "ISECG_KG_WORKERS": "2",
           "ISECG_KG_SPARQL_PROCESSES": "2", "ISECG_KG_SPARQL_TIMEOUT": "300",
           # The 8 clients all come from 127.0.0.1: one client's allowance would turn most away with 429.
           "ISECG_KG_SPARQL_CLIENT_QUERIES": "8",
           **{f"ISECG_KG_{k.upper()}": str(v) for k, v in settings.items()}}
    return subprocess.Popen([sys.executable, "-m", "isecg_kg.cli", "serve"], env=env,
                            stdout=subprocess.DEVNULL, stderr=open(log, "ab") if log else subprocess.DEVNULL)


def first_answer(url: str, started: float, limit: float = 300) -> float:
    """Seconds from ``started`` until the endpoint answers example 1."""
    while time.monotonic() - started < limit:
        try:
            if requests.post(url, data={"query": QUERIES[0][1]}, headers=JSON, timeout=limit).status_code == 200:
                return time.monotonic() - started
        except requests.RequestException:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"no SPARQL answer from {url} within {limit} s")


def warm(url: str, started: float, limit: float = 300) -> float:
    """Seconds from ``started`` until ``url`` (GET /health) answers 200, both workers' warm-up done
    (each request reaches one worker: a few answers in a row)."""
    in_a_row = 0
    while time.monotonic() - started < limit and in_a_row < 4:
        try:
            in_a_row = in_a_row + 1 if requests.get(url, timeout=limit).status_code == 200 else 0
        except requests.RequestException:
            in_a_row = 0
        time.sleep(0.2)
    return time.monotonic() - started


def timed(run, repeat: int) -> float:
    """Median ms of ``repeat`` runs after a warm one; NaN when the query failed (stopped at the limit)."""
    try:
        run()  # warm
    except requests.RequestException as exc:
        print(f"  failed: {exc}", flush=True)
        return float("nan")
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def timed_pair(first, second, repeat: int) -> tuple[float, float]:
    """Median ms of ``first`` and of ``second``, run in turn ``repeat`` times after a warm run each
    (NaN for a side that failed)."""
    medians = []
    for run in (first, second):
        try:
            run()  # warm
        except requests.RequestException as exc:
            answer = exc.response.text[:300] if exc.response is not None else ""
            print(f"  failed: {exc} {answer}", flush=True)
            medians.append(None)
            continue
        medians.append([])
    for _ in range(repeat):
        for run, times in zip((first, second), medians):
            if times is not None:
                start = time.perf_counter()
                run()
                times.append((time.perf_counter() - start) * 1000)
    return tuple(statistics.median(t) if t else float("nan") for t in medians)


def timed_all(runs: list, repeat: int) -> list[float]:
    """Median ms of each of ``runs``, run in turn ``repeat`` times after a warm run each (NaN for one that failed)."""
    medians: list = []
    for run in runs:
        try:
            run()  # warm
            medians.append([])
        except requests.RequestException as exc:
            print(f"  failed: {exc}", flush=True)
            medians.append(None)
    for _ in range(repeat):
        for run, times in zip(runs, medians):
            if times is not None:
                start = time.perf_counter()
                run()
                times.append((time.perf_counter() - start) * 1000)
    return [statistics.median(t) if t else float("nan") for t in medians]


def over_http(url: str, query: str, *, limit: float = 300, dataset=((), ())):
    """POST ``query``; ``dataset`` (default graphs, named graphs): the protocol's parameters."""
    data = [("query", query)] + [("default-graph-uri", g) for g in dataset[0]] \
        + [("named-graph-uri", g) for g in dataset[1]]

    def run():
        resp = requests.post(url, data=data, headers=JSON, timeout=limit)
        resp.raise_for_status()
        return resp.content
    return run


def concurrency(url: str, seconds: float, queries: list, *, limit: float, clients: int = 8,
                params: dict | None = None) -> str:
    """Requests per second of ``clients`` threads sending ``queries`` in turn for ``seconds``: answered,
    and turned away by the admission rules (429 / 503 with Retry-After, e.g. a query past
    sparql_quick_seconds while the long-query processes are taken)."""
    end = time.monotonic() + seconds

    def client(i):
        done = refused = failed = 0
        while time.monotonic() < end:
            query = queries[(i + done + refused + failed) % len(queries)][1]
            resp = requests.post(url, data={"query": query, **(params or {})}, headers=JSON, timeout=limit)
            if resp.status_code in (429, 503) and "Retry-After" in resp.headers:
                refused += 1
            elif resp.status_code != 200:  # a query the store cannot answer (printed with the medians)
                failed += 1
            else:
                done += 1
        return done, refused, failed

    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(client, range(clients)))
    done, refused, failed = (sum(r[k] for r in results) for k in range(3))
    return f"{done / seconds:.1f} answered" + (f", {refused / seconds:.1f} refused" if refused else "") \
        + (f", {failed / seconds:.1f} failed" if failed else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=Path("indexes"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=10.0, help="length of the 8-client run")
    parser.add_argument("--stores", default="embedded,oxigraph")
    parser.add_argument("--queries", default="", help="comma-separated numbers (1-9) of the queries to run; "
                        "default all")
    parser.add_argument("--limit", type=float, default=300, help="seconds a query may take (either way)")
    parser.add_argument("--src", type=Path, action="append", help="with --stores embedded: serve this source "
                        "tree (repeatable: the trees side by side, each query timed through each in turn and "
                        "directly, so that every tree meets the same load)")
    parser.add_argument("--layout", type=Path, help="N-Quads file of the remote stores' dataset, kept for the "
                        "next run on the same index folder (written if missing)")
    args = parser.parse_args()
    chosen = [QUERIES[int(i) - 1] for i in args.queries.split(",")] if args.queries else QUERIES
    build = current_build(args.index_dir)
    quads = build.manifest.stages["graph"].get("quads")
    embedded = EmbeddedStore.open(store_path(build))
    print(f"graph: {len(embedded)} quads in the store ({quads} in {DATASET}), {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    rows, extra = {}, Figures()
    prefix = Settings.load().base_iri + "graph/"
    with tempfile.TemporaryDirectory(prefix="bench-load-") as load_tmp:
        layout = args.layout or Path(load_tmp) / "layout.nq"
        if args.stores != "embedded" and not layout.exists():
            started = time.monotonic()
            extra["remote layout quads"] = _layout_file(embedded, prefix, layout)
            extra["remote layout file s"] = round(time.monotonic() - started, 1)
        if args.src:
            _bench_trees(args, build, chosen, extra)
            return
        for kind in args.stores.split(","):
            _bench(kind, args, build, embedded, chosen, layout, prefix, rows, extra)
    kinds = args.stores.split(",")
    print(f"{'query (median ms)':34}" + "".join(f"{k + ' endpoint':>20}{k + ' direct':>18}{'ratio':>7}" for k in kinds))
    for name, by_kind in rows.items():
        cells = ""
        for k in kinds:
            through, direct = by_kind.get(k, (float("nan"),) * 2)
            cells += f"{through:20.1f}{direct:18.1f}{through / direct:7.2f}"
        print(f"{name[:34]:34}{cells}")
    for k in kinds:
        ratios = [by_kind[k][0] / by_kind[k][1] for by_kind in rows.values() if k in by_kind]
        print(f"{k}: endpoint/direct per query, median {statistics.median(ratios):.2f}, worst {max(ratios):.2f}")
    for key, value in extra.items():
        print(f"{key}: {value}")
    print(f"reproduce: {sys.executable} bench/stores.py --index-dir {args.index_dir} --repeat {args.repeat} "
          f"--seconds {args.seconds} --stores {args.stores} --limit {args.limit}"
          + (f" --queries {args.queries}" if args.queries else "") + (f" --layout {args.layout}" if args.layout else ""))


def _bench(kind: str, args, build, embedded: EmbeddedStore, chosen: list, layout: Path, prefix: str, rows: dict,
           extra: dict) -> None:
    """One store: loaded (a remote one by its bulk loader, in the layout ingest publishes), served
    through our endpoint, each query timed through it and directly, then the 8 clients."""
    with tempfile.TemporaryDirectory(prefix=f"bench-{kind}-") as tmp:
        load_started = time.monotonic()
        if kind == "embedded":
            context = _read_only_server(store_path(build), Path(tmp))
        elif kind == "oxigraph":
            context = remote_stores.started(kind, Path(tmp), timeout_s=int(args.limit), preload=layout)
        else:
            context = remote_stores.started(kind, Path(tmp), timeout_s=int(args.limit), buffers=VIRTUOSO_BUFFERS)
        with context as server:
            settings, remote = {}, None
            direct_url = server.query_url
            if kind != "embedded":
                if server.bulk_load:
                    server.bulk_load(layout)
                extra[f"{kind} load s"] = round(time.monotonic() - load_started, 1)
                settings = {"store_query_url": server.query_url}
                remote = RemoteStore(server.query_url, graphs=prefix)
            port = remote_stores.free_port()
            started = time.monotonic()
            log = Path(tmp) / "serve.log"
            proc = serve(args.index_dir, port, log, **settings)
            try:
                url = f"http://127.0.0.1:{port}/sparql"
                extra[f"{kind} first answer s"] = round(first_answer(url, started), 2)
                extra[f"{kind} serve RSS MB after first answer"] = round(rss_mb(proc.pid))
                # Timed once warm (GET /health: ok), not while the workers still load the model.
                extra[f"{kind} warm s"] = round(warm(f"http://127.0.0.1:{port}/health", started), 1)
                for name, query in chosen:
                    # Interleaved, so that both sides meet the same load of the shared machine.
                    # Directly: on the dataset the endpoint gives the store (kg/remote.py), as the endpoint does.
                    dataset = remote.dataset(text=query, code=text.code(query)) if remote else ((), ())
                    through, direct = timed_pair(over_http(url, query, limit=args.limit),
                                                 over_http(direct_url, query, limit=args.limit, dataset=dataset),
                                                 args.repeat)
                    in_process = timed(lambda q=query: list(embedded.store.query(q)), args.repeat) \
                        if kind == "embedded" else float("nan")  # not bounded
                    rows.setdefault(name, {})[kind] = (through, direct)
                    print(f"  {kind} {name}: {through:.1f} ms through the endpoint, {direct:.1f} ms direct"
                          + (f" ({in_process:.1f} ms pyoxigraph in-process)" if kind == "embedded" else ""),
                          flush=True)
                if any(by_kind[kind][0] != by_kind[kind][0] for by_kind in rows.values()):  # NaN: failed
                    errors = [line for line in log.read_text(errors="replace").splitlines() if "Error" in line or "Unavailable" in line]
                    print("  the server's errors:\n    " + "\n    ".join(errors[-10:]), flush=True)
                extra[f"{kind} 8 clients req/s"] = concurrency(url, args.seconds, chosen, limit=args.limit)
                extra[f"{kind} 8 clients direct req/s"] = concurrency(
                    direct_url, args.seconds, chosen, limit=args.limit,
                    params={"default-graph-uri": Layout(prefix).default} if remote else None)
                extra[f"{kind} serve RSS MB"] = round(rss_mb(proc.pid))
                extra[f"{kind} store RSS MB"] = round(rss_mb(server.proc.pid))
            finally:
                remote_stores.stop(proc)


def _bench_trees(args, build, chosen: list, extra: dict) -> None:
    """The embedded store through each of ``args.src`` (served side by side) and directly: each
    query timed through every tree and directly in turn; the median endpoint/direct per tree."""
    with tempfile.TemporaryDirectory(prefix="bench-trees-") as tmp, \
            _read_only_server(store_path(build), Path(tmp)) as server:
        procs, urls = [], {}
        try:
            for tree in args.src:
                port = remote_stores.free_port()
                started = time.monotonic()
                procs.append(serve(args.index_dir, port, Path(tmp) / f"serve-{len(procs)}.log", src=tree))
                urls[str(tree)] = f"http://127.0.0.1:{port}/sparql"
                first_answer(urls[str(tree)], started)
                warm(f"http://127.0.0.1:{port}/health", started)
            ratios: dict[str, list[float]] = {tree: [] for tree in urls}
            print(f"{'query (median ms)':34}" + "".join(f"{t[-24:]:>26}" for t in urls) + f"{'direct':>10}")
            for name, query in chosen:
                runs = [over_http(url, query, limit=args.limit) for url in urls.values()]
                medians = timed_all(runs + [over_http(server.query_url, query, limit=args.limit)], args.repeat)
                direct = medians[-1]
                for tree, through in zip(urls, medians):
                    ratios[tree].append(through / direct)
                print(f"{name[:34]:34}" + "".join(f"{m:16.1f} ({m / direct:5.2f}x)" for m in medians[:-1])
                      + f"{direct:10.1f}", flush=True)
            for tree, values in ratios.items():
                print(f"{tree}: endpoint/direct per query, median {statistics.median(values):.2f}, "
                      f"worst {max(values):.2f}")
            for tree, url in urls.items():
                extra[f"{tree} 8 clients req/s"] = concurrency(url, args.seconds, chosen, limit=args.limit)
            extra["direct 8 clients req/s"] = concurrency(server.query_url, args.seconds, chosen, limit=args.limit)
        finally:
            for proc in procs:
                remote_stores.stop(proc)
    print(f"load average {os.getloadavg()[0]:.1f}; reproduce: {sys.executable} bench/stores.py --index-dir "
          f"{args.index_dir} --stores embedded --repeat {args.repeat} --seconds {args.seconds}"
          + (f" --queries {args.queries}" if args.queries else "") + "".join(f" --src {t}" for t in args.src))


class Figures(dict):
    """The figures beside the table, printed as they come (a long run shows what it has)."""

    def __setitem__(self, key, value):
        print(f"  {key}: {value}", flush=True)
        super().__setitem__(key, value)


@contextlib.contextmanager
def _read_only_server(store: Path, folder: Path):
    """Oxigraph's own server on the build's on-disk store, read-only (beside our query processes)."""
    port = remote_stores.free_port()
    log = folder / "oxigraph.log"
    proc = subprocess.Popen([str(remote_stores.OXIGRAPH), "serve-read-only", "--location", str(store),
                             "--bind", f"127.0.0.1:{port}"], stdout=open(log, "ab"), stderr=subprocess.STDOUT)
    try:
        remote_stores._wait(f"http://127.0.0.1:{port}/query", proc, log)
        yield remote_stores.Server("oxigraph-read-only", f"http://127.0.0.1:{port}/query", "", "", proc)
    finally:
        remote_stores.stop(proc)


def _layout_file(embedded: EmbeddedStore, prefix: str, out: Path) -> int:
    """The dataset as ingest publishes it on a remote store (kg/remote.py: each named graph, their
    merge in ``{prefix}default``, the list of them in ``{prefix}dataset``), as one N-Quads file for
    the store's bulk loader; the number of quads.  Dumped by Oxigraph graph by graph, so that a
    blank node keeps its label in its graph and in the merge (as in the embedded store)."""
    lay = Layout(prefix)
    graphs = sorted(g.value for g in embedded.store.named_graphs())
    count = 0
    with open(out, "wb") as handle:
        # An N-Triples line ends with " .\n" and nowhere else (a literal's line breaks are escaped).
        for graph, iri in [(ox.NamedNode(g), g) for g in graphs] + [(ox.DefaultGraph(), lay.default)]:
            data = embedded.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
            count += data.count(b" .\n")
            handle.write(data.replace(b" .\n", f" <{iri}> .\n".encode()))
        handle.writelines(f"<{lay.registry}> <{NAMED_GRAPH}> <{g}> <{lay.registry}> .\n".encode() for g in graphs)
    return count + len(graphs)


if __name__ == "__main__":
    main()
