"""The knowledge graph: ontology, reference data, extraction with provenance, and the store.

Public API::

    GraphStore.from_build(build, settings)   the dataset of a build in a pyoxigraph Store
    store.query(sparql, **kw)                pyoxigraph results (default graph = merge of all graphs)
    store.rows(sparql)                       SELECT results as a list of {variable: str}
    load_entities(build) -> list[dict]       {"iri","label","type","types","aliases","acronym"} per entity
    load_mentions(build) -> dict             passage id -> [{"iri","label","type"}]
"""

from __future__ import annotations

import json

from .store import GraphStore


def load_entities(build) -> list[dict]:
    from .build import ENTITIES

    return json.loads((build.stage_dir("graph") / ENTITIES).read_text())


def load_mentions(build) -> dict[str, list[dict]]:
    from .build import MENTIONS

    return json.loads((build.stage_dir("graph") / MENTIONS).read_text())


__all__ = ["GraphStore", "load_entities", "load_mentions"]
