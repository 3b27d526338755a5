"""Real SPARQL stores for the tests, each started on a free 127.0.0.1 port with a database in a
temporary folder and stopped afterwards: Oxigraph server (PyPI `oxigraph`, installed with the
test extras) and Virtuoso open source (Debian `virtuoso-opensource`, installed by `make stores`, for
the bench only: it is not yet supported as a store, see README "Deployment")."""

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

# The stores the endpoint and ingest are tested with.  Virtuoso starts (`virtuoso`, for the bench) but
# is not one of them yet: its default graph is the union of every graph, its system graphs included, with
# a row per graph holding a triple, and its Graph Store endpoint has no default graph to put the merge in.
STORES = ["embedded", "oxigraph"]
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

    def settings(self) -> dict:
        return {"store_query_url": self.query_url, "store_update_url": self.update_url,
                "store_data_url": self.data_url}


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
def oxigraph(folder: Path, *, timeout_s: int = 30):
    if not OXIGRAPH.exists():
        pytest.fail(f"{OXIGRAPH} is missing: `make test` installs it (PyPI oxigraph, in the test extras)")
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
def virtuoso(folder: Path, *, timeout_s: int = 30):
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
    (db / "virtuoso.ini").write_text(ini)
    base = f"http://127.0.0.1:{http_port}"
    log = folder / "virtuoso.log"

    def start():
        proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(db / "virtuoso.ini")], cwd=db,
                                stdout=open(log, "ab"), stderr=subprocess.STDOUT)
        _wait(base + "/sparql", proc, log, seconds=120)
        return proc

    server = Server("virtuoso", base + "/sparql", base + "/sparql", base + "/sparql-graph-crud", start())
    isql = shutil.which("isql-vt")
    # The anonymous SPARQL account may update (the test store has nothing else to protect).
    subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", "exec=GRANT SPARQL_UPDATE TO \"SPARQL\";"],
                   check=True, capture_output=True, timeout=60)
    with _serving(server, start) as server:
        yield server


@contextlib.contextmanager
def started(kind: str, folder: Path, **kw):
    folder.mkdir(parents=True, exist_ok=True)
    with (oxigraph if kind == "oxigraph" else virtuoso)(folder, **kw) as server:
        yield server


def load(server: Server, files: list[tuple[str, str]]) -> None:
    """Put ``files`` (path, graph IRI) on the store as ingest does: one named graph each, and
    their merge as the default graph."""
    from isecg_kg.kg.remote import RemoteStore

    remote = RemoteStore(server.query_url, update_url=server.update_url, data_url=server.data_url)
    merged: set = set()
    for path, graph in files:
        triples = [q.triple for q in ox.parse(path=path)]
        merged.update(triples)
        remote.put_graph(graph, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
    remote.put_graph(None, ox.serialize(sorted(merged, key=str), format=ox.RdfFormat.N_TRIPLES))
