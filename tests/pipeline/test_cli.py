"""`isecg-kg ingest` as a user runs it: messages, exit status, Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from isecg_kg import indexes
from isecg_kg.settings import Settings
from isecg_kg.web.app import create_app

from ingest.samples import BAD_FILES, SAMPLES, add_bad_files, copy

ISECG_KG = str(Path(sys.executable).with_name("isecg-kg"))


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([ISECG_KG, "ingest", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


@pytest.mark.slow
def test_bad_files_each_get_one_line_and_exit_status_1(corpus, tmp_path):
    """The real command with every registered stage: one line per bad file naming it and the
    reason, the good file published and served, exit status 1."""
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    add_bad_files(corpus)
    index = tmp_path / "indexes"
    out = run("--corpus-dir", str(corpus), "--index-dir", str(index))
    assert out.returncode == 1, out.stderr
    assert out.stdout.startswith("published build ") and "added: pdflatex-4-pages.pdf" in out.stdout
    failed = [line for line in out.stderr.splitlines() if line.startswith("FAILED ")]
    assert len(failed) == len(BAD_FILES)
    for name, words in BAD_FILES.items():
        [line] = [line for line in failed if line.startswith(f"FAILED {corpus / name}: ")]
        assert words in line
    assert "6 file(s) could not be ingested" in out.stderr
    settings = Settings.load(environ={}).replace(corpus_dir=corpus, index_dir=index)
    health = create_app(settings).test_client().get("/health").get_json()
    assert (health["documents"], sorted(health["failed_files"])) == (1, sorted(BAD_FILES))

    # Bad files are reported again on the next run, until fixed or removed.  (Whether that run is a
    # no-op is tested in test_pipeline: here the code may change meanwhile while developing.)
    again = run("--corpus-dir", str(corpus), "--index-dir", str(index))
    assert again.returncode == 1
    assert len([line for line in again.stderr.splitlines() if line.startswith("FAILED ")]) == len(BAD_FILES)


def test_unsupported_path_is_an_error_with_the_fix(corpus, tmp_path):
    other = tmp_path / "slides.pptx"
    other.write_bytes(b"PK")
    out = run(str(other), "--corpus-dir", str(corpus), "--index-dir", str(tmp_path / "indexes"))
    assert out.returncode == 2
    assert out.stderr.strip() == f"isecg-kg ingest: error: {other}: unsupported file type; supported: .pdf, .txt, .md"


def test_an_empty_corpus_is_an_error_and_publishes_nothing(corpus, tmp_path):
    index = tmp_path / "indexes"
    out = run("--corpus-dir", str(corpus), "--index-dir", str(index))
    assert out.returncode == 1, out.stderr
    assert out.stdout == ""
    assert out.stderr == (f"no documents to ingest in {corpus}/: add PDFs, .txt or .md files (or name files to "
                          "ingest) and run `isecg-kg ingest` again; nothing was published\n")
    assert indexes.current_build(index) is None and not list((index / "builds").glob("*"))


def test_a_corpus_of_bad_files_names_each_and_publishes_nothing(corpus, tmp_path):
    (corpus / "empty.pdf").write_bytes(b"")
    (corpus / "notes.pdf").write_text("Minutes of the meeting, typed as plain text.\n")
    index = tmp_path / "indexes"
    out = run("--corpus-dir", str(corpus), "--index-dir", str(index))
    assert out.returncode == 1, out.stderr
    assert [line for line in out.stderr.splitlines() if not line.startswith("INFO ")] == [
        f"FAILED {corpus / 'empty.pdf'}: empty file (no content); replace it with the complete PDF",
        f"FAILED {corpus / 'notes.pdf'}: not a PDF (no %PDF- header); rename it or convert it to PDF",
        f"none of the 2 file(s) could be ingested in {corpus}/: add PDFs, .txt or .md files (or name files to "
        "ingest) and run `isecg-kg ingest` again; nothing was published",
    ]
    assert indexes.current_build(index) is None


def test_an_index_folder_that_cannot_be_written_is_named(corpus, tmp_path):
    """Tests run as root, which ignores permissions: a file where a folder should be stands in."""
    (corpus / "notes.txt").write_text("The notes of the meeting.\n")
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    out = run("--corpus-dir", str(corpus), "--index-dir", str(blocker / "indexes"))
    assert out.returncode == 2
    assert out.stderr == f"isecg-kg ingest: error: cannot write {blocker / 'indexes'}: Not a directory\n"


# A build stage that signals it has started, then works "forever".
SLOW_STAGE = '''
import pathlib, time
from isecg_kg.pipeline import Stage
def run(ctx):
    (ctx.out_dir / "partial.bin").write_bytes(b"half")
    pathlib.Path({marker!r}).touch()
    time.sleep(120)
stage = Stage("slow", 1, code=("ingest/model.py",), run=run)
'''


def test_ctrl_c_mid_build_keeps_the_previous_build(corpus, tmp_path):
    """SIGINT (Ctrl-C) while a build stage runs: exit status 130, `current` unchanged and
    still served, no staging folder left.  The stage list is replaced, so this does not
    depend on which stages exist."""
    copy(corpus, SAMPLES / "pdflatex-4-pages.pdf")
    index, marker = tmp_path / "indexes", tmp_path / "stage-started"
    (tmp_path / "slow_stage.py").write_text(SLOW_STAGE.format(marker=str(marker)))
    code = ("import sys; from isecg_kg.cli import main; from isecg_kg import pipeline; {stages}; "
            "sys.exit(main(['ingest', '--corpus-dir', {corpus!r}, '--index-dir', {index!r}]))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))}
    first = subprocess.run([sys.executable, "-c", code.format(stages="pipeline.STAGES = []", corpus=str(corpus),
                                                              index=str(index))],
                           capture_output=True, text=True, env=env, timeout=120)
    assert first.returncode == 0, first.stderr
    published = indexes.current_build(index).build_id

    copy(corpus, SAMPLES / "crazyones-pdfa.pdf")
    stages = "from slow_stage import stage; pipeline.STAGES = [stage]"
    # Ctrl-C reaches a foreground process, which never starts with SIGINT ignored; a test run from a background job
    # (`nohup ... &`) would pass SIG_IGN on, and Python then raises no KeyboardInterrupt
    proc = subprocess.Popen([sys.executable, "-c", code.format(stages=stages, corpus=str(corpus), index=str(index))],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), proc.communicate()
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    assert "interrupted; the published index is unchanged" in stderr
    assert indexes.current_build(index).build_id == published
    assert not list((index / "builds").glob(".staging-*"))
    settings = Settings.load(environ={}).replace(corpus_dir=corpus, index_dir=index)
    health = create_app(settings).test_client().get("/health")
    assert health.get_json()["build_id"] == published  # (status "warming": a test client loads nothing)


@pytest.mark.slow
def test_a_noop_over_a_full_build_imports_no_stage_code(build, settings):
    """With every registered stage: the no-op hashes, compares the recipes and stops; stage code
    (and numpy, scipy, the model) is imported only when a stage runs."""
    heavy = ["torch", "sentence_transformers", "faiss", "numpy", "scipy", "bm25s", "rdflib", "pypdf",
             "isecg_kg.kg.build", "isecg_kg.search.build", "isecg_kg.qa.build"]
    code = ("import sys; from isecg_kg.cli import main; rc = main(sys.argv[1:]); "
            f"print(rc, [m for m in {heavy!r} if m in sys.modules])")
    flags = ["ingest", "--quiet", "--corpus-dir", str(settings.corpus_dir), "--index-dir", str(settings.index_dir)]
    run(*flags[1:])  # brings the session's build up to date if the code changed since it was built
    out = subprocess.run([sys.executable, "-c", code, *flags], capture_output=True, text=True, timeout=120)
    assert out.stdout.startswith("up to date"), out.stdout + out.stderr
    assert out.stdout.splitlines()[-1] == "0 []", out.stdout + out.stderr
