"""/sparql: the SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/).

GET with ``query=``, POST form-encoded (``query=`` or ``update=``), POST with a body of type
application/sparql-query or application/sparql-update.  GET without a query returns the
Service Description, or the query editor to a browser.

``answer(request, app, state)`` takes a werkzeug request and gives the response, without Flask's request
context: the app serves /sparql before Flask dispatches anything (``app.SparqlFirst``), which saves
Flask's per-request work on the path where a fixed cost counts most (issue 11).  What it does not
answer itself (no build published, a body past max_body_bytes, a bug) goes to the app's error
handlers, as on every other route.
"""

from __future__ import annotations

import hmac
import logging
import time
from urllib.parse import parse_qsl

import pyoxigraph as ox
from flask import Flask, Response, render_template
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Request

from ..params import BadParameter, parse
from ..sparql import conneg, formats, text
from ..sparql.endpoint import Dataset, Endpoint, Refused, check_iris
from ..sparql.errors import pointed
from ..sparql.examples import EXAMPLES
from ..sparql.params import OPTIONS
from ..sparql.pool import Busy, Crashed, OutOfMemory, Stopped, Unavailable
from ..sparql.service import SD_PREFIXES, description
from ..sparql.worker import JobError
from .state import AppState

log = logging.getLogger(__name__)
PATHS = ("/sparql", "/sparql/")

READ_METHODS = "GET, HEAD, POST, OPTIONS"
FORM = "application/x-www-form-urlencoded"
QUERY_TYPE, UPDATE_TYPE = "application/sparql-query", "application/sparql-update"
CORS = {"Access-Control-Allow-Origin": "*",
        "Access-Control-Expose-Headers": "X-SPARQL-Rows, X-SPARQL-Truncated, X-SPARQL-Max-Rows, Retry-After"}
# Set in the WSGI environ of a request whose query or update has been logged here (form, format, rows or
# status, duration, client, text): `isecg-kg serve` writes no access log line for it (gworker.AccessLog).
LOGGED = "isecg_kg.logged"


class Served:
    """What one request is answered with: its endpoint (the build being served when it arrived, for
    the whole request, its query processes started with the first request) and the app."""

    def __init__(self, app: Flask, state: AppState):
        self.app = app
        self.endpoint: Endpoint = state.services().sparql
        # The endpoint's public address (from the base_iri setting, never from the Host header): the
        # service description's sd:endpoint and the base IRI of queries and updates.
        self.iri = state.settings.base_iri + "sparql"


def answer(request: Request, app: Flask, state: AppState) -> Response:
    """The response to a request for /sparql (raises what the app's error handlers answer)."""
    if request.method == "OPTIONS":  # CORS preflight (a sparql-query body is not a "simple" request)
        return Response(status=204, headers={**CORS, "Allow": READ_METHODS, "Access-Control-Allow-Methods": READ_METHODS,
                                             "Access-Control-Allow-Headers": "Accept, Content-Type",
                                             "Access-Control-Max-Age": "86400"})
    if request.method not in ("GET", "HEAD", "POST"):
        return _error(f"{request.method} is not a SPARQL protocol operation: use GET or POST", 405,
                      {"Allow": READ_METHODS})
    try:
        operation, body, params = _read_request(request)
        served = Served(app, state)  # started with the first request of a build
    except Refused as exc:  # a 405 must say which methods are allowed (RFC 9110 §15.5.6)
        return _error(str(exc), exc.status, {"Allow": READ_METHODS} if exc.status == 405 else None)
    except Unavailable as exc:
        return _error(str(exc), 503)
    try:
        if operation == "update":
            return _update(request, served, body, params)
        if operation == "query":
            return _query(request, served, body, params)
        return _service_description(request, served, params)
    except Unavailable as exc:  # the remote store failed or did not answer
        return _error(str(exc), 503)


def _read_request(request: Request) -> tuple[str | None, str | None, dict[str, list[str]]]:
    """(operation "query" / "update" / None, its text, every parameter), per protocol §2.1 and §2.2."""
    params = _parse_params(request.query_string, "the URL")
    if request.method == "POST":
        media = request.mimetype
        if media == FORM:
            for name, values in _parse_params(request.get_data(), "the form body").items():
                params.setdefault(name, []).extend(values)
        elif media in (QUERY_TYPE, UPDATE_TYPE):
            charset = request.mimetype_params.get("charset", "utf-8").lower()
            if charset not in ("utf-8", "utf8"):
                raise Refused(f"{media} bodies must be UTF-8 (got charset={charset})", 415)
            try:
                body = request.get_data().decode("utf-8-sig")  # a file saved with a BOM is still UTF-8
            except UnicodeDecodeError as exc:
                raise Refused(f"the request body is not valid UTF-8 (byte {exc.start})") from None
            if "query" in params or "update" in params:
                raise Refused(f"a {media} request carries its operation in the body, not in a "
                              "query= or update= parameter")
            return ("query" if media == QUERY_TYPE else "update"), body, _options(params)
        else:
            got = f"Content-Type {media}" if media else "no Content-Type"
            raise Refused(f"POST needs Content-Type {FORM}, {QUERY_TYPE} or {UPDATE_TYPE} ({got})", 415)
    params = _options(params)
    queries, updates = params.get("query", []), params.get("update", [])
    if len(queries) + len(updates) > 1:
        raise Refused("give exactly one query= or update= parameter "
                      f"(got {len(queries)} query and {len(updates)} update)")
    if updates and request.method == "GET":
        raise Refused("SPARQL Update needs POST (GET must be safe)", 405)
    if queries:
        return "query", queries[0], params
    if updates:
        return "update", updates[0], params
    if request.method == "POST":
        raise Refused("POST without a query= or update= parameter")
    return None, None, params


def _options(params: dict[str, list[str]]) -> dict[str, list[str]]:
    """``params`` with the protocol's options (format, graph IRIs) checked against their declaration
    (``sparql.params``, which /openapi.json describes): empty values dropped, formats known, graph IRIs
    absolute IRIs (whatever the operation)."""
    pairs = MultiDict([(name, value) for name, values in params.items() for value in values])
    try:
        checked = parse(OPTIONS, pairs)
    except BadParameter as exc:
        raise Refused(str(exc)) from None
    for param in OPTIONS:
        values = checked[param.name] if param.repeatable else [checked[param.name]]
        params[param.name] = [value for value in values if value is not None]
        if param.format == "iri":
            check_iris(params[param.name])
    return params


def _parse_params(raw: bytes, where: str) -> dict[str, list[str]]:
    try:
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise Refused(f"{where} is not percent-encoded UTF-8") from None
    params: dict[str, list[str]] = {}
    for name, value in pairs:
        params.setdefault(name, []).append(value)
    return params


def _query(request: Request, served: Served, query: str, params: dict[str, list[str]]) -> Response:
    form = text.query_form(text.code(query)) or "select"  # unparseable: the parser will say why
    chosen = _negotiate(request, formats.FORMS[form], params)
    if isinstance(chosen, Response):
        return chosen
    fmt, media_type = chosen
    dataset = Dataset(tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])))
    start = time.perf_counter()
    try:
        result = served.endpoint.query(query, fmt=fmt.name, dataset=dataset, base_iri=served.iri,
                                       client=request.remote_addr)
    except (Refused, JobError, Stopped, Crashed, OutOfMemory, Busy, Unavailable) as exc:
        status, message = _failure(served, exc, query)
        log.info("sparql query refused/failed (%s) after %.1f ms for %s: %s | %s", status,
                 (time.perf_counter() - start) * 1000, request.remote_addr, message.splitlines()[0], _short(query))
        request.environ[LOGGED] = True
        return _error(message, status, _retry(exc))
    elapsed = time.perf_counter() - start
    log.info("sparql %s %s: %d rows%s in %.1f ms for %s | %s", result.form, fmt.name, result.rows,
             " (truncated)" if result.truncated else "", elapsed * 1000, request.remote_addr, _short(query))
    request.environ[LOGGED] = True
    headers = {**CORS, "Vary": "Accept", "X-SPARQL-Rows": str(result.rows),
               "X-SPARQL-Max-Rows": str(served.endpoint.settings.sparql_max_rows)}
    if result.truncated:
        headers["X-SPARQL-Truncated"] = "true"
    return Response(result.body, headers=headers, content_type=f"{media_type}; charset=utf-8")


def _update(request: Request, served: Served, update: str, params: dict[str, list[str]]) -> Response:
    settings = served.endpoint.settings
    if not settings.update_token:
        return _error("SPARQL Update is disabled on this endpoint (setting update_token is empty): it is read-only",
                      403, cors=False)
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), settings.update_token.encode()):
        return _error("SPARQL Update needs the header 'Authorization: Bearer <update_token>'", 403, cors=False)
    using = Dataset(tuple(params.get("using-graph-uri", [])), tuple(params.get("using-named-graph-uri", [])))
    start = time.perf_counter()
    try:
        served.endpoint.update(update, using=using, base_iri=served.iri)
    except (Refused, JobError, Stopped, Crashed, OutOfMemory, Busy, Unavailable) as exc:
        status, message = _failure(served, exc, update)
        return _error(message, status, _retry(exc), cors=False)
    log.info("sparql update applied in %.1f ms for %s | %s", (time.perf_counter() - start) * 1000,
             request.remote_addr, _short(update))
    request.environ[LOGGED] = True
    return Response(status=204)


def _service_description(request: Request, served: Served, params: dict[str, list[str]]) -> Response:
    chosen = _negotiate(request, formats.GRAPHS, params, extra=["text/html"])
    if isinstance(chosen, Response):
        return chosen
    fmt, media_type = chosen
    ep = served.endpoint
    if fmt is None:
        with served.app.request_context(request.environ):  # the page's templates read request.path, url_for
            page = render_template("sparql/editor.html", endpoint_url=served.iri,
                                   request_url=request.root_path + PATHS[1], prefixes=ep.prefixes, examples=EXAMPLES,
                                   settings=ep.settings)
        return Response(page, headers={"Vary": "Accept"}, content_type="text/html; charset=utf-8")
    try:
        graphs = ep.graphs()
    except (Stopped, Crashed, JobError, OutOfMemory, Busy) as exc:
        return _error(f"could not list the graphs: {exc}", 503, _retry(exc))
    triples = description(served.iri, graphs, ep.prefixes, ep.settings)
    prefixes = {**SD_PREFIXES, **ep.prefixes} if fmt.name in ("turtle", "trig", "rdfxml") else None
    body = ox.serialize(triples, format=fmt.oxigraph, prefixes=prefixes)
    return Response(body, headers={**CORS, "Vary": "Accept"}, content_type=f"{media_type}; charset=utf-8")


def _negotiate(request: Request, offered: list[formats.Format], params, *, extra: list[str] = ()):
    """(format or None for an ``extra`` type, media type), or the 406 response to send."""
    for value in params.get("format", []):  # known formats (checked by _options); the first that suits
        found = formats.by_parameter(offered, value)
        if found:
            return found
    media_types = formats.offers(offered) + list(extra)
    media_type = conneg.choose(request.headers.get("Accept"), media_types)
    if media_type is None:
        return _error("none of the media types in Accept is offered; this resource is available as: "
                      + ", ".join(media_types), 406, {"Vary": "Accept"})
    if media_type in extra:
        return None, media_type
    return formats.by_media_type(offered, media_type), media_type


def _failure(served: Served, exc: Exception, query: str) -> tuple[int, str]:
    """HTTP status and message for a query that could not be answered."""
    if isinstance(exc, Refused):
        return exc.status, str(exc)
    if isinstance(exc, Stopped):
        limit = served.endpoint.settings.sparql_timeout
        return 503, (f"query stopped: {exc} within {limit:g} s (setting sparql_timeout). Narrow it down "
                     "(more specific patterns, LIMIT) or try again when the server is less busy.")
    if isinstance(exc, Busy):
        return exc.status, f"{exc}. Try again in {exc.retry_after} s."
    if isinstance(exc, OutOfMemory):
        return 503, (f"query stopped: {exc} (setting sparql_memory_mb); its process has been replaced. "
                     "Narrow it down (more specific patterns, LIMIT, no ORDER BY over a cross product).")
    if isinstance(exc, Crashed):
        return 500, f"{exc}; it has been restarted, try again"
    if isinstance(exc, Unavailable):  # the remote store failed or answered what cannot be read
        return 503, str(exc)
    if exc.kind == "syntax":
        return 400, "SPARQL syntax " + pointed(str(exc), query)
    return 400, f"query evaluation failed: {exc}"


def _retry(exc: Exception) -> dict | None:
    return {"Retry-After": str(exc.retry_after)} if isinstance(exc, Busy) else None


def _error(message: str, status: int, headers: dict | None = None, *, cors: bool = True) -> Response:
    return Response(message + "\n", status=status, content_type="text/plain; charset=utf-8",
                    headers={**(CORS if cors else {}), **(headers or {})})


def _short(query: str, limit: int = 200) -> str:
    flat = " ".join(query.split())
    return flat if len(flat) <= limit else flat[:limit] + "..."
