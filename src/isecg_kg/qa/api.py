"""GET /api/ask?q=QUESTION: the answer, the SPARQL behind it (if any) and the evidence, as JSON.

Parameters are those of /api/search (same validation, same 400 messages): ``k`` is the number of
evidence passages (default 5), ``mode`` and the filters narrow the passages searched.
"""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from ..search.params import BadParameter, choices
from ..web.state import state
from .params import ask_params

bp = Blueprint("qa_api", __name__)


def answerer():
    """The Answerer of the current build, sharing the graph store and search engine of the other
    blueprints (same component names)."""
    from ..kg import GraphStore, load_entities
    from ..search import SearchEngine
    from .answerer import Answerer

    def build(build, settings):
        return Answerer(engine=state().component("search", SearchEngine.from_build),
                        graph=state().component("graph", GraphStore.from_build),
                        entities=state().component("entities", lambda b, s: load_entities(b)), settings=settings)

    return state().component("qa", build)


@bp.get("/api/ask")
def ask():
    from ..search import SearchIndexMissing

    try:
        params = ask_params(request.args, state().settings, choices=choices(state().build()))
        question = params.pop("query")
        return jsonify(answerer().answer(question, **params))
    except BadParameter as exc:
        return jsonify({"error": str(exc)}), 400
    except SearchIndexMissing as exc:
        return jsonify({"error": str(exc)}), 503
