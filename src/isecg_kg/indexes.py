"""The published index folder: builds, the ``current`` pointer, atomic publication.

Layout of ``<index_dir>``::

    current -> builds/<build-id>      symlink, swapped atomically when a build completes
    builds/<build-id>/manifest.json   what was built, from which files, when (``Manifest``)
    builds/<build-id>/documents.jsonl, pages.jsonl, passages.jsonl
    builds/<build-id>/<stage>/        one folder per build stage (graph, search)
    builds/.staging-<build-id>/       a build in progress; never read, removed on failure

A crash or Ctrl-C while building leaves ``current`` on the previous build, so the
server keeps serving it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import Iterator

from .ingest.model import Document, Page, Passage, read_jsonl
from .settings import Settings

log = logging.getLogger(__name__)

# Bump when the layout or the meaning of built files changes: every build is then stale.
# 2: pages carry their segments (headings), manifests their steps' fingerprints.
SCHEMA_VERSION = 2
MANIFEST = "manifest.json"


class IndexMissing(RuntimeError):
    """No build has been published in the index folder yet."""


@dataclass
class Counts:
    documents: int = 0
    pages: int = 0
    passages: int = 0


@dataclass
class Manifest:
    """What a build holds and what it was made from (``<build>/manifest.json``)."""

    build_id: str
    built_at: str  # ISO 8601, UTC
    schema: int = SCHEMA_VERSION
    sources: dict[str, str] = field(default_factory=dict)  # what is published: file -> sha256
    seen: dict[str, str] = field(default_factory=dict)  # every file looked at, failed ones included
    stats: dict[str, list[int] | None] = field(default_factory=dict)  # [size, mtime_ns] of each seen file
    catalog: str | None = None  # sha256 of catalog.json
    extra_paths: list[str] = field(default_factory=list)  # files and folders ingested beside the corpus
    failed: dict[str, str] = field(default_factory=dict)  # file -> reason
    counts: Counts = field(default_factory=Counts)
    # Step (read, chunk, each stage) -> fingerprint of its code, settings and version: a step whose
    # recipe is unchanged may reuse the previous build's results.
    recipes: dict[str, str] = field(default_factory=dict)
    # Stage -> fingerprint of its recipe and inputs: equal means the stage's output is the same.
    fingerprints: dict[str, str] = field(default_factory=dict)
    stages: dict[str, dict] = field(default_factory=dict)  # stage -> the figures it reported

    @classmethod
    def load(cls, path: Path) -> "Manifest":
        """Read a manifest; fields it lacks (an older schema) take their defaults, unknown ones are ignored."""
        data = json.loads(Path(path).read_text())
        names = {f.name for f in dataclasses.fields(cls)}
        manifest = cls(**{k: v for k, v in data.items() if k in names})
        manifest.counts = Counts(**manifest.counts) if isinstance(manifest.counts, dict) else manifest.counts
        return manifest

    def save(self, path: Path) -> None:
        """Write atomically (a reader sees the old manifest or the new one, never half of one)."""
        path = Path(path)
        tmp = path.with_name(f".{path.name}-{os.getpid()}")
        tmp.write_text(json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False))
        os.replace(tmp, path)


@dataclass
class Build:
    """A published (read-only) build."""

    path: Path

    @cached_property
    def manifest(self) -> Manifest:
        return Manifest.load(self.path / MANIFEST)

    @property
    def build_id(self) -> str:
        return self.manifest.build_id

    @cached_property
    def documents(self) -> list[Document]:
        return [Document.from_dict(d) for d in read_jsonl(self.path / "documents.jsonl")]

    @cached_property
    def passages(self) -> list[Passage]:
        return [Passage.from_dict(d) for d in read_jsonl(self.path / "passages.jsonl")]

    @cached_property
    def pages(self) -> list[Page]:
        return [Page.from_dict(d) for d in read_jsonl(self.path / "pages.jsonl")]

    @cached_property
    def documents_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    @cached_property
    def passages_by_id(self) -> dict[str, Passage]:
        return {p.id: p for p in self.passages}

    @cached_property
    def passages_by_doc(self) -> dict[str, list[Passage]]:
        """Each document's passages, in order."""
        grouped: dict[str, list[Passage]] = {}
        for passage in self.passages:
            grouped.setdefault(passage.doc_id, []).append(passage)
        return grouped

    def stage_dir(self, stage: str) -> Path:
        return self.path / stage


@dataclass
class BuildContext:
    """What a build stage gets: the new build's documents and passages, where to write, what to reuse.

    A stage writes only below ``out_dir``.  ``previous`` is the build being replaced (or
    None); a stage may copy from it what belongs to ``unchanged`` documents instead of
    recomputing it.
    """

    settings: Settings
    out_dir: Path
    documents: list[Document]
    passages: list[Passage]
    pages: list[Page]
    previous: Build | None
    unchanged: set[str] = field(default_factory=set)
    progress: bool = True

    def previous_stage_dir(self, stage: str) -> Path | None:
        if self.previous is None:
            return None
        path = self.previous.stage_dir(stage)
        return path if path.exists() else None


def current_build(index_dir: Path) -> Build | None:
    link = Path(index_dir) / "current"
    if not (link / MANIFEST).exists():
        return None
    return Build(link.resolve())


def require_build(settings: Settings) -> Build:
    build = current_build(settings.index_dir)
    if build is None:
        raise index_missing(settings)
    return build


def index_missing(settings: Settings) -> IndexMissing:
    return IndexMissing(f"no index has been built in {settings.index_dir}/; run `isecg-kg ingest` "
                        f"(corpus: {settings.corpus_dir}/) first")


@contextlib.contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """One build at a time per index folder (a second `ingest` waits)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.info("another build is running in %s; waiting for it", index_dir)
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def new_build_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 100000:05d}"


@contextlib.contextmanager
def staging(index_dir: Path, *, keep: int = 2) -> Iterator[Path]:
    """Yield an empty staging folder; publish it as ``current`` if the block completes.

    On any exception (KeyboardInterrupt included) the staging folder is removed and
    ``current`` is untouched.
    """
    builds = Path(index_dir) / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    build_id = new_build_id()
    stage = builds / f".staging-{build_id}"
    stage.mkdir()
    try:
        yield stage
        final = builds / build_id
        stage.rename(final)
        _swap_current(Path(index_dir), final)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    _prune(builds, keep=keep)


def _swap_current(index_dir: Path, target: Path) -> None:
    tmp = index_dir / f".current-{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    tmp.symlink_to(target.relative_to(index_dir))
    os.replace(tmp, index_dir / "current")  # atomic on POSIX


def _prune(builds: Path, *, keep: int) -> None:
    current = (builds.parent / "current").resolve()
    done = sorted((p for p in builds.iterdir() if not p.name.startswith(".")), key=lambda p: p.name)
    for path in done[: -max(keep, 1)]:
        if path.resolve() == current:
            continue
        shutil.rmtree(path, ignore_errors=True)
    for path in builds.glob(".staging-*"):  # left by a process killed with SIGKILL
        if _is_abandoned(path):
            shutil.rmtree(path, ignore_errors=True)


def _is_abandoned(path: Path) -> bool:
    try:
        pid = int(path.name.split("-")[2])
    except (IndexError, ValueError):
        return True
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False

