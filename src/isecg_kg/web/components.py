"""The other subpackages' components as the web pages use them, built once per build.

The names given to ``state().component`` are shared with the /sparql, /api/search and
/api/ask blueprints, so one server process holds one graph store and one search engine.
Imports happen inside the factories: the app starts without loading the model or the graph.
"""

from __future__ import annotations

import logging

from ..records import EntityRecord, MentionRecord
from .state import state

log = logging.getLogger(__name__)


def graph():
    def load(build, settings):
        from ..kg import GraphStore

        return GraphStore.from_build(build, settings)

    return state().component("graph", load)


def search_engine():
    from ..search.api import engine

    return engine()


def entities() -> list[EntityRecord]:
    def load(build, settings):
        from ..kg import load_entities

        return load_entities(build)

    return state().component("entities", load)


def mentions() -> dict[str, list[MentionRecord]]:
    def load(build, settings):
        from ..kg import load_mentions

        return load_mentions(build)

    return state().component("mentions", load)


def ask(question: str) -> dict:
    from ..qa.api import answerer

    return answerer().answer(question)


def graph_data():
    def load(build, settings):
        from .graphdata import GraphData

        return GraphData(graph().store)

    return state().component("graphdata", load)


def mentioned_in() -> dict[str, list[str]]:
    """{entity IRI: [passage ids mentioning it]}, in passage order."""

    def invert(build, settings):
        index: dict[str, list[str]] = {}
        for passage_id, found in mentions().items():
            for mention in found:
                index.setdefault(mention.iri, []).append(passage_id)
        order = {p.id: i for i, p in enumerate(build.passages)}
        return {iri: sorted(set(ids), key=lambda p: order.get(p, 0)) for iri, ids in index.items()}

    return state().component("mentioned_in", invert)


def warm_up(app) -> None:
    """Load the current build's components and the embedding model, so that the first
    question does not wait ~5 s for them.  Run in a background thread of each server worker:
    requests arriving meanwhile simply wait on the same locks."""
    from ..qa.api import answerer
    from ..search import embed
    from ..sparql.views import endpoint

    try:
        with app.app_context():
            answerer()
            graph_data()
            endpoint()
            embed.load_model(state().settings.model)
    except Exception as exc:  # noqa: BLE001 - the first request will meet (and report) the same problem
        log.warning("warm-up failed (%s); components load on the first request instead", exc)
