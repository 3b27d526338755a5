def test_health_reports_counts(client, build):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["documents"] == 1
    assert body["passages"] == len(build.passages) > 10
    assert body["built_at"]


def test_health_without_index_is_503(settings, tmp_path):
    from isecg_kg.web.app import create_app

    app = create_app(settings.replace(index_dir=tmp_path / "none"))
    response = app.test_client().get("/health")
    assert response.status_code == 503
    assert "isecg-kg ingest" in response.get_json()["error"]


def test_live_server_health(live_server):
    import requests

    body = requests.get(live_server + "health", timeout=5).json()
    assert body["documents"] == 1


def test_pages_without_index_say_what_to_do_in_html(settings, tmp_path):
    from isecg_kg.web.app import create_app

    client = create_app(settings.replace(index_dir=tmp_path / "none")).test_client()
    page = client.get("/?q=moon", headers={"Accept": "text/html,*/*;q=0.8"})
    assert page.status_code == 503 and page.mimetype == "text/html"
    assert "isecg-kg ingest" in page.get_data(as_text=True)
    api = client.get("/api/search?q=moon", headers={"Accept": "text/html,*/*;q=0.8"})
    assert api.status_code == 503 and "isecg-kg ingest" in api.get_json()["error"]
