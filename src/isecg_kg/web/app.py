"""The Flask app factory: one blueprint per concern, registered here."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, request

from ..indexes import IndexMissing
from ..settings import Settings
from .state import AppState

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings.load()
    app = Flask(__name__)  # templates/ and static/ beside this file
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.extensions["isecg_kg"] = AppState(settings)

    from . import health

    app.register_blueprint(health.bp)
    from ..sparql import bp as sparql_bp

    app.register_blueprint(sparql_bp)
    from ..search import api as search_api

    app.register_blueprint(search_api.bp)
    from ..qa import api as qa_api

    app.register_blueprint(qa_api.bp)
    from . import browse, linked, pages

    for bp in (pages.bp, linked.bp, browse.bp):
        app.register_blueprint(bp)

    @app.errorhandler(IndexMissing)
    def _no_index(exc):
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
