"""Round 30 probes of memberships of ISECG stated with no joining verb, or with one the rules did not read: in lists,
tables, front matter and footnotes, as a present state, by the body's make-up, in apposition, since a date, in other
names, dates and wording than the development sets':

- a list under a label or a heading ("ISECG member agencies:", "Members of ISECG" with no colon, "Participating
  agencies" under the body named), one a line, bulleted, separated by dots, in a table or keyed by country;
- "ISECG comprises / consists of / is made up of / brings together [N agencies:] A, B and C", "ISECG's membership
  includes A and B", "Members of ISECG include A and B" (the body the subject, named);
- "A is a member of ISECG", "A and B are ISECG members", "A, which is part of ISECG,", "A, B and C participate in ISECG";
- "A, ISECG's newest member,", "A, one of ISECG's 27 member agencies,";
- "A has been part of / has participated in ISECG since 2011 (since its creation in 2007)";
- "ISECG welcomes A as a new member", "A has joined the ranks of ISECG", "In 2031 A became part of ISECG";
- a footnote listing the members a dated count of them calls, its mark after the sentence's full stop;
- a chair of ISECG: one of its members (the chair rotates among them);
- "Two of them joined only this autumn: A in September and B in November" (the joining counted, its time said in
  words, the members after a colon).

Negatives: attendees, observers, candidates and former members; contributors and authors; members of a working group,
a team or another body; a plan or an application to join; a membership denied or in the future; the body's events
("participates in ISECG meetings"), products ("the ISECG roadmap includes ...") and gatherings ("the meeting brought
together ..."); "observers at ISECG include ..."; joinings of a workshop, a team or as observers;
a footnote called by a sentence of observers or attendees, or by the sentence before; a chair of a working group or a
session.
"""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2031\n"
NEWS = "ISECG news release\nGeneva, 4 May 2031\n"
TERMS = "ISECG Terms of Reference\n2.1 Membership is open to space agencies. "
MINUTES = "Minutes of the ISECG senior managers meeting, Lisbon, 3 June 2031\n"


def _isecg(r) -> set[str]:
    """The members of ISECG (not of another body)."""
    return {o.removeprefix("id/org/") for s, p, o in r.facts
            if p == "org:member" and s.startswith("id/membership/") and "-isecg" in s}


@pytest.mark.parametrize(("text", "members"), [
    # lists under a label or heading
    (REPORT + "ISECG member agencies:\nNASA\nESA\nJAXA\nCanadian Space Agency (CSA)\nItalian Space Agency (ASI)\n\n"
     "Activities\nThe group met twice.", {"nasa", "esa", "jaxa", "csa", "asi"}),
    (REPORT + "Members of ISECG\n- NASA (United States)\n- ESA (Europe)\n- CNES (France)\n- DLR (Germany)\n\nMeetings\n"
     "The group met in Oslo.", {"nasa", "esa", "cnes", "dlr"}),
    (REPORT + "Table 2. ISECG members\n| Agency | Country | Member since |\n|---|---|---|\n| NASA | United States | 2007 |\n"
     "| LSA | Luxembourg | 2019 |\n| POLSA | Poland | 2019 |", {"nasa", "lsa", "polsa"}),
    (REPORT + "The member agencies of ISECG\nAgency Country\nNASA United States\nJAXA Japan\nCNES France\n"
     "KARI Republic of Korea", {"nasa", "jaxa", "cnes", "kari"}),
    (REPORT + "Current members: ASI, CNES, CSA, DLR, ESA, JAXA, NASA.", {"asi", "cnes", "csa", "dlr", "esa", "jaxa", "nasa"}),
    (REPORT + "ISECG member agencies (by country): Canada (CSA), France (CNES), Germany (DLR), Italy (ASI), Japan (JAXA).",
     {"csa", "cnes", "dlr", "asi", "jaxa"}),
    (REPORT + "ISECG members by country\nCanada — CSA\nItaly — ASI\nJapan — JAXA\nNorway — NOSA", {"csa", "asi", "jaxa", "nosa"}),
    (REPORT + "ISECG member agencies:\n- Baltic Space Office (BSO)\n- NASA\n- ESA", {"bso", "nasa", "esa"}),
    (REPORT + "The chair rotates yearly.¹\n¹ ISECG members at the time: NASA, ESA, JAXA, CSA, ASI and DLR.",
     {"nasa", "esa", "jaxa", "csa", "asi", "dlr"}),
    ("Global Exploration Roadmap Supplement\nISECG member agencies\nASI · CNES · CSA · DLR · ESA · JAXA · KARI · NASA\n\n"
     "1. Introduction\nThis supplement updates the roadmap.", {"asi", "cnes", "csa", "dlr", "esa", "jaxa", "kari", "nasa"}),
    (NEWS + "The following agencies participate in ISECG: ASI, CNES, CSA, DLR and ESA.", {"asi", "cnes", "csa", "dlr", "esa"}),
    # the body's make-up
    (NEWS + "ISECG comprises 5 agencies: NASA, ESA, JAXA, CSA and ASI.", {"nasa", "esa", "jaxa", "csa", "asi"}),
    (NEWS + "ISECG brings together four agencies — NASA, ESA, JAXA and CSA — to coordinate exploration.",
     {"nasa", "esa", "jaxa", "csa"}),
    (NEWS + "The group consists of six space agencies: CNES, DLR, UKSA, KARI, ISRO and CNSA.",
     {"cnes", "dlr", "uksa", "kari", "isro", "cnsa"}),
    (NEWS + "ISECG is made up of NASA, ESA, JAXA, CSA, ASI and CNES.", {"nasa", "esa", "jaxa", "csa", "asi", "cnes"}),
    (NEWS + "ISECG's membership includes NASA, ESA, JAXA, KARI and the Luxembourg Space Agency.",
     {"nasa", "esa", "jaxa", "kari", "lsa"}),
    (NEWS + "Members of ISECG include NASA, ESA, DLR and the UK Space Agency.", {"nasa", "esa", "dlr", "uksa"}),
    (NEWS + "ISECG's members are NASA, ESA, JAXA, CSA and KARI.", {"nasa", "esa", "jaxa", "csa", "kari"}),
    # a present state
    (NEWS + "The Luxembourg Space Agency is a member of ISECG.", {"lsa"}),
    (NEWS + "Both NOSA and POLSA are ISECG members.", {"nosa", "polsa"}),
    (NEWS + "The Romanian Space Agency, which is part of ISECG, hosted the workshop.", {"rosa"}),
    (NEWS + "NASA, ESA, JAXA and CSA participate in ISECG.", {"nasa", "esa", "jaxa", "csa"}),
    # in apposition
    (NEWS + "The Polish Space Agency (POLSA), ISECG's newest member, will host the next meeting.", {"polsa"}),
    (NEWS + "POLSA, the newest member of ISECG, presented its plans.", {"polsa"}),
    (NEWS + "ASI, one of ISECG's 27 member agencies, hosted the meeting.", {"asi"}),
    (NEWS + "The Andean Space Agency (ANSA) became a member of ISECG in May 2031.", {"ansa"}),
    # joinings
    (NEWS + "ISECG welcomes the Norwegian Space Agency as a new member.", {"nosa"}),
    (NEWS + "The Norwegian Space Agency has joined the ranks of ISECG.", {"nosa"}),
    (NEWS + "In 2031 the Romanian Space Agency became part of ISECG.", {"rosa"}),
    (NEWS + "The Luxembourg Space Agency was welcomed as the 21st member of ISECG in March 2031.", {"lsa"}),
    (NEWS + "Membership grew to 22 with the addition of the Norwegian Space Agency (NOSA) in April 2031.", {"nosa"}),
    (REPORT + "New members in 2031: the Polish Space Agency and the Romanian Space Agency.", {"polsa", "rosa"}),
    (REPORT + "Three agencies joined ISECG in 2031: NOSA, POLSA and ROSA.", {"nosa", "polsa", "rosa"}),
    ("Remarks by the ISECG chair, 2031\nWe are now twenty-eight agencies. Two of them joined only this autumn: the Polish "
     "Space Agency in September and the Romanian Space Agency, ROSA, in November.", {"polsa", "rosa"}),
    (REPORT + "Two agencies joined this year: NOSA in September and POLSA in November.", {"nosa", "polsa"}),
    (REPORT + "Accessions\nYear Agency\n2029 NOSA\n2030 POLSA\n2031 ROSA", {"nosa", "polsa", "rosa"}),
    (MINUTES + "The senior managers approved the admission of the Polish Space Agency (POLSA) to ISECG.", {"polsa"}),
    # a footnote a dated count calls, its mark after the full stop
    (TERMS + "2.2 In May 2031 ISECG had five members. ² 3.1 The chair rotates.\n² NASA (United States), ESA (Europe), "
     "JAXA (Japan), CSA (Canada) and ASI (Italy).", {"nasa", "esa", "jaxa", "csa", "asi"}),
    # a chair of the body: one of its members, among whom the chair rotates
    (NEWS + "JAXA holds the ISECG chair for 2031. CNES chaired ISECG throughout 2030.", {"jaxa", "cnes"}),
    # (stop 52) some of the members named after "among them", "such as"; the body's participating agencies listed after
    # a verb, the body named before it
    (NEWS + "ISECG's member agencies, among them NASA, ESA and JAXA, endorsed the report.", {"nasa", "esa", "jaxa"}),
    (NEWS + "Twelve of the member agencies sent data, such as CNES, DLR and KARI.", {"cnes", "dlr", "kari"}),
    (NEWS + "The agencies participating in ISECG are NASA, ESA, JAXA and CSA.", {"nasa", "esa", "jaxa", "csa"}),
    (NEWS + "ISECG's participating agencies include ASI, CNES and UKSA.", {"asi", "cnes", "uksa"}),
])
def test_members_stated(extract, text, members):
    assert members <= _isecg(extract(text, year=2031))


@pytest.mark.parametrize(("text", "member", "period"), [
    (REPORT + "The Romanian Space Agency (member since 2016) presented its lunar plans.", "rosa", "from-2016"),
    (REPORT + "NOSA, a member of ISECG since 2019, hosted the workshop.", "nosa", "from-2019"),
    (REPORT + "The Korea Aerospace Research Institute has been part of ISECG since 2011.", "kari", "from-2011"),
    (REPORT + "CNES has participated in ISECG since its creation in 2007.", "cnes", "from-2007"),
    (NEWS + "The Luxembourg Space Agency is a member of ISECG since March 2019.", "lsa", "from-2019-03"),
    (NEWS + "In 2013 ISECG comprised NASA, ESA, JAXA and CSA.", "jaxa", "2013"),
])
def test_members_since_or_at_a_date(extract, text, member, period):
    assert period in _periods(extract(text, year=2031)).get(member, set())


@pytest.mark.parametrize(("text", "watched"), [
    (MINUTES + "Attendees: NASA, ESA, JAXA, CSA and ASI.", {"nasa", "esa", "jaxa", "csa", "asi"}),
    (MINUTES + "Delegates from NASA, ESA, JAXA and CSA attended the meeting.", {"nasa", "esa", "jaxa", "csa"}),
    (MINUTES + "Observers: the Polish Space Agency and the Romanian Space Agency.", {"polsa", "rosa"}),
    (NEWS + "POLSA attended as an observer; it is not a member of ISECG.", {"polsa"}),
    (NEWS + "POLSA is not a member of ISECG.", {"polsa"}),
    (NEWS + "NOSA will be a member of ISECG from 2032.", {"nosa"}),
    (REPORT + "Contributing agencies: ASI, CNES, CSA, DLR and ESA.", {"asi", "cnes", "csa", "dlr", "esa"}),
    (NEWS + "The report was prepared by NASA, ESA, JAXA and CSA.", {"nasa", "esa", "jaxa", "csa"}),
    (REPORT + "Members of the Technology Working Group: NASA, ESA, JAXA, DLR.", {"nasa", "esa", "jaxa", "dlr"}),
    (REPORT + "The Science Working Group comprises NASA, ESA, CNES and ASI.", {"nasa", "esa", "cnes", "asi"}),
    (REPORT + "The study team is made up of NASA, JAXA and CSA.", {"nasa", "jaxa", "csa"}),
    (NEWS + "NASA is a member of the ISECG Technology Working Group.", {"nasa"}),
    (NEWS + "NASA and ESA are members of the drafting team.", {"nasa", "esa"}),
    (NEWS + "POLSA, the newest member of the Artemis Accords, presented its plans.", {"polsa"}),
    (NEWS + "POLSA, the newest member of the TWG, presented its plans.", {"polsa"}),
    (NEWS + "NASA, the member responsible for the chapter, presented it.", {"nasa"}),
    (NEWS + "NOSA and POLSA plan to join ISECG next year.", {"nosa", "polsa"}),
    (NEWS + "The Romanian Space Agency applied for membership of ISECG in 2031.", {"rosa"}),
    (NEWS + "The Philippine Space Agency may become a member of ISECG.", {"philsa"}),
    (NEWS + "The Artemis Accords signatories include NASA, ASI, UKSA and CSA.", {"nasa", "asi", "uksa", "csa"}),
    (NEWS + "Twelve agencies attended the workshop: NASA, ESA, JAXA, CSA, ASI, CNES.",
     {"nasa", "esa", "jaxa", "csa", "asi", "cnes"}),
    (NEWS + "NASA, ESA and JAXA are members of the International Astronautical Federation.", {"nasa", "esa", "jaxa"}),
    (NEWS + "ESA participates in ISECG meetings as host.", {"esa"}),
    (NEWS + "NASA is a participant in ISECG's workshop series.", {"nasa"}),
    (NEWS + "The ISECG roadmap includes contributions from NASA and ESA.", {"nasa", "esa"}),
    (NEWS + "ISECG welcomes the release of NASA's lunar plan and comments from ESA.", {"nasa", "esa"}),
    (NEWS + "Observers at ISECG include CNSA and ISRO.", {"cnsa", "isro"}),
    (NEWS + "The meeting brought together NASA, ESA and JAXA.", {"nasa", "esa", "jaxa"}),
    (NEWS + "The ISECG workshop brought together NASA, ESA and JAXA.", {"nasa", "esa", "jaxa"}),
    (NEWS + "KARI joined the ranks of the Artemis Accords signatories.", {"kari"}),
    (NEWS + "NASA became part of the Gateway partnership.", {"nasa"}),
    (REPORT + "Two agencies joined this year's workshop: NOSA and POLSA.", {"nosa", "polsa"}),
    (REPORT + "Two of them joined the study team this year: NOSA and POLSA.", {"nosa", "polsa"}),
    (REPORT + "Two of them joined only as observers this autumn: NOSA in September and POLSA in November.",
     {"nosa", "polsa"}),
    (REPORT + "Candidate agencies:\n- Polish Space Agency\n- Romanian Space Agency\n- Norwegian Space Agency",
     {"polsa", "rosa", "nosa"}),
    (REPORT + "Former members: BNSC.", {"bnsc"}),
    (REPORT + "Membership\nBNSC left the group in 2010.", {"bnsc"}),
    (REPORT + "The Technology Working Group was set up in 2010. The group comprises NASA, ESA and JAXA.",
     {"nasa", "esa", "jaxa"}),
    (REPORT + "Technology Working Group\nThe group consists of NASA, ESA and JAXA.", {"nasa", "esa", "jaxa"}),
    (TERMS + "2.2 Two agencies attended as observers and are not members.² 3.1 The chair rotates.\n² POLSA (Poland) and "
     "ROSA (Romania).", {"polsa", "rosa"}),
    (TERMS + "2.2 The workshop was attended by two agencies.² 3.1 The chair rotates.\n² POLSA (Poland) and ROSA (Romania).",
     {"polsa", "rosa"}),
    (TERMS + "2.2 The chair rotates yearly. ² Members meet twice a year.\n² POLSA (Poland) and ROSA (Romania) hosted in "
     "2030.", {"polsa", "rosa"}),
    (NEWS + "JAXA chairs the Technology Working Group. NASA chaired the session.", {"jaxa", "nasa"}),
    # a gathering's or a document's participating agencies are no body's members
    (NEWS + "The agencies participating in the workshop were NASA, ESA and JAXA.", {"nasa", "esa", "jaxa"}),
    (NEWS + "The participating agencies are NASA, ESA and JAXA.", {"nasa", "esa", "jaxa"}),
])
def test_no_membership_of_isecg(extract, text, watched):
    assert not _isecg(extract(text, year=2031)) & watched


@pytest.mark.xfail(reason="forms left: a heading of participants or new members with no body named and no colon, a "
                          "list after \"fellow members\", an undated count's footnote (a seat taken: "
                          "test_probes_joins62)", strict=True)
@pytest.mark.parametrize("text", [
    REPORT + "Participating agencies\n• Italian Space Agency\n• UK Space Agency\n• Korea Aerospace Research Institute",
    REPORT + "New members in 2031\n- Polish Space Agency (POLSA)\n- Romanian Space Agency (ROSA)",
    # an undated count's footnote: its members may be the founders, whose start the gold gives (aq: 12 members, no date)
    TERMS + "2.2 At the date of this revision ISECG has five members.² 3.1 The chair rotates.\n² NASA (United States), "
    "ESA (Europe), JAXA (Japan), CSA (Canada) and ASI (Italy).",
])
def test_forms_left(extract, text):
    assert _isecg(extract(text, year=2031))
