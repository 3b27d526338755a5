"""Real SPARQL stores for the tests, each started on a free 127.0.0.1 port with a database in a
temporary folder and stopped afterwards: Oxigraph server (PyPI `oxigraph`, installed with the
test extras) and Virtuoso open source (Debian `virtuoso-opensource`, installed by `make stores`).

Virtuoso is configured as README "Deployment" says: anonymous reads at /sparql, updates at
/sparql-auth and the Graph Store Protocol at /sparql-graph-crud-auth as dba (HTTP Digest).  The
tests share one Virtuoso per session (``for_tests``): each fixture's base IRI is its own dataset
on it (kg/remote.py), so they do not see each other's graphs."""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

STORES = ["embedded", "oxigraph", "virtuoso"]  # the stores the endpoint and ingest are tested with
OXIGRAPH = Path(sys.executable).parent / "oxigraph"
VIRTUOSO = shutil.which("virtuoso-t")
VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


@dataclass
class Server:
    kind: str
    query_url: str
    update_url: str
    data_url: str
    proc: subprocess.Popen
    restart: object = None  # () -> None: stop the server and start it again on the same database
    user: str = ""
    password: str = ""
    bulk_load: object = None  # (N-Quads file) -> None: the store's own bulk loader (the bench; Virtuoso only)

    def settings(self) -> dict:
        return {"store_query_url": self.query_url, "store_update_url": self.update_url,
                "store_data_url": self.data_url, "store_user": self.user, "store_password": self.password}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the store exited ({proc.returncode}): {log.read_text()[-2000:]}")
        try:
            requests.get(url, params={"query": "ASK {}"}, timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.2)
    raise RuntimeError(f"the store did not answer within {seconds} s: {log.read_text()[-2000:]}")


@contextlib.contextmanager
def _serving(server: Server, start):
    """``server`` until the block ends (then stopped), restartable on the same database."""

    def restart():
        stop(server.proc)
        server.proc = start()

    server.restart = restart
    try:
        yield server
    finally:
        stop(server.proc)


def stop(proc: subprocess.Popen) -> None:
    """Stop a server process: politely, then for good."""
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@contextlib.contextmanager
def oxigraph(folder: Path, *, timeout_s: int = 30, preload: Path | None = None):
    """``preload``: an N-Quads file put in the database by `oxigraph load` before the server starts
    (its bulk loader: minutes faster than Graph Store PUTs on millions of quads)."""
    if not OXIGRAPH.exists():
        pytest.fail(f"{OXIGRAPH} is missing: `make test` installs it (PyPI oxigraph, in the test extras)")
    if preload is not None:
        subprocess.run([str(OXIGRAPH), "load", "--location", str(folder / "db"), "--file", str(preload)],
                       check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = folder / "oxigraph.log"

    def start():
        proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(folder / "db"), "--bind",
                                 f"127.0.0.1:{port}", "--timeout-s", str(timeout_s)],
                                stdout=open(log, "ab"), stderr=subprocess.STDOUT)
        _wait(base + "/query", proc, log)
        return proc

    with _serving(Server("oxigraph", base + "/query", base + "/update", base + "/store", start()), start) as server:
        yield server


@contextlib.contextmanager
def virtuoso(folder: Path, *, timeout_s: int = 30, buffers: int = 0):
    """``buffers``: Virtuoso's NumberOfBuffers (8 KB pages in memory; its default 10000 is for a
    small database); the server's ``bulk_load`` loads an N-Quads file with ld_dir / rdf_loader_run."""
    if VIRTUOSO is None or not VIRTUOSO_INI.exists():
        pytest.fail("virtuoso-t is missing: `make test` installs Debian's virtuoso-opensource")
    http_port, sql_port = free_port(), free_port()
    db = folder / "db"
    db.mkdir(parents=True, exist_ok=True)
    (folder / "no-vad").mkdir(exist_ok=True)
    ini = VIRTUOSO_INI.read_text().replace("/var/lib/virtuoso-opensource-7/db", str(db))
    for pattern, value in [(r"(\[Parameters\][^\[]*?)ServerPort\s*=\s*\d+", f"127.0.0.1:{sql_port}"),
                           (r"(\[HTTPServer\][^\[]*?)ServerPort\s*=\s*\d+", f"127.0.0.1:{http_port}")]:
        ini = re.sub(pattern, lambda m, v=value: f"{m.group(1)}ServerPort = {v}", ini, count=1)
    ini = re.sub(r"VADInstallDir\s*=.*", f"VADInstallDir = {folder / 'no-vad'}/", ini)  # no Conductor: starts in s
    ini = re.sub(r"ResultSetMaxRows\s*=\s*\d+", "ResultSetMaxRows = 1000000", ini)  # our endpoint caps rows
    ini = re.sub(r"MaxQueryExecutionTime\s*=\s*\d+", f"MaxQueryExecutionTime = {timeout_s}", ini)
    # Not its optimiser's guess of the time either (400 s by default: at 5 M quads it refuses queries it
    # would answer in milliseconds, e.g. "estimated 840780224 s" for the events example); the limit is the time.
    ini = re.sub(r"\nMaxQueryCostEstimationTime\s*=", "\n;MaxQueryCostEstimationTime =", ini)
    load_dir = folder / "load"  # where bulk_load's files go: the one folder besides the database it may read
    ini = re.sub(r"DirsAllowed\s*=\s*", f"DirsAllowed = {load_dir}, ", ini)
    if buffers:
        ini = re.sub(r"\nNumberOfBuffers\s*=\s*\d+", f"\nNumberOfBuffers = {buffers}", ini)
        ini = re.sub(r"\nMaxDirtyBuffers\s*=\s*\d+", f"\nMaxDirtyBuffers = {buffers * 3 // 4}", ini)
    (db / "virtuoso.ini").write_text(ini)
    base = f"http://127.0.0.1:{http_port}"
    log = folder / "virtuoso.log"

    def start():
        proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(db / "virtuoso.ini")], cwd=db,
                                stdout=open(log, "ab"), stderr=subprocess.STDOUT)
        _wait(base + "/sparql", proc, log, seconds=120)
        return proc

    # A new database's dba password is "dba" (set in virtuoso.ini's [Parameters] on a real deployment).
    def bulk_load(nquads: Path) -> None:
        load_dir.mkdir(exist_ok=True)
        target = load_dir / nquads.name
        if not target.exists():
            target.symlink_to(nquads.resolve())
        script = (f"ld_dir('{load_dir}', '{nquads.name}', 'urn:unused');\nrdf_loader_run();\ncheckpoint;\n"
                  "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;\n")
        out = subprocess.run(["isql-vt", f"127.0.0.1:{sql_port}", "dba", "dba"], input=script, text=True,
                             capture_output=True, check=True).stdout
        if "0 Rows" not in out.rsplit("SELECT", 1)[-1]:
            raise RuntimeError(f"Virtuoso's bulk loader failed: {out[-2000:]}")

    server = Server("virtuoso", base + "/sparql", base + "/sparql-auth", base + "/sparql-graph-crud-auth", start(),
                    user="dba", password="dba", bulk_load=bulk_load)
    with _serving(server, start) as server:
        yield server


@contextlib.contextmanager
def started(kind: str, folder: Path, **kw):
    folder.mkdir(parents=True, exist_ok=True)
    with (oxigraph if kind == "oxigraph" else virtuoso)(folder, **kw) as server:
        yield server


_SESSION: dict[str, Server] = {}
_SESSION_STOP = contextlib.ExitStack()


@contextlib.contextmanager
def for_tests(kind: str, folder: Path):
    """A store for one fixture: an Oxigraph server of its own; the session's Virtuoso (it starts in
    seconds, not in a fraction of one), started by the first fixture that asks, stopped by ``close``."""
    if kind != "virtuoso":
        with started(kind, folder) as server:
            yield server
        return
    if kind not in _SESSION:
        _SESSION[kind] = _SESSION_STOP.enter_context(started(kind, folder))
    yield _SESSION[kind]


def close() -> None:
    """Stop the session's stores (tests/conftest.py, at the end of the session)."""
    _SESSION.clear()
    _SESSION_STOP.close()


def load(server: Server, files: list[tuple[str, str]], *, base_iri: str) -> None:
    """Put ``files`` (path, graph IRI) on the store as ingest does (kg.remote.put_dataset): one named
    graph each, their merge, and the list of them, in the dataset of ``base_iri``."""
    from isecg_kg.kg.remote import RemoteStore, put_dataset

    remote = RemoteStore(server.query_url, update_url=server.update_url, data_url=server.data_url,
                         user=server.user, password=server.password, graphs=base_iri + "graph/")
    graphs = {}
    for path, graph in files:
        triples = [q.triple for q in ox.parse(path=path)]
        graphs[graph] = ("", ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
    put_dataset(remote, graphs, published={}, state={})
