"""The home/search page, the API description pages, the 404 page and the template filters.

The search page is a plain GET form rendered on the server (it works without JavaScript);
site.js only adds conveniences.  Facets (counted by the search engine over every
matching passage) narrow by document, year, document type, entity and entity type: all but the
last are the engine's filters; entity type is applied here to the passages' linked entities, among
the best FACET_POOL passages.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlencode

from flask import Blueprint, jsonify, render_template, request
from markupsafe import Markup, escape

from ..indexes import IndexMissing
from ..records import Highlight
from . import api_docs
from .graphdata import type_label
from .linked import local
from .state import services, settings

bp = Blueprint("pages", __name__)

# Passages shown on the search page; passages fetched when filtering by entity type (done here).
RESULTS_SHOWN = 10
FACET_POOL = 50
# Characters of context kept on each side of the highlighted sentence in a result.
EXCERPT_CONTEXT = 220

EXAMPLES = [
    "Which agencies are members of ISECG?",
    "Who works on nuclear propulsion?",
    "When was the Commercialization Working Group formed?",
    "lunar surface exploration scenario",
]


@bp.get("/")
def home():
    q = request.args.get("q", "").strip()
    if not q:
        return render_template("home.html", q="", examples=EXAMPLES, contents=_contents())
    from ..search.params import BadParameter, parse_query_params

    chosen = {name: request.args.get(name, "").strip() or None for name in FACETS}
    try:
        params = parse_query_params({"q": q, "k": FACET_POOL if chosen["entity_type"] else RESULTS_SHOWN,
                                     "doc": chosen["doc"], "type": chosen["type"], "entity": chosen["entity"],
                                     "year_from": chosen["year"], "year_to": chosen["year"]}, settings())
        found = services().search.search(**params)  # refuses an unknown document or type
    except BadParameter as exc:
        return render_template("home.html", q=q, examples=EXAMPLES, error=str(exc)), 400
    results = [r for r in found["results"]
               if not chosen["entity_type"] or any(e.type == chosen["entity_type"] for e in r.entities)]
    # The answer is to the question as asked; filters only narrow the passages.
    answer = services().answerer.answer(q)
    evidence, seen = [], set()
    for r in answer.get("evidence") or []:  # overlapping passages can repeat a sentence: cite it once
        sentence = r.highlight.sentence or r.passage
        if sentence not in seen:
            seen.add(sentence)
            evidence.append(r)
    return render_template("home.html", q=q, examples=EXAMPLES, answer=answer, evidence=evidence,
                           results=results[:RESULTS_SHOWN],
                           total=len(results) if chosen["entity_type"] else found["total"], took_ms=found["took_ms"],
                           facets=_facets(found["facets"], chosen, q), chosen=chosen)


# What the home page counts: (one, several, browse page, entity types of entities.json).
CONTENTS = [("organisation", "organisations", "organisations", {"Organization"}),
            ("group or team", "groups and teams", "groups", {"WorkingGroup", "Team"}),
            ("technology area", "technology areas", "technologies", {"Technology"}),
            ("event", "events", "events", {"Event"})]


def _contents() -> list[tuple[int, str, str]]:
    """(count, what, link) for what the service holds, for the home page."""
    build = services().build
    kinds = Counter(e.type for e in services().entities)
    counts = [(len(build.documents), "document", "documents", "documents"),
              (len(build.passages), "passage", "passages", "documents"),
              *[(sum(kinds[t] for t in types), one, several, page) for one, several, page, types in CONTENTS]]
    return [(n, one if n == 1 else several, f"/browse/{page}") for n, one, several, page in counts]


# URL parameter -> (title, key of the engine's facets, key of a facet entry's value, its label).
FACETS = {
    "doc": ("Document", "documents", "id", lambda f: f["title"]),
    "year": ("Year", "years", "year", lambda f: str(f["year"])),
    "type": ("Document type", "types", "type", lambda f: f["type"]),
    "entity_type": ("Entity type", "entity_types", "type", lambda f: type_label(f["type"])),
    "entity": ("Mentions", "entities", "iri", lambda f: f["label"]),
}


def _facets(counts: dict, chosen: dict, q: str) -> list[tuple[str, list[dict]]]:
    """(title, [{label, count, href, on}]) per facet; a link adds its value, or removes it when chosen."""
    out = []
    for name, (title, key, value_key, label) in FACETS.items():
        entries = []
        for facet in counts.get(key, []):
            value = str(facet[value_key])
            params = {"q": q, **{k: v for k, v in chosen.items() if v}}
            on = chosen[name] == value
            if on:
                del params[name]
            else:
                params[name] = value
            entries.append({"label": label(facet), "count": facet["count"], "on": on, "href": "/?" + urlencode(params)})
        out.append((title, entries))
    return out


@bp.get("/api")
def api_page():
    return render_template("api.html", spec=_spec())


@bp.get("/openapi.json")
def openapi_json():
    return jsonify(_spec())


def _spec() -> dict:
    """The OpenAPI description, listing the documents and types of the build being served (if any)."""
    from ..search.params import choices

    try:
        accepted = choices(services().build)
    except IndexMissing:
        accepted = None
    return api_docs.openapi(settings(), accepted)


@bp.app_errorhandler(404)
def not_found(exc):
    """JSON for API clients, an HTML page for people."""
    wants_html = request.accept_mimetypes.best_match(["application/json", "text/html"]) == "text/html"
    api = request.path.startswith("/api/")
    # Elsewhere the body depends on Accept, and a 404 is cacheable (RFC 9110 §12.5.5, §15.1).
    headers = {} if api else {"Vary": "Accept"}
    if api or not wants_html:
        return jsonify({"error": f"no such resource: {request.path}"}), 404, headers
    return render_template("404.html", path=request.path, reason=getattr(exc, "description", None)), 404, headers


@bp.app_errorhandler(405)
def method_not_allowed(exc):
    """The JSON API answers in JSON, naming the methods it takes; pages keep werkzeug's HTML page."""
    if not request.path.startswith("/api/"):
        return exc
    allowed = sorted(exc.valid_methods or [])
    return (jsonify({"error": f"method {request.method} is not allowed on {request.path}; use {', '.join(allowed)}"}),
            405, {"Allow": ", ".join(allowed)})


@bp.app_template_filter("local")
def local_filter(iri: str) -> str:
    return local(iri)


@bp.app_template_filter("marked")
def marked(text: str, highlight: Highlight | None, *, context: int = EXCERPT_CONTEXT) -> Markup:
    """``text`` escaped with the highlighted sentence in <mark>, cut to ``context`` characters around it."""
    start, end = (highlight.start, highlight.end) if highlight else (0, 0)
    before, sentence, after = text[:start], text[start:end], text[end:]
    if len(before) > context:
        before = "… " + before[-context:].split(" ", 1)[-1]
    if len(after) > context:
        after = after[:context].rsplit(" ", 1)[0] + " …"
    return escape(before) + (Markup("<mark>%s</mark>") % sentence if sentence else "") + escape(after)


@bp.app_template_filter("pages")
def pages_filter(pages: list[int]) -> str:
    if not pages:
        return ""
    return f"p. {pages[0]}" if len(pages) == 1 or pages[0] == pages[-1] else f"pp. {pages[0]}–{pages[-1]}"


@bp.app_template_filter("squash")
def squash(text: str) -> str:
    """Whitespace runs to one space (passage text keeps the PDF's line breaks)."""
    return re.sub(r"\s+", " ", text or "").strip()
