"""ingest(): metadata, bad files, incremental updates and atomic publication.

Most tests set ``pipeline.STAGES = []`` (fixture ``no_stages``): what they check is decided
before any build stage runs, and the graph and search stages would add seconds per build.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import types

import pytest

from isecg_kg import indexes
from isecg_kg.ingest import BadDocument, ingest, pipeline
from isecg_kg.web.app import create_app

from .samples import BAD_FILES, REPO, REPORT, SAMPLES, add_bad_files, copy

def test_catalog_metadata_wins_and_uncatalogued_files_describe_themselves(corpus, settings_for, no_stages):
    copy(corpus, REPORT, SAMPLES / "google-doc-document.pdf", SAMPLES / "crazyones-pdfa.pdf", SAMPLES / "pdflatex-4-pages.pdf")
    catalog = json.loads((REPO / "corpus" / "catalog.json").read_text())
    catalog["documents"]["pdflatex-4-pages.pdf"] = {"title": "Blind Text Study", "type": "white paper"}
    (corpus / "catalog.json").write_text(json.dumps(catalog))
    report = ingest(settings_for(corpus), progress=False)
    assert report.ok and len(report.added) == 4
    docs = {d.file: d for d in report.build.documents}
    meta = {name: (d.title, d.year, d.type, d.metadata_source) for name, d in docs.items()}
    assert meta["isecg-annual-report-2022.pdf"] == ("ISECG Annual Report 2022", 2023, "annual report", "catalog")
    # Catalog fields win; the year it lacks comes from the file (its creation date).
    assert meta["pdflatex-4-pages.pdf"] == ("Blind Text Study", 2022, "white paper", "catalog")
    # No entry: the info dictionary's title, else the first heading; the year printed on page 1.
    assert meta["google-doc-document.pdf"][::3] == ("PDF Example Document", "extracted")
    assert meta["crazyones-pdfa.pdf"] == ("The Crazy Ones", 1998, None, "extracted")
    assert docs["google-doc-document.pdf"].page_count == 1


def test_bad_files_are_reported_and_the_rest_is_published(corpus, settings_for, no_stages):
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    add_bad_files(corpus)
    report = ingest(settings_for(corpus), progress=False)
    assert set(report.failed) == set(BAD_FILES)
    for name, words in BAD_FILES.items():
        assert words in report.failed[name]
    assert report.added == ["pdflatex-4-pages.pdf"]
    assert [d.file for d in report.build.documents] == ["pdflatex-4-pages.pdf"]
    assert report.build.manifest["failed"] == report.failed


def test_read_errors_are_bad_documents(tmp_path):
    from isecg_kg.ingest.extract import read_document

    target = tmp_path / "cut.pdf"
    target.write_bytes(REPORT.read_bytes()[:5000])
    with pytest.raises(BadDocument, match="corrupt or truncated PDF"):
        read_document(target)


def test_a_published_document_is_kept_when_its_new_version_is_bad(corpus, settings_for, no_stages):
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf", SAMPLES / "crazyones-pdfa.pdf")
    settings = settings_for(corpus)
    before = ingest(settings, progress=False).build
    (corpus / "crazyones-pdfa.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")  # overwritten by a failed copy
    report = ingest(settings, progress=False)
    assert "crazyones-pdfa.pdf" in report.failed and report.kept == ["crazyones-pdfa.pdf"]
    assert report.build.passages == before.passages
    assert report.build.manifest["sources"] == before.manifest["sources"]
    client = create_app(settings).test_client()
    health = client.get("/health").get_json()
    assert health["documents"] == 2 and health["failed_files"] == ["crazyones-pdfa.pdf"]


def _record_stage(calls: list):
    """A build stage that records what it was given."""
    module = types.ModuleType("ingest_test_stage")
    module.stage = lambda ctx: calls.append((ctx.previous, set(ctx.unchanged), [d.id for d in ctx.documents])) or {"ok": 1}
    return module


def test_incremental_unchanged_skipped_changed_replaced_deleted_removed(corpus, settings_for, monkeypatch):
    calls: list = []
    monkeypatch.setitem(sys.modules, "ingest_test_stage", _record_stage(calls))
    monkeypatch.setattr(pipeline, "STAGES", [("probe", "ingest_test_stage:stage")])
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf", SAMPLES / "crazyones-pdfa.pdf")
    (corpus / "notes.md").write_text("# Notes\n\nThe first version of the notes.\n")
    settings = settings_for(corpus)

    first = ingest(settings, progress=False)
    assert sorted(first.added) == ["crazyones-pdfa.pdf", "notes.md", "pdflatex-4-pages.pdf"]
    assert calls[-1][0] is None

    again = ingest(settings, progress=False)
    assert again.up_to_date and again.build.build_id == first.build.build_id and len(calls) == 1

    (corpus / "notes.md").write_text("# Notes\n\nThe second version of the notes.\n")
    (corpus / "crazyones-pdfa.pdf").unlink()
    changed = ingest(settings, progress=False)
    assert (changed.changed, changed.removed, changed.unchanged) == (["notes.md"], ["crazyones-pdfa.pdf"], ["pdflatex-4-pages.pdf"])
    previous, unchanged, documents = calls[-1]
    assert previous.build_id == first.build.build_id and unchanged == {"pdflatex-4-pages"}
    assert sorted(documents) == ["notes", "pdflatex-4-pages"]
    passages = changed.build.passages
    assert [p.text for p in passages if p.doc_id == "notes"] == ["The second version of the notes."]
    assert not [p for p in passages if p.doc_id == "crazyones-pdfa"]
    assert [p for p in passages if p.doc_id == "pdflatex-4-pages"] == \
        [p for p in first.build.passages if p.doc_id == "pdflatex-4-pages"]
    assert changed.build.manifest["counts"]["documents"] == 2


def test_a_changed_chunking_setting_rebuilds_everything(corpus, settings_for, no_stages):
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    settings = settings_for(corpus)
    ingest(settings, progress=False)
    report = ingest(settings.replace(chunk_max_words=120), progress=False)
    assert report.changed == ["pdflatex-4-pages.pdf"] and not report.unchanged
    assert max(len(p.text.split()) for p in report.build.passages) <= 120


def test_an_interrupted_build_leaves_the_previous_one_published_and_served(corpus, settings_for, monkeypatch):
    """Whatever stages are registered, a stage interrupted by Ctrl-C leaves ``current`` on the
    previous build, which still serves, and no staging folder behind."""
    def interrupted(ctx):
        (ctx.out_dir / "partial.bin").write_bytes(b"half-written")
        raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "ingest_test_interrupt", types.SimpleNamespace(stage=interrupted))
    monkeypatch.setattr(pipeline, "STAGES", [])
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    settings = settings_for(corpus)
    published = ingest(settings, progress=False).build
    copy(corpus, SAMPLES / "crazyones-pdfa.pdf")
    monkeypatch.setattr(pipeline, "STAGES", [*pipeline.STAGES, ("interrupted", "ingest_test_interrupt:stage")])
    with pytest.raises(KeyboardInterrupt):
        ingest(settings, progress=False)
    assert indexes.current_build(settings.index_dir).build_id == published.build_id
    assert not list((settings.index_dir / "builds").glob(".staging-*"))
    health = create_app(settings).test_client().get("/health")
    assert health.get_json()["documents"] == 1  # (status "warming": a test client loads nothing)


def test_a_noop_ingest_imports_nothing_heavy(corpus, settings_for, no_stages):
    """The no-op path (what `make serve` and `make test` run every time) must not load torch,
    the model, rdflib or the PDF reader: the CLI starts, hashes the files and stops (importing
    pyoxigraph's module costs ~10 ms and is allowed; loading a store is not).  Both runs use
    no stages so that the stage list is the same (it is part of the build fingerprint)."""
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    settings = settings_for(corpus)
    ingest(settings, progress=False)
    heavy = ["torch", "sentence_transformers", "transformers", "faiss", "rdflib", "pypdf"]
    code = (
        "import sys; from isecg_kg.cli import main; from isecg_kg.ingest import pipeline; pipeline.STAGES = []; "
        f"rc = main(['ingest', '--corpus-dir', {str(corpus)!r}, '--index-dir', {str(settings.index_dir)!r}]); "
        f"print(rc, [m for m in {heavy!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.startswith("up to date"), out.stdout + out.stderr
    assert out.stdout.splitlines()[-1] == "0 []", out.stdout + out.stderr


def test_staging_folders_of_killed_builds_are_cleared(corpus, settings_for, no_stages):
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    settings = settings_for(corpus)
    builds = settings.index_dir / "builds"
    builds.mkdir(parents=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftover = builds / f".staging-20250101T000000-{dead.pid}-00000"  # a build killed with SIGKILL
    leftover.mkdir()
    ingest(settings, progress=False)
    assert not leftover.exists()
    shutil.rmtree(builds)


def test_unchanged_files_are_not_read_again_to_hash_them(corpus, settings_for, no_stages, monkeypatch):
    """Size and modification time as recorded: the recorded hash is trusted.  A file modified
    in the last 2 s is always hashed; once older, a no-op run records its time.  A file
    rewritten with the same size (new modification time) is hashed and found changed."""
    def age(path, seconds):
        when = time.time_ns() - seconds * 1_000_000_000
        os.utime(path, ns=(when, when))

    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    (corpus / "notes.txt").write_text("Version one of the notes.\n")
    age(corpus / "notes.txt", 20)
    settings = settings_for(corpus)
    ingest(settings, progress=False)
    hashed = []
    real = pipeline._sha256
    monkeypatch.setattr(pipeline, "_sha256", lambda path: hashed.append(path.name) or real(path))
    for _ in range(2):
        hashed.clear()
        assert ingest(settings, progress=False).up_to_date and hashed == ["pdflatex-4-pages.pdf"]  # copied just now
    age(corpus / "pdflatex-4-pages.pdf", 10)
    hashed.clear()
    assert ingest(settings, progress=False).up_to_date and hashed == ["pdflatex-4-pages.pdf"]
    hashed.clear()
    assert ingest(settings, progress=False).up_to_date and hashed == []
    (corpus / "notes.txt").write_text("Version two of the notes.\n")
    age(corpus / "notes.txt", 10)
    report = ingest(settings, progress=False)
    assert hashed == ["notes.txt"] and report.changed == ["notes.txt"]


def test_a_catalog_edit_updates_the_documents_it_names(corpus, settings_for, no_stages):
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf", SAMPLES / "crazyones-pdfa.pdf")
    settings = settings_for(corpus)
    ingest(settings, progress=False)
    entry = {"title": "Here's to the Crazy Ones", "year": 1997}
    (corpus / "catalog.json").write_text(json.dumps({"documents": {"crazyones-pdfa.pdf": entry}}))
    report = ingest(settings, progress=False)
    assert (report.changed, report.unchanged) == (["crazyones-pdfa.pdf"], ["pdflatex-4-pages.pdf"])
    doc = report.build.documents_by_id["crazyones-pdfa"]
    assert (doc.title, doc.year, doc.metadata_source) == ("Here's to the Crazy Ones", 1997, "catalog")
    assert ingest(settings, progress=False).up_to_date
    (corpus / "catalog.json").unlink()
    report = ingest(settings, progress=False)
    assert report.changed == ["crazyones-pdfa.pdf"]
    assert report.build.documents_by_id["crazyones-pdfa"].title == "The Crazy Ones"

