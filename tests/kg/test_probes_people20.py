"""Probes (round 20) for people and authorship: a paper's author block of names set on lines of their own over their
bodies, long enough to run past the head's first lines (a two-column grid with raised marks, a unit before its body:
"Human Space Flight Centre, ISRO, Bengaluru"), and the lead a byline names ("Prepared by the X Task Team: A (DLR,
team lead); ...", "Prepared by: A (UK Space Agency), study lead; ...") with the people after the team's name credited.
Look-alikes: speakers set as an author block under "Speakers", a bold heading shaped like a name, a role after a
bracket outside a byline.  PDFs in tests/data/probes/people20 (make_probes.py beside them); other wording than the
evaluation sets."""

from __future__ import annotations

from pathlib import Path

from .conftest import probe_result

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "people20"


def _pdf(name: str):
    facts = probe_result(PROBES / f"{name}.pdf").facts
    creators = {o for s, p, o in facts if p == "dcterms:creator" and s == f"id/doc/{name}"}
    people = {(s.removeprefix("id/person/"), o) for s, p, o in facts if p == "schema:affiliation"}
    return creators, people


def test_grid_author_block_with_marks():
    creators, people = _pdf("p01-grid-marked-authors")
    assert {"id/org/aem", "id/org/lsa", "id/org/isro", "id/org/jaxa", "id/org/nso", "id/person/lucia-romero",
            "id/person/priya-k-natarajan", "id/person/joana-van-dijk"} <= creators
    assert {("lucia-romero", "id/org/aem"), ("tobias-lindgren", "id/org/lsa"), ("priya-k-natarajan", "id/org/isro"),
            ("kenji-morita", "id/org/jaxa"), ("joana-van-dijk", "id/org/nso")} <= people


def test_stacked_authors_without_marks():
    creators, people = _pdf("p02-stacked-authors")
    assert {"id/org/uksa", "id/org/aeb", "id/person/hannah-whitcombe", "id/person/mateus-carvalho"} <= creators
    assert {("hannah-whitcombe", "id/org/uksa"), ("mateus-carvalho", "id/org/aeb")} <= people


def test_speakers_set_as_an_author_block_are_no_authors():
    creators, people = _pdf("n02-speakers-stacked")
    assert not creators
    assert ("olivia-brennan", "id/org/csa") in people  # still of their body


def test_name_like_heading_is_no_person():
    creators, people = _pdf("n01-name-like-heading")
    assert not creators and not people


def _leads(result) -> set[str]:
    return {o.removeprefix("id/person/") for s, p, o in result.facts if p == "org:heldBy"
            if (s, "org:role", "https://w3id.org/isecg-kg/ontology#lead") in result.facts
            and (s, "isecg:postFor", "id/doc/test-doc") in result.facts}


HEAD = "Lunar Cargo Services\nInternational Space Exploration Coordination Group\n"
TAIL = "\n1. Scope\nThe study compares cargo services.\n"


def test_team_lead_in_a_byline_naming_its_team(extract):
    result = extract(HEAD + "Prepared by the ISECG Cargo Study Team: Joana Pires (Portugal Space, team lead); Ravi "
                     "Menon (ISRO); Claire Martin (Canadian Space Agency)." + TAIL)
    assert _leads(result) == {"joana-pires"}
    creators = {o for s, p, o in result.facts if p == "dcterms:creator"}
    assert {"id/person/joana-pires", "id/person/ravi-menon", "id/org/pt-space", "id/org/isro", "id/org/csa"} <= creators


def test_role_after_the_bracket_in_a_byline(extract):
    result = extract(HEAD + "Prepared by: Tomás Ruiz (Agencia Espacial Mexicana), study lead; Emma Clarke (UKSA)."
                     + TAIL)
    assert _leads(result) == {"tomas-ruiz"}


def test_role_after_the_bracket_outside_a_byline(extract):
    result = extract(HEAD + "Speakers: Tomás Ruiz (Agencia Espacial Mexicana), chair; Emma Clarke (UKSA)." + TAIL)
    assert not _leads(result) and not any(p == "org:heldBy" for _, p, _ in result.facts)
