"""The pages in a real browser (Debian's chromium) against a real server (`isecg-kg serve`)."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from isecg_kg import iris
from isecg_kg.kg import load_entities

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def path_of(iri: str, settings) -> str:
    assert iri.startswith(settings.base_iri)
    return iri[len(settings.base_iri):]


def entity_path(build, settings, acronym: str) -> str:
    [entity] = [e for e in load_entities(build) if e.acronym == acronym]
    return path_of(entity.iri, settings)


def test_search_question_shows_answer_and_citation(browser_page, live_server, screenshot):
    page = browser_page
    page.goto(live_server)
    page.fill("#q", "Which agency hosted the ISECG meeting of senior managers on 13 October 2022?")
    page.press("#q", "Enter")
    answer = page.locator("#answer")
    answer.wait_for()
    assert re.search(r"Canadian Space Agency|CSA", answer.inner_text())
    citation = answer.locator(".evidence li").first
    assert re.search(r"p\. \d+", citation.inner_text())
    assert page.locator("#results .result").count() >= 1
    screenshot(page, "search-answer")
    # The citation opens the passage, marked on its page.
    citation.locator("a[href*='/passage/']").first.click()
    page.wait_for_url(re.compile(r"/passage/\d+$"))
    assert page.locator(".page-text mark").first.inner_text().strip()
    screenshot(page, "passage")


def test_search_works_without_javascript(chromium, live_server):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + "?q=lunar+surface+exploration+scenario")
    first = page.locator("#results .result").first
    assert first.locator("mark").count() == 1  # the best sentence is highlighted
    assert re.search(r"p\. \d+", first.locator(".meta").inner_text())
    context.close()


def test_entity_page_shows_facts_and_graph(browser_page, live_server, build, settings, screenshot):
    page = browser_page
    page.goto(live_server + entity_path(build, settings, "JAXA"))
    assert page.locator("h1").inner_text() == "Japan Aerospace Exploration Agency"
    assert "JAXA" in page.locator(".entity-head").inner_text()
    facts = page.locator("#facts + dl.facts").inner_text()
    assert "Japan" in facts and "member of" in facts.lower()
    assert page.locator("dl.facts .src a").count() >= 1  # facts link to their source passage
    page.locator("#graph canvas").first.wait_for()
    page.wait_for_function("document.getElementById('graph').dataset.nodes > 1")
    screenshot(page, "entity-jaxa")
    # A node of the picture opens its page.
    assert page.title().startswith("Japan Aerospace Exploration Agency")


def test_answer_query_runs_in_yasgui(browser_page, live_server, screenshot):
    """A structured answer's SPARQL opens in the YASGUI editor, runs there and gives the same answers."""
    page = browser_page
    page.goto(live_server + "?q=" + quote("Which agencies are members of ISECG?"))
    answers = page.locator("#answer .chips .chip").count()
    assert answers >= 27
    page.locator("#answer details summary").click()
    sparql = page.locator("#answer details pre").inner_text()
    page.locator("#answer details a").click()
    page.locator(".yasqe .CodeMirror").wait_for()
    assert page.evaluate("() => window.isecgYasgui.getTab().getQuery()").strip() == sparql.strip()
    page.locator(".yasqe_queryButton").click()
    page.locator(".yasr tbody tr").first.wait_for()
    assert page.locator(".yasr tbody tr").count() >= answers
    results = page.locator(".yasr").inner_text()
    assert "Japan Aerospace Exploration Agency" in results and "Canadian Space Agency" in results
    screenshot(page, "sparql")


def every_page(build, settings) -> list[str]:
    """A path of each kind of page (the SPARQL editor last)."""
    return ["", "?q=Who+works+on+nuclear+propulsion%3F", entity_path(build, settings, "JAXA"),
            entity_path(build, settings, "ISECG"), path_of(iris.document(settings.base_iri, build.documents[0].id), settings),
            path_of(iris.passage(settings.base_iri, build.passages[0].id), settings), "browse/documents",
            "browse/organisations", "browse/groups", "browse/technologies", "browse/events", "api",
            "id/org/no-such-thing", "sparql"]


def test_pages_fit_a_phone_screen(browser_page, live_server, build, settings):
    page = browser_page
    page.set_viewport_size({"width": 375, "height": 800})
    too_wide = {}
    for path in every_page(build, settings):
        page.goto(live_server + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 375:
            too_wide[path] = width
    assert too_wide == {}  # wide tables scroll inside their box, the page itself does not


def test_no_page_requests_anything_outside_localhost(browser_page, live_server, build, settings):
    page = browser_page
    paths = every_page(build, settings)
    for path in paths:
        page.goto(live_server + path)
        page.wait_for_load_state("networkidle")
    page.locator(".yasqe_queryButton").click()  # the editor's own query goes to this server too
    page.locator(".yasr tbody tr").first.wait_for()
    assert len(page.recorder.urls) > len(paths)  # the recorder saw the pages and their assets
    assert page.recorder.outside() == []


CSP_WATCH = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(
  `${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`));
"""


def test_no_page_breaks_the_content_security_policy(browser_page, live_server, build, settings, screenshot):
    """Every kind of page, scripts running (graph picture, YASGUI with a query), under the server's CSP:
    Chromium reports no violation, neither as an event nor on the console."""
    import requests

    requests.get(live_server + "api/ask", params={"q": "Who works on nuclear propulsion?"}, timeout=120)  # model
    page = browser_page
    page.context.add_init_script(CSP_WATCH)
    console = []
    page.on("console", lambda m: console.append(m.text) if "Content Security Policy" in m.text else None)
    violations = {}
    for path in every_page(build, settings):
        response = page.goto(live_server + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
        if path == entity_path(build, settings, "JAXA"):
            page.wait_for_function("document.getElementById('graph').dataset.nodes > 1")
        if path == "sparql":
            page.locator(".yasqe .CodeMirror").wait_for()
            page.locator(".yasqe_queryButton").click()
            page.locator(".yasr tbody tr").first.wait_for()
        page.wait_for_load_state("networkidle")
        found = page.evaluate("window.__cspViolations") + console
        console.clear()
        if found:
            violations[path] = found
    screenshot(page, "sparql-under-csp")
    assert violations == {}, "\n".join(f"{path}: {found}" for path, found in violations.items())
