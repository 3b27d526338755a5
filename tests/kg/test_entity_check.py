"""Precision of extracted entities on the hand-checked sample (tests/data/kg_entity_check.json): the
current extraction must still yield the checked entities, and at least 90% of them must be correct."""

from __future__ import annotations

import json
from pathlib import Path

from isecg_kg.kg import EntityRecord, load_entities, load_mentions

CHECK = json.loads((Path(__file__).parents[1] / "data" / "kg_entity_check.json").read_text())
JUNK = {"this", "in 2022", "the", "team", "working group", "report", "agency", "these", "it"}


def extracted(build) -> dict[str, EntityRecord]:
    """Entities the extraction yields: mentioned in a passage or defined by a document."""
    by_iri = {e.iri: e for e in load_entities(build)}
    iris = {m.iri for items in load_mentions(build).values() for m in items}
    for path in build.stage_dir("graph").glob("docs/*.json"):
        iris |= {e["iri"] for e in json.loads(path.read_text())["entities"]}
    return {iri: by_iri[iri] for iri in iris}


def test_hand_checked_precision(build, settings):
    current = extracted(build)
    judged = [c for c in CHECK["checked"]
              if (e := current.get(c["iri"].format(base=settings.base_iri))) and (e.label, e.type) ==
              (c["label"], c["type"])]
    assert len(CHECK["checked"]) == 50
    assert len(judged) >= 45, "extraction changed: re-check tests/data/kg_entity_check.json"
    precision = sum(c["verdict"] == "correct" for c in judged) / len(judged)
    assert precision >= 0.9


def test_no_junk_labels(build):
    for entity in extracted(build).values():
        label = entity.label
        assert label.lower() not in JUNK and len(label) >= 2 and any(c.isalpha() for c in label), entity
