"""A non-editable install builds an index and evaluates it: package code reads no repository path
(the ontology ships as package data; gold files come in by argument)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def test_a_wheel_install_ingests_and_evaluates(tmp_path):
    # The project as a fresh checkout has it, away from the working tree (a build writes egg-info).
    project = tmp_path / "project"
    shutil.copytree(REPO / "src", project / "src", symlinks=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "vendor"))
    shutil.copytree(REPO / "ontology", project / "ontology")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, project / name)
    # A bare venv that sees the shared venv's packages (dependencies, pip, setuptools) through a
    # .pth line, which does not run their .pth files: the shared editable install stays out of it.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "shared.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
                    str(project)], check=True, env=env, cwd=tmp_path, timeout=300)
    where = subprocess.run([python, "-c", "import isecg_kg; print(isecg_kg.__file__)"], capture_output=True,
                           text=True, env=env, cwd=tmp_path, check=True).stdout
    assert where.startswith(site), where

    # A small corpus, in a folder of its own; the graph stage reads the ontology and reference data.
    work = tmp_path / "work"
    (work / "corpus").mkdir(parents=True)
    (work / "corpus" / "report.txt").write_text(
        "# Annual Report\n\nThe Korea Aerospace Research Institute (KARI) joined ISECG. "
        "NASA and ESA work with JAXA on the Gateway.\n")
    only_graph = ("import sys; from isecg_kg import pipeline; from isecg_kg.cli import main; "
                  "pipeline.STAGES = [s for s in pipeline.STAGES if s.name == 'graph']; sys.exit(main(sys.argv[1:]))")
    built = subprocess.run([python, "-c", only_graph, "ingest", "--quiet"], capture_output=True, text=True,
                           env=env, cwd=work, timeout=300)
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith("published build ") and "1 document(s)" in built.stdout

    gold, multi = work / "gold.json", work / "multi.json"
    shutil.copy(REPO / "tests" / "data" / "kg_gold.json", gold)
    shutil.copy(REPO / "tests" / "data" / "corpus-multi" / "kg_gold.json", multi)
    evaluated = subprocess.run([venv / "bin" / "isecg-kg", "eval", "kg", "--gold", str(gold), "--multi", str(multi)],
                               capture_output=True, text=True, env=env, cwd=work, timeout=300)
    assert evaluated.returncode == 0, evaluated.stderr
    assert evaluated.stdout.startswith(f"knowledge graph against {gold}") and "members" in evaluated.stdout
    # Without --gold and outside a checkout: the missing default is named, with the fix.
    missing = subprocess.run([venv / "bin" / "isecg-kg", "eval", "kg"], capture_output=True, text=True, env=env,
                             cwd=work, timeout=300)
    assert missing.returncode == 2
    assert "no gold file tests/data/kg_gold.json" in missing.stderr and "--gold FILE" in missing.stderr
