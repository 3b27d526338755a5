"""Probes of round 14 for organisations (kg/rules_org, rules_people, discover): a member table whose year column
says since when each agency took part ("Participating since", "Active since"), its header cell wrapped or not; a
Markdown table of delegations a participants rule uses up ("| ASI | Ana Lima | Head ... |"), its people read all
the same; an authors table that a back matter's heading ends ("Acronyms", "References"), its last row a person,
an acronym and a role that is no writing ("Workshop organiser"); a byline run on from a head line that ends on its
date ("... published 2 October 2023 Prepared by ..., with contributions from ..."); a caption "Agencies that
developed/drafted the roadmap" over a table of bodies.
Look-alikes: a header with no since column, a table's place cell, contributions to something else, a caption on
another work. Written from how such documents are laid out, not copied from the development sets."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods


def _creators(result) -> set[str]:
    return {o.split("/")[-1] for s, p, o in result.facts if p == "dcterms:creator" and s == "id/doc/test-doc"}


def _people(result) -> set[tuple[str, str]]:
    return {(s.split("/")[-1], o.split("/")[-1]) for s, p, o in result.facts
            if p == "schema:affiliation" and s.startswith("id/person/")}


# --- a member table's since column -------------------------------------------------------------------------------
HEAD = "ISECG Annual Report {year}\nMembership\nThe table below lists the agencies of ISECG.\n"
ROWS = ("ASI Agenzia Spaziale Italiana (Italian Space Agency) Italy 2007\n"
        "KARI Korea Aerospace Research Institute Republic of Korea 2008\n"
        "UKSA UK Space Agency United Kingdom 2011\n")

SINCE_HEADERS = [
    ("participating-since-wrapped", "Acronym Agency Country Participating\nsince\n"),
    ("active-since", "Acronym Agency Country Active since\n"),
    ("participant-since-no-acronym", "Agency Country Participant since\n"),
]


@pytest.mark.parametrize("name,header", SINCE_HEADERS, ids=[h[0] for h in SINCE_HEADERS])
def test_member_since_header(extract, name, header):
    found = _periods(extract(HEAD.format(year=2013) + header + ROWS, year=2013))
    assert found == {"asi": {"from-2007"}, "kari": {"from-2008"}, "uksa": {"from-2011"}}


def test_no_since_column(extract):
    found = _periods(extract(HEAD.format(year=2013) + "Acronym Agency Country Contact person\n" + ROWS, year=2013))
    assert not any(p.startswith("from-") for periods in found.values() for p in periods)


# --- people in a Markdown table of delegations -------------------------------------------------------------------
DELEGATIONS = [
    ("head-of-delegation", "Summary of the ISECG Meeting, Rome, 2019\n\n### 2. Participants\n\n"
     "| Agency | Head of delegation | Function |\n|---|---|---|\n| ASI | Marta Ricci | Head, Exploration Office |\n"
     "| KARI | Jun-Ho Park | Director General |\n| NSAU | — | (by teleconference) |\n\n### 3. Opening\n\nThe chair opened.",
     {("marta-ricci", "asi"), ("jun-ho-park", "kari")}),
    ("representative-first", "Record of the ISECG Meeting, Paris, 2020\n\n## Attendees\n\n"
     "| Representative | Agency |\n|---|---|\n| Helen Carter | UKSA |\n| Tomas Ortega | ESA |\n\n## Agenda\n\nAdopted.",
     {("helen-carter", "uksa"), ("tomas-ortega", "esa")}),
]


@pytest.mark.parametrize("name,text,people", DELEGATIONS, ids=[d[0] for d in DELEGATIONS])
def test_delegation_table_people(extract, name, text, people):
    assert people <= _people(extract(text))


def test_delegation_table_place_is_no_person(extract):
    text = ("Record of the ISECG Meeting, 2020\n\n## Participants\n\n| Agency | Site |\n|---|---|\n"
            "| JAXA | Tsukuba Space Center |\n| CNES | Toulouse |\n\n## Agenda\n\nAdopted.")
    assert not _people(extract(text))


# --- an authors table ended by a back matter's heading ---------------------------------------------------------
CONTRIBUTORS = "Gap Assessment\n4 Findings\nThe group found two gaps.\n5 Contributors\nName Agency Role\n" \
               "Hiroshi Mori JAXA Lead author, robotics\n"


@pytest.mark.parametrize("last,back", [("Piero Valli ESA Workshop organiser", "Acronyms\nTWG Technology Working Group"),
                                       ("Lena Vogt DLR Meeting host", "6. References\nISECG Global Exploration Roadmap")],
                         ids=["workshop-acronyms", "meeting-references"])
def test_back_matter_ends_authors(extract, last, back):
    r = extract(CONTRIBUTORS + last + "\n" + back + "\n")
    person, body = last.split()[0].lower() + "-" + last.split()[1].lower(), last.split()[2].lower()
    assert {("hiroshi-mori", "jaxa"), (person, body)} <= _people(r)
    assert {"jaxa", body} <= _creators(r)


def test_named_workshop_stays_an_event(extract):
    r = extract("Report\nThe ESA Workshop on Lunar Resources was held in Noordwijk in 2019.")
    assert any(s.startswith("id/event/esa-workshop") for s, p, o in r.facts)


# --- bylines and captions crediting bodies -----------------------------------------------------------------------
BYLINES = [
    ("published-date", "Toward a Lunar Architecture\nWhite paper of the ISECG · published 2 October 2023\n"
     "Prepared by the Exploration Roadmap Working Group, with contributions from ASI, CNES, CSA,\nDLR and UKSA.\n"
     "1. Purpose\nThe paper describes plans.", {"erwg", "asi", "cnes", "csa", "dlr", "uksa"}),
    ("issued-year", "Mars Study\nISECG study note, issued March 2021\nCompiled by the ISECG Secretariat on the basis "
     "of contributions from JAXA, KARI and NASA.\n1. Scope\nThe note reviews options.", {"jaxa", "kari", "nasa"}),
]


@pytest.mark.parametrize("name,text,bodies", BYLINES, ids=[b[0] for b in BYLINES])
def test_run_on_byline(extract, name, text, bodies):
    assert bodies <= _creators(extract(text))


def test_contributions_to_other_thing(extract):
    r = extract("Gateway Note\nISECG note, issued 2021\nThe note recalls that contributions from ASI, CNES and DLR "
                "to the Gateway were agreed in 2020.\n1. Scope\nThe note reviews options.")
    assert not {"asi", "cnes", "dlr"} & _creators(r)


CAPTIONS = [
    ("developed", "Agencies that developed the roadmap\nAgency Full name\nASI Italian Space Agency\n"
     "CSA Canadian Space Agency\nUKSA UK Space Agency\n", {"asi", "csa", "uksa"}),
    ("drafted", "Organisations which drafted this document\nAgency Country\nCNES France\nJAXA Japan\nKARI Korea\n",
     {"cnes", "jaxa", "kari"}),
]


@pytest.mark.parametrize("name,table,bodies", CAPTIONS, ids=[c[0] for c in CAPTIONS])
def test_caption_credits_table(extract, name, table, bodies):
    r = extract("Global Exploration Roadmap Digest\nThe digest summarises the roadmap.\n" + table
                + "1. Goals\nThe agencies agreed on goals.", year=2011)
    assert _creators(r) == bodies


def test_caption_on_other_work(extract):
    r = extract("Global Exploration Roadmap Digest\nThe digest summarises the roadmap.\n"
                "Agencies that developed lunar landers for the Artemis programme\nAgency Country\nCNES France\n"
                "JAXA Japan\nKARI Korea\n1. Goals\nThe agencies agreed on goals.", year=2011)
    assert not {"cnes", "jaxa", "kari"} & _creators(r)


# --- a member count compared with an earlier one -----------------------------------------------------------------
def _counts(r) -> set[tuple[str, str]]:
    nodes = {o for s, p, o in r.facts if p == "isecg:memberCount" and "/new-" not in o and "-new-" not in o}
    value = {s: o for s, p, o in r.facts if p == "schema:value" and s in nodes}
    return {(value[s], o) for s, p, o in r.facts if p == "dcterms:date" and s in nodes}


COMPARED = [
    ("more-than-in", "ISECG now counts 21 member agencies, six more agencies than in 2018. The newcomers are listed.",
     2020, {("15", "2018")}),
    ("two-comparisons", "At 31 December 2025 ISECG had 29 member agencies, three more than at the close of 2022 and "
     "fourteen more than when the third roadmap appeared in January 2018. Three agencies joined.", 2025,
     {("29", "2025-12-31"), ("26", "2022-12"), ("15", "2018-01")}),
    ("fewer-than", "With its 12 members the Board has two fewer members than in 2019, when it was set up.", 2021,
     set()),  # another body's members: the Board is none the document's rules count
    ("members-fewer", "The ISECG had 30 member agencies in 2030, or two fewer agencies than in 2029.", 2031,
     {("30", "2030"), ("32", "2029")}),
]


@pytest.mark.parametrize("name,text,year,counts", COMPARED, ids=[c[0] for c in COMPARED])
def test_count_compared(extract, name, text, year, counts):
    found = _counts(extract(f"ISECG Annual Report {year}\nMembership\n" + text, year=year))
    assert counts <= found, found


def test_more_than_other_thing(extract):
    r = extract("ISECG Annual Report 2022\nMembership\nISECG counts 27 member agencies; the roadmap lists six more "
                "missions than in 2018.", year=2022)
    assert not any(c[0] == "21" for c in _counts(r))


# --- a list of members apposed with their shared joining date ----------------------------------------------------
SHARED = [
    ("both-admitted", "The newest members are the Polish Space Agency (POLSA) and the Kenya Space Agency (KSA), both "
     "admitted in 2022.", {"polsa": {"from-2022"}, "ksa": {"from-2022"}}),
    ("all-three-welcomed", "The group grew again: the Israel Space Agency, the Luxembourg Space Agency and the UAE "
     "Space Agency, all three welcomed in May 2019, joined the working groups.",
     {"isa": {"from-2019-05"}, "lsa": {"from-2019-05"}, "uae-space-agency": {"from-2019-05"}}),
]


@pytest.mark.parametrize("name,text,members", SHARED, ids=[s[0] for s in SHARED])
def test_shared_joining_date(extract, name, text, members):
    found = _periods(extract("ISECG Annual Report 2023\nMembership\nISECG counts 30 member agencies. "
                            + text, year=2023))
    assert all(members[m] <= found.get(m, set()) for m in members), found


def test_shared_other_standing(extract):
    found = _periods(extract("ISECG Annual Report 2023\nMembership\nThe Polish Space Agency and the Kenya Space "
                             "Agency, both admitted as observers in 2022, attended.", year=2023))
    assert not any(p.startswith("from-") for periods in found.values() for p in periods)


# --- a membership said to be approved ----------------------------------------------------------------------------
APPROVED = [
    ("for-x-membership", "- For the Polish Space Agency (POLSA), membership was approved at the meeting of 20 March "
     "2024 in Paris.", {"polsa": {"from-2024-03-20"}}),
    ("membership-of-confirmed", "The membership of the UAE Space Agency was confirmed on 2 June 2024 by the senior "
     "managers.", {"uae-space-agency": {"from-2024-06-02"}}),
    ("possessive-application", "LSA's application for membership was accepted in May 2024.", {"lsa": {"from-2024-05"}}),
]


@pytest.mark.parametrize("name,text,members", APPROVED, ids=[a[0] for a in APPROVED])
def test_membership_approved(extract, name, text, members):
    found = _periods(extract("ERWG Newsletter 2024\nISECG now counts 29 member agencies.\n" + text, year=2024))
    assert all(members[m] <= found.get(m, set()) for m in members), found


@pytest.mark.parametrize("text", ["ESA's membership in the Artemis programme was confirmed in May 2024.",
                                  "The membership of NASA in the Gateway board was approved on 2 June 2024."],
                         ids=["possessive-other-thing", "of-other-thing"])
def test_membership_of_other_thing(extract, text):
    found = _periods(extract("ERWG Newsletter 2024\nISECG now counts 29 member agencies.\n" + text, year=2024))
    assert not any(p.startswith("from-2024") for periods in found.values() for p in periods), found


# --- a person's post in a group, their agency in brackets after it ----------------------------------------------
POSTS = [
    ("working-group-co-lead", "Prepared by\nAna Lima, Exploration Roadmap Working Group co-lead (NASA)\n"
     "Kenji Mori, Technology Working Group lead (JAXA)\nContents", {("ana-lima", "nasa"), ("kenji-mori", "jaxa")},
     {("ana-lima", "erwg"), ("kenji-mori", "twg")}),
    ("contact-officer", "Contact: Laura Binns, ISECG communications officer (ESA)\n", {("laura-binns", "esa")}, set()),
]


@pytest.mark.parametrize("name,text,people,not_people", POSTS, ids=[p[0] for p in POSTS])
def test_post_in_group_then_agency(extract, name, text, people, not_people):
    found = _people(extract("ISECG Annual Report 2025\n" + text, year=2025))
    assert people <= found and not not_people & found, found


def test_post_bracket_not_a_body(extract):
    found = _people(extract("ISECG Annual Report 2025\nPrepared by\nAna Lima, Technology Working Group lead "
                            "(2019–2021)\nContents", year=2025))
    assert not {p for p in found if p[0] == "ana-lima" and p[1] not in ("twg",)}, found


# --- a release's label in the head names its issuer ------------------------------------------------------------
RELEASES = [
    ("org-dash-press-release", "# Agencies release a new roadmap\n\n**International Space Exploration Coordination "
     "Group (ISECG) — Press release**\n\n*For immediate release*\n\nPARIS, 19 September 2022 — The agencies released "
     "the roadmap.", "isecg"),
    ("media-release-of", "Lunar study published\nMedia release of the Canadian Space Agency\nFor immediate release\n"
     "LONGUEUIL, 3 May 2021 — The study was released today.", "csa"),
]


@pytest.mark.parametrize("name,text,issuer", RELEASES, ids=[r[0] for r in RELEASES])
def test_release_label_issuer(extract, name, text, issuer):
    assert issuer in _creators(extract(text, year=2022))


def test_release_label_without_body(extract):
    r = extract("Agencies release a new roadmap\nPress release\nFor immediate release\nPARIS, 19 September 2022 — "
                "NASA, ESA and JAXA today welcomed the roadmap.", year=2022)
    assert not {"nasa", "esa", "jaxa"} & _creators(r)
