"""Ingestion: source files (PDF, .txt, .md) into document records, clean pages and cited passages.

A core package: reading (``read_source``), cleaning and chunking (``chunk``), and the corpus
files (``source_files``).  Building and publishing an index from them is the pipeline's job
(isecg_kg.pipeline)."""

from .chunk import chunk
from .corpus import document_ids, file_stat, sha256, source_files
from .document import read_source
from .extract import SUPPORTED_SUFFIXES, BadDocument
from .model import Document, Page, Passage, Segment

__all__ = ["BadDocument", "Document", "Page", "Passage", "SUPPORTED_SUFFIXES", "Segment", "chunk", "document_ids",
           "file_stat", "read_source", "sha256", "source_files"]
