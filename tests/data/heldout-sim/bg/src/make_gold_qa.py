"""Write kg_gold.json and qa.jsonl for set bg (run from anywhere)."""
import json, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
D1 = "isecg-annual-report-2008.pdf"
D2 = "technology-gap-assessment-briefing-2017.pdf"
D3 = "heads-of-agencies-joint-communique-2021.pdf"
D4 = "isecg-membership-statistics-2024.pdf"
D5 = "list-of-isecg-chairs-2025.md"

documents = [
    {"file": D1, "title": "ISECG Annual Report 2008 — The first year of coordination: from Berlin to Bangalore", "year": 2008, "type": "annual-report"},
    {"file": D2, "title": "Closing the Gaps: ISECG Critical Technology Assessment 2017 (Technology Working Group status briefing)", "year": 2017, "type": "presentation"},
    {"file": D3, "title": "Joint Communiqué of the Heads of Agencies participating in ISECG (Dubai, 24 October 2021)", "year": 2021, "type": "communique"},
    {"file": D4, "title": "ISECG in Numbers: Membership Statistics 2024 (fact sheet FS-2024-03)", "year": 2024, "type": "fact-sheet"},
    {"file": D5, "title": "List of ISECG chairs", "year": 2025, "type": "wiki-article"},
]

editions = [
    {"title": "The Global Exploration Strategy: The Framework for Coordination", "edition": "framework", "released": "2007-05", "document": D1},
    {"title": "The Global Exploration Roadmap", "edition": "second", "released": "2013-08", "document": D2},
    {"title": "The Global Exploration Roadmap", "edition": "third", "released": "2018-01", "document": D3,
     "note": "announced as due in January 2018 in the 2017 briefing; stated as issued in January 2018 in the 2021 communique"},
    {"title": "Global Exploration Roadmap Supplement (lunar surface exploration)", "edition": "2020 supplement", "released": "2020-08", "document": D3},
]

publications = [
    {"title": "ISECG Terms of Reference", "publisher": "ISECG", "released": "2007-11-08", "note": "adopted on the second day of the Berlin inaugural meeting"},
    {"title": "ISECG Annual Report 2008", "publisher": "ISECG Secretariat", "released": "2008-12-19", "note": "the group's first annual report"},
    {"title": "Closing the Gaps: ISECG Critical Technology Assessment 2017", "publisher": "ISECG Technology Working Group", "released": "2017-09-26"},
    {"title": "Joint Communiqué of the Heads of Agencies (ISECG/HoA/2021/COM-01)", "publisher": "ISECG", "released": "2021-10-24"},
    {"title": "ISECG in Numbers: Membership Statistics 2024 (FS-2024-03)", "publisher": "ISECG Secretariat", "released": "2024-12"},
    {"title": "Canada hands ISECG chair to Europe (news release)", "publisher": "CSA", "released": "2014-09-30"},
]

events = [
    {"name": "1st (inaugural) ISECG meeting", "date": "2007-11-07", "end_date": "2007-11-08", "host": "DLR", "place": "Berlin, Germany", "participants": 13, "delegates": 41, "document": D1,
     "note": "KARI followed by telephone; ISECG Terms of Reference adopted; NASA confirmed as first chair"},
    {"name": "2nd ISECG meeting", "date": "2008-04-10", "end_date": "2008-04-11", "host": "CSA", "place": "Saint-Hubert, Quebec, Canada", "participants": 14, "delegates": 46, "document": D1,
     "note": "IAWG created"},
    {"name": "3rd ISECG meeting", "date": "2008-09-30", "host": "BNSC", "place": "Glasgow, United Kingdom", "participants": 12, "delegates": 35, "document": D1,
     "note": "day after the opening of the 59th IAC; ERWG set up"},
    {"name": "4th ISECG meeting", "date": "2008-12-03", "end_date": "2008-12-04", "host": "ISRO", "place": "Bangalore, India", "participants": 14, "delegates": 44, "document": D1,
     "note": "COWG established"},
    {"name": "5th ISECG meeting (chair handover NASA to ESA)", "date": "2009-05-13", "end_date": "2009-05-14", "host": "ESA", "place": "ESTEC, Noordwijk, Netherlands", "participants": None, "document": D5,
     "note": "planned for May 2009 at ESTEC in the 2008 annual report"},
    {"name": "Chair handover ESA to JAXA", "date": "2011", "host": None, "place": "Tsukuba, Japan", "participants": None, "document": D5},
    {"name": "Chair handover JAXA to CSA (63rd IAC)", "date": "2012-10-03", "host": None, "place": "Naples, Italy", "participants": None, "document": D5},
    {"name": "Chair handover CSA to ESA (65th IAC)", "date": "2014-09-30", "host": None, "place": "Toronto, Canada", "participants": None, "document": D5},
    {"name": "Chair handover ESA to NASA (67th IAC)", "date": "2016", "host": None, "place": "Guadalajara, Mexico", "participants": None, "document": D5},
    {"name": "Chair handover NASA to JAXA (week of ISEF2)", "date": "2018-03", "host": None, "place": "Tokyo, Japan", "participants": None, "document": D5},
    {"name": "Chair handover JAXA to KARI", "date": "2020-04", "host": None, "place": "video conference", "participants": None, "document": D5},
    {"name": "Online senior managers' meeting: formal chair handover KARI to ASI", "date": "2021-12-15", "host": None, "place": "online", "participants": None, "document": D5},
    {"name": "Chair transfer ASI to CNES agreed (74th IAC)", "date": "2023-10", "host": None, "place": "Baku, Azerbaijan", "participants": None, "document": D5},
    {"name": "TWG critical technology questionnaire", "date": "2017-03", "end_date": "2017-06", "host": None, "place": None, "participants": 12, "document": D2},
    {"name": "ISECG side event at the 68th International Astronautical Congress (critical technology assessment briefing)", "date": "2017-09-26", "host": None, "place": "Adelaide, Australia", "participants": None, "document": D2},
    {"name": "Meeting of ISECG Heads of Agencies", "date": "2021-10-24", "host": "UAE Space Agency", "place": "Dubai World Trade Centre, Dubai, United Arab Emirates", "participants": 22, "document": D3,
     "note": "18 delegations in person, 4 by video link; on the eve of the 72nd IAC"},
]

def m(acr, name, country, since, status=None, **kw):
    d = {"agency_acronym": acr, "agency_name": name, "country": country, "since": since}
    if status:
        d["status"] = status
    d.update(kw)
    return d

F = "founding member"
memberships = [
    m("ASI", "Italian Space Agency", "Italy", 2007, F),
    m("BNSC", "British National Space Centre", "United Kingdom", 2007, F + "; seat taken over by UKSA in 2010"),
    m("CNES", "Centre National d'Études Spatiales", "France", 2007, F),
    m("CNSA", "China National Space Administration", "China", 2007, F),
    m("CSA", "Canadian Space Agency", "Canada", 2007, F),
    m("CSIRO", "Commonwealth Scientific and Industrial Research Organisation", "Australia", 2007, F),
    m("DLR", "German Aerospace Center", "Germany", 2007, F),
    m("ESA", "European Space Agency", "Europe", 2007, F),
    m("ISRO", "Indian Space Research Organisation", "India", 2007, F),
    m("JAXA", "Japan Aerospace Exploration Agency", "Japan", 2007, F),
    m("KARI", "Korea Aerospace Research Institute", "Republic of Korea", 2007, F),
    m("NASA", "National Aeronautics and Space Administration", "United States", 2007, F),
    m("NSAU", "National Space Agency of Ukraine", "Ukraine", 2007, F),
    m("Roscosmos", "Federal Space Agency", "Russian Federation", 2007, F),
    m("UKSA", "UK Space Agency", "United Kingdom", 2010, "took over BNSC's seat (count unchanged)"),
    m("UAE Space Agency", "United Arab Emirates Space Agency", "United Arab Emirates", 2015, "15th member; first to join after the founders"),
    m("ASA", "Australian Space Agency", "Australia", 2019),
    m("LSA", "Luxembourg Space Agency", "Luxembourg", 2019),
    m("NOSA", "Norwegian Space Agency", "Norway", 2019),
    m("POLSA", "Polish Space Agency", "Poland", 2019),
    m("ROSA", "Romanian Space Agency", "Romania", 2019),
    m("SSO", "Swiss Space Office", "Switzerland", 2019),
    m("AEB", "Brazilian Space Agency", "Brazil", 2020),
    m("GISTDA", "Geo-Informatics and Space Technology Development Agency", "Thailand", 2020),
    m("VNSC", "Vietnam National Space Center", "Vietnam", 2020),
    m("ISA", "Israel Space Agency", "Israel", 2021, since_exact="2021-03-09"),
    m("PhilSA", "Philippine Space Agency", "Philippines", 2021, since_exact="2021-06-01"),
    m("FFG", "Austrian Research Promotion Agency", "Austria", 2021, since_exact="2021-09-16"),
    m("AEM", "Mexican Space Agency", "Mexico", 2022, "28th member"),
    m("SSA", "Saudi Space Agency", "Saudi Arabia", 2024),
    m("Portugal Space", "Portugal Space", "Portugal", 2024),
]

membership_counts = [
    {"date": "2007", "count": 14, "what": "founding agencies of ISECG", "document": D1},
    {"date": "2008-12", "count": 14, "what": "members at the end of the 2008 reporting period (no joins or withdrawals in 2008)", "document": D1},
]
for y, c in [(2007, 14), (2008, 14), (2009, 14), (2011, 14), (2013, 14), (2014, 14), (2015, 15), (2017, 15),
             (2018, 15), (2019, 21), (2020, 24), (2021, 27), (2022, 28), (2023, 28)]:
    membership_counts.append({"date": f"{y}-12", "count": c, "what": f"member agencies at 31 December {y} (fact sheet table)", "document": D4})
membership_counts += [
    {"date": "2024-12-13", "count": 30, "what": "member agencies as at 13 December 2024", "document": D4},
    {"date": "2021-10-24", "count": 27, "what": "member agencies after the three 2021 admissions (Dubai communique)", "document": D3},
    {"date": "2015..2024-12", "count": 16, "what": "agencies admitted since 2015 (new members, not a total)", "document": D4},
    {"date": "2019", "count": 6, "what": "agencies joining during 2019 (new members)", "document": D4},
    {"date": "2020", "count": 3, "what": "agencies joining during 2020 (new members)", "document": D4},
    {"date": "2021", "count": 3, "what": "agencies joining during 2021 (new members)", "document": D3},
    {"date": "2024", "count": 2, "what": "agencies joining during 2024 (new members)", "document": D4},
]

authored_by = [
    {"document": "ISECG Annual Report 2008", "file": D1, "agency": "ISECG Secretariat"},
    {"document": "ISECG Annual Report 2008", "file": D1, "agency": "ESA"},
    {"document": "ISECG Annual Report 2008", "file": D1, "agency": "JAXA"},
    {"document": "ISECG Annual Report 2008", "file": D1, "agency": "NASA"},
    {"document": "Closing the Gaps: ISECG Critical Technology Assessment 2017", "file": D2, "agency": "ISECG Technology Working Group"},
    {"document": "Closing the Gaps: ISECG Critical Technology Assessment 2017", "file": D2, "agency": "ESA"},
    {"document": "Closing the Gaps: ISECG Critical Technology Assessment 2017", "file": D2, "agency": "JAXA"},
    {"document": "Closing the Gaps: ISECG Critical Technology Assessment 2017", "file": D2, "agency": "NASA"},
    {"document": "Closing the Gaps: ISECG Critical Technology Assessment 2017", "file": D2, "agency": "UAE Space Agency"},
    {"document": "Joint Communiqué of the Heads of Agencies", "file": D3, "agency": "ISECG"},
    {"document": "ISECG in Numbers: Membership Statistics 2024", "file": D4, "agency": "ISECG Secretariat"},
    {"document": "Canada hands ISECG chair to Europe (news release)", "file": None, "agency": "CSA"},
]

people = [
    {"name": "Annelies Verhoeven", "affiliation": "ESA", "role": "editor, ISECG Annual Report 2008 (ISECG Secretariat, ESTEC)"},
    {"name": "Tomohiro Ishikawa", "affiliation": "JAXA", "role": "editor, ISECG Annual Report 2008"},
    {"name": "Rachel D. Brannigan", "affiliation": "NASA", "role": "editor, ISECG Annual Report 2008"},
    {"name": "Daniel K. Okafor", "affiliation": "NASA", "role": "NASA's representative as first ISECG chair; opened the Berlin meeting"},
    {"name": "Marta Vellinga", "affiliation": "ESA", "role": "presenter, 2017 critical technology briefing; TWG co-chair"},
    {"name": "Kenji Morisaki", "affiliation": "JAXA", "role": "presenter, 2017 critical technology briefing"},
    {"name": "Laura E. Ashby", "affiliation": "NASA", "role": "presenter, 2017 critical technology briefing; TWG co-chair"},
    {"name": "Hamad Al Suwaidi", "affiliation": "UAE Space Agency", "role": "presenter, 2017 critical technology briefing"},
    {"name": "Seo Min-jun", "affiliation": "KARI", "role": "Chair of ISECG; issued the 2021 joint communique"},
]

chairs = [
    {"agency": "NASA", "period": "from the inaugural meeting (7 November 2007) until 14 May 2009", "start": "2007-11-07", "end": "2009-05-14", "handover_place": "Noordwijk, Netherlands"},
    {"agency": "ESA", "period": "14 May 2009 to 2011", "start": "2009-05-14", "end": "2011", "handover_place": "Tsukuba, Japan"},
    {"agency": "JAXA", "period": "2011 to 3 October 2012", "start": "2011", "end": "2012-10-03", "handover_place": "Naples, Italy"},
    {"agency": "CSA", "period": "3 October 2012 to 30 September 2014", "start": "2012-10-03", "end": "2014-09-30", "handover_place": "Toronto, Canada"},
    {"agency": "ESA", "period": "30 September 2014 to 2016", "start": "2014-09-30", "end": "2016", "handover_place": "Guadalajara, Mexico"},
    {"agency": "NASA", "period": "2016 to March 2018", "start": "2016", "end": "2018-03", "handover_place": "Tokyo, Japan"},
    {"agency": "JAXA", "period": "March 2018 to April 2020", "start": "2018-03", "end": "2020-04", "handover_place": "video conference"},
    {"agency": "KARI", "period": "April 2020 to 31 December 2021", "start": "2020-04", "end": "2021-12-31", "handover_place": "online meeting (15 December 2021)"},
    {"agency": "ASI", "period": "1 January 2022 to 31 December 2023 (two-year term agreed in Dubai, 24 October 2021)", "start": "2022-01-01", "end": "2023-12-31", "handover_place": "Baku, Azerbaijan"},
    {"agency": "CNES", "period": "from 1 January 2024 (present, as of March 2025)", "start": "2024-01-01", "end": None},
]

TECH = [
    ("Closed-loop life support", ["NASA", "ESA", "JAXA"]),
    ("Cryogenic propellant storage and transfer", ["NASA", "JAXA", "CNES"]),
    ("Precision landing and hazard avoidance", ["NASA", "ESA", "ISRO", "DLR"]),
    ("High-power solar electric propulsion", ["NASA", "ESA", "CNES"]),
    ("Lunar dust mitigation", ["NASA", "KARI", "ASI"]),
    ("Oxygen extraction from regolith", ["ESA", "CSA", "UKSA", "NASA"]),
    ("Space radiation protection", ["ASI", "DLR", "Roscosmos"]),
    ("Dexterous autonomous robotics", ["CSA", "DLR", "JAXA"]),
]
technology_work = [{"agency": a, "technology": t, "document": D2} for t, ags in TECH for a in ags]
technology_work += [
    {"agency": "ISECG", "technology": "critical technology gap assessment (Technology Working Group; 64 gaps, 8 critical)", "document": D2},
    {"agency": "ISECG", "technology": "assessment of critical technology gaps (technology working group, progress noted 2021)", "document": D3},
]

working_groups = [
    {"name": "International Architecture Working Group", "acronym": "IAWG", "established": "2008-04", "lead": "NASA", "document": D1},
    {"name": "Exploration Roadmap Working Group", "acronym": "ERWG", "established": "2008-09-30", "lead": "ESA", "document": D1},
    {"name": "Communications and Outreach Working Group", "acronym": "COWG", "established": "2008-12", "lead": "CNES", "document": D1},
    {"name": "Technology Working Group", "acronym": "TWG", "established": None, "lead": "co-chairs Marta Vellinga (ESA) and Laura E. Ashby (NASA)", "document": D2},
]

MENT = {
    D1: {"agency": ["ISECG", "ASI", "BNSC", "CNES", "CNSA", "CSA", "CSIRO", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA", "NSAU", "Roscosmos"],
         "destination": ["Moon", "Mars"], "program": ["Global Exploration Strategy", "International Astronautical Congress"]},
    D2: {"agency": ["ISECG", "ESA", "JAXA", "NASA", "UAE Space Agency", "CNES", "ISRO", "DLR", "KARI", "ASI", "CSA", "UKSA", "Roscosmos"],
         "destination": ["cislunar space", "lunar surface", "low Earth orbit"],
         "program": ["Global Exploration Roadmap", "International Astronautical Congress"],
         "technology": [t for t, _ in TECH]},
    D3: {"agency": ["ISECG", "UAE Space Agency", "ISA", "PhilSA", "FFG", "KARI", "ASI"],
         "destination": ["Moon", "Mars"], "program": ["Global Exploration Roadmap", "International Astronautical Congress"]},
    D4: {"agency": ["ISECG", "UKSA", "BNSC", "UAE Space Agency", "ASA", "LSA", "NOSA", "POLSA", "ROSA", "SSO", "AEB", "GISTDA", "VNSC", "ISA", "PhilSA", "FFG", "AEM", "SSA", "Portugal Space"]},
    D5: {"agency": ["ISECG", "NASA", "ESA", "JAXA", "CSA", "KARI", "ASI", "CNES"],
         "program": ["International Astronautical Congress", "International Space Exploration Forum", "Global Exploration Roadmap"]},
}
mentions = [{"document": d, "entity": e, "kind": k} for d, kinds in MENT.items() for k, es in kinds.items() for e in es]

gold = {
    "split": "dev-new",
    "documents": documents, "editions": editions, "publications": publications, "events": events,
    "memberships": memberships, "membership_counts": membership_counts, "authored_by": authored_by,
    "people": people, "chairs": chairs, "technology_work": technology_work, "mission_phases": [],
    "working_groups": working_groups, "mentions": mentions,
}

Q = []
def q(question, answer, evidence, doc, kind):
    Q.append({"id": f"bg-{len(Q)+1:02d}", "question": question, "answer": answer, "evidence": evidence,
              "doc": doc if isinstance(doc, list) else [doc], "kind": kind})

# fact (10)
q("Which agency hosted the third ISECG meeting, held in Glasgow?", ["BNSC", "British National Space Centre"],
  ["3rd 30.09.2008 Glasgow, United Kingdom BNSC 12 35"], D1, "fact")
q("What is the full name of NSAU, one of the agencies that founded ISECG?", ["National Space Agency of Ukraine"],
  ["13 NSAU National Space Agency of Ukraine Ukraine"], D1, "fact")
q("According to the 2008 annual report, which agency provides the ISECG Secretariat?", ["ESA", "European Space Agency"],
  ["which is provided by ESA and located at ESTEC in Noordwijk"], D1, "fact")
q("Which agency does Kenji Morisaki, one of the presenters of the 2017 critical technology briefing, work for?",
  ["JAXA", "Japan Aerospace Exploration Agency"],
  ["Kenji Morisaki2", "2 Japan Aerospace Exploration Agency, Tsukuba Space Center"], D2, "fact")
q("On what date and at which event was the ISECG critical technology assessment of 2017 presented?",
  ["26 September 2017, at an ISECG side event of the 68th International Astronautical Congress in Adelaide",
   "26 September 2017, 68th IAC, Adelaide", "2017-09-26"],
  ["ISECG side event, 68th International Astronautical Congress · Adelaide, Australia · Tuesday 26 September 2017"], D2, "fact")
q("In the 2017 assessment, which critical technology were CSA, DLR and JAXA working on?",
  ["Dexterous autonomous robotics", "dexterous autonomous robotics"],
  ["8 Dexterous autonomous robotics", "CSA, DLR, JAXA"], D2, "fact")
q("On what date did the Philippine Space Agency become a member of ISECG?", ["1 June 2021", "2021-06-01", "June 1, 2021"],
  ["the Philippine Space Agency (PhilSA), whose membership took effect on 1 June 2021"], D3, "fact")
q("Which agency hosted the meeting of ISECG heads of agencies in Dubai in October 2021?",
  ["UAE Space Agency", "United Arab Emirates Space Agency"],
  ["The meeting was hosted by the UAE Space Agency at the Dubai World Trade Centre."], D3, "fact")
q("In which year did the UK Space Agency take over the ISECG seat of the British National Space Centre?", ["2010"],
  ["During 2010 the UK Space Agency (UKSA) took over the seat that the British National Space Centre (BNSC) had held since 2007"], D4, "fact")
q("In which city did CSA hand the ISECG chair to ESA?", ["Toronto", "Toronto, Canada"],
  ["| 4 | CSA (Canada) | 3 October 2012 | 30 September 2014 | Toronto, Canada [note 4] |", "CSA's term ended on 2014-09-30 in Toronto"], D5, "fact")
# count (5)
q("How many agencies founded ISECG, according to its 2008 annual report?", ["14", "fourteen"],
  ["ISECG was established in 2007 by the fourteen agencies listed below"], D1, "count")
q("How many delegates attended the ISECG meeting in Saint-Hubert in April 2008?", ["46", "forty-six"],
  ["2nd 2008-04-10/11 Saint-Hubert, Canada CSA 14 46"], D1, "count")
q("How many technologies did the 2017 ISECG assessment rate as critical?", ["8", "eight"],
  ["Of the 64 gaps, 8 were rated critical"], D2, "count")
q("How many delegations attended the 2021 heads of agencies meeting in Dubai in person?", ["18", "eighteen"],
  ["Eighteen delegations attended in Dubai"], D3, "count")
q("How many agencies joined ISECG during 2019?", ["6", "six"],
  ["Six agencies came in during 2019"], D4, "count")
# list (5)
q("Which working groups did ISECG set up in 2008?",
  ["International Architecture Working Group (IAWG); Exploration Roadmap Working Group (ERWG); Communications and Outreach Working Group (COWG)",
   "IAWG, ERWG, COWG"],
  ["Three working groups were set up during the year:", "International Architecture Working Group (IAWG)",
   "Exploration Roadmap Working Group (ERWG)", "Communications and Outreach Working Group (COWG)"], D1, "list")
q("Which agencies were working on cryogenic propellant storage and transfer, according to the 2017 briefing?",
  ["NASA, JAXA and CNES", "NASA; JAXA; CNES"],
  ["Cryogenic propellant storage and transfer", "NASA, JAXA, CNES"], D2, "list")
q("Which new member agencies were welcomed in the heads of agencies' joint communiqué of October 2021?",
  ["Israel Space Agency (ISA), Philippine Space Agency (PhilSA) and the Austrian Research Promotion Agency (FFG)", "ISA; PhilSA; FFG"],
  ["the Israel Space Agency (ISA), a member since 9 March 2021;",
   "the Philippine Space Agency (PhilSA), whose membership took effect on 1 June 2021; and",
   "Austria's space agency within the Austrian Research Promotion Agency (FFG), which joined on 16 September 2021."], D3, "list")
q("Which agencies joined ISECG in 2020?",
  ["Brazilian Space Agency (AEB), GISTDA (Thailand) and Vietnam National Space Center (VNSC)", "AEB; GISTDA; VNSC"],
  ["Membership rose by three with the arrival of the Brazilian Space Agency (AEB), Thailand's Geo-Informatics and Space Technology Development Agency (GISTDA) and the Vietnam National Space Center (VNSC)."], D4, "list")
q("Which agencies have held the ISECG chair more than once?", ["NASA, ESA and JAXA", "NASA; ESA; JAXA"],
  ["| 1 | NASA (United States) |", "| 6 | NASA (United States) |", "| 2 | ESA (Europe) |", "| 5 | ESA (Europe) |",
   "| 3 | JAXA (Japan) |", "| 7 | JAXA (Japan) |"], D5, "list")
# temporal (4)
q("How many member agencies did ISECG have at the end of the year in which the Technology Working Group presented its critical technology assessment in Adelaide?",
  ["15", "fifteen"], ["Tuesday 26 September 2017", "2017 15 0"], [D2, D4], "temporal")
q("How many agencies joined ISECG between the heads of agencies meeting in Dubai and 13 December 2024?", ["3", "three"],
  ["With these additions the group now counts 27 member agencies.", "30 member agencies on 13 December 2024"], [D3, D4], "temporal")
q("How many more agencies were represented at the 2021 heads of agencies meeting in Dubai than at ISECG's inaugural meeting in Berlin?",
  ["9", "nine (22 versus 13)"],
  ["Twenty-two of the group's member agencies were represented.", "Thirteen of the fourteen agencies sent delegations"], [D3, D1], "temporal")
q("Which agency chaired ISECG in the year the UAE Space Agency was admitted?", ["ESA", "European Space Agency"],
  ["Space Agency (UAE Space Agency) was admitted in 2015", "| 5 | ESA (Europe) | 30 September 2014 | 2016 |"], [D4, D5], "temporal")
# cross-doc (3)
q("Which agency held the ISECG chair when the 2017 critical technology assessment was presented in Adelaide?", ["NASA"],
  ["Tuesday 26 September 2017", "| 6 | NASA (United States) | 2016 | March 2018 |"], [D2, D5], "cross-doc")
q("On which of the 2017 critical technologies was the agency that took over the ISECG chair on 1 January 2022 working?",
  ["Lunar dust mitigation and space radiation protection (ASI)", "lunar dust mitigation; space radiation protection"],
  ["the Italian Space Agency (ASI) will take over the chair of ISECG from KARI with effect from 1 January 2022",
   "5 Lunar dust mitigation", "NASA, KARI, ASI", "7 Space radiation protection", "ASI, DLR, Roscosmos"], [D3, D2], "cross-doc")
q("How many of the agencies whose staff presented the 2017 critical technology briefing were among ISECG's founding agencies?",
  ["3", "three (ESA, JAXA and NASA; the UAE Space Agency was not a founder)"],
  ["Marta Vellinga1 · Kenji Morisaki2 · Laura E. Ashby3 · Hamad Al Suwaidi4", "4 UAE Space Agency, Abu Dhabi",
   "8 ESA European Space Agency Europe", "10 JAXA Japan Aerospace Exploration Agency Japan",
   "12 NASA National Aeronautics and Space Administration United States"], [D2, D1], "cross-doc")
# no-answer (3)
q("What was the ISECG Secretariat's budget for 2008?", [], [], D1, "no-answer")
q("Who led the Philippine Space Agency's delegation at the 2021 heads of agencies meeting in Dubai?", [], [], D3, "no-answer")
q("Which agency is due to succeed CNES as ISECG chair?", [], [], D5, "no-answer")

assert len(Q) == 30
with open(os.path.join(OUT, "kg_gold.json"), "w") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(OUT, "qa.jsonl"), "w") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
print("wrote", len(Q), "questions")
