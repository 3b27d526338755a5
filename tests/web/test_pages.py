"""Server-rendered pages through the Flask test client: search, API description, browse, 404."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from isecg_kg.kg import load_entities
from isecg_kg.web.app import CONTROL_RE as CONTROL


@pytest.mark.slow
def test_search_page_renders_answer_results_and_facets(client, build):
    html = client.get("/?q=" + quote("When was the Commercialization Working Group formed?")).get_data(as_text=True)
    assert 'id="answer"' in html and "September 2021" in html
    results = re.findall(r'<li class="result">', html)
    assert 1 <= len(results) <= 10
    assert "<mark>" in html  # the best sentence of each passage
    assert build.documents[0].title in html and re.search(r">p+\. \d+", html)
    assert 'href="/?q=When+was' in html and "doc=" + build.documents[0].id in html  # facet links
    assert re.search(r'class="chip" href="/id/', html)  # linked entities


@pytest.mark.slow
def test_facets_narrow_results(client, build, settings):
    everything = client.get("/?q=working+group").get_data(as_text=True)
    narrowed = client.get("/?q=working+group&entity_type=Team").get_data(as_text=True)
    count = lambda html: len(re.findall(r'<li class="result">', html))  # noqa: E731
    assert 0 < count(narrowed) < count(everything)
    assert 'aria-current="true"' in narrowed  # the chosen facet shows as on, with a link removing it
    none = client.get("/?q=working+group&year=1900").get_data(as_text=True)
    assert "No passage matches these filters" in none
    [twg] = [e.iri for e in load_entities(build) if e.acronym == "TWG"]
    about_twg = client.get("/?q=working+group&entity=" + quote(twg, safe="")).get_data(as_text=True)
    assert 0 < count(about_twg) < count(everything)
    results = about_twg.split('id="results"', 1)[1]
    assert results.count(f'class="chip" href="{twg[len(settings.base_iri) - 1:]}"') == count(about_twg)


def test_bad_search_input_is_400_with_the_reason(client, settings):
    response = client.get("/?q=" + "x" * (settings.max_query_chars + 1))
    assert response.status_code == 400
    assert f"at most {settings.max_query_chars}" in response.get_data(as_text=True)
    assert client.get("/?q=moon&year=soon").status_code == 400


@pytest.mark.parametrize("query, message", [
    ("q=moon&doc=no-such-doc", "unknown document &#39;no-such-doc&#39;"),
    ("q=moon&type=%3Cscript%3E", "unknown document type &#39;&lt;script&gt;&#39;"),
    ("q=moon%00", "control character U+0000"),
])
def test_unknown_filters_are_a_400_page_not_a_500(client, query, message):
    response = client.get("/?" + query, headers={"Accept": "text/html"})
    assert response.status_code == 400 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert "search for that:</strong>" in html and message in html and "<script>" not in html


def test_wrong_method_on_the_api_is_a_json_405(client):
    for path in ("/api/search?q=moon", "/api/ask?q=moon"):
        response = client.post(path)
        assert response.status_code == 405 and "GET" in response.headers["Allow"]
        assert response.get_json()["error"].startswith(f"method POST is not allowed on {path.split('?')[0]}; use ")
    assert client.post("/?q=moon").status_code == 405  # pages: werkzeug's HTML page


def test_home_without_query_offers_the_box_and_examples(client):
    html = client.get("/").get_data(as_text=True)
    assert '<input type="search" id="q" name="q"' in html and 'class="examples"' in html
    assert "<title>Search · ISECG knowledge graph</title>" in html
    counts = {what: int(n) for n, what in re.findall(r"<strong>(\d+)</strong> ([a-z ]+)</a>", html)}
    assert counts["document"] == 1 and counts["organisations"] >= 27 and counts["events"] >= 4


def test_openapi_lists_the_json_endpoints_with_parameters(client, settings):
    spec = client.get("/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/search", "/api/ask", "/health", "/sparql"} <= set(spec["paths"])
    search = {p["name"]: p for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "k", "mode", "doc", "year_from", "year_to"} <= set(search)
    from isecg_kg.search.params import TEXT_FILTERS

    assert set(search) == {"q", "k", "mode", "year_from", "year_to", *TEXT_FILTERS}  # what the API reads
    assert search["k"]["schema"]["maximum"] == settings.max_k
    assert search["q"]["schema"]["maxLength"] == settings.max_query_chars
    html = client.get("/api").get_data(as_text=True)
    for path in spec["paths"]:
        assert path in html


def test_unknown_pages_and_iris_are_404(client, settings):
    page = client.get("/id/org/no-such-agency", headers={"Accept": "text/html"})
    assert page.status_code == 404 and "Nothing here" in page.get_data(as_text=True)
    assert client.get("/id/org/no-such-agency", headers={"Accept": "text/turtle"}).status_code == 404
    assert client.get("/nowhere", headers={"Accept": "application/json"}).get_json()["error"]
    assert client.get("/id/doc/no-such-doc/passage/0", headers={"Accept": "text/html"}).status_code == 404


def test_browse_documents_lists_the_corpus(client, build):
    html = client.get("/browse/documents").get_data(as_text=True)
    for document in build.documents:
        assert f'href="/id/doc/{document.id}"' in html and document.title in html
    assert client.get("/browse").status_code == 302


def test_browse_organisations_filters_by_country_and_type(client):
    everything = client.get("/browse/organisations").get_data(as_text=True)
    rows = lambda html: re.findall(r"<tr><td><a href=\"(/id/[^\"]+)\">([^<]+)</a>", html)  # noqa: E731
    assert len(rows(everything)) >= 27
    japan = rows(client.get("/browse/organisations?country=Japan").get_data(as_text=True))
    assert [label for _, label in japan] == ["Japan Aerospace Exploration Agency"]
    agencies = rows(client.get("/browse/organisations?type=space+agency").get_data(as_text=True))
    assert 0 < len(agencies) <= len(rows(everything))


def test_browse_groups_technologies_events(client):
    groups = client.get("/browse/groups").get_data(as_text=True)
    assert "Technology Working Group" in groups and "Benefits Tiger Team" in groups
    tech = client.get("/browse/technologies").get_data(as_text=True)
    assert re.search(r"Nuclear Power and Propulsion</a>.*?<ul class=\"tree\">", tech, re.S)  # has narrower areas
    events = client.get("/browse/events").get_data(as_text=True)
    dates = re.findall(r'<td class="num">(\d{4}-\d{2}-\d{2})', events)
    assert "2022-10-13" in dates and dates == sorted(dates)


def test_pages_do_not_echo_control_characters(client):
    page = client.get("/?q=" + quote("moon\x00<b>\x1b[31m"), headers={"Accept": "text/html"})
    assert page.status_code == 400  # a question never holds a NUL: said so, and the rest echoed without it
    body = page.get_data(as_text=True)
    assert "U+0000" in body and "moon&lt;b&gt;[31m" in body
    for path in ("/?q=" + quote("moon\x00<b>\x1b[31m"), "/no%00where%1b", "/id/org/x%00y",
                 "/browse/organisations?type=%00&country=%07"):
        body = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
        assert not CONTROL.search(body), (path, CONTROL.search(body))


def test_absolute_urls_never_name_the_host_header(client, settings):
    """A client choosing the Host header must not get its host back in a link, a redirect or the
    SPARQL service description: absolute URLs come from the base_iri setting."""
    paths = ["/", "/?q=moon", "/browse", "/browse/", "/browse//documents", "//browse/documents", "/sparql",
             "/sparql?format=turtle", "/sparql?format=jsonld", "/api", "/openapi.json", "/no-such-page",
             "/id/org/no-such-thing", "/api/search?q=moon&k=1&mode=lexical"]
    for path in paths:
        for accept in ("text/html", "*/*"):
            response = client.get(path, headers={"Host": "evil.example", "Accept": accept})
            assert response.status_code < 500, path
            where = response.get_data(as_text=True) + " " + response.headers.get("Location", "")
            assert "evil.example" not in where, (path, accept, response.status_code)
    redirected = client.get("/browse//documents", headers={"Host": "evil.example"})
    assert redirected.status_code in (301, 302, 307, 308)
    described = client.get("/sparql?format=ntriples", headers={"Host": "evil.example"}).get_data(as_text=True)
    assert f"<{settings.base_iri}sparql> <http://www.w3.org/ns/sparql-service-description#endpoint>" in described


def test_openapi_is_generated_from_the_validation(client, settings, build):
    """Limits, enums and statuses in /openapi.json are those the server enforces."""
    from isecg_kg.sparql import formats
    from isecg_kg.web.linked import FORMAT

    spec = client.get("/openapi.json").get_json()
    search = {p["name"]: p for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert search["year_from"]["schema"]["minimum"] == 1
    assert search["mode"]["schema"]["enum"] == ["hybrid", "dense", "lexical"]
    assert search["doc"]["schema"]["enum"] == [d.id for d in build.documents]
    ask = {p["name"]: p for p in spec["paths"]["/api/ask"]["get"]["parameters"]}
    assert ask["k"]["schema"]["default"] == 5 and ask["k"]["schema"]["maximum"] == settings.max_k
    sparql = spec["paths"]["/sparql"]
    assert {"400", "403", "406", "503"} <= set(sparql["get"]["responses"])
    assert {"400", "403", "406", "413", "415", "503"} <= set(sparql["post"]["responses"])
    assert set(sparql["post"]["requestBody"]["content"]) == {
        "application/x-www-form-urlencoded", "application/sparql-query", "application/sparql-update"}
    deref = {p["name"]: p for p in spec["paths"]["/id/{path}"]["get"]["parameters"]}
    assert deref["format"]["schema"]["enum"] == list(FORMAT.enum)
    assert {"rdf", "rdfxml", "ttl", "html"} <= set(FORMAT.enum)  # the page links use rdf, Content-Location rdfxml
    assert {"200", "404", "406"} <= set(spec["paths"]["/id/{path}"]["get"]["responses"])
    assert set(spec["paths"]["/health"]["get"]["responses"]) == {"200", "503"}
    for value in FORMAT.enum:  # every value the schema offers is served
        response = client.get("/id/org/jaxa", query_string={"format": value})
        assert response.status_code == 200, value
    assert client.get("/id/org/jaxa", query_string={"format": "TTL"}).status_code == 400  # values are exact
    for value in formats.KNOWN:
        assert client.get("/sparql", query_string={"query": "ASK {}", "format": value}).status_code in (200, 406)


def test_entity_page_shows_its_dated_facts_by_year(client, settings):
    """The TWG's facts grouped by year (the statement's date, else its document's), each linked to its passage."""
    html = client.get("/id/group/twg", headers={"Accept": "text/html"}).get_data(as_text=True)
    section = html.split('<h2 id="by-year">By year</h2>', 1)[1].split("<h2", 1)[0]
    years = re.findall(r'<dt id="y(\d{4})">', section)
    assert years and years == sorted(years)
    rows = re.findall(r'<li><span class="num">([\d-]+)</span>(.*?)</li>', section, re.S)
    nuclear = [(date, row) for date, row in rows if "Nuclear Power and Propulsion" in row and "works on" in row]
    assert nuclear and all(date[:4] in years for date, _ in nuclear)
    assert 'href="/id/doc/isecg-annual-report-2022/passage/' in nuclear[0][1] and "ISECG Annual Report 2022" in nuclear[0][1]
    assert "prefLabel" not in section and ">label<" not in section  # names are not dated facts
    scheme = client.get("/id/scheme/technology-areas", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "No dated facts about this resource." in scheme  # reference data only: timeless
