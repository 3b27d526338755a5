"""Real HTTP servers (werkzeug, threaded) running the app with an endpoint pinned to test data."""

from __future__ import annotations

import contextlib
import functools
import socket
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from isecg_kg.settings import Settings
from isecg_kg.sparql import Endpoint
from isecg_kg.sparql.worker import load_files
from isecg_kg.web.app import create_app
from isecg_kg.web.services import Services

DATA = Path(__file__).resolve().parents[1] / "data"
W3C = DATA / "w3c" / "sparql11-protocol"
KASEI = "http://kasei.us/2009/09/sparql/data/"
W3C_FILES = [(str(W3C / f"data{i}.nt"), f"{KASEI}data{i}.rdf") for i in (1, 2, 3)]
SAMPLE_FILES = [(str(DATA / "sparql" / "sample.ttl"), "http://example.org/graph/sample")]
TOKEN = "s3cret-test-token"


@contextlib.contextmanager
def serving(files, tmp_path, **changes):
    """(endpoint URL, Endpoint) of a server over ``files``; ``changes`` are settings.  The server's
    base_iri is its own address, as a deployment's is (the service description names it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = Settings.load(environ={}).replace(index_dir=tmp_path / "no-index", base_iri=f"http://127.0.0.1:{port}/",
                                                 **changes)
    endpoint = Endpoint(functools.partial(load_files, files), settings, prefixes={"ex": "http://example.org/"})
    app = create_app(settings, services=Services(settings, None, sparql=endpoint))
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/sparql", endpoint
    finally:
        server.shutdown()
        endpoint.close()


@pytest.fixture(scope="session")
def w3c_server(tmp_path_factory):
    """Read-only endpoint over the W3C protocol test data and the sample data."""
    with serving(W3C_FILES + SAMPLE_FILES, tmp_path_factory.mktemp("sparql")) as (url, _):
        yield url
