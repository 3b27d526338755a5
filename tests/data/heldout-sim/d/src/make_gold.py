# Builds kg_gold.json and qa.jsonl for the heldout-sim (d) set. Run: python3 src/make_gold.py
import json, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AR = "isecg-annual-report-2020.pdf"
TG = "isecg-technology-gap-assessment-2022.pdf"
WP = "isecg-science-white-paper-2017.md"

gold = {"split": "heldout-sim"}
gold["documents"] = [
    {"file": AR, "title": "ISECG Annual Report 2020", "year": 2020, "type": "annual-report"},
    {"file": TG, "title": "ISECG Technology Gap Assessment — 2022 Update", "year": 2022, "type": "technology-assessment"},
    {"file": WP, "title": "Scientific Opportunities Enabled by Human Exploration Beyond Low-Earth Orbit (white paper digest)", "year": 2017, "type": "white-paper"},
]
gold["editions"] = [
    {"title": "The Global Exploration Roadmap", "edition": "second", "released": "2013"},
    {"title": "The Global Exploration Roadmap", "edition": "third", "released": "2018-01"},
    {"title": "Global Exploration Roadmap Supplement – Lunar Surface Exploration Scenario Update", "edition": "2020 supplement", "released": "2020-08",
     "note": "builds on, does not replace, the third edition (January 2018)"},
]
gold["publications"] = [
    {"title": "ISECG Annual Report 2020", "publisher": "ISECG", "released": "2021-03", "note": "covers January-December 2020"},
    {"title": "Critical Technology Needs", "publisher": "ISECG", "released": "2019-11", "note": "Annual Report 2020 states only the year 2019; updated and superseded by the 2022 Technology Gap Assessment"},
    {"title": "ISECG Technology Gap Assessment — 2022 Update", "publisher": "ISECG Technology Working Group", "released": "2022-12",
     "note": "version 1.0; updates and supersedes Critical Technology Needs (2019); builds on GER third edition (2018-01) and the 2020 Lunar Surface Exploration Scenario Update; next update planned for 2024"},
    {"title": "Scientific Opportunities Enabled by Human Exploration Beyond Low-Earth Orbit", "publisher": "ISECG (Science Working Group)", "released": "2017-09-26",
     "note": "builds on Benefits Stemming from Space Exploration (2013) and the GER second edition (2013); input to GER third edition"},
    {"title": "Benefits Stemming from Space Exploration", "publisher": "ISECG", "released": "2013"},
]
gold["events"] = [
    {"name": "Exploration Roadmap Working Group (ERWG) workshop", "date": "2020-02-04", "end_date": "2020-02-06", "host": "DLR", "place": "Bonn", "participants": 41,
     "participants_note": "41 experts from 16 agencies; last in-person ISECG gathering of 2020"},
    {"name": "ISECG senior managers virtual meeting", "date": "2020-03-12", "end_date": "2020-03-13", "host": None, "place": None, "participants": 17,
     "participants_note": "17 agencies; video conference"},
    {"name": "Technology Working Group gap assessment kick-off", "date": "2020-06-23", "host": "NASA", "place": None, "participants": 36, "participants_note": "online; 'convened by' NASA (Table 1)"},
    {"name": "ISECG senior managers virtual meeting", "date": "2020-09-09", "host": None, "place": None, "participants": 23,
     "participants_note": "23 of the 24 member agencies; PhilSA observer; ASI confirmed as incoming chair"},
    {"name": "Science Working Group open webinar on lunar science", "date": "2020-10-07", "host": "ESA", "place": None, "participants": 112, "participants_note": "online (Table 1)"},
    {"name": "ISECG public panel at the IAC 2020 CyberSpace Edition", "date": "2020-10-14", "host": "ISECG", "place": None, "participants": None,
     "participants_note": "heads of exploration from five agencies; roughly 350 online viewers"},
    {"name": "Technology Working Group plenary", "date": "2020-11-17", "end_date": "2020-11-18", "host": "KARI", "place": None, "participants": 38, "participants_note": "online (Table 1)"},
    {"name": "Technology Working Group review workshop for the technology gap assessment", "date": "2022-05-10", "end_date": "2022-05-12", "host": "CSA",
     "place": "John H. Chapman Space Centre, Longueuil, Québec", "participants": 44},
    {"name": "Launch of Danuri (KPLO) lunar orbiter", "date": "2022-08-04", "host": None, "place": None, "participants": None},
    {"name": "Launch of Artemis I (carrying MARE)", "date": "2022-11-16", "host": None, "place": None, "participants": None},
    {"name": "Open science workshop for the science white paper", "date": "2016-11-29", "end_date": "2016-11-30", "host": "ESA", "place": "ESTEC, Noordwijk, the Netherlands",
     "participants": 85, "participants_note": "about 85 researchers from 14 countries"},
    {"name": "Release of the science white paper at the 68th International Astronautical Congress", "date": "2017-09-26", "host": None, "place": "Adelaide, Australia", "participants": None},
]
members_2017 = [("ASI", "Italian Space Agency", "Italy"), ("CNES", "Centre National d'Etudes Spatiales", "France"), ("CSA", "Canadian Space Agency", "Canada"),
                ("DLR", "German Aerospace Center", "Germany"), ("ESA", "European Space Agency", "Europe"), ("JAXA", "Japan Aerospace Exploration Agency", "Japan"),
                ("KARI", "Korea Aerospace Research Institute", "Republic of Korea"), ("NASA", "National Aeronautics and Space Administration", "United States"),
                ("UKSA", "UK Space Agency", "United Kingdom")]
gold["memberships"] = [
    {"agency_acronym": "NOSA", "agency_name": "Norwegian Space Agency", "country": "Norway", "since": "2020-01", "status": "21st member"},
    {"agency_acronym": "VNSC", "agency_name": "Vietnam National Space Center", "country": "Vietnam", "since": "2020-02-21", "status": "22nd member"},
    {"agency_acronym": "AEB", "agency_name": "Brazilian Space Agency", "country": "Brazil", "since": "2020-05", "status": "23rd member"},
    {"agency_acronym": "GISTDA", "agency_name": "Geo-Informatics and Space Technology Development Agency", "country": "Thailand", "since": "2020-07-16", "status": "24th member"},
] + [{"agency_acronym": a, "agency_name": n, "country": c, "since": None, "status": "ISECG member agency (contributor to the 2017 science white paper)"} for a, n, c in members_2017]
gold["membership_counts"] = [
    {"date": "2020-01", "count": 20, "what": "ISECG members at the start of 2020"},
    {"date": "2020-07-16", "count": 24, "what": "ISECG members after GISTDA joined"},
    {"date": "2020-09-09", "count": 24, "what": "member agencies at the September 2020 meeting (23 represented)"},
    {"date": "2020-12", "count": 24, "what": "ISECG members at the end of 2020"},
    {"date": "2020-01..2020-12", "count": 4, "what": "new members admitted in 2020"},
]
ab = []
for ag in ["ISECG", "JAXA", "ESA", "NASA", "ASI"]:
    ab.append({"document": "ISECG Annual Report 2020", "file": AR, "agency": ag})
for ag in ["ISECG Technology Working Group", "NASA", "ESA", "JAXA", "CSA", "KARI", "DLR", "UKSA"]:
    ab.append({"document": "ISECG Technology Gap Assessment — 2022 Update", "file": TG, "agency": ag})
for ag in ["ISECG Science Working Group"] + [m[0] for m in members_2017]:
    ab.append({"document": "Scientific Opportunities Enabled by Human Exploration Beyond Low-Earth Orbit", "file": WP, "agency": ag})
gold["authored_by"] = ab
gold["people"] = [
    {"name": "Naoki Sato", "affiliation": "JAXA", "role": "chair team lead; signed the Chair's message (Annual Report 2020)"},
    {"name": "Emiko Fujisawa", "affiliation": "JAXA", "role": "chair team secretariat; contributor Annual Report 2020"},
    {"name": "Jeroen van Dalen", "affiliation": "ESA", "role": "ISECG Executive Secretariat; contributor Annual Report 2020"},
    {"name": "Rachel Whitfield", "affiliation": "NASA", "role": "Technology Working Group co-chair (2020); contributor Annual Report 2020; co-lead 2022 Technology Gap Assessment"},
    {"name": "Francesca Marino", "affiliation": "ASI", "role": "incoming chair team; contributor Annual Report 2020"},
    {"name": "Luca Bertolini", "affiliation": "ESA", "role": "co-lead 2022 Technology Gap Assessment"},
    {"name": "Koji Tanaka", "affiliation": "JAXA", "role": "author 2022 Technology Gap Assessment"},
    {"name": "Émilie Gagnon", "affiliation": "CSA", "role": "author 2022 Technology Gap Assessment"},
    {"name": "Hyun-woo Park", "affiliation": "KARI", "role": "author 2022 Technology Gap Assessment"},
    {"name": "Katrin Albers", "affiliation": "DLR", "role": "author 2022 Technology Gap Assessment"},
    {"name": "Oliver Pryce", "affiliation": "UKSA", "role": "author 2022 Technology Gap Assessment"},
    {"name": "Sarah K. Holloway", "affiliation": "NASA", "role": "editor 2017 science white paper (NASA Science Mission Directorate)"},
    {"name": "Matthias Reinholt", "affiliation": "ESA", "role": "editor 2017 science white paper (ESTEC)"},
    {"name": "Giulia Ferrante", "affiliation": "ASI", "role": "writing team 2017 science white paper"},
    {"name": "Pierre Lemoine", "affiliation": "CNES", "role": "writing team 2017 science white paper"},
    {"name": "Amira Haddad", "affiliation": "CSA", "role": "writing team 2017 science white paper"},
    {"name": "Thomas Kerner", "affiliation": "DLR", "role": "writing team 2017 science white paper"},
    {"name": "Yuko Ishii", "affiliation": "JAXA", "role": "writing team 2017 science white paper"},
    {"name": "Ji-hoon Lee", "affiliation": "KARI", "role": "writing team 2017 science white paper"},
    {"name": "Hannah Moore", "affiliation": "UKSA", "role": "writing team 2017 science white paper"},
]
gold["chairs"] = [
    {"agency": "JAXA", "period": "2019-04..2020-12-31"},
    {"agency": "ASI", "period": "from 2021-01-01 (confirmed as incoming chair at the 2020-09-09 meeting)"},
]
tw = [
    ("NASA", "cryogenic fluid management", AR), ("NASA", "fission surface power", AR),
    ("ESA", "oxygen extraction from lunar regolith (ISRU)", AR),
    ("JAXA", "crewed pressurised lunar rover (studied with Toyota)", AR),
    ("CSA", "Canadarm3 robotic system for the Gateway", AR),
    ("ASI", "pressurised habitation module technology", AR),
    ("DLR", "radiation measurement and protection for crews in deep space", AR),
    ("LSA", "space resources prospecting and processing", AR),
    ("ISECG", "technology gap assessment (Technology Working Group, launched June 2020)", AR),
]
table1 = [
    ("In-situ resource utilisation (ISRU)", ["ESA", "NASA", "CSA", "JAXA", "LSA"]),
    ("Cryogenic fluid management", ["NASA", "JAXA"]),
    ("Dust mitigation", ["NASA", "ESA", "JAXA", "KARI"]),
    ("Surface power and lunar night survival", ["NASA", "JAXA", "ESA", "UKSA"]),
    ("Precision landing and hazard avoidance", ["JAXA", "NASA", "ISRO", "ESA"]),
    ("Surface mobility and robotics", ["CSA", "DLR", "ASI", "JAXA", "NASA"]),
    ("Habitation and life support", ["NASA", "ESA", "ASI", "JAXA"]),
    ("Radiation protection and crew health", ["DLR", "ISA", "NASA", "CSA", "ESA"]),
    ("Lunar communications and navigation", ["ESA", "NASA", "ASI", "KARI", "JAXA"]),
    ("Mars entry, descent and landing", ["NASA", "ESA", "CNES"]),
]
for area, ags in table1:
    for a in ags:
        tw.append((a, area, TG))
tw += [
    ("ESA", "PROSPECT drill and laboratory for the lunar south pole (ISRU)", TG),
    ("NASA", "PRIME-1 ice drilling payload (ISRU)", TG),
    ("LSA", "resource processing research through ESRIC", TG),
    ("CSA", "excavation for small rovers", TG),
    ("JAXA", "SLIM pinpoint landing within 100 m", TG),
    ("ISRO", "soft landing with Chandrayaan-3", TG),
    ("DLR", "MARE radiation experiment on Artemis I (AstroRad vest)", TG),
    ("ISA", "MARE radiation experiment on Artemis I (AstroRad vest)", TG),
    ("KARI", "delay-tolerant networking experiment on Danuri (KPLO)", TG),
    ("ESA", "Moonlight lunar communications and navigation initiative", TG),
    ("NASA", "LunaNet lunar communications and navigation", TG),
    ("ASI", "lunar navigation receivers", TG),
    ("UKSA", "americium-241 radioisotope power units for ESA", TG),
    ("CSA", "Canadarm3 for the Gateway", TG),
    ("DLR", "dexterous arm technology", TG),
]
gold["technology_work"] = [{"agency": a, "technology": t, "document": d} for a, t, d in tw]
gold["mission_phases"] = [
    {"document": WP, "phase": 1, "name": "Low-Earth orbit: the International Space Station", "end": 2024},
    {"document": WP, "phase": 2, "name": "Cislunar space and the lunar surface, with a crew-tended Deep Space Gateway in lunar orbit", "period": "2020s"},
    {"document": WP, "phase": 3, "name": "Mars and its moons Phobos and Deimos", "period": "2030s"},
]
M = []
def men(doc, kind, ents):
    for e in ents:
        M.append({"document": doc, "entity": e, "kind": kind})
men(AR, "agency", ["ISECG", "JAXA", "DLR", "NASA", "ESA", "KARI", "PhilSA", "NOSA", "VNSC", "AEB", "GISTDA", "NZSA", "ASI", "CSA", "LSA"])
men(AR, "spacecraft", ["Gateway", "Canadarm3", "JAXA pressurised lunar rover"])
men(AR, "destination", ["Moon", "low-Earth orbit"])
men(AR, "technology", ["in-situ resource utilisation (ISRU)", "cryogenic fluid management", "fission surface power"])
men(TG, "agency", ["ISECG", "NASA", "ESA", "JAXA", "CSA", "KARI", "DLR", "UKSA", "LSA", "ISRO", "ASI", "ISA", "CNES", "Portugal Space", "ESRIC"])
men(TG, "spacecraft", ["Gateway", "Canadarm3", "SLIM", "Danuri (KPLO)", "PROSPECT", "PRIME-1"])
men(TG, "mission", ["Artemis I", "Chandrayaan-3", "MARE"])
men(TG, "program", ["Moonlight", "LunaNet"])
men(TG, "destination", ["Moon", "lunar south pole", "Mars"])
men(TG, "technology", [a for a, _ in table1] + ["AstroRad vest"])
men(WP, "agency", ["ISECG"] + [m[0] for m in members_2017])
men(WP, "spacecraft", ["International Space Station", "Deep Space Gateway"])
men(WP, "destination", ["low-Earth orbit", "cislunar space", "Moon", "South Pole–Aitken basin", "lunar poles", "lunar far side", "near-Earth asteroids", "Mars", "Phobos", "Deimos"])
gold["mentions"] = M
json.dump(gold, open(os.path.join(D, "kg_gold.json"), "w"), ensure_ascii=False, indent=2)

BEN = "benefits-stemming-from-space-exploration-2013.md"
SUP = "ger-supplement-2020-lunar-surface.pdf"
qa = [
 ("Which agency held the ISECG chair through 2020, and which agency succeeded it?",
  ["JAXA, succeeded by ASI", "Japan Aerospace Exploration Agency, then the Italian Space Agency", "JAXA; ASI from 1 January 2021"],
  ["JAXA chaired ISECG from April 2019 until 31 December 2020.", "ASI took over on 1 January 2021"], [AR], "fact"),
 ("When did GISTDA join ISECG, and what number member did it become?",
  ["16 July 2020, as the 24th member", "2020-07-16; 24th", "July 2020, 24th member"],
  ["on 2020-07-16 the", "(GISTDA) became the 24th."], [AR], "temporal"),
 ("Which joined ISECG first in 2020: the Brazilian Space Agency or the Vietnam National Space Center?",
  ["the Vietnam National Space Center (VNSC), on 21 February 2020", "VNSC", "Vietnam National Space Center"],
  ["21 February 2020 by the Vietnam National Space Center (VNSC), the 22nd.", "as its 23rd member in May 2020"], [AR], "temporal"),
 ("How many member agencies did ISECG have at the close of 2020?",
  ["24", "twenty-four"],
  ["started the year with 20 members and ended it with 24."], [AR], "count"),
 ("List the agencies that became ISECG members during 2020.",
  ["NOSA, VNSC, AEB and GISTDA", "Norwegian Space Agency, Vietnam National Space Center, Brazilian Space Agency, GISTDA"],
  ["the Norwegian Space Agency (NOSA) became the Group's 21st member", "by the Vietnam National Space Center (VNSC), the 22nd.", "Space Agency (Agência Espacial Brasileira, AEB) as its 23rd member", "(GISTDA) became the 24th."], [AR], "list"),
 ("How many people took part in the Technology Working Group plenary that KARI convened in November 2020?",
  ["38", "thirty-eight"],
  ["Technology Working Group plenary 17–18 November 2020 KARI 38"], [AR], "count"),
 ("In what year was the ISECG white paper on scientific opportunities beyond low-Earth orbit released, and at which event?",
  ["2017, at the 68th International Astronautical Congress in Adelaide", "26 September 2017, 68th IAC, Adelaide", "2017"],
  ["26 September 2017, during the 68th International Astronautical Congress in Adelaide, Australia"], [WP], "fact"),
 ("What does the 2022 technology gap assessment update?",
  ["the ISECG Critical Technology Needs paper of November 2019", "Critical Technology Needs (2019)", "the 2019 Critical Technology Needs paper"],
  ["updates and supersedes the ISECG paper Critical Technology Needs", "published in November 2019"], [TG], "fact"),
 ("Which agencies does the 2022 gap assessment list as working on in-situ resource utilisation?",
  ["ESA, NASA, CSA, JAXA and the Luxembourg Space Agency (LSA)", "ESA, NASA, CSA, JAXA, LSA"],
  ["In-situ resource utilisation", "ESA, NASA, CSA, JAXA,", "Luxembourg Space Agency"], [TG], "list"),
 ("How many ISECG member agencies provided authors and reviewers for the 2017 science white paper?",
  ["9", "nine"],
  ["Nine ISECG member agencies provided authors and reviewers"], [WP], "count"),
 ("Who co-led the team behind the 2022 technology gap assessment, and where do they work?",
  ["Rachel Whitfield (NASA) and Luca Bertolini (ESA)", "Rachel Whitfield, NASA Headquarters; Luca Bertolini, ESA ESTEC"],
  ["(co-lead), Luca Bertolini", "NASA Headquarters, Washington DC, USA", "European Space Agency, ESTEC, Noordwijk, the Netherlands"], [TG], "fact"),
 ("The 2017 science white paper builds on an earlier ISECG white paper. On what date was that earlier paper issued?",
  ["20 September 2013", "2013-09-20", "September 2013"],
  ["It builds on the 2013 ISECG white paper", "Benefits Stemming from Space Exploration", "issued by ISECG on 20 September 2013"], [WP, BEN], "cross-doc"),
 ("How long did the technology gap assessment take, from its launch by the Technology Working Group to the release of the 2022 update?",
  ["about two and a half years", "30 months", "two and a half years (June 2020 to December 2022)"],
  ["gap assessment in June 2020", "Version 1.0 · December 2022"], [AR, TG], "cross-doc"),
 ("The 2020 GER supplement names two organisations that joined ISECG between the March and September 2020 meetings. When did each of them join, according to the Annual Report 2020?",
  ["AEB in May 2020 and GISTDA on 16 July 2020", "Brazilian Space Agency: May 2020; GISTDA: 2020-07-16"],
  ["two more organisations became members:", "as its 23rd member in May 2020", "on 2020-07-16 the"], [SUP, AR], "cross-doc"),
 ("How much funding does the Luxembourg Space Agency provide to ESRIC?",
  [], [], [TG], "no-answer"),
]
with open(os.path.join(D, "qa.jsonl"), "w") as f:
    for i, (q, a, e, d, k) in enumerate(qa, 1):
        f.write(json.dumps({"id": "hs-d-%02d" % i, "question": q, "answer": a, "evidence": e, "doc": d, "kind": k}, ensure_ascii=False) + "\n")
