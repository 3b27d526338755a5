"""Document metadata: from corpus/catalog.json, else from the PDF info dictionary and first page."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from .clean import CleanPage
from .extract import RawDocument
from .model import Document

log = logging.getLogger(__name__)

CATALOG_FILE = "catalog.json"
FIELDS = ("title", "year", "publisher", "type", "source_url")
DOCUMENT_TYPES = {  # words in a title -> document type
    "annual report": "annual report",
    "roadmap supplement": "roadmap supplement",
    "supplement": "roadmap supplement",
    "roadmap": "roadmap",
    "gap assessment": "gap assessment",
    "white paper": "white paper",
    "technology portfolio": "technology portfolio",
    "strategy": "strategy",
}


def load_catalog(corpus_dir: Path) -> dict[str, dict]:
    """Entries keyed by file name (relative to the corpus folder)."""
    path = Path(corpus_dir) / CATALOG_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc}); fix it or remove it") from exc
    entries = data.get("documents", {})
    unknown = {k for entry in entries.values() for k in entry} - set(FIELDS) - {"id"}
    if unknown:
        log.warning("%s: unknown fields ignored: %s (known: %s)", path, ", ".join(sorted(unknown)), ", ".join(FIELDS))
    return entries


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "document"


def describe(file_name: str, raw: RawDocument, pages: list[CleanPage], entry: dict | None) -> dict:
    """Metadata for a document: catalog fields win; gaps are filled from the file itself."""
    found = _from_file(file_name, raw, pages)
    if entry:
        merged = {**found, **{k: v for k, v in entry.items() if k in FIELDS and v is not None}}
        merged["metadata_source"] = "catalog"
        return merged
    found["metadata_source"] = "extracted"
    return found


def same_metadata(doc: Document, entry: dict | None) -> bool:
    """Whether a published document still agrees with its catalog entry (or lack of one)."""
    if not entry:
        return doc.metadata_source != "catalog"
    return doc.metadata_source == "catalog" and all(
        getattr(doc, k) == v for k, v in entry.items() if k in FIELDS and v is not None)


def _from_file(file_name: str, raw: RawDocument, pages: list[CleanPage]) -> dict:
    info = raw.info
    title = (info.get("title") or "").strip()
    if not title or title.lower() in {"untitled", "microsoft word", "document"} or title.lower().endswith((".doc", ".docx", ".pdf")):
        title = _head_title(raw) or _first_heading(pages) or Path(file_name).stem.replace("_", " ").replace("-", " ")
    year = None
    for text in (title, info.get("subject", ""), pages[0].text[:500] if pages else ""):
        years = re.findall(r"\b(19[5-9]\d|20\d\d)\b", text or "")
        if years:
            year = int(years[0])
            break
    if year is None:
        match = re.search(r"D:(\d{4})", info.get("creationdate", ""))
        year = int(match.group(1)) if match else None
    lowered = title.lower()
    doc_type = next((t for words, t in DOCUMENT_TYPES.items() if words in lowered), None)
    return {"title": title, "year": year, "publisher": info.get("author") or None, "type": doc_type, "source_url": None}


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_FULL_DATE = re.compile(rf"\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTH}\s+\d{{4}}|\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
                        r"|\b\d{4}-\d\d-\d\d\b", re.I)
_LABEL_LINE = re.compile(r"^[\w ]{1,20}:\s|^(?:[-–—_=*~]\s*){3,}$")  # "Place: Tokyo", a rule
_BODY_LINE = re.compile(r"^[A-Z][\w.&'’ -]+\s\(([A-Z][\w&-]{1,9})\)$")  # "Full Name of a Body (ACRONYM)"
_GENRE_LINE = re.compile(r"^(?:press release|news(?: release)?|media advisory|communiqu[ée]|statement|report)$", re.I)
HEAD_TITLE_LINES = 12


def _head_title(raw: RawDocument) -> str | None:
    """The title of a plain-text document (no font, no Markdown heading): the first short paragraph line
    of its head that is not a genre label ("PRESS RELEASE"), the issuing body ("International ... Group
    (ISECG)"), a dateline ("For immediate release - 19 May 2023"), a "Label: value" line or a rule."""
    lines = raw.pages[0] if raw.pages else []
    if any(line.size or line.level for line in lines):
        return None
    paragraphs: list[list[str]] = [[]]
    for line in lines[:HEAD_TITLE_LINES]:
        text = line.text.strip()
        if text:
            paragraphs[-1].append(text)
        elif paragraphs[-1]:
            paragraphs.append([])
    for paragraph in paragraphs:
        if sum(not _LABEL_LINE.match(text) for text in paragraph) > 3:  # prose
            return None
        for text in paragraph:
            words = text.split()
            if (_GENRE_LINE.match(text) or _BODY_LINE.match(text) or _LABEL_LINE.match(text)
                    or _FULL_DATE.search(text) and len(_FULL_DATE.sub(" ", text).split()) <= 4):
                continue
            if len(words) >= 2 and len(words) <= 25 and text[0].isupper() and not text.endswith((".", ",", ";")):
                return text[:200]
            return None
    return None


def _first_heading(pages: list[CleanPage]) -> str | None:
    for page in pages[:2]:
        for seg in page.segments:
            if seg.kind == "heading":
                return page.text[seg.start:seg.end][:200]
    return None
