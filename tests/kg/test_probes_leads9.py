"""Structure probes for the posts people hold, round 9 (kg/rules_roles.py, and the editors of an authors section in
kg/rules_people.end_authors): who chairs, leads or co-leads a working group or the team behind a document, in other
wording and layout than the development sets — a credits line with the role after the agency in brackets ("Grace
Mensah (NASA, co-chair)"), a credits table printed to PDF by headless Chromium ("Ingrid Solberg (lead) | ESA, ESTEC"),
a group "co-chaired by A of CNES and B of JAXA", "A (Roscosmos), chair of the Technology Working Group", "the
Exploration Roadmap Working Group co-leads, A (ESA) and B (CNES)", "The team that prepared this report was jointly
led by A (DLR) and B (UAESA)", and an "Editorial board" heading over lines "Name — Body". Look-alikes: authors listed
with no role, a person presenting a group's report, a group led by an agency (a chair membership, no person), the
writers of articles after the editorial board."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.kg.extract import extract_document

BASE = "http://kg.test/"
FOLDER = Path(__file__).resolve().parents[1] / "data" / "probes" / "leads9"
LEAD, CHAIR = "https://w3id.org/isecg-kg/ontology#lead", "https://w3id.org/isecg-kg/ontology#chair"


def _facts(gazetteer, name: str) -> list[tuple[str, str, str]]:
    path = next(p for p in FOLDER.iterdir() if p.stem == name and p.suffix in (".md", ".pdf"))
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    facts = extract_document(doc, pages, chunk(doc.id, pages), gazetteer, BASE).facts
    short = lambda v: (v if isinstance(v, str) else v.value).removeprefix(BASE)  # noqa: E731
    return [(short(f.s), f.p, short(f.o)) for f in facts]


def _posts(facts) -> set[tuple[str, str, str]]:
    """(person, role, group or document) of every org:Post."""
    by = {}
    for s, p, o in facts:
        if s.startswith("id/post/"):
            by.setdefault(s, {})[p] = o
    return {(d["org:heldBy"].split("/")[-1], d["org:role"].split("#")[-1],
             (d.get("org:postIn") or d.get("isecg:postFor")).split("/")[-1]) for d in by.values()}


POSITIVES = [
    ("cis-lunar-logistics-study-2026", {("grace-mensah", "chair", "cis-lunar-logistics-study-2026"),
                                        ("lars-becker", "chair", "cis-lunar-logistics-study-2026")}),
    ("lunar-power-assessment-2026", {("ingrid-solberg", "lead", "lunar-power-assessment-2026")}),
    ("isecg-newsletter-2025", {("marie-dubois", "chair", "swg"), ("hiroshi-tanaka", "chair", "swg"),
                               ("elena-petrova", "chair", "twg"), ("sofia-lindqvist", "lead", "erwg"),
                               ("daniel-moreau", "lead", "erwg"), ("lucia-gomez", "chair", "erwg"),
                               ("park-ji-ho", "chair", "erwg")}),
    # rows of a writing team, the post a cell ("– co-lead of the Science Working Group;", "SWG co-lead, reviewer");
    # not "presented the report of the chair of the Technology Working Group"
    ("lunar-dust-white-paper-2026", {("yusuf-demir", "lead", "swg"), ("chloe-martin", "lead", "swg")}),
    ("mars-sample-workshop-2027", {("hannah-vogel", "lead", "mars-sample-workshop-2027"),
                                   ("omar-haddad", "lead", "mars-sample-workshop-2027")}),
]


@pytest.mark.parametrize("name,posts", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_posts_probe_round9(gazetteer, name, posts):
    assert _posts(_facts(gazetteer, name)) == posts  # the posts stated, and no other (the look-alikes beside them)


def test_editors_heading_probe_round9(gazetteer):
    facts = _facts(gazetteer, "isecg-newsletter-2025")
    editors = {o.split("/")[-1] for s, p, o in facts if p == "schema:editor"}
    assert editors == {"kofi-asante", "mei-lin"}  # not the articles' writers after the board


def test_lookalikes_round9(gazetteer):
    # authors with no role are no post holders nor editors; a group "led by" an agency stays the agency's chair
    facts = _facts(gazetteer, "mars-sample-workshop-2027")
    assert not {o for s, p, o in facts if p == "schema:editor"}
    assert ("id/org/csa", "twg") in {(o, "twg") for s, p, o in facts if p == "org:member"}
    # "Anna Berg (NASA) presented the Technology Working Group's survey": no post
    assert not any(person == "anna-berg" for person, _, _ in _posts(_facts(gazetteer, "isecg-newsletter-2025")))
