"""Document ids: stable, and free of the machine's paths."""

from __future__ import annotations

from pathlib import Path

from isecg_kg.ingest import document_ids


def test_ids_come_from_the_corpus_path_or_the_file_name():
    files = {"report.pdf": Path("corpus/report.pdf"), "sub/notes.md": Path("corpus/sub/notes.md"),
             "/home/someone/Downloads/GER 2024.pdf": Path("/home/someone/Downloads/GER 2024.pdf")}
    ids = document_ids(files)
    assert ids["report.pdf"] == "report" and ids["sub/notes.md"] == "sub-notes"
    assert ids["/home/someone/Downloads/GER 2024.pdf"] == "ger-2024"  # no path of this machine in an IRI


def test_clashing_ids_fall_back_to_the_whole_key():
    files = {"report.pdf": Path("corpus/report.pdf"), "report.md": Path("corpus/report.md")}
    assert document_ids(files) == {"report.pdf": "report-pdf", "report.md": "report-md"}
