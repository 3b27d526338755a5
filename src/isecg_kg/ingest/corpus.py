"""The source files of a corpus: which files count, their document ids, hashes and stats."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from pathlib import Path

from .catalog import CATALOG_FILE, slug
from .extract import SUPPORTED_SUFFIXES


def source_files(corpus: Path, paths: list[Path]) -> dict[str, Path]:
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


def document_ids(files: dict[str, Path]) -> dict[str, str]:
    """A stable slug per file: its path in the corpus folder without the suffix ("sub/report"), or the
    stem of a file ingested from elsewhere (its key is an absolute path, which must not end up in
    IRIs); its whole key when two clash."""
    stems = {key: slug(Path(key).stem if Path(key).is_absolute() else Path(key).with_suffix("").as_posix())
             for key in files}
    counts = Counter(stems.values())
    return {key: stem if counts[stem] == 1 else slug(key) for key, stem in stems.items()}


def file_stat(path: Path) -> list[int] | None:
    """Size and modification time; None for a file modified in the last 2 s, which a second
    write could change again within the clock's granularity (it is hashed again next time)."""
    st = path.stat()
    return None if st.st_mtime_ns > time.time_ns() - 2_000_000_000 else [st.st_size, st.st_mtime_ns]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
