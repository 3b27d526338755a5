"""Fixtures for ingestion tests: small corpora in temporary folders, ingestion without build stages."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg import pipeline
from isecg_kg.settings import Settings


@pytest.fixture()
def no_stages(monkeypatch):
    """Ingestion alone: the knowledge graph and search stages (whatever is registered) are
    irrelevant to what these tests check and would cost seconds per build."""
    monkeypatch.setattr(pipeline, "STAGES", [])


@pytest.fixture()
def corpus(tmp_path) -> Path:
    path = tmp_path / "corpus"
    path.mkdir()
    return path


@pytest.fixture()
def settings_for(tmp_path):
    """Settings for a corpus folder, with a fresh index folder beside it."""
    def make(corpus: Path, index: str = "indexes") -> Settings:
        return Settings.load(environ={}).replace(corpus_dir=corpus, index_dir=tmp_path / index)
    return make
