"""The Flask app factory: one blueprint per concern, registered here."""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from flask import Flask, jsonify, render_template, request
from markupsafe import Markup
from werkzeug.wrappers import Request

from ..indexes import IndexMissing
from ..params import CONTROL
from ..search.rerank import RerankerMissing
from ..settings import Settings
from .services import Services
from .state import AppState

log = logging.getLogger(__name__)
CONTROL_RE = re.compile(f"[{CONTROL}]")


def _printable(value):
    """Every value a template prints, minus control characters: a page never echoes a NUL or an
    escape sequence back from a query string or a path."""
    if isinstance(value, str):
        cleaned = CONTROL_RE.sub("", value)
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    return value


class App(Flask):
    """Flask whose absolute URLs (redirects made by the router, ``url_for(..., _external=True)``)
    name the host and scheme of the ``base_iri`` setting, never the request's Host header."""

    public: tuple[str, str]  # (scheme, host[:port]) of base_iri

    def create_url_adapter(self, request):
        adapter = super().create_url_adapter(request)
        if request is not None and adapter is not None:
            adapter.url_scheme, adapter.server_name = self.public
        return adapter


def create_app(settings: Settings | None = None, *, services: Services | None = None) -> Flask:
    """The app serving the published build of ``settings.index_dir`` (the current one, followed as
    it moves), or always ``services`` when given (tests: any dataset, members set up front)."""
    settings = settings or Settings.load()
    app = App(__name__)  # templates/ and static/ beside this file
    app.jinja_env.finalize = _printable
    iri = urlsplit(settings.base_iri)
    app.public = (iri.scheme, iri.netloc)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.extensions["isecg_kg"] = AppState(settings, services)

    from . import ask_api, browse, headers, health, linked, pages, search_api, timeline

    for bp in (health.bp, search_api.bp, ask_api.bp, pages.bp, linked.bp, browse.bp, timeline.bp):
        app.register_blueprint(bp)
    headers.register(app)
    app.wsgi_app = SparqlFirst(app, app.wsgi_app)  # type: ignore[method-assign]

    @app.errorhandler(IndexMissing)
    @app.errorhandler(RerankerMissing)  # a search setting naming no model: every page searching says so
    def _no_index(exc):
        wants_html = request.accept_mimetypes.best_match(["application/json", "text/html"]) == "text/html"
        if wants_html and not request.path.startswith("/api/"):
            return render_template("unavailable.html", reason=str(exc)), 503
        return jsonify({"error": str(exc)}), 503

    @app.errorhandler(413)
    def _too_large(exc):
        return jsonify({"error": f"request body larger than {settings.max_body_bytes} bytes "
                                 "(setting max_body_bytes)"}), 413

    @app.after_request
    def _log(response):
        _debug(request, response)
        return response

    return app


def _debug(request, response) -> None:
    if log.isEnabledFor(logging.DEBUG):  # request.full_path is built again on every call
        log.debug("%s %s -> %s", request.method, request.full_path, response.status_code)


class SparqlFirst:
    """The app's WSGI callable: /sparql answered by ``sparql_api.answer`` straight from the WSGI
    environ, every other path by Flask.  Flask's request context, URL matching and response hooks cost
    0.1-0.2 ms of CPU per query (issue 11: the endpoint's fixed cost per query); for /sparql this
    does what they did: the security headers, the debug line, and the app's error handlers for what
    the endpoint does not answer itself (no build: 503; a body past max_body_bytes: 413; a bug: 500)."""

    def __init__(self, app: Flask, flask_wsgi):
        from . import headers, sparql_api

        self.app = app
        self.flask_wsgi = flask_wsgi
        self.paths = sparql_api.PATHS
        self.answer = sparql_api.answer
        self.secure = headers.secure
        self.state = app.extensions["isecg_kg"]

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") not in self.paths:
            return self.flask_wsgi(environ, start_response)
        req = Request(environ)
        req.max_content_length = self.app.config["MAX_CONTENT_LENGTH"]
        try:
            response = self.answer(req, self.app, self.state)
        except Exception as exc:  # noqa: BLE001 - answered as Flask answers it on any route
            response = self._by_flask(environ, exc)
        else:
            self.secure(response)
            _debug(req, response)
        return response(environ, start_response)

    def _by_flask(self, environ, exc: Exception):
        app = self.app
        with app.request_context(environ):
            try:
                return app.finalize_request(app.handle_user_exception(exc))  # the app's error handlers
            except Exception as unhandled:  # noqa: BLE001 - none: a 500, logged (raised when testing)
                return app.handle_exception(unhandled)
