"""Services: each member built once per build, on its own lock; replaced whole when `current` moves."""

from __future__ import annotations

import json
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from isecg_kg.indexes import IndexMissing
from isecg_kg.web.services import Services, member
from isecg_kg.web.state import AppState


class Counted(Services):
    """Services whose ``search`` is slow and counted, and whose ``entities`` waits for a signal."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.calls: list[str] = []
        self.release = threading.Event()

    @member
    def search(self):
        self.calls.append("search")
        time.sleep(0.3)
        return object()

    @member
    def entities(self):
        self.calls.append("entities")
        self.release.wait(10)
        return []


def test_a_member_is_built_once_by_concurrent_first_users(settings, build):
    services = Counted(settings, build)
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda _: services.search, range(8)))
    assert services.calls == ["search"]
    assert all(g is got[0] for g in got)


def test_a_slow_member_does_not_hold_up_the_others(settings, build):
    services = Counted(settings, build)
    waiting = threading.Thread(target=lambda: services.entities)
    waiting.start()
    try:
        time.sleep(0.1)
        started = time.monotonic()
        _ = services.search
        assert time.monotonic() - started < 2  # not behind entities, which waits up to 10 s
        assert not services.loaded("entities")
    finally:
        services.release.set()
        waiting.join()
    assert services.loaded("entities")


def test_members_can_be_given_and_unknown_ones_are_refused(settings):
    endpoint = object()
    assert Services(settings, None, sparql=endpoint).sparql is endpoint
    with pytest.raises(TypeError, match="no member 'spraql'"):
        Services(settings, None, spraql=endpoint)
    with pytest.raises(IndexMissing, match="isecg-kg ingest"):
        _ = Services(settings, None).build


def _fake_build(index_dir, name):
    path = index_dir / "builds" / name
    path.mkdir(parents=True)
    (path / "manifest.json").write_text(json.dumps({"build_id": name, "built_at": "2026-01-01T00:00:00+00:00"}))
    return path


def _point_current(index_dir, path):
    tmp = index_dir / ".current-tmp"
    tmp.symlink_to(path.relative_to(index_dir))
    os.replace(tmp, index_dir / "current")


class Closing:
    def __init__(self):
        self.closed = threading.Event()

    def close(self):
        self.closed.set()


def test_services_are_replaced_whole_when_current_moves(settings, tmp_path):
    state = AppState(settings.replace(index_dir=tmp_path, sparql_timeout=0.5))
    with pytest.raises(IndexMissing):
        state.services()
    _point_current(tmp_path, _fake_build(tmp_path, "one"))
    first = state.services()
    assert first.build.build_id == "one" and state.services() is first
    endpoint = Closing()
    first.__dict__["sparql"] = endpoint  # as if its query processes had started

    _point_current(tmp_path, _fake_build(tmp_path, "two"))
    second = state.services()
    assert second is not first and second.build.build_id == "two"
    assert not second.loaded("sparql") and first.sparql is endpoint
    # The old endpoint keeps serving the requests already using it, then its processes stop.
    assert not endpoint.closed.is_set()
    assert endpoint.closed.wait(5)


def test_importing_the_query_worker_loads_no_web_code():
    import subprocess
    import sys

    code = ("import sys, isecg_kg.sparql.worker, isecg_kg.sparql; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'werkzeug') "
            "or m.startswith('isecg_kg.web')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@pytest.mark.slow
def test_an_authorised_drop_all_leaves_no_stale_reader(settings, build):
    """Pages and /api/ask read the one graph store of the build (Services.graph), the store the
    endpoint answers from; on the embedded store an update is refused rather than applied to a
    copy the other readers would not see (remote stores: tests/kg/test_remote.py)."""
    from isecg_kg.web.app import create_app
    from isecg_kg.web.state import app_state

    token = "drop-test-token"
    app = create_app(settings.replace(update_token=token))
    client = app.test_client()
    question = {"q": "Which agencies are members of ISECG?"}
    before = client.get("/api/ask", query_string=question).get_json()
    assert len(before["answers"]) >= 27

    dropped = client.post("/sparql", data=b"DROP ALL", headers={"Content-Type": "application/sparql-update",
                                                                 "Authorization": f"Bearer {token}"})
    assert dropped.status_code == 403 and "store_update_url" in dropped.get_data(as_text=True)

    services = app_state(app).services()
    assert services.answerer.graph is services.graph and services.graph_data.store is services.graph
    count = client.post("/sparql", data={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                        headers={"Accept": "application/sparql-results+json"}).get_json()
    assert int(count["results"]["bindings"][0]["n"]["value"]) == len(services.graph.triples())
    after = client.get("/api/ask", query_string=question).get_json()
    assert after["answers"] == before["answers"]
    jaxa = next(e for e in services.entities if e.acronym == "JAXA")
    assert client.get("/" + jaxa.iri[len(settings.base_iri):], headers={"Accept": "text/html"}).status_code == 200
