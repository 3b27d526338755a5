"""The offline assembly: the corpus becomes a build of the index folder, published atomically.

    files --read--> documents, clean pages --chunk--> passages --stages--> graph/  search/  qa/

Each step has a *recipe*: its version, the settings it reads and the source of the code it runs
(named explicitly per step: folders and modules of the isecg_kg package, the ontology).  A stage's
*fingerprint* is its recipe plus the records it consumes.  A build repeats only what changed:

- a file is read again only when its content, its catalog entry or the read recipe changed; the
  others' clean pages come from the published build (pages.jsonl);
- passages are cut again for the documents read again, or for all when the chunk recipe changed;
- a stage whose fingerprint is unchanged has its folder copied from the published build; one whose
  recipe is unchanged runs with the published build as ``ctx.previous`` (reusing what it can);
  any other runs from scratch.

When no file, recipe or stage changed, `ingest` stops after hashing: stage code is imported only
when a stage runs, so a no-op loads no model, torch, numpy, rdflib or PDF reader.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator

from . import indexes
from .indexes import SCHEMA_VERSION, Build, BuildContext, Counts, Manifest
from .ingest import BadDocument, Document, Page, Passage, chunk, document_ids, file_stat, read_source, sha256, \
    source_files
from .ingest.catalog import CATALOG_FILE, load_catalog, same_metadata
from .ingest.model import write_jsonl
from .progress import track
from .settings import Settings

log = logging.getLogger(__name__)

RECORDS = {"documents": "documents.jsonl", "pages": "pages.jsonl", "passages": "passages.jsonl"}


@dataclass(frozen=True)
class Step:
    """A step of the build and what decides its output besides its inputs."""

    name: str
    version: int  # bump when the output changes for a reason the code digest does not show
    code: tuple[str, ...]  # folders and modules of the isecg_kg package it runs (and data it reads)
    settings: tuple[str, ...] = ()  # the settings it reads

    def recipe(self, settings: Settings) -> str:
        return _digest({"step": self.name, "version": self.version, "schema": SCHEMA_VERSION,
                        "settings": {name: str(getattr(settings, name)) for name in self.settings},
                        "code": [code_digest(path) for path in self.code]})


@dataclass(frozen=True)
class Stage(Step):
    """A build stage: ``run(ctx)`` writes below ``ctx.out_dir`` and returns figures for the manifest."""

    inputs: tuple[str, ...] = tuple(RECORDS)  # the records it consumes
    run: Callable[[BuildContext], dict] = field(kw_only=True)


READ = Step("read", 1, code=("ingest/extract.py", "ingest/clean.py", "ingest/catalog.py", "ingest/document.py",
                             "ingest/model.py", "ingest/corpus.py", "text.py"))  # corpus.py: which files, their ids
CHUNK = Step("chunk", 1, code=("ingest/chunk.py", "ingest/model.py", "text.py"),
             settings=("chunk_min_words", "chunk_max_words", "chunk_overlap_sentences"))


# Stage code is imported when the stage runs: importing it costs seconds (numpy, scipy, bm25s,
# pyoxigraph) that a no-op ingest must not pay.
def _graph(ctx: BuildContext) -> dict:
    from .kg.build import build_graph

    return build_graph(ctx)


def _search(ctx: BuildContext) -> dict:
    from .search.build import build_search

    return build_search(ctx)


def _qa(ctx: BuildContext) -> dict:
    from .qa.build import build_sentences

    return build_sentences(ctx)


# Run in this order on every build.
STAGES: list[Stage] = [
    Stage("graph", 1, code=("kg", "iris.py", "records.py", "text.py", "ingest/model.py", "ontology"),
          settings=("base_iri",), run=_graph),
    Stage("search", 1, code=("search", "records.py", "text.py", "ingest/model.py"),
          settings=("model", "search_ann_threshold", "search_ef_search"), inputs=("documents", "passages"),
          run=_search),
    Stage("qa", 1, code=("qa", "search/embed.py", "kg/dates.py", "records.py", "text.py", "ingest/model.py"), settings=("model",),
          inputs=("passages",), run=_qa),
]


@dataclass
class IngestReport:
    build: Build | None  # the published build after the run (None when there is none)
    up_to_date: bool = False
    empty: bool = False  # no document could be ingested: nothing was published
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # file -> reason
    kept: list[str] = field(default_factory=list)  # failed files whose previously published version stays
    stages_run: list[str] = field(default_factory=list)  # stages that ran (the others were copied)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed and not self.empty


class WriteError(RuntimeError):
    """The index folder cannot be written (full disk, read-only, not a folder); names the path."""


def ingest(settings: Settings, paths: list[Path] | None = None, *, progress: bool = True,
           force: bool = False, only: bool = False) -> IngestReport:
    """Bring the published build in line with the corpus folder plus any extra ``paths``.

    Files in the corpus folder are added, replaced when changed and removed when deleted;
    ``paths`` (files or folders elsewhere) are ingested beside them, and the paths of earlier runs
    with them while they exist, unless ``only``: then the corpus is the corpus folder and ``paths``.
    """
    started = time.perf_counter()
    corpus, index_dir = Path(settings.corpus_dir), Path(settings.index_dir)
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder {corpus}/ does not exist; create it or set --corpus-dir")
    recipes = {step.name: step.recipe(settings) for step in (READ, CHUNK, *STAGES)}
    with _writing(index_dir), indexes.build_lock(index_dir):
        previous = indexes.current_build(index_dir)
        old = previous.manifest if previous else None
        # Paths given once stay part of the corpus while they exist, unless the run names its whole corpus.
        earlier = [] if only or not old else old.extra_paths
        extra = sorted({str(Path(p).resolve()) for p in earlier if Path(p).exists()}
                       | {str(Path(p).resolve()) for p in paths or []})
        files = source_files(corpus, [corpus] + [Path(p) for p in extra])
        # A file whose size and modification time match what the published build recorded keeps
        # its recorded hash (as make and rsync judge files); the others are hashed.  The stat is
        # taken before hashing, so a file changed meanwhile is hashed again next time.
        stats = {key: file_stat(path) for key, path in files.items()}
        known = {} if force or not old else {k: h for k, h in old.seen.items()
                                             if stats.get(k) and old.stats.get(k) == stats[k]}
        hashes = {key: known.get(key) or sha256(path) for key, path in files.items()}
        catalog_path = corpus / CATALOG_FILE
        catalog_hash = sha256(catalog_path) if catalog_path.is_file() else None
        if old and not force and old.recipes == recipes and old.seen == hashes and old.extra_paths == extra \
                and old.catalog == catalog_hash:
            report = IngestReport(build=previous, up_to_date=True, unchanged=sorted(hashes), failed=dict(old.failed))
            _publish_remote(previous.stage_dir("graph"), previous.build_id, settings)
            if stats != old.stats:  # remember the files' times, so that they are not hashed on every no-op
                old.stats = stats
                old.save(previous.path / indexes.MANIFEST)
        else:
            report = _build(settings, files, hashes, previous, recipes, extra, progress=progress, force=force,
                            stats=stats, catalog_hash=catalog_hash)
    report.seconds = time.perf_counter() - started
    return report


def _build(settings: Settings, files: dict[str, Path], hashes: dict[str, str], previous: Build | None,
           recipes: dict[str, str], extra: list[str], *, progress: bool, force: bool, stats: dict,
           catalog_hash: str | None) -> IngestReport:
    """Read what changed, cut passages, run the stages and publish a new build."""
    report = IngestReport(build=previous)
    old = previous.manifest if previous else None
    same = {name: bool(old) and not force and old.recipes.get(name) == recipe for name, recipe in recipes.items()}
    catalog = load_catalog(Path(settings.corpus_dir))
    old_docs = {d.file: d for d in previous.documents} if previous else {}
    old_pages: dict[str, list[Page]] = {}
    old_passages: dict[str, list[Passage]] = {}
    for page in previous.pages if previous else []:
        old_pages.setdefault(page.doc_id, []).append(page)
    for passage in previous.passages if previous else []:
        old_passages.setdefault(passage.doc_id, []).append(passage)
    # A file that fails now keeps its published version, from older code too, while records are compatible.
    can_keep = bool(old) and old.schema == SCHEMA_VERSION

    ids = document_ids(files)
    jobs = {}  # key -> (path, doc id, catalog entry): the files read again
    for key in sorted(files):
        old_doc = old_docs.get(key)
        entry = catalog.get(key) or catalog.get(Path(key).name)
        if not (same["read"] and old_doc and old_doc.sha256 == hashes[key] and old_doc.id == ids[key]
                and same_metadata(old_doc, entry)):
            jobs[key] = (files[key], ids[key], entry)
    results = {}
    for key in track(jobs, desc="reading documents", unit="doc", enabled=progress):
        path, doc_id, entry = jobs[key]
        try:
            results[key] = read_source(path, key=key, doc_id=doc_id, sha256=hashes[key], entry=entry)
        except BadDocument as exc:
            results[key] = exc

    documents: list[Document] = []
    pages: dict[str, list[Page]] = {}  # doc id -> its pages, in order
    passages: dict[str, list[Passage]] = {}
    for key in sorted(files):
        old_doc = old_docs.get(key)
        result = results.get(key)
        if isinstance(result, BadDocument):
            report.failed[key] = str(result)
            if not (old_doc and can_keep):
                continue
            report.kept.append(key)  # nothing already published is lost
        elif result is None:
            report.unchanged.append(key)
        else:
            (report.changed if old and key in old.sources else report.added).append(key)
        if isinstance(result, tuple):  # read now
            doc = result[0]
            pages[doc.id] = result[1]
            doc_passages = None
        else:  # unchanged, or bad now with its published version kept
            doc = old_doc
            pages[doc.id] = old_pages.get(doc.id, [])
            doc_passages = old_passages.get(doc.id, []) if same["chunk"] else None
        if doc_passages is None:
            doc_passages = chunk(doc.id, pages[doc.id], min_words=settings.chunk_min_words,
                                 max_words=settings.chunk_max_words, overlap=settings.chunk_overlap_sentences)
        passages[doc.id] = doc_passages
        documents.append(doc)
    report.removed = sorted(set(old.sources if old else ()) - set(files))
    if not documents:  # nothing to serve: the published build (if any) stays
        report.empty = True
        return report

    sources = {k: h for k, h in hashes.items() if k not in report.failed}
    sources.update({k: old.sources[k] for k in report.kept if k in old.sources})  # the version published
    # Documents whose records are what the published build holds: a stage may reuse their results.
    unchanged = {d.id for d in documents if old_docs.get(d.file) == d and old_pages.get(d.id) == pages[d.id]
                 and old_passages.get(d.id) == passages[d.id]}
    all_pages = [p for d in documents for p in pages[d.id]]
    all_passages = [p for d in documents for p in passages[d.id]]
    index_dir = Path(settings.index_dir)
    with indexes.staging(index_dir, keep=settings.keep_builds) as out:
        for name, records in (("documents", documents), ("pages", all_pages), ("passages", all_passages)):
            with _writing(index_dir, out / RECORDS[name]):
                write_jsonl(out / RECORDS[name], records)
        inputs = {name: hashlib.sha256((out / file).read_bytes()).hexdigest() for name, file in RECORDS.items()}
        fingerprints, figures = {}, {}
        for stage in STAGES:
            fingerprints[stage.name] = _digest([recipes[stage.name], *(inputs[i] for i in stage.inputs)])
            with _writing(index_dir, out / stage.name):
                figures[stage.name] = _run_stage(stage, settings, out, documents, all_pages, all_passages, previous,
                                                 fingerprint=fingerprints[stage.name], same_recipe=same[stage.name],
                                                 unchanged=unchanged, progress=progress, report=report)
        # Last, so that a store refusing the graphs fails the build: `current` stays, the next ingest retries.
        remote = _publish_remote(out / "graph", out.name.removeprefix(".staging-"), settings)
        if remote:
            figures["graph"] = {**figures["graph"], "remote": remote}
        manifest = Manifest(
            build_id=out.name.removeprefix(".staging-"),
            built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            sources=sources, seen=hashes, stats=stats, catalog=catalog_hash, extra_paths=extra, failed=report.failed,
            counts=Counts(documents=len(documents), pages=len(all_pages), passages=len(all_passages)),
            recipes=recipes, fingerprints=fingerprints, stages=figures,
        )
        with _writing(index_dir, out / indexes.MANIFEST):
            manifest.save(out / indexes.MANIFEST)
    report.build = indexes.current_build(index_dir)
    return report


def _publish_remote(graph_dir: Path, build_id: str, settings: Settings) -> dict | None:
    """Put the build's graphs on the remote store, if the settings name one (store_data_url)."""
    if not settings.store_data_url:
        return None
    from .kg.remote import is_published, publish

    return None if is_published(build_id, settings) else publish(graph_dir, build_id, settings)


def _run_stage(stage: Stage, settings: Settings, out: Path, documents, pages, passages, previous: Build | None, *,
               fingerprint: str, same_recipe: bool, unchanged: set[str], progress: bool,
               report: IngestReport) -> dict:
    """Copy the stage's output from ``previous`` when its fingerprint is unchanged, else run it."""
    old = previous.manifest if previous else None
    source = previous.stage_dir(stage.name) if previous else None
    if same_recipe and old.fingerprints.get(stage.name) == fingerprint and source.is_dir():
        shutil.copytree(source, out / stage.name)
        log.info("build stage %s: unchanged, copied from build %s", stage.name, old.build_id)
        return old.stages.get(stage.name, {})
    (out / stage.name).mkdir()
    ctx = BuildContext(settings=settings, out_dir=out / stage.name, documents=documents, passages=passages,
                       pages=pages, previous=previous if same_recipe else None,
                       unchanged=unchanged if same_recipe else set(), progress=progress)
    log.info("build stage %s: running", stage.name)
    report.stages_run.append(stage.name)
    started = time.perf_counter()
    figures = stage.run(ctx) or {}
    log.info("build stage %s: done in %.1f s", stage.name, time.perf_counter() - started)
    return figures


# Errors that mean a disk cannot take more, whichever file hit them.
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS}


@contextlib.contextmanager
def _writing(index_dir: Path, where: Path | None = None) -> Iterator[None]:
    """An OSError writing the index folder (full disk, read-only, a file in the way) as one
    line naming the path (``where`` when the error names none); errors about other paths (a
    source file) pass as they are."""
    try:
        yield
    except OSError as exc:
        path = Path(exc.filename) if exc.filename else None
        here, there = index_dir.absolute(), path.absolute() if path else None
        ours = there is not None and (there == here or there in here.parents or here in there.parents)
        if not ours and exc.errno not in _FULL:
            raise
        raise WriteError(f"cannot write {path or where or index_dir}: {exc.strerror}") from exc


def code_digest(path: str) -> str:
    """Digest of a folder's files or a module of the isecg_kg package (``ontology`` is the
    curated data shipped with it)."""
    return _code_digest(path)


@lru_cache(maxsize=None)
def _code_digest(path: str) -> str:
    root = Path(str(resources.files("isecg_kg")))
    target = root / path
    if not target.exists():
        raise FileNotFoundError(f"build step code {target} does not exist; fix the step's `code` in {__name__}")
    digest = hashlib.sha256()
    found = [target] if target.is_file() else sorted(
        p for p in target.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        and not any(part.startswith(".") for part in p.relative_to(target).parts))
    for file in found:
        digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def _digest(value) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:16]
