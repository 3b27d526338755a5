"""Typed records that cross package boundaries (search hits; the knowledge graph's entities and
mentions).  The bottom of the import graph: standard library only, imported by every layer above.
JSON responses are these records as dicts (``dataclasses.asdict``; Flask serialises dataclasses the
same way), so their shape is the field list below.
"""

from __future__ import annotations

import html
from dataclasses import asdict, dataclass, field, is_dataclass


def jsonable(value):
    """``value`` with every record turned into a dict (for json.dumps)."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


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
    def from_dict(cls, data: dict) -> EntityRecord:
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
    def from_dict(cls, data: dict) -> MentionRecord:
        return cls(data["iri"], data["label"], data.get("type") or "Thing")


# -- search ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DocumentRef:
    """The document a passage belongs to, as a search hit cites it."""
    id: str
    title: str | None
    year: int | None
    type: str | None
    iri: str
    label: str | None = None  # the file's own name for it, where the page sets another title

    @property
    def names(self) -> str:
        """Its title and the file's name for it: the words a question may name it by."""
        return " / ".join(filter(None, (self.title, self.label)))


@dataclass(frozen=True)
class Highlight:
    """The best sentence of a hit: its text, offsets in the hit's text, and the text as HTML with it in <mark>."""
    sentence: str
    start: int
    end: int
    html: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Highlight:
        """``text[start:end]`` highlighted: ``text`` escaped for HTML with that span in <mark>."""
        marked = (html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>"
                  + html.escape(text[end:]))
        return cls(text[start:end], start, end, marked)


@dataclass(frozen=True)
class HitScores:
    """Why a hit ranks where it does: the fused score, each retriever's score and rank, the boost
    the query's document cues (year, edition, type, title words) gave its document, the boost for
    stating a count of what a "how many" query counts, and the cross-encoder's share (0 when it did not
    re-score the hit)."""
    fused: float
    dense: float | None
    lexical: float | None
    dense_rank: int | None
    lexical_rank: int | None
    document: float = 0.0
    count: float = 0.0
    rerank: float = 0.0


@dataclass(frozen=True)
class SearchHit:
    """One passage found by a search."""
    rank: int
    score: float
    scores: HitScores
    text: str
    page: int
    pages: list[int]
    section: str | None
    passage: str  # IRI
    passage_id: str
    document: DocumentRef
    highlight: Highlight
    entities: list[MentionRecord] = field(default_factory=list)
