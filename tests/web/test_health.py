import threading
import time

from isecg_kg.web.services import Services, member
from isecg_kg.web.state import app_state


def wait_until_ok(client, *, limit: float = 300) -> dict:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        response = client.get("/health")
        if response.status_code == 200:
            return response.get_json()
        assert response.status_code == 503 and response.get_json()["status"] == "warming", response.get_json()
        time.sleep(0.5)
    raise AssertionError(f"/health still warming after {limit} s")


def test_health_reports_counts_once_everything_is_loaded(app, client, build):
    app_state(app).start_warm_up()  # what `isecg-kg serve` does in each worker as it starts
    body = wait_until_ok(client)
    assert body["status"] == "ok" and "loading" not in body
    assert body["documents"] == 1
    assert body["passages"] == len(build.passages) > 10
    assert body["built_at"]


def test_health_without_index_is_503_but_alive(settings, tmp_path):
    from isecg_kg.web.app import create_app

    app = create_app(settings.replace(index_dir=tmp_path / "none"))
    response = app.test_client().get("/health")
    assert response.status_code == 503
    assert "isecg-kg ingest" in response.get_json()["error"]
    assert app.test_client().get("/health/live").status_code == 200


def test_live_server_health(live_server):
    import requests

    response = requests.get(live_server + "health", timeout=5)
    assert response.status_code == 200 and response.json()["status"] == "ok"  # the fixture waited for it
    assert response.json()["documents"] == 1
    assert requests.get(live_server + "health/live", timeout=5).json() == {"status": "alive"}


def test_pages_without_index_say_what_to_do_in_html(settings, tmp_path):
    from isecg_kg.web.app import create_app

    client = create_app(settings.replace(index_dir=tmp_path / "none")).test_client()
    page = client.get("/?q=moon", headers={"Accept": "text/html,*/*;q=0.8"})
    assert page.status_code == 503 and page.mimetype == "text/html"
    assert "isecg-kg ingest" in page.get_data(as_text=True)
    api = client.get("/api/search?q=moon", headers={"Accept": "text/html,*/*;q=0.8"})
    assert api.status_code == 503 and "isecg-kg ingest" in api.get_json()["error"]


class Slow(Services):
    """Services whose warm-up members are stand-ins; ``sparql`` loads until ``release`` is set."""

    release = threading.Event()

    @member
    def model(self):
        return object()

    @member
    def reranker(self):
        return object()

    @member
    def search(self):
        return object()

    @member
    def answerer(self):
        return object()

    @member
    def graph_data(self):
        return object()

    @member
    def sparql(self):
        if not self.release.wait(30):
            raise TimeoutError("never released")
        return object()


def test_health_says_warming_without_waiting_for_the_warm_up(settings, build):
    from isecg_kg.web.app import create_app

    services = Slow(settings, build)
    client = create_app(settings, services=services).test_client()
    assert client.get("/health/live").status_code == 200
    services.start_warm_up()
    try:
        started = time.monotonic()
        response = client.get("/health")
        assert time.monotonic() - started < 2  # the warm-up holds the sparql member's lock for up to 30 s
        assert response.status_code == 503
        body = response.get_json()
        assert body["status"] == "warming" and body["loading"] == list(Services.WARM) and body["documents"] == 1
    finally:
        Slow.release.set()
    assert wait_until_ok(client, limit=10)["status"] == "ok"


def test_health_says_why_the_warm_up_failed(settings, build):
    from isecg_kg.web.app import create_app

    class Broken(Slow):
        @member
        def sparql(self):
            raise RuntimeError("the query processes could not load the graph")

    services = Broken(settings, build)
    client = create_app(settings, services=services).test_client()
    services.warm_up()
    response = client.get("/health")
    assert response.status_code == 503
    assert response.get_json()["status"] == "failed"
    assert "could not load the graph" in response.get_json()["error"]


def test_a_missing_reranker_fails_health_and_search_with_what_to_do(settings, build):
    from isecg_kg.web.app import create_app

    app = create_app(settings.replace(search_rerank_model="no-such-reranker-package"))
    services = app_state(app).services()
    services.warm_up()
    health = app.test_client().get("/health")
    assert health.status_code == 503 and health.get_json()["status"] == "failed"
    assert "--search-rerank 0" in health.get_json()["error"]
    search = app.test_client().get("/api/search?q=moon")
    assert search.status_code == 503 and "no-such-reranker-package" in search.get_json()["error"]
    assert app.test_client().get("/api/search?q=moon&mode=lexical").status_code == 200
    page = app.test_client().get("/?q=moon", headers={"Accept": "text/html"})
    assert page.status_code == 503 and "--search-rerank 0" in page.get_data(as_text=True)
    services.close()
