"""Structure probes for the text layer every rule reads: whole documents printed to PDF (headless Chromium, as the
evaluation PDFs were made) and read back through the real ingestion, to check how a PDF's lines become the lines,
headings and sentences of kg/text.py.  A PDF sets the lines of one paragraph closer than it sets two paragraphs, two
table rows, two fields or a title and its byline; the cleaner keeps such a line apart from the one above when that
one has no closing mark (however long it is), and a run of such lines are rows, not headings.  Positives fail on
the base (the lines ran together: "Place: ... Noordwijk Host: ESA", a byline into its subtitle, table rows into one
line, a photo credit into the masthead); negatives hold on both (wrapped prose still flows into one line, a sentence
a page break cut still joins, a table's wrapped cells still make one row's facts, two-column prose).  Written from
how such documents are laid out, not from the evaluation sets; the markup each PDF was printed from
(/tmp/scratch/mkpdf.py's mini markup) lies beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.kg.extract import extract_document
from isecg_kg.kg.text import DocumentText

from .conftest import BASE

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "ingest"


def _short(value) -> str:
    return (value if isinstance(value, str) else value.value).removeprefix(BASE)


@pytest.fixture
def read_pdf(gazetteer):
    """read_pdf(name) -> ({line text: heading}, {(subject label or slug, predicate, object label or slug)})."""

    def run(name: str):
        path = PROBES / f"{name}.pdf"
        doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
        passages = chunk(doc.id, pages)
        lines = {line.text: line.heading for line in DocumentText(pages, passages).lines}
        result = extract_document(doc, pages, passages, gazetteer, BASE)
        labels = {iri: e.label for iri, e in gazetteer.by_iri.items()} | {e.iri: e.label for e in result.entities.values()}
        facts = set()
        for f in result.facts:
            s, o = f.s if isinstance(f.s, str) else f.s.value, f.o if isinstance(f.o, str) else f.o.value
            facts.add((labels.get(s, _short(s)), f.p, labels.get(o, _short(o))))
        return lines, facts

    return run


# (document, lines that must stand on their own and be no heading, lines that must be headings, facts that must be
# there, facts that must not)
POSITIVES = [
    # a short page of fields: each its own line, none a heading
    ("p01-fields-short", ["Place: European Space Research and Technology Centre, Noordwijk", "Host: ESA",
                          "Participants: 42 delegates from 12 agencies", "Chair: Daniel Fischer (DLR)"],
     ["ISECG Technology Working Group Meeting"], [], []),
    # a byline below the subtitle, the date below it: authors read
    ("p02-byline-title", ["A White Paper of the International Space Exploration Coordination Group",
                          "Hiroshi Ueda (JAXA), Laura Bianchi (ASI), Mark Evans (NASA)", "September 2021"],
     ["Summary"],
     [("id/doc/p02-byline-title", "dcterms:creator", "Hiroshi Ueda"),
      ("id/doc/p02-byline-title", "dcterms:creator", "Japan Aerospace Exploration Agency")], []),
    ("a01-cover-byline", ["Ana Ribeiro (ESA), Tomasz Nowak (POLSA), Keiko Mori (JAXA)"], [],
     [("id/doc/a01-cover-byline", "dcterms:creator", "Keiko Mori"),
      ("Tomasz Nowak", "schema:affiliation", "Polish Space Agency")], []),
    # a table's rows, one a line; the second row's body is no host of the first's, the third row's name its own
    ("p03-table-wrapped", ["Technology Working Group 4 May 2015 Tokyo JAXA", "ISECG Plenary 22–24 September 2015"],
     ["Meeting Dates Place Host"],
     [("ISECG Plenary", "schema:organizer", "Israel Space Agency")],
     [("Technology Working Group", "schema:organizer", "International Space Exploration Coordination Group"),
      ("id/doc/p03-table-wrapped", "dcterms:creator", "Technology Working Group")]),
    # a two-column table of bodies and people: each row its own, the last one read too
    ("a04-heads-table", ["ASI Giovanni Rossi", "DLR Katrin Vogel", "KARI Jin-ho Lee"], [],
     [("Jin-ho Lee", "schema:affiliation", "Korea Aerospace Research Institute"),
      ("Giovanni Rossi", "schema:affiliation", "Agenzia Spaziale Italiana")], []),
    # a minutes head of fields: "Present:" is no issuer list run onto the rapporteur's field
    ("a14-minutes-fields", ["Rapporteur: Lukas Berger (DLR)", "Present: NASA, ESA, JAXA, DLR, CNES, UKSA"], [], [],
     [("id/doc/a14-minutes-fields", "dcterms:publisher", "National Aeronautics and Space Administration"),
      ("id/doc/a14-minutes-fields", "dcterms:creator", "United Kingdom Space Agency")]),
    # a table under its caption: rows apart, the paragraph after it a line of its own
    ("a15-caption-above-table", ["CNSA China National Space Administration China",
                                 "The supplement was endorsed by all participating agencies."], [], [], []),
    # a news item's dateline and agency line over its first paragraph: the meeting is not named after the agency
    ("a16-news-dateline", ["Agenzia Spaziale Italiana"], [],
     [("ISECG senior managers meeting", "schema:organizer", "Agenzia Spaziale Italiana")],
     [("ASI senior managers meeting", "schema:organizer", "Agenzia Spaziale Italiana")]),
    # a photo credit below the headline: no affiliation of the photographer, the masthead's month dates the issue
    ("a17-negative-photo-credit", ["Photo: NASA/Bill Ingalls", "ISECG Newsletter, March 2022"], [],
     [("id/doc/a17-negative-photo-credit", "dcterms:issued", "2022-03")],
     [("Bill Ingalls", "schema:affiliation", "International Space Exploration Coordination Group")]),
    # a calendar table: the first row's meeting read with its host; an undecided host is none; rows are no cover
    ("a18-negative-tbd-host", ["Technology Working Group 11–12 March 2025 Tokyo JAXA"], [],
     [("Technology Working Group", "schema:organizer", "Japan Aerospace Exploration Agency")],
     [("Science Working Group", "schema:organizer", "Japan Aerospace Exploration Agency"),
      ("id/doc/a18-negative-tbd-host", "dcterms:creator", "Technology Working Group"),
      ("id/doc/a18-negative-tbd-host", "dcterms:creator", "Science Working Group")]),
    # list items whose bullets the PDF lost, below a caption ending in a colon: the caption and each item a line of
    # its own, no headings
    ("p04-list-nobullet", ["The following agencies joined ISECG in 2019:", "Mohammed Bin Rashid Space Centre",
                           "Luxembourg Space Agency", "Polish Space Agency"], ["New members", "Upcoming events"], [],
     []),
]

NEGATIVES = [
    # wrapped prose flows into one line per paragraph; the section headings stay headings
    ("a13-prose-wrap", ["In 2017 the International Space Exploration Coordination Group continued its work on the "
                        "Global Exploration Roadmap, whose third edition was being prepared by the Exploration Roadmap "
                        "Working Group with inputs from all fourteen participating agencies. The senior managers met "
                        "twice during the year."], ["Overview", "Outreach"], [], []),
    # a sentence a page break cut (a running header between) goes on on the next page
    ("p05-pagebreak-sentence", [], ["Overview"],
     [("ISECG plenary", "schema:organizer", "National Aeronautics and Space Administration")], []),
    ("a10-pagebreak-host", [], [],
     [("Plenary meeting", "schema:organizer", "Korea Aerospace Research Institute"),
      ("Plenary meeting", "schema:location", "Daejeon")], []),
    # two columns of prose: each gathering its own host
    ("a09-two-columns", [], [],
     [("ISECG meeting", "schema:organizer", "Japan Aerospace Exploration Agency"),
      ("Workshop on lunar landers", "schema:organizer", "German Aerospace Center")],
     [("ISECG meeting", "schema:organizer", "German Aerospace Center")]),
    # a table's cells wrapped over two lines still give each row's host and place
    ("a12-table-wrapped-events", [], [],
     [("ISECG Science Working Group annual meeting", "schema:organizer", "German Aerospace Center"),
      ("International Mars Exploration Working Group workshop", "schema:location", "Pasadena")],
     [("ISECG Science Working Group annual meeting", "schema:organizer",
       "National Aeronautics and Space Administration")]),
    # a field list of a news item: the host field
    ("a06-field-list-news", [], [], [("Exploration workshop", "schema:organizer", "Canadian Space Agency")], []),
    # a technology table's rows, each agency of its own row's area only
    ("a02-tech-table-rows", [], ["Technology area Agencies"],
     [("National Aeronautics and Space Administration", "isecg:worksOn", "Autonomous precision landing"),
      ("European Space Agency", "isecg:worksOn", "Dust-tolerant mechanisms")],
     [("National Aeronautics and Space Administration", "isecg:worksOn", "Dust-tolerant mechanisms")]),
]


@pytest.mark.parametrize(("name", "apart", "headings", "present", "absent"), POSITIVES + NEGATIVES)
def test_probe_ingest(read_pdf, name, apart, headings, present, absent):
    lines, facts = read_pdf(name)
    for text in apart:
        assert text in lines, (text, list(lines))
        assert not lines[text], f"{text!r} read as a heading"
    for text in headings:
        assert lines.get(text), (text, list(lines))
    for fact in present:
        assert fact in facts, (fact, sorted(f for f in facts if f[1] == fact[1]))
    for fact in absent:
        assert fact not in facts, fact
