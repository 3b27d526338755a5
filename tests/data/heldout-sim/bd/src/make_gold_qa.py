#!/usr/bin/env python3
"""Write ../kg_gold.json and ../qa.jsonl for set bd (layout of corpus-multi)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

AR = "isecg-annual-report-2009.pdf"
WS = "isecg-lunar-technologies-workshop-report-2016.pdf"
SU = "ger-supplement-2020-lunar-surface-summary.pdf"
TW = "isecg-technology-working-group-status-report-2014.pdf"
GL = "isecg-at-a-glance-2023.md"

documents = [
    {"file": AR, "title": "International Space Exploration Coordination Group — Annual Report 2009", "year": 2009, "type": "annual-report"},
    {"file": WS, "title": "Technologies for Lunar Exploration: Report of an ISECG Workshop (ESTEC, Noordwijk, 8–10 November 2016)", "year": 2016, "type": "workshop-report"},
    {"file": SU, "title": "The Lunar Surface Exploration Scenario: a summary of the 2020 Global Exploration Roadmap Supplement", "year": 2020, "type": "supplement"},
    {"file": TW, "title": "ISECG Technology Working Group: Status Report 2014", "year": 2014, "type": "status-report"},
    {"file": GL, "title": "ISECG at a glance", "year": 2023, "type": "fact-sheet"},
]

editions = [
    {"title": "The Global Exploration Strategy", "edition": "framework", "released": "2007-05"},
    {"title": "The Global Exploration Roadmap", "edition": "first", "released": "2011-09"},
    {"title": "The Global Exploration Roadmap", "edition": "second", "released": "2013-08"},
    {"title": "The Global Exploration Roadmap", "edition": "third", "released": "2018-01"},
    {"title": "Global Exploration Roadmap Supplement – Lunar Surface Exploration Scenario", "edition": "2020 supplement",
     "released": "2020-08", "released_exact": "2020-08-27", "supplements": "third edition (2018); does not replace it"},
    {"title": "Global Exploration Roadmap Supplement (second supplement)", "edition": "2022 supplement", "released": "2022-10"},
]

publications = [
    {"title": "ISECG Annual Report 2009", "publisher": "ISECG", "released": "2009-12-15", "note": "third annual report; prepared by the ISECG Secretariat"},
    {"title": "IAWG final lunar report (human lunar outpost study)", "publisher": "ISECG International Architecture Working Group", "released": None, "note": "adopted at the Rome plenary, 4–5 November 2009"},
    {"title": "ISECG Technology Working Group: Status Report 2014", "publisher": "ISECG Technology Working Group", "released": "2014-06-30", "note": "Version 1.0"},
    {"title": "Technologies for Lunar Exploration: Report of an ISECG Workshop", "publisher": "ISECG", "released": "2016-12-19"},
    {"title": "Summary of the 2020 GER Supplement (lunar surface exploration scenario)", "publisher": None, "released": "2020-10", "note": "summary prepared October 2020"},
    {"title": "ISECG at a glance", "publisher": "ISECG Secretariat", "released": "2023-03-01", "note": "page updated 1 March 2023"},
]

events = [
    {"name": "First meeting of ISECG", "date": "2007-11", "host": None, "place": None, "participants": 10,
     "participants_note": "ten agencies; ASI takes the chair"},
    {"name": "Fifth ISECG plenary, Paris", "date": "2009-02-10", "end_date": "2009-02-12", "host": "CNES",
     "place": "CNES headquarters, Paris, France", "participants": 38, "participants_note": "delegates"},
    {"name": "International Architecture Working Group (IAWG) meeting, Houston", "date": "2009-05-19", "end_date": "2009-05-21",
     "host": "NASA", "place": "Johnson Space Center, Houston, Texas, USA", "participants": 27, "participants_note": "experts"},
    {"name": "ISECG side meeting at the 60th International Astronautical Congress", "date": "2009-10-11", "host": "KARI",
     "place": "Daejeon, Republic of Korea", "participants": 11, "participants_note": "heads of delegation from eleven agencies"},
    {"name": "60th International Astronautical Congress (opening)", "date": "2009-10-12", "host": None,
     "place": "Daejeon, Republic of Korea", "participants": None, "note": "opened the day after the 11 October side meeting, in the same city"},
    {"name": "Sixth ISECG plenary, Rome (chair handover ASI to JAXA on 5 November)", "date": "2009-11-04", "end_date": "2009-11-05",
     "host": "ASI", "place": "Rome, Italy", "participants": 41, "participants_note": "41 delegates; all fourteen agencies represented"},
    {"name": "TWG meeting agreeing the critical technologies table", "date": "2014-05-13", "host": None, "place": None, "participants": None},
    {"name": "ISECG Workshop on Lunar Exploration Technologies", "date": "2016-11-08", "end_date": "2016-11-10", "host": "ESA",
     "place": "European Space Research and Technology Centre (ESTEC), Noordwijk, the Netherlands", "participants": 86,
     "participants_note": "86 registered agency staff from 12 agencies; plus nine observers from industry and universities at the 9 November poster session"},
    {"name": "Release of the GER Supplement (lunar surface exploration scenario)", "date": "2020-08-27", "host": None, "place": None, "participants": None},
]

def m(acr, name, country, since, status=None, **extra):
    d = {"agency_acronym": acr, "agency_name": name, "country": country, "since": since}
    if status:
        d["status"] = status
    d.update(extra)
    return d

memberships = [
    m("ASI", "Italian Space Agency", "Italy", 2007),
    m("CNES", "Centre National d'Études Spatiales", "France", 2007),
    m("CNSA", "China National Space Administration", "China", 2008),
    m("CSA", "Canadian Space Agency", "Canada", 2007),
    m("CSIRO", "Commonwealth Scientific and Industrial Research Organisation", "Australia", 2008),
    m("DLR", "German Aerospace Center", "Germany", 2007),
    m("ESA", "European Space Agency", "Europe", 2007),
    m("ISRO", "Indian Space Research Organisation", "India", 2007),
    m("JAXA", "Japan Aerospace Exploration Agency", "Japan", 2007),
    m("KARI", "Korea Aerospace Research Institute", "Republic of Korea", 2008),
    m("NASA", "National Aeronautics and Space Administration", "United States", 2007),
    m("Roscosmos", "Russian Federal Space Agency", "Russia", 2007),
    m("BNSC", "British National Space Centre", "United Kingdom", 2007, "stated in a footnote of the 2009 annual report; place taken over by UKSA in April 2010"),
    m("NSAU", "National Space Agency of Ukraine", "Ukraine", 2008, "stated in a footnote of the 2009 annual report"),
    m("UKSA", "UK Space Agency", "United Kingdom", 2010, "successor of BNSC", since_date="2010-04"),
    m("UAE Space Agency", "UAE Space Agency", "United Arab Emirates", 2016, "15th member", since_date="2016-03"),
    m("LSA", "Luxembourg Space Agency", "Luxembourg", 2018, since_date="2018-11"),
    m("ASA", "Australian Space Agency", "Australia", 2019),
    m("POLSA", "Polish Space Agency", "Poland", 2019),
    m("SSO", "Swiss Space Office", "Switzerland", 2019),
    m("ROSA", "Romanian Space Agency", "Romania", 2020, since_date="2020-02"),
    m("AEB", "Brazilian Space Agency", "Brazil", 2020, since_date="2020-06"),
    m("GISTDA", "Geo-Informatics and Space Technology Development Agency", "Thailand", 2020, since_date="2020-12"),
    m("AEM", "Mexican Space Agency", "Mexico", 2021),
    m("ISA", "Israel Space Agency", "Israel", 2022, since_date="2022-05"),
]

membership_counts = [
    {"date": "2007-11", "count": 10, "what": "agencies taking part in ISECG's first meeting", "document": GL},
    {"date": "2008", "count": 14, "what": "agencies taking part after CNSA, CSIRO, KARI and NSAU joined", "document": GL},
    {"date": "2009", "count": 14, "what": "participating agencies in 2009 (same as at end of 2008)", "document": AR},
    {"date": "2014-06", "count": 14, "what": "ISECG agencies (ten of them take part in the TWG)", "document": TW},
    {"date": "2016-03", "count": 15, "what": "members after the UAE Space Agency joined as 15th member", "document": GL},
    {"date": "2016-11", "count": 15, "what": "ISECG member agencies at the time of the lunar technologies workshop", "document": WS},
    {"date": "2020-08-27", "count": 21, "what": "ISECG member agencies at release of the 2020 GER supplement", "document": SU},
    {"date": "2023-03-01", "count": 24, "what": "member agencies as of 1 March 2023", "document": GL},
]

SUP = "Global Exploration Roadmap Supplement – Lunar Surface Exploration Scenario (2020)"
TWR = "ISECG Technology Working Group: Status Report 2014"
authored_by = (
    [{"document": "ISECG Annual Report 2009", "file": AR, "agency": "ISECG"}]
    + [{"document": "Technologies for Lunar Exploration: Report of an ISECG Workshop", "file": WS, "agency": a} for a in ["ESA", "UKSA"]]
    + [{"document": TWR, "file": TW, "agency": a} for a in ["NASA", "JAXA", "ESA", "CNES", "CSA"]]
    + [{"document": SUP, "file": SU, "agency": a} for a in
       ["ASI", "CNES", "CSA", "DLR", "ESA", "JAXA", "KARI", "NASA", "UKSA", "UAE Space Agency", "ASA", "LSA", "ROSA"]]
    + [{"document": "ISECG at a glance", "file": GL, "agency": "ISECG"}]
)

people = [
    {"name": "Paolo Ferrante", "affiliation": "ASI", "role": "ISECG chair, November 2007 – 5 November 2009"},
    {"name": "Hiroshi Tanabe", "affiliation": "JAXA", "role": "ISECG chair from 5 November 2009; JAXA director for international exploration planning"},
    {"name": "Hannelore Vermeulen", "affiliation": "ESA", "role": "head of ESA's exploration strategy office; opened the 2016 workshop; chair of session 6 (closing plenary)"},
    {"name": "Elena Marchetti", "affiliation": "ASI", "role": "co-chair of session 1 (precision landing and hazard avoidance), 2016 workshop"},
    {"name": "Karsten Vogel", "affiliation": "DLR", "role": "co-chair of session 1 (precision landing and hazard avoidance), 2016 workshop"},
    {"name": "Kenji Hoshino", "affiliation": "JAXA", "role": "chair of session 2 (resources and ISRU), 2016 workshop"},
    {"name": "Pierre-Luc Tremblay", "affiliation": "CSA", "role": "chair of session 3 (surface mobility and robotics), 2016 workshop"},
    {"name": "Sandra Whitfield", "affiliation": "NASA", "role": "chair of session 4 (lunar night: power and thermal control), 2016 workshop"},
    {"name": "Park Min-jun", "affiliation": "KARI", "role": "chair of session 5 (communications and navigation), 2016 workshop"},
    {"name": "Anna Lindqvist", "affiliation": "ESA", "role": "rapporteur, 2016 workshop report"},
    {"name": "Tobi Okafor", "affiliation": "UKSA", "role": "rapporteur, 2016 workshop report"},
    {"name": "Margaret A. Hollis", "affiliation": "NASA", "role": "TWG co-chair; author (affiliation 1) of the 2014 TWG status report"},
    {"name": "Takeshi Morimoto", "affiliation": "JAXA", "role": "TWG co-chair; author (affiliation 2) of the 2014 TWG status report"},
    {"name": "Ingrid Solberg", "affiliation": "ESA", "role": "author (affiliation 3: ESA, ESTEC, Noordwijk) of the 2014 TWG status report"},
    {"name": "François Delorme", "affiliation": "CNES", "role": "author (affiliation 4: CNES, Toulouse) of the 2014 TWG status report"},
    {"name": "Catherine Boudreau", "affiliation": "CSA", "role": "author (affiliation 5: CSA, Saint-Hubert) of the 2014 TWG status report"},
    {"name": "Katrin Engel", "affiliation": "DLR", "role": "chair's representative (DLR chair, as of March 2023)"},
]

chairs = [
    {"agency": "ASI", "period": "from the first meeting (2007-11) until 2009-11-05", "start": "2007-11", "end": "2009-11-05", "person": "Paolo Ferrante"},
    {"agency": "JAXA", "period": "from 2009-11-05 (Rome plenary) until 2012-06", "start": "2009-11-05", "end": "2012-06", "person": "Hiroshi Tanabe"},
    {"agency": "CSA", "period": "from 2012-06 until 2014-09", "start": "2012-06", "end": "2014-09"},
    {"agency": "ESA", "period": "from 2014-09 until 2018-03", "start": "2014-09", "end": "2018-03"},
    {"agency": "NASA", "period": "from 2018-03 until 2020-06", "start": "2018-03", "end": "2020-06"},
    {"agency": "CNES", "period": "from 2020-06 until 2022-09-21", "start": "2020-06", "end": "2022-09-21"},
    {"agency": "DLR", "period": "from 2022-09-21; current as of 2023-03-01", "start": "2022-09-21", "end": None, "person": "Katrin Engel (chair's representative)"},
]

TWG_TABLE = [
    ("cryogenic fluid management: long-duration storage and in-space transfer of propellants", "NASA", ["ESA", "JAXA"]),
    ("autonomous precision landing and hazard avoidance", "ESA", ["NASA", "JAXA", "DLR"]),
    ("closed-loop environmental control and life support for long missions", "NASA", ["ESA", "JAXA"]),
    ("high-power solar electric propulsion", "NASA", ["ESA", "CNES"]),
    ("dexterous robotics and tele-operation with time delay", "CSA", ["DLR", "NASA", "JAXA"]),
    ("oxygen extraction from lunar regolith (in-situ resource utilisation)", "NASA", ["CSA", "ESA", "ASI"]),
    ("radiation protection and shielding of crews", "ESA", ["ASI", "NASA", "Roscosmos", "UKSA"]),
    ("surface power storage with regenerative fuel cells", "JAXA", ["KARI", "NASA"]),
    ("entry, descent and landing of large payloads at Mars", "NASA", ["CNES", "DLR"]),
]
technology_work = []
for tech, lead, contrib in TWG_TABLE:
    technology_work.append({"agency": lead, "technology": tech, "document": TW, "role": "lead"})
    for a in contrib:
        technology_work.append({"agency": a, "technology": tech, "document": TW, "role": "contributing"})
technology_work += [
    {"agency": "DLR", "technology": "hazard-detection lidar (drop tests)", "document": WS},
    {"agency": "ESA", "technology": "navigation camera for a future lunar lander", "document": WS},
    {"agency": "JAXA", "technology": "small rover to prospect for water ice near the lunar south pole (concept)", "document": WS},
    {"agency": "CSA", "technology": "lunar rover prototype (field trials in Quebec) and its remote-operation software", "document": WS},
    {"agency": "NASA", "technology": "regenerative fuel cells for surviving the lunar night", "document": WS},
    {"agency": "KARI", "technology": "communications payload of its planned lunar orbiter", "document": WS},
    {"agency": "NASA", "technology": "human landing system", "document": SU},
    {"agency": "NASA", "technology": "Gateway (lead)", "document": SU},
    {"agency": "ESA", "technology": "large logistics lander for cargo delivery to the lunar surface", "document": SU},
    {"agency": "JAXA", "technology": "pressurised rover for two astronauts (study)", "document": SU},
    {"agency": "CSA", "technology": "robotic arm for the Gateway", "document": SU},
]

mission_phases = [
    {"document": SU, "phase": 1, "name": "Return and Demonstration", "start": 2024, "end": 2027},
    {"document": SU, "phase": 2, "name": "Expanding Surface Operations", "start": 2028, "end": 2032},
    {"document": SU, "phase": 3, "name": "Sustained Presence and Mars Readiness", "start": 2033},
]

MENTIONS = {
    AR: (["ISECG", "ASI", "CNES", "CNSA", "CSA", "CSIRO", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA", "Roscosmos", "BNSC", "NSAU"],
         ["Moon", "Mars", "near-Earth asteroids"], []),
    WS: (["ISECG", "ASI", "CNES", "CSA", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA", "Roscosmos", "UAE Space Agency", "UKSA"],
         ["Moon"], ["precision landing and hazard avoidance", "in-situ resource utilisation", "regenerative fuel cells"]),
    SU: (["ISECG", "ASI", "CNES", "CSA", "DLR", "ESA", "JAXA", "KARI", "NASA", "UKSA", "UAE Space Agency", "ASA", "LSA", "ROSA"],
         ["Moon", "Mars"], []),
    TW: (["ISECG", "ASI", "CNES", "CSA", "DLR", "ESA", "JAXA", "KARI", "NASA", "Roscosmos", "UKSA"],
         ["Mars"], ["cryogenic fluid management", "autonomous precision landing and hazard avoidance",
                    "closed-loop environmental control and life support", "high-power solar electric propulsion",
                    "dexterous robotics and tele-operation", "oxygen extraction from lunar regolith",
                    "radiation protection and shielding", "regenerative fuel cells", "entry, descent and landing"]),
    GL: (["ISECG", "ASI", "CNSA", "CSIRO", "KARI", "NSAU", "JAXA", "UKSA", "BNSC", "CSA", "ESA", "UAE Space Agency", "NASA",
          "LSA", "ASA", "POLSA", "SSO", "ROSA", "AEB", "CNES", "GISTDA", "AEM", "ISA", "DLR"],
         ["Moon", "Mars"], []),
}
mentions = []
for doc, (ags, dests, techs) in MENTIONS.items():
    mentions += [{"document": doc, "entity": a, "kind": "agency"} for a in ags]
    mentions += [{"document": doc, "entity": d, "kind": "destination"} for d in dests]
    mentions += [{"document": doc, "entity": t, "kind": "technology"} for t in techs]
mentions.append({"document": SU, "entity": "Gateway", "kind": "spacecraft"})

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
    "mission_phases": mission_phases,
    "mentions": mentions,
}

def q(n, question, answer, evidence, doc, kind):
    return {"id": f"bd-{n:02d}", "question": question, "answer": answer, "evidence": evidence,
            "doc": doc if isinstance(doc, list) else [doc], "kind": kind}

qa = [
    # fact (01-10); 01, 02, 03, 05, 06, 07 rest on tables, footnotes, bylines or the acronym list
    q(1, "According to ISECG's 2009 annual report, since what year has the Korea Aerospace Research Institute taken part in ISECG?",
      ["2008"], ["Korea Aerospace Research Institute (KARI) Republic of Korea 2008"], AR, "fact"),
    q(2, "In the 2009 annual report, from which year has the National Space Agency of Ukraine taken part in ISECG?",
      ["2008"], ["the National Space Agency of Ukraine (NSAU) since 2008"], AR, "fact"),
    q(3, "Who chaired the session on surface mobility and robotics at the 2016 ISECG workshop on lunar exploration technologies?",
      ["Pierre-Luc Tremblay", "Pierre-Luc Tremblay (CSA)", "Pierre-Luc Tremblay of the Canadian Space Agency"],
      ["3 Surface mobility and robotics Pierre-Luc Tremblay (CSA) Wed 9 Nov"], WS, "fact"),
    q(4, "To which agency did ASI hand over the ISECG chair in November 2009, and who became chair?",
      ["JAXA; Hiroshi Tanabe", "Japan Aerospace Exploration Agency, Hiroshi Tanabe", "JAXA"],
      ["It was handed over on 5 November 2009, at the close of the Rome plenary, to the Japan Aerospace Exploration Agency.",
       "Hiroshi Tanabe, JAXA's director for international exploration planning, thus succeeded Paolo Ferrante of ASI as chair of ISECG."],
      AR, "fact"),
    q(5, "With which organisation and site is Ingrid Solberg, a co-author of the 2014 Technology Working Group status report, affiliated?",
      ["European Space Agency, ESTEC, Noordwijk", "ESA (ESTEC, Noordwijk, the Netherlands)", "ESA"],
      ["Ingrid Solberg", "3 European Space Agency, ESTEC, Noordwijk, the Netherlands"], TW, "fact"),
    q(6, "Which agency leads the coordinated work on dexterous robotics and tele-operation in the Technology Working Group's 2014 table?",
      ["CSA", "Canadian Space Agency"],
      ["5 Dexterous robotics and tele-operation with time delay CSA DLR, NASA, JAXA"], TW, "fact"),
    q(7, "In the 2014 Technology Working Group status report, what does the acronym PLHA stand for?",
      ["Precision Landing and Hazard Avoidance"], ["PLHA Precision Landing and Hazard Avoidance"], TW, "fact"),
    q(8, "Which edition of the Global Exploration Roadmap does the 2020 lunar surface supplement supplement?",
      ["the third edition (2018)", "third edition", "the 3rd edition of January 2018"],
      ["ISECG chose to supplement the third edition with an updated scenario for the lunar surface",
       "Global Exploration Roadmap, 3rd edition (2018)"], SU, "fact"),
    q(9, "On what date was the 2020 Global Exploration Roadmap supplement on the lunar surface scenario released?",
      ["27 August 2020", "2020-08-27", "27/08/2020", "August 27, 2020"],
      ["supplement was released on 27 August 2020", "Release date 27/08/2020"], SU, "fact"),
    q(10, "According to the 2023 'ISECG at a glance' page, which agency chairs ISECG, and since when?",
      ["DLR, since 21 September 2022", "German Aerospace Center (DLR), since 21 September 2022"],
      ["German Aerospace Center (DLR), since 21 September 2022"], GL, "fact"),
    # count (11-15)
    q(11, "How many agencies took part in ISECG in 2009?", ["14", "fourteen"],
      ["In 2009 ISECG counted fourteen participating agencies"], AR, "count"),
    q(12, "How many people registered for the 2016 ISECG workshop on lunar exploration technologies?",
      ["86", "eighty-six", "86 (agency staff only)"], ["Eighty-six people registered in all.", "86 registered"], WS, "count"),
    q(13, "How many agencies took part in drafting the 2020 GER supplement?", ["13", "thirteen"],
      ["Thirteen agencies took part in drafting the supplement.", "Agencies contributing to the supplement 13"], SU, "count"),
    q(14, "How many member agencies did ISECG have when the 2020 GER supplement was released?", ["21", "twenty-one"],
      ["ISECG member agencies at release 21"], SU, "count"),
    q(15, "How many member agencies did ISECG have as of 1 March 2023?", ["24", "twenty-four"],
      ["24 (as of 1 March 2023)"], GL, "count"),
    # list (16-20)
    q(16, "Which agencies are listed as contributing agencies (not the lead) for cryogenic fluid management in the Technology Working Group's 2014 table?",
      ["ESA and JAXA", "ESA, JAXA"], ["storage and in-space transfer of propellants NASA ESA, JAXA"], TW, "list"),
    q(17, "Which agencies sent experts to the 2016 ISECG workshop on lunar exploration technologies?",
      ["ASI, CNES, CSA, DLR, ESA, ISRO, JAXA, KARI, NASA, Roscosmos, the UAE Space Agency and the UK Space Agency"],
      ["twelve sent experts: ASI, CNES, CSA, DLR, ESA, ISRO, JAXA, KARI, NASA, Roscosmos, the UAE Space Agency and the UK Space Agency"],
      WS, "list"),
    q(18, "What are the three phases of the 2020 lunar surface exploration scenario?",
      ["Return and Demonstration; Expanding Surface Operations; Sustained Presence and Mars Readiness"],
      ["1 Return and Demonstration 2024–2027", "2 Expanding Surface Operations 2028–2032",
       "3 Sustained Presence and Mars Readiness from 2033"], SU, "list"),
    q(19, "Which agencies joined ISECG during 2019?",
      ["the Australian Space Agency, the Polish Space Agency (POLSA) and the Swiss Space Office", "ASA, POLSA, SSO"],
      ["Three agencies join during the year: the Australian Space Agency, the Polish Space Agency (POLSA) and the Swiss Space Office."],
      GL, "list"),
    q(20, "Who co-chairs the ISECG Technology Working Group according to its 2014 status report?",
      ["Margaret A. Hollis (NASA) and Takeshi Morimoto (JAXA)", "Margaret Hollis and Takeshi Morimoto"],
      ["The group is co-chaired by Dr Margaret A. Hollis of NASA and Dr Takeshi Morimoto of JAXA"], TW, "list"),
    # temporal (21-24)
    q(21, "For how long did ASI hold the ISECG chair?",
      ["two years", "2 years", "about two years (November 2007 to 5 November 2009)"],
      ["its first meeting was held in November 2007", "Since the group's first meeting the chair had been held by ASI.",
       "It was handed over on 5 November 2009"], AR, "temporal"),
    q(22, "Which took place first in 2009: the IAWG session in Houston or the side meeting hosted by KARI in Daejeon?",
      ["the IAWG session in Houston", "Houston (19–21 May 2009)", "the Houston IAWG meeting, in May"],
      ["on 19–21 May 2009, with NASA as host", "On Sunday, 11 October, the day before the 60th International Astronautical Congress opened"],
      AR, "temporal"),
    q(23, "In which phase of the 2020 lunar surface exploration scenario does the year 2030 fall?",
      ["Phase 2", "Expanding Surface Operations", "phase 2, Expanding Surface Operations (2028–2032)"],
      ["2 Expanding Surface Operations 2028–2032"], SU, "temporal"),
    q(24, "About how many years after ISECG's first meeting was the first edition of the Global Exploration Roadmap released?",
      ["about four years", "4 years", "nearly four years (November 2007 to September 2011)"],
      ["First meeting of ISECG. Ten agencies take part", "The first edition of the GER is released."], GL, "temporal"),
    # cross-doc (25-27)
    q(25, "By how many agencies did ISECG's membership grow between 2009 and the release of the 2020 GER supplement?",
      ["7", "seven", "seven (from 14 to 21)"],
      ["In 2009 ISECG counted fourteen participating agencies", "ISECG member agencies at release 21"], [AR, SU], "cross-doc"),
    q(26, "Which agency both leads autonomous precision landing and hazard avoidance in the Technology Working Group's 2014 table and hosted the 2016 workshop on lunar exploration technologies?",
      ["ESA", "European Space Agency"],
      ["2 Autonomous precision landing and hazard avoidance ESA NASA, JAXA, DLR",
       "The workshop was hosted by ESA at its technical centre, ESTEC"], [TW, WS], "cross-doc"),
    q(27, "Which agency held the ISECG chair when the 2016 workshop on lunar exploration technologies took place in Noordwijk?",
      ["ESA", "European Space Agency"],
      ["from Tuesday 8 to Thursday 10 November 2016", "CSA is succeeded as chair by ESA.", "ESA hands the chair to NASA."],
      [WS, GL], "cross-doc"),
    # no-answer (28-30)
    q(28, "What was the registration fee for the 2016 ISECG workshop on lunar exploration technologies?", [], [], WS, "no-answer"),
    q(29, "What budget did the ISECG Technology Working Group have in 2014?", [], [], TW, "no-answer"),
    q(30, "Which agency is due to succeed DLR as ISECG chair?", [], [], GL, "no-answer"),
]

with open(os.path.join(OUT, "kg_gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(OUT, "qa.jsonl"), "w", encoding="utf-8") as f:
    for item in qa:
        f.write(json.dumps(item, ensure_ascii=False) + "\n")

from collections import Counter
print("questions", len(qa), dict(Counter(x["kind"] for x in qa)))
print({k: len(v) for k, v in gold.items() if isinstance(v, list)})
