"""Structure probes for authorship, round 6: whole documents printed to PDF (headless Chromium) and read back through
the real ingestion, in shapes the earlier rounds had not written: the people thanked in the acknowledgements "who
contributed sections 3 and 4", a part of the document "written by" someone ("Sections 2 and 5 were written by Dr. A of
the UAE Space Agency; the remaining chapters were drafted by B"), people who "wrote the chapters on ...", a
"Contributors to this report" table whose body column comes first (its rows run into one line by the PDF), a
working group's members listed below its byline ("Its members are listed below."), "Prepared for ISECG by ...",
a byline "on the basis of contributions from ASI, CNES and JAXA", "Contributions were received from ..." in an
"About this report" section, writers' notes in "About the authors", a
sentence counting the bodies that made it with their table right below ("Nine agencies took part in the preparation
of this supplement." / Agency | Country), names with Czech and Polish letters
("Łukasz Wiśniewski", "Ing. Pavel Dvořák"), bodies no reference list has after the comma in an authors list
("Dr. Anna Lindqvist, Swedish National Space Agency"), footnote symbols for affiliations ("Ana Costa* and Erik
Lund†", the star's line taken for a list item by the ingestion), a head byline with the next head line run onto
it ("... Thomas Keller (DLR) Global Space Exploration
Conference, 2017"). And look-alikes: people thanked for hosting,
chairing or a keynote, speakers (with bodies no list has), reviewers, people quoted, a point of contact, session
chairs and panellists, signatories, a programme committee, data and imagery credits, an interview, another work's
section "written by", people "who contributed data", an annual report's members table under its byline, a study
"prepared for NASA by" a company, a secretariat's staff table, co-chairs and keynote speakers under a head byline,
a heading in capitals ("ANNEX Contributions (NASA)").
Written from how such documents are laid out, not from the evaluation sets; the markup each PDF was printed from
(/tmp/scratch/mkpdf.py's mini markup) lies beside it."""

from __future__ import annotations

import pytest


# (document, bodies credited, people credited with their bodies)
POSITIVES = [
    # "The editors thank Dr. A (AEB) and Prof. B (POLSA), who contributed sections 3 and 4, and ..."
    ("r6-q01-ack-contributed-sections", ["id/org/aeb", "id/org/polsa"],
     [("sofia-marquez", "id/org/aeb"), ("jan-kowalski", "id/org/polsa")]),
    # a "Writing team" list at the end; "Ing. Pavel Dvořák, Czech Space Office": a body no list has
    ("r6-q02-writing-team-end", ["id/org/esa", "id/org/nasa", "id/org/czech-space-office"],
     [("pavel-dvorak", "id/org/czech-space-office"), ("adebayo-okonjo", "id/org/nasa")]),
    # "prepared by the ISECG Technology Working Group. Its members are listed below." and an Agency | Name table
    ("r6-q03-wg-agency-name-table", ["id/group/twg", "id/org/nasa", "id/org/cnes", "id/org/kari", "id/org/uksa"],
     [("robert-hayes", "id/org/nasa"), ("park-ji-hoon", "id/org/kari"), ("emily-clarke", "id/org/uksa")]),
    # "Authors: José M. Álvarez (ESA), Zoë Müller-Schmidt (DLR), Łukasz Wiśniewski (POLSA)"
    ("r6-q04-diacritics-initials", ["id/org/esa", "id/org/dlr", "id/org/polsa"], []),
    # "Editor-in-chief: Dr. Anna Lindqvist, Swedish National Space Agency" run onto "Compiled by: Marco Ferri, ASI"
    ("r6-q06-editor-in-chief-compiled", ["id/org/asi", "id/org/swedish-national-space-agency"],
     [("anna-lindqvist", "id/org/swedish-national-space-agency"), ("marco-ferri", "id/org/asi")]),
    # "Ana Costa* and Erik Lund†" / "* Portugal Space, Lisbon" (read back as "- Portugal ...") / "† Norwegian ..."
    ("r6-q11-footnote-symbols", ["id/org/pt-space", "id/org/nosa"],
     [("ana-costa", "id/org/pt-space"), ("erik-lund", "id/org/nosa")]),
    # "Sections 2 and 5 were written by Dr. A of the UAE Space Agency; the remaining chapters were drafted by B of ..."
    ("r6-q13-passive-sections", ["id/org/uae-space-agency", "id/org/nosa"],
     [("omar-haddad", "id/org/uae-space-agency"), ("ingrid-solberg", "id/org/nosa")]),
    # "A (UKSA), who led the drafting of this white paper, and B (ESA) wrote the chapters on near-Earth asteroids."
    ("r6-q16-who-led-drafting", ["id/org/uksa", "id/org/esa"], [("fatima-benali", "id/org/esa")]),
    # "Contributors to this report", an Agency | Contributor table run into "CNES Élodie Marchand DLR Jürgen ..."
    ("r6-q17-contributors-table-agency-first-end", ["id/org/cnes", "id/org/dlr", "id/org/roscosmos"],
     [("elodie-marchand", "id/org/cnes"), ("jurgen-hoffmann", "id/org/dlr"), ("igor-smirnov", "id/org/roscosmos")]),
    # "Prepared for ISECG by the Canadian Space Agency and the Italian Space Agency"
    ("r6-q18-prepared-for-by", ["id/org/csa", "id/org/asi"], []),
    # "Compiled by the ISECG Secretariat on the basis of contributions from ASI, CNES and JAXA."
    ("r6-r01-compiled-contributions-from", ["id/org/isecg-secretariat", "id/org/asi", "id/org/cnes", "id/org/jaxa"], []),
    # "About the authors": "A is a systems engineer at the European Space Agency. B leads ... at NASA."
    ("r6-r05-about-the-authors-bios", ["id/org/esa", "id/org/nasa"],
     [("anna-berg", "id/org/esa"), ("tom-brandt", "id/org/nasa")]),
    # "About this report": "The report was edited by the ISECG Secretariat. Contributions were received from CSA, ..."
    ("r6-r14-contributions-received", ["id/org/isecg-secretariat", "id/org/csa", "id/org/dlr", "id/org/kari"], []),
    # "This white paper was made possible by contributions of experts from ASI, CNES and DLR."
    ("r6-r16-contributions-of-experts", ["id/org/asi", "id/org/cnes", "id/org/dlr"], []),
    # "Nine agencies took part in the preparation of this supplement." and an Agency | Country table right below
    ("r6-r21-supplement-agencies-involved", ["id/org/asi", "id/org/cnes", "id/org/dlr", "id/org/kari"], []),
    # a head byline, the conference line run onto it: "... Thomas Keller (DLR) Global Space Exploration Conference, 2017"
    ("r6-r07b-titlecase-run-on", ["id/org/jaxa", "id/org/cnes", "id/org/dlr"], [("thomas-keller", "id/org/dlr")]),
]

# Look-alikes: (document, creators allowed)
NEGATIVES = [
    ("r6-m01-thanks-hosting-chairing", []),
    ("r6-m02-speakers-talk-table", []),
    ("r6-m03-reviewers-heading-end", []),
    ("r6-m04-quoted-said", []),
    ("r6-m05-point-of-contact", []),
    ("r6-m06-session-chairs-panel", []),
    ("r6-m07-endorsed-signatories", []),
    ("r6-m08-programme-committee", []),
    ("r6-m09-data-provided", []),
    ("r6-m10-translated-by-interview", []),
    # "Section 3 of the 2018 roadmap was written by ...", "who contributed data for Figure 3"
    ("r6-m11-section-of-other-work", []),
    ("r6-m12-speakers-new-bodies", []),  # "Speakers" / "- Ing. Pavel Dvořák, Czech Space Office"
    # "This report was prepared by the ISECG Secretariat. The agencies that are members of ISECG are listed below."
    ("r6-m13-members-listed-body", ["id/org/isecg-secretariat"]),
    ("r6-m14-prepared-for-other", []),  # "The 2016 lander study, prepared for NASA by Lockheed Martin, ..."
    ("r6-m15-staff-table-end", []),  # "Secretariat staff" / Agency | Staff member
    # "Anna Berg (ESA), Tom Bell (NASA) Workshop Co-Chairs"; "ANNEX Contributions (NASA)" is no person
    ("r6-m16-cochairs-run-on", []),
    # "The Gateway was completed with contributions of hardware from ASI, CNES and DLR." (another work's)
    ("r6-m18-experts-other-work", []),
    ("r6-m17-keynote-caps", []),
    ("r6-m20-agencies-provided-modules", []),  # "Four agencies provided modules for the Gateway." and their table
    ("r6-m21-agencies-attended-list", []),  # "Six agencies attended the workshop." and their list  # "Hiroshi UEDA (JAXA), Marie DUBOIS (CNES) Keynote Speakers"
]


def test_caps_heading_words_are_no_people(authors_pdf):
    _, affiliations = authors_pdf("r6-m16-cochairs-run-on")
    assert not {person for person, _ in affiliations} & {"annex-contributions", "phase-two"}


@pytest.mark.parametrize("name,bodies,people", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_authorship_pdf_probe_round6(authors_pdf, name, bodies, people):
    creators, affiliations = authors_pdf(name)
    assert set(bodies) <= creators
    assert {f"id/person/{person}" for person, _ in people} <= creators
    assert set(people) <= affiliations


@pytest.mark.parametrize("name,allowed", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_authorship_pdf_lookalike_round6(authors_pdf, name, allowed):
    creators, _ = authors_pdf(name)
    assert creators <= set(allowed)
