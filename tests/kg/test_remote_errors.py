"""How a remote store's error answers are read (a stand-in HTTP server on 127.0.0.1, no store needed)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from isecg_kg.kg.remote import RemoteError, RemoteStore, RemoteTimeout


def _answering(status: int, body: str):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize("body, error", [
    # Virtuoso at the time limit it was given: however it says so, the limit was reached
    ("Virtuoso S1T00 Error SR171: Transaction timed out", RemoteTimeout),
    ("Virtuoso HY008 Error SR203: Async statement killed by SQLCancel.", RemoteTimeout),
    ("Virtuoso 42000 Error The estimated execution time 120 (sec) exceeds the limit of 5 (sec).", RemoteTimeout),
    # any other failure is the store's error, not a time limit
    ("Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error", RemoteError),
])
def test_a_store_stopped_at_its_time_limit_says_so(body, error):
    server = _answering(500, body)
    try:
        store = RemoteStore(f"http://127.0.0.1:{server.server_port}/sparql", timeout=5)
        with pytest.raises(RemoteError) as raised:
            store.request("GET", store.query_url)
        assert type(raised.value) is error and raised.value.status == 500
    finally:
        server.shutdown()
