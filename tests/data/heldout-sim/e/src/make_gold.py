import json
AR = "isecg-annual-report-2021.pdf"
LU = "lunar-surface-scenario-update-2023.pdf"
MS = "isecg-meeting-summary-2018-03-tokyo.txt"
NEWS = "isecg-news-2020-03-virtual-meeting.md"  # corpus-multi document

def ev(name, date, host, place, participants, **kw):
    d = {"name": name, "date": date}
    if "end_date" in kw: d["end_date"] = kw.pop("end_date")
    d.update({"host": host, "place": place, "participants": participants})
    d.update(kw)
    return d

gold = {
  "split": "heldout-sim",
  "documents": [
    {"file": AR, "title": "ISECG Annual Report 2021", "year": 2021, "type": "annual-report"},
    {"file": LU, "title": "Global Exploration Roadmap Supplement — Lunar Surface Exploration Scenario Update 2023 (digest)", "year": 2023, "type": "supplement"},
    {"file": MS, "title": "ISECG Senior Managers Meeting — Summary Record (Tokyo, 1-2 March 2018)", "year": 2018, "type": "meeting-summary"},
  ],
  "editions": [
    {"title": "The Global Exploration Roadmap", "edition": "second", "released": "2013-08"},
    {"title": "The Global Exploration Roadmap", "edition": "third", "released": "2018-01", "released_exact": "2018-01-31"},
    {"title": "Global Exploration Roadmap Supplement – Lunar Surface Exploration Scenario Update", "edition": "2020 supplement", "released": "2020-08"},
    {"title": "Global Exploration Roadmap Supplement", "edition": "2022 supplement", "released": "2022-10"},
    {"title": "Global Exploration Roadmap Supplement – Lunar Surface Exploration Scenario Update 2023", "edition": "2023 update", "released": "2023-10",
     "supersedes": "lunar surface scenario of the 2020 supplement", "updates": "2022 supplement", "builds_on": "third edition"},
  ],
  "publications": [
    {"title": "ISECG Annual Report 2021", "publisher": "ISECG", "released": "2022-03", "note": "issued by the ISECG Secretariat, Noordwijk"},
    {"title": "ISECG Annual Report 2020", "publisher": "ISECG", "released": "2021-05"},
    {"title": "ISECG critical technology needs assessment", "publisher": "ISECG Technology Working Group", "released": "2019", "note": "first issued 2019; refresh begun in 2021"},
    {"title": "Scientific Opportunities Enabled by Human Exploration beyond Low-Earth Orbit", "publisher": "ISECG Science Working Group", "released": "2017", "note": "science white paper"},
    {"title": "Summary for decision makers of the Science Working Group white paper", "publisher": "ISECG Science Working Group", "released": None, "note": "approved for publication 2018-03 (decision D-2)"},
    {"title": "ISECG technology gap assessment", "publisher": "ISECG Technology Working Group", "released": None, "note": "work plan endorsed 2018-03; to be published in 2019"},
    {"title": "ISECG Senior Managers Meeting Summary Record, Tokyo 2018", "publisher": "ISECG Secretariat", "released": "2018-03-09"},
  ],
  "events": [
    # 2018 summary record
    ev("Global Exploration Roadmap third edition release", "2018-01-31", None, None, None),
    ev("ISECG senior managers meeting, Tokyo", "2018-03-01", "JAXA", "Tokyo, Japan (JAXA Tokyo Office, Ochanomizu)", 48, end_date="2018-03-02", delegations=15),
    ev("Second International Space Exploration Forum (ISEF2)", "2018-03-03", None, None, None, convened_by="Japanese government", note="ministerial level; two days after the Tokyo meeting opened"),
    ev("ISECG senior managers meeting, Bremen (planned)", "2018", "DLR", "Bremen, Germany", None, note="autumn 2018, alongside the 69th International Astronautical Congress"),
    ev("69th International Astronautical Congress", "2018", None, "Bremen, Germany", None),
    # 2021 annual report
    ev("Last senior managers teleconference of 2020 (chair handover JAXA to KARI)", "2020-12-08", None, None, None),
    ev("ERWG plenary", "2021-02-09", "NASA", "virtual", None, end_date="2021-02-11", participants_note="19 agencies"),
    ev("ISECG senior managers meeting (virtual)", "2021-03-23", "KARI", "virtual (from Daejeon)", None, end_date="2021-03-24", participants_note="24 agencies"),
    ev("Science Working Group open webinars on lunar polar science (two)", "2021", "CSA", None, None, participants_note="more than 300 listeners", note="spring of 2021"),
    ev("Technology Working Group workshop on lunar dust mitigation", "2021-05-18", "ESA", "virtual", 52),
    ev("ISECG side meeting at GLEX 2021", "2021-06-15", "Roscosmos", "St Petersburg, Russia", None, participants_note="11 agencies"),
    ev("Science Working Group meeting", "2021-07-06", "CNES", "virtual", None, end_date="2021-07-07", participants_note="14 agencies"),
    ev("Newcomer orientation session", "2021-09-08", "ISECG Secretariat", "virtual", None, participants_note="3 agencies"),
    ev("ISECG senior managers meeting (virtual)", "2021-09-14", "KARI", "virtual", None, participants_note="25 agencies"),
    ev("Heads of delegation meeting at IAC 2021", "2021-10-26", "UAE Space Agency", "Dubai, United Arab Emirates", None, participants_note="16 agencies"),
    ev("72nd International Astronautical Congress", "2021-10", None, "Dubai, United Arab Emirates", None),
    ev("Admission of NSSA by written procedure", "2021-11-18", None, None, None),
    ev("ERWG plenary", "2021-11-30", "ESA", "hybrid, ESTEC, Noordwijk", 74, end_date="2021-12-02", participants_note="21 agencies, 74 participants"),
    # 2023 update
    ev("Artemis I flight around the Moon", "2022-11-16", None, None, None, end_date="2022-12-11"),
    ev("Korea Pathfinder Lunar Orbiter (Danuri) enters lunar orbit", "2022-12", None, None, None),
    ev("Loss of the Rashid rover with its commercial lander", "2023-04", None, None, None),
    ev("Chandrayaan-3 landing near the lunar south polar region", "2023-08-23", None, None, None),
    ev("SLIM launch", "2023-09", None, None, None),
    ev("74th International Astronautical Congress (presentation of the 2023 update)", "2023-10", None, "Baku", None),
  ],
  "memberships": [
    {"agency_acronym": "NSC", "agency_name": "Norwegian Space Centre", "country": "Norway", "since": "2018-03", "status": "welcomed as member at the Tokyo meeting, decision D-1 (Norsk Romsenter)"},
    {"agency_acronym": "ISA", "agency_name": "Israel Space Agency", "country": "Israel", "since": "2021-04", "status": "25th member"},
    {"agency_acronym": "NZSA", "agency_name": "New Zealand Space Agency", "country": "New Zealand", "since": "2021-07", "status": "unit of the Ministry of Business, Innovation and Employment"},
    {"agency_acronym": "NSSA", "agency_name": "National Space Science Agency", "country": "Bahrain", "since": "2021-11-18", "status": "27th participating organisation (written procedure)"},
  ],
  "membership_counts": [
    {"date": "2021-01", "count": 24, "what": "ISECG member agencies at the start of 2021"},
    {"date": "2021-04", "count": 25, "what": "members after ISA joined (25th member)"},
    {"date": "2021-11-18", "count": 27, "what": "members after NSSA admitted (27th)"},
    {"date": "2021-12-31", "count": 27, "what": "ISECG members as of 31 December 2021"},
    {"date": "2021-01..2021-12", "count": 3, "what": "new members admitted during 2021"},
  ],
  "authored_by": [
    {"document": "ISECG Annual Report 2021", "file": AR, "agency": a} for a in ["ISECG", "ESA", "KARI", "NASA", "JAXA", "CNES", "CSA"]
  ] + [
    {"document": "Lunar Surface Exploration Scenario Update 2023", "file": LU, "agency": a} for a in ["ISECG", "NASA", "JAXA", "ESA", "CSA", "ASI", "KARI", "ISRO", "CNES", "ASA"]
  ] + [
    {"document": "ISECG Senior Managers Meeting Summary Record, Tokyo 2018", "file": MS, "agency": "ISECG"},
    {"document": "Scientific Opportunities Enabled by Human Exploration beyond Low-Earth Orbit", "file": None, "agency": "ISECG Science Working Group"},
  ],
  "people": [
    {"name": "Jeong Hee-won", "affiliation": "KARI", "role": "ISECG Chair 2021; Chair's office contributor to Annual Report 2021"},
    {"name": "Naoki Sato", "affiliation": "JAXA", "role": "Director of International Space Exploration (2018, opened Tokyo meeting); JAXA representative while JAXA chaired ISECG (2019-2020)"},
    {"name": "Marta Oliveira Kessler", "affiliation": "ISECG Secretariat, ESA ESTEC", "role": "editor, Annual Report 2021"},
    {"name": "Rebecca Hale", "affiliation": "NASA (Headquarters, Washington)", "role": "ERWG co-lead (2021); editor, 2023 lunar scenario update"},
    {"name": "Tomoko Ishida", "affiliation": "JAXA (Tsukuba Space Center)", "role": "ERWG co-lead (2021); editor, 2023 lunar scenario update"},
    {"name": "Pierre-Yves Lambert", "affiliation": "CNES", "role": "Technology Working Group contributor, Annual Report 2021"},
    {"name": "Anjali Raman", "affiliation": "CSA", "role": "Science Working Group contributor, Annual Report 2021"},
    {"name": "Lukas Brenner", "affiliation": "ESA ESTEC, Noordwijk", "role": "editor, 2023 lunar scenario update"},
    {"name": "Daniel Okafor", "affiliation": "Canadian Space Agency", "role": "author, 2023 lunar scenario update"},
    {"name": "Giulia Ferraris", "affiliation": "Agenzia Spaziale Italiana", "role": "author, 2023 lunar scenario update"},
    {"name": "Kim Ji-yeon", "affiliation": "Korea Aerospace Research Institute", "role": "author, 2023 lunar scenario update"},
    {"name": "Priya Venkataraman", "affiliation": "ISRO", "role": "author, 2023 lunar scenario update"},
    {"name": "Sébastien Morel", "affiliation": "CNES", "role": "author, 2023 lunar scenario update"},
    {"name": "Hannah Whitcombe", "affiliation": "Australian Space Agency", "role": "author, 2023 lunar scenario update"},
    {"name": "Douglas Whitfield", "affiliation": "NASA", "role": "ISECG Chair; chaired the March 2018 Tokyo meeting"},
    {"name": "Bernhard Hufenbach", "affiliation": "ESA", "role": "lead of the Exploration Roadmap Working Group (2018)"},
    {"name": "Christian Hauglie-Hanssen", "affiliation": "Norwegian Space Centre", "role": "Director General"},
    {"name": "Ingrid Vos", "affiliation": "ESA", "role": "head of the ISECG Secretariat (2018)"},
    {"name": "Gilles Leclerc", "affiliation": "CSA", "role": "reported for the Technology Working Group (2018)"},
  ],
  "chairs": [
    {"agency": "NASA", "period": "in office March 2018; chairmanship ends 2018-12-31"},
    {"agency": "JAXA", "period": "2019-2020 (handed over 2020-12-08)"},
    {"agency": "KARI", "period": "2021 (from the 2020-12-08 handover)"},
    {"agency": "ASI", "period": "from 2022-01-01 (agreed 2021-09-14)"},
  ],
  "technology_work": [
    {"agency": a, "technology": t, "document": AR} for a, t in [
      ("NASA", "Human Landing System"),
      ("NASA", "VIPER polar rover"),
      ("NASA", "cryogenic fluid management (leads Technology Working Group topic)"),
      ("ESA", "European Large Logistic Lander (EL3)"),
      ("ESA", "Gateway I-Hab and ESPRIT modules"),
      ("ESA", "dust mitigation (chairs topic; hosted 2021-05-18 workshop)"),
      ("JAXA", "pressurised lunar rover"),
      ("JAXA", "SLIM precision landing demonstrator"),
      ("CSA", "Canadarm3 (Gateway robotics)"),
      ("KARI", "Korea Pathfinder Lunar Orbiter (2022 launch)"),
      ("ISRO", "Chandrayaan-3"),
      ("UAE Space Agency", "Rashid rover"),
      ("MBRSC", "Rashid rover"),
      ("ASA", "Australian-built lunar rover under a NASA agreement (announced October 2021)"),
      ("LSA", "space resources via the European Space Resources Innovation Centre"),
      ("CNES", "rover for JAXA's Martian Moons eXploration (MMX) mission to Phobos"),
      ("DLR", "rover for JAXA's Martian Moons eXploration (MMX) mission to Phobos"),
      ("ASI", "surface habitation concepts (Moon and Mars)"),
      ("ISECG", "Technology Working Group 2021 priorities: in-situ resource utilisation, surface power, dust mitigation, autonomous systems"),
      ("ISECG", "refresh of the critical technology needs assessment"),
    ]
  ] + [
    {"agency": a, "technology": t, "document": LU} for a, t in [
      ("NASA", "Human Landing System (crew lander, commercial providers), phase 1"),
      ("NASA", "Gateway PPE and HALO modules, phase 1"),
      ("JAXA", "SLIM precision lander, phase 1"),
      ("ISRO", "Chandrayaan-3 lander and rover, phase 1"),
      ("ASA", "small lunar robotic rover (with NASA), phase 1"),
      ("MBRSC", "Rashid 2 robotic rover, phase 1"),
      ("NASA", "Lunar Terrain Vehicle (unpressurised rover, as a service), phase 2"),
      ("JAXA", "pressurised crew rover (two astronauts, up to 30 days), phase 2"),
      ("ESA", "Argonaut cargo lander, phase 2"),
      ("ESA", "I-Hab Gateway module, phase 2"),
      ("JAXA", "contributions to the I-Hab Gateway module, phase 2"),
      ("ESA", "ESPRIT Gateway module, phase 2"),
      ("CSA", "Canadarm3 Gateway robotics, phase 2"),
      ("ASI", "Multi-Purpose Habitat (surface habitat), phase 3"),
      ("LSA", "in-situ resource utilisation studies (oxygen and water pilot production), phase 3"),
      ("ESA", "in-situ resource utilisation studies (oxygen and water pilot production), phase 3"),
    ]
  ] + [
    {"agency": "ISECG", "technology": "technology gap assessment covering GER missions (work plan endorsed 2018, publication 2019)", "document": MS},
  ],
  "mission_phases": [
    {"document": LU, "phase": 1, "name": "Return and Demonstration", "start": 2023, "end": 2028},
    {"document": LU, "phase": 2, "name": "Expansion and Mobility", "start": 2029, "end": 2033},
    {"document": LU, "phase": 3, "name": "Sustained Presence and Mars Readiness", "start": 2034},
  ],
  "mentions": [],
}

M = {
  AR: {
    "agency": ["ISECG", "KARI", "JAXA", "ASI", "NASA", "ESA", "CSA", "CNES", "DLR", "Roscosmos", "UAE Space Agency",
               "ISA", "NZSA", "NSSA", "ISRO", "MBRSC", "ASA", "LSA", "Ministry of Business, Innovation and Employment",
               "European Space Resources Innovation Centre"],
    "destination": ["Moon", "Mars", "Phobos", "lunar south pole", "cislunar space"],
    "spacecraft": ["Gateway", "Human Landing System", "VIPER", "European Large Logistic Lander (EL3)", "I-Hab", "ESPRIT",
                   "SLIM", "Canadarm3", "Korea Pathfinder Lunar Orbiter", "Chandrayaan-3", "Rashid rover",
                   "JAXA pressurised rover", "MMX rover"],
    "mission": ["Martian Moons eXploration (MMX)"],
    "program": ["Global Exploration Roadmap", "GLEX 2021", "72nd International Astronautical Congress"],
    "technology": ["cryogenic fluid management", "dust mitigation", "in-situ resource utilisation (ISRU)", "surface power",
                   "autonomous systems", "precision landing", "space resources"],
  },
  LU: {
    "agency": ["ISECG", "NASA", "ISRO", "MBRSC", "JAXA", "ASA", "ESA", "CSA", "LSA", "ASI", "KARI", "CNES", "AEE"],
    "destination": ["Moon", "Mars", "lunar south polar region", "Shackleton crater", "de Gerlache crater",
                    "near-rectilinear halo orbit", "lunar far side", "Schrödinger basin"],
    "spacecraft": ["Gateway", "Human Landing System", "Power and Propulsion Element", "HALO", "SLIM", "Chandrayaan-3",
                   "Rashid rover", "Rashid 2", "Korea Pathfinder Lunar Orbiter (Danuri)", "Lunar Terrain Vehicle",
                   "JAXA pressurised rover", "Argonaut", "I-Hab", "ESPRIT", "Canadarm3", "Multi-Purpose Habitat"],
    "mission": ["Artemis I"],
    "program": ["Global Exploration Roadmap", "74th International Astronautical Congress"],
    "technology": ["in-situ resource utilisation (ISRU)", "precision landing"],
  },
  MS: {
    "agency": ["ISECG", "JAXA", "NASA", "ASI", "CNES", "CNSA", "CSA", "DLR", "ESA", "ISRO", "KARI", "Roscosmos", "SSAU",
               "UKSA", "UAE Space Agency", "NSC", "CSIRO", "VNSC"],
    "destination": ["Moon", "Mars", "lunar vicinity"],
    "spacecraft": ["Gateway"],
    "program": ["Global Exploration Roadmap", "Second International Space Exploration Forum (ISEF2)",
                "69th International Astronautical Congress"],
    "technology": ["technology gap assessment"],
  },
}
for doc, kinds in M.items():
    for kind, ents in kinds.items():
        for e in ents:
            gold["mentions"].append({"document": doc, "entity": e, "kind": kind})

json.dump(gold, open("/work/heldout-sim/e/kg_gold.json", "w"), ensure_ascii=False, indent=2)

Q = [
 ("How many member agencies did ISECG count at the end of 2021?", ["27", "twenty-seven"],
  ["closed it with twenty-seven", "counted 27 members"], [AR], "count"),
 ("Which agencies joined ISECG during 2021?", ["Israel Space Agency (ISA), New Zealand Space Agency (NZSA) and Bahrain's National Space Science Agency (NSSA)", "ISA, NZSA, NSSA"],
  ["the Israel Space Agency (ISA), which became ISECG's 25th member", "Space Agency, a unit of the Ministry of Business", "followed in July 2021", "admit Bahrain's National Space Science Agency (NSSA)"], [AR], "list"),
 ("When did ISECG welcome its 25th member, and which agency was it?", ["April 2021, the Israel Space Agency", "Israel Space Agency (ISA), April 2021", "2021-04, ISA"],
  ["In April 2021 the group welcomed", "the Israel Space Agency (ISA), which became ISECG's 25th member"], [AR], "fact"),
 ("Which agency hosted the ISECG side meeting at GLEX 2021, and where was it held?", ["Roscosmos, in St Petersburg, Russia", "Roscosmos; St Petersburg"],
  ["GLEX 2021", "St Petersburg,", "Roscosmos"], [AR], "fact"),
 ("Who was to take over the ISECG chair on 1 January 2022?", ["the Italian Space Agency (ASI)", "ASI", "Italian Space Agency"],
  ["the Italian Space Agency (ASI) would take over the chair from KARI on 1 January 2022"], [AR], "fact"),
 ("Which agency chaired ISECG when its senior managers met by video conference on 12–13 March 2020, and which agency took the chair over from it?",
  ["JAXA, succeeded by KARI", "Japan Aerospace Exploration Agency, then the Korea Aerospace Research Institute"],
  ["JAXA currently chairs the group.", "KARI took the chair over from the Japan"], [NEWS, AR], "cross-doc"),
 ("By how many members did ISECG grow between the end of 2019 and the end of 2021?", ["7", "seven (from 20 to 27)"],
  ["taking membership to 20 organisations by the end of 2019", "counted 27 members"], [NEWS, AR], "cross-doc"),
 ("Which earlier ISECG scenario does the 2023 lunar surface exploration scenario update supersede?",
  ["the lunar surface scenario of the August 2020 GER Supplement", "the 2020 GER supplement's lunar surface scenario", "GER Supplement of August 2020"],
  ["This update supersedes the lunar surface", "scenario published in the GER Supplement of"], [LU], "fact"),
 ("In which years does the 2023 scenario place the phase in which JAXA's pressurised rover arrives on the Moon?",
  ["2029–2033", "2029-2033", "from 2029 to 2033", "Phase 2, 2029–2033"],
  ["Phase 2 – Expansion and Mobility", "(2029–2033)", "Pressurised rover crew rover JAXA 2"], [LU], "temporal"),
 ("Name the agencies that contribute Gateway modules in the 2023 lunar scenario update.", ["NASA, ESA and JAXA", "NASA (PPE and HALO), ESA (I-Hab, ESPRIT) and JAXA (contributions to I-Hab)"],
  ["PPE and HALO Gateway", "The Gateway", "grows with the European modules I-Hab, built", "with JAXA contributions, and ESPRIT, while the"], [LU], "list"),
 ("Who edited the 2023 Lunar Surface Exploration Scenario Update, and where do they work?",
  ["Rebecca Hale (NASA Headquarters), Tomoko Ishida (JAXA, Tsukuba Space Center) and Lukas Brenner (ESA ESTEC)", "Rebecca Hale, Tomoko Ishida, Lukas Brenner"],
  ["Editors: Rebecca Hale, NASA Headquarters,", "Washington; Tomoko Ishida, JAXA, Tsukuba Space", "Lukas Brenner, ESA ESTEC, Noordwijk."], [LU], "fact"),
 ("How many delegations took part in the ISECG senior managers meeting in Tokyo on 1–2 March 2018?", ["15", "fifteen"],
  ["48 participants attended, representing 15 delegations"], [MS], "count"),
 ("Which organisation did the senior managers welcome as a new ISECG member at the March 2018 Tokyo meeting?",
  ["the Norwegian Space Centre (NSC)", "Norwegian Space Centre", "Norsk Romsenter"],
  ["D-1  The senior managers welcomed the Norwegian Space Centre as a member of"], [MS], "fact"),
 ("How long after the release of the third edition of the Global Exploration Roadmap did the Tokyo senior managers meeting open?",
  ["about one month", "one month", "29 days", "a month"],
  ["(GER) was released on 31 January 2018", "Dates:   1-2 March 2018"], [MS], "temporal"),
 ("What is the mass of the pressurised rover that JAXA contributes to the 2023 lunar scenario?", [], [], [LU], "no-answer"),
]
with open("/work/heldout-sim/e/qa.jsonl", "w") as f:
    for i, (q, a, e, d, k) in enumerate(Q, 1):
        f.write(json.dumps({"id": f"hs-e-{i:02d}", "question": q, "answer": a, "evidence": e, "doc": d, "kind": k}, ensure_ascii=False) + "\n")
print(len(Q))
