"""Write kg_gold.json and qa.jsonl for set be (layout of corpus-multi)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

D1 = "isecg-press-release-first-roadmap-2011.pdf"
D2 = "isecg-senior-managers-meeting-record-2013.pdf"
D3 = "iac-2018-lunar-exploration-scenario.pdf"
D4 = "isecg-technology-gap-assessment-extract-2021.pdf"
D5 = "isecg-chronology-2025.md"

documents = [
    {"file": D1, "title": "Space agencies publish first Global Exploration Roadmap (ISECG News Release 11-04)",
     "year": 2011, "type": "press-release"},
    {"file": D2, "title": "International Space Exploration Coordination Group Senior Managers Meeting — Record of Meeting (Rome, 15–16 October 2013)",
     "year": 2013, "type": "meeting-record"},
    {"file": D3, "title": "A phased international scenario for human lunar exploration built on the Global Exploration Roadmap (IAC-18-A5.1.4)",
     "year": 2018, "type": "conference-paper"},
    {"file": D4, "title": "Technology Gap Assessment — 2021 Update (Issue 2.0), extract",
     "year": 2021, "type": "technology-assessment"},
    {"file": D5, "title": "ISECG through the years: a chronology, 2007–2025",
     "year": 2025, "type": "chronology"},
]

editions = [
    {"title": "The Global Exploration Strategy: The Framework for Coordination", "edition": "framework",
     "released": "2007-05", "released_exact": "2007-05-31"},
    {"title": "The Global Exploration Roadmap", "edition": "first", "released": "2011-09",
     "released_exact": "2011-09-22", "place": "NASA Headquarters, Washington, D.C."},
    {"title": "The Global Exploration Roadmap", "edition": "second", "released": "2013-08",
     "released_exact": "2013-08-20"},
    {"title": "The Global Exploration Roadmap", "edition": "third", "released": "2018-01",
     "released_exact": "2018-01-31"},
    {"title": "Global Exploration Roadmap supplement (lunar surface exploration scenario update)",
     "edition": "2020 supplement", "released": "2020-08"},
    {"title": "Global Exploration Roadmap supplement (second supplement)", "edition": "2022 supplement",
     "released": "2022-10"},
    {"title": "The Global Exploration Roadmap", "edition": "fourth", "released": "2024-05",
     "replaces": "third edition (2018)"},
]

publications = [
    {"title": "ISECG News Release 11-04: Space agencies publish first Global Exploration Roadmap",
     "publisher": "ISECG", "released": "2011-09-22"},
    {"title": "Record of the ISECG Senior Managers Meeting, Rome, October 2013 (ISECG/SMM/2013-02/REC)",
     "publisher": "ISECG Secretariat", "released": "2013-11-08", "note": "version 1.0"},
    {"title": "IAC-18-A5.1.4: A phased international scenario for human lunar exploration built on the Global Exploration Roadmap",
     "publisher": "69th International Astronautical Congress", "released": "2018-10"},
    {"title": "Technology Gap Assessment, Issue 1.0", "publisher": "ISECG Technology Working Group",
     "released": "2019"},
    {"title": "Technology Gap Assessment — 2021 Update (Issue 2.0)", "publisher": "ISECG Technology Working Group",
     "released": "2021-12-06", "replaces": "Issue 1.0 (2019)"},
    {"title": "ISECG through the years: a chronology, 2007–2025", "publisher": "ISECG Secretariat",
     "released": "2025-06-12", "note": "page last updated"},
]

events = [
    {"name": "Release of The Global Exploration Strategy: The Framework for Coordination", "date": "2007-05-31",
     "host": None, "place": None, "participants": 14},
    {"name": "First ISECG meeting", "date": "2007-11-07", "end_date": "2007-11-08", "host": "DLR",
     "place": "Berlin", "participants": None},
    {"name": "Release briefing of the first Global Exploration Roadmap", "date": "2011-09-22", "host": None,
     "place": "NASA Headquarters, Washington, D.C.", "participants": None},
    {"name": "ISECG Senior Managers Meeting, Rome", "date": "2013-10-15", "end_date": "2013-10-16", "host": "ASI",
     "place": "ASI Headquarters, Via del Politecnico, Rome, Italy", "participants": 12,
     "participants_note": "seventeen delegates from twelve member agencies, plus one observer (NSO)"},
    {"name": "ISECG Senior Managers Meeting, Saint-Hubert", "date": "2014-05-20", "end_date": "2014-05-21",
     "host": "CSA", "place": "Saint-Hubert, Quebec (John H. Chapman Space Centre)", "participants": None},
    {"name": "69th International Astronautical Congress (IAC)", "date": "2018-10-01", "end_date": "2018-10-05",
     "host": None, "place": "Bremen, Germany", "participants": None},
    {"name": "First online ISECG senior managers meeting", "date": "2020-03-25", "host": None, "place": "online",
     "participants": None},
    {"name": "Online ISECG meeting admitting NOSA and AEB", "date": "2021-04-14", "host": None, "place": "online",
     "participants": None},
    {"name": "Technology Gap Assessment questionnaire to member agencies", "date": "2021-09-13",
     "end_date": "2021-10-29", "host": None, "place": None, "participants": 17,
     "participants_note": "sent to 22 member agencies; seventeen returned it"},
    {"name": "ISECG Senior Managers Meeting, Abu Dhabi", "date": "2023-02-07", "end_date": "2023-02-09",
     "host": "UAESA", "place": "Abu Dhabi", "participants": None},
    {"name": "ISECG Senior Managers Meeting, Bengaluru", "date": "2025-04-08", "end_date": "2025-04-10",
     "host": "ISRO", "place": "Bengaluru, India", "participants": None},
]

FOUNDERS = [
    ("ASI", "Italian Space Agency", "Italy"),
    ("BNSC", "British National Space Centre", "United Kingdom"),
    ("CNES", "Centre National d'Études Spatiales", "France"),
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
memberships = []
for acr, name, country in FOUNDERS:
    m = {"agency_acronym": acr, "agency_name": name, "country": country, "since": 2007,
         "status": "founding member"}
    if acr == "BNSC":
        m["status"] = "founding member; replaced by UKSA in April 2010"
        m["until"] = "2010-04"
    if acr == "CSIRO":
        m["status"] = "founding member; Australia's seat taken over by ASA in 2019"
        m["until"] = "2019"
    if acr == "NSAU":
        m["status"] = "founding member; renamed State Space Agency of Ukraine (SSAU) in 2011"
        m["renamed_to"] = "SSAU"
    memberships.append(m)
memberships += [
    {"agency_acronym": "UKSA", "agency_name": "UK Space Agency", "country": "United Kingdom", "since": 2010,
     "since_month": "2010-04", "status": "took the place of BNSC"},
    {"agency_acronym": "NSO", "agency_name": "Netherlands Space Office", "country": "Netherlands", "since": 2014,
     "since_exact": "2014-01-01", "status": "admitted at the Rome meeting of October 2013; fifteenth member"},
    {"agency_acronym": "UAESA", "agency_name": "United Arab Emirates Space Agency",
     "country": "United Arab Emirates", "since": 2016},
    {"agency_acronym": "ASA", "agency_name": "Australian Space Agency", "country": "Australia", "since": 2019,
     "status": "took over Australia's seat from CSIRO"},
    {"agency_acronym": "LSA", "agency_name": "Luxembourg Space Agency", "country": "Luxembourg", "since": 2019},
    {"agency_acronym": "POLSA", "agency_name": "Polish Space Agency", "country": "Poland", "since": 2020},
    {"agency_acronym": "ROSA", "agency_name": "Romanian Space Agency", "country": "Romania", "since": 2020},
    {"agency_acronym": "SSO", "agency_name": "Swiss Space Office", "country": "Switzerland", "since": 2020},
    {"agency_acronym": "NOSA", "agency_name": "Norwegian Space Agency", "country": "Norway", "since": 2021,
     "since_exact": "2021-04-14"},
    {"agency_acronym": "AEB", "agency_name": "Brazilian Space Agency", "country": "Brazil", "since": 2021,
     "since_exact": "2021-04-14"},
    {"agency_acronym": "GISTDA", "agency_name": "Geo-Informatics and Space Technology Development Agency",
     "country": "Thailand", "since": 2022},
    {"agency_acronym": "PhilSA", "agency_name": "Philippine Space Agency", "country": "Philippines", "since": 2024},
]

YEAR_END = [(2007, 14), (2008, 14), (2009, 14), (2010, 14), (2011, 14), (2013, 14), (2014, 15), (2015, 15),
            (2016, 16), (2017, 16), (2018, 16), (2019, 17), (2020, 20), (2021, 22), (2022, 23), (2023, 23),
            (2024, 24)]
membership_counts = [{"date": str(y), "count": c, "what": f"member agencies at the end of {y} (chronology table)"}
                     for y, c in YEAR_END]
membership_counts += [
    {"date": "2007-05-31", "count": 14, "what": "agencies releasing the GES Framework (founding members)"},
    {"date": "2011-09-22", "count": 14, "what": "ISECG member agencies at the release of the first roadmap"},
    {"date": "2014-01-01", "count": 15, "what": "members after the Netherlands Space Office's admission took effect"},
    {"date": "2018-10", "count": 16, "what": "agencies that make up ISECG (IAC-18 paper)"},
    {"date": "2021-09-13", "count": 22, "what": "member agencies when the gap assessment questionnaire was sent"},
    {"date": "2025-06-12", "count": 24, "what": "member agencies at the date of the chronology page"},
]

authored_by = []
for acr, _, _ in FOUNDERS:
    authored_by.append({"document": "The Global Exploration Strategy: The Framework for Coordination",
                        "file": None, "agency": acr})
for acr in ["ASI", "CNES", "CSA", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA", "Roscosmos", "SSAU", "UKSA"]:
    authored_by.append({"document": "The Global Exploration Roadmap (first edition, 2011)", "file": D1, "agency": acr})
authored_by += [
    {"document": "ISECG News Release 11-04", "file": D1, "agency": "ISECG"},
    {"document": "Record of the ISECG Senior Managers Meeting, Rome, October 2013", "file": D2,
     "agency": "ISECG Secretariat"},
]
for acr in ["ESA", "NASA", "JAXA", "CSA", "ASI"]:
    authored_by.append({"document": "IAC-18-A5.1.4", "file": D3, "agency": acr})
authored_by += [
    {"document": "Technology Gap Assessment — 2021 Update (Issue 2.0)", "file": D4,
     "agency": "ISECG Technology Working Group"},
    {"document": "Technology Gap Assessment, Issue 1.0", "file": None, "agency": "ISECG Technology Working Group"},
    {"document": "ISECG through the years: a chronology, 2007–2025", "file": D5, "agency": "ISECG Secretariat"},
]

people = [
    {"name": "Haruki Tanabe", "affiliation": "JAXA",
     "role": "ISECG Chair (JAXA, March 2011 to 31 October 2013); Director of the JAXA Space Exploration Center; chaired the Rome meeting of October 2013"},
    {"name": "Anne-Sophie Leroy", "affiliation": "ESA", "role": "ISECG Secretariat; media contact (2011); Rome 2013 attendee"},
    {"name": "Pierre-Luc Gagnon", "affiliation": "CSA",
     "role": "Director General, Space Exploration, CSA; ISECG Chair from 1 November 2013; head of CSA delegation, Rome 2013"},
    {"name": "Giulia Marchetti", "affiliation": "ASI", "role": "head of ASI delegation, host, Rome 2013"},
    {"name": "Marco Rinaldi", "affiliation": "ASI", "role": "delegate, Rome 2013"},
    {"name": "Olivier Lefèvre", "affiliation": "CNES", "role": "head of CNES delegation, Rome 2013"},
    {"name": "Karen O'Neill", "affiliation": "CSA", "role": "delegate, Rome 2013"},
    {"name": "Matthias Kessler", "affiliation": "DLR", "role": "head of DLR delegation, Rome 2013"},
    {"name": "Jean-Marc Duval", "affiliation": "ESA", "role": "head of ESA delegation, Rome 2013"},
    {"name": "S. Raghavan", "affiliation": "ISRO", "role": "head of ISRO delegation, Rome 2013"},
    {"name": "Kenji Ota", "affiliation": "JAXA", "role": "delegate, Rome 2013"},
    {"name": "Park Min-jun", "affiliation": "KARI", "role": "head of KARI delegation, Rome 2013"},
    {"name": "Robert Kellerman", "affiliation": "NASA", "role": "head of NASA delegation, Rome 2013"},
    {"name": "Dana Whitfield", "affiliation": "NASA", "role": "delegate, Rome 2013"},
    {"name": "Sergei Volkov", "affiliation": "Roscosmos", "role": "head of Roscosmos delegation, Rome 2013"},
    {"name": "Oleksandr Kovalenko", "affiliation": "SSAU", "role": "head of SSAU delegation, Rome 2013"},
    {"name": "Helen Marsh", "affiliation": "UKSA", "role": "head of UKSA delegation, Rome 2013"},
    {"name": "Pieter van Dam", "affiliation": "NSO", "role": "observer (applicant), Rome 2013"},
    {"name": "Elena Vasquez-Hart", "affiliation": "ESA", "role": "first and corresponding author IAC-18-A5.1.4 (ESTEC, Noordwijk)"},
    {"name": "Marcus O. Delaney", "affiliation": "NASA", "role": "co-author IAC-18-A5.1.4 (NASA Headquarters)"},
    {"name": "Yuki Harada", "affiliation": "JAXA", "role": "co-author IAC-18-A5.1.4 (Tsukuba Space Center)"},
    {"name": "Sophie Tremblay", "affiliation": "CSA", "role": "co-author IAC-18-A5.1.4 (Saint-Hubert)"},
    {"name": "Paolo Ferrante", "affiliation": "ASI", "role": "co-author IAC-18-A5.1.4 (Rome)"},
    {"name": "Thomas Brenner", "affiliation": "ESA", "role": "co-author IAC-18-A5.1.4 (ESTEC)"},
    {"name": "Anika Schreiber", "affiliation": "DLR", "role": "co-chair, Technology Gap Assessment team (2021 update)"},
    {"name": "Rahul Menon", "affiliation": "ISRO", "role": "co-chair, Technology Gap Assessment team (2021 update)"},
]

chairs = [
    {"agency": "ESA", "period": "first chair, 2007 until 2009-06", "from": "2007", "until": "2009-06"},
    {"agency": "NASA", "period": "2009-06 to 2011-03", "from": "2009-06", "until": "2011-03"},
    {"agency": "JAXA", "period": "2011-03 to 2013-10-31 (term extended in 2012)", "from": "2011-03",
     "until": "2013-10-31", "person": "Haruki Tanabe"},
    {"agency": "CSA", "period": "from 2013-11-01 to 2015-09", "from": "2013-11-01", "until": "2015-09",
     "person": "Pierre-Luc Gagnon"},
    {"agency": "ESA", "period": "2015-09 to 2017-10 (second time)", "from": "2015-09", "until": "2017-10"},
    {"agency": "ASI", "period": "2017-10 to 2019-09", "from": "2017-10", "until": "2019-09"},
    {"agency": "JAXA", "period": "2019-09 to 2021-10 (second time)", "from": "2019-09", "until": "2021-10"},
    {"agency": "CNES", "period": "2021-10 to 2023-11", "from": "2021-10", "until": "2023-11"},
    {"agency": "UKSA", "period": "2023-11 to 2025-04", "from": "2023-11", "until": "2025-04"},
    {"agency": "ISRO", "period": "from 2025-04 (current as of 2025-06-12)", "from": "2025-04", "until": None},
]

technology_work = []
for agency, tech, role in [
    ("NASA", "Gateway power and propulsion element", "lead"),
    ("ESA", "Gateway international habitation module", "lead"),
    ("JAXA", "Gateway international habitation module", "contributing"),
    ("ESA", "Gateway refuelling and communications module (ESPRIT)", "lead"),
    ("CSA", "Gateway external robotic system", "lead"),
    ("ASI", "Lunar communications relay satellite", "lead"),
    ("NASA", "Human landing system (with industry partners)", "lead"),
    ("ESA", "Heavy robotic lander (HERACLES)", "lead"),
    ("JAXA", "Heavy robotic lander (HERACLES)", "contributing"),
    ("CSA", "Heavy robotic lander (HERACLES)", "contributing"),
    ("JAXA", "Pressurised lunar rover", "lead"),
]:
    technology_work.append({"agency": agency, "technology": tech, "document": D3, "role": role})
GAPS = [
    ("TG-01", "Cryogenic fluid management (CFM)", "NASA", ["ESA", "JAXA", "DLR"]),
    ("TG-02", "Dust mitigation", "JAXA", ["NASA", "ASI", "KARI"]),
    ("TG-03", "Surface power", "NASA", ["CNES", "UKSA"]),
    ("TG-04", "ISRU: oxygen from regolith", "ESA", ["ASA", "LSA", "CSA"]),
    ("TG-06", "Crew radiation protection", "DLR", ["ESA", "ASI", "NASA"]),
    ("TG-07", "Regenerative life support (ECLSS)", "ESA", ["NASA", "JAXA", "CSA"]),
    ("TG-08", "Lunar night survival", "CSA", ["JAXA", "UAESA"]),
    ("TG-09", "Precision landing and hazard avoidance (PL&HA)", "ISRO", ["DLR", "JAXA"]),
    ("TG-10", "High-rate optical communications", "UKSA", ["ESA", "NASA"]),
]
for gid, tech, lead, contrib in GAPS:
    technology_work.append({"agency": lead, "technology": f"{gid} {tech}", "document": D4, "role": "lead"})
    for c in contrib:
        technology_work.append({"agency": c, "technology": f"{gid} {tech}", "document": D4, "role": "contributing"})
technology_work.append({"agency": "ISECG Technology Working Group", "technology": "technology gap assessment (Issue 1.0 2019, Issue 2.0 2021)",
                        "document": D4, "role": "author"})

mission_phases = [
    {"document": D3, "phase": 1, "name": "Cislunar Foundation", "start": 2022, "end": 2025},
    {"document": D3, "phase": 2, "name": "Return to the Surface", "start": 2026, "end": 2029},
    {"document": D3, "phase": 3, "name": "Sustained Lunar Presence", "start": 2030, "end": None},
]

mentions = []
def add(doc, kind, *names):
    for n in names:
        mentions.append({"document": doc, "entity": n, "kind": kind})

add(D1, "agency", "ISECG", "ASI", "CNES", "CSA", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA", "Roscosmos", "SSAU", "UKSA")
add(D1, "destination", "near-Earth asteroid", "Moon", "Mars")
add(D1, "spacecraft", "International Space Station")
add(D1, "program", "Asteroid Next", "Moon Next", "Global Exploration Strategy")
add(D2, "agency", "ISECG", "ASI", "CNES", "CSA", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA", "Roscosmos", "SSAU",
    "UKSA", "NSO", "CNSA", "CSIRO")
add(D2, "destination", "Mars")
add(D2, "spacecraft", "International Space Station")
add(D3, "agency", "ISECG", "ESA", "NASA", "JAXA", "CSA", "ASI")
add(D3, "destination", "Moon", "Mars", "lunar orbit", "lunar south polar region")
add(D3, "spacecraft", "Gateway", "HERACLES", "ESPRIT")
add(D3, "technology", "pressurised lunar rover", "human landing system", "oxygen production from regolith")
add(D4, "agency", "ISECG", "DLR", "ISRO", "NASA", "ESA", "JAXA", "ASI", "KARI", "CNES", "UKSA", "ASA", "LSA", "CSA",
    "UAESA", "CSIRO")
add(D4, "destination", "Moon")
add(D4, "spacecraft", "Gateway")
add(D4, "technology", "cryogenic fluid management", "dust mitigation", "surface power", "in-situ resource utilisation",
    "crew radiation protection", "regenerative life support", "lunar night survival",
    "precision landing and hazard avoidance", "optical communications", "autonomous deep-space navigation")
add(D5, "agency", "ISECG", "ASI", "BNSC", "CNES", "CNSA", "CSA", "CSIRO", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA",
    "NSAU", "Roscosmos", "UKSA", "SSAU", "NSO", "UAESA", "ASA", "LSA", "POLSA", "ROSA", "SSO", "NOSA", "AEB",
    "GISTDA", "PhilSA")
add(D5, "destination", "Moon", "Mars")
add(D5, "program", "Asteroid Next", "Moon Next")

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

Q = []
def q(kind, question, answer, evidence, doc):
    Q.append({"id": f"be-{len(Q) + 1:02d}", "question": question, "answer": answer, "evidence": evidence,
              "doc": doc, "kind": kind})

# fact (10)
q("fact", "Where was the first edition of the Global Exploration Roadmap released?",
  ["NASA Headquarters in Washington, D.C.", "Washington, D.C.", "Washington", "NASA Headquarters"],
  ["The first edition of The Global Exploration Roadmap was released today at NASA Headquarters in Washington"], [D1])
q("fact", "What post at JAXA did the ISECG chair quoted in the 2011 news release on the first roadmap hold?",
  ["Director of the JAXA Space Exploration Center", "Director of the JAXA Space Exploration Center (Dr. Haruki Tanabe)"],
  ["Dr. Haruki Tanabe, Chair of ISECG and Director of the JAXA Space Exploration Center"], [D1])
q("fact", "Who headed the UK Space Agency's delegation at the senior managers meeting in Rome in October 2013?",
  ["Dr. Helen Marsh", "Helen Marsh"],
  ["UK Space Agency (UKSA) Dr. Helen Marsh Head of delegation"], [D2])
q("fact", "On what date did the Netherlands Space Office apply for ISECG membership?",
  ["2 July 2013", "2013-07-02", "July 2, 2013"],
  ["applied for membership in a letter of 2 July 2013"], [D2])
q("fact", "At which ESA establishment is the corresponding author of the IAC-18 lunar scenario paper based?",
  ["ESTEC, Noordwijk", "ESTEC", "ESTEC in Noordwijk, The Netherlands"],
  ["Elena Vasquez-Hart1,*", "1 European Space Agency (ESA), ESTEC, Keplerlaan 1, 2201 AZ Noordwijk, The Netherlands",
   "* Corresponding author: elena.vasquez-hart@esa.example"], [D3])
q("fact", "Into which orbit does the IAC-18 paper ask whether the Gateway can be placed early enough?",
  ["a near-rectilinear halo orbit", "near-rectilinear halo orbit", "NRHO"],
  ["whether the Gateway can be placed in a near-rectilinear halo orbit early enough"], [D3])
q("fact", "Which agency leads the high-rate optical communications gap in the 2021 technology gap assessment?",
  ["UKSA", "UK Space Agency"],
  ["TG-10 High-rate optical communications", "UKSA ESA, NASA"], [D4])
q("fact", "What does the acronym PL&HA stand for in the 2021 technology gap assessment?",
  ["Precision Landing and Hazard Avoidance"],
  ["PL&HA Precision Landing and Hazard Avoidance"], [D4])
q("fact", "Which gap of the 2019 issue was closed in the 2021 update of the technology gap assessment?",
  ["TG-05, autonomous deep-space navigation", "autonomous deep-space navigation", "TG-05"],
  ["Gap TG-05 of Issue 1.0, autonomous deep-space navigation, was closed in this update"], [D4])
q("fact", "In which city did ISECG hold its first meeting?",
  ["Berlin", "Berlin (hosted by DLR)"],
  ["the first ISECG meeting takes place in Berlin, hosted by DLR"], [D5])
# count (5)
q("count", "How many space agencies contributed to the first edition of the Global Exploration Roadmap?",
  ["12", "twelve"],
  ["Twelve of ISECG’s fourteen member agencies took part in writing the roadmap"], [D1])
q("count", "How many member agencies were represented at the ISECG senior managers meeting in Rome in October 2013?",
  ["12", "twelve"],
  ["Seventeen delegates from twelve member agencies took part"], [D2])
q("count", "How many agencies returned the questionnaire of the 2021 technology gap assessment?",
  ["17", "seventeen"],
  ["Seventeen agencies returned the questionnaire"], [D4])
q("count", "How many member agencies did ISECG have as of June 2025?",
  ["24", "twenty-four"],
  ["As of 12 June 2025 ISECG has 24 member agencies."], [D5])
q("count", "How many agencies joined ISECG in 2020?",
  ["3", "three"],
  ["Three agencies join: the Polish Space Agency (POLSA), the Romanian Space Agency (ROSA) and the Swiss Space Office (SSO)."], [D5])
# list (5)
q("list", "What are the two mission pathways described in the first Global Exploration Roadmap?",
  ["Asteroid Next and Moon Next", "Asteroid Next; Moon Next"],
  ["The first, called “Asteroid Next”, would send crews to a near-Earth asteroid", "The second, “Moon Next”, places a human return to the Moon first."], [D1])
q("list", "Which ISECG member agencies were not represented at the Rome meeting of October 2013?",
  ["CNSA and CSIRO", "China National Space Administration; Commonwealth Scientific and Industrial Research Organisation"],
  ["Not represented: CNSA and CSIRO (apologies received)."], [D2])
q("list", "What are the three phases of the lunar scenario proposed in the IAC-18 paper?",
  ["Cislunar Foundation; Return to the Surface; Sustained Lunar Presence",
   "Cislunar Foundation, Return to the Surface and Sustained Lunar Presence"],
  ["Phase 1, Cislunar Foundation.", "Phase 2, Return to the Surface.", "Phase 3, Sustained Lunar Presence."], [D3])
q("list", "Which agencies contribute to the cryogenic fluid management gap (TG-01) in the 2021 assessment?",
  ["ESA, JAXA and DLR", "ESA; JAXA; DLR"],
  ["TG-01 Cryogenic fluid", "NASA ESA, JAXA, DLR"], [D4])
q("list", "Which agencies were admitted to ISECG at the online meeting of April 2021?",
  ["the Norwegian Space Agency (NOSA) and the Brazilian Space Agency (AEB)", "NOSA and AEB"],
  ["the Norwegian Space Agency (NOSA) and the Brazilian Space Agency (AEB) are admitted"], [D5])
# temporal (4)
q("temporal", "Which agency held the ISECG chair immediately before JAXA's first term as chair?",
  ["NASA", "National Aeronautics and Space Administration"],
  ["June: the chair passes from ESA to NASA.", "March: JAXA takes over the chair from NASA."], [D5])
q("temporal", "Which took effect first: CSA's chairmanship of ISECG or the Netherlands Space Office's membership?",
  ["CSA's chairmanship (1 November 2013), before NSO's membership (1 January 2014)", "CSA's chairmanship",
   "the chair handover to CSA"],
  ["The ISECG chair passes from JAXA to CSA with effect from 1 November 2013.",
   "The Netherlands Space Office is admitted as a member of ISECG with effect from 1 January 2014"], [D2])
q("temporal", "Which agency chaired ISECG when the third edition of the Global Exploration Roadmap was released?",
  ["ASI", "Italian Space Agency"],
  ["October: ASI becomes chair.", "31 January: the third edition of *The Global Exploration Roadmap* is released.",
   "September: JAXA chairs ISECG for the second time."], [D5])
q("temporal", "How many days after the second roadmap edition was published did the Rome senior managers meeting open?",
  ["56 days", "56", "eight weeks", "about two months"],
  ["published on 20 August 2013", "Dates: 15–16 October 2013"], [D2])
# cross-doc (3)
q("cross-doc", "The agency that took over the ISECG chair on 1 November 2013 leads which Gateway element in the IAC-18 lunar scenario?",
  ["the Gateway external robotic system", "Gateway external robotics (CSA)"],
  ["The ISECG chair passes from JAXA to CSA with effect from 1 November 2013.", "Gateway external robotic system CSA"],
  [D2, D3])
q("cross-doc", "How many more member agencies did ISECG have when the 2021 gap assessment questionnaire was sent than once the Netherlands Space Office's admission took effect?",
  ["7", "seven", "seven (22 versus 15)"],
  ["bringing the membership to fifteen agencies", "of the 22 agencies that were members of ISECG at that date"],
  [D2, D4])
q("cross-doc", "Which agencies that became ISECG members in 2019 contribute to the oxygen-from-regolith gap in the 2021 technology gap assessment?",
  ["ASA and LSA", "the Australian Space Agency and the Luxembourg Space Agency"],
  ["The Australian Space Agency (ASA) takes over Australia's seat from CSIRO, and the Luxembourg Space Agency (LSA) joins.",
   "the Luxembourg Space Agency and the Australian Space Agency now contribute to the extraction of oxygen from regolith"],
  [D5, D4])
# no-answer (3)
q("no-answer", "How many journalists attended the Washington briefing at which the first roadmap was released?", [], [], [D1])
q("no-answer", "What total cost does the IAC-18 paper estimate for its three-phase lunar scenario?", [], [], [D3])
q("no-answer", "Which agency will host the ISECG senior managers meeting in 2026?", [], [], [D5])

if __name__ == "__main__":
    with open(os.path.join(OUT, "kg_gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(OUT, "qa.jsonl"), "w", encoding="utf-8") as f:
        for item in Q:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(Q), Counter(x["kind"] for x in Q))
    print({k: len(v) for k, v in gold.items() if isinstance(v, list)})
