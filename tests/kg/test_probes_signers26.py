"""Probes (round 26): who signed or is quoted, with their titles and agencies.  A Markdown table of signatories
("| Name | Title | Agency |"): each person of the agency in their row, not of their title's cell, and the header's
column names no body; a letter's signature block ("Dr. A B" / "ISECG Chair" / "Director, ..., AGENCY"): the person
of the agency of their own title, not of the group they chair; a quotation's attribution with the post first ("— A B,
Head of the ISECG Secretariat (ESA)"): the person of the bracketed agency.  Near misses: a table whose first cells are
no people (a distribution list), a title cell beside a body no list has, a signature whose next line is prose, an
attribution to a body with no person.  Written in other names, bodies and wording than the evaluation sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.kg.extract import extract_document

from .conftest import BASE

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "signers26"


@pytest.fixture
def markdown(gazetteer):
    """markdown(name) -> {(s, p, o)} of a probe file through the real ingestion, IRIs as paths ("id/org/esa")."""
    def short(value) -> str:
        return (value if isinstance(value, str) else value.value).removeprefix(BASE)

    def run(name: str) -> set[tuple[str, str, str]]:
        path = PROBES / f"{name}.md"
        doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
        return {(short(f.s), f.p, short(f.o)) for f in extract_document(doc, pages, chunk(doc.id, pages), gazetteer,
                                                                         BASE).facts}
    return run


def _people(facts) -> set[tuple[str, str]]:
    return {(s.removeprefix("id/person/"), o) for s, p, o in facts if p == "schema:affiliation"}


def test_signatories_table_people_of_their_agency_cell(markdown):
    facts = markdown("declaration")
    assert {("paula-andrade", "id/org/pt-space"), ("henrik-lindqvist", "id/org/snsa"),
            ("daniel-okoro", "id/org/nasrda")} <= _people(facts)
    creators = {o for s, p, o in facts if p == "dcterms:creator" and s == "id/doc/declaration"}
    assert {"id/org/pt-space", "id/org/snsa", "id/org/nasrda", "id/person/henrik-lindqvist"} <= creators
    # neither the header's column names nor a title cell is a body
    assert not any(o.startswith(("id/org/name", "id/org/director", "id/org/head", "id/org/deputy")) for o in creators)


def test_table_of_no_people_makes_no_person(markdown):
    facts = markdown("cc-table")
    assert not _people(facts)
    assert not any(o.startswith("id/org/name") for _, p, o in facts if p == "dcterms:creator")


def test_title_cell_beside_unknown_body_is_no_body(markdown):
    facts = markdown("title-no-body")
    assert not any(o.startswith("id/org/director") for _, _, o in facts)


LETTER = """Dear Heads of Agency,
The group met twice this spring and agreed the outline of the next roadmap.
I would welcome your comments by 30 September 2021.
With best regards,
M. Okafor
Dr. Miriam Okafor
Technology Working Group Chair
Head, Lunar Systems Office, Canadian Space Agency
cc: ISECG Secretariat (ESA)
"""

LETTER_PROSE_BELOW = """Dear colleagues,
The group met twice this spring.
Yours sincerely,
Dr. Miriam Okafor
ISECG Chair
NASA will host the autumn meeting in Houston.
"""


def test_signature_block_person_of_their_titles_agency(extract):
    people = _people(extract(LETTER, title="Letter to Heads of Agency", year=2021).facts)
    assert ("miriam-okafor", "id/org/csa") in people
    assert not any(o in ("id/group/twg", "id/org/esa") for _, o in people)


def test_signature_over_prose_keeps_the_group(extract):
    people = _people(extract(LETTER_PROSE_BELOW, title="Letter", year=2021).facts)
    assert ("miriam-okafor", "id/org/nasa") not in people


QUOTES = """Agencies agree on the next lunar science priorities
The agencies met in Lisbon on 4 April 2024.
Quotes
“We are proud to host this meeting and to help set the science priorities.”
— Ricardo Conde, President, Portuguese Space Agency
“The new priorities give every partner a part to play.”
— Dr Ines Falk, Head of the ISECG Secretariat (ESA)
“Every partner has a part to play.”
— Portuguese Space Agency, press office
"""


def test_quoted_people_of_their_agencies(extract):
    people = _people(extract(QUOTES, title="Press release", year=2024).facts)
    assert {("ricardo-conde", "id/org/pt-space"), ("ines-falk", "id/org/esa")} <= people
    assert ("ines-falk", "id/org/isecg-secretariat") not in people  # the group of her post, not her employer
    assert not any(p.startswith(("portuguese", "press")) for p, _ in people)  # a body's attribution: no person
