"""GET /api/ask?q=QUESTION: the answer, the SPARQL behind it (if any) and the evidence, as JSON.

Parameters are those of /api/search (same validation, same 400 messages): ``k`` is the number of
evidence passages (default 5), ``mode`` and the filters narrow the passages searched.
"""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from ..qa.params import ask_params
from ..search.params import BadParameter, choices
from .state import services, settings

bp = Blueprint("qa_api", __name__)


@bp.get("/api/ask")
def ask():
    from ..search import SearchIndexMissing

    try:
        params = ask_params(request.args, settings(), choices=choices(services().build))
        question = params.pop("query")
        return jsonify(services().answerer.answer(question, **params))
    except BadParameter as exc:
        return jsonify({"error": str(exc)}), 400
    except SearchIndexMissing as exc:
        return jsonify({"error": str(exc)}), 503
