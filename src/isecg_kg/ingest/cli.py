"""`isecg-kg ingest`: build or update the indexes."""

from __future__ import annotations

import sys
from pathlib import Path


def register(sub, parents) -> None:
    p = sub.add_parser(
        "ingest",
        parents=parents,
        help="Build or update the indexes from the corpus folder.",
        description="Read the PDFs, .txt and .md files of the corpus folder (and any PATHS) into cited passages, "
        "the knowledge graph and the search indexes. Unchanged files are skipped, changed ones replaced, "
        "deleted ones removed. The new build is published atomically: an interrupted run leaves the "
        "previous one in place (exit status 130). Exit status 1 when some files could not be ingested (each is "
        "named with the reason; the others are published), 2 for a usage error.",
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="PATHS",
                   help="Extra files or folders to ingest beside the corpus folder (remembered while they exist).")
    p.add_argument("--force", action="store_true", help="Rebuild everything even if nothing changed.")
    p.add_argument("--quiet", action="store_true", help="No progress bars.")
    p.set_defaults(handler=run)


def run(settings, args) -> int:
    from . import ingest

    report = ingest(settings, args.paths, progress=not args.quiet and sys.stderr.isatty(), force=args.force)
    build = report.build
    if report.up_to_date:
        print(f"up to date: {len(report.unchanged)} file(s) unchanged, build {build.build_id} "
              f"({report.seconds:.2f} s)")
    else:
        counts = build.manifest["counts"]
        print(f"published build {build.build_id} in {settings.index_dir}/: {counts['documents']} document(s), "
              f"{counts['passages']} passage(s) ({report.seconds:.1f} s)")
        for label, keys in (("added", report.added), ("replaced", report.changed), ("removed", report.removed),
                            ("unchanged", report.unchanged)):
            if keys:
                print(f"  {label}: {', '.join(keys)}")
    for key, reason in report.failed.items():
        kept = " (its previously published version is kept)" if key in report.kept else ""
        print(f"FAILED {Path(settings.corpus_dir) / key}: {reason}{kept}", file=sys.stderr)
    if report.failed:
        print(f"{len(report.failed)} file(s) could not be ingested; the others are published.", file=sys.stderr)
    return 0 if report.ok else 1
