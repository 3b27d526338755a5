"""Probes for page furniture and notes in a PDF's text layer (round 7): documents printed to PDF by headless
Chromium from the HTML beside them (tests/data/probes/notes7/make_probes.py writes both).

Positives (each failed on the base): a raised note mark glued to a year or an acronym ("20193", "CNES4": the fact
lost) is set off as a superscript ("2019 ³"); a page's footnotes are a segment of their own, and a sentence the page
break cut joins across them; a running header laid out apart from the flow (after the body in the text layer) is
dropped; a numbered heading's number is no part of its section's name; a number word or acronym ending a line with
its own hyphen keeps it ("twenty-" / "six").  Negatives (held on both): numbers after words ("Phase 2", "Artemis 3",
"Table 2 lists"), a year range, a citation "[3]", a numbered list, a subscript, an ordinal's raised letters, a
table's number columns, figure and table captions, a heading that is a year ("2030 and Beyond")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.kg.extract import extract_document
from isecg_kg.kg.reference import reference_gazetteer

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "notes7"
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "pdf-samples"
BASE = "http://kg.test/"
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def _read(path: Path):
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    return doc, pages, chunk(doc.id, pages)


def _segments(pages, kind):
    return [page.text[s.start:s.end] for page in pages for s in page.segments if s.kind == kind]


def _text(passages) -> str:
    return "\n".join(p.text for p in passages)


def test_marks_after_a_year_or_an_acronym_are_set_off():
    _, pages, passages = _read(PROBES / "p01-marks-after-year-and-acronym.pdf")
    text = _text(passages)
    for told in ("Established in 2007 ¹,", "(POLSA) ² took part", "in 2019 ³,", "by CNES ⁴ in Paris",
                 "In March 2021 ⁵ the", "Canadian Space Agency ⁶."):
        assert told in text
    assert not re.search(r"\b(?:20071|20193|20215)\b|CNES4|POLSA\)2", text)
    notes = _segments(pages, "note")
    assert len(notes) == 1 and notes[0].split("\n")[0] == "¹ Terms of reference signed in Kyoto."
    assert notes[0].split("\n")[-1] == "⁶ Until 2023."


def test_footnotes_do_not_cut_the_sentence_the_page_break_cut():
    _, pages, passages = _read(PROBES / "p02-note-across-page-break.pdf")
    text = _text(passages)
    assert "at the meeting held in Berlin in September 2022, where the heads of agency endorsed them" in text
    assert _segments(pages, "note") == ["1 Including two agencies that are not members of the group."]
    assert "Interim Report" not in text and "Page 1" not in text and "Page 2" not in text


def test_numbered_headings_name_their_sections_without_their_number():
    _, pages, passages = _read(PROBES / "p03-numbered-headings.pdf")
    assert _segments(pages, "heading") == ["1 Purpose of this Report", "2.3 Membership", "3. Events and Meetings",
                                           "A.1 Acronyms", "2030 and Beyond"]
    assert [p.section for p in passages] == ["Purpose of this Report", "Membership", "Events and Meetings",
                                             "Acronyms", "2030 and Beyond"]
    assert "Annual Report 2021" not in _text(passages)


def test_line_end_hyphens():
    _, _, passages = _read(PROBES / "p04-hyphenated-line-ends.pdf")
    text = _text(passages)
    for told in ("continue the exploration of", "robotic precursor missions", "grew to twenty-six agencies",
                 "The ESA-led study", "the Moon-to-Mars strategy", "was co-chaired by JAXA"):
        assert told in text


def test_numbers_that_are_no_marks_read_as_before():
    _, pages, passages = _read(PROBES / "n01-numbers-not-marks.pdf")
    text = _text(passages)
    for told in ("Phase 2 of the campaign starts with Artemis 3 in 2026, and Table 2 lists the missions planned "
                 "for 2025–2030 [3].", "produces O2 from regolith", "the 21st century", "1. Review of the roadmap\n"
                 "2. Adoption of the work plan\n3. Election of the chair", "Table 2 – Missions and their launch years",
                 "Artemis 3 NASA 2026 26500\nChandrayaan-3 ISRO 2023 3900", "Figure 3: The lander on the launch pad"):
        assert told in text
    assert not set(SUPERSCRIPTS) & set(text)
    assert not _segments(pages, "note")


def test_a_table_with_marks_on_lines_of_their_own_keeps_its_numbers():
    _, _, passages = _read(SAMPLES / "google-doc-document.pdf")
    text = _text(passages)
    assert "273.879.750\n1\n83,190,556\n2\n8,935,112\n3\n67,413,000" in text


def _facts(name: str) -> set[tuple[str, str, str]]:
    gazetteer = reference_gazetteer(BASE)
    doc, pages, passages = _read(PROBES / f"{name}.pdf")
    result = extract_document(doc, pages, passages, gazetteer, BASE)
    labels = {iri: e.label for iri, e in gazetteer.by_iri.items()} | {e.iri: e.label for e in result.entities.values()}

    def short(value) -> str:
        value = value if isinstance(value, str) else value.value
        return labels.get(value, value.removeprefix(BASE))

    return {(short(f.s), f.p, short(f.o)) for f in result.facts}


@pytest.mark.parametrize("name, wanted, unwanted", [
    # the year and the agency read through their marks; the count's members from the note it calls
    ("p05-marked-membership-facts",
     [("id/membership/isa-isecg-from-2019", "org:member", "Israel Space Agency"),
      ("id/membership/uksa-isecg-from-2021", "org:member", "United Kingdom Space Agency"),
      ("id/membership/polsa-isecg-2022", "org:member", "Polish Space Agency")],
     [("id/membership/isa-isecg-2021", "org:member", "Israel Space Agency")]),
    # "... joined ISECG in" / [the page's footnote, the running header] / "October 2022, ..."
    ("p06-joining-sentence-across-notes",
     [("id/membership/polsa-isecg-from-2022-10", "org:member", "Polish Space Agency")], []),
])
def test_facts_read_through_marks_and_notes(name, wanted, unwanted):
    facts = _facts(name)
    assert set(wanted) <= facts
    assert not set(unwanted) & facts


def test_a_pull_quote_is_no_heading():
    _, pages, passages = _read(PROBES / "p07-pull-quote-and-box.pdf")
    assert "“Working together is the only way to reach the Moon and Mars sustainably.”" not in _segments(pages, "heading")
    nigeria = next(p for p in passages if "Space Agency of Nigeria" in p.text)
    assert nigeria.section.endswith("Membership")


def test_captions_are_no_headings():
    _, pages, passages = _read(PROBES / "p09-bold-captions.pdf")
    headings = _segments(pages, "heading")
    assert not [h for h in headings if h.startswith(("Figure", "Table"))]
    lines = [line for page in pages for line in page.text.split("\n")]
    assert "Figure 4: Concept of the pressurised rover" in lines and "Table 3 – Rovers and their agencies" in lines
    unpressurised = next(p for p in passages if "Unpressurised rovers" in p.text)
    assert unpressurised.section.endswith("Surface Mobility")


def test_alternating_running_headers_and_page_numbers():
    _, pages, passages = _read(PROBES / "p08-alternating-running-headers.pdf")
    assert _segments(pages, "heading") == ["1 Introduction", "2 Membership", "3 Events and Meetings"]
    text = _text(passages)
    assert "ISECG Annual Report 2023" not in text and not re.search(r"Page \d of 6", text)
    assert [p.section for p in passages if "created in 2007" in p.text] == ["Introduction"]


def test_a_byline_with_raised_marks_keeps_its_authors():
    facts = _facts("n02-byline-raised-marks")
    assert {("Anna Bergström", "schema:affiliation", "German Aerospace Center"),
            ("Tomasz Brandt", "schema:affiliation", "Polish Space Agency"),
            ("Keiko Sato", "schema:affiliation", "Japan Aerospace Exploration Agency")} <= facts
