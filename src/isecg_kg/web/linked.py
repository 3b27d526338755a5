"""Dereferencing: every IRI the project mints (``{base_iri}id/...``) is served at ``/id/...``.

Direct content negotiation on the IRI itself, no 303: a browser gets the HTML page, an RDF
client (Accept: text/turtle, application/ld+json, application/n-triples, application/rdf+xml,
with q-values) gets the resource's description with 200, ``Vary: Accept`` and a
``Content-Location`` naming the format-specific URL (``?format=ttl``).  One request instead of two,
and ``curl -H 'Accept: text/turtle' IRI`` works without -L.  Since the 2014 httpRange-14 update a 200
answer to an IRI that names a thing (an agency) is read as "this describes it", so nothing is lost.
"""

from __future__ import annotations

from collections import Counter

from flask import Blueprint, Response, abort, render_template, request
from pyoxigraph import NamedNode, serialize

from .. import iris
from ..params import BadParameter, Param, parse
from ..records import Highlight
from ..sparql import conneg, formats
from .graphdata import PREFIXES, compact
from .state import services, settings

bp = Blueprint("linked", __name__)

HTML = "text/html"
RDF_FORMATS = [f for f in formats.GRAPHS if f.name in ("turtle", "jsonld", "ntriples", "rdfxml")]
OFFERS = [HTML, "application/xhtml+xml", *formats.offers(RDF_FORMATS)]
# The ?format= values shown on pages as links to the other representations.
ALTERNATES = [("ttl", "Turtle"), ("jsonld", "JSON-LD"), ("nt", "N-Triples"), ("rdf", "RDF/XML")]
FORMAT = Param("format", "Format when the Accept header can't be set: html, or an RDF format by name, file extension "
               "or media type (Content-Location names the one served).",
               enum=("html", HTML, *formats.parameter_values(RDF_FORMATS)))


def local(iri: str) -> str:
    """The path serving ``iri`` on this server when it is one of ours, else the IRI unchanged."""
    base = settings().base_iri
    return "/" + iri[len(base):] if iri.startswith(base) else iri


@bp.get("/id/<path:rest>")
def dereference(rest: str):
    iri = _iri("id/" + rest)
    chosen = _negotiate()
    build = services().build
    data = services().graph_data
    if chosen != HTML:
        triples = data.rdf_description(iri)
        if not triples:
            abort(404, description=f"{iri} is not in the knowledge graph")
        return _rdf(triples, *chosen)

    description = data.describe(iri)
    parts = rest.split("/")
    context = {"d": description, "iri": iri, "alternates": ALTERNATES, "compact": compact}
    if parts[0] == "doc" and len(parts) == 4 and parts[2] == "passage":
        passage = build.passages_by_id.get(f"{parts[1]}/{parts[3]}")
        if passage is not None:
            return _vary(render_template("passage.html", passage=passage, **context, **_passage_view(build, passage)))
    if parts[0] == "doc" and len(parts) == 2 and parts[1] in build.documents_by_id:
        document = build.documents_by_id[parts[1]]
        return _vary(render_template("document.html", document=document, **context, **_document_view(build, document)))
    if not description.exists:
        abort(404, description=f"{iri} is not in the knowledge graph")
    short_names = {e.iri: e.acronym or e.label for e in services().entities}
    graph = data.neighbourhood(description, entities=short_names)
    for node in graph["nodes"]:
        node["data"]["href"] = local(node["data"]["id"])
    return _vary(render_template("entity.html", graph=graph, mentioned=_mentioned_in(build, description),
                                 years=data.by_year(iri), **context))


@bp.get("/graph/<path:rest>")
def named_graph(rest: str):
    """A named graph (a document's facts, the reference data, the ontology): its triples, or a summary page."""
    iri = _iri("graph/" + rest)
    chosen = _negotiate()
    triples = services().graph_data.graph_triples(iri)
    if not triples:
        abort(404, description=f"{iri} is not a graph of this server")
    if chosen != HTML:
        return _rdf(triples, *chosen)
    counts = Counter(t.predicate.value for t in triples)
    documents = [d for d in services().build.documents if iris.document_graph(settings().base_iri, d.id) == iri]
    return _vary(render_template("graph.html", iri=iri, size=len(triples), alternates=ALTERNATES, compact=compact,
                                 predicates=counts.most_common(), document=documents[0] if documents else None))


def _iri(path: str) -> str:
    """The IRI served at ``/path``; 404 when the path cannot make one (a space, a NUL, invalid UTF-8)."""
    iri = settings().base_iri + path
    try:
        NamedNode(iri)
    except ValueError:
        abort(404, description=f"{iri!r} is not a valid IRI, so not one of this server's")
    return iri


def _rdf(triples, fmt, media_type) -> Response:
    response = Response(serialize(triples, format=fmt.oxigraph, prefixes=PREFIXES),
                        content_type=f"{media_type}; charset=utf-8")
    response.headers["Content-Location"] = f"{request.path}?format={fmt.name}"
    return _vary(response)


def _negotiate():
    """HTML, or (Format, media type) of an RDF format; 406 when nothing offered is acceptable."""
    try:
        value = parse([FORMAT], request.args)["format"]
    except BadParameter as exc:
        abort(Response(f"{exc}\n", 400, mimetype="text/plain"))
    if value:
        return HTML if value in ("html", HTML) else formats.by_parameter(RDF_FORMATS, value)
    media_type = conneg.choose(request.headers.get("Accept"), OFFERS)
    if media_type is None:
        abort(Response(f"none of the offered formats fits the Accept header; offered: {', '.join(OFFERS)} "
                       "(or ?format=html|ttl|jsonld|nt|rdf)\n", 406, mimetype="text/plain", headers={"Vary": "Accept"}))
    if media_type in (HTML, "application/xhtml+xml"):
        return HTML
    return formats.by_media_type(RDF_FORMATS, media_type), media_type


def _vary(response) -> Response:
    response = response if isinstance(response, Response) else Response(response, mimetype=HTML)
    response.headers["Vary"] = "Accept"
    response.headers["Access-Control-Allow-Origin"] = "*"  # public data: let RDF clients in web pages dereference
    response.headers["Link"] = ", ".join(f'<{request.path}?format={name}>; rel="alternate"; type="{media}"'
                                         for name, media in (("ttl", "text/turtle"), ("jsonld", "application/ld+json")))
    return response


def _mentioned_in(build, description, *, limit: int = 30) -> list[dict]:
    """Passages mentioning the entity, each with the first of its names marked."""
    names = sorted({description.label, *description.acronyms, *description.aliases}, key=len, reverse=True)
    out = []
    for passage_id in services().mentioned_in.get(description.iri, [])[:limit]:
        passage = build.passages_by_id.get(passage_id)
        if passage is None:
            continue
        lowered = passage.text.lower()
        spans = [(lowered.find(n.lower()), n) for n in names if n and lowered.find(n.lower()) >= 0]
        start, name = min(spans) if spans else (0, "")
        out.append({"passage": passage, "document": build.documents_by_id[passage.doc_id],
                    "iri": iris.passage(settings().base_iri, passage.id),
                    "highlight": Highlight.of(passage.text, start, start + len(name))})
    return out


def _document_view(build, document) -> dict:
    passages = build.passages_by_doc.get(document.id, [])
    counts: dict[str, dict] = {}
    for passage in passages:
        for mention in services().mentions.get(passage.id, []):
            entry = counts.setdefault(mention.iri, {**mention.to_dict(), "count": 0})
            entry["count"] += 1
    top = sorted(counts.values(), key=lambda e: (-e["count"], e["label"]))
    return {"passages": passages, "entities": top[:40]}


def _passage_view(build, passage) -> dict:
    """The pages the passage draws on, each split into (before, marked, after)."""
    pages = {p.page: p.text for p in build.pages if p.doc_id == passage.doc_id and p.page in passage.pages}
    first, last = passage.pages[0], passage.pages[-1]
    shown = []
    for number in passage.pages:
        text = pages.get(number, "")
        start = passage.char_start if number == first else 0
        end = passage.char_end if number == last else len(text)
        shown.append({"page": number, "before": text[:start], "marked": text[start:end], "after": text[end:]})
    siblings = build.passages_by_doc[passage.doc_id]
    index = siblings.index(passage)
    return {
        "document": build.documents_by_id[passage.doc_id],
        "pages": shown,
        "previous": siblings[index - 1] if index > 0 else None,
        "next": siblings[index + 1] if index + 1 < len(siblings) else None,
        "entities": services().mentions.get(passage.id, []),
        "facts": services().graph_data.derived_from(iris.passage(settings().base_iri, passage.id)),
    }
