"""Round 18 probes: the agency hosting the unit that issued a document is one of its authors (the golds of sets m,
n, q, u, ab, ac, z and ad credit the agency that hosts the ISECG Secretariat with what the Secretariat prepared)."""

import pytest

DOC = "id/doc/test-doc"


def _creators(r) -> set[str]:
    return {o for s, p, o in r.facts if s == DOC and p == "dcterms:creator"}


@pytest.mark.parametrize("text", [
    "Annual Report 2031\nActivities of the group in 2031\nPrepared by the ISECG Secretariat, hosted by the European "
    "Space Agency (ESA) at ESTEC\n1. Foreword\nThe year was busy.",
    "Annual Report 2031\nPrepared by the ISECG Secretariat (hosted by ESA) on behalf of the member agencies.\n"
    "1. Foreword\nThe year was busy.",
    "Record of the meeting\nRecord prepared by the ISECG Secretariat, 9 March 2031.\nDecisions\nThe Secretariat (ESA) "
    "will circulate this record to all members.",
    "Annual Report 2031\nIssued by the ISECG Secretariat in March 2032.\nThe year in brief\nThe report was drafted by "
    "the Secretariat, which is hosted at ESA/ESTEC, and reviewed by the members.",
    "The roadmap.\n\f© 2031 ISECG. Produced by the ISECG Secretariat, hosted by ESA.",
    # its people credited: "Editorial support: <person>, <unit> (<host>)"
    "Benefits of Exploration\nA white paper of ISECG\nAuthors: Anna Berg (DLR); Ruth Kim (NASA). Editorial support: "
    "Marta Vries, ISECG Secretariat (ESA). Endorsed by the agencies.\n1. Why\nThe text goes on here.",
    "Annual Report 2031\nCompiled by the ISECG Secretariat, c/o ESA ESTEC, Noordwijk, the Netherlands\nThe year in "
    "brief\nThe year was busy.",
    "Annual Report 2031\nA year of work Issued on 2 May 2032 | Drafted by the group's Secretariat, which ESA hosts\n"
    "The year in brief\nISECG met twice, and the International Space Exploration Coordination Group grew.",
])
def test_the_host_of_the_issuing_unit_is_an_author(extract, text):
    r = extract(text, title="Annual Report 2031", year=2031)
    creators = _creators(r)
    assert "id/org/isecg-secretariat" in creators or any(
        s in creators for s, p, o in r.facts if p == "schema:affiliation" and o == "id/org/isecg-secretariat")
    assert "id/org/esa" in creators


@pytest.mark.parametrize("text", [
    # the unit did not issue it: its host is no author
    "Annual Report 2031\nPrepared by NASA for the members.\nThe ISECG Secretariat, hosted by ESA, keeps the records.",
    # another body whose name ends in the unit's head noun, its acronym in brackets
    "Annual Report 2031\nPrepared by the ISECG Science Working Group.\nComments came from the Lunar Exploration "
    "Analysis Group (ESA) and others.",
    # one of its people spoke, none wrote
    "Annual Report 2031\nPrepared by NASA.\nMarta Vries, ISECG Secretariat (ESA), opened the session.",
    # the unit's thanks to an agency, not its host
    "Annual Report 2031\nIssued by the ISECG Secretariat.\nThe Secretariat thanks ESA (ESTEC) for the rooms it lent.",
    # an event the unit hosted
    "Annual Report 2031\nIssued by the ISECG Secretariat.\nThe workshop in Rome, hosted by ASI, drew 40 experts.",
])
def test_no_host_credited_without_a_hosted_unit_that_issued_it(extract, text):
    creators = _creators(extract(text, title="Annual Report 2031", year=2031))
    assert "id/org/esa" not in creators
    assert "id/org/asi" not in creators
