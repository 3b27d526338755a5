"""Browser security headers on every kind of response (the policy: web/headers.py)."""

import pytest

from isecg_kg.web.headers import HEADERS


@pytest.mark.parametrize("method, path, kwargs", [
    ("GET", "/", {}),
    ("GET", "/browse/documents", {}),
    ("GET", "/api", {}),
    ("GET", "/openapi.json", {}),
    ("GET", "/health", {}),
    ("GET", "/sparql", {"headers": {"Accept": "text/html"}}),
    ("GET", "/sparql", {"query_string": {"query": "ASK { ?s ?p ?o }"}}),
    ("GET", "/id/org/no-such-thing", {"headers": {"Accept": "text/html"}}),
    ("GET", "/static/site.js", {}),
])
def test_every_response_carries_the_headers(client, method, path, kwargs):
    response = client.open(path, method=method, **kwargs)
    assert response.status_code < 500 or (path == "/health" and response.status_code == 503)  # 503: warming up
    for name, value in HEADERS.items():
        assert response.headers[name] == value, name


@pytest.mark.parametrize("path, query", [
    ("/sparql", {"query": "<script>alert(1)</script>"}),  # syntax error: the query comes back in the message
    ("/sparql", {"query": "ASK {}", "format": "<script>"}),
    ("/api/search", {"q": "moon", "mode": "<script>"}),
    ("/id/org/jaxa", {"format": "<script>"}),
])
def test_errors_echoing_input_are_never_sniffed_or_framed(client, path, query):
    response = client.get(path, query_string=query)
    assert response.status_code == 400
    assert "<script>" in response.get_data(as_text=True)  # echoed, as text or JSON ...
    assert response.mimetype in ("text/plain", "application/json")
    assert response.headers["X-Content-Type-Options"] == "nosniff"  # ... which a browser will not run as HTML
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_the_policy_allows_no_inline_or_foreign_script():
    directives = dict(d.split(" ", 1) for d in HEADERS["Content-Security-Policy"].split("; "))
    assert directives["script-src"] == "'self'" and directives["default-src"] == "'self'"
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"


def test_pages_have_no_inline_script(client, build, settings):
    import re

    from isecg_kg import iris

    paths = ["/", "/?q=lunar+gateway", "/sparql", "/api", "/browse/organisations",
             iris.document(settings.base_iri, build.documents[0].id)[len(settings.base_iri) - 1:]]
    for path in paths:
        html = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
        for attributes, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.DOTALL):
            assert "src=" in attributes or 'type="application/json"' in attributes, (path, body[:80])
        assert not re.search(r"\son[a-z]+=", html), path  # no onclick= and the like
