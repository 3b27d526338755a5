"""`isecg-kg serve` under slow clients: connections that send their request a line at a time
hold no server thread, so /health keeps answering (issue 13, row 4)."""

from __future__ import annotations

import socket
import time

import pytest
import requests

pytestmark = pytest.mark.slow


def test_health_answers_while_slow_clients_trickle_headers(live_server):
    port = int(live_server.rsplit(":", 1)[1].strip("/"))
    slow = []
    try:
        for _ in range(30):  # more than the worker's threads (8)
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
            slow.append(s)
        for _ in range(4):
            for s in slow:
                s.sendall(b"X-Slow: 1\r\n")
            assert requests.get(live_server + "health", timeout=5).status_code == 200
            time.sleep(1)
        # A slow request that completes is answered like any other.
        slow[0].sendall(b"\r\n")
        slow[0].settimeout(10)
        assert slow[0].recv(64).startswith(b"HTTP/1.1 200")
    finally:
        for s in slow:
            s.close()


def test_a_post_body_sent_slowly_is_still_answered(live_server):
    port = int(live_server.rsplit(":", 1)[1].strip("/"))
    body = b"ASK { ?s ?p ?o }"
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                  b"Accept: application/sparql-results+json\r\nConnection: close\r\n"
                  b"Content-Length: %d\r\n\r\n" % len(body))
        for i in range(0, len(body), 4):
            time.sleep(0.2)
            s.sendall(body[i:i + 4])
        s.settimeout(30)
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 200") and b'"boolean":true' in answer
