"""Structure probes for authorship, round 8: agencies credited with a document as a whole list, no person named, each
document both as Markdown and as a PDF printed by headless Chromium (from the same markup, the .txt beside it, by
mkpdf.py) and read back through the real ingestion. The lists are read whole, not cut after their first item: full
names with their acronym in brackets ("Contributors: Italian Space Agency (ASI), Canadian Space Agency (CSA), ..."),
a role after an item ("Drafting team: NASA (lead), ESA (co-lead), ..."), a body no reference list has in the middle
("... ESA, NSAU, JAXA, KARI, NASA and UKSA", "the Mohammed Bin Rashid Space Centre (MBRSC), DLR"), a country's
possessive ("Italy's ASI, France's CNES"), the list as the subject ("The Italian Space Agency (ASI), the Canadian Space
Agency (CSA), ... jointly prepared this report"), drafting "entrusted to" a list, "the joint work of" a list, a
"Contributors" heading over a table of agencies with no person, a second verb of making ("compiled by the ISECG
Secretariat and edited by ESA"), a by-phrase's first item after the words for the bodies ("prepared by the ISECG
participating agencies ASI, CNES, ...", "by nine ISECG agencies, namely ASI, ..."), a cover roster with an acronym no
reference list has ("ASI · CNES · ... · NSAU · JAXA"). And look-alikes: ISECG's members listed, agencies attending a meeting, a technology
table with leads in brackets, a reference list, agencies developing landers or signing accords, speakers with roles,
an annual report's participating agencies, a "Contributors" heading over prose, a "Reviewers" table, "reviewed by",
agencies as a sentence's subject reviewing the roadmap, a roster under "Agencies attending:".
Written from how such documents are laid out, not from the evaluation sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.kg.extract import extract_document

BASE = "http://kg.test/"
FOLDER = Path(__file__).resolve().parents[1] / "data" / "probes" / "authors8"

# (document, bodies credited)
POSITIVES = [
    ("a01-contributors-fullnames-brackets", ["asi", "csa", "dlr", "jaxa", "kari"]),
    ("a02-drafting-team-lead-aside", ["nasa", "esa", "jaxa", "csa", "asi", "cnes", "dlr", "kari"]),
    ("a03-unknown-agency-mid-list", ["asi", "cnes", "csa", "dlr", "esa", "jaxa", "kari", "nasa", "uksa"]),
    ("a04-byline-unknown-centre", ["asi", "cnes", "csa", "dlr", "jaxa", "kari"]),
    ("a05-subject-fullnames-prepared", ["asi", "csa", "dlr", "jaxa"]),
    ("a06-drafting-entrusted-lead", ["esa", "nasa", "jaxa", "csa", "kari"]),
    ("a07-joint-work-of-fullnames", ["esa", "nasa", "jaxa", "csa"]),
    ("a08-authors-country-asides", ["asi", "cnes", "csa", "dlr", "jaxa", "uksa"]),
    ("a09-prepared-by-possessive", ["asi", "cnes", "csa", "dlr", "jaxa"]),
    ("a10-contributors-wrapped-pdf", ["asi", "cnes", "csa", "dlr", "esa", "jaxa", "kari", "nasa", "uksa"]),
    ("b02-contributors-heading-table", ["asi", "cnes", "csa", "dlr", "jaxa"]),
    ("b05-edited-compiled-semicolons", ["isecg-secretariat", "esa", "asi", "cnes", "csa", "dlr", "jaxa", "kari", "nasa"]),
    # "prepared by the ISECG participating agencies ASI, CNES, ...": the first item after the words for them
    ("b07-prepared-by-body-agencies", ["asi", "cnes", "csa", "dlr", "esa", "jaxa", "kari", "nasa", "uksa"]),
    ("b08-cover-roster-unknown-acronym", ["asi", "cnes", "csa", "dlr", "esa", "jaxa", "kari", "nasa", "uksa"]),
    ("b09-prepared-by-namely", ["asi", "cnes", "csa", "dlr", "esa", "jaxa", "kari", "nasa", "uksa"]),
    ("b10-drafted-by-group-chaired", ["asi", "cnes", "csa", "dlr"]),  # "by the space agencies ASI, ..., with NASA as lead"
]

# Look-alikes: (document, the only bodies credited)
NEGATIVES = [
    ("n01-members-count-list", ["nasa"]),  # "Prepared by NASA" / "ISECG has 27 members: ASI (Italy), ..."
    ("n02-attending-meeting", []),  # "Agencies attending the meeting: NASA (chair), ESA, JAXA (host), ..."
    ("n03-technology-table", ["twg"]),  # "| Cryogenic fluid management | NASA (lead), ESA, JAXA, CNES |"
    ("n04-reference-list", ["isecg-secretariat"]),  # "1. NASA (United States), ESA (Europe), ... The Global ..."
    ("n05-developing-landers", ["isecg-secretariat"]),  # "The Italian Space Agency (ASI), ... signed the Artemis Accords."
    ("n06-speakers-asides", ["isecg-secretariat"]),  # "Speakers: NASA (keynote), ESA (panel), JAXA, CSA, KARI"
    ("n07-annual-participating", ["isecg-secretariat"]),  # an annual report's "ISECG participating agencies: ..."
    ("n08-contributors-heading-prose", ["isecg-secretariat"]),  # "Contributions to future editions are welcome from ..."
    ("n09-reviewers-table", ["isecg-secretariat"]),  # "## Reviewers" / "| ASI | Italy |"
    ("n10-compiled-reviewed-by", ["isecg-secretariat"]),  # "compiled by the ISECG Secretariat and reviewed by ESA and NASA"
    ("n11-agencies-such-as-review", ["nasa"]),  # "The ISECG participating agencies ASI, CNES, ... review the roadmap"
    ("n12-attended-caption-roster", []),  # "Agencies attending:" over a roster line with an unknown acronym
]


def _creators(gazetteer, name: str, suffix: str) -> set[str]:
    path = FOLDER / f"{name}.{suffix}"
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    facts = extract_document(doc, pages, chunk(doc.id, pages), gazetteer, BASE).facts
    short = [(f.s if isinstance(f.s, str) else f.s.value, f.o if isinstance(f.o, str) else f.o.value)
             for f in facts if f.p == "dcterms:creator"]
    return {o.removeprefix(BASE).split("/")[-1] for s, o in short if s == f"{BASE}id/doc/{name}"}


@pytest.mark.parametrize("suffix", ["md", "pdf"])
@pytest.mark.parametrize("name,bodies", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_authorship_list_probe_round8(gazetteer, name, bodies, suffix):
    assert set(bodies) <= _creators(gazetteer, name, suffix)


@pytest.mark.parametrize("suffix", ["md", "pdf"])
@pytest.mark.parametrize("name,allowed", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_authorship_list_lookalike_round8(gazetteer, name, allowed, suffix):
    assert _creators(gazetteer, name, suffix) <= set(allowed)
