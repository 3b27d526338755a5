"""Probes for memberships of a body and its member counts: short texts written from how such publications lay these
facts out (prose of several shapes, tables as a PDF renders them, lists under a caption, field lists), each with the
memberships and counts it must give; and texts that look alike but must give none (a meeting's attendees, observers,
a mission's partners, agencies that may join, a working group's members).  Each positive was missed by the rules before it was added; each negative holds."""

from __future__ import annotations

import pytest

from .test_extract_memberships import _new_counts
from .test_extract_temporal import _counts, _periods

HEAD = "International Space Exploration Coordination Group\nAnnual Report {year}\n"

# (name, text, year, memberships {member: {period}}, counts {(value, date)} or None when not checked[, counts of new
# members {(value, start, end)}])
POSITIVE = [
    ("list-in-sentence-with-countries",
     "ISECG today brings together 8 space agencies: ASI (Italy), CNES (France), CSA (Canada), DLR (Germany), ESA "
     "(Europe), JAXA (Japan), KARI (Republic of Korea) and NASA (United States).", 2019,
     {k: {"2019"} for k in ("asi", "cnes", "csa", "dlr", "esa", "jaxa", "kari", "nasa")}, {("8", "2019")}),
    ("field-label-semicolon-list",
     "Member agencies: Italian Space Agency; French space agency CNES; Canadian Space Agency", 2019,
     {"asi": {"2019"}, "cnes": {"2019"}, "csa": {"2019"}}, None),
    ("joined-the-group-early-year",
     "Portugal Space joined the group in early 2021.", 2021, {"pt-space": {"from-2021"}}, None),
    ("apposition-member-since",
     "The Luxembourg Space Agency, an ISECG member since 2019, presented its lunar plans.", 2021,
     {"lsa": {"from-2019"}}, None),
    ("markdown-table-joined",
     "| Agency | Country | Joined |\n|---|---|---|\n| ASI | Italy | 2007 |\n| UKSA | United Kingdom | 2011 |\n"
     "| POLSA | Poland | 2019 |", 2020,
     {"asi": {"from-2007"}, "uksa": {"from-2011"}, "polsa": {"from-2019"}}, None),
    ("bulleted-list-under-dated-caption",
     "ISECG members as of 1 January 2020:\n• ASI (Italy)\n• CNES (France)\n• CSA (Canada)\n• DLR (Germany)", 2020,
     {k: {"2020-01-01"} for k in ("asi", "cnes", "csa", "dlr")}, {("4", "2020-01-01")}),
    ("profile-field-list",
     "Agency: Luxembourg Space Agency (LSA)\nCountry: Luxembourg\nISECG member since: 2019\nFocus: space resources",
     2022, {"lsa": {"from-2019"}}, None),
    ("full-member-from-month",
     "The Australian Space Agency has been a full member of ISECG from June 2019.", 2020,
     {"asa": {"from-2019-06"}}, None),
    ("rank-and-iso-date",
     "ISECG welcomed its 26th member, the Philippine Space Agency, on 2023-03-15.", 2023,
     {"philsa": {"from-2023-03-15"}}, {("26", "2023-03-15")}),
    ("membership-comprises-as-of",
     "The membership of ISECG comprises 27 space agencies (as of December 2022).", 2023, {}, {("27", "2022-12")}),
    ("count-at-quarter",
     "The number of ISECG member agencies reached 26 in Q3 2021.", 2022, {}, {("26", "2021-07")}),
    ("members-are-sentence",
     "The current members of ISECG are ASI, CNES, CSA and DLR.", 2021,
     {k: {"2021"} for k in ("asi", "cnes", "csa", "dlr")}, None),
    ("parenthesised-year-list",
     "ISECG member agencies: ASI (2007), UKSA (2011), LSA (2019) and NZSA (2022).", 2023,
     {"asi": {"from-2007"}, "uksa": {"from-2011"}, "lsa": {"from-2019"}, "nzsa": {"from-2022"}}, None),
    ("grown-to-since-founding",
     "Since 2007, when it was founded by 14 agencies, ISECG has grown to 27 members.", 2022, {}, {("14", "2007"), ("27", "2022")}),
    ("new-members-inline-label",
     "New members in 2021: Portugal Space and the Saudi Space Agency", 2021, {"pt-space": {"from-2021"}, "ssa": {"from-2021"}}, None),
    ("year-first-header",
     "Year joined Agency\n2007 ASI\n2011 UKSA\n2019 LSA", 2020, {"asi": {"from-2007"}, "uksa": {"from-2011"}, "lsa": {"from-2019"}}, None),
    ("rose-with-arrival",
     "ISECG's membership rose to 27 agencies in 2022 with the arrival of the Saudi Space Agency.", 2023, {"ssa": {"from-2022"}}, {("27", "2022")}),
    ("membership-field-as-of",
     "Membership (as of June 2023): 27 agencies", 2023, {}, {("27", "2023-06")}),
    ("member-list-heading-dashes",
     "Member list (2021)\nASI – Italy\nCNES – France\nCSA – Canada\nDLR – Germany", 2022, {k: {"2021"} for k in ("asi", "cnes", "csa", "dlr")}, None),
    ("participate-in-count",
     "Today, 27 space agencies participate in ISECG.", 2023, {}, {("27", "2023")}),
    ("consists-most-recent",
     "ISECG consists of 26 agencies, the most recent being the Philippine Space Agency, which joined in 2023.", 2023,
     {"philsa": {"from-2023"}}, {("26", "2023")}),
    ("member-since-parenthesis",
     "The Australian Space Agency (ISECG member since 2019) leads the work on lunar rovers.", 2021, {"asa": {"from-2019"}}, None),
    ("count-n-member-agencies-of",
     "The 27 member agencies of ISECG endorsed the roadmap in 2022.", 2022, {}, {("27", "2022")}),
    ("count-a-total-of",
     "ISECG now includes a total of 27 space agencies.", 2023, {}, {("27", "2023")}),
    ("count-n-member-adjective",
     "The 27-member ISECG adopted its terms of reference in 2023.", 2023, {}, {("27", "2023")}),
    ("new-between-years",
     "Between 2018 and 2021, six new members were admitted to ISECG.", 2022, {}, set(), {("6", "2018-01", "2021-12")}),
    ("new-in-period-range",
     "In the period 2019–2021, four agencies joined ISECG.", 2022, {}, set(), {("4", "2019-01", "2021-12")}),
    ("newest-member",
     "The Turkish Space Agency became ISECG's newest member in 2023.", 2023, {"tua": {"from-2023"}}, None),
    ("country-first-table",
     "Country Agency Joined\nItaly ASI 2007\nLuxembourg LSA 2019\nNew Zealand NZSA 2022", 2023,
     {"asi": {"from-2007"}, "lsa": {"from-2019"}, "nzsa": {"from-2022"}}, None),
    ("made-up-namely",
     "ISECG is made up of 4 agencies, namely ASI, CNES, CSA and DLR.", 2008,
     {k: {"2008"} for k in ("asi", "cnes", "csa", "dlr")}, {("4", "2008")}),
    ("dash-apposition-welcomed",
     "The new members — the Turkish Space Agency and the Saudi Space Agency — were welcomed at the ISECG plenary in Rome on 4–6 June 2023.",
     2023, {"tua": {"from-2023-06-04"}, "ssa": {"from-2023-06-04"}}, None),
    ("welcomed-two-dash-bringing",
     "ISECG welcomed two agencies in 2021 — Portugal Space and the Saudi Space Agency — bringing its membership to 27.", 2021,
     {"pt-space": {"from-2021"}, "ssa": {"from-2021"}}, {("27", "2021")}),
    ("history-table-total",
     "Table 2. ISECG membership history\nYear Joined Total\n2011 UKSA 15\n2015 UAE Space Agency 16\n2019 LSA 17", 2020,
     {"uksa": {"from-2011"}, "uae-space-agency": {"from-2015"}, "lsa": {"from-2019"}}, {("15", "2011"), ("16", "2015"), ("17", "2019")}),
    ("fronted-participle-joining",
     "Joining ISECG in 2022, the New Zealand Space Agency brought the membership to 26.", 2022,
     {"nzsa": {"from-2022"}}, {("26", "2022")}),
    ("membership-extended-to",
     "ISECG membership was extended to the Romanian Space Agency in 2021.", 2021, {"rosa": {"from-2021"}}, None),
    ("saw-join",
     "2021 saw Portugal Space join ISECG.", 2021, {"pt-space": {"from-2021"}}, None),
    ("accepted-as-members-quarter",
     "In Q2 2020, AEB and GISTDA were accepted as members of ISECG.", 2020,
     {"aeb": {"from-2020-04"}, "gistda": {"from-2020-04"}}, None),
    ("date-joined-header-iso",
     "Agency Date joined\nLSA 2019-06-04\nPT Space 2021-03-15", 2021,
     {"lsa": {"from-2019-06-04"}, "pt-space": {"from-2021-03-15"}}, None),
    ("membership-count-parenthesised-date",
     "Membership: 26 agencies (end of 2022)", 2023, {}, {("26", "2022-12")}),
    ("key-figures-box",
     "Key figures 2022\nMember agencies 27\nWorking groups 4\nMeetings held 12", 2022, {}, {("27", "2022")}),
    ("accessions-heading-dated-bullets",
     "Accessions\n- 2019: Luxembourg Space Agency, Polish Space Agency\n- 2021: Portugal Space", 2022,
     {"lsa": {"from-2019"}, "polsa": {"from-2019"}, "pt-space": {"from-2021"}}, None),
    ("replaced-as-member",
     "The UK Space Agency replaced the British National Space Centre as the UK's member of ISECG in 2010.", 2011,
     {"uksa": {"from-2010"}}, None),
    ("are-now-members",
     "Twenty-six agencies are now members of ISECG.", 2022, {}, {("26", "2022")}),
    ("grew-by-two",
     "ISECG grew by two members in 2021, to 27.", 2022, {}, {("27", "2021")}, {("2", "2021-01", "2021-12")}),
]

NEGATIVE = [
    ("meeting-attendees",
     "The ISECG plenary in Tokyo on 4–6 June 2019 was attended by ASI, CNES, CSA and NASA.", 2019),
    ("observers-list",
     "Observers: UNOOSA; COSPAR; the Saudi Space Agency (SSA)", 2022),
    ("may-join",
     "The Philippine Space Agency may join ISECG in 2024, and the Turkish Space Agency has expressed interest in "
     "joining.", 2023),
    ("mission-partners",
     "Partners of the Gateway are NASA, ESA, JAXA and CSA; the Luxembourg Space Agency joined the project in 2021.",
     2022),
    ("working-group-count",
     "The ISECG Technology Working Group has 12 members.", 2020),
    ("attended-count",
     "Twenty agencies attended the ISECG workshop in June 2019.", 2019),
    ("applied-to-join",
     "The Turkish Space Agency applied to join ISECG in 2023; its application is under review.", 2023),
    ("attendee-list-under-caption",
     "ISECG Meeting Summary\nAgencies present at the meeting:\n• ASI (Italy)\n• CNES (France)\n• NASA (United States)",
     2019),
    ("workshop-participants-count", "The 2019 workshop counted 45 participants from 12 agencies.", 2019),
    ("invited-observer", "ISECG invited the Mexican Space Agency to attend the plenary as an observer in 2022.", 2022),
    ("team-brings-together", "The Lunar Surface team brings together 9 agencies: ASI, CNES, CSA, DLR, ESA, JAXA, KARI, NASA and UKSA.", 2022),
    ("secretariat-members", "Members of the ISECG Secretariat: Jane Doe (ESA), John Roe (NASA)", 2022),
    ("may-join-include", "Agencies that may join ISECG in the coming years include the Turkish Space Agency and the Saudi Space Agency.", 2022),
    ("wg-membership-grew", "Membership of the Technology Working Group grew to 15 agencies in 2021.", 2022),
    ("iss-partners", "The partners of the International Space Station are NASA, ESA, JAXA and CSA.", 2022),
    ("joined-forces", "ASI and CNES joined forces in 2019 to study lunar landers for ISECG.", 2019),
    ("joined-partnership", "JAXA joined the Gateway partnership in 2020, ISECG noted.", 2020),
    ("joined-programme", "ESA joined NASA's Artemis programme in 2020, as ISECG reported.", 2020),
    ("participants-of-count", "Of the 50 participants at the ISECG workshop, 12 came from industry.", 2019),
    ("delegates-count", "Twenty-four delegates from 14 agencies attended the ISECG meeting in Rome.", 2019),
    ("partnership-counts-nations", "The ISS partnership counts 15 nations; ISECG works with it.", 2019),
    ("members-of-wg-count", "The 12 members of the ISECG Technology Working Group met in 2020.", 2020),
    ("possessive-subset", "ISECG's 9 member agencies that wrote chapters are listed in Annex B.", 2020),
    ("total-at-workshop", "The workshop drew a total of 40 agencies and companies to ISECG's session.", 2020),
    ("applied-may-be-admitted", "The Kenya Space Agency has applied for ISECG membership and may be admitted in 2025.", 2024),
    ("will-welcome", "ISECG will welcome the Turkish Space Agency as a member in 2025.", 2024),
    ("welcomed-as-observers", "The ISECG meeting welcomed representatives of the Mexican Space Agency as observers.", 2022),
    ("joined-the-meeting", "The Japan Aerospace Exploration Agency joined the ISECG meeting by video link in 2021.", 2021),
    ("took-part-survey", "Twelve member agencies took part in the 2021 ISECG survey.", 2021),
    ("wg-welcomed", "The working group welcomed ASI and CNES as new members in 2020, ISECG reported.", 2020),
    ("pronoun-after-group", "The Technology Working Group was created in 2010. Its members include ASI, CNES and JAXA.", 2020),
    ("list-under-group-heading", "Technology Working Group\nMembers: ASI; CNES; JAXA", 2020),
    ("bullets-under-group-heading", "Technology Working Group\nMembers:\n- ASI\n- CNES\n- JAXA", 2020),
    ("profile-under-group-heading", "Lunar Surface Team\nAgency: Luxembourg Space Agency (LSA)\nMember since: 2021", 2022),
]


@pytest.mark.parametrize("name,text,year,members,counts,new", [(*p, None)[:6] for p in POSITIVE], ids=[p[0] for p in POSITIVE])
def test_positive_probe(extract, name, text, year, members, counts, new):
    r = extract(HEAD.format(year=year) + text, year=year)
    assert _periods(r) == members
    if counts is not None:
        assert _counts(r) == counts
    if new is not None:
        assert _new_counts(r) == new


@pytest.mark.parametrize("name,text,year", NEGATIVE, ids=[p[0] for p in NEGATIVE])
def test_negative_probe(extract, name, text, year):
    r = extract(HEAD.format(year=year) + text, year=year)
    assert not _periods(r) and not _counts(r)
