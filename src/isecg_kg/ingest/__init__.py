"""Ingestion: source files (PDF, .txt, .md) into documents, clean pages and cited passages,
published as a build of the index folder (see isecg_kg.indexes)."""

from .extract import BadDocument
from .model import Document, Page, Passage
from .pipeline import IngestReport, ingest

__all__ = ["BadDocument", "Document", "IngestReport", "Page", "Passage", "ingest"]
