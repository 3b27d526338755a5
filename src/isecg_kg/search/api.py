"""GET /api/search: hybrid passage search as JSON (parameters: see params.py)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from ..web.state import state
from .params import BadParameter, choices, parse_query_params

bp = Blueprint("search_api", __name__)


def engine():
    """The search engine of the current build, built once per build and worker."""
    from .engine import SearchEngine

    return state().component("search", SearchEngine.from_build)


@bp.get("/api/search")
def search():
    from .engine import SearchIndexMissing

    try:
        params = parse_query_params(request.args, state().settings, choices=choices(state().build()))
        return jsonify(engine().search(**params))
    except BadParameter as exc:
        return jsonify({"error": str(exc)}), 400
    except SearchIndexMissing as exc:
        return jsonify({"error": str(exc)}), 503
