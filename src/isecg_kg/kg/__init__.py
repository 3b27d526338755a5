"""The knowledge graph: ontology, reference data, extraction with provenance, and the store.

Public API::

    GraphStore.from_build(build, settings)   the graph: the build's on-disk store opened read-only
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
from .store import GraphStore


def load_entities(build) -> list[EntityRecord]:
    from .build import ENTITIES

    return [EntityRecord.from_dict(e) for e in json.loads((build.stage_dir("graph") / ENTITIES).read_text())]


def load_mentions(build) -> dict[str, list[MentionRecord]]:
    from .build import MENTIONS

    data = json.loads((build.stage_dir("graph") / MENTIONS).read_text())
    return {pid: [MentionRecord.from_dict(m) for m in found] for pid, found in data.items()}


__all__ = ["EntityRecord", "GraphStore", "MentionRecord", "load_entities", "load_mentions"]
