"""The shipped annual report as built by the session's ingest: citations land on the page
where the text is printed, and no running header or page number leaks into passages."""

from __future__ import annotations

import re
from collections import Counter

import pypdf

from .samples import REPORT

DOC_ID = "isecg-annual-report-2022"


def _printed_pages(phrase: str) -> list[int]:
    reader = pypdf.PdfReader(REPORT)
    return [n for n, page in enumerate(reader.pages, start=1) if phrase in " ".join(page.extract_text().split())]


def _running_lines() -> set[str]:
    """Lines printed on (nearly) every page of the PDF: its running header."""
    reader = pypdf.PdfReader(REPORT)
    counts = Counter(line.strip() for page in reader.pages for line in set(page.extract_text().splitlines()))
    return {line for line, n in counts.items() if line and n >= 0.75 * len(reader.pages)}


def test_passages_are_cited_on_the_page_the_text_is_printed_on(build):
    phrase = "Hosted by the Canadian Space Agency"
    printed = _printed_pages(phrase)
    assert len(printed) == 1
    cited = [p for p in build.passages if p.doc_id == DOC_ID and phrase in p.text]
    assert cited
    page_text = {p.page: p.text for p in build.pages if p.doc_id == DOC_ID}
    for passage in cited:
        start = page_text[passage.page].index(passage.text[:60], passage.char_start)
        on_page = passage.page if phrase in page_text[passage.page][start:] else passage.pages[-1]
        assert on_page == printed[0] and phrase in page_text[on_page]


def test_every_passage_page_matches_the_pdf(build):
    """Each passage's first sentence is printed on its first page, per pypdf's own text."""
    reader = pypdf.PdfReader(REPORT)
    printed = {n: " ".join(page.extract_text().split()) for n, page in enumerate(reader.pages, start=1)}
    for passage in (p for p in build.passages if p.doc_id == DOC_ID):
        opening = " ".join(passage.text.split("\n")[0].removeprefix("- ").split()[:6])
        assert opening in printed[passage.page], (passage.id, opening)


def test_no_running_header_or_page_number_in_passages(build):
    headers = _running_lines()
    assert {"ISECG Annual Report 2022", "International Space Exploration Coordination Group"} <= headers
    header_run = re.compile(r"ISECG Annual Report 2022\s+International Space Exploration Coordination Group")
    for passage in (p for p in build.passages if p.doc_id == DOC_ID):
        for line in passage.text.split("\n"):
            assert line.strip() not in headers, passage.id
            assert not re.fullmatch(r"\d{1,3}", line.strip()), passage.id
        assert not header_run.search(passage.text), passage.id
        assert not re.search(r"Coordination Group\s+\d{1,2}\s", passage.text), passage.id


def test_sections_come_from_the_headings(build):
    sections = {p.section for p in build.passages if p.doc_id == DOC_ID}
    assert {"Executive Summary", "Technology Working Group (TWG)", "Background"} <= sections
    executive = next(p for p in build.passages if p.section == "Executive Summary")
    assert executive.text.startswith("During 2022 global interest in space exploration")


def test_catalog_metadata(build):
    doc = build.documents_by_id[DOC_ID]
    assert (doc.title, doc.year, doc.type, doc.metadata_source) == ("ISECG Annual Report 2022", 2023, "annual report", "catalog")
    assert doc.page_count == len(pypdf.PdfReader(REPORT).pages)
