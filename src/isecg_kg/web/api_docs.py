"""The OpenAPI 3.1 description of the JSON endpoints: served at /openapi.json and rendered at /api.

One source for both, so the page people read and the document tools read cannot disagree.
Limits come from the settings, so the description states the limits this server enforces.
"""

from __future__ import annotations

from ..settings import Settings

_SEARCH_RESULT = {
    "type": "object",
    "properties": {
        "rank": {"type": "integer"},
        "score": {"type": "number", "description": "Fused score."},
        "scores": {"type": "object", "description": "Score per retriever (dense, lexical)."},
        "text": {"type": "string"},
        "highlight": {"type": "object", "description": "The sentence that best matches the query: its text "
                      "(sentence), its offsets in the passage text (start, end) and the passage as HTML with "
                      "the sentence marked (html)."},
        "page": {"type": "integer", "description": "First page of the passage (1-based, as the PDF viewer numbers it)."},
        "pages": {"type": "array", "items": {"type": "integer"}},
        "section": {"type": ["string", "null"]},
        "passage": {"type": "string", "format": "iri", "description": "The passage IRI (dereferences)."},
        "document": {
            "type": "object",
            "properties": {k: {"type": t} for k, t in
                           (("id", "string"), ("title", "string"), ("year", ["integer", "null"]),
                            ("iri", "string"), ("type", ["string", "null"]))},
        },
        "entities": {"type": "array", "items": {"$ref": "#/components/schemas/EntityRef"}},
    },
}


def _param(name: str, description: str, schema: dict, *, required: bool = False, where: str = "query") -> dict:
    return {"name": name, "in": where, "required": required, "description": description, "schema": schema}


def _search_params(settings: Settings) -> list[dict]:
    return [
        _param("q", "The question or keywords.", {"type": "string", "minLength": 1,
                                                   "maxLength": settings.max_query_chars}, required=True),
        _param("k", "Number of passages returned.", {"type": "integer", "minimum": 1, "maximum": settings.max_k,
                                                     "default": 10}),
        _param("mode", "Retrieval: dense and lexical fused, or one of them alone.",
               {"type": "string", "enum": ["hybrid", "dense", "lexical"], "default": "hybrid"}),
        _param("doc", "Only passages of this document (its id, as in the results' document.id).", {"type": "string"}),
        _param("year_from", "Only documents published in or after this year.", {"type": "integer"}),
        _param("year_to", "Only documents published in or before this year.", {"type": "integer"}),
        _param("type", "Only documents of this type (e.g. 'annual report', 'roadmap').", {"type": "string"}),
        _param("section", "Only passages whose section heading contains this text.", {"type": "string"}),
        _param("entity", "Only passages that mention this entity (its IRI).", {"type": "string", "format": "iri"}),
    ]


def _ask_params(settings: Settings) -> list[dict]:
    """As /api/search: the passages searched for evidence are narrowed the same way; k counts evidence."""
    from ..qa.params import DEFAULT_EVIDENCE

    params = _search_params(settings)
    for p in params:
        if p["name"] == "k":
            p.update(description="Number of evidence passages returned.", schema={**p["schema"], "default": DEFAULT_EVIDENCE})
    return params


def _error(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def openapi(settings: Settings) -> dict:
    sparql_params = [
        _param("query", "A SPARQL 1.1 query (GET; POST it as a form field or as an application/sparql-query body).",
               {"type": "string"}),
        _param("default-graph-uri", "A graph of this server to use as the default graph (repeatable).",
               {"type": "string", "format": "iri"}),
        _param("named-graph-uri", "A graph of this server to make available to GRAPH (repeatable).",
               {"type": "string", "format": "iri"}),
        _param("format", "Result format when the Accept header can't be set (json, xml, csv, tsv, ttl, nt, "
               "rdfxml, jsonld).", {"type": "string"}),
    ]
    sparql_formats = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                      "text/tab-separated-values", "text/turtle", "application/n-triples", "application/rdf+xml",
                      "application/ld+json"]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "isecg-kg",
            "version": "1",
            "description": "Semantic search, questions and SPARQL over the knowledge graph of ISECG publications. "
                           "Every error is JSON {\"error\": \"what is wrong\"} with a 4xx status.",
        },
        "paths": {
            "/api/search": {"get": {
                "summary": "Search passages",
                "description": "Hybrid (dense + BM25) search over the passages of every document, with the best "
                               "matching sentence highlighted and the entities each passage mentions.",
                "parameters": _search_params(settings),
                "responses": {
                    "200": {"description": "Ranked passages.", "content": {"application/json": {"schema": {
                        "type": "object",
                        "properties": {"query": {"type": "string"}, "took_ms": {"type": "number"},
                                       "results": {"type": "array", "items": {"$ref": "#/components/schemas/SearchResult"}}},
                    }}}},
                    "400": _error("A parameter is missing, empty, too long or out of range."),
                },
            }},
            "/api/ask": {"get": {
                "summary": "Answer a question",
                "description": "Questions of a known shape (members of X, country of X, who works on T, events, "
                               "documents) are answered from the graph with the SPARQL that produced the answer; "
                               "others from the best sentence of the top passages. Every answer carries its evidence; "
                               "when nothing supports an answer, answer is null.",
                "parameters": _ask_params(settings),
                "responses": {
                    "200": {"description": "The answer and its evidence.", "content": {"application/json": {"schema": {
                        "type": "object",
                        "properties": {
                            "question": {"type": "string"},
                            "answer": {"type": ["string", "null"]},
                            "answers": {"type": "array", "items": {"$ref": "#/components/schemas/EntityRef"}},
                            "sparql": {"type": ["string", "null"]},
                            "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/SearchResult"}},
                            "took_ms": {"type": "number"},
                        },
                    }}}},
                    "400": _error("The question is missing, empty or too long."),
                },
            }},
            "/sparql": {
                "get": {
                    "summary": "SPARQL 1.1 query endpoint",
                    "description": "The SPARQL 1.1 Protocol, read-only. Results by content negotiation (Accept, "
                                   f"with q-values). At most {settings.sparql_max_rows} rows; queries stop after "
                                   f"{settings.sparql_timeout:g} s. Without a query: the service description "
                                   "(a browser gets the query editor).",
                    "parameters": sparql_params,
                    "responses": {
                        "200": {"description": "Query results.",
                                "content": {media: {} for media in sparql_formats}},
                        "400": {"description": "Malformed query (the parser's message and position)."},
                        "406": {"description": "No offered format fits the Accept header."},
                    },
                },
                "post": {
                    "summary": "SPARQL 1.1 query endpoint (POST)",
                    "requestBody": {"content": {
                        "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                            "query": {"type": "string"}}}},
                        "application/sparql-query": {"schema": {"type": "string"}},
                    }},
                    "responses": {"200": {"description": "Query results (as for GET)."},
                                  "413": {"description": f"Body larger than {settings.max_body_bytes} bytes."}},
                },
            },
            "/id/{path}": {"get": {
                "summary": "Dereference an entity, document or passage IRI",
                "description": "Every IRI the project mints is served here. Content negotiation: HTML for "
                               "browsers, the resource's RDF description for RDF clients (200, Vary: Accept).",
                "parameters": [
                    _param("path", "The IRI path below the base, e.g. org/jaxa or doc/{id}/passage/3.",
                           {"type": "string"}, required=True, where="path"),
                    _param("format", "Format when the Accept header can't be set.",
                           {"type": "string", "enum": ["html", "ttl", "nt", "jsonld", "rdfxml"]}),
                ],
                "responses": {
                    "200": {"description": "The description.", "content": {
                        media: {} for media in ("text/html", "text/turtle", "application/ld+json",
                                                "application/n-triples", "application/rdf+xml")}},
                    "404": {"description": "No such IRI in the graph."},
                    "406": {"description": "No offered format fits the Accept header."},
                },
            }},
            "/health": {"get": {
                "summary": "Status of the service",
                "description": "Build id, time, and counts of documents, passages and pages being served.",
                "responses": {"200": {"description": "Serving."},
                              "503": {"description": "No index has been built yet."}},
            }},
        },
        "components": {"schemas": {
            "EntityRef": {"type": "object", "properties": {
                "iri": {"type": "string"}, "label": {"type": "string"}, "type": {"type": "string"}}},
            "SearchResult": _SEARCH_RESULT,
            "Error": {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]},
        }},
    }
