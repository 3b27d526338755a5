"""Cleaning on PDFs written to order and on plain text / Markdown: what is removed, what is
repaired, which lines become headings."""

from __future__ import annotations

from isecg_kg.ingest.chunk import chunk
from isecg_kg.ingest.clean import clean_document, normalise
from isecg_kg.ingest.extract import read_document

from .samples import prose_lines, write_pdf


def _headings(pages) -> list[str]:
    return [p.text[s.start:s.end] for p in pages for s in p.segments if s.kind == "heading"]


def _chaptered_pdf(path):
    """Six pages in two chapters: each chapter's title as running header (it changes with
    the chapter), "Page n of 6" as footer, a chapter heading on each chapter's first page."""
    pages = []
    for n in range(1, 7):
        chapter = 1 if n <= 3 else 2
        lines = [(f"Chapter {chapter}: {'Lunar Power' if chapter == 1 else 'Mars Transport'}", 8), ("", 20)]
        if n in (1, 4):
            lines += [(f"{chapter} {'Lunar Power Systems' if chapter == 1 else 'Mars Transport Studies'}", 16), ("", 6)]
        lines += [(line, 10) for line in prose_lines(120)]
        if n == 2:  # a word hyphenated across lines
            lines += [("Robotic precursors are the first step of the long-term explo-", 10),
                      ("ration of the Moon by many nations together.", 10)]
        lines += [("", 30), (f"Page {n} of 6", 8)]
        pages.append(lines)
    return write_pdf(path, pages)


def test_running_headers_changing_by_chapter_and_page_footers_are_removed(tmp_path):
    pages = clean_document(read_document(_chaptered_pdf(tmp_path / "chaptered.pdf")))
    assert len(pages) == 6
    for page in pages:
        assert "Chapter 1" not in page.text and "Chapter 2" not in page.text, page.text[:80]
        assert "Page" not in page.text and "of 6" not in page.text
    assert _headings(pages) == ["1 Lunar Power Systems", "2 Mars Transport Studies"]


def test_a_header_changing_every_two_pages_is_told_by_its_type(tmp_path):
    """LaTeX-style "<page> <section number>. <SECTION TITLE>" headers in small type; a footnote in
    the same small type at the bottom of a page is content and stays."""
    titles = ["SCOPE", "LUNAR PLANS", "MARS PLANS", "PARTNERS"]
    pages = []
    for n in range(8):
        lines = [(f"{n + 3} 1.{n // 2 + 1}. {titles[n // 2]}", 8), ("", 14), *[(l, 10) for l in prose_lines(150)[n:]]]
        if n == 5:
            lines += [("", 20), ("1 Figures from the 2022 survey of the member agencies.", 8)]
        pages.append(lines)
    cleaned = clean_document(read_document(write_pdf(tmp_path / "sections.pdf", pages)))
    for page in cleaned:
        assert not any(title in page.text for title in titles), page.text[:60]
        assert page.text[0].isalpha()
    assert cleaned[5].text.endswith("1 Figures from the 2022 survey of the member agencies.")


def test_hyphenated_line_breaks_are_joined_and_wrapped_prose_flows(tmp_path):
    pages = clean_document(read_document(_chaptered_pdf(tmp_path / "chaptered.pdf")))
    assert "long-term exploration of the Moon" in pages[1].text
    body = pages[1].text
    assert "\n" not in body.strip(), "wrapped prose lines are joined into one paragraph"


def test_a_line_ending_on_a_word_no_sentence_ends_on_goes_on_in_the_next(tmp_path):
    """A narrow column's lines are shorter than the document's full lines: one ending on "on", "the", "in" is wrapped
    all the same, so its sentence keeps its date and its name. Short lines ending otherwise stay lines."""
    path = write_pdf(tmp_path / "column.pdf", [[
        *[(l, 10) for l in prose_lines(40)], ("", 10),
        ("Leadership inside the group changed hands on", 10), ("30 September 2014, when the Canadian Space", 10),
        ("Agency handed the ISECG chair to the", 10), ("European Space Agency. The first edition was", 10),
        ("released in", 10), ("September 2011.", 10), ("", 10),
        ("Members are listed in Annex A", 10), ("Observers are listed in Annex B", 10),
    ]])
    text = clean_document(read_document(path))[0].text
    assert "changed hands on 30 September 2014, when" in text
    assert "the ISECG chair to the European Space Agency. The first edition was released in September 2011." in text
    assert "Annex A\nObservers" in text


def test_a_narrow_columns_lines_are_wrapped_where_the_next_word_would_not_fit(tmp_path):
    """A page set in a narrow column after pages of full lines: a line is wrapped when the next line's first word
    would not have fitted after it in the column, so a name split over two lines is one ("the European" / "Space
    Operations Centre"); a paragraph's short last line keeps its break."""
    path = write_pdf(tmp_path / "narrow.pdf", [[(l, 10) for l in prose_lines(60)], [
        ("Heads of programmes met at the European", 10), ("Space Operations Centre in Darmstadt,", 10),
        ("Germany, where fourteen agencies agreed", 10), ("a work plan.", 10),
        ("Welcome to the UKSA.", 10), ("Luxembourg joined the group in March", 10), ("and sent two delegates.", 10),
    ]])
    text = clean_document(read_document(path))[1].text
    assert "met at the European Space Operations Centre in Darmstadt, Germany, where fourteen" in text
    assert "Welcome to the UKSA.\nLuxembourg joined" in text


def test_page_numbers_alone_are_removed_but_numbers_in_text_stay(tmp_path):
    openings = ["In 2022, 27 agencies took part.", "Membership grew by 3 in 2021.", "The 15th anniversary came."]
    path = write_pdf(tmp_path / "numbers.pdf", [
        [(opening, 10), *[(line, 10) for line in prose_lines(60)], ("", 40), (number, 9)]
        for opening, number in zip(openings, ("ii", "3 / 10", "- 4 -"))
    ])
    pages = clean_document(read_document(path))
    for page, opening in zip(pages, openings):
        assert page.text.startswith(opening)
        assert page.text.endswith(prose_lines(60)[-1])  # repeated on every page, yet body text: kept


def test_headings_from_font_size_and_bold(tmp_path):
    body = [(l, 10) for l in prose_lines(90)]
    path = write_pdf(tmp_path / "fonts.pdf", [[
        ("Global Exploration Roadmap", 20), ("", 10),
        ("1 Introduction", 14), *body, ("", 8),
        ("Lunar Surface Operations", 10, "bold"), *body, ("", 8),
        ("A sentence in bold type that ends with a full stop.", 10, "bold"), *body,
    ]])
    pages = clean_document(read_document(path))
    levels = {p.text[s.start:s.end]: s.level for p in pages for s in p.segments if s.kind == "heading"}
    assert levels == {"Global Exploration Roadmap": 1, "1 Introduction": 2, "Lunar Surface Operations": 3}


def test_bold_that_is_no_heading(tmp_path):
    """A bold line whose sentence goes on in plain type on the next line ("(IAWG) - co-led by ...") is no heading; a
    bold line of its own still is."""
    body = [(l, 10) for l in prose_lines(60)] + [("Each agency reports its progress once a year.", 10)]
    path = write_pdf(tmp_path / "leads.pdf", [[
        *body, ("", 8),
        ("International Architecture Working Group of the coordination group", 10, "bold"),
        ("(IAWG) - co-led by ESA and NASA.", 10), ("", 8),
        ("Lunar Surface Operations", 10, "bold"), *body,
    ]])
    pages = clean_document(read_document(path))
    assert _headings(pages) == ["Lunar Surface Operations"]
    assert "Working Group of the coordination group (IAWG) - co-led by ESA and NASA." in pages[0].text


def test_a_date_alone_in_bold_is_its_entrys_date_not_a_heading(tmp_path):
    """A chronology sets each entry's date bold on a line of its own over the entry ("30.09.2014" / "Chair passes from
    CSA to ESA."): the date stays a line of the entry's passage, no heading. A year alone heads that year's events
    and stays a heading."""
    body = [(l, 10) for l in prose_lines(40)]
    entries = [("30.09.2014", "Chair passes from CSA to ESA."), ("14\u201315.06.2011", "Workshop on asteroids, Cologne."),
               ("09.2011", "First edition of the roadmap."), ("7 October 2015", "UAESA becomes the 15th member."),
               ("May 2012", "The lunar working group meets."), ("2014-09-30", "ESA takes the chair.")]
    path = write_pdf(tmp_path / "timeline.pdf", [[
        *body, ("", 8), ("ISECG timeline", 10, "bold"),
        *[line for date, entry in entries for line in ((date, 10, "bold"), (entry, 10))], ("", 8),
        ("2015", 10, "bold"), *body,
    ]])
    pages = clean_document(read_document(path))
    assert _headings(pages) == ["ISECG timeline", "2015"]
    text = pages[0].text
    assert all(f"{date}\n{entry}" in text for date, entry in entries)


def test_a_heading_wrapped_over_two_lines_is_one_heading_but_stacked_headings_stay_two(tmp_path):
    body = [(l, 10) for l in prose_lines(60)]
    path = write_pdf(tmp_path / "wrapped.pdf", [[
        ("Exploration Roadmap Working Group", 14), ("Activities in 2022", 14), *body, ("", 10),
        ("Annex I", 14), ("", 12), ("Publications", 14), *body,
    ]])
    assert _headings(clean_document(read_document(path))) == [
        "Exploration Roadmap Working Group Activities in 2022", "Annex I", "Publications"]


def test_normalise_ligatures_and_odd_spaces():
    assert normalise("e\ufb03cient \ufb01ssion\u00a0power\u2009plant\u200b  now") == "efficient fission power plant now"
    assert normalise("explo\u00ad") == "explo-"  # a soft hyphen ending a line marks a broken word


PLAIN = """ISECG Secretariat

Keplerlaan 1, PO Box 299, NL-2200 AG Noordwijk, The Netherlands

+31 (0) 71 565 5069

ISECG@esa.int

All ISECG documents and information can be found on:

<http://www.globalspaceexploration.org/>

Technology Working Group (TWG)

The TWG will continue to advocate for coordination and collaboration in technology development.
It also updates the **Critical Technology Portfolio** described in [the roadmap](https://example.org/ger).

This page is intentionally left blank.

Australia\t\tAustralian Space Agency (ASA)
Brazil\t\tAgência Espacial Brasileira (AEB)
"""


def test_plain_text_headings_are_title_lines_not_contacts_or_table_rows(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(PLAIN, encoding="utf-8")
    pages = clean_document(read_document(path))
    assert _headings(pages) == ["ISECG Secretariat", "Technology Working Group (TWG)"]
    text = pages[0].text
    assert "+31 (0) 71 565 5069" in text and "ISECG@esa.int" in text  # kept as body text
    assert "Critical Technology Portfolio described in the roadmap." in text  # Markdown syntax dropped
    assert "intentionally left blank" not in text
    assert "Australia Australian Space Agency (ASA)\nBrazil" in text  # table rows stay one a line


def test_markdown_headings_with_levels(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Roadmap\n\nIntro text here.\n\n## Missions to the Moon in the coming decade\n## Lunar orbit\n\nMoon text.\n\nMars\n----\n\nMars text.\n",
                    encoding="utf-8")
    pages = clean_document(read_document(path))
    levels = [(p.text[s.start:s.end], s.level) for p in pages for s in p.segments if s.kind == "heading"]
    assert levels == [("Roadmap", 1), ("Missions to the Moon in the coming decade", 2), ("Lunar orbit", 2), ("Mars", 2)]
    assert [p.section for p in chunk("notes", pages)] == ["Roadmap", "Lunar orbit", "Mars"]


def test_long_markdown_table_rows_and_numbered_items_stay_one_a_line(tmp_path):
    path = tmp_path / "paper.md"
    row = "| Ana Lima | Brazilian Space Agency (AEB), Sao Jose dos Campos | lead author of the chapter on resources |"
    path.write_text(f"## Authors\n\n| Author | Affiliation | Part |\n|---|---|---|\n{row}\n{row.replace('Ana', 'Rui')}\n\n"
                    "Themes:\n1. The interior of the Moon read from a long-lived network of seismic stations on it.\n"
                    "2. Volatiles at the poles.\n\nThe network of stations is described at length in "
                    "chapter 4 of the paper and in its annex, which lists the candidate sites by\n"
                    "2. their order of priority.\n", encoding="utf-8")
    text = clean_document(read_document(path))[0].text
    assert f"{row}\n{row.replace('Ana', 'Rui')}\n" in text
    assert "stations on it.\n2. Volatiles" in text
    assert "sites by 2. their order" in text  # a wrapped line opening with a number after no sentence end


def test_a_page_whose_text_cannot_be_read_is_left_empty(tmp_path, monkeypatch, caplog):
    from isecg_kg.ingest import extract

    path = write_pdf(tmp_path / "three.pdf", [[(f"Page {n} opens with its own sentence number {n}.", 10)] for n in "ABC"])
    real = extract._pdf_page_lines

    def damaged(page):  # the second page's content stream is broken
        if "Page B" in page.extract_text():
            raise ValueError("invalid content stream")
        return real(page)

    monkeypatch.setattr(extract, "_pdf_page_lines", damaged)
    pages = clean_document(read_document(path))
    assert [p.text for p in pages] == ["Page A opens with its own sentence number A.", "",
                                       "Page C opens with its own sentence number C."]
    assert "three.pdf: page 2 left empty: its text could not be read (ValueError: invalid content stream)" in caplog.text


def test_a_running_line_set_at_one_height_is_dropped_among_other_edge_lines(tmp_path):
    """A header set below each page's own title and a footer set above the last page's colophon, each at the same
    height on every page: furniture, though the peel from the page's edge stops at the title or the colophon; the
    titles and the colophon stay."""
    pages = []
    for n, title in enumerate(["Membership", "Meetings", "Outlook"], start=1):
        prose = [(l, 10) for l in prose_lines(150 - 40 * n)]
        lines = [(f"{n} {title}", 14, "bold"), ("Lunar Yearbook 2031 · Public edition", 8), ("", 10), *prose]
        lines += [("", 640 - 12 * len(prose)), (f"Lunar Yearbook 2031 · Page {n} of 3", 8)]
        if n == 3:
            lines += [("Printed by the Secretariat for the member agencies.", 8)]
        pages.append(lines)
    cleaned = clean_document(read_document(write_pdf(tmp_path / "furnished.pdf", pages)))
    for page, title in zip(cleaned, ["Membership", "Meetings", "Outlook"]):
        assert "Yearbook" not in page.text, page.text
        assert title in page.text
    assert cleaned[2].text.endswith("Printed by the Secretariat for the member agencies.")
