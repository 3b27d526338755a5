"""The knowledge graph: ontology, reference data, extraction with provenance, and the store.

Public API::

    open_graph(build, settings)              the graph (a GraphStore): the build's on-disk store opened read-only
                                             (EmbeddedStore), or the remote store the settings name (RemoteStore)
    store.query(sparql, **kw)                pyoxigraph results (default graph = merge of all graphs)
    store.rows(sparql)                       SELECT results as a list of {variable: str}
    store.quads(), store.triples()           the named graphs' quads; the merged default graph's triples
    load_entities(build) -> list[EntityRecord]             every entity (iri, label, type, types, aliases, acronym)
    load_mentions(build) -> dict[str, list[MentionRecord]] passage id -> the entities it names
"""

from __future__ import annotations

import json

from ..records import EntityRecord, MentionRecord
from .store import EmbeddedStore, GraphStore, store_path


def open_graph(build, settings) -> GraphStore:
    """The store the settings choose: the remote store when ``store_query_url`` is set, else the
    build's own on-disk store, opened read-only."""
    if settings is not None and settings.store_query_url:
        from .remote import RemoteStore  # the HTTP client only where a remote store is configured

        return RemoteStore.from_settings(settings)
    return EmbeddedStore.open(store_path(build))


def load_entities(build) -> list[EntityRecord]:
    from .build import ENTITIES

    return [EntityRecord.from_dict(e) for e in json.loads((build.stage_dir("graph") / ENTITIES).read_text())]


def load_mentions(build) -> dict[str, list[MentionRecord]]:
    from .build import MENTIONS

    data = json.loads((build.stage_dir("graph") / MENTIONS).read_text())
    return {pid: [MentionRecord.from_dict(m) for m in found] for pid, found in data.items()}


__all__ = ["EntityRecord", "GraphStore", "MentionRecord", "load_entities", "load_mentions", "open_graph"]


def __getattr__(name: str):
    # The remote client (urllib, http.client) is imported on first use: a query process never needs it.
    if name == "RemoteStore":
        from .remote import RemoteStore

        return RemoteStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
