"""Probes for a body's member count at a date: short texts written from how such publications lay the count out
(prose of several shapes, tables of the count by year as a PDF renders them, with a cell per line, Markdown pipes or
several columns, a caption of a figure of logos, a breakdown with a total row), each with the counts it must give;
and texts that look alike but must give none (attendance, authors of a document, working groups, missions,
countries, percentages, money, a hoped-for count, a partial list, a subject other than the body).  Each positive was
missed by the rules before it was added; each negative holds (some, marked, did not before)."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts

HEAD = "International Space Exploration Coordination Group\nAnnual Report {year}\n"

# (name, text, year, counts {(value, date)})
POSITIVE = [
    ('n-agencies-strong', 'ISECG, 26 agencies strong, met in Tokyo in November 2022.', 2022,
     {('26', '2022-11')}),
    ('grew-from-to-years', 'ISECG grew from 14 agencies in 2007 to 20 in 2016.', 2017,
     {('14', '2007'), ('20', '2016')}),
    ('year-number-table', 'Table 1. ISECG membership\nYear Number of members\n2007 14\n2012 14\n2017 15\n2022 26', 2023,
     {('14', '2007'), ('14', '2012'), ('15', '2017'), ('26', '2022')}),
    ('cell-per-line-table', 'Year\nMember agencies\n2018\n15\n2019\n20\n2020\n23', 2021,
     {('15', '2018'), ('20', '2019'), ('23', '2020')}),
    ('markdown-year-count', '| Year | ISECG member agencies |\n|---|---|\n| 2019 | 20 |\n| 2020 | 23 |', 2021,
     {('20', '2019'), ('23', '2020')}),
    ('caption-n-members-as-of', "Figure 2. Logos of ISECG's 27 member agencies as of March 2023", 2023,
     {('27', '2023-03')}),
    ('includes-n-member-agencies', 'ISECG currently includes 27 member agencies.', 2023,
     {('27', '2023')}),
    ('there-are-n-in-body', 'There are currently 27 member agencies in ISECG.', 2023,
     {('27', '2023')}),
    ('as-of-there-were', 'As of March 2023 there were 27 ISECG member agencies.', 2023,
     {('27', '2023-03')}),
    ('currently-participating', 'Twenty-seven agencies are currently participating in ISECG.', 2023,
     {('27', '2023')}),
    ('membership-heading-count', 'ISECG member agencies (27)\nASI, CNES, CSA, DLR and others', 2023,
     {('27', '2023')}),
    ('count-in-year-table-two-col', 'Members by year\n2015 16\n2016 16\n2017 17', 2018,
     {('16', '2015'), ('16', '2016'), ('17', '2017')}),
    ('total-row-table', 'ISECG member agencies by region\nRegion Agencies\nEurope 12\nAsia 8\nAmericas 4\nTotal 24', 2021,
     {('24', '2021')}),
    ('founded-by-today-counts', 'ISECG, founded in 2007 by 14 agencies, today counts 27 members.', 2023,
     {('14', '2007'), ('27', '2023')}),
    ('compared-with-founding', 'ISECG now has 27 members, compared with 14 at its founding in 2007.', 2023,
     {('14', '2007'), ('27', '2023')}),
    ('header-end-of-year', 'Year Member agencies (end of year)\n2019 20\n2020 23', 2021,
     {('20', '2019-12'), ('23', '2020-12')}),
    ('three-column-header', 'Year Members New members\n2019 20 3\n2020 23 3\n2021 26 3', 2022,
     {('20', '2019'), ('23', '2020'), ('26', '2021')}),
    ('new-then-total-header', 'Year New members Total members\n2019 3 20\n2020 3 23', 2021,
     {('20', '2019'), ('23', '2020')}),
    ('passive-is-made-up', 'The coordination group is currently made up of 27 space agencies.', 2023,
     {('27', '2023')}),
    ('n-member-strong', 'The 27-member-strong ISECG met in Rome in 2023.', 2023,
     {('27', '2023')}),
    ('are-isecg-members', 'Currently, 27 agencies are ISECG members.', 2023,
     {('27', '2023')}),
    ('has-participating-agencies', 'The coordination group now has 27 participating agencies.', 2023,
     {('27', '2023')}),
    ('markdown-field-row', '| Member agencies | 27 |\n| Working groups | 4 |', 2023,
     {('27', '2023')}),
    ('membership-apposition-dated', 'The ISECG membership, twenty-six agencies at the end of 2022, grew again in 2023.', 2023,
     {('26', '2022-12')}),
    ('bracketed-dated', 'ISECG (26 members in 2022) published its new roadmap.', 2023,
     {('26', '2022')}),
    ('make-up-present', 'Twenty-six space agencies now make up ISECG.', 2022,
     {('26', '2022')}),
    ('contributed-then-today', 'In 2013, 12 agencies contributed to the roadmap; today ISECG has 27 members.', 2023,
     {('27', '2023')}),
    ('section-year-heading', '2019\nISECG welcomed three agencies, bringing membership to 20.', 2021,
     {('20', '2019')}),
    ('grew-by-percent-to', 'ISECG membership grew by 10% to 27 agencies in 2023.', 2023,
     {('27', '2023')}),
    ('table-as-of-header', 'As of Member agencies\n31 Dec 2020 23\n31 Dec 2021 26', 2022,
     {('23', '2020-12-31'), ('26', '2021-12-31')}),
    ('words-table-row', 'Year Members\n2007 fourteen\n2023 twenty-seven', 2023,
     {('14', '2007'), ('27', '2023')}),
    ('present-tense-other-clause-date', 'In 2022 ISECG published a supplement; the group has 27 members.', 2023,
     {('27', '2023')}),
    ('inline-series', 'ISECG membership: 14 (2007), 20 (2016), 27 (2023)', 2023,
     {('14', '2007'), ('20', '2016'), ('27', '2023')}),
    ('group-is-now-strong', 'The group is now 27 agencies strong.', 2023,
     {('27', '2023')}),
    ('grew-to-and-to', 'Membership grew to 26 in 2022 and to 27 in 2023.', 2023,
     {('26', '2022'), ('27', '2023')}),
    ('dash-apposition', 'ISECG — 27 member agencies — coordinates exploration planning.', 2023,
     {('27', '2023')}),
    ('field-from-countries', 'Membership: 27 space agencies from 25 countries', 2023,
     {('27', '2023')}),
]

NEGATIVE = [
    ('agencies-attended-count', '22 agencies attended the ISECG plenary in Paris in 2019.', 2019),
    ('delegates-countries', 'Delegates from 17 countries took part in the ISECG meeting in Rome in 2019.', 2019),
    ('written-by-agencies', 'The Global Exploration Roadmap was written by 14 agencies.', 2018),
    ('working-groups-count', 'ISECG currently has 5 working groups and 3 task forces.', 2020),
    ('expects-to-reach', 'ISECG expects to reach 30 members by 2025.', 2023),  # failed before
    ('cited-roadmap-produced', 'The 2013 roadmap was produced by 12 agencies.', 2018),
    ('percentage-members', 'About 60% of ISECG members have lunar programmes.', 2021),
    ('money-members-spent', 'ISECG member agencies spent 25 billion dollars on exploration in 2021.', 2022),
    ('partial-list-among', 'Among its members are ASI, CNES and JAXA.', 2021),
    ('team-has-members', 'The Lunar Surface team has 14 members from 9 agencies.', 2020),
    ('missions-count', 'ISECG members operate 27 missions beyond low Earth orbit.', 2021),
    ('hopes-to-grow', 'The membership hopes to grow to 30 agencies.', 2023),
    ('endorsed-roadmap', '14 agencies endorsed the Global Exploration Roadmap in 2018.', 2018),
    ('input-from-members', 'The supplement reflects input from 23 member agencies.', 2020),
    ('countries-of-members', 'ISECG member agencies come from 25 countries.', 2021),
    ('developed-by-participating', 'The 2018 roadmap was developed by 14 space agencies participating in ISECG.', 2020),
    ('papers-from-members', 'Of the 27 papers, 14 came from member agencies.', 2021),
    ('contributed-case-studies', 'Twelve ISECG member agencies contributed case studies.', 2021),
    ('could-count-future', 'By 2030 ISECG could count 35 members.', 2023),
    ('expected-to-stand', 'Membership is expected to stand at 30 agencies in 2025.', 2023),
    ('meeting-had-participants', 'The ISECG meeting had 40 participants from 18 agencies.', 2019),
    ('table-year-papers', 'Year Papers published\n2019 14\n2020 17', 2021),
    ('table-year-participants', 'Meeting Year Participants\nTokyo 2019 45\nRome 2020 38', 2021),
    ('wg-members-field', 'Technology Working Group\nMembers: 12 agencies', 2020),
    ('countries-represented', 'ISECG member agencies represent 26 countries.', 2022),
    ('signed-statement', 'Twenty agencies signed the ISECG joint statement in 2019.', 2019),
    ('profile-missions', 'ISECG profile\nEstablished: 2007\nMissions: 27\nChair: ESA', 2023),
    ('percent-of-members', 'Some 85 per cent of the ISECG members took part in the survey.', 2021),
    ('number-at-workshop', 'The number of member agencies at the workshop was 18.', 2019),  # failed before
    ('members-present-field', 'Members present: 18', 2019),
    ('agencies-represented-field', 'Member agencies represented: 15', 2019),
    ('delegation-had-members', 'Each delegation had 3 members.', 2019),  # failed before
    ('plenary-counted-agencies', 'The 2019 plenary counted 20 agencies.', 2019),  # failed before
    ('survey-reached-members', 'The survey reached 26 member agencies in 2021.', 2021),  # failed before
    ('cited-year-had', 'The 2013 edition of the roadmap was endorsed by 12 agencies.', 2018),
    ('founders-count-future-year', 'ISECG plans to have 30 member agencies in 2026.', 2023),  # failed before
    ('table-year-meetings', 'Year Meetings Participants\n2019 4 120\n2020 3 90', 2021),
    ('table-working-group-members', 'Technology Working Group membership by year\n2019 12\n2020 14', 2021),
    ('responses-from-members', 'Responses were received from 19 member agencies.', 2021),
    ('participants-members-of', 'The workshop drew 60 participants, members of 14 agencies.', 2019),
    ('wg-comprises', 'The Lunar Surface Exploration Team comprises 11 agencies.', 2022),
    ('survey-of-members-n', 'A survey of ISECG members (n = 22) was conducted in 2021.', 2021),
    ('members-contributed-field', 'Member agencies contributing: 14', 2020),
    ('countries-reached', 'Membership reached 27 countries.', 2023),  # failed before
    ('missions-of-members', 'The member agencies operate 27 missions, up from 20 in 2019.', 2021),
    ('roadmap-created-by', 'The roadmap was created in 2013 by 12 agencies.', 2020),  # failed before
    ('document-apposition-created-by', 'The Global Exploration Roadmap, created in 2011 by 12 agencies, is updated regularly.', 2020),
    ('meeting-had-agencies', 'The meeting had 20 agencies and 45 delegates.', 2019),  # failed before
    ('wg-total-members', 'Five working groups, with 60 members in total, support ISECG.', 2021),
    ('roadmap-reflects-views', 'The Global Exploration Roadmap reflects the views of 14 space agencies.', 2018),
    ('meeting-counted-present', 'The 2018 ISECG meeting counted 26 members present.', 2018),  # failed before
    ('survey-responses', 'An ISECG membership survey in 2020 collected 22 responses.', 2020),
    ('participating-heading-bracket', 'Participating member agencies (22)\nASI, CNES, NASA', 2019),  # failed before
    ('present-heading-bracket', 'Member agencies present (18)', 2019),
    ('european-subset', 'ISECG includes 12 European agencies.', 2021),
    ('fee-members', 'The membership fee is 20 euros.', 2021),
    ('team-made-up', 'The Mars team is made up of 8 agencies.', 2021),
    ('subset-of-members-are', 'Eight agencies are members of the Lunar team.', 2021),
    ('had-delegates', 'ISECG had 45 delegates at its 2019 meeting.', 2019),
    ('in-future-year-members', 'The group is expected to have 30 members in 2025.', 2023),  # failed before
    ('by-future-year', 'ISECG aims for 30 member agencies by 2030.', 2023),
    ('roadmap-agencies-participating', 'Fourteen agencies participating in ISECG wrote the roadmap in 2013.', 2018),
    ('secretariat-members-field', 'Members of the ISECG Secretariat: 4', 2021),
    ('twg-members-field', 'ISECG Technology Working Group (TWG) members: 14', 2021),
    ('iss-membership-stands', 'Membership of the International Space Station partnership stands at 5 agencies.', 2021),
    ('accords-membership', 'Membership of the Artemis Accords reached 30 in 2023.', 2023),
    ('responded-of', 'Twelve member agencies responded to the questionnaire.', 2021),
    ('cospar-has-members', 'COSPAR has 46 national members.', 2021),
    ('the-14-that-wrote', 'The 14 agencies that wrote the 2007 framework met again in 2011.', 2011),
    ('members-present-table', 'Year Members present\n2019 18\n2020 20', 2021),
    ('delegations-table', 'Year Delegations\n2019 18\n2020 20', 2021),
    ('minutes-attendance', 'Attendance: 22 member agencies, 3 observers', 2019),
    ('agenda-item-number', 'Item 27: Membership matters', 2019),
    ('has-subset-with', 'The group has 12 member agencies with Mars programmes.', 2021),  # failed before
    ('has-subset-involved', 'ISECG has 9 agencies involved in lunar surface work.', 2021),  # failed before
    ('may-reach', 'Membership may reach 30 in 2025.', 2023),
    ('could-join', 'Up to 30 agencies could join ISECG in the coming years.', 2023),
    ('expected-to-join', 'At least 5 agencies are expected to join ISECG, bringing it to 32 members.', 2023),  # failed before
    ('counts-subset-among', 'ISECG counts 8 European agencies among its members.', 2021),
    ('n-of-members-contributed', 'Nine member agencies contributed to the 2013 roadmap.', 2018),
    ('members-field-twg-heading', 'Technology Working Group\nMember agencies: 14', 2020),
    ('percent-of-members-reached', 'Participation reached 80% of members in 2021.', 2021),
    ('budget-members-total', "The member agencies' total budget reached 27 billion in 2021.", 2021),
    ('workshop-is-strong', 'The workshop was 60 people strong.', 2019),
    ('team-dash-apposition', 'The Lunar team — 9 member agencies — met in 2021.', 2021),
    ('series-of-meetings', 'ISECG meetings: 3 (2019), 2 (2020), 4 (2021)', 2021),
]


@pytest.mark.parametrize("name,text,year,counts", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_positive_probe(extract, name, text, year, counts):
    r = extract(HEAD.format(year=year) + text, year=year)
    assert _counts(r) == counts


@pytest.mark.parametrize("name,text,year", NEGATIVE, ids=[p[0] for p in NEGATIVE])
def test_negative_probe(extract, name, text, year):
    r = extract(HEAD.format(year=year) + text, year=year)
    assert not _counts(r)


@pytest.mark.parametrize("text,year,counts", [
    ("It should be noted that ISECG has 27 members.", 2023, {("27", "2023")}),
    ("It will be recalled that ISECG had 14 members in 2007.", 2023, {("14", "2007")}),
])
def test_a_modal_of_speech_is_no_forecast(extract, text, year, counts):
    """"should be noted", "will be recalled": the count is told, not hoped for (the forecast guard leaves it)."""
    r = extract(HEAD.format(year=year) + text, year=year)
    assert _counts(r) == counts
