"""Shared fixtures: one index built from the shipped corpus per test session, the Flask
app over it, and a real server (gunicorn via `isecg-kg serve`) for client and browser tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from isecg_kg.pipeline import ingest
from isecg_kg.settings import Settings
import remote_stores
from remote_stores import free_port

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session", autouse=True)
def _session_stores():
    """The stores shared by the session's tests (remote_stores.for_tests), stopped at its end."""
    yield
    remote_stores.close()


@pytest.fixture(scope="session")
def settings(tmp_path_factory) -> Settings:
    return Settings.load(environ={}).replace(
        corpus_dir=REPO / "corpus", index_dir=tmp_path_factory.mktemp("indexes")
    )


@pytest.fixture(scope="session")
def build(settings):
    report = ingest(settings, progress=False)
    assert report.ok, report.failed
    return report.build


@pytest.fixture(scope="session")
def multi_settings(settings, tmp_path_factory) -> Settings:
    """The shipped corpus plus the seven documents of tests/data/corpus-multi (2007-2020)."""
    return settings.replace(index_dir=tmp_path_factory.mktemp("indexes-multi"))


@pytest.fixture(scope="session")
def multi_build(multi_settings):
    report = ingest(multi_settings, [DATA / "corpus-multi" / "documents"], progress=False)
    assert report.ok, report.failed
    return report.build


@pytest.fixture(scope="session")
def app(settings, build):
    from isecg_kg.web.app import create_app

    app = create_app(settings)
    app.testing = True
    return app


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def live_server(settings, build):
    """Base URL of `isecg-kg serve` running over the session's index."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "ISECG_KG_INDEX_DIR": str(settings.index_dir), "ISECG_KG_CORPUS_DIR": str(settings.corpus_dir),
           "ISECG_KG_PORT": str(port), "ISECG_KG_BASE_IRI": settings.base_iri, "ISECG_KG_WORKERS": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "isecg_kg.cli", "serve"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # Ready: /health is 200 ("ok") once the model and the build's components are loaded, which
    # takes seconds on a quiet machine and minutes on a busy one.
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if requests.get(base + "health", timeout=1).status_code == 200:
                break
        except requests.RequestException:
            pass
        time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError("server did not answer /health with ok within 300 s")
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
