"""Typed records shared between packages: the bottom of the import graph (imports nothing of
isecg_kg).  On disk they stay plain JSON objects (``to_dict`` / ``from_dict``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


# ---------------------------------------------------------------------- knowledge graph (kg)

@dataclass(frozen=True)
class EntityRecord:
    """An entity of the graph, as ``entities.json`` lists it.  ``type`` is the short name of its most
    specific class (Organization, WorkingGroup, Team, Country, Place, Destination, Technology, Event,
    Document, Presentation, Activity, ConceptScheme); ``types`` are its class IRIs."""
    iri: str
    label: str
    type: str
    types: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    acronym: str | None = None

    def names(self) -> list[str]:
        return [n for n in [self.label, self.acronym, *self.aliases] if n]

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "EntityRecord":
        return cls(data["iri"], data["label"], data["type"], list(data.get("types") or []),
                   list(data.get("aliases") or []), data.get("acronym"))


@dataclass(frozen=True)
class MentionRecord:
    """An entity a passage names (``mentions.json``: passage id -> [MentionRecord])."""
    iri: str
    label: str
    type: str

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "MentionRecord":
        return cls(data["iri"], data["label"], data.get("type") or "Thing")
