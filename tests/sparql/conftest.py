"""Real HTTP servers (werkzeug, threaded) running the app with an endpoint pinned to test data,
held by the embedded store or by a real remote store behind it (tests/remote_stores.py)."""

from __future__ import annotations

import contextlib
import functools
import socket
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from isecg_kg.kg.remote import RemoteStore
from isecg_kg.kg.store import open_store, write_store
from isecg_kg.settings import Settings
from isecg_kg.sparql import Endpoint
from isecg_kg.web.app import create_app
from isecg_kg.web.services import Services

import remote_stores  # tests/remote_stores.py

DATA = Path(__file__).resolve().parents[1] / "data"
W3C = DATA / "w3c" / "sparql11-protocol"
KASEI = "http://kasei.us/2009/09/sparql/data/"
W3C_FILES = [(str(W3C / f"data{i}.nt"), f"{KASEI}data{i}.rdf") for i in (1, 2, 3)]
SAMPLE_FILES = [(str(DATA / "sparql" / "sample.ttl"), "http://example.org/graph/sample")]
TOKEN = "s3cret-test-token"


def store_loader(files, directory: Path):
    """Write ``files`` (path, graph IRI) into an on-disk store; the loader that opens it read-only."""
    write_store(directory, [(Path(path), graph) for path, graph in files])
    return functools.partial(open_store, directory)


@contextlib.contextmanager
def serving(files, tmp_path, *, store: str = "embedded", **changes):
    """(endpoint URL, Endpoint) of a server over ``files``, held by ``store`` (one of
    remote_stores.STORES); ``changes`` are settings.  The server's base_iri is its own address, as
    a deployment's is (the service description names it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with contextlib.ExitStack() as stack:
        settings = Settings.load(environ={}).replace(index_dir=tmp_path / "no-index",
                                                     base_iri=f"http://127.0.0.1:{port}/", **changes)
        prefixes = {"ex": "http://example.org/"}
        if store == "embedded":
            endpoint = Endpoint(store_loader(files, tmp_path / "store"), settings, prefixes=prefixes)
        else:
            server = stack.enter_context(remote_stores.for_tests(store, tmp_path / store))
            remote_stores.load(server, files, base_iri=settings.base_iri)
            settings = settings.replace(**server.settings())
            endpoint = Endpoint(None, settings, prefixes=prefixes, remote=RemoteStore.from_settings(settings))
        yield stack.enter_context(_serve(settings, endpoint, port))


@contextlib.contextmanager
def _serve(settings, endpoint, port: int):
    app = create_app(settings, services=Services(settings, None, sparql=endpoint))
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/sparql", endpoint
    finally:
        server.shutdown()
        endpoint.close()


@pytest.fixture(scope="session", params=remote_stores.STORES)
def w3c_server(request, tmp_path_factory):
    """Read-only endpoint over the W3C protocol test data and the sample data, on each store."""
    with serving(W3C_FILES + SAMPLE_FILES, tmp_path_factory.mktemp("sparql"), store=request.param) as (url, _):
        yield url
