"""The OpenAPI 3.1 description of the server: served at /openapi.json and rendered at /api.

Generated, not written by hand: every parameter comes from the declarations the code validates
with (``search.params``, ``qa.params``, ``sparql.params``, ``linked.FORMAT``; see ``isecg_kg.params``),
with the limits of this server's settings and the documents and types of the current build; the
responses list every status the handlers answer with.  tests/web/test_openapi_fuzz.py runs
schemathesis (every check) against a live server with this description.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..params import Param
from ..qa import params as ask_params
from ..search import params as search_params
from ..settings import Settings
from ..sparql import formats
from ..sparql import params as sparql_params

JSON = "application/json"
TEXT = "text/plain"
HTML = "text/html"
NULLABLE_STRING = {"type": ["string", "null"]}

ENTITY_REF = {"type": "object", "required": ["iri", "label"], "properties": {
    "iri": {"type": "string"}, "label": {"type": "string"}, "type": NULLABLE_STRING}}
SEARCH_RESULT = {
    "type": "object",
    "required": ["rank", "score", "scores", "text", "page", "pages", "section", "passage", "passage_id", "document",
                 "highlight", "entities"],
    "properties": {
        "rank": {"type": "integer", "minimum": 1},
        "score": {"type": "number", "description": "Fused score."},
        "scores": {"type": "object", "description": "Score and rank per retriever (null: it did not find the passage).",
                   "required": ["fused"],
                   "properties": {"fused": {"type": "number"}, "dense": {"type": ["number", "null"]},
                                  "lexical": {"type": ["number", "null"]}, "dense_rank": {"type": ["integer", "null"]},
                                  "lexical_rank": {"type": ["integer", "null"]},
                                  "document": {"type": "number", "description": "Boost for the documents the query names."},
                                  "count": {"type": "number",
                                            "description": "Boost for stating a count of what a 'how many' query counts."},
                                  "rerank": {"type": "number", "description": "The cross-encoder's share of the fused "
                                             "score (0 past the first search_rerank hits, or when off)."}}},
        "text": {"type": "string"},
        "page": {"type": "integer", "description": "First page of the passage (1-based, as the PDF viewer numbers it)."},
        "pages": {"type": "array", "items": {"type": "integer"}},
        "section": NULLABLE_STRING,
        "passage": {"type": "string", "description": "The passage IRI (dereferences)."},
        "passage_id": {"type": "string"},
        "document": {"type": "object", "required": ["id", "title", "year", "type", "iri"], "properties": {
            "id": {"type": "string"}, "title": {"type": "string"}, "year": {"type": ["integer", "null"]},
            "type": NULLABLE_STRING, "iri": {"type": "string"},
            "label": {**NULLABLE_STRING, "description": "The file's own name for the document (its PDF metadata "
                      "title) where the first page sets another title."}}},
        "highlight": {"type": ["object", "null"], "description": "The sentence that best matches the query: its text "
                      "(sentence), its offsets in the passage text (start, end) and the passage as HTML with the "
                      "sentence marked (html)."},
        "entities": {"type": "array", "items": {"$ref": "#/components/schemas/EntityRef"}},
    },
}
SEARCH_RESPONSE = {
    "type": "object",
    "required": ["query", "mode", "k", "filters", "took_ms", "total", "results", "facets"],
    "properties": {
        "query": {"type": "string"}, "mode": {"type": "string", "enum": list(search_params.MODES)},
        "k": {"type": "integer"}, "filters": {"type": "object"}, "took_ms": {"type": "number"},
        "total": {"type": "integer", "description": "Candidates after fusion."},
        "results": {"type": "array", "items": {"$ref": "#/components/schemas/SearchResult"}},
        "facets": {"type": "object", "description": "Counts of the candidates by documents, years, types, "
                   "entity_types and entities (top 20 each)."},
    },
}
ASK_RESPONSE = {
    "type": "object",
    "required": ["question", "answer", "answers", "sparql", "evidence", "took_ms"],
    "properties": {
        "question": {"type": "string"},
        "answer": NULLABLE_STRING,
        "answers": {"type": "array", "items": {"$ref": "#/components/schemas/EntityRef"}},
        "sparql": {**NULLABLE_STRING, "description": "The query behind a graph answer; it runs as is at /sparql."},
        "shape": {**NULLABLE_STRING, "description": "Which question shape answered (members, country, works_on, ..., "
                  "passage; two joined by '+' when a question asks two things, each answered in turn; 'nested+' "
                  "before the shape of a question about a body or person it describes by a clause, answered in two "
                  "hops), or null."},
        "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/SearchResult"}},
        "linked": {"type": "array", "items": {"type": "object"}, "description": "Entities found in the question."},
        "message": {**NULLABLE_STRING, "description": "Why there is no answer."},
        "citation": {"type": ["object", "null"]},
        "confidence": {"type": ["number", "null"]},
        "took_ms": {"type": "number"},
    },
}
HEALTH = {"type": "object", "required": ["status"], "properties": {
    "status": {"type": "string", "enum": ["ok", "warming", "failed", "no index"],
               "description": "ok once the model and the build's components are loaded; otherwise why not."},
    "loading": {"type": "array", "items": {"type": "string"}, "description": "Components not loaded yet."},
    "error": {"type": "string"}, "build_id": {"type": "string"}, "built_at": {"type": "string"},
    "documents": {"type": "integer"}, "passages": {"type": "integer"}, "pages": {"type": "integer"},
    "failed_files": {"type": "array", "items": {"type": "string"}}, "stages": {"type": "object"}}}


def _content(media_types: Sequence[str], schema: dict | None = None) -> dict:
    return {media: ({"schema": schema} if schema else {}) for media in media_types}


def _json_error(description: str) -> dict:
    return {"description": description, "content": _content([JSON], {"$ref": "#/components/schemas/Error"})}


def _text_error(description: str, media_types: Sequence[str] = (TEXT,)) -> dict:
    return {"description": description, "content": _content(media_types, {"type": "string"})}


def _api_get(summary: str, description: str, params: Sequence[Param], response: dict, settings: Settings,
             choices) -> dict:
    return {"get": {
        "summary": summary,
        "description": description,
        "parameters": [p.openapi(settings, choices) for p in params],
        "responses": {
            "200": {"description": "The result.", "content": _content([JSON], response)},
            "400": _json_error("A parameter is missing, repeated, empty, too long, out of range or not one of the "
                               "accepted values, or year_from is after year_to; the message names it."),
            "503": _json_error("No index has been built yet, or the server is still loading it."),
        },
    }}


def _sparql(settings: Settings) -> dict:
    results = formats.offers(formats.RESULTS) + formats.offers(formats.GRAPHS)
    options = [p.openapi(settings) for p in (sparql_params.FORMAT, *sparql_params.DATASET)]
    shared = {
        "400": _text_error("A syntax error (the parser's message with the line and a caret), two operations, an "
                           "invalid graph IRI, an unknown format, a parameter given twice, a body that is not "
                           f"UTF-8, or a query nested deeper than {settings.sparql_max_depth} (setting "
                           f"sparql_max_depth) or longer than {settings.sparql_max_tokens} tokens (setting "
                           "sparql_max_tokens)."),
        "403": _text_error("SERVICE or LOAD (this endpoint makes no outbound request), or an update without the "
                           "update token."),
        "406": _text_error("No offered format fits the Accept header (the body lists what is offered)."),
        "429": {**_text_error(f"This client already has {settings.sparql_client_queries} queries running or "
                              "waiting (setting sparql_client_queries)."),
                "headers": {"Retry-After": {"description": "Seconds to wait before retrying.",
                                            "schema": {"type": "integer"}}}},
        "503": {**_text_error(f"The query was stopped at the time limit ({settings.sparql_timeout:g} s, setting "
                              f"sparql_timeout), past the memory cap ({settings.sparql_memory_mb} MB, setting "
                              "sparql_memory_mb) or the long-query rule (sparql_quick_seconds), or no query "
                              "process could take it within sparql_queue_seconds; try again later."),
                "headers": {"Retry-After": {"description": "Seconds to wait before retrying, when the server "
                                            "knows.", "schema": {"type": "integer"}}}},
    }
    ok = {"description": f"Query results (at most {settings.sparql_max_rows} rows, setting sparql_max_rows; "
                         "X-SPARQL-Truncated: true when cut), or the service description.",
          "content": _content(results + [HTML])}
    form = {"type": "object", "properties": {p.name: p.schema(settings) for p in
                                             (sparql_params.QUERY, sparql_params.UPDATE, *sparql_params.OPTIONS)},
            # exactly one operation per request
            "oneOf": [{"required": ["query"], "not": {"required": ["update"]}},
                      {"required": ["update"], "not": {"required": ["query"]}}]}
    return {
        "get": {
            "summary": "SPARQL 1.1 query endpoint",
            "description": "The SPARQL 1.1 Protocol. Results by content negotiation (Accept, with q-values) or "
                           f"format=. Queries stop after {settings.sparql_timeout:g} s. update= needs POST (405).",
            "parameters": [sparql_params.QUERY.openapi(settings), *options],
            "responses": {"200": ok, **shared},
        },
        "post": {
            "summary": "SPARQL 1.1 query or update (POST)",
            "description": "A form (query= or update=) or the operation as the body. Updates answer 204 and are "
                           "refused (403) unless setting update_token is set and sent as a Bearer token.",
            "parameters": options,
            "requestBody": {"required": True, "content": {
                "application/x-www-form-urlencoded": {"schema": form},
                "application/sparql-query": {"schema": sparql_params.QUERY.schema(settings)},
                "application/sparql-update": {"schema": sparql_params.UPDATE.schema(settings)},
            }},
            "responses": {
                "200": ok,
                "204": {"description": "The update was applied."},
                **shared,
                "413": _json_error(f"Body larger than {settings.max_body_bytes} bytes (setting max_body_bytes)."),
                "415": _text_error("Another Content-Type, or a charset other than UTF-8."),
            },
        },
    }


def _dereference(settings: Settings, what: str, example: str) -> dict:
    from .linked import FORMAT, RDF_FORMATS

    return {"get": {
        "summary": f"Dereference {what}",
        "description": "Content negotiation on the IRI itself: HTML for browsers, the RDF description for RDF "
                       "clients (200, Vary: Accept).",
        "parameters": [
            Param("path", f"The IRI path below the base, e.g. {example}.", where="path", example=example).openapi(settings),
            FORMAT.openapi(settings),
        ],
        "responses": {
            "200": {"description": "The description.", "content": _content(
                [HTML, *formats.offers(RDF_FORMATS)])},
            "400": _text_error("format= is not one of the accepted values."),
            "404": {"description": "No such IRI here (an HTML page for browsers).",
                    "content": {**_content([HTML]), JSON: {"schema": {"$ref": "#/components/schemas/Error"}}}},
            "406": _text_error("No offered format fits the Accept header."),
            "503": {"description": "No index has been built yet, or the server is still loading it.",
                    "content": {**_content([HTML]), JSON: {"schema": {"$ref": "#/components/schemas/Error"}}}},
        },
    }}


def openapi(settings: Settings, choices: Mapping[str, Sequence[str]] | None = None) -> dict:
    """The description; ``choices`` (``search.params.choices(build)``) lists the documents and types."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "isecg-kg",
            "version": "1",
            "description": "Semantic search, questions and SPARQL over the knowledge graph of ISECG publications. "
                           "JSON endpoints report errors as {\"error\": \"what is wrong\"}; SPARQL errors are "
                           "plain text. A query parameter marked allowEmptyValue counts as not given when its value is empty.",
        },
        "paths": {
            "/api/search": _api_get(
                "Search passages",
                "Hybrid (dense + BM25) search over the passages of every document, with the best matching sentence "
                "highlighted and the entities each passage mentions.", search_params.PARAMS, SEARCH_RESPONSE,
                settings, choices),
            "/api/ask": _api_get(
                "Answer a question",
                "Questions of a known shape (members of X, country of X, who works on T, events, documents) are "
                "answered from the graph with the SPARQL that produced the answer; others from the best sentence of "
                "the top passages. Every answer carries its evidence; when nothing supports an answer, answer is "
                "null.", ask_params.PARAMS, ASK_RESPONSE, settings, choices),
            "/sparql": _sparql(settings),
            "/id/{path}": _dereference(settings, "an entity, document or passage IRI", "org/jaxa"),
            "/graph/{path}": _dereference(settings, "a named graph", "reference"),
            "/health": {"get": {
                "summary": "Status of the service",
                "description": "Build id, time, and counts of documents, passages and pages being served.",
                "responses": {"200": {"description": "Serving.", "content": _content([JSON], HEALTH)},
                              "503": {"description": "Not serving yet: no index has been built, or it is loading "
                                                     "(status says which).", "content": _content([JSON], HEALTH)}},
            }},
            "/health/live": {"get": {
                "summary": "Liveness",
                "description": "200 whenever the server process answers, loaded or not.",
                "responses": {"200": {"description": "Alive.", "content": _content([JSON], {
                    "type": "object", "required": ["status"], "properties": {"status": {"const": "alive"}}})}},
            }},
        },
        "components": {"schemas": {
            "EntityRef": ENTITY_REF,
            "SearchResult": SEARCH_RESULT,
            "Error": {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]},
        }},
    }
