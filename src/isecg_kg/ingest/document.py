"""One source file into a document record and its clean pages (read + clean + metadata)."""

from __future__ import annotations

from pathlib import Path

from .catalog import describe
from .clean import clean_document
from .extract import BadDocument, read_document
from .model import Document, Page


def read_source(path: Path, *, key: str, doc_id: str, sha256: str, entry: dict | None) -> tuple[Document, list[Page]]:
    """Read and clean one file; ``entry`` is its catalog entry (or None).  Raises BadDocument."""
    raw = read_document(path)
    clean = clean_document(raw)
    if not any(seg.kind != "heading" and page.text[seg.start:seg.end].strip() for page in clean for seg in page.segments):
        raise BadDocument("no text found after cleaning (only headers, page numbers or headings)")
    meta = describe(Path(key).name, raw, clean, entry)
    doc = Document(id=doc_id, file=key, sha256=sha256, page_count=len(clean), **meta)
    return doc, [Page(doc_id, p.page, p.text, p.segments) for p in clean]
