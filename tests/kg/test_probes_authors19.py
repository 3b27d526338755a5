"""Probes of authorship (round 19): a heading of the agencies behind the document, then a paragraph of several
sentences introducing its table, then the table: each agency of the table is an author. NEGATIVE: three paragraphs
are no introduction; an annual report's participating agencies (its body's members) are no authors."""

from __future__ import annotations


def _creators(r) -> set[str]:
    return {o for s, p, o in r.facts if s == "id/doc/test-doc" and p == "dcterms:creator"}


TABLE = "Acronym Agency\nCNSA China National Space Administration\nKARI Korea Aerospace Research Institute\n" \
        "UKSA UK Space Agency\n3. Destinations\nThe agencies look at the Moon first."


def test_a_paragraph_of_sentences_introduces_the_table_of_authors(extract):
    r = extract("1. Purpose\nThe plan sets out shared steps.\n2. Contributing agencies\nThree agencies drafted this plan "
                "together. They appear below by acronym. Others reviewed it.\n" + TABLE,
                title="Lunar Logistics Plan 2026", year=2026)
    assert {"id/org/cnsa", "id/org/kari", "id/org/uksa"} <= _creators(r)


def test_three_paragraphs_before_a_table_introduce_none(extract):
    r = extract("1. Purpose\nThe plan sets out shared steps.\n2. Contributing agencies\nThree agencies drafted this plan "
                "together.\nThey met four times in 2025.\nThe plan went to the managers in March.\n" + TABLE,
                title="Lunar Logistics Plan 2026", year=2026)
    assert not {"id/org/cnsa", "id/org/kari", "id/org/uksa"} & _creators(r)


def test_an_annual_reports_members_after_a_paragraph_are_no_authors(extract):
    # (its participating agencies are the body's members, read by the membership tables)
    r = extract("1. Foreword\nThe year went well.\n2. Participating agencies\nThe forum is voluntary. Its members are "
                "agencies. They are listed below.\n" + TABLE, title="ISECG Annual Report 2026", year=2026)
    assert not {"id/org/cnsa", "id/org/kari", "id/org/uksa"} & _creators(r)
