"""Stop 54 probes of a table of people under a header naming its columns ("Name Title Agency"), in plain lines, as a
PDF's text gives it (written with other people, titles and bodies than the development set's statement):

- each row's person is of the body the row names, their title between ("Ana Lima Director General Brazilian Space
  Agency (AEB)"); a row wrapped onto the lines below; a row whose body no list has is passed over, the table going on;
- under a lead-in naming signatories, or in a statement, the people and their bodies are the document's makers.

Negatives: no makers from a table of people that signed nothing; the table ends at prose; no header, no table."""

from __future__ import annotations

import pytest

TABLE = ("Name Title Agency\nAna Lima Director General Brazilian Space Agency (AEB)\nPeter MacLeod President Canadian "
         "Space Agency (CSA)\nHans-Peter\nMüller\nChair of the Executive\nBoard\nDLR (German Aerospace Center)\n"
         "Sofia Rossi President Space Agency of Atlantis (SAA)\nKenta Mori President Japan Aerospace Exploration "
         "Agency (JAXA)\nThe meeting closed at noon. NASA thanked the hosts.\n")


def _affiliations(r) -> set[tuple[str, str]]:
    return {(s.removeprefix("id/person/"), o.removeprefix("id/org/")) for s, p, o in r.facts
            if p == "schema:affiliation" and s.startswith("id/person/")}


def _makers(r) -> set[str]:
    return {o for s, p, o in r.facts if s == "id/doc/test-doc" and p == "dcterms:creator"}


WANTED = {("ana-lima", "aeb"), ("peter-macleod", "csa"), ("hans-peter-muller", "dlr"), ("kenta-mori", "jaxa")}


def test_each_row_a_person_of_a_body(extract):
    text = "Heads of Agencies Meeting — Record\nTokyo, 3 May 2031\nThe heads of agency met.\n" + TABLE
    found = _affiliations(extract(text, title="Heads of Agencies Meeting — Record", year=2031))
    assert WANTED <= found and not any(p == "kenta-mori" and o != "jaxa" for p, o in found)
    assert "id/org/aeb" not in _makers(extract(text, title="Heads of Agencies Meeting — Record", year=2031))


@pytest.mark.parametrize(("title", "lead"), [
    ("Joint Statement on Lunar Cooperation", "The heads of agency met in Tokyo on 3 May 2031.\n"),
    ("Lunar Cooperation Record", "The names and agencies of the signatories are given below.\n"),
])
def test_signatories_are_the_documents_makers(extract, title, lead):
    r = extract(title + "\n" + lead + TABLE, title=title, year=2031)
    assert {"id/org/aeb", "id/org/csa", "id/org/dlr", "id/org/jaxa", "id/person/ana-lima"} <= _makers(r)
    assert "id/org/nasa" not in _makers(r)


def test_no_header_no_table(extract):
    text = "Heads of Agencies Meeting — Record\nThe heads of agency met.\n" + TABLE.split("\n", 1)[1]
    assert ("peter-macleod", "csa") not in _affiliations(extract(text, title="Record", year=2031))
