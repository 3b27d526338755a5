"""GET /api/search: hybrid passage search as JSON (parameters: see search/params.py)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from ..search.params import BadParameter, choices, parse_query_params
from .state import services, settings

bp = Blueprint("search_api", __name__)


@bp.get("/api/search")
def search():
    from ..search import SearchIndexMissing

    try:
        params = parse_query_params(request.args, settings(), choices=choices(services().build))
        return jsonify(services().search.search(**params))
    except BadParameter as exc:
        return jsonify({"error": str(exc)}), 400
    except SearchIndexMissing as exc:
        return jsonify({"error": str(exc)}), 503
