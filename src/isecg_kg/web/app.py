"""The Flask app factory: one blueprint per concern, registered here."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request

from ..indexes import IndexMissing
from ..settings import Settings
from .services import Services
from .state import AppState

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, *, services: Services | None = None) -> Flask:
    """The app serving the published build of ``settings.index_dir`` (the current one, followed as
    it moves), or always ``services`` when given (tests: any dataset, members set up front)."""
    settings = settings or Settings.load()
    app = Flask(__name__)  # templates/ and static/ beside this file
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.extensions["isecg_kg"] = AppState(settings, services)

    from . import ask_api, browse, health, linked, pages, search_api, sparql_api, timeline

    for bp in (health.bp, sparql_api.bp, search_api.bp, ask_api.bp, pages.bp, linked.bp, browse.bp, timeline.bp):
        app.register_blueprint(bp)

    @app.errorhandler(IndexMissing)
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
        log.debug("%s %s -> %s", request.method, request.full_path, response.status_code)
        return response

    return app
