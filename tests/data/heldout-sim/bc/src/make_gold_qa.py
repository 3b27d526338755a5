"""Write ../kg_gold.json and ../qa.jsonl for set bc (written blind, from the five documents in ../documents)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

MIN = "isecg-senior-managers-minutes-2008.pdf"
NEWS = "isecg-exchange-newsletter-2017.pdf"
WP = "lunar-surface-power-isru-white-paper-2021.pdf"
SUP = "ger-supplement-2022-digest.pdf"
FAQ = "isecg-membership-faq-2025.md"

WP_TITLE = "Power and Resources on the Lunar Surface"
SUP_TITLE = "Global Exploration Roadmap Supplement 2022: Lunar Surface Exploration Scenario, Second Update"

documents = [
    {"file": MIN, "title": "Minutes of the Senior Managers' Meeting 2008/2", "year": 2008, "type": "minutes"},
    {"file": NEWS, "title": "ISECG Exchange, Issue No. 11 (October 2017)", "year": 2017, "type": "newsletter"},
    {"file": WP, "title": WP_TITLE + " (ISECG White Paper, June 2021)", "year": 2021, "type": "white-paper"},
    {"file": SUP, "title": "At a Glance: the 2022 Supplement to the Global Exploration Roadmap", "year": 2022, "type": "supplement"},
    {"file": FAQ, "title": "Joining and belonging: ISECG membership FAQ", "year": 2025, "type": "faq"},
]

editions = [
    {"title": "The Global Exploration Strategy framework", "edition": "framework", "released": "2007-05"},
    {"title": "The Global Exploration Roadmap", "edition": "third", "released": "2018-01"},
    {"title": "Global Exploration Roadmap Supplement", "edition": "2020 supplement", "released": "2020-08"},
    {"title": SUP_TITLE, "edition": "2022 supplement", "released": "2022-09", "released_exact": "2022-09-21",
     "supplements": "The Global Exploration Roadmap, third edition (January 2018)",
     "updates": "Global Exploration Roadmap Supplement (August 2020)"},
]

publications = [
    {"title": "ISECG Terms of Reference, version 1.1", "publisher": "ISECG", "released": "2007-11"},
    {"title": "ISECG Terms of Reference, version 1.2", "publisher": "ISECG", "released": "2008-11",
     "note": "adopted at SMM 2008/2 (4-5 November 2008), in effect from 2008-12-01; replaces version 1.1",
     "replaces": "ISECG Terms of Reference, version 1.1"},
    {"title": "Minutes of the Senior Managers' Meeting 2008/2 (ISECG-SM-08-02-MIN, Issue 1.0)", "publisher": "ISECG",
     "released": "2008-11-19", "note": "approved by written procedure"},
    {"title": "ISECG Annual Report 2008", "publisher": "ISECG", "released": None,
     "note": "agency contributions due 15 February 2009"},
    {"title": "ISECG Exchange, Issue No. 11", "publisher": "ISECG Secretariat", "released": "2017-10"},
    {"title": WP_TITLE, "publisher": "ISECG", "released": "2021-06",
     "note": "ISECG white paper prepared for the ISECG Technology Working Group"},
    {"title": SUP_TITLE, "publisher": "ISECG", "released": "2022-09-21"},
]

events = [
    {"name": "ISECG Senior Managers' Meeting 2008/1", "date": "2008-05-06", "end_date": "2008-05-07",
     "host": "NASA", "place": "Washington, DC", "participants": None},
    {"name": "ISECG Senior Managers' Meeting 2008/2", "date": "2008-11-04", "end_date": "2008-11-05",
     "host": "CSA", "place": "John H. Chapman Space Centre, Saint-Hubert, Quebec, Canada", "participants": 12,
     "participants_note": "18 delegates from 12 of the 14 agencies; CSIRO (apologies) and NSAU not represented",
     "chair": "ASI (Enrico Saladini)"},
    {"name": "ISECG Senior Managers' Meeting 2009/1 (planned)", "date": "2009-04-14", "end_date": "2009-04-15",
     "host": "JAXA", "place": "Tokyo", "participants": None},
    {"name": "Senior managers' teleconference admitting the Israel Space Agency", "date": "2017-03-21",
     "host": None, "place": None, "participants": None},
    {"name": "ISECG technology workshop on surviving the lunar night", "date": "2017-09-18", "end_date": "2017-09-19",
     "host": "DLR", "place": "DLR Institute of Space Systems, Bremen", "participants": 72,
     "participants_note": "72 specialists from eleven agencies"},
    {"name": "ISECG senior managers' meeting, Adelaide", "date": "2017-09-24", "host": "CSIRO",
     "place": "Adelaide, Australia", "participants": None},
    {"name": "68th International Astronautical Congress", "date": "2017-09-25", "end_date": "2017-09-29",
     "host": None, "place": None, "participants": None},
    {"name": "ERWG meeting", "date": "2017-12-07", "end_date": "2017-12-08", "host": "ESA",
     "place": "ESTEC, Noordwijk", "participants": None},
    {"name": "Online workshop on lunar surface power and ISRU", "date": "2021-03-09", "end_date": "2021-03-11",
     "host": "ESA", "place": "online", "participants": 134},
    {"name": "73rd International Astronautical Congress", "date": "2022-09-18", "end_date": "2022-09-22",
     "host": None, "place": "Paris", "participants": None},
    {"name": "Release of the Global Exploration Roadmap Supplement 2022", "date": "2022-09-21", "host": None,
     "place": "Paris (73rd International Astronautical Congress)", "participants": None},
    {"name": "ISECG senior managers' meeting, Adelaide (chair handover ASA to KASA)", "date": "2024-12-10",
     "host": "ASA", "place": "Adelaide", "participants": None},
]

FOUNDERS = [
    ("ASI", "Italian Space Agency", "Italy"),
    ("BNSC", "British National Space Centre", "United Kingdom"),
    ("CNES", "Centre National d'Etudes Spatiales", "France"),
    ("CNSA", "China National Space Administration", "China"),
    ("CSA", "Canadian Space Agency", "Canada"),
    ("CSIRO", "Commonwealth Scientific and Industrial Research Organisation", "Australia"),
    ("DLR", "German Aerospace Center", "Germany"),
    ("ESA", "European Space Agency", "Europe"),
    ("ISRO", "Indian Space Research Organisation", "India"),
    ("JAXA", "Japan Aerospace Exploration Agency", "Japan"),
    ("KARI", "Korea Aerospace Research Institute", "Republic of Korea"),
    ("NASA", "National Aeronautics and Space Administration", "United States"),
    ("NSAU", "National Space Agency of Ukraine", "Ukraine"),
    ("Roscosmos", "Russian Federal Space Agency", "Russia"),
]
memberships = [{"agency_acronym": a, "agency_name": n, "country": c, "since": 2007, "status": "founding member"}
               for a, n, c in FOUNDERS]
for a, n, c, y, extra in [
    ("UKSA", "UK Space Agency", "United Kingdom", 2010, {"status": "succeeded BNSC", "replaces": "BNSC"}),
    ("UAE Space Agency", "United Arab Emirates Space Agency", "United Arab Emirates", 2015, {"status": "15th member"}),
    ("ISA", "Israel Space Agency", "Israel", 2017, {"status": "16th member", "since_month": "2017-03",
                                                   "since_exact": "2017-03-21"}),
    ("LSA", "Luxembourg Space Agency", "Luxembourg", 2018, {"status": "17th member", "since_month": "2018-11"}),
    ("POLSA", "Polish Space Agency", "Poland", 2019, {"status": "18th member"}),
    ("SSO", "Swiss Space Office", "Switzerland", 2019, {"status": "19th member"}),
    ("ASA", "Australian Space Agency", "Australia", 2019, {"status": "succeeded CSIRO", "replaces": "CSIRO"}),
    ("NOSA", "Norwegian Space Agency", "Norway", 2020, {"status": "20th member"}),
    ("AEB", "Brazilian Space Agency", "Brazil", 2020, {"status": "21st member"}),
    ("ROSA", "Romanian Space Agency", "Romania", 2020, {"status": "22nd member"}),
    ("GISTDA", "Geo-Informatics and Space Technology Development Agency", "Thailand", 2021, {"status": "23rd member"}),
    ("AEM", "Mexican Space Agency", "Mexico", 2022, {"status": "24th member"}),
    ("PhilSA", "Philippine Space Agency", "Philippines", 2023, {"status": "25th member"}),
    ("Portugal Space", "Portugal Space", "Portugal", 2024, {"status": "26th member"}),
    ("KASA", "Korea AeroSpace Administration", "Republic of Korea", 2024, {"status": "succeeded KARI", "replaces": "KARI"}),
]:
    m = {"agency_acronym": a, "agency_name": n, "country": c, "since": y}
    m.update(extra)
    memberships.append(m)

membership_counts = [
    {"date": "2007", "count": 14, "what": "founding agencies of ISECG (FAQ)"},
    {"date": "2008-11", "count": 14, "what": "agencies that released the GES framework (minutes: twelve of the fourteen present)"},
    {"date": "2015", "count": 15, "what": "after the UAE Space Agency joined"},
    {"date": "2017-03", "count": 16, "what": "after the Israel Space Agency was admitted"},
    {"date": "2018-11", "count": 17, "what": "after the Luxembourg Space Agency joined"},
    {"date": "2019", "count": 19, "what": "after POLSA and SSO joined (ASA succeeded CSIRO, no change)"},
    {"date": "2020", "count": 22, "what": "after NOSA, AEB and ROSA joined"},
    {"date": "2021-01", "count": 22, "what": "member agencies sent the white paper questionnaire"},
    {"date": "2021", "count": 23, "what": "after GISTDA joined"},
    {"date": "2022", "count": 24, "what": "after AEM joined"},
    {"date": "2022-09-21", "count": 24, "what": "ISECG member agencies at the release of the 2022 supplement"},
    {"date": "2023", "count": 25, "what": "after PhilSA joined"},
    {"date": "2024", "count": 26, "what": "after Portugal Space joined"},
    {"date": "2025-05-12", "count": 26, "what": "members at the FAQ's last review"},
]

authored_by = [{"document": WP_TITLE, "file": WP, "agency": a} for a in ["ESA", "JAXA", "DLR", "CNES", "NASA", "LSA"]]
authored_by += [{"document": SUP_TITLE, "file": SUP, "agency": a} for a in
                ["ASA", "ASI", "CNES", "CSA", "DLR", "ESA", "ISA", "JAXA", "KARI", "LSA", "NASA", "NOSA", "POLSA",
                 "SSO", "UAE Space Agency", "UKSA"]]
authored_by += [
    {"document": "Minutes of the Senior Managers' Meeting 2008/2", "file": MIN, "agency": "ISECG Secretariat"},
    {"document": "ISECG Exchange, Issue No. 11", "file": NEWS, "agency": "ISECG Secretariat"},
]

people = [
    {"name": "Enrico Saladini", "affiliation": "ASI", "role": "ISECG Chair for 2008; chaired SMM 2008/2"},
    {"name": "Giulia Marchetti", "affiliation": "ASI", "role": "delegate, SMM 2008/2"},
    {"name": "Howard Pryce", "affiliation": "BNSC", "role": "delegate, SMM 2008/2"},
    {"name": "Sylvie Garnier", "affiliation": "CNES", "role": "delegate, SMM 2008/2"},
    {"name": "Laurent Besson", "affiliation": "CNES", "role": "delegate, SMM 2008/2"},
    {"name": "Zhou Wenhai", "affiliation": "CNSA", "role": "delegate, SMM 2008/2"},
    {"name": "Marc Levesque", "affiliation": "CSA", "role": "delegate, SMM 2008/2 (host)"},
    {"name": "Anne Tremblay", "affiliation": "CSA", "role": "delegate, SMM 2008/2 (host)"},
    {"name": "Karsten Vogel", "affiliation": "DLR", "role": "delegate, SMM 2008/2"},
    {"name": "Pieter van Rooij", "affiliation": "ESA", "role": "delegate, SMM 2008/2"},
    {"name": "Claire Dubois", "affiliation": "ESA", "role": "ISECG Secretariat; took the minutes of SMM 2008/2"},
    {"name": "Ramesh Nair", "affiliation": "ISRO", "role": "delegate, SMM 2008/2"},
    {"name": "Takeshi Onishi", "affiliation": "JAXA", "role": "delegate, SMM 2008/2"},
    {"name": "Yuko Hirano", "affiliation": "JAXA", "role": "delegate, SMM 2008/2"},
    {"name": "Park Jin-ho", "affiliation": "KARI", "role": "delegate, SMM 2008/2"},
    {"name": "Douglas Whitfield", "affiliation": "NASA", "role": "delegate, SMM 2008/2"},
    {"name": "Sandra Kemp", "affiliation": "NASA", "role": "delegate, SMM 2008/2"},
    {"name": "Alexei Voronin", "affiliation": "Roscosmos", "role": "delegate, SMM 2008/2"},
    {"name": "Avi Ben-Haim", "affiliation": "ISA", "role": "Director General"},
    {"name": "Frauke Lindner", "affiliation": "DLR", "role": "chaired the closing session of the 2017 lunar-night workshop"},
    {"name": "Nadia Belkacem", "affiliation": "CSA", "role": "ERWG chair from 2017-07-01"},
    {"name": "Richard Oyelaran", "affiliation": "NASA", "role": "ERWG chair 2014 to 2017-07-01"},
    {"name": "Mika Tanabe", "affiliation": "JAXA", "role": "test lead, regenerative fuel cell test (2017)"},
    {"name": "Helena Varga", "affiliation": "ESA", "role": "author (corresponding), 2021 white paper"},
    {"name": "Kenji Arakawa", "affiliation": "JAXA", "role": "co-author, 2021 white paper"},
    {"name": "Thomas Reinholt", "affiliation": "DLR", "role": "co-author, 2021 white paper"},
    {"name": "Amelie Rousseau", "affiliation": "CNES", "role": "co-author, 2021 white paper"},
    {"name": "Maria Delgado", "affiliation": "NASA", "role": "co-author, 2021 white paper"},
    {"name": "Paul Schmit", "affiliation": "LSA", "role": "co-author, 2021 white paper"},
    {"name": "Lee Seung-hoon", "affiliation": "KASA", "role": "KASA senior manager; chairs ISECG meetings in 2025"},
]

chairs = [
    {"agency": "ASI", "period": "2008", "person": "Enrico Saladini"},
    {"agency": "JAXA", "period": "2009 (from 2009-01-01, one-year term; decided at SMM 2008/2)"},
    {"agency": "CNES", "period": "2017"},
    {"agency": "ASA", "period": "2024 (handed over at the 2024-12-10 meeting in Adelaide)"},
    {"agency": "KASA", "period": "from 2025-01-01 (current in May 2025)", "person": "Lee Seung-hoon"},
    {"agency": "ESA", "period": "2026 (agreed)"},
    {"agency": "NASA", "period": "from 2008-11", "group": "IAWG", "role": "co-lead"},
    {"agency": "ESA", "period": "from 2008-11", "group": "IAWG", "role": "co-lead"},
    {"agency": "NASA", "period": "2014 to 2017-07-01", "group": "ERWG", "person": "Richard Oyelaran"},
    {"agency": "CSA", "period": "from 2017-07-01", "group": "ERWG", "person": "Nadia Belkacem"},
]

technology_work = [{"agency": a, "technology": t, "document": WP} for a, t in [
    ("NASA", "fission surface power (10 kWe class)"),
    ("NASA", "vertical deployable solar arrays"),
    ("ESA", "vertical deployable solar arrays (study)"),
    ("JAXA", "regenerative fuel cells"),
    ("ESA", "regenerative fuel cells"),
    ("DLR", "regenerative fuel cells"),
    ("UKSA", "radioisotope heater units (americium-241), leading the European programme"),
    ("ESA", "radioisotope heater units (americium-241)"),
    ("JAXA", "wireless power transmission to rovers"),
    ("CNES", "wireless power transmission to rovers"),
    ("CSA", "heat storage in regolith (thermal wadis)"),
    ("ASI", "heat storage in regolith (thermal modelling)"),
    ("NASA", "water ice prospecting (VIPER)"),
    ("JAXA", "water ice prospecting (joint lunar polar exploration mission with ISRO)"),
    ("ISRO", "water ice prospecting (joint lunar polar exploration mission with JAXA)"),
    ("ESA", "oxygen extraction from regolith (molten salt electrolysis)"),
    ("LSA", "oxygen extraction from regolith (support to ESA demonstration payload)"),
    ("DLR", "regolith sintering and construction (lead)"),
    ("CNSA", "regolith sintering and construction"),
    ("ASA", "regolith excavation and handling"),
    ("LSA", "regolith excavation and handling"),
]]
technology_work += [
    {"agency": "JAXA", "technology": "regenerative fuel cell for a pressurised lunar rover (500-hour thermal vacuum test)",
     "document": NEWS},
    {"agency": "CSA", "technology": "lunar regolith simulant exchange with NASA", "document": MIN},
    {"agency": "NASA", "technology": "lunar architecture studies", "document": MIN},
]

mission_phases = [
    {"document": SUP, "phase": 1, "name": "First Footholds", "start": 2022, "end": 2026},
    {"document": SUP, "phase": 2, "name": "Extended Surface Campaigns", "start": 2027, "end": 2031},
    {"document": SUP, "phase": 3, "name": "Sustained Lunar Activity", "start": 2032, "end": None},
]

M = {
    MIN: {"agency": ["ISECG", "ASI", "BNSC", "CNES", "CNSA", "CSA", "CSIRO", "DLR", "ESA", "ISRO", "JAXA", "KARI",
                     "NASA", "NSAU", "Roscosmos"],
          "program": ["Global Exploration Strategy", "International Architecture Working Group"]},
    NEWS: {"agency": ["ISECG", "ISA", "UAE Space Agency", "DLR", "CSA", "NASA", "JAXA", "CNES", "CSIRO", "ESA"],
           "program": ["Exploration Roadmap Working Group", "Global Exploration Roadmap",
                       "International Astronautical Congress"],
           "destination": ["Moon"], "technology": ["regenerative fuel cell", "radioisotope heater units", "heat storage"],
           "spacecraft": ["pressurised lunar rover"]},
    WP: {"agency": ["ISECG", "ESA", "JAXA", "DLR", "CNES", "NASA", "LSA", "UKSA", "CSA", "ASI", "ISRO", "CNSA", "ASA"],
         "destination": ["Moon", "south pole"], "spacecraft": ["VIPER"],
         "technology": ["fission surface power", "vertical deployable solar arrays", "regenerative fuel cells",
                        "radioisotope heater units", "wireless power transmission", "thermal wadis",
                        "water ice prospecting", "oxygen extraction from regolith", "molten salt electrolysis",
                        "regolith sintering", "in-situ resource utilisation"],
         "program": ["Global Exploration Roadmap", "Technology Working Group"]},
    SUP: {"agency": ["ISECG", "ASA", "ASI", "CNES", "CSA", "DLR", "ESA", "ISA", "JAXA", "KARI", "LSA", "NASA", "NOSA",
                     "POLSA", "SSO", "UAE Space Agency", "UKSA"],
          "program": ["Global Exploration Roadmap", "Artemis", "International Astronautical Congress"],
          "spacecraft": ["Gateway"], "destination": ["Mars", "south pole"],
          "technology": ["in-situ resource utilisation"]},
    FAQ: {"agency": ["ISECG", "ASI", "BNSC", "CNES", "CNSA", "CSA", "CSIRO", "DLR", "ESA", "ISRO", "JAXA", "KARI",
                     "NASA", "NSAU", "Roscosmos", "UAE Space Agency", "ISA", "LSA", "POLSA", "SSO", "NOSA", "AEB",
                     "ROSA", "GISTDA", "AEM", "PhilSA", "Portugal Space", "UKSA", "ASA", "KASA"],
          "program": ["Global Exploration Strategy"]},
}
mentions = [{"document": d, "entity": e, "kind": k} for d, kinds in M.items() for k, es in kinds.items() for e in es]

gold = {"split": "heldout-new", "documents": documents, "editions": editions, "publications": publications,
        "events": events, "memberships": memberships, "membership_counts": membership_counts,
        "authored_by": authored_by, "people": people, "chairs": chairs, "technology_work": technology_work,
        "mission_phases": mission_phases, "mentions": mentions}

Q = []
def q(question, answer, evidence, doc, kind):
    Q.append({"id": "bc-%02d" % (len(Q) + 1), "question": question, "answer": answer, "evidence": evidence,
              "doc": doc if isinstance(doc, list) else [doc], "kind": kind})

# fact (10; 01, 03, 06, 07, 08, 09 rest on tables, bylines or footnotes)
q("Who represented KARI at the ISECG senior managers' meeting of November 2008?",
  ["Park Jin-ho"], ["Park Jin-ho"], MIN, "fact")
q("Which agency hosted the second ISECG senior managers' meeting of 2008, and where was it held?",
  ["Canadian Space Agency (CSA), at the John H. Chapman Space Centre in Saint-Hubert, Quebec", "CSA",
   "Canadian Space Agency"],
  ["Host agency Canadian Space Agency (CSA)", "John H. Chapman Space Centre, Saint-Hubert, Quebec, Canada"], MIN, "fact")
q("By what date was JAXA to propose the venue, agenda and logistics for the first senior managers' meeting of 2009?",
  ["2 March 2009", "2009-03-02", "March 2, 2009"],
  ["Propose venue, agenda and logistics for SMM 2009/1", "JAXA 2 March 2009"], MIN, "fact")
q("Which agency hosted the September 2017 ISECG workshop on surviving the lunar night?",
  ["DLR", "German Aerospace Center", "DLR, at its Institute of Space Systems in Bremen"],
  ["BREMEN, 20 SEPTEMBER 2017",
   "at the DLR Institute of Space Systems for an ISECG technology workshop hosted by the German Aerospace Center"],
  NEWS, "fact")
q("Who took over the chair of the Exploration Roadmap Working Group in July 2017, and from whom?",
  ["Nadia Belkacem (CSA), from Richard Oyelaran (NASA)", "Nadia Belkacem"],
  ["On 1 July Nadia Belkacem of the Canadian Space Agency took over as its chair from Richard Oyelaran (NASA)"],
  NEWS, "fact")
q("With which organisation is Paul Schmit, co-author of the 2021 white paper on lunar surface power and ISRU, affiliated?",
  ["Luxembourg Space Agency", "LSA"], ["Paul Schmit6", "6 Luxembourg Space Agency, Luxembourg"], WP, "fact")
q("According to the 2021 white paper's table, which agency is the only one reporting work on fission surface power?",
  ["NASA"], ["Fission surface power (10 kWe class) NASA"], WP, "fact")
q("On what date did the questionnaire behind the 2021 white paper on lunar surface power and ISRU close?",
  ["26 February 2021", "2021-02-26", "February 26, 2021"], ["The questionnaire closed on 26 February 2021."], WP, "fact")
q("Which edition of the Global Exploration Roadmap does the 2022 supplement supplement?",
  ["the third edition (January 2018)", "third edition", "the 2018 third edition"],
  ["Supplements GER third edition (January 2018)"], SUP, "fact")
q("Which agency chairs ISECG in 2025?",
  ["Korea AeroSpace Administration", "KASA"], ["The Korea AeroSpace Administration holds the chair for 2025."],
  FAQ, "fact")
# count (5)
q("How many agencies were represented at the November 2008 senior managers' meeting in Saint-Hubert?",
  ["12", "twelve"], ["Eighteen delegates took part, representing twelve of the fourteen agencies"], MIN, "count")
q("How many agencies did ISECG count after the Israel Space Agency was admitted in March 2017?",
  ["16", "sixteen"], ["bringing the group to sixteen agencies"], NEWS, "count")
q("How many specialists took part in the 2017 workshop in Bremen on the lunar night?",
  ["72", "seventy-two"], ["The question was put to 72 specialists from eleven agencies"], NEWS, "count")
q("How many agencies prepared the 2022 supplement to the Global Exploration Roadmap?",
  ["16", "sixteen"], ["Sixteen agencies contributed to the document.", "Prepared by 16 ISECG agencies"], SUP, "count")
q("How many agencies belong to ISECG according to the 2025 membership FAQ?",
  ["26", "twenty-six"], ["Twenty-six. ISECG has grown steadily from the fourteen agencies that founded it in 2007"], FAQ, "count")
# list (5)
q("Which of the founding agencies were not represented at the November 2008 senior managers' meeting?",
  ["CSIRO and NSAU", "CSIRO; NSAU", "CSIRO and the National Space Agency of Ukraine"],
  ["Not represented: CSIRO (Australia, apologies); NSAU (Ukraine)."], MIN, "list")
q("Which agencies were to co-lead the International Architecture Working Group established in November 2008?",
  ["NASA and ESA", "NASA; ESA"],
  ["An International Architecture Working Group (IAWG) is established.",
   "led by NASA and ESA and will report to the senior managers at each meeting"], MIN, "list")
q("Which agencies reported work on regenerative fuel cells in the 2021 white paper?",
  ["JAXA, ESA and DLR", "JAXA; ESA; DLR"], ["Regenerative fuel cells JAXA, ESA, DLR"], WP, "list")
q("What are the phases of the lunar surface scenario in the 2022 roadmap supplement?",
  ["First Footholds; Extended Surface Campaigns; Sustained Lunar Activity"],
  ["Phase 1 First Footholds", "Phase 2 Extended Surface Campaigns", "Phase 3 Sustained Lunar Activity"], SUP, "list")
q("Which agencies joined ISECG in 2020?",
  ["Norwegian Space Agency, Brazilian Space Agency and Romanian Space Agency", "NOSA; AEB; ROSA"],
  ["| 2020 | Norwegian Space Agency (NOSA) | Norway | 20 |", "| 2020 | Brazilian Space Agency (AEB) | Brazil | 21 |",
   "| 2020 | Romanian Space Agency (ROSA) | Romania | 22 |"], FAQ, "list")
# temporal (4)
q("Which joined ISECG earlier, the Luxembourg Space Agency or the Israel Space Agency?",
  ["the Israel Space Agency (March 2017)", "Israel Space Agency", "ISA"],
  ["| 2017 (March) | Israel Space Agency (ISA) | Israel | 16 |",
   "| 2018 (November) | Luxembourg Space Agency (LSA) | Luxembourg | 17 |"], FAQ, "temporal")
q("What period does Phase 2 of the 2022 supplement's lunar scenario cover?",
  ["2027–2031", "2027-2031", "2027 to 2031"], ["Phase 2 Extended Surface Campaigns 2027–2031"], SUP, "temporal")
q("How long after the November 2008 senior managers' meeting was the following meeting planned to take place?",
  ["about five months", "five months", "about 5 months (14–15 April 2009)"],
  ["Dates 4–5 November 2008", "The next meeting (SMM 2009/1) will be held in Tokyo on 14–15 April 2009"], MIN, "temporal")
q("How long after the third edition of the Global Exploration Roadmap was the 2022 supplement released?",
  ["about four years and eight months", "four years and eight months", "about 4.7 years", "nearly five years"],
  ["Supplements GER third edition (January 2018)", "ISECG published the supplement on 21 September 2022"],
  SUP, "temporal")
# cross-doc (3)
q("Which agency chaired ISECG in 2008, and which agency chairs it in 2025?",
  ["ASI in 2008; KASA in 2025", "Italian Space Agency, then Korea AeroSpace Administration"],
  ["Enrico Saladini, Italian Space Agency (ASI), ISECG Chair for 2008",
   "The Korea AeroSpace Administration holds the chair for 2025."], [MIN, FAQ], "cross-doc")
q("By how many agencies did ISECG grow between the Israel Space Agency's admission in 2017 and the release of the 2022 roadmap supplement?",
  ["8", "eight (from 16 to 24)"],
  ["bringing the group to sixteen agencies", "ISECG size at release 24 member agencies"], [NEWS, SUP], "cross-doc")
q("Which agency both hosted the November 2008 senior managers' meeting and provided the chair of the Exploration Roadmap Working Group from July 2017?",
  ["CSA", "Canadian Space Agency"],
  ["Host agency Canadian Space Agency (CSA)",
   "On 1 July Nadia Belkacem of the Canadian Space Agency took over as its chair"], [MIN, NEWS], "cross-doc")
# no-answer (3)
q("What is the budget of NASA's fission surface power project?", [], [], WP, "no-answer")
q("How many people attended the release of the 2022 roadmap supplement in Paris?", [], [], SUP, "no-answer")
q("In which year did the Turkish Space Agency join ISECG?", [], [], FAQ, "no-answer")

with open(os.path.join(OUT, "kg_gold.json"), "w") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)
    f.write("\n")
with open(os.path.join(OUT, "qa.jsonl"), "w") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
print("questions", len(Q), {k: sum(1 for x in Q if x["kind"] == k) for k in
                            ["fact", "count", "list", "temporal", "cross-doc", "no-answer"]})
print({k: len(v) for k, v in gold.items() if isinstance(v, list)})
