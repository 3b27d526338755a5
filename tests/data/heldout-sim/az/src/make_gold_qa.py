"""Write ../kg_gold.json and ../qa.jsonl for held-out set az (layout of corpus-multi)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

AR = "isecg-annual-report-2009.pdf"
SP = "isecg-strategic-plan-2013-2017.pdf"
CR = "csa-consultation-response-2020.pdf"
PN = "iac-2016-panel-summary.pdf"
MP = "isecg-members-page-2025.md"

documents = [
    {"file": AR, "title": "ISECG Annual Report 2009", "year": 2009, "type": "annual-report"},
    {"file": SP, "title": "ISECG Strategic Plan 2013–2017", "year": 2013, "type": "strategic-plan"},
    {"file": CR, "title": "Consultation on the draft Global Exploration Roadmap Supplement “Lunar Surface Exploration Scenario Update” — formal response of the Canadian Space Agency", "year": 2020, "type": "consultation-response"},
    {"file": PN, "title": "Partners beyond low Earth orbit: a panel on international cooperation in space exploration (67th IAC session summary)", "year": 2016, "type": "panel-summary"},
    {"file": MP, "title": "Members (ISECG website, snapshot of 3 July 2025)", "year": 2025, "type": "web-page"},
]

editions = [
    {"title": "The Global Exploration Strategy: The Framework for Coordination", "edition": "framework", "released": "2007"},
    {"title": "The Global Exploration Roadmap", "edition": "first", "released": "2011-09"},
    {"title": "The Global Exploration Roadmap", "edition": "second", "released": "2013-08",
     "note": "expected August 2013 per the strategic plan (July 2013); the 2016 panel calls it the 2013 edition; replaces the two pathways of the first with a single reference mission scenario"},
    {"title": "The Global Exploration Roadmap", "edition": "third", "released": None,
     "note": "target year 2016 in the strategic plan (milestone M7, ERWG); expected in 2017 rather than 2016 per the IAC 2016 panel"},
    {"title": "Global Exploration Roadmap Supplement – Lunar Surface Exploration Scenario Update", "edition": "2020 supplement (draft)", "released": None,
     "draft_circulated": "2020-04-20", "note": "draft circulated 20 April 2020; comments due 15 June 2020; publication expected later in 2020"},
    {"title": "ISECG Work Plan", "edition": "2009–2012", "released": "2009-02",
     "note": "adopted at the 4th plenary, Paris, February 2009; validity ended 31 December 2012"},
    {"title": "ISECG Strategic Plan", "edition": "2013–2017", "released": "2013-07",
     "approved": "2013-06-06", "replaces": "ISECG Work Plan 2009–2012"},
]

publications = [
    {"title": "ISECG Annual Report 2009", "publisher": "ISECG", "released": "2009-12-18", "note": "third annual report"},
    {"title": "ISECG Annual Report 2008", "publisher": "ISECG", "released": "2009-03"},
    {"title": "Interim status report on the lunar reference architecture", "publisher": "ISECG International Architecture Working Group", "released": "2009-12",
     "note": "delivered to the December 2009 plenary"},
    {"title": "ISECG Strategic Plan 2013–2017", "publisher": "ISECG", "released": "2013-07", "note": "approved 6 June 2013"},
    {"title": "Paper on the benefits of space exploration", "publisher": "ISECG agencies", "released": None,
     "note": "planned for the second half of 2013 (milestone M2, SCWG)"},
    {"title": "First global technology gap assessment", "publisher": "ISECG", "released": "2015",
     "note": "target year 2014 in the strategic plan (M3, TWG); published in 2015 per the IAC 2016 panel"},
    {"title": "White paper on the science enabled by the roadmap's missions", "publisher": "ISECG", "released": None,
     "note": "target year 2016 (M6, IAWG with the science community)"},
]

events = [
    {"name": "ISECG inaugural meeting (terms of reference agreed)", "date": "2007-11", "host": None, "place": None, "participants": None, "document": AR},
    {"name": "4th ISECG plenary (adopted the Work Plan 2009–2012)", "date": "2009-02-17", "end_date": "2009-02-19", "host": "ESA",
     "place": "Paris, France (ESA Headquarters)", "participants": 36, "document": AR},
    {"name": "5th ISECG plenary (chair handed from ESA to ASI)", "date": "2009-06-09", "end_date": "2009-06-10", "host": "ASI",
     "place": "Rome, Italy", "participants": 41, "document": AR},
    {"name": "IAWG technical workshop on the lunar reference architecture", "date": "2009-09-22", "end_date": "2009-09-24", "host": "JAXA",
     "place": "Tsukuba, Japan (Tsukuba Space Center)", "participants": 29, "document": AR},
    {"name": "6th ISECG plenary", "date": "2009-12-01", "end_date": "2009-12-02", "host": "CSA",
     "place": "Saint-Hubert, Quebec, Canada (John H. Chapman Space Centre)", "participants": 33, "document": AR},
    {"name": "UK government announces the UK Space Agency (to take over BNSC's responsibilities from April 2010)", "date": "2009-12-10",
     "host": None, "place": None, "participants": None, "document": AR},
    {"name": "7th ISECG plenary (planned)", "date": "2010-03", "host": "NASA", "place": "Washington, D.C.", "participants": None,
     "status": "planned", "document": AR},
    {"name": "13th ISECG plenary (approved the Strategic Plan 2013–2017)", "date": "2013-06-05", "end_date": "2013-06-06", "host": "CSA",
     "place": "Montréal", "participants": 31, "document": SP},
    {"name": "67th International Astronautical Congress", "date": "2016-09-26", "end_date": "2016-09-30", "host": None,
     "place": "Guadalajara, Mexico", "participants": None, "document": PN},
    {"name": "IAC 2016 panel on international cooperation in space exploration", "date": "2016-09-28", "host": None,
     "organised_with": "ISECG", "moderator": "Rosa Villaseñor (AEM)",
     "place": "Plenary Hall B, Expo Guadalajara, Guadalajara, Mexico", "participants": 420, "participants_note": "about 420 congress delegates",
     "note": "first issue of the summary gave 29 September 2016; corrected 14 October 2016", "document": PN},
    {"name": "ISECG side event at IAC 2016", "date": "2016-09-29", "host": None, "place": None, "participants": None, "document": PN},
    {"name": "Draft GER Supplement circulated to ISECG agencies for consultation", "date": "2020-04-20", "host": None, "place": None,
     "participants": None, "note": "comments due 15 June 2020", "document": CR},
    {"name": "Admission of AEB and GISTDA to ISECG", "date": "2020-05", "host": None, "place": None, "participants": None, "document": CR},
    {"name": "ISECG chair passes from KASA to UKSA", "date": "2025-04-01", "host": None, "place": None, "participants": None, "document": MP},
]

def m(acr, name, country, since, **kw):
    d = {"agency_acronym": acr, "agency_name": name, "country": country, "since": since}
    d.update(kw)
    return d

memberships = [
    m("ASI", "Italian Space Agency (Agenzia Spaziale Italiana)", "Italy", 2007, status="founding member"),
    m("BNSC", "British National Space Centre", "United Kingdom", 2007, status="founding member; replaced by the UK Space Agency in 2010"),
    m("CNES", "Centre National d'Études Spatiales", "France", 2007, status="founding member"),
    m("CNSA", "China National Space Administration", "China", 2007, status="founding member"),
    m("CSA", "Canadian Space Agency", "Canada", 2007, status="founding member"),
    m("CSIRO", "Commonwealth Scientific and Industrial Research Organisation", "Australia", 2007, until=2019,
      status="founding member; withdrew in 2019 when the Australian Space Agency joined"),
    m("DLR", "German Aerospace Center (Deutsches Zentrum für Luft- und Raumfahrt)", "Germany", 2007, status="founding member"),
    m("ESA", "European Space Agency", "Europe", 2007, status="founding member"),
    m("ISRO", "Indian Space Research Organisation", "India", 2007, status="founding member"),
    m("JAXA", "Japan Aerospace Exploration Agency", "Japan", 2007, status="founding member"),
    m("KARI", "Korea Aerospace Research Institute", "Republic of Korea", 2007, status="founding member; KASA has represented Korea since 2024"),
    m("NASA", "National Aeronautics and Space Administration", "United States", 2007, status="founding member"),
    m("NSAU", "National Space Agency of Ukraine", "Ukraine", 2007, status="founding member; now State Space Agency of Ukraine (SSAU)"),
    m("Roscosmos", "Russian Federal Space Agency / State Space Corporation Roscosmos", "Russia", 2007, status="founding member"),
    m("UKSA", "UK Space Agency", "United Kingdom", 2007, status="listed since 2007 through its predecessor BNSC; replaced BNSC in 2010"),
    m("KASA", "Korea AeroSpace Administration", "Republic of Korea", 2007, status="listed since 2007 through KARI; represents Korea since 2024"),
    m("SSAU", "State Space Agency of Ukraine", "Ukraine", 2007, status="joined as NSAU"),
    m("UAESA", "United Arab Emirates Space Agency", "United Arab Emirates", 2015, status="fifteenth member"),
    m("ASA", "Australian Space Agency", "Australia", 2019),
    m("LSA", "Luxembourg Space Agency", "Luxembourg", 2019),
    m("NOSA", "Norwegian Space Agency", "Norway", 2019),
    m("POLSA", "Polish Space Agency", "Poland", 2019),
    m("ROSA", "Romanian Space Agency", "Romania", 2019),
    m("SSO", "Swiss Space Office", "Switzerland", 2019),
    m("VNSC", "Vietnam National Space Center", "Vietnam", 2019),
    m("AEB", "Brazilian Space Agency", "Brazil", 2020, since_month="2020-05"),
    m("GISTDA", "Geo-Informatics and Space Technology Development Agency", "Thailand", 2020, since_month="2020-05"),
    m("ISA", "Israel Space Agency", "Israel", 2021),
    m("NZSA", "New Zealand Space Agency", "New Zealand", 2022),
    m("PhilSA", "Philippine Space Agency", "Philippines", 2023),
    m("TUA", "Turkish Space Agency", "Türkiye", 2024),
]

membership_counts = [
    {"date": "2009-12-31", "count": 14, "what": "ISECG participating agencies at end of 2009 (unchanged since 2007)"},
    {"date": "2015", "count": 15, "what": "ISECG members after the UAE Space Agency joined as the fifteenth"},
    {"date": "2020-04", "count": 21, "what": "ISECG agencies as given in the draft supplement of 20 April 2020 (before AEB and GISTDA)"},
    {"date": "2020-06-12", "count": 23, "what": "ISECG agencies after AEB and GISTDA were admitted in May 2020 (CSA letter)"},
    {"date": "2025-07-03", "count": 27, "what": "ISECG member agencies on the Members page snapshot"},
]

authored_by = [{"document": "ISECG Annual Report 2009", "file": AR, "agency": "ISECG"}]
for a in ["ASI", "CNES", "CSA", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA", "NSAU", "Roscosmos", "UKSA"]:
    authored_by.append({"document": "ISECG Strategic Plan 2013–2017", "file": SP, "agency": a, "role": "approving and issuing agency"})
authored_by.append({"document": "ISECG Strategic Plan 2013–2017", "file": SP, "agency": "ISECG Executive Secretariat", "role": "prepared by"})
authored_by.append({"document": documents[2]["title"], "file": CR, "agency": "CSA"})
authored_by.append({"document": documents[3]["title"], "file": PN, "agency": "ISECG Executive Secretariat"})
authored_by.append({"document": documents[3]["title"], "file": PN, "agency": "Universidad de Guadalajara"})
authored_by.append({"document": documents[4]["title"], "file": MP, "agency": "ISECG"})

people = [
    {"name": "Paola Venturini", "affiliation": "ASI", "role": "ISECG Chair from 10 June 2009"},
    {"name": "Jean-Marc Delorme", "affiliation": "ESA", "role": "represented ESA as ISECG chair, November 2008 to 10 June 2009"},
    {"name": "Gregory Hallam", "affiliation": "NASA", "role": "lead of the International Architecture Working Group (IAWG), 2009"},
    {"name": "Ulrike Brenner", "affiliation": "ESA", "role": "deputy lead of the IAWG, 2009"},
    {"name": "Kenji Moriyama", "affiliation": "JAXA", "role": "chair of the Exploration Objectives Working Group (EOWG), 2009"},
    {"name": "Anne-Sophie Gagnon", "affiliation": "CSA", "role": "coordinator of the Strategic Communications Working Group (SCWG), 2009"},
    {"name": "Pierre Lavoie", "affiliation": "CSA", "role": "CSA head of delegation; signed the Strategic Plan 2013–2017 on behalf of ISECG"},
    {"name": "Marie-Claude Tremblay", "affiliation": "CSA", "role": "Director General, Space Exploration; signed the 2020 consultation response"},
    {"name": "Samuel Okafor", "affiliation": "CSA", "role": "Manager, Exploration Planning; technical point of contact for the consultation"},
    {"name": "Jana Novak", "affiliation": "ISECG Executive Secretariat (ESA ESTEC, Noordwijk)", "role": "co-author of the IAC 2016 panel summary"},
    {"name": "Mateo Ortega", "affiliation": "Universidad de Guadalajara", "role": "co-author of the IAC 2016 panel summary"},
    {"name": "Rosa Villaseñor", "affiliation": "AEM (Mexican Space Agency)", "role": "moderator of the IAC 2016 panel"},
    {"name": "William Hartfield", "affiliation": "NASA", "role": "Deputy Associate Administrator, Human Exploration and Operations; IAC 2016 panellist"},
    {"name": "Sabine Kröger", "affiliation": "ESA", "role": "Head of Exploration Strategy and Planning; IAC 2016 panellist"},
    {"name": "Hiroshi Tanabe", "affiliation": "JAXA", "role": "Director, International Space Exploration; IAC 2016 panellist"},
    {"name": "Pierre-Luc Bouchard", "affiliation": "CSA", "role": "Director, Space Exploration Development; IAC 2016 panellist (replaced Gilles Morin)"},
    {"name": "Aisha Al Mazrouei", "affiliation": "UAE Space Agency", "role": "Director, Space Missions; IAC 2016 panellist"},
    {"name": "Gilles Morin", "affiliation": "CSA", "role": "listed in the IAC 2016 programme as panellist but could not travel"},
]

chairs = [
    {"agency": "ESA", "period": "2008-11 to 2009-06-10", "person": "Jean-Marc Delorme"},
    {"agency": "ASI", "period": "from 2009-06-10 (term expected to end mid-2010)", "person": "Paola Venturini"},
    {"agency": "CSA", "period": "chair when the Strategic Plan was approved, 2013-06-06"},
    {"agency": "NASA", "period": "during 2016"},
    {"agency": "JAXA", "period": "current as of 2020-06-12"},
    {"agency": "KASA", "period": "2024-03 to 2025-04-01"},
    {"agency": "UKSA", "period": "from 2025-04-01"},
]

technology_work = [
    {"agency": "CSA", "technology": "Canadarm3, smart robotic system for the Gateway", "document": CR},
    {"agency": "CSA", "technology": "artificial intelligence for autonomous robotic operations (onboard planning, fault recovery)", "document": CR},
    {"agency": "CSA", "technology": "lunar utility rover (Lunar Exploration Accelerator Program, with Canadian industry)", "document": CR},
    {"agency": "CSA", "technology": "remote health care and medical autonomy for crews", "document": CR},
    {"agency": "ISECG Technology Working Group", "technology": "first global technology gap assessment (target 2014, milestone M3)", "document": SP},
    {"agency": "ISECG", "technology": "first global technology gap assessment (published 2015)", "document": PN},
]

technology_priorities = [
    {"agency": "CSA", "technology": "autonomous robotic operations during uncrewed periods of the Gateway and surface assets", "document": CR},
    {"agency": "CSA", "technology": "surviving and operating through the lunar night (power storage, thermal control)", "document": CR},
    {"agency": "CSA", "technology": "mitigation of lunar dust at robotic and mechanical interfaces", "document": CR},
    {"agency": "CSA", "technology": "crew health autonomy for long-duration missions", "document": CR},
]

mission_phases = [
    {"document": CR, "phase": 1, "name": "initial human return", "start": 2024},
    {"document": CR, "phase": 2, "name": "expanding surface operations", "start": 2028, "start_note": "from about 2028"},
    {"document": CR, "phase": 3, "name": "sustained exploration", "start": None, "start_note": "from the early 2030s"},
]

milestones = [
    {"document": SP, "id": "M1", "milestone": "Second edition of the Global Exploration Roadmap released", "target_year": 2013, "responsible": "ERWG"},
    {"document": SP, "id": "M2", "milestone": "Paper on the benefits of space exploration issued", "target_year": 2013, "responsible": "SCWG"},
    {"document": SP, "id": "M3", "milestone": "First global technology gap assessment completed and summarised for the public", "target_year": 2014, "responsible": "TWG"},
    {"document": SP, "id": "M4", "milestone": "Guidance for agencies wishing to join ISECG agreed", "target_year": 2014, "responsible": "ISECG Executive Secretariat"},
    {"document": SP, "id": "M5", "milestone": "At least one new participating agency welcomed", "target_year": 2015, "responsible": "ISECG Executive Secretariat"},
    {"document": SP, "id": "M6", "milestone": "White paper on the science enabled by the roadmap's missions published", "target_year": 2016, "responsible": "IAWG, with the science community"},
    {"document": SP, "id": "M7", "milestone": "Third edition of the Global Exploration Roadmap released", "target_year": 2016, "responsible": "ERWG"},
    {"document": SP, "id": "M8", "milestone": "Review of this plan and approval of its successor", "target_year": 2017, "responsible": "ISECG Executive Secretariat"},
]

working_groups = [
    {"document": AR, "name": "International Architecture Working Group", "acronym": "IAWG", "lead": "Gregory Hallam (NASA)", "deputy": "Ulrike Brenner (ESA)",
     "participants_from_2009": ["DLR", "KARI"]},
    {"document": AR, "name": "Exploration Objectives Working Group", "acronym": "EOWG", "lead": "Kenji Moriyama (JAXA)"},
    {"document": AR, "name": "Strategic Communications Working Group", "acronym": "SCWG", "lead": "Anne-Sophie Gagnon (CSA)",
     "participants_from_2009": ["CNES"]},
    {"document": SP, "name": "Exploration Roadmap Working Group", "acronym": "ERWG", "lead": None},
    {"document": SP, "name": "Technology Working Group", "acronym": "TWG", "lead": None, "note": "being formed in 2013"},
]

mentions_spec = {
    AR: {"agency": ["ISECG", "ASI", "BNSC", "CNES", "CNSA", "CSA", "CSIRO", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA", "NSAU", "Roscosmos", "UK Space Agency",
                    "International Architecture Working Group", "Exploration Objectives Working Group", "Strategic Communications Working Group"],
         "destination": ["Moon", "Mars"],
         "program": ["Global Exploration Strategy", "ISECG Work Plan 2009–2012", "lunar reference architecture"]},
    SP: {"agency": ["ISECG", "ISECG Executive Secretariat", "ASI", "CNES", "CSA", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA", "NSAU", "Roscosmos", "UKSA",
                    "Exploration Roadmap Working Group", "Technology Working Group", "Strategic Communications Working Group", "International Architecture Working Group"],
         "destination": ["Mars", "cislunar space"],
         "spacecraft": ["International Space Station"],
         "program": ["Global Exploration Roadmap", "ISECG Work Plan 2009–2012"],
         "technology": ["technology gap assessment"]},
    CR: {"agency": ["CSA", "ISECG", "ISECG Executive Secretariat", "Exploration Roadmap Working Group", "ISECG Technology Working Group", "AEB", "GISTDA", "JAXA"],
         "destination": ["Moon", "lunar surface"],
         "spacecraft": ["Gateway", "Canadarm3", "lunar utility rover"],
         "program": ["Global Exploration Roadmap Supplement", "Lunar Exploration Accelerator Program"],
         "technology": ["artificial intelligence", "autonomous robotic operations", "lunar night survival", "lunar dust mitigation", "remote health care", "crew health autonomy"]},
    PN: {"agency": ["ISECG", "ISECG Executive Secretariat", "AEM", "NASA", "ESA", "JAXA", "CSA", "UAE Space Agency", "Universidad de Guadalajara"],
         "destination": ["Moon", "Mars", "cislunar space"],
         "spacecraft": ["International Space Station"],
         "program": ["Global Exploration Roadmap", "67th International Astronautical Congress"],
         "technology": ["technology gap assessment", "life support", "landing technologies", "robotics"]},
    MP: {"agency": ["ISECG", "ISECG Executive Secretariat", "ASI", "CNES", "CNSA", "CSA", "DLR", "ESA", "ISRO", "JAXA", "KASA", "KARI", "NASA", "SSAU", "NSAU",
                    "Roscosmos", "UKSA", "BNSC", "UAESA", "ASA", "CSIRO", "LSA", "NOSA", "POLSA", "ROSA", "SSO", "VNSC", "AEB", "GISTDA", "ISA", "NZSA",
                    "PhilSA", "TUA"],
         "destination": ["Moon", "Mars"]},
}
mentions = [{"document": doc, "entity": e, "kind": k} for doc, kinds in mentions_spec.items() for k, ents in kinds.items() for e in ents]

gold = {
    "split": "heldout-new",
    "documents": documents,
    "editions": editions,
    "publications": publications,
    "events": events,
    "memberships": memberships,
    "membership_counts": membership_counts,
    "authored_by": authored_by,
    "people": people,
    "chairs": chairs,
    "technology_work": technology_work,
    "technology_priorities": technology_priorities,
    "mission_phases": mission_phases,
    "milestones": milestones,
    "working_groups": working_groups,
    "mentions": mentions,
}

Q = []
def q(question, answer, evidence, doc, kind):
    Q.append({"id": "az-%02d" % (len(Q) + 1), "question": question, "answer": answer, "evidence": evidence,
              "doc": doc if isinstance(doc, list) else [doc], "kind": kind})

# fact (10)
q("Which agency hosted the ISECG meeting held in Saint-Hubert, Quebec, in December 2009?",
  ["CSA", "Canadian Space Agency"], ["Saint-Hubert, Quebec, Canada (John H. Chapman Space Centre) CSA 33"], AR, "fact")
q("Who coordinated ISECG's Strategic Communications Working Group in 2009?",
  ["Anne-Sophie Gagnon", "Anne-Sophie Gagnon (CSA)"], ["the SCWG is coordinated by Anne-Sophie Gagnon of the Canadian Space Agency"], AR, "fact")
q("Which working group is responsible for the strategic plan's milestone on the first global technology gap assessment?",
  ["TWG", "Technology Working Group", "the Technology Working Group (TWG)"],
  ["First global technology gap assessment completed and summarised for the public 2014 TWG", "TWG Technology Working Group"], SP, "fact")
q("What does the acronym ERWG stand for in the ISECG Strategic Plan 2013–2017?",
  ["Exploration Roadmap Working Group"], ["ERWG Exploration Roadmap Working Group"], SP, "fact")
q("What reference number did the Canadian Space Agency give its 2020 consultation response on the draft roadmap supplement?",
  ["CSA-SE-2020-0417"], ["Our reference: CSA-SE-2020-0417"], CR, "fact")
q("Who signed the Canadian Space Agency's response to the draft roadmap supplement, and what is her title?",
  ["Marie-Claude Tremblay, Director General, Space Exploration", "Marie-Claude Tremblay"],
  ["Marie-Claude Tremblay Director General, Space Exploration Canadian Space Agency"], CR, "fact")
q("With which institution is Mateo Ortega, co-author of the IAC 2016 panel summary, affiliated?",
  ["Universidad de Guadalajara", "University of Guadalajara"],
  ["Summary prepared by Jana Novak1 and Mateo Ortega2", "2 Universidad de Guadalajara"], PN, "fact")
q("On what date did the IAC 2016 panel on international cooperation in space exploration take place?",
  ["28 September 2016", "2016-09-28", "Wednesday 28 September 2016"],
  ["The panel took place on 28 September 2016"], PN, "fact")
q("Under what name did the agency now represented by KASA originally join ISECG?",
  ["Korea Aerospace Research Institute", "KARI", "Korea Aerospace Research Institute (KARI)"],
  ["Joined in 2007 as the Korea Aerospace Research Institute (KARI)"], MP, "fact")
q("Which earlier document does the ISECG Strategic Plan 2013–2017 supersede?",
  ["ISECG Work Plan 2009–2012", "the Work Plan 2009-2012"], ["It supersedes the ISECG Work Plan 2009–2012"], SP, "fact")
# count (5)
q("How many people took part in the 5th ISECG plenary in Rome in June 2009?",
  ["41", "forty-one"], ["5th ISECG plenary 9–10 June 2009 Rome, Italy ASI 41"], AR, "count")
q("How many agencies approved the ISECG Strategic Plan 2013–2017?",
  ["12", "twelve"], ["approved on the second day by the following twelve agencies"], SP, "count")
q("How many member agencies did ISECG have according to its Members page of July 2025?",
  ["27", "twenty-seven"], ["Twenty-seven agencies take part today", "There are currently **27** member agencies."], MP, "count")
q("About how many people attended the ISECG panel at the 67th International Astronautical Congress?",
  ["about 420", "420"], ["Audience: about 420 congress delegates"], PN, "count")
q("According to the 2025 Members page, how many agencies joined ISECG in 2019?",
  ["7", "seven"],
  ["| Australian Space Agency | ASA | Australia | 2019 [^4] |", "| Luxembourg Space Agency | LSA | Luxembourg | 2019 |",
   "| Norwegian Space Agency | NOSA | Norway | 2019 |", "| Polish Space Agency | POLSA | Poland | 2019 |",
   "| Romanian Space Agency | ROSA | Romania | 2019 |", "| Swiss Space Office | SSO | Switzerland | 2019 |",
   "| Vietnam National Space Center | VNSC | Vietnam | 2019 |"], MP, "count")
# list (5)
q("Which working groups carried out ISECG's work in 2009?",
  ["International Architecture Working Group; Exploration Objectives Working Group; Strategic Communications Working Group", "IAWG, EOWG and SCWG"],
  ["International Architecture Working Group (IAWG).", "Exploration Objectives Working Group (EOWG).", "Strategic Communications Working Group (SCWG)."], AR, "list")
q("Which technology areas did the Canadian Space Agency ask the final roadmap supplement to prioritise?",
  ["autonomous robotic operations during uncrewed periods; surviving and operating through the lunar night; mitigation of lunar dust at robotic and mechanical interfaces; crew health autonomy for long missions"],
  ["autonomous robotic operations during uncrewed periods of the Gateway and of surface assets;",
   "surviving and operating through the lunar night, including power storage and thermal control;",
   "mitigation of lunar dust at robotic and mechanical interfaces;", "crew health autonomy for missions of long duration."], CR, "list")
q("Who were the panellists of the IAC 2016 session on international exploration cooperation, and which agencies did they represent?",
  ["William Hartfield (NASA); Sabine Kröger (ESA); Hiroshi Tanabe (JAXA); Pierre-Luc Bouchard (CSA); Aisha Al Mazrouei (UAE Space Agency)"],
  ["William Hartfield NASA", "Dr. Sabine Kröger ESA", "Hiroshi Tanabe JAXA", "Pierre-Luc Bouchard† CSA", "Dr. Aisha Al Mazrouei UAE Space Agency"], PN, "list")
q("Which agencies joined ISECG in 2020?",
  ["Brazilian Space Agency (AEB) and GISTDA (Thailand)", "AEB; GISTDA"],
  ["| Brazilian Space Agency | AEB | Brazil | 2020 |", "| Geo-Informatics and Space Technology Development Agency | GISTDA | Thailand | 2020 |"], MP, "list")
q("Which milestones of the ISECG Strategic Plan 2013–2017 have 2016 as their target year?",
  ["the white paper on the science enabled by the roadmap's missions (M6) and the third edition of the Global Exploration Roadmap (M7)"],
  ["M6 White paper on the science enabled by the roadmap’s missions published 2016", "M7 Third edition of the Global Exploration Roadmap released 2016 ERWG"], SP, "list")
# temporal (4)
q("On what date did the ISECG chair pass from ESA to the Italian Space Agency?",
  ["10 June 2009", "2009-06-10"], ["on 10 June 2009, ESA handed the chair to the Italian Space Agency"], AR, "temporal")
q("How many days did ISECG agencies have to comment on the draft roadmap supplement, counting from its circulation to the consultation deadline?",
  ["56 days", "56", "eight weeks"], ["circulated to the ISECG agencies on 20 April 2020", "before the deadline of 15 June 2020"], CR, "temporal")
q("Which agency chaired ISECG immediately before the UK Space Agency, and since when had it held the chair?",
  ["the Korea AeroSpace Administration (KASA), since March 2024", "KASA, from March 2024"],
  ["the UK Space Agency took over the chair from the Korea AeroSpace Administration", "which had chaired ISECG since March 2024"], MP, "temporal")
q("Was the ISECG Strategic Plan 2013–2017 approved before or after the expected publication of the second Global Exploration Roadmap edition?",
  ["before", "before: approved on 6 June 2013, the GER second edition was expected in August 2013"],
  ["Approved at the 13th ISECG plenary, Montréal, 6 June 2013", "is expected to be published in August 2013"], SP, "temporal")
# cross-doc (3)
q("The ISECG Strategic Plan 2013–2017 supersedes an earlier work plan. In which city was that work plan adopted, and which agency hosted the meeting?",
  ["Paris, hosted by ESA", "Paris; ESA"],
  ["It supersedes the ISECG Work Plan 2009–2012", "Adopted at the Paris plenary in February 2009",
   "4th ISECG plenary 17–19 Feb. 2009 Paris, France (ESA Headquarters) ESA 36"], [SP, AR], "cross-doc")
q("By how many agencies did ISECG's membership grow between the end of 2009 and July 2025?",
  ["13", "thirteen", "from 14 to 27"], ["The fourteen participating agencies listed in Table 1", "There are currently **27** member agencies."], [AR, MP], "cross-doc")
q("The strategic plan set a target year for the first global technology gap assessment. How many years later than that target was the assessment published, according to the IAC 2016 panel summary?",
  ["one year", "1", "a year late (2015 instead of 2014)"],
  ["First global technology gap assessment completed and summarised for the public 2014 TWG",
   "first global technology gap assessment, published in 2015"], [SP, PN], "cross-doc")
# no-answer (3)
q("What was the annual budget of the ISECG Executive Secretariat in 2009?", [], [], AR, "no-answer")
q("Which agency will host the next meeting of ISECG senior managers after July 2025?", [], [], MP, "no-answer")
q("How much funding did the Canadian Space Agency commit to the lunar utility rover in its 2020 consultation response?", [], [], CR, "no-answer")

assert len(Q) == 30
with open(os.path.join(OUT, "kg_gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
with open(os.path.join(OUT, "qa.jsonl"), "w", encoding="utf-8") as f:
    for item in Q:
        f.write(json.dumps(item, ensure_ascii=False) + "\n")
from collections import Counter
print({k: len(v) for k, v in gold.items() if isinstance(v, list)})
print(Counter(x["kind"] for x in Q))
