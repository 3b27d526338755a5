"""Build the indexes from the corpus: incremental, atomic, tolerant of bad files.

Order of work: hash every source file; if the hashes and the build fingerprint equal the
published build's, stop (nothing to do).  Otherwise read changed and new files (unchanged
ones are copied from the published build), then run each build stage (knowledge graph,
search indexes) into a staging folder and publish it in one atomic switch.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from tqdm import tqdm

# Only the module: isecg_kg.indexes imports this package's records, so names are looked up at call time.
from .. import indexes
from ..settings import ONTOLOGY_DIR, Settings
from .catalog import CATALOG_FILE, describe, load_catalog, same_metadata, slug
from .chunk import chunk
from .clean import clean_document
from .extract import SUPPORTED_SUFFIXES, BadDocument, read_document
from .model import Document, Page, Passage, write_jsonl

log = logging.getLogger(__name__)

# Build stages, run in this order on every build: (name, "module:function").  A stage
# function takes a BuildContext, writes below ctx.out_dir and returns figures for the manifest.
STAGES: list[tuple[str, str]] = [
    ("graph", "isecg_kg.kg.build:build_graph"),
    ("search", "isecg_kg.search.build:build_search"),
    ("qa", "isecg_kg.qa.build:build_sentences"),
]

PACKAGE_DIR = Path(__file__).resolve().parents[1]


@dataclass
class IngestReport:
    build: indexes.Build | None
    up_to_date: bool = False
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # file -> reason
    kept: list[str] = field(default_factory=list)  # failed files whose previously published version stays
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest(settings: Settings, paths: list[Path] | None = None, *, progress: bool = True,
           force: bool = False) -> IngestReport:
    """Bring the published build in line with the corpus folder plus any extra ``paths``.

    Files in the corpus folder are added, replaced when changed and removed when deleted;
    ``paths`` (files or folders elsewhere) are ingested beside them.
    """
    started = time.perf_counter()
    corpus = Path(settings.corpus_dir)
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder {corpus}/ does not exist; create it or set --corpus-dir")
    fingerprint = build_fingerprint(settings)
    with indexes.build_lock(Path(settings.index_dir)):
        previous = indexes.current_build(settings.index_dir)
        old = previous.manifest if previous else {}
        # Paths given once stay part of the corpus while they exist.
        extra = sorted({str(Path(p).resolve()) for p in old.get("extra_paths", []) if Path(p).exists()}
                       | {str(Path(p).resolve()) for p in paths or []})
        files = _source_files(corpus, [corpus] + [Path(p) for p in extra])
        # A file whose size and modification time match what the published build recorded keeps
        # its recorded hash (as make and rsync judge files); the others are hashed.  The stat is
        # taken before hashing, so a file changed meanwhile is hashed again next time.
        stats = {key: _stat(path) for key, path in files.items()}
        known = {} if force else {k: h for k, h in old.get("seen", {}).items()
                                  if stats.get(k) and old.get("stats", {}).get(k) == stats[k]}
        hashes = {key: known.get(key) or _sha256(path) for key, path in files.items()}
        catalog_path = corpus / CATALOG_FILE
        catalog_hash = _sha256(catalog_path) if catalog_path.is_file() else None
        same_build = old.get("fingerprint") == fingerprint and not force
        if same_build and old.get("seen") == hashes and old.get("extra_paths", []) == extra \
                and old.get("catalog") == catalog_hash:
            report = IngestReport(build=previous, up_to_date=True, unchanged=sorted(hashes))
            report.failed = dict(old.get("failed", {}))
            _publish_remote(previous.stage_dir("graph"), previous.build_id, settings)
            if stats != old.get("stats"):
                _record_stats(previous, stats)
            report.seconds = time.perf_counter() - started
            return report
        report = _build(settings, files, hashes, previous, fingerprint, extra, progress, reuse=same_build,
                        stats=stats, catalog_hash=catalog_hash)
    report.seconds = time.perf_counter() - started
    return report


def _build(settings, files, hashes, previous: indexes.Build | None, fingerprint, extra, progress, *, reuse: bool,
           stats: dict, catalog_hash: str | None):
    """Read what changed and publish a new build.  With ``reuse`` (same code and settings as
    ``previous``) unchanged files are copied from it; otherwise every file is read again."""
    report = IngestReport(build=None)
    catalog = load_catalog(Path(settings.corpus_dir))
    old_manifest = previous.manifest if previous else {}
    old_docs = {d.file: d for d in previous.documents} if previous else {}
    old_sources = old_manifest.get("sources", {})
    # A file that fails now keeps its published version, from older code too, while records are compatible.
    can_keep = old_manifest.get("schema", indexes.SCHEMA_VERSION) == indexes.SCHEMA_VERSION
    documents: list[Document] = []
    pages: list[Page] = []
    passages: list[Passage] = []

    old_records: dict[str, tuple[list, list]] = {}
    for record in (previous.pages + previous.passages if previous else []):
        old_records.setdefault(record.doc_id, ([], []))[isinstance(record, Passage)].append(record)

    def keep(old: Document) -> None:
        documents.append(old)
        old_pages, old_passages = old_records.get(old.id, ([], []))
        pages.extend(old_pages)
        passages.extend(old_passages)

    ids = _document_ids(files)
    jobs = {}  # key -> arguments of read_one
    for key in sorted(files):
        old = old_docs.get(key)
        entry = catalog.get(key) or catalog.get(Path(key).name)
        if not (reuse and old and old.sha256 == hashes[key] and old.id == ids[key] and same_metadata(old, entry)):
            jobs[key] = (files[key], key, ids[key], hashes[key], entry)
    results = _read_all(settings, jobs, progress=progress)
    for key in sorted(files):
        old = old_docs.get(key)
        if key not in jobs:
            keep(old)
            report.unchanged.append(key)
        elif isinstance(results[key], BadDocument):
            report.failed[key] = str(results[key])
            if old and can_keep:  # nothing already published is lost
                keep(old)
                report.kept.append(key)
        else:
            doc, doc_pages, doc_passages = results[key]
            (report.changed if key in old_sources else report.added).append(key)
            documents.append(doc)
            pages.extend(doc_pages)
            passages.extend(doc_passages)
    report.removed = sorted(set(old_sources) - set(files))
    unchanged_ids = {ids[k] for k in report.unchanged}
    sources = {k: h for k, h in hashes.items() if k not in report.failed}
    sources.update({k: old_sources[k] for k in report.kept if k in old_sources})  # the version published
    with indexes.staging(Path(settings.index_dir), keep=settings.keep_builds) as out:
        write_jsonl(out / "documents.jsonl", documents)
        write_jsonl(out / "pages.jsonl", pages)
        write_jsonl(out / "passages.jsonl", passages)
        stages = {}
        for name, target in STAGES:
            module_name, func_name = target.split(":")
            func = getattr(importlib.import_module(module_name), func_name)
            (out / name).mkdir()
            ctx = indexes.BuildContext(settings=settings, out_dir=out / name, documents=documents,
                                       passages=passages, pages=pages, previous=previous if reuse else None,
                                       unchanged=unchanged_ids, progress=progress)
            log.info("build stage %s", name)
            stages[name] = func(ctx) or {}
        # Last, so that a store refusing the graphs fails the build: `current` stays, the next ingest retries.
        stages["graph"]["remote"] = _publish_remote(out / "graph", out.name.removeprefix(".staging-"), settings)
        manifest = {
            "build_id": out.name.removeprefix(".staging-"),
            "schema": indexes.SCHEMA_VERSION,
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "fingerprint": fingerprint,
            "sources": sources,  # what is published, file -> sha256
            "seen": hashes,  # every file this build looked at, failed ones included
            "stats": stats,  # [size, mtime_ns] of each seen file when it was hashed
            "catalog": catalog_hash,  # sha256 of catalog.json
            "extra_paths": extra,
            "failed": report.failed,
            "counts": {"documents": len(documents), "pages": len(pages), "passages": len(passages)},
            "stages": stages,
        }
        (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    report.build = indexes.current_build(settings.index_dir)
    return report


def _publish_remote(graph_dir: Path, build_id: str, settings: Settings) -> dict | None:
    """Put the build's graphs on the remote store, if the settings name one (store_data_url)."""
    if not settings.store_data_url:
        return None
    from ..kg.remote import is_published, publish

    return None if is_published(build_id, settings) else publish(graph_dir, build_id, settings)


def _read_all(settings: Settings, jobs: dict[str, tuple], *, progress: bool) -> dict:
    """read_one for each job: key -> (document, pages, passages), or the BadDocument."""
    return {key: _read_or_reason(settings, *args)
            for key, args in tqdm(jobs.items(), desc="reading documents", unit="doc", disable=not progress)}


def _read_or_reason(settings: Settings, *args):
    try:
        return read_one(settings, *args)
    except BadDocument as exc:
        return exc


def read_one(settings: Settings, path: Path, key: str, doc_id: str, sha: str,
             entry: dict | None) -> tuple[Document, list[Page], list[Passage]]:
    """Read, clean and chunk one source file (raises BadDocument)."""
    raw = read_document(path)
    clean = clean_document(raw)
    doc_passages = chunk(doc_id, clean, min_words=settings.chunk_min_words, max_words=settings.chunk_max_words,
                         overlap=settings.chunk_overlap_sentences)
    if not doc_passages:
        raise BadDocument("no text found after cleaning (only headers, page numbers or headings)")
    meta = describe(Path(key).name, raw, clean, entry)
    doc = Document(id=doc_id, file=key, sha256=sha, page_count=len(clean), **meta)
    return doc, [Page(doc_id, p.page, p.text) for p in clean], doc_passages


def build_fingerprint(settings: Settings) -> str:
    """Everything besides the source files that decides what a build contains: the settings
    that shape it and the code and ontology that produce it.  A change rebuilds everything."""
    digest = hashlib.sha256()
    shaping = {k: str(getattr(settings, k)) for k in ("base_iri", "model", "chunk_min_words", "chunk_max_words",
                                                        "chunk_overlap_sentences", "search_ann_threshold")}
    digest.update(json.dumps({"schema": indexes.SCHEMA_VERSION, "settings": shaping, "stages": STAGES},
                             sort_keys=True).encode())
    for folder, pattern in ((PACKAGE_DIR, "*.py"), (ONTOLOGY_DIR, "*")):
        for path in sorted(folder.rglob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(folder).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _source_files(corpus: Path, paths: list[Path]) -> dict[str, Path]:
    """Supported files under ``paths``, keyed by path relative to the corpus folder (absolute outside it)."""
    found: dict[str, Path] = {}
    for root in paths:
        root = Path(root)
        if not root.exists():
            raise FileNotFoundError(f"{root}: no such file or folder")
        candidates = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in candidates:
            rel = path.relative_to(root) if path != root else Path(path.name)
            if path.suffix.lower() not in SUPPORTED_SUFFIXES or path.name == CATALOG_FILE \
                    or any(part.startswith(".") for part in rel.parts):
                if path == root:
                    raise ValueError(f"{path}: unsupported file type; supported: {', '.join(SUPPORTED_SUFFIXES)}")
                continue
            found[_key(corpus, path)] = path
    return found


def _key(corpus: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(corpus.resolve()).as_posix()
    except ValueError:
        return str(path.resolve())


def _document_ids(files: dict[str, Path]) -> dict[str, str]:
    """A stable slug per file: its stem, or its whole name when two stems clash."""
    stems = {key: slug(Path(key).with_suffix("").as_posix()) for key in files}
    counts = Counter(stems.values())
    return {key: stem if counts[stem] == 1 else slug(key) for key, stem in stems.items()}


def _record_stats(build: indexes.Build, stats: dict) -> None:
    """Remember the files' current size and time in the published manifest (replaced atomically),
    so that files copied or checked out just before a build are not hashed on every no-op run."""
    manifest = {**build.manifest, "stats": stats}
    tmp = build.path / f".manifest-{os.getpid()}.json"
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    os.replace(tmp, build.path / "manifest.json")


def _stat(path: Path) -> list[int] | None:
    """Size and modification time; None for a file modified in the last 2 s, which a second
    write could change again within the clock's granularity (it is hashed again next time)."""
    st = path.stat()
    return None if st.st_mtime_ns > time.time_ns() - 2_000_000_000 else [st.st_size, st.st_mtime_ns]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
