"""Probes (round 49): the bodies a document credits through their people, "written by the Science Working Group with
contributions from experts of NASA, ESA and JAXA", "with input from representatives of A and B", as it credits them by
name ("with contributions from ASI, CNES and DLR").  Near misses: experts of bodies at a gathering or reviewing
something else than the document.  Written in this round's own names and wording."""

from __future__ import annotations

import pytest


def _creators(result) -> set[str]:
    return {o for s, p, o in result.facts if s == "id/doc/test-doc" and p == "dcterms:creator"}


@pytest.mark.parametrize("text, creators", [
    ("Regolith Paper\nThis paper was written by the ISECG Science Working Group with contributions from experts of "
     "NOSA, POLSA and KARI.", {"id/org/nosa", "id/org/polsa", "id/org/kari"}),
    ("Regolith Paper\nThis paper was prepared by the Secretariat with input from representatives of UKSA and ASA.",
     {"id/org/uksa", "id/org/asa"}),
])
def test_bodies_credited_through_their_people(extract, text, creators):
    assert creators <= _creators(extract(text, title=text.split("\n")[0]))


@pytest.mark.parametrize("text", [
    "Regolith Paper\nThe workshop gathered experts from NOSA, POLSA and KARI in Oslo.",
    "Regolith Paper\nExperts of NOSA and POLSA reviewed the rover designs at the Oslo workshop.",
])
def test_experts_of_bodies_not_credited_with_the_document(extract, text):
    assert _creators(extract(text, title=text.split("\n")[0])) == set()
