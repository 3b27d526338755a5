"""A pool of query processes, each with the build's on-disk store open read-only (the data
itself is shared through the OS page cache, not copied per process).

pyoxigraph evaluates a query in Rust without ever returning to Python until the next row is
ready, so a thread cannot be stopped.  A process can: a job that overruns the time limit gets
its process killed (the CPU is freed at once) and a fresh one is started in the background,
while the other processes keep answering.

Admission, so that nobody can take every process: a client (remote address) may have at most
``per_client`` jobs running or waiting; a job waits at most ``queue_wait`` seconds for a process;
and a query that runs past ``quick`` seconds is a long query, of which at most ``size - 1`` run at
once, so one process is always left for quick queries.  A query that turns long while those are
taken is stopped, and its text remembered: sent again, it waits for a long query's process
instead of passing through the quick one.

Every process runs under an address-space cap (``memory_mb``); one that hits it is replaced.

There are no updates here: a build's store is read-only (updates go to a remote store, see
endpoint.py).
"""

from __future__ import annotations

import logging
import math
import pickle
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Callable

from . import worker

log = logging.getLogger(__name__)


HEAVY_REMEMBERED = 1000  # texts of long queries kept (LRU): they skip the quick process


def _key(job: worker.Query) -> str:
    return " ".join(job.text.split())


class Stopped(Exception):
    """The job ran out of time (or no process became free in time); its process was killed."""


class Unavailable(RuntimeError):
    """A query process could not open the store."""


class Crashed(Exception):
    """A query process died while running a job (killed from outside, a crash)."""


class OutOfMemory(Exception):
    """The job needed more memory than ``memory_mb``; its process was replaced."""


class Busy(Exception):
    """The job was not run (or stopped) because of the admission rules; retry after ``retry_after`` s.
    ``status`` is 429 when this client has too many jobs, 503 when the server is busy."""

    def __init__(self, message: str, *, retry_after: int, status: int = 503):
        super().__init__(message)
        self.retry_after, self.status = retry_after, status


@dataclass(eq=False)
class _Process:
    proc: subprocess.Popen
    conn: Connection
    started: float = field(default_factory=time.monotonic)


class Pool:
    def __init__(self, loader: Callable[[], object], *, size: int, timeout: float, memory_mb: int = 1024,
                 quick: float = 1.0, queue_wait: float = 10.0, per_client: int = 2):
        self.loader, self.size, self.timeout, self.memory_mb = loader, size, timeout, memory_mb
        self.quick, self.queue_wait, self.per_client = quick, queue_wait, per_client
        self.long_slots = max(1, size - 1)  # with one process there is nothing to reserve
        self._idle: list[_Process] = []
        self._all: set[_Process] = set()
        self._lock = threading.Lock()
        self._admission = threading.Condition()  # guards _idle, _long, _clients, _heavy
        self._long: dict[_Process, float] = {}  # processes running a long job -> its deadline
        self._clients: Counter[str] = Counter()
        self._heavy: OrderedDict[str, None] = OrderedDict()  # texts of queries that ran long
        self._closed = False
        # The pool serves as soon as one process has opened the store; the others are started then
        # and join when ready (so the first answer after a start waits for one process, which does
        # not share the CPU with the others while it starts).
        try:
            first = self._start()
            self._wait_ready(first)
        except BaseException:
            self.close()
            raise
        self._idle.append(first)
        for _ in range(size - 1):
            self._join_when_ready(self._start())

    # -- jobs ---------------------------------------------------------------------------------

    def run(self, job, *, client: str | None = None):
        """Run ``job`` in a free process, within the time limit in total (waiting included).

        Raises Busy, Stopped, Crashed, OutOfMemory or worker.JobError."""
        start = time.monotonic()
        deadline = start + self.timeout
        with self._admission:
            if client is not None and self._clients[client] >= self.per_client:
                raise Busy(f"this client already has {self._clients[client]} queries running or waiting "
                           f"(setting sparql_client_queries = {self.per_client}); send the next one when one "
                           "has finished", retry_after=self._retry_after(), status=429)
            if client is not None:
                self._clients[client] += 1
        try:
            process, long = self._acquire(start, deadline, key=_key(job) if isinstance(job, worker.Query) else None)
            return self._run_on(process, job, deadline, long=long, quick=isinstance(job, worker.Query))
        finally:
            if client is not None:
                with self._admission:
                    self._clients[client] -= 1
                    if not self._clients[client]:
                        del self._clients[client]

    def _acquire(self, start: float, deadline: float, *, key: str | None) -> tuple[_Process, bool]:
        """(a free process, whether it runs as a long job), waited for until ``sparql_queue_seconds``
        after ``start`` or ``deadline``.  A query whose text (``key``) ran long before, even while
        this one was waiting, waits for a long job's process."""
        until = min(deadline, start + self.queue_wait)
        if until == deadline:
            why = f"the query's time limit, setting sparql_timeout = {self.timeout:g} s"
        else:
            why = f"setting sparql_queue_seconds = {self.queue_wait:g}"
        with self._admission:
            while True:
                long = key is not None and key in self._heavy
                if self._idle and (not long or len(self._long) < self.long_slots):
                    process = self._idle.pop()
                    if long:
                        self._long[process] = deadline
                    return process, long
                left = until - time.monotonic()
                if left <= 0:
                    waited = f"{time.monotonic() - start:.0f} s ({why})"
                    if long:
                        raise Busy(f"this query ran past sparql_quick_seconds ({self.quick:g} s) before, and the "
                                   f"{self.long_slots} query process(es) long queries may use stayed busy for "
                                   f"{waited}", retry_after=self._retry_after())
                    raise Busy(f"all {self.size} query processes stayed busy for {waited}",
                               retry_after=self._retry_after())
                self._admission.wait(left)

    def _retry_after(self) -> int:
        """Seconds until the first long job must have ended (at least 1); call holding _admission."""
        if not self._long:
            return 1
        return max(1, math.ceil(min(self._long.values()) - time.monotonic()))

    def _release(self, process: _Process) -> None:
        with self._admission:
            self._long.pop(process, None)
            self._idle.append(process)
            self._admission.notify_all()

    def _run_on(self, process: _Process, job, deadline: float, *, long: bool, quick: bool):
        try:
            # Plain pickle: Connection.send/recv pickle with multiprocessing's ForkingPickler, which
            # copies its reducer table for every message (the worker reads either).
            process.conn.send_bytes(pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL))
            answered = False
            if quick and not long:  # a quick query turns long past sparql_quick_seconds
                answered = process.conn.poll(min(self.quick, max(0.0, deadline - time.monotonic())))
                if not answered:
                    self._turn_long(process, job, deadline)
            if not answered and not process.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(process)
                raise Stopped("time limit reached")
            status, payload = pickle.loads(process.conn.recv_bytes())
        except (EOFError, OSError) as exc:
            if self._replace(process, died=True) == -signal.SIGABRT:  # how Rust answers a failed allocation
                raise OutOfMemory(f"it needed more than {self.memory_mb} MB") from None
            raise Crashed(f"query process died: {exc or type(exc).__name__}") from None
        if status == "memory":
            self._replace(process, died=True)
            raise OutOfMemory(f"it needed more than {self.memory_mb} MB")
        self._release(process)
        if status != "ok":
            raise worker.JobError(status, payload)
        return payload

    def _turn_long(self, process: _Process, job: worker.Query, deadline: float) -> None:
        """``job`` has run past the quick budget: it goes on as a long job if a long slot is free,
        else it is stopped so that the last process stays free for quick queries."""
        with self._admission:
            self._heavy[_key(job)] = None
            self._heavy.move_to_end(_key(job))
            while len(self._heavy) > HEAVY_REMEMBERED:
                self._heavy.popitem(last=False)
            if len(self._long) < self.long_slots:
                self._long[process] = deadline
                return
            retry_after = self._retry_after()
        self._replace(process)
        raise Busy(f"query stopped: it ran past {self.quick:g} s (setting sparql_quick_seconds) while the "
                   f"{self.long_slots} query process(es) long queries may use were busy; sent again, it waits "
                   "for one of them (up to sparql_queue_seconds)", retry_after=retry_after)

    # -- processes ----------------------------------------------------------------------------

    def _start(self) -> _Process:
        # A fresh interpreter running worker.main, not a fork of a threaded server,
        # talking over a socket pair; it is sent the loader, then jobs.
        parent, child = socket.socketpair()
        with child:
            proc = subprocess.Popen([sys.executable, "-c", "from isecg_kg.sparql.worker import main; main()",
                                     str(child.fileno()), str(self.memory_mb)],
                                    pass_fds=[child.fileno()])
        conn = Connection(parent.detach())
        conn.send(self.loader)
        process = _Process(proc, conn)
        with self._lock:
            self._all.add(process)
        return process

    def _wait_ready(self, process: _Process) -> None:
        try:
            status, message = process.conn.recv()
        except EOFError:
            status, message = "failed", "it exited"
            if self._kill(process, died=True) == -signal.SIGABRT:
                message = f"it ran out of memory (setting sparql_memory_mb = {self.memory_mb})"
        if status != "ready" and message.startswith("MemoryError"):
            message = f"it ran out of memory (setting sparql_memory_mb = {self.memory_mb})"
        if status != "ready":
            self._kill(process)
            raise Unavailable(f"a SPARQL query process could not open the graph store: {message}")
        log.debug("query process %s ready in %.2f s", process.proc.pid, time.monotonic() - process.started)

    def _replace(self, process: _Process, *, died: bool = False) -> int | None:
        """Kill ``process`` (``died``: reap it) and start another in the background; its exit code."""
        with self._admission:
            self._long.pop(process, None)
        code = self._kill(process, died=died)
        if not self._closed:
            try:
                self._join_when_ready(self._start())
            except Exception:
                log.exception("could not restart a SPARQL query process")
        return code

    def _join_when_ready(self, process: _Process) -> None:
        """Give ``process`` jobs once it has opened the store (waited for in a background thread)."""

        def wait():
            try:
                self._wait_ready(process)
            except Exception:
                if not self._closed:  # closing kills a process that is still loading
                    log.exception("a SPARQL query process could not start")
                return
            if self._closed:
                self._kill(process)
            else:
                self._release(process)

        threading.Thread(target=wait, daemon=True, name="sparql-start").start()

    def _kill(self, process: _Process, *, died: bool = False) -> int | None:
        try:  # one that has just died is reaped with its own exit code
            code = process.proc.wait(2) if died else None
        except subprocess.TimeoutExpired:
            code = None
        if code is None:
            process.proc.kill()
            code = process.proc.wait(5)
        process.conn.close()
        with self._lock:
            self._all.discard(process)
        return code

    def close(self) -> None:
        self._closed = True
        with self._lock:
            processes = list(self._all)
        for process in processes:
            self._kill(process)

    def idle(self) -> int:
        """Processes ready for a job now (a replacement counts once it has opened the store)."""
        with self._admission:
            return len(self._idle)

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(p.proc.pid for p in self._all)
