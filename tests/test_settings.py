"""Settings: environment variables and flags on every command, documented in README, and
several corpora built and served side by side."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from isecg_kg import cli
from isecg_kg import pipeline
from isecg_kg.settings import Settings
from isecg_kg.web.app import create_app
from isecg_kg.web.state import app_state

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "tests" / "data" / "pdf-samples"


def test_readme_documents_every_setting():
    rows = re.findall(r"^\| `(\w+)` \| `(ISECG_KG_\w+)` \| `(--[\w-]+)` \|", (REPO / "README.md").read_text(), re.M)
    documented = {(name, env, flag) for name, env, flag, _, _ in Settings.documented()}
    assert documented - set(rows) == set(), "settings missing from README's table"
    assert set(rows) - documented == set(), "README's table lists settings that no longer exist"


def _subcommands(parser):
    [action] = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return action.choices


def test_every_command_accepts_every_setting_as_a_flag():
    flags = {flag for _, _, flag, _, _ in Settings.documented()}
    commands = _subcommands(cli.build_parser())
    assert {"ingest", "serve", "settings"} <= set(commands)
    for name, parser in commands.items():
        accepted = {option for action in parser._actions for option in action.option_strings}
        assert flags <= accepted, (name, sorted(flags - accepted))


def test_flags_win_over_environment_over_defaults(monkeypatch, capsys):
    monkeypatch.setenv("ISECG_KG_PORT", "5051")
    monkeypatch.setenv("ISECG_KG_HOST", "0.0.0.0")
    assert cli.main(["settings", "--port", "5052"]) == 0
    shown = capsys.readouterr().out
    assert "port = 5052" in shown and "host = 0.0.0.0" in shown and "corpus_dir = corpus\n" in shown
    with pytest.raises(ValueError, match="ISECG_KG_PORT"):
        Settings.load(environ={"ISECG_KG_PORT": "fifty"})


def test_two_corpora_built_side_by_side(tmp_path, monkeypatch, capsys):
    """One corpus through flags, the other through environment variables; each index holds
    its own corpus only.  (No build stages: only where things go is under test.)"""
    monkeypatch.setattr(pipeline, "STAGES", [])
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, sample in ((a, "pdflatex-4-pages.pdf"), (b, "crazyones-pdfa.pdf")):
        folder.mkdir()
        shutil.copy(SAMPLES / sample, folder / sample)
    assert cli.main(["ingest", "--quiet", "--corpus-dir", str(a), "--index-dir", str(tmp_path / "index-a")]) == 0
    monkeypatch.setenv("ISECG_KG_CORPUS_DIR", str(b))
    monkeypatch.setenv("ISECG_KG_INDEX_DIR", str(tmp_path / "index-b"))
    assert cli.main(["ingest", "--quiet"]) == 0
    capsys.readouterr()
    for corpus, index, doc in ((a, "index-a", "pdflatex-4-pages"), (b, "index-b", "crazyones-pdfa")):
        settings = Settings.load(environ={}).replace(corpus_dir=corpus, index_dir=tmp_path / index)
        app = create_app(settings)
        assert [d.id for d in app_state(app).services().build.documents] == [doc]
        assert app.test_client().get("/health").get_json()["documents"] == 1


def test_serve_names_the_missing_index(tmp_path):
    out = subprocess.run([sys.executable, "-m", "isecg_kg.cli", "serve", "--index-dir", str(tmp_path / "none")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert f"no index has been built in {tmp_path / 'none'}/" in out.stderr and "isecg-kg ingest" in out.stderr


@pytest.mark.slow
def test_serve_listens_on_the_host_and_port_flags(tmp_path, monkeypatch):
    from conftest import free_port

    monkeypatch.setattr(pipeline, "STAGES", [])
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLES / "pdflatex-4-pages.pdf", corpus)
    index = tmp_path / "indexes"
    assert cli.main(["ingest", "--quiet", "--corpus-dir", str(corpus), "--index-dir", str(index)]) == 0
    port = free_port()
    env = {"ISECG_KG_PORT": str(free_port()), "PATH": "/usr/bin:/bin"}  # the flag must win over this
    proc = subprocess.Popen([sys.executable, "-m", "isecg_kg.cli", "serve", "--index-dir", str(index), "--host",
                             "127.0.0.1", "--port", str(port), "--workers", "1"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                health = requests.get(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.2)
        # A build without stages has nothing to warm up: not ready, but served and alive.
        assert health.json()["documents"] == 1
        assert requests.get(f"http://127.0.0.1:{port}/health/live", timeout=5).status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("overrides, message", [
    ({"max_k": "-5"}, "max_k (ISECG_KG_MAX_K / --max-k) must be at least 1; got -5"),
    ({"port": "70000"}, "port (ISECG_KG_PORT / --port) must be from 1 to 65535; got 70000"),
    ({"sparql_timeout": "0"}, "sparql_timeout"),
    ({"chunk_min_words": "300"}, "chunk_max_words (250) must be at least chunk_min_words (300)"),
    ({"base_iri": "http://example.org/kg"}, "ending in '/'"),
])
def test_nonsense_limits_are_refused_with_the_setting_named(overrides, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        Settings.load(overrides, environ={})


def test_nonsense_limit_on_the_command_line_is_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "isecg_kg.cli", "search", "moon", "--max-k", "-5"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "isecg-kg search: error: setting max_k (ISECG_KG_MAX_K / --max-k) must be at least 1; got -5"]
