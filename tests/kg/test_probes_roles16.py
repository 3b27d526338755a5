"""Probes for chairs and authors, round 16 (kg/rules_chair_forms, kg/rules_org, kg/rules_people): a chair table whose
header says "Period as Chair" / "Years as chair"; the chair "held by" a holder with an adverb between ("is currently
held by"), with no "of" ("The ISECG chair is held by"), or through "it" standing for the chair named before in the
sentence; a journal byline whose affiliation letters the PDF ran onto the names ("Ana Costaa,*, Tom Reedb"), with
"on behalf of" a group before the affiliations.  Negatives: a session's or a group's chair held by an agency is no
chair of ISECG; "it was held by" with no chair before it; names with no affiliation lines below them.  Written from
how such documents are laid out, not copied from the development sets.

Group leads: a table of the groups with a lead column ("Group Focus Lead in 2018"), its cells wrapped by the PDF, each
group's lead agencies its chairs; a group "chaired by" an agency with an aside between ("The TWG, created in 2008, is
chaired by CSA").  Negatives: a table of groups with no lead column; an aside before the verb of a workshop's chair.

Credits of a gathering's record: "Proceedings edited by A (ESA) and B (NASA)", "Report compiled by ..." (the document
named by its kind before the verb) credit the editors and their agencies; the "Participating agencies: ..." of a
document a workshop or meeting titles took part in the gathering and wrote nothing (the roadmap's still wrote it)."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD, _isecg_chairs

# (name, text, document year, {(holder slug, period label)} of the ISECG chair)
CHAIRS = [
    ("period-as-chair-table", "The chair has been held as follows:\nAgency Period as Chair\nNASA 2007 – 2010\n"
     "Canadian Space Agency July 2012 – 30 September 2014\nEuropean Space Agency from 1 October 2014\nArticle 5 — Outputs",
     2015, {("nasa", "2007-to-2010"), ("csa", "2012-07-to-2014-09-30"), ("esa", "from-2014-10-01")}),
    ("years-as-chair-header", "Years as chair Agency\n2016–2019 NASA\n2019–2021 JAXA", 2021,
     {("nasa", "2016-to-2019"), ("jaxa", "2019-to-2021")}),
    ("it-is-held-by", "The chair rotates among the members; in 2018 it is held by the Japan Aerospace Exploration "
     "Agency.", 2018, {("jaxa", "2018")}),
    ("currently-held-by", "The chair of ISECG is currently held by CNES.", 2022, {("cnes", "2022")}),
    ("held-by-date-after", "The ISECG chairmanship was held by KARI in 2020.", 2021, {("kari", "2020")}),
]

NOT_CHAIRS = [
    ("group-chair-held", "The TWG chair is held by NASA.", 2018),
    ("vice-chair-held", "The vice-chair of ISECG is currently held by NASA.", 2018),
    ("it-without-chair", "The workshop took place in Bremen in 2019; it was held by DLR.", 2019),
    # a group's name the PDF broke over two lines: "Group" opening the line is no name of the body
    ("line-broken-group-aside", "Four groups reported in 2021. The Science Working\nGroup, set up in 2016, was chaired "
     "by ASI.", 2021),
]


@pytest.mark.parametrize("name, text, year, chairs", CHAIRS, ids=[c[0] for c in CHAIRS])
def test_chair_read(extract, name, text, year, chairs):
    assert chairs <= _isecg_chairs(extract(HEAD + text, title="ISECG Annual Report", year=year))


@pytest.mark.parametrize("name, text, year", NOT_CHAIRS, ids=[c[0] for c in NOT_CHAIRS])
def test_no_chair_of_the_body(extract, name, text, year):
    assert _isecg_chairs(extract(HEAD + text, title="ISECG Annual Report", year=year)) == set()


TITLE = "Journal of Space Policy · Volume 12 (2020) 1–10\nA shared pathway to the Moon and Mars\n"
ABSTRACT = "\nAbstract — The paper reviews the coordination of exploration plans among space agencies."

# (name, byline and affiliations, {(person slug, body slug)}, creators)
BYLINES = [
    ("glued-letters-on-behalf", "Ana Costaa,*, Tom Reedb, Hana Satoc, on behalf of the ISECG Technology Working Group "
     "a NASA Headquarters, Washington, DC, USA\nb Canadian Space Agency, Saint-Hubert, Canada\nc Japan Aerospace "
     "Exploration Agency (JAXA), Tsukuba, Japan\n- Corresponding author.",
     {("ana-costa", "nasa-headquarters"), ("tom-reed", "csa"), ("hana-sato", "jaxa")}, {"nasa", "csa", "jaxa"}),
    ("glued-letters-lines-below", "Lena Vogta, Paul Dunnb,*\na German Aerospace Center (DLR), Cologne, Germany\n"
     "b European Space Agency, ESTEC, Noordwijk, the Netherlands",
     {("lena-vogt", "dlr"), ("paul-dunn", "esa")}, {"dlr", "esa"}),
]


def _people(result) -> set[tuple[str, str]]:
    return {(s.removeprefix("id/person/"), o.rsplit("/", 1)[-1]) for s, p, o in result.facts if p == "schema:affiliation"}


@pytest.mark.parametrize("name, byline, people, creators", BYLINES, ids=[b[0] for b in BYLINES])
def test_glued_marks_byline(extract, name, byline, people, creators):
    result = extract(TITLE + byline + ABSTRACT, title="A shared pathway", year=2020)
    assert people <= _people(result)
    assert creators <= {o.rsplit("/", 1)[-1] for s, p, o in result.facts
                        if p == "dcterms:creator" and s == "id/doc/test-doc"}


def test_names_without_affiliation_lines(extract):
    """Names ending in a letter a mark could be, with no affiliations by mark below: no one is cut short."""
    result = extract(TITLE + "Anna Berg, Tom Reed, on behalf of the ISECG Technology Working Group\n" + ABSTRACT,
                     title="A shared pathway", year=2020)
    assert not {p for p, _ in _people(result) if p in ("anna-ber", "tom-ree")}


def _group_chairs(result) -> set[tuple[str, str]]:
    facts = result.facts
    nodes = {s for s, p, o in facts if p == "org:role" and o == "https://w3id.org/isecg-kg/ontology#chair"}
    return {(next(o for s, p, o in facts if s == n and p == "org:member").rsplit("/", 1)[-1],
             next(o for s, p, o in facts if s == n and p == "org:organization").rsplit("/", 1)[-1]) for n in nodes}


GROUP_LEADS = [
    ("wrapped-lead-table", "Working groups\nGroup Focus Lead in 2019\nExploration Roadmap Working Group\n(ERWG)\n"
     "Mission scenarios and roadmap editions NASA\nTechnology Working Group (TWG) Technology gaps and the map\n"
     "ESA and JAXA (co-leads)\nScience Working Group (SWG) Science enabled by human missions\nCNES\n"
     "The groups report to the heads of agency every year in the autumn.",
     {("nasa", "erwg"), ("esa", "twg"), ("jaxa", "twg"), ("cnes", "swg")}),
    ("markdown-led-by", "| Team | Led by |\n|---|---|\n| Science Working Group | ASI |\n"
     "| Technology Working Group | CSA, DLR and KARI |",
     {("asi", "swg"), ("csa", "twg"), ("dlr", "twg"), ("kari", "twg")}),
    ("aside-before-chaired", "The Technology Working Group, created in 2008 by the agencies, is chaired by CSA.",
     {("csa", "twg")}),
    ("aside-set-up", "The Science Working Group, set up in 2016, was chaired by ASI.", {("asi", "swg")}),
]

NOT_GROUP_LEADS = [
    ("no-lead-column", "Working groups\nGroup Focus Members\nScience Working Group (SWG) Science by human missions\n"
     "CNES\nTechnology Working Group (TWG) Technology gaps NASA"),
    ("workshop-aside", "The lunar workshop, held in Bremen in May, was chaired by DLR."),
    # a list below the table, after a heading, is none of its rows
    ("list-after-table", "| Working group | Chair |\n|---|---|\n| Science Working Group | ASI |\n\n### Acronyms\n\n"
     "- **TWG** — Technology Working Group\n- **DLR** — German Aerospace Center"),
]


@pytest.mark.parametrize("name, text, leads", GROUP_LEADS, ids=[g[0] for g in GROUP_LEADS])
def test_group_leads(extract, name, text, leads):
    assert leads <= _group_chairs(extract(HEAD + text, title="ISECG Fact Sheet", year=2019))


@pytest.mark.parametrize("name, text", NOT_GROUP_LEADS, ids=[g[0] for g in NOT_GROUP_LEADS])
def test_no_group_leads(extract, name, text):
    assert not {c for c in _group_chairs(extract(HEAD + text, title="ISECG Fact Sheet", year=2019))
                if c in {("cnes", "swg"), ("nasa", "twg"), ("dlr", "twg")}}


def _creators(result) -> set[str]:
    return {o.rsplit("/", 1)[-1] for s, p, o in result.facts if p == "dcterms:creator" and s == "id/doc/test-doc"}


BODY = "\n1. Background\nThe agencies discussed the science that human missions to the Moon would enable.\n"


@pytest.mark.parametrize("name, title, text, credited", [
    ("proceedings-edited-by", "Proceedings of the Lunar Science Workshop",
     "Proceedings of the Lunar Science Workshop\nProceedings edited by Ana Lima (ESA) and Tom Reed (NASA Ames Research "
     "Center), with help from the Secretariat." + BODY + "Participating agencies: ASI, CNES, CSA, JAXA, KARI.",
     {"esa", "nasa", "ana-lima", "tom-reed"}),
    ("report-compiled-by", "Report of the Mars Sample Meeting",
     "Report of the Mars Sample Meeting\nReport compiled by Hana Sato (JAXA)." + BODY +
     "Participating agencies: ESA, DLR and UKSA.", {"jaxa", "hana-sato"}),
])
def test_gathering_record_credits(extract, name, title, text, credited):
    assert _creators(extract(text, title=title, year=2015)) == credited


def test_participating_agencies_of_a_roadmap_wrote_it(extract):
    text = "The Lunar Roadmap\nInternational Space Exploration Coordination Group\n" + BODY + \
        "Participating agencies: ASI, CNES, CSA, JAXA, KARI."
    assert {"asi", "cnes", "csa", "jaxa", "kari"} <= _creators(extract(text, title="The Lunar Roadmap", year=2015))
