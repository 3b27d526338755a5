"""The records ingestion produces: documents, their cleaned pages, and passages."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Iterable, Iterator


class _Record:
    """Base of the dataclass records below: plain JSON objects on disk."""

    def to_dict(self) -> dict:
        return asdict(self)  # type: ignore[call-overload]  # every subclass is a dataclass

    @classmethod
    def from_dict(cls, data: dict):
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Document(_Record):
    id: str  # slug of the file name; stable across rebuilds
    file: str  # path relative to the corpus folder
    sha256: str
    title: str
    year: int | None = None
    publisher: str | None = None
    type: str | None = None  # e.g. "annual report", "roadmap", "white paper", "gap assessment"
    source_url: str | None = None
    page_count: int = 0
    metadata_source: str = "catalog"  # "catalog" or "extracted" (PDF info dictionary / first page)
    label: str | None = None  # the file's own name for it (a PDF's metadata title) where the page sets another title


@dataclass
class Segment:
    kind: str  # "heading", "body", "row": a line a PDF set apart from the text around it, no closing mark between;
    # or "note": a page's footnotes
    start: int  # offsets in the page's clean text
    end: int
    level: int = 0  # headings: 1 is the largest type in the document


@dataclass
class Page(_Record):
    doc_id: str
    page: int  # 1-based, as the PDF viewer numbers pages
    text: str  # cleaned text; passages' offsets point into it
    # Headings and body runs of ``text``: what chunking needs, so passages can be cut again
    # (another chunk size) from the published pages without reading the file again.
    segments: list[Segment] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict) -> "Page":
        page = super().from_dict(data)
        page.segments = [Segment(**s) if isinstance(s, dict) else s for s in page.segments]
        return page


@dataclass
class Passage(_Record):
    id: str  # "<doc_id>/<ordinal>"
    doc_id: str
    ordinal: int  # 0-based position in the document
    text: str
    section: str | None
    pages: list[int] = field(default_factory=list)  # every page the passage draws on, in order
    # Offsets of the passage in the cleaned page text: start in pages[0], end in pages[-1].
    char_start: int = 0
    char_end: int = 0

    @property
    def page(self) -> int:
        return self.pages[0]


def write_jsonl(path: Path, records: Iterable) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            data = record.to_dict() if hasattr(record, "to_dict") else record
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
            count += 1
    return count


def read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
