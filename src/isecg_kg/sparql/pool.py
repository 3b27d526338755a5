"""A pool of query processes, each with the build's on-disk store open read-only (the data
itself is shared through the OS page cache, not copied per process).

pyoxigraph evaluates a query in Rust without ever returning to Python until the next row is
ready, so a thread cannot be stopped.  A process can: a job that overruns the time limit gets
its process killed (the CPU is freed at once) and a fresh one is started in the background,
while the other processes keep answering.

There are no updates here: a build's store is read-only (updates go to a remote store, see
endpoint.py).
"""

from __future__ import annotations

import logging
import queue
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Callable

from . import worker

log = logging.getLogger(__name__)


class Stopped(Exception):
    """The job ran out of time (or no process became free in time); its process was killed."""


class Unavailable(RuntimeError):
    """A query process could not open the store."""


class Crashed(Exception):
    """A query process died while running a job (out of memory, killed from outside)."""


@dataclass(eq=False)
class _Process:
    proc: subprocess.Popen
    conn: Connection
    started: float = field(default_factory=time.monotonic)


class Pool:
    def __init__(self, loader: Callable[[], object], *, size: int, timeout: float):
        self.loader, self.size, self.timeout = loader, size, timeout
        self._idle: queue.Queue[_Process] = queue.Queue()
        self._all: set[_Process] = set()
        self._lock = threading.Lock()
        self._closed = False
        try:
            starting = [self._start() for _ in range(size)]
            for process in starting:  # started together, so opening happens in parallel
                self._wait_ready(process)
                self._idle.put(process)
        except BaseException:
            self.close()
            raise

    # -- jobs ---------------------------------------------------------------------------------

    def run(self, job):
        """Run ``job`` in a free process, within the time limit in total (waiting included).

        Raises Stopped, Crashed or worker.JobError."""
        deadline = time.monotonic() + self.timeout
        return self._run_on(self._acquire(deadline), job, deadline)

    def _acquire(self, deadline: float) -> _Process:
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise Stopped(f"all {self.size} query processes stayed busy") from None

    def _run_on(self, process: _Process, job, deadline: float):
        try:
            process.conn.send(job)
            if not process.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(process)
                raise Stopped("time limit reached")
            status, payload = process.conn.recv()
        except (EOFError, OSError) as exc:
            self._replace(process)
            raise Crashed(f"query process died: {exc or type(exc).__name__}") from None
        self._idle.put(process)
        if status != "ok":
            raise worker.JobError(status, payload)
        return payload

    # -- processes ----------------------------------------------------------------------------

    def _start(self) -> _Process:
        # A fresh interpreter running worker.main, not a fork of a threaded server,
        # talking over a socket pair; it is sent the loader, then jobs.
        parent, child = socket.socketpair()
        with child:
            proc = subprocess.Popen([sys.executable, "-c", "from isecg_kg.sparql.worker import main; main()",
                                     str(child.fileno())],
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
        if status != "ready":
            self._kill(process)
            raise Unavailable(f"a SPARQL query process could not open the graph store: {message}")
        log.debug("query process %s ready in %.2f s", process.proc.pid, time.monotonic() - process.started)

    def _replace(self, process: _Process) -> None:
        self._kill(process)
        if self._closed:
            return

        def respawn():
            try:
                fresh = self._start()
                self._wait_ready(fresh)
            except Exception:
                log.exception("could not restart a SPARQL query process")
                return
            if self._closed:
                self._kill(fresh)
            else:
                self._idle.put(fresh)

        threading.Thread(target=respawn, daemon=True, name="sparql-respawn").start()

    def _kill(self, process: _Process) -> None:
        process.proc.kill()
        process.proc.wait(5)
        process.conn.close()
        with self._lock:
            self._all.discard(process)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            processes = list(self._all)
        for process in processes:
            self._kill(process)

    def idle(self) -> int:
        """Processes ready for a job now (a replacement counts once it has opened the store)."""
        return self._idle.qsize()

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(p.proc.pid for p in self._all)
