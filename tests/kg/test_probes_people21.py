"""Probes (round 21) for people and authorship: a byline whose affiliation letters the PDF ran onto the names, the
first name with its part in the work in brackets ("Lucía Romeroa (corresponding author), Tobias Lindgrenb, ..." over
"a Agencia Espacial Mexicana (AEM), Mexico City · b ..."), names truly ending in a letter a mark could be ("Ana Maria
Costaa"); a delegations table whose rows give a body's acronym, its full name, then the head of its delegation
("KARI Korea Aerospace Research Institute Min-seo Kang 3", "CSA – Canadian Space Agency Olivia Brennan (chair)
remote").  Look-alikes: a byline of names ending in a, b, c with no marks; a table of agencies with their seats.
PDFs in tests/data/probes/people21 (make_probes.py beside them); other wording than the evaluation sets."""

from __future__ import annotations

from pathlib import Path

from .conftest import probe_result

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "people21"


def _pdf(name: str):
    facts = probe_result(PROBES / f"{name}.pdf").facts
    creators = {o for s, p, o in facts if p == "dcterms:creator" and s == f"id/doc/{name}"}
    people = {(s.removeprefix("id/person/"), o.removeprefix("id/org/")) for s, p, o in facts
              if p == "schema:affiliation"}
    return creators, people


def test_letter_marks_run_onto_names_with_a_role():
    creators, people = _pdf("p01-letter-marks-role")
    assert people == {("lucia-romero", "aem"), ("tobias-lindgren", "lsa"), ("sarah-okonkwo", "uksa"),
                      ("ana-maria-costa", "aem"), ("emeka-bello", "dlr")}
    assert {"id/person/lucia-romero", "id/person/ana-maria-costa", "id/org/aem", "id/org/lsa", "id/org/uksa",
            "id/org/dlr"} <= creators


def test_names_ending_like_marks_are_kept_whole():
    creators, people = _pdf("n01-names-ending-like-marks")
    assert not people and not any("person" in c for c in creators)


def test_delegations_acronym_then_full_name():
    _, people = _pdf("p02-delegations-acronym-name")
    assert people == {("min-seo-kang", "kari"), ("harriet-lowe", "uksa"), ("rodrigo-salas", "aem")}


def test_delegations_dash_and_role_in_brackets():
    _, people = _pdf("p03-delegations-dash-chair")
    assert people == {("olivia-brennan", "csa"), ("haruto-ishikawa", "jaxa")}


def test_agencies_with_their_seats_have_no_people():
    _, people = _pdf("n02-agencies-acronym-seat")
    assert not people


CREDITS = "Compiled by (ISECG Exploration Roadmap Working Group)\nDr. Sören Lund ESA Working group co-lead\n" \
          "Dr. Jürgen Schäfer DLR Workshop organiser\nÉlise Fournier CNES Editor\n1. Purpose\nThe roadmap is reviewed.\n"


def test_credits_rows_of_accented_names_before_an_event_word(extract):
    """A row "Jürgen Schäfer DLR Workshop organiser": a person, their agency and role, no event "... Workshop"."""
    result = extract(CREDITS, title="Roadmap review")
    people = {(s.removeprefix("id/person/"), o.removeprefix("id/org/")) for s, p, o in result.facts
              if p == "schema:affiliation"}
    assert {("soren-lund", "esa"), ("jurgen-schafer", "dlr"), ("elise-fournier", "cnes")} <= people
    assert not any(s.startswith("id/event/") for s, p, o in result.facts)
