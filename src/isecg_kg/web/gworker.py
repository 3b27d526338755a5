"""The gunicorn worker of `isecg-kg serve`: gunicorn's threaded worker (gthread), except that a
request is read in the worker's event loop, without a thread, until its headers (and a body of
known length) have all arrived.

gthread hands a connection to a thread as soon as it has sent a first byte, and the thread then
reads the request with blocking calls: a client sending one header line every two seconds holds
a thread for as long as it likes, and a few dozen such clients hold them all (`/health` timed out
with 15; issue 13).  Here a connection takes a thread only once its request is complete, and a
connection that has not completed it within ``READ_SECONDS`` (setting header_seconds) is closed.
Chunked bodies, rare from SPARQL clients and browsers, are still read by the thread.
"""

from __future__ import annotations

import re
import selectors
import time
from functools import partial

from gunicorn.glogging import Logger
from gunicorn.workers.gthread import ThreadWorker

from .sparql_api import LOGGED

_CONTENT_LENGTH = re.compile(rb"^content-length[ \t]*:[ \t]*(\d+)[ \t]*\r?$", re.I | re.M)
_CHUNKED = re.compile(rb"^transfer-encoding[ \t]*:.*chunked", re.I | re.M)
_EXPECT_CONTINUE = re.compile(rb"^expect[ \t]*:[ \t]*100-continue", re.I | re.M)
HEAD_LIMIT = (1 << 20) + (64 << 10)  # the request line's limit (1 MiB, see cli.py) plus headers


class BufferingWorker(ThreadWorker):
    READ_SECONDS = 10.0  # set from the settings before gunicorn forks the workers
    MAX_BODY_BYTES = 1_000_000

    def init_process(self):
        self.reading: dict = {}  # connection -> (bytes so far, deadline)
        self.notified = float("-inf")
        super().init_process()

    def enqueue_req(self, conn):
        if conn.parser is not None and conn.parser.unreader.buf.getvalue():
            super().enqueue_req(conn)  # a kept-alive connection whose next request is already read
            return
        conn.sock.setblocking(False)
        self.reading[conn] = (bytearray(), time.monotonic() + self.READ_SECONDS)
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._readable, conn))
        # Read at once: a kept-alive connection comes here because it turned readable, and a new
        # one has usually sent its request by the time it is accepted.  Waiting for the poller
        # instead cost one more turn of the loop before the thread could start.
        self._readable(conn, conn.sock)

    def _readable(self, conn, sock):
        data, _ = self.reading[conn]
        try:
            chunk = sock.recv(65536)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:  # the client went away
            self._drop(conn)
            return
        data += chunk
        if not self._complete(data, sock):
            return
        self.poller.unregister(sock)
        del self.reading[conn]
        conn.init()  # blocking again, with a parser that starts from what has been read
        conn.parser.unreader.unread(bytes(data))
        conn.data_ready = True
        super().enqueue_req(conn)

    def _complete(self, data: bytearray, sock) -> bool:
        """Whether the thread can take over: the request is all here, or too large to wait for
        (the parser or the app then answers 413/414/431 without reading more)."""
        end = data.find(b"\r\n\r\n")
        if end < 0:  # bare line feeds are the parser's to judge
            return len(data) > HEAD_LIMIT or b"\n\n" in data
        head = bytes(data[:end + 2])
        if _CHUNKED.search(head):
            return True
        length = _CONTENT_LENGTH.search(head)
        if not length or int(length.group(1)) > self.MAX_BODY_BYTES:
            return True
        if len(data) >= end + 4 + int(length.group(1)):
            return True
        if len(data) == end + 4 and _EXPECT_CONTINUE.search(head):
            # The client (curl, for bodies over 1 KB) waits for this before sending the body; the
            # thread sends it again later, which clients accept (RFC 9110 §15.2).
            try:
                sock.send(b"HTTP/1.1 100 Continue\r\n\r\n")
            except OSError:
                pass
        return False

    def _drop(self, conn) -> None:
        del self.reading[conn]
        try:
            self.poller.unregister(conn.sock)
        except (KeyError, ValueError, OSError):
            pass
        self.nr_conns -= 1
        conn.close()

    def notify(self):
        """Tell the arbiter this worker is alive, at most once a second: gunicorn calls this at
        every turn of the loop (twice per request), and each call touches a file, a system call
        that hands the GIL to the request's thread and back."""
        now = time.monotonic()
        if now - self.notified >= 1.0:
            self.notified = now
            super().notify()

    def murder_pending(self):
        super().murder_pending()
        now = time.monotonic()
        for conn in [c for c, (_, deadline) in self.reading.items() if deadline <= now]:
            self._drop(conn)


class AccessLog(Logger):
    """gunicorn's logger, minus the access line of a request whose SPARQL query or update the endpoint
    has logged itself (``sparql_api.LOGGED``: its line already says the form, format, rows or status,
    duration, client and query): one line per query, not two, and the 0.2 ms of CPU a line costs
    (gunicorn collects every header and environ entry for it) not spent."""

    def access(self, resp, req, environ, request_time):
        if not environ.get(LOGGED):
            super().access(resp, req, environ, request_time)
