"""Probes for bodies renamed or replaced by a successor, round 23 (kg/rules_renames.py): the old and the new body
each keep their IRI, joined by an org:ChangeEvent dated when the text dates the change; read from prose (a verb of
renaming or replacing, active, passive or a noun), asides ("(formerly X)", "(until 2016 the X)", "(now Y)", also
cut by a table cell's line wrap) and a note a table row calls with a mark.  Written in other words and of other bodies than the development sets.
Negatives: a body replacing another in a post (the chair, a lead) is no change of the body; a note's joining date is
not the change's; a body "as" a role names no former name."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD


def _changes(result) -> set[tuple[str, str, str | None]]:
    """(old slug, new slug, date or None) of each change event."""
    nodes: dict[str, dict] = {}
    for s, p, o in result.facts:
        if s.startswith("id/change/"):
            nodes.setdefault(s, {})[p] = o
    slug = lambda v: str(v).rsplit("/", 1)[-1]  # noqa: E731
    return {(slug(d["org:originalOrganization"]), slug(d["org:resultingOrganization"]),
             str(getattr(d["dcterms:date"], "value", d["dcterms:date"])) if "dcterms:date" in d else None) for d in nodes.values()}


CASES = [
    ("renamed-passive", "In March 2029 the Norwegian Space Centre was renamed the Norwegian Space Agency.",
     {("nosa", "nosa", None)} - {("nosa", "nosa", None)}),  # one body in the reference: no change of two IRIs
    ("renamed-new-acronym", "The Atlantis Rocket Centre (ARC) was renamed Atlantis Space Agency (ATSA) in 2031.",
     {("arc", "atsa", "2031")}),
    ("replaced-on-date", "The Borealis Space Office (BSO) was set up in 2020. The Borealis Space Agency (BOSA) "
     "replaced BSO on 3 May 2030 and took over its seat in the group.", {("bso", "bosa", "2030-05-03")}),
    ("which-replaced", "Borealis has been represented since 2030 by the Borealis Space Agency (BOSA), which replaced "
     "the Borealis Space Office (BSO).", {("bso", "bosa", "2030")}),
    ("replacement-of-by", "The Borealis Space Office (BSO) and the Borealis Space Agency (BOSA) are both named in the "
     "annex. The only change was the replacement of BSO by BOSA in 2030.", {("bso", "bosa", "2030")}),
    ("until-aside", "The Borealis Space Office (BSO) was a founder. Borealis Space Agency (BOSA) (until 2016 the "
     "Borealis Space Office)", {("bso", "bosa", "2016")}),
    ("row-wrapped", "The Borealis Space Office (BSO) was a founder.\nDelegations present:\nBorealis Space Agency "
     "(BOSA) (until\n2016 the BSO)\nCanadian Space Agency (CSA)", {("bso", "bosa", "2016")}),
    ("formerly-aside", "The Borealis Space Agency (BOSA) and the Borealis Space Office (BSO) are listed. "
     "BOSA (formerly BSO) hosted the workshop.", {("bso", "bosa", None)}),
    ("now-aside", "The Borealis Space Agency (BOSA) and the Borealis Space Office (BSO) are listed. "
     "BSO (now BOSA) signed the framework in 2007.", {("bso", "bosa", None)}),
    ("row-note", "Member agencies at 31 December 2031:\nAtlantis Space Agency (ATSA) ²\nCanadian Space Agency "
     "(CSA) ¹\n¹ Founding member.\n² A member since 2012 under the name Atlantis Rocket Centre (ARC); renamed in "
     "2019.", {("arc", "atsa", "2019")}),
    ("row-note-taking-over", "Members:\nAtlantis Space Agency (ATSA) ³\n³ Joined in June 2025, taking over the "
     "membership of the Atlantis Rocket Centre (ARC).", {("arc", "atsa", "2025-06")}),
    ("row-as-aside", "The Atlantis Rocket Centre (ARC) was a founder. CSA Canadian Space Agency Canada 2007 "
     "(founding, as ARC)", {("arc", "csa", None)}),
    # negatives: a post handed over; a role after "as"; one body only
    ("chair-replaced", "The Canadian Space Agency replaced JAXA as chair of ISECG on 12 June 2030.", set()),
    ("lead-succeeded", "In 2031 ESA succeeded NASA as lead of the Technology Working Group.", set()),
    ("joined-as-observer", "The Borealis Space Agency (BOSA) joined as an observer in 2030, with CSA.", set()),
    ("renamed-document", "The Canadian Space Agency renamed the roadmap in 2030.", set()),
]


@pytest.mark.parametrize("name, text, changes", CASES, ids=[c[0] for c in CASES])
def test_renames(extract, name, text, changes):
    got = _changes(extract(HEAD + text, title="ISECG Annual Report", year=2032))
    assert got == changes, got


def test_a_dated_change_is_an_event_of_its_date(extract):
    # (stop 52) the change event typed an event too, with its date and a name, so that timelines and event
    # questions find it; an undated change is no event
    r = extract(HEAD + "The Atlantis Rocket Centre (ARC) was renamed Atlantis Space Agency (ATSA) in 2031. The Borealis "
                "Space Office (BSO) was later renamed Borealis Space Agency (BOSA).", title="ISECG Annual Report", year=2032)
    events = {s for s, p, o in r.facts if p == "rdf:type" and str(o).endswith("schema.org/Event") and s.startswith("id/change/")}
    slots = {p: str(getattr(o, "value", o)) for s, p, o in r.facts if s in events}
    assert len(events) == 1 and slots["schema:startDate"] == "2031"
    assert slots["skos:prefLabel"] == "Atlantis Space Agency replaces Atlantis Rocket Centre"
