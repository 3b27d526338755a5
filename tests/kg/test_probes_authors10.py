"""Structure probes for authorship, round 10 (kg/rules_people.labelled_list, footnote_list, author_column): bodies
credited with a document by a bare list on lines of its own, in other layouts than the development sets, printed to
PDF by headless Chromium (mk.py, from the .html beside each) or written as Markdown, and read back through the real
ingestion: a running footer of every page "ASI, CNES, ..., UKSA 2 Lunar Surface Logistics Assessment" (joined by the
cleaner to the page's last line of prose), a list wrapped in a narrow cover column under "Participating agencies",
a label with no colon and a bracketed word ("Contributing Agencies (Alphabetical) ASI, CNES, ..."), "Prepared with
input from CSA, ESA, JAXA and NASA", "Developed by the following agencies" over a list wrapped over three lines, a
superscript footnote called from the cover's byline ("A joint study by the ISECG agencies¹" / "¹ ASI, ... and UKSA.")
or from the title,
a table of chapters whose last column is "Lead author" ("Claire Fontaine (CNES)"), in a PDF and in Markdown, a list
of three lines of three under "Contributing organisations" on the second page, a back page's roster of three lines,
a table of fields whose row "| Participating agencies | ASI, CNES, DLR, JAXA |" holds the list in a cell.
Look-alikes: ISECG's member agencies listed under a caption, agencies attending a workshop, a table of missions and
their agencies, rovers "built by" a list, a footnote called from a sentence on missions, a table of missions whose
column is "Principal investigator", a technology table's "Contributors" column of bodies, an annual report's
"Participating agencies" (its members), "Landers developed by" and "Contributions to the Gateway from" over lists,
a meeting's minutes with "Input from ESA, JAXA and NASA" on an item, a technology table's rows ending "NASA, JAXA,
ESA 2 High" at a page's foot (a footer's shape, on one page only), an annual report's cover whose body's name calls
a footnote listing agencies (its members), a table of a station's elements with "developed by", "Input from" cells.
Written from how such documents are laid out, not from the evaluation sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.kg.extract import extract_document

BASE = "http://kg.test/"
FOLDER = Path(__file__).resolve().parents[1] / "data" / "probes" / "authors10"
NINE = {"asi", "cnes", "csa", "dlr", "esa", "jaxa", "kari", "nasa", "uksa"}


def _creators(gazetteer, name: str) -> set[str]:
    path = next(p for p in FOLDER.iterdir() if p.stem == name and p.suffix in (".md", ".pdf"))
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    facts = extract_document(doc, pages, chunk(doc.id, pages), gazetteer, BASE).facts
    short = lambda v: (v if isinstance(v, str) else v.value).removeprefix(BASE).split("/")[-1]  # noqa: E731
    return {short(f.o) for f in facts if f.p == "dcterms:creator" and short(f.s) == path.stem}


# (document, the bodies and people credited: exactly these)
POSITIVES = [
    ("a01-footer-list-every-page", NINE),
    ("a02-participating-wrapped", NINE),
    ("a03-label-bracket-list", {"asi", "cnes", "dlr", "jaxa", "kari"}),
    ("a04-prepared-with-input", {"csa", "esa", "jaxa", "nasa"}),
    ("a05-footnote-from-cover", NINE | {"isecg"}),
    ("a06-developed-following-lines", {"cnes", "dlr", "esa", "jaxa", "nasa", "uksa"}),
    ("a07-chapter-leads-table", {"cnes", "jaxa", "nasa", "claire-fontaine", "kenji-morita", "sarah-collins"}),
    ("a09-chapter-leads-table", {"cnes", "jaxa", "nasa", "claire-fontaine", "kenji-morita", "sarah-collins"}),
    ("a10-inside-cover-lines-no-commas", NINE),  # "Contributing organisations" / "ASI, CNES, CSA" / "DLR, ESA, JAXA" / ...
    ("a11-back-page-roster-wrapped", NINE),  # no label, the back page; its first line joined to the prose above
    ("a12-footnote-from-title", {"cnes", "dlr", "esa", "jaxa", "nasa"}),  # "... Scenarios¹" / "¹ CNES, ... and NASA."
    ("a13-fields-table-participating", {"asi", "cnes", "dlr", "jaxa"}),  # "| Participating agencies | ASI, ... |"
    ("a14-fields-table-prepared-input", {"asi", "cnes", "dlr", "jaxa"}),  # "| Prepared with input from | ASI, ... |"
]

NEGATIVES = [
    ("n01-members-footer-lookalike", set()),  # "ISECG member agencies" / "ASI, CNES, ..." in an annual report
    ("n02-attendees-lines", {"nasa"}),  # "Agencies attending the workshop" / "ASI, CNES, ..."
    ("n03-missions-table", {"esa"}),  # "| Orbiter 1 | 2028 | ASI, CNES, DLR |"
    ("n04-sentence-other", {"csa"}),  # "Rovers built by ASI, CNES, ...", "Missions² are planned" / "² By ASI, ..."
    ("n05-chapter-missions-table", {"esa"}),  # "| Chapter | Mission | Principal investigator |"
    ("n06-technology-contributors-column", {"twg"}),  # "| Technology | Readiness | Contributors |" / "| ... | NASA, ESA |"
    ("n07-annual-participating-lines", {"isecg-secretariat"}),  # an annual report's "Participating agencies"
    ("n08-landers-developed-by", {"csa"}),  # "Landers developed by" / "JAXA, NASA," / "ESA, CNES"
    ("n09-minutes-input-from", {"isecg-secretariat"}),  # minutes: "Input from ESA, JAXA and NASA" on an item
    ("n10-technology-rows-page-foot", {"twg"}),  # rows "... NASA, CNES, UKSA 3 High" at a page's foot: no footer
    ("n11-annual-cover-footnote-members", set()),  # an annual report's "... Coordination Group¹" / "¹ CNES, ..."
    ("n12-element-table-cells", {"csa"}),  # "| Power and propulsion | Input from | NASA, ESA |": a thing's makers
]


@pytest.mark.parametrize("name,credited", POSITIVES + NEGATIVES, ids=[p[0] for p in POSITIVES + NEGATIVES])
def test_authorship_probe_round10(gazetteer, name, credited):
    assert _creators(gazetteer, name) == credited
