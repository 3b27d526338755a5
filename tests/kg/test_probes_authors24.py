"""Probes (round 24): a paper's byline whose affiliation letters the text layer ran onto the names ("Sofia
Lindgrena,*, Pedro Alvesb, Kwame Mensahc, on behalf of ...") over affiliations keyed by the same letters: each
person of the body their letter names, and the byline read by its marks only (no "Kwame Mensahc" of the group they
write for).  Near misses: names that merely end in a letter an affiliation below is keyed by ("Ana Lima, Erik Lund"
over "a ..." / "b ...": "d" keys nothing, so nothing is cut), and an unmarked byline the other rules still read.
Written in other names, bodies and wording than the evaluation sets."""

from __future__ import annotations

MARKED = """IAC-22-B3.4.2
Sharing the Lunar South Pole: Agency Plans for the Next Decade
Sofia Lindgrena,*, Pedro Alvesb, Kwame Mensahc, on behalf of the ISECG Science Working Group
a Swedish National Space Agency, Solna, Sweden
b Portugal Space, Lisbon, Portugal
c NASA Headquarters, Washington, DC, USA
* Corresponding author
Abstract. This paper compares the landing sites agencies have chosen near the lunar south pole.
"""

OWN_LETTERS = """Water Ice at the Lunar Poles: Open Questions
Ana Lima, Erik Lund
a Swedish National Space Agency, Solna, Sweden
b Portugal Space, Lisbon, Portugal
Abstract. This paper reviews what orbiters have told about water ice.
"""

UNMARKED = """Lunar Surface Operations: Lessons from Analogue Campaigns
Maria Silva, Tomas Reed, on behalf of the ISECG Science Working Group
Abstract. This paper reviews analogue campaigns run by several agencies.
"""


def _people(result):
    return {(s, o) for s, p, o in result.facts if p == "schema:affiliation"}


def test_glued_letter_marks_read_by_their_keys(extract):
    result = extract(MARKED, title="Sharing the Lunar South Pole", year=2022)
    people = _people(result)
    assert ("id/person/sofia-lindgren", "id/org/swedish-national-space-agency") in people
    assert ("id/person/pedro-alves", "id/org/pt-space") in people
    assert ("id/person/kwame-mensah", "id/org/nasa-headquarters") in people
    # the name with its mark run on is no person of the group the authors write for
    assert not any(s.startswith("id/person/") and s.endswith(("lindgrena", "alvesb", "mensahc")) for s, _ in people)
    creators = {o for s, p, o in result.facts if p == "dcterms:creator"}
    assert {"id/org/nasa", "id/org/pt-space", "id/org/swedish-national-space-agency"} <= creators


def test_names_own_last_letters_are_no_marks(extract):
    result = extract(OWN_LETTERS, title="Water Ice at the Lunar Poles", year=2021)
    assert not any(s.startswith("id/person/ana-lim") and s != "id/person/ana-lima" for s, _ in _people(result))
    assert not any(p == "dcterms:creator" and o.startswith("id/person/") for _, p, o in result.facts)


def test_unmarked_byline_still_read_by_the_other_rules(extract):
    result = extract(UNMARKED, title="Lunar Surface Operations", year=2020)
    assert any(s == "id/person/tomas-reed" for s, _ in _people(result))
