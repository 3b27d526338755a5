"""Stop 54 probes of a document's title and year: a field of the document's number is no title ("Document reference
ISECG-TWG-TOR"); a Markdown page about a body, whose one first-level heading is the body's name over sections only,
has that name for its title; its date is the revision it states ("article revision of 12 September 2024"), not the
founding year a fact box gives ("| Formation | 2007 |"); an edition line naming the part of the edition a document is
("Executive Summary — First Edition") keeps the part in the title, after the edition."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import read_source, sha256

from .samples import prose_lines, write_pdf


def _doc(path: Path):
    return read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)[0]


@pytest.mark.parametrize("field", ["Document reference LWG-CH-01", "Reference: TN/2019/04", "Document No. 12"])
def test_a_reference_field_is_no_title(tmp_path, field):
    # (the title set no larger than the text, the reference below it as a heading: a file's label is the title then)
    path = write_pdf(tmp_path / "charter.pdf", [[("Lunar Exploration Coordination Group", 20, "bold"), ("", 6),
                                                  ("Charter of the Surface Systems Working Group", 10), ("", 6),
                                                  (field, 13, "bold"), ("", 6),
                                                  *[(line, 10) for line in prose_lines(120)]]])
    assert not _doc(path).title.startswith(field.split()[0])


def test_a_page_about_a_body_has_its_name_for_title_and_its_revision_for_date(tmp_path):
    path = tmp_path / "forum-article.md"
    path.write_text("# Lunar Exploration Coordination Group\n\n*From the Free Space Encyclopaedia, revision of 3 May 2023*\n\n"
                    "| | |\n|---|---|\n| Formation | 2011 |\n| Members | 12 agencies |\n\n"
                    "The Lunar Exploration Coordination Group is a body of space agencies that meets twice a year.\n\n"
                    "## Contents\n\n1. History\n2. Members\n\n## 1. History\n\n### Beginnings (2010–2011)\n\n"
                    "The forum was founded in 2011 by six agencies.\n", encoding="utf-8")
    doc = _doc(path)
    assert (doc.title, doc.year) == ("Lunar Exploration Coordination Group", 2023)


def test_a_page_with_a_title_under_a_body_keeps_the_title(tmp_path):
    path = tmp_path / "forum-news.md"
    path.write_text("# Lunar Exploration Coordination Group\n\n## Six agencies agree a plan for the lunar night\n\n"
                    "Published 4 March 2026. The forum met in Vienna and agreed a plan.\n", encoding="utf-8")
    assert _doc(path).title != "Lunar Exploration Coordination Group"


def test_the_part_of_an_edition_stays_in_the_title(tmp_path):
    path = write_pdf(tmp_path / "plan-summary.pdf", [[("The Lunar Surface Plan", 22, "bold"),
                                                      ("Executive Summary — Second Edition, May 2015", 14),
                                                      ("", 10), *[(line, 10) for line in prose_lines(150)]]])
    assert _doc(path).title == "The Lunar Surface Plan — Second Edition — Executive Summary"
