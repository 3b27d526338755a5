"""Progress in a log (stderr not a terminal, as under pytest): a line every tenth of the work."""

from __future__ import annotations

import logging

from isecg_kg.progress import Lines, track


def test_a_log_gets_a_line_every_tenth_and_at_the_end(caplog):
    caplog.set_level(logging.INFO, logger="isecg_kg.progress")
    assert list(track(range(95), desc="reading documents", unit="doc")) == list(range(95))
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 10 and lines[0].startswith("reading documents: 10/95 docs (10%), ")
    assert lines[-1].startswith("reading documents: 95/95 docs (100%), ")


def test_work_in_uneven_pieces_and_no_progress_when_disabled(caplog):
    caplog.set_level(logging.INFO, logger="isecg_kg.progress")
    lines = Lines(desc="embedding", unit="text", total=100)
    for piece in (32, 32, 32, 4):
        lines.advance(piece)
    assert [r.getMessage().split(",")[0] for r in caplog.records] == [
        "embedding: 32/100 texts (32%)", "embedding: 64/100 texts (64%)", "embedding: 96/100 texts (96%)",
        "embedding: 100/100 texts (100%)"]
    caplog.clear()
    assert list(track([1, 2], desc="x", unit="y", enabled=False)) == [1, 2] and not caplog.records
