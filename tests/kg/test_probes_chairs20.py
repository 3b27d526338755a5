"""Probes for the person holding the chair of the body the documents are about, round 20 (kg/rules_roles.py): the
body's chair a title after a person's name and agency ("Sofia Marin, Spanish Space Agency (AEE), ISECG Chair", in a
quote's signature), the chair named before the person ("opened by the ISECG Chair, Lars Holm of NOSA"), the chair
handed over to a person, a person acting as chair, or a person as the incoming chair, no other group named.  Negatives: the chair of a session
or of a working group named in the sentence is no chair of the body; an agency after "ISECG chair" is no person;
words before the title that are no cells of a name (a verb) tie no one to it.  Written from how such documents state
it, not copied from the development sets.  The agency's chair is read beside the person's post, and in the perfect
tense ("has taken over the chair of ISECG")."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD

CHAIR = "https://w3id.org/isecg-kg/ontology#chair"


def _body_chairs(result) -> set[str]:
    """The people holding a chair post in ISECG."""
    posts: dict[str, dict] = {}
    for s, p, o in result.facts:
        if s.startswith("id/post/") or "/id/post/" in s:
            posts.setdefault(s, {})[p] = o if isinstance(o, str) else o.value
    return {d["org:heldBy"].rsplit("/", 1)[-1] for d in posts.values()
            if d.get("org:role") == CHAIR and str(d.get("org:postIn", "")).endswith("/isecg")}


POSITIVE = [
    ("title-after-agency", "“We plan together so that each of us can plan alone.” — Sofia Marin, Spanish Space "
     "Agency (AEE), ISECG Chair", {"sofia-marin"}),
    ("title-after-post", "Quote from Tomasz Nowak, POLSA Head of Exploration Programmes, incoming ISECG Chair.",
     {"tomasz-nowak"}),
    ("chair-before-person", "The plenary was opened by the ISECG Chair, Lars Holm of NOSA, who welcomed the new "
     "members.", {"lars-holm"}),
    ("bracketed-title", "Chair: Amani Njoroge, Kenya Space Agency (ISECG chair)", {"amani-njoroge"}),
    ("handed-to-person", "At the close of the Bern meeting in May 2015 she handed the chair over to Dr. Paulo Reis "
     "of AEB.", {"paulo-reis"}),
    ("acting-as-chair", "CNES chaired the group from 2009, with Claire Petit of CNES's Directorate of Strategy "
     "acting as chair.", {"claire-petit"}),
    ("incoming-chair", "The incoming chair, Ingrid Olsen of NOSA, set out the priorities of her term.",
     {"ingrid-olsen"}),
]

NEGATIVE = [
    ("session-chair", "The session on lunar resources was chaired by Marta Ruiz of ESA, and the ISECG Chair closed "
     "it.", set()),
    ("group-chair-named", "The TWG chair, Omar Haddad of UAESA, presented the gap assessment.", set()),
    ("agency-after-title", "The ISECG chair passed to the Norwegian Space Agency in 2021.", set()),
    ("verb-before-title", "Ravi Kumar said that NASA had agreed with the ISECG Chair.", set()),
    ("acting-lowercase-between", "Omar Haddad said the agency was acting as chair.", set()),
    ("handed-report", "He handed the report to Ana Lima of INPE.", set()),
]


@pytest.mark.parametrize("name, text, people", POSITIVE + NEGATIVE, ids=[c[0] for c in POSITIVE + NEGATIVE])
def test_body_chair_person(extract, name, text, people):
    assert _body_chairs(extract(HEAD + text, title="ISECG Annual Report", year=2022)) == people


def _agency_chairs(result) -> set[tuple[str, str]]:
    """(agency, period) of the chair memberships of ISECG (no person's post)."""
    nodes: dict[str, dict] = {}
    for s, p, o in result.facts:
        if s.startswith("id/chair/"):
            nodes.setdefault(s, {})[p] = o
    return {(d["org:member"].rsplit("/", 1)[-1], s.split("-isecg-")[-1]) for s, d in nodes.items()
            if str(d.get("org:organization")).endswith("/isecg")}


# the agency's chair in the perfect tense ("has taken over the chair"), the person's post beside it
AGENCY_CHAIRS = [
    ("has-taken-over", "The Norwegian Space Agency has taken over the chair of ISECG.", {("nosa", "2022")}),
    ("had-taken-the-chair", "By then CNES had taken the ISECG chair.", {("cnes", "2022")}),
    ("chair-and-person", "The ISECG Chair, Lars Holm of NOSA, opened the plenary.", {("nosa", "2022")}),
]


@pytest.mark.parametrize("name, text, chairs", AGENCY_CHAIRS, ids=[c[0] for c in AGENCY_CHAIRS])
def test_agency_chair_beside_person(extract, name, text, chairs):
    assert _agency_chairs(extract(HEAD + text, title="ISECG Annual Report", year=2022)) == chairs
