"""What runs inside a query process: open the build's store once (read-only, on disk), then
answer jobs sent over a pipe.

A process evaluates one job at a time; the parent (pool.py) kills it when a job overruns the
time limit, since pyoxigraph cannot interrupt a running evaluation from Python.  Results are
serialized here, so only bytes cross the pipe.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time
from dataclasses import dataclass
import pickle
import socket
import struct
from typing import Callable

import pyoxigraph as ox

from ..kg.vocab import VOID
from .formats import BY_NAME

Dataset = tuple[list[str], list[str] | None] | str | None  # (default, named) | "union" | None (the query's)


@dataclass(frozen=True)
class Query:
    text: str
    format: str  # a formats.Format name
    dataset: Dataset = "union"
    base_iri: str | None = None
    max_rows: int = 10000
    prefixes: dict | None = None


@dataclass(frozen=True)
class Parse:
    """Check a query's syntax (on an empty store: what a remote store will run is standard SPARQL 1.1,
    and its errors read as ours)."""

    text: str
    base_iri: str | None = None


@dataclass(frozen=True)
class Graphs:
    """Ask for (graph IRI or None for the default graph, triple count) of every graph."""


@dataclass(frozen=True)
class Result:
    form: str  # select, ask, construct (DESCRIBE too)
    body: bytes = b""
    rows: int = 0
    truncated: bool = False


class JobError(Exception):
    """A job failed; ``kind`` is "syntax" (the parser's message) or "evaluation"."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class Channel:
    """This end of the pool's socket: pickles framed as multiprocessing.connection.Connection frames
    them (a 4-byte big-endian length, or -1 and an 8-byte one), so that the pool's side is a plain
    Connection, without importing multiprocessing here (a query process starts faster)."""

    def __init__(self, fd: int):
        self.sock = socket.socket(fileno=fd)

    def send(self, obj) -> None:
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        header = struct.pack("!i", len(data)) if len(data) <= 0x7FFFFFFF else struct.pack("!iQ", -1, len(data))
        self.sock.sendall(header + data)

    def recv(self):
        (size,) = struct.unpack("!i", self._exactly(4))
        if size == -1:
            (size,) = struct.unpack("!Q", self._exactly(8))
        return pickle.loads(self._exactly(size))

    def _exactly(self, size: int) -> bytes:
        data = bytearray()
        while len(data) < size:
            chunk = self.sock.recv(min(size - len(data), 1 << 20))
            if not chunk:
                raise EOFError("the pool closed the connection")
            data += chunk
        return bytes(data)


def serve(conn: Channel) -> None:
    """Receive the loader, open the store, say "ready", then answer jobs."""
    try:
        store = conn.recv()()
    except Exception as exc:  # say why, so that the server can tell its client
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except EOFError:  # the parent is gone
            return
        try:
            conn.send(("ok", run(store, job)))
        except JobError as exc:
            conn.send((exc.kind, str(exc)))
        except MemoryError:  # Python's side ran out; pyoxigraph's side aborts the process instead
            conn.send(("memory", "out of memory"))
            return


def run(store: ox.Store, job) -> Result | list | None:
    try:
        if isinstance(job, Query):
            return _query(store, job)
        if isinstance(job, Graphs):
            return _graphs(store)
        if isinstance(job, Parse):
            try:
                store.query(job.text, base_iri=job.base_iri)  # SELECT and CONSTRUCT are not even evaluated
            except SyntaxError:
                raise
            except Exception:  # noqa: BLE001 - only the syntax matters here
                pass
            return None
        raise TypeError(f"unknown job {job!r}")
    except SyntaxError as exc:
        raise JobError("syntax", str(exc)) from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise JobError("evaluation", str(exc)) from None


def _query(store: ox.Store, job: Query) -> Result:
    options = {}
    if job.dataset not in ("union", None):  # "union": the store's default graph is the merge already
        default, named = job.dataset
        options["default_graph"] = [ox.NamedNode(g) for g in default]
        if named is not None:
            options["named_graphs"] = [ox.NamedNode(g) for g in named]
    return serialize(store.query(job.text, base_iri=job.base_iri, **options), job.format,
                     max_rows=job.max_rows, prefixes=job.prefixes)


def serialize(results, format: str, *, max_rows: int, prefixes: dict | None = None,
              check: Callable[[], None] | None = None) -> Result:
    """Query results (QuerySolutions, QueryBoolean, or an iterable of Triple for CONSTRUCT and
    DESCRIBE) as a Result in ``format`` (a formats.Format name), cut at ``max_rows``.  ``check``
    is called every 1000 rows (to stop at a deadline)."""
    fmt = BY_NAME[format]
    if isinstance(results, ox.QueryBoolean):
        return Result("ask", results.serialize(format=fmt.oxigraph), 1)
    # Read one row beyond the cap to know whether it cuts anything; the rest is never computed.
    rows, truncated = [], False
    for row in results:
        if len(rows) == max_rows:
            truncated = True
            break
        rows.append(row)
        if check and len(rows) % 1000 == 0:
            check()
    if not isinstance(results, ox.QuerySolutions):
        body = ox.serialize(rows, format=fmt.oxigraph,
                            prefixes=prefixes if fmt.name in ("turtle", "trig", "rdfxml") else None)
        form = "construct"
    else:
        body = _serialize_solutions([v.value for v in results.variables], rows, fmt.oxigraph)
        form = "select"
    if truncated:
        body = _flag_truncation(body, fmt, max_rows)
    return Result(form, body, len(rows), truncated)


def _serialize_solutions(variables: list[str], rows: list, fmt: ox.QueryResultsFormat) -> bytes:
    """The rows kept, in ``fmt``: written as TSV (terms in their N-Triples form), read back by
    pyoxigraph and serialized by it, so every format comes from its own serializer."""
    lines = ["\t".join("?" + v for v in variables)]
    for row in rows:  # a row iterates over its terms in the order of the variables (by name: 5 times slower)
        lines.append("\t".join(["" if term is None else str(term) for term in row]))
    tsv = ("\n".join(lines) + "\n").encode()
    return ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(format=fmt)


def _flag_truncation(body: bytes, fmt, max_rows: int) -> bytes:
    note = f"results truncated to the first {max_rows} (setting sparql_max_rows)"
    if fmt.comment:
        return f"{fmt.comment} {note}\n".encode() + body
    if fmt.name in ("xml", "rdfxml"):
        head, sep, rest = body.partition(b"?>")  # after the XML declaration, if any
        comment = f"<!-- {note} -->".encode()
        return head + sep + comment + rest if sep else comment + body
    if fmt.name == "json":  # clients ignore members they do not know
        data = json.loads(body)
        data["truncated"] = True
        return json.dumps(data, ensure_ascii=False).encode()
    return body  # CSV, TSV, JSON-LD: the response headers say it


# The sizes a build's graph stage wrote (kg/void.py): a lookup, where counting reads every quad.  Two
# scans joined here: oxigraph joins them by a lookup per graph, slow on disk (300 ms at 500 graphs).
SIZES = f"PREFIX void: <{VOID}> " + "SELECT ?dataset ?triples { ?dataset void:triples ?triples FILTER(isIRI(?dataset)) }"
SUBSETS = f"PREFIX void: <{VOID}> " + "SELECT ?dataset ?graph { ?dataset void:subset ?graph }"


def _graphs(store: ox.Store) -> list[tuple[str | None, int]]:
    subsets = list(store.query(SUBSETS))
    if subsets:
        sizes = {row["dataset"].value: int(row["triples"].value) for row in store.query(SIZES)}
        counts = [(None, sizes[subsets[0]["dataset"].value])]
        counts += [(row["graph"].value, sizes[row["graph"].value]) for row in subsets]
        return sorted(counts, key=lambda c: (c[0] is not None, c[0] or ""))
    # Any other store (tests load plain files): counted.
    counts = [(None, len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))))]
    for graph in store.named_graphs():
        counts.append((graph.value, len(list(store.quads_for_pattern(None, None, None, graph)))))
    return sorted(counts, key=lambda c: (c[0] is not None, c[0] or ""))


def _exit_with_parent() -> None:
    """Exit once the server process that started this one is gone, even in the middle of a
    query (pyoxigraph releases the GIL while it evaluates, so this thread keeps running)."""
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


CLONE_NEWUSER, CLONE_NEWNET = 0x10000000, 0x40000000


def cut_network() -> bool:
    """Move this process into a network namespace of its own, with no interface up: nothing it
    runs can reach any host, 127.0.0.1 included.  The second barrier behind the refusal of
    SERVICE (a text check, since pyoxigraph can neither disable SERVICE nor show its parse).
    Needs a single-threaded process; root may create the namespace, others need a user
    namespace too.  Returns False where the kernel allows neither."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    return any(libc.unshare(flags) == 0 for flags in (CLONE_NEWNET, CLONE_NEWUSER | CLONE_NEWNET))


STACK_BYTES = 64 << 20  # the parser's room: 8 times the usual 8 MB
THREAD_STACK_BYTES = 8 << 20  # the stack glibc gives every other thread


def deepen_stack() -> None:
    """Let the main thread's stack grow to 64 MB (Linux reads the limit as the stack grows), so
    that oxigraph's recursive parser has 8 times the room of the usual 8 MB: the limits
    sparql_max_depth and sparql_max_tokens then leave a wide margin (README, Safety).  The main
    thread's stack grows on demand and is not counted in the data segment (cap_memory); glibc
    read the limit for other threads' stacks when the process started (small_thread_stacks)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    wanted = STACK_BYTES if hard == resource.RLIM_INFINITY else min(STACK_BYTES, hard)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_STACK, (wanted, hard))


def small_thread_stacks() -> None:
    """Started under a raised stack limit (``ulimit -s 65536``, say), each of RocksDB's threads
    would reserve that much and count it against sparql_memory_mb: lower the limit and start this
    process again, once, so that glibc gives threads the usual 8 MB."""
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    if soft != resource.RLIM_INFINITY and soft > THREAD_STACK_BYTES:
        resource.setrlimit(resource.RLIMIT_STACK, (THREAD_STACK_BYTES, hard))
        os.execv(sys.executable, sys.orig_argv)


def cap_memory(memory_mb: int) -> None:
    """Cap this process's data segment: heap, anonymous memory, thread stacks.  An allocation past
    it fails: in Rust (pyoxigraph) that aborts the process (SIGABRT, "memory allocation of N bytes
    failed"), in Python it raises MemoryError; either way the pool sees it and replaces the process.
    Not the address space: RocksDB's threads make glibc reserve arenas of 64 MB that are mostly
    never used (457 MB of address space for 39 MB resident, measured), so an address-space cap
    would mostly count reservations."""
    limit = memory_mb << 20
    resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def main() -> None:
    """``python -c "from isecg_kg.sparql.worker import main; main()" FD MEMORY_MB``: serve on the socket FD."""
    small_thread_stacks()
    isolated = cut_network()  # before any thread starts
    deepen_stack()
    cap_memory(int(sys.argv[2]))
    _exit_with_parent()
    conn = Channel(int(sys.argv[1]))
    if not isolated:
        print("isecg-kg: could not give the SPARQL query process a network namespace of its own; "
              "SERVICE is stopped by the query check alone", file=sys.stderr)
    serve(conn)
