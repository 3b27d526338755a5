"""ingest(): metadata, bad files, incremental updates, steps re-run only when their recipe or
inputs change, atomic publication.

Most tests set ``pipeline.STAGES = []`` (fixture ``no_stages``): what they check is decided
before any build stage runs, and the graph and search stages would add seconds per build.
"""

from __future__ import annotations

import ast
import errno
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from isecg_kg import indexes, pipeline
from isecg_kg.ingest import BadDocument
from isecg_kg.pipeline import Stage, WriteError, ingest
from isecg_kg.web.app import create_app

from ingest.samples import BAD_FILES, REPO, REPORT, SAMPLES, add_bad_files, copy

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
    assert report.build.manifest.failed == report.failed


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
    assert report.build.manifest.sources == before.manifest.sources
    client = create_app(settings).test_client()
    health = client.get("/health").get_json()
    assert health["documents"] == 2 and health["failed_files"] == ["crazyones-pdfa.pdf"]


def _probe(calls: list, name: str = "probe", version: int = 1, **kwargs) -> Stage:
    """A build stage that records what it was given."""
    def run(ctx):
        (ctx.out_dir / "out.txt").write_text(name)
        calls.append((ctx.previous, set(ctx.unchanged), [d.id for d in ctx.documents]))
        return {"ok": 1}
    return Stage(name, version, code=("ingest/model.py",), run=run, **kwargs)


def test_incremental_unchanged_skipped_changed_replaced_deleted_removed(corpus, settings_for, monkeypatch):
    calls: list = []
    monkeypatch.setattr(pipeline, "STAGES", [_probe(calls)])
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
    assert changed.build.manifest.counts.documents == 2


def test_a_changed_chunk_size_cuts_passages_again_without_reading_the_files(corpus, settings_for, monkeypatch):
    """The clean pages (with their headings) of the published build are cut again: no file is
    read; the stages consuming passages run again, with the previous build to reuse from."""
    calls: list = []
    monkeypatch.setattr(pipeline, "STAGES", [_probe(calls)])
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    settings = settings_for(corpus)
    first = ingest(settings, progress=False).build
    reads = []
    real = pipeline.read_source
    monkeypatch.setattr(pipeline, "read_source", lambda *a, **k: reads.append(a[0].name) or real(*a, **k))
    report = ingest(settings.replace(chunk_max_words=120, chunk_min_words=40), progress=False)
    assert reads == [] and report.unchanged == ["pdflatex-4-pages.pdf"] and report.stages_run == ["probe"]
    assert max(len(p.text.split()) for p in report.build.passages) <= 120
    assert len(report.build.passages) > len(first.passages)
    assert report.build.pages == first.pages and report.build.documents == first.documents
    assert calls[-1][0].build_id == first.build_id and calls[-1][1] == set()  # same recipe, passages changed
    # The same passages as a build from scratch with that size.
    fresh = ingest(settings.replace(chunk_max_words=120, chunk_min_words=40, index_dir=settings.index_dir.with_name("fresh")),
                   progress=False)
    assert fresh.build.passages == report.build.passages and reads == ["pdflatex-4-pages.pdf"]


def test_a_stage_runs_again_only_when_its_recipe_or_inputs_change(corpus, settings_for, monkeypatch):
    """Bumping one stage's version re-runs that stage alone; the others' folders are copied
    from the published build with their figures.  A file edit re-runs every stage."""
    calls: list = []
    stages = [_probe(calls, "one"), _probe(calls, "two", inputs=("documents",))]
    monkeypatch.setattr(pipeline, "STAGES", stages)
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    settings = settings_for(corpus)
    first = ingest(settings, progress=False)
    assert first.stages_run == ["one", "two"]
    monkeypatch.setattr(pipeline, "STAGES", [stages[0], _probe(calls, "two", version=2, inputs=("documents",))])
    second = ingest(settings, progress=False)
    assert not second.up_to_date and second.stages_run == ["two"] and calls[-1][0] is None  # new recipe: from scratch
    assert (second.build.stage_dir("one") / "out.txt").read_text() == "one"
    assert second.build.manifest.stages == first.build.manifest.stages
    assert second.build.manifest.fingerprints["one"] == first.build.manifest.fingerprints["one"]
    assert ingest(settings, progress=False).up_to_date
    (corpus / "notes.txt").write_text("A second document about the lunar surface.\n")
    assert ingest(settings, progress=False).stages_run == ["one", "two"]


def test_no_step_depends_on_the_web_code():
    """Editing anything in web/ rebuilds nothing (bench/ingest_web_edit.py measures it)."""
    for step in (pipeline.READ, pipeline.CHUNK, *pipeline.STAGES):
        assert not [path for path in step.code if path.split("/")[0] in ("web", "cli.py", "pipeline.py")], step.name


# The module each step's code starts from; everything it imports from isecg_kg must be in its `code`.
ENTRY = {"read": "isecg_kg.ingest.document", "chunk": "isecg_kg.ingest.chunk", "graph": "isecg_kg.kg.build",
         "search": "isecg_kg.search.build", "qa": "isecg_kg.qa.build"}
# Read by every step but not part of any recipe: settings values are (each step names those it
# reads), and the index layout is versioned by indexes.SCHEMA_VERSION.
NOT_CODE = {"isecg_kg.settings", "isecg_kg.indexes", "isecg_kg.progress"}


def _imports(module: str) -> set[str]:
    """isecg_kg modules ``module`` imports, transitively (by reading the source, not importing it)."""
    root = Path(pipeline.__file__).parent
    seen, todo = set(), [module]
    while todo:
        name = todo.pop()
        if name in seen or name in NOT_CODE or not name.startswith("isecg_kg"):
            continue
        seen.add(name)
        path = root.joinpath(*name.split(".")[1:])
        source = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        package = name if path.is_dir() else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
                for alias in node.names if base.startswith("isecg_kg") else ():
                    candidate = f"{base}.{alias.name}"
                    target = root.joinpath(*candidate.split(".")[1:])
                    todo.append(candidate if target.with_suffix(".py").exists() or target.is_dir() else base)
            elif isinstance(node, ast.Import):
                todo.extend(a.name for a in node.names)
    return {m for m in seen if m.startswith("isecg_kg.") and m not in NOT_CODE}


def test_each_step_names_all_the_code_it_runs():
    """A module a step imports but does not name in its `code` would change its output unseen."""
    for step in (pipeline.READ, pipeline.CHUNK, *pipeline.STAGES):
        covered = [path.removesuffix(".py").replace("/", ".") for path in step.code]
        for module in _imports(ENTRY[step.name]):
            relative = module.removeprefix("isecg_kg.")
            assert any(relative == c or relative.startswith(c + ".") for c in covered), (step.name, module)


def test_a_full_disk_names_the_path_and_publishes_nothing(corpus, settings_for, no_stages, monkeypatch):
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    settings = settings_for(corpus)

    def full(path, records):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(pipeline, "write_jsonl", full)
    with pytest.raises(WriteError, match=r"^cannot write .*indexes/builds/\.staging-[^/]+/documents.jsonl: No space left on device$"):
        ingest(settings, progress=False)
    assert indexes.current_build(settings.index_dir) is None
    assert not list((settings.index_dir / "builds").iterdir())


def test_an_interrupted_build_leaves_the_previous_one_published_and_served(corpus, settings_for, monkeypatch):
    """Whatever stages are registered, a stage interrupted by Ctrl-C leaves ``current`` on the
    previous build, which still serves, and no staging folder behind."""
    def interrupted(ctx):
        (ctx.out_dir / "partial.bin").write_bytes(b"half-written")
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "STAGES", [])
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    settings = settings_for(corpus)
    published = ingest(settings, progress=False).build
    copy(corpus, SAMPLES / "crazyones-pdfa.pdf")
    monkeypatch.setattr(pipeline, "STAGES", [Stage("interrupted", 1, code=("ingest/model.py",), run=interrupted)])
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
        "import sys; from isecg_kg.cli import main; from isecg_kg import pipeline; pipeline.STAGES = []; "
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
    real = pipeline.sha256
    monkeypatch.setattr(pipeline, "sha256", lambda path: hashed.append(path.name) or real(path))
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



def test_a_corpus_left_without_documents_keeps_the_published_build(corpus, settings_for, no_stages):
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    settings = settings_for(corpus)
    published = ingest(settings, progress=False).build
    (corpus / "pdflatex-4-pages.pdf").unlink()
    (corpus / "empty.pdf").write_bytes(b"")
    report = ingest(settings, progress=False)
    assert report.empty and not report.ok and report.removed == ["pdflatex-4-pages.pdf"]
    assert report.failed == {"empty.pdf": "empty file (no content); replace it with the complete PDF"}
    assert report.build.build_id == published.build_id == indexes.current_build(settings.index_dir).build_id


def test_extraction_failing_on_one_document_keeps_the_others_facts(corpus, settings_for, monkeypatch, caplog):
    from isecg_kg.kg import build as kg_build, open_graph

    monkeypatch.setattr(pipeline, "STAGES", [s for s in pipeline.STAGES if s.name == "graph"])
    real = kg_build.extract_document

    def extract(doc, *args, **kwargs):
        if doc.id == "odd":
            raise ValueError("a rule's bug met on this wording")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(kg_build, "extract_document", extract)
    (corpus / "odd.md").write_text("# Odd notes\n\nThe Mexican Space Agency joined ISECG in 2021.\n")
    (corpus / "plain.md").write_text("# Plain notes\n\nThe Luxembourg Space Agency joined ISECG in 2022.\n")
    settings = settings_for(corpus)
    report = ingest(settings, progress=False)
    assert report.ok and report.build.manifest.stages["graph"]["extraction_failed"] == ["odd"]
    assert "extraction failed on odd.md" in caplog.text
    graph = open_graph(report.build, settings)
    graphs = {r["g"] for r in graph.rows("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert {f"{settings.base_iri}graph/doc/odd", f"{settings.base_iri}graph/doc/plain"} <= graphs
    joined = graph.rows("SELECT ?m WHERE { ?m <http://www.w3.org/ns/org#member> ?a }")
    assert [r["m"].rsplit("/", 1)[1] for r in joined] == ["lsa-isecg-from-2022"]


def test_paths_are_remembered_until_a_run_names_its_whole_corpus(corpus, settings_for, no_stages, tmp_path):
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    copy(elsewhere, SAMPLES / "crazyones-pdfa.pdf")
    settings = settings_for(corpus)
    with_extra = ingest(settings, [elsewhere], progress=False)
    assert len(with_extra.build.documents) == 2
    assert ingest(settings, progress=False).up_to_date  # given once, still part of the corpus
    report = ingest(settings, progress=False, only=True)
    assert [d.file for d in report.build.documents] == ["pdflatex-4-pages.pdf"]
    assert len(report.removed) == 1 and report.removed[0].endswith("crazyones-pdfa.pdf")
    assert report.build.manifest.extra_paths == []
