"""Write ../kg_gold.json and ../qa.jsonl for set ba (layout of corpus-multi)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

D1 = "isecg-year-in-review-2026.pdf"
D2 = "isecg-technical-memorandum-communications-interoperability-2014.pdf"
D3 = "isecg-workshop-poster-session-2018.pdf"
D4 = "independent-evaluation-ges-coordination-2011.pdf"
D5 = "isecg-secretariat-circular-2021.md"

documents = [
    {"file": D1, "title": "ISECG 2026: The Year in Review", "year": 2026, "type": "annual-report"},
    {"file": D2, "title": "Communications Interoperability for Human and Robotic Exploration: Standards, Responsibilities and Open Issues (ISECG Technical Memorandum TM-2014-02)", "year": 2014, "type": "technical-memorandum"},
    {"file": D3, "title": "Poster Session — ISECG Workshop on Exploration Technologies for the Moon and Beyond", "year": 2018, "type": "poster-list"},
    {"file": D4, "title": "Independent Evaluation of Coordination under the Global Exploration Strategy (final report)", "year": 2011, "type": "evaluation-report"},
    {"file": D5, "title": "ISECG Circular 2021/03 (e-mail circular from the ISECG Secretariat)", "year": 2021, "type": "circular"},
]

editions = [
    {"title": "The Global Exploration Strategy: The Framework for Coordination", "edition": "framework", "released": "2007-05"},
    {"title": "The Global Exploration Roadmap", "edition": "second", "released": "2013-08"},
    {"title": "The Global Exploration Roadmap", "edition": "third", "released": "2018-01"},
    {"title": "The Global Exploration Roadmap", "edition": "fourth", "released": "2024",
     "note": "remains the reference roadmap in 2026; not replaced by the 2026 supplement"},
    {"title": "Global Exploration Roadmap Supplement", "edition": "2020 supplement", "released": "2020-08",
     "note": "lunar surface scenario"},
    {"title": "Global Exploration Roadmap Supplement", "edition": "2022 supplement", "released": "2022"},
    {"title": "Global Exploration Roadmap Supplement 2026: Lunar Surface and Mars Scenario Update", "edition": "2026 supplement",
     "released": "2026-10", "released_exact": "2026-10-05",
     "updates": ["lunar surface exploration scenario of the 2022 supplement", "Mars chapter of the fourth edition (2024)"]},
]

publications = [
    {"title": "ISECG 2026: The Year in Review", "publisher": "ISECG Secretariat", "released": "2026-12-15", "note": "reference ISECG-YIR-2026"},
    {"title": "ISECG Technology Gap Assessment — 2026 revision", "publisher": "ISECG Technology Working Group", "released": "2026-06"},
    {"title": "ISECG Science White Paper on Lunar Samples", "publisher": "ISECG Science Working Group", "released": "2026-11-17"},
    {"title": "ISECG Technical Memorandum TM-2014-02: Communications Interoperability for Human and Robotic Exploration", "publisher": "ISECG", "released": "2014-03",
     "note": "earlier draft dated 2013-12-20"},
    {"title": "Independent Evaluation of Coordination under the Global Exploration Strategy (final report)", "publisher": "evaluation team commissioned by ISECG senior managers", "released": "2011-07-15"},
    {"title": "ISECG Circular 2021/03", "publisher": "ISECG Secretariat", "released": "2021-06-17"},
    {"title": "ISECG Technology Gap Assessment — 2021 Update", "publisher": "ISECG Technology Working Group", "released": "2021-06-10",
     "note": "updates the January 2019 edition; 28 gaps against 24 in 2019"},
    {"title": "ISECG Technology Gap Assessment (2019 edition)", "publisher": "ISECG", "released": "2019-01"},
]

events = [
    # D1
    {"name": "ISECG Senior Managers' Meeting (SMM-1) 2026", "date": "2026-03-10", "end_date": "2026-03-11", "host": "JAXA",
     "place": "Tokyo, Japan", "participants": 24, "participants_note": "24 agencies, 57 delegates; Saudi Space Agency welcomed 11 March"},
    {"name": "Joint working-group week (ERWG, TWG and Science Working Group)", "date": "2026-06-08", "end_date": "2026-06-12",
     "host": "CSA", "place": "John H. Chapman Space Centre, Saint-Hubert, Québec, Canada", "participants": 61,
     "participants_note": "61 participants from 19 agencies"},
    {"name": "ISECG Senior Managers' Meeting (SMM-2) 2026, eve of the 77th International Astronautical Congress", "date": "2026-10-04",
     "host": "TUA", "place": "Antalya, Türkiye", "participants": 26, "participants_note": "26 agencies; delegate figure not recorded"},
    {"name": "Release of the Global Exploration Roadmap Supplement 2026", "date": "2026-10-05", "host": None, "place": None, "participants": None},
    {"name": "ISECG heads-of-delegation teleconference", "date": "2026-12-08", "host": "ISECG Secretariat", "place": "online",
     "participants": 22, "participants_note": "22 agencies"},
    # D2
    {"name": "International Architecture Working Group (IAWG) meeting", "date": "2014-02-04", "end_date": "2014-02-06", "host": "ESA",
     "place": "ESTEC, Noordwijk, the Netherlands", "participants": None},
    # D3
    {"name": "ISECG Workshop on Exploration Technologies for the Moon and Beyond", "date": "2018-09-26", "end_date": "2018-09-27",
     "host": "DLR", "place": "DLR Institute of Space Systems, Robert-Hooke-Straße 7, Bremen, Germany", "participants": 143,
     "participants_note": "143 registered, from 17 agencies, industry and universities; organised by the ISECG Technology Working Group"},
    {"name": "Poster session of the ISECG Workshop on Exploration Technologies", "date": "2018-09-27", "host": None,
     "place": "Foyer Halle 2, DLR Institute of Space Systems, Bremen", "participants": None, "participants_note": "14 posters; 14:00–16:30"},
    # D4
    {"name": "Publication of the Global Exploration Strategy Framework for Coordination", "date": "2007-05", "host": None, "place": None,
     "participants": 14},
    {"name": "First ISECG meeting", "date": "2007-11-06", "end_date": "2007-11-07", "host": "DLR", "place": "Berlin", "participants": None,
     "participants_note": "Table 2 gives 19 delegates at the 2007 senior managers' meeting"},
    {"name": "ISECG senior managers meeting (evaluation commissioned)", "date": "2010-06-23", "host": None,
     "place": "National Harbor, Maryland", "participants": None},
    # D5
    {"name": "ISECG senior managers' meeting (first of 2021, online)", "date": "2021-03-09", "end_date": "2021-03-10", "host": None,
     "place": "online", "participants": 21},
    {"name": "ISECG senior managers' meeting (second of 2021, hybrid)", "date": "2021-10-24", "host": "UAE Space Agency",
     "place": "Dubai World Trade Centre, Dubai, United Arab Emirates", "participants": None, "note": "registration closes 2021-09-24"},
    {"name": "72nd International Astronautical Congress", "date": "2021-10-25", "end_date": "2021-10-29", "host": None,
     "place": "Dubai, United Arab Emirates", "participants": None},
    {"name": "ISECG chair handover JAXA to CNES", "date": "2021-06-01", "host": None, "place": None, "participants": None},
]

memberships = [
    {"agency_acronym": "KARI", "agency_name": "Korea Aerospace Research Institute", "country": "Republic of Korea", "since": 2007,
     "status": "one of the founding fourteen; seat held by KASA since 2024"},
    {"agency_acronym": "KASA", "agency_name": "Korea AeroSpace Administration", "country": "Republic of Korea", "since": 2024,
     "status": "holds KARI's seat; ISECG chair in 2026"},
    {"agency_acronym": "SSA", "agency_name": "Saudi Space Agency", "country": "Saudi Arabia", "since": 2026,
     "since_exact": "2026-03-11", "status": "29th member"},
    {"agency_acronym": "TUA", "agency_name": "Türkiye Space Agency", "country": "Türkiye", "since": 2026,
     "since_exact": "2026-10-04", "status": "30th member"},
    {"agency_acronym": "BNSC", "agency_name": "British National Space Centre", "country": "United Kingdom", "since": None,
     "status": "succeeded by UKSA on 2010-04-01"},
    {"agency_acronym": "UKSA", "agency_name": "UK Space Agency", "country": "United Kingdom", "since": 2010,
     "since_exact": "2010-04-01", "status": "successor of BNSC (took over its seat)"},
    {"agency_acronym": "SSAU", "agency_name": "State Space Agency of Ukraine", "country": "Ukraine", "since": None,
     "status": "National Space Agency of Ukraine now participates under this name"},
    {"agency_acronym": "PhilSA", "agency_name": "Philippine Space Agency", "country": "Philippines", "since": 2021,
     "since_exact": "2021-05-27", "status": "25th member (count after admission: twenty-five)"},
]

membership_counts = [
    {"date": "2007", "count": 14, "what": "member agencies at founding (Framework signed; 14 in 2007)"},
    {"date": "2008", "count": 14, "what": "member agencies (evaluation Table 2)"},
    {"date": "2009", "count": 14, "what": "member agencies (evaluation Table 2)"},
    {"date": "2010", "count": 14, "what": "member agencies (evaluation Table 2; UKSA succeeds BNSC)"},
    {"date": "2011-03-31", "count": 14, "what": "member agencies (evaluation Table 2, situation on 31 March 2011)"},
    {"date": "2014-03", "count": 14, "what": "ISECG agencies (technical memorandum)"},
    {"date": "2021-05-27", "count": 25, "what": "member agencies after PhilSA joined"},
    {"date": "2026-01-01", "count": 28, "what": "member agencies on 1 January 2026"},
    {"date": "2026-03-11", "count": 29, "what": "member agencies after Saudi Space Agency admitted"},
    {"date": "2026-10-04", "count": 30, "what": "member agencies after Türkiye Space Agency admitted"},
    {"date": "2026-12-15", "count": 30, "what": "member agencies at issue of the 2026 year in review"},
]

def auth(file, title, agencies):
    return [{"document": title, "file": file, "agency": a} for a in agencies]

authored_by = (
    auth(D2, documents[1]["title"], ["NASA", "ESA", "JAXA", "CSA", "DLR", "ISRO"])
    + auth(D4, documents[3]["title"], ["Nordic Institute for Space Policy Studies", "Centre for International Technology Governance",
                                       "Institute of Space Policy and Law"])
    + auth(D1, documents[0]["title"], ["ISECG Secretariat"])
    + auth(D5, documents[4]["title"], ["ISECG Secretariat"])
)

people = [
    # D1
    {"name": "Yoon Se-ra", "affiliation": "KASA", "role": "ISECG Chair (2026); Director for International Exploration"},
    {"name": "Jennifer Alvarado", "affiliation": "NASA", "role": "ERWG co-lead (2026)"},
    {"name": "Tomas Lindqvist", "affiliation": "ESA", "role": "ERWG co-lead (2026)"},
    {"name": "Hiroshi Ueda", "affiliation": "JAXA", "role": "TWG lead (2026)"},
    {"name": "Élodie Marchand", "affiliation": "CNES", "role": "Science Working Group lead (2026)"},
    # D2
    {"name": "W. R. Tennant", "affiliation": "NASA Space Communications and Navigation (SCaN) Program, Washington DC", "role": "author TM-2014-02 (affiliation 1)"},
    {"name": "M. Bellandi", "affiliation": "ESA European Space Operations Centre (ESOC), Darmstadt", "role": "author TM-2014-02 (affiliation 2)"},
    {"name": "K. Ishikawa", "affiliation": "JAXA Tsukuba Space Center", "role": "author TM-2014-02 (affiliation 3)"},
    {"name": "P.-L. Gagnon", "affiliation": "Canadian Space Agency, Saint-Hubert", "role": "author TM-2014-02 (affiliation 4)"},
    {"name": "A. Brenner", "affiliation": "DLR German Space Operations Center (GSOC), Oberpfaffenhofen", "role": "author TM-2014-02 (affiliation 5)"},
    {"name": "R. Deshmukh", "affiliation": "ISRO Telemetry, Tracking and Command Network (ISTRAC), Bengaluru", "role": "author TM-2014-02 (affiliation 6)"},
    # D3
    {"name": "Lena Vorholt", "affiliation": "DLR", "role": "poster session convener; co-author P05"},
    {"name": "Akira Moriyama", "affiliation": "JAXA", "role": "poster session convener; author P12"},
    {"name": "Takumi Sakai", "affiliation": "JAXA", "role": "author P01"},
    {"name": "Yuka Nomura", "affiliation": "JAXA", "role": "co-author P01 and P11"},
    {"name": "Rachel Okonkwo", "affiliation": "NASA", "role": "author P02"},
    {"name": "Daniel Pruitt", "affiliation": "NASA", "role": "co-author P02"},
    {"name": "Sabine Kuehn", "affiliation": "ESA", "role": "author P03"},
    {"name": "Matteo Ricci", "affiliation": "ASI", "role": "co-author P03"},
    {"name": "Marc-André Tremblay", "affiliation": "CSA", "role": "author P04"},
    {"name": "Johan Vermeer", "affiliation": "ESA", "role": "author P05"},
    {"name": "Olga Fedorova", "affiliation": "Roscosmos (Institute of Biomedical Problems)", "role": "author P06"},
    {"name": "Anand Raghavan", "affiliation": "ISRO", "role": "author P07"},
    {"name": "Priya Iyer", "affiliation": "ISRO", "role": "co-author P07"},
    {"name": "Ji-hoon Park", "affiliation": "KARI", "role": "author P08"},
    {"name": "Christophe Lamarre", "affiliation": "ESA", "role": "author P09"},
    {"name": "Inès Duval", "affiliation": "CNES", "role": "co-author P09"},
    {"name": "Wang Lei", "affiliation": "CNSA", "role": "author P10"},
    {"name": "Zhao Min", "affiliation": "CNSA", "role": "co-author P10"},
    {"name": "Stefan Albrecht", "affiliation": "DLR", "role": "author P11"},
    {"name": "Fatima Al Mansoori", "affiliation": "UAE Space Agency", "role": "author P13"},
    {"name": "Hannah Leclair", "affiliation": "University of Bremen", "role": "author P14"},
    {"name": "Tom Whitfield", "affiliation": "UK Space Agency", "role": "co-author P14"},
    # D4
    {"name": "Helga Marstrander", "affiliation": "Nordic Institute for Space Policy Studies, Oslo, Norway", "role": "evaluation team leader"},
    {"name": "Rafael Quintero-Boyd", "affiliation": "Centre for International Technology Governance, Lisbon, Portugal", "role": "evaluator"},
    {"name": "Anjali Venkataraman", "affiliation": "Institute of Space Policy and Law, Bengaluru, India", "role": "evaluator"},
    # D5
    {"name": "Carlo Mendoza", "affiliation": "PhilSA", "role": "point of contact (International Cooperation Division)"},
    {"name": "Kenji Arakawa", "affiliation": "JAXA", "role": "ISECG chair for JAXA, June 2019 – 1 June 2021"},
    {"name": "Claire Vasseur", "affiliation": "CNES", "role": "represents CNES in the ISECG chair from 1 June 2021; Deputy Director for Exploration Strategy"},
]

chairs = [
    {"agency": "NASA", "period": "from the first meeting (6–7 November 2007) until June 2010"},
    {"agency": "ASI", "period": "from June 2010"},
    {"agency": "JAXA", "period": "June 2019 – 2021-06-01"},
    {"agency": "CNES", "period": "from 2021-06-01, two-year term"},
    {"agency": "UKSA", "period": "until 2025-11-27"},
    {"agency": "KASA", "period": "from 2025-11-27; throughout 2026"},
]

tw = []
def t(agency, tech, doc, role):
    tw.append({"agency": agency, "technology": tech, "document": doc, "role": role})
memo = [
    ("Delay/Disruption Tolerant Networking (DTN) – Bundle Protocol and Licklider Transmission Protocol", "NASA", ["ESA", "JAXA"]),
    ("CCSDS Proximity-1 Space Link Protocol for surface-to-orbit relay", "ESA", ["NASA", "CNES"]),
    ("Ka-band high-rate direct-to-Earth downlink (25.5–27.0 GHz)", "JAXA", ["NASA", "ESA", "ISRO"]),
    ("Optical communications terminal interface (1550 nm)", "DLR", ["NASA", "ESA", "JAXA"]),
    ("Space Link Extension (SLE) cross-support of ground stations", "ESA", ["CSA", "ISRO", "NASA"]),
    ("Common lunar time and navigation reference", "CNES", ["ESA", "CSA"]),
    ("Interoperable S-band proximity radios for rovers and extravehicular activity", "CSA", ["ASI", "KARI"]),
]
for tech, lead, contrib in memo:
    t(lead, tech, D2, "lead")
    for c in contrib:
        t(c, tech, D2, "contributing")
t("DLR", "draft standard for optical link pointing and acquisition (offered for comment by end of 2014)", D2, "draft offered")
posters = [
    ("P01 Regenerative fuel cells for surviving the two-week lunar night", ["JAXA"]),
    ("P02 Lunar ice prospecting rover: traverse planning at the south pole", ["NASA"]),
    ("P03 European Large Logistic Lander: cargo delivery concept", ["ESA", "ASI"]),
    ("P04 Dexterous robotics for Gateway servicing", ["CSA"]),
    ("P05 Oxygen extraction from regolith by molten salt electrolysis", ["ESA", "DLR"]),
    ("P06 Radiation shielding materials tested on the ISS", ["Roscosmos"]),
    ("P07 Chandrayaan-2 orbiter instruments for landing site selection", ["ISRO"]),
    ("P08 Compact nuclear-free heat storage for lunar rovers", ["KARI"]),
    ("P09 Closed-loop life support: MELiSSA pilot plant", ["ESA", "CNES"]),
    ("P10 Hopping landers for exploring lunar skylights and lava tubes", ["CNSA"]),
    ("P11 Autonomous precision landing with hazard avoidance", ["DLR", "JAXA"]),
    ("P12 Martian moons sample return (MMX)", ["JAXA"]),
    ("P13 Analog mission planning in the Arabian desert", ["UAE Space Agency"]),
    ("P14 Student-built CubeSats as lunar communication relays", ["University of Bremen", "UKSA"]),
]
for tech, ags in posters:
    for a in ags:
        t(a, tech, D3, "poster")
t("ISECG", "Technology Gap Assessment — 2026 revision (Technology Working Group, JAXA lead)", D1, "publication")
t("ISECG", "Technology Gap Assessment 2021 update: 28 gaps; top priorities in-situ resource utilisation, surface power, dust mitigation", D5, "publication")

mission_phases = [
    {"document": D1, "phase": 1, "name": "Sustained lunar surface presence", "start": 2028},
    {"document": D1, "phase": 2, "name": "Mars readiness demonstrations", "start": 2033},
    {"document": D1, "phase": 3, "name": "First human missions to Mars orbit", "start": 2040},
    {"document": D2, "phase": "A", "name": "Cislunar demonstration", "start": 2017},
    {"document": D2, "phase": "B", "name": "Lunar surface network", "start": 2022},
    {"document": D2, "phase": "C", "name": "Mars-ready architecture", "start": None, "start_note": "early 2030s"},
]

mentions = []
def m(doc, kind, ents):
    for e in ents:
        mentions.append({"document": doc, "entity": e, "kind": kind})
m(D1, "agency", ["ISECG", "KASA", "KARI", "UKSA", "SSA", "TUA", "JAXA", "CSA", "NASA", "ESA", "CNES"])
m(D1, "program", ["Global Exploration Roadmap", "77th International Astronautical Congress"])
m(D1, "destination", ["Moon", "Mars"])
m(D2, "agency", ["ISECG", "NASA", "ESA", "JAXA", "CSA", "DLR", "ISRO", "CNES", "ASI", "KARI", "CCSDS", "SFCG"])
m(D2, "program", ["Global Exploration Roadmap", "International Space Station"])
m(D2, "destination", ["cislunar space", "lunar surface", "Moon", "Mars"])
m(D2, "technology", ["Delay/Disruption Tolerant Networking (DTN)", "Proximity-1 Space Link Protocol", "Ka-band downlink",
                     "optical communications", "Space Link Extension (SLE)", "S-band proximity radios"])
m(D3, "agency", ["ISECG", "DLR", "JAXA", "NASA", "ESA", "ASI", "CSA", "Roscosmos", "ISRO", "KARI", "CNES", "CNSA", "UAE Space Agency", "UK Space Agency", "University of Bremen"])
m(D3, "spacecraft", ["European Large Logistic Lander", "Dextre", "Gateway", "Chandrayaan-2", "MMX"])
m(D3, "destination", ["Moon", "lunar south pole", "Mars"])
m(D3, "technology", ["regenerative fuel cells", "molten salt electrolysis", "MELiSSA", "precision landing with hazard avoidance", "radiation shielding"])
m(D4, "agency", ["ISECG", "DLR", "NASA", "ASI", "ESA", "BNSC", "UKSA", "SSAU"])
m(D4, "program", ["Global Exploration Strategy", "Global Exploration Roadmap", "International Architecture Working Group"])
m(D5, "agency", ["ISECG", "PhilSA", "UAE Space Agency", "JAXA", "CNES", "ESA"])
m(D5, "program", ["72nd International Astronautical Congress", "Global Exploration Roadmap"])
m(D5, "technology", ["in-situ resource utilisation", "surface power", "dust mitigation"])

gold = {"split": "heldout-new", "documents": documents, "editions": editions, "publications": publications, "events": events,
        "memberships": memberships, "membership_counts": membership_counts, "authored_by": authored_by, "people": people,
        "chairs": chairs, "technology_work": tw, "mission_phases": mission_phases, "mentions": mentions}
with open(os.path.join(OUT, "kg_gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)

Q = []
def q(kind, question, answer, evidence, doc):
    Q.append({"id": "ba-%02d" % (len(Q) + 1), "question": question, "answer": answer, "evidence": evidence,
              "doc": doc if isinstance(doc, list) else [doc], "kind": kind})

# fact (10)
q("fact", "In the 2014 communications interoperability memorandum, which agency leads the work on a common lunar time and navigation reference?",
  ["CNES", "Centre National d'Études Spatiales"], ["T6 Common lunar time and navigation reference CNES ESA, CSA B"], D2)
q("fact", "Which frequency band does the 2014 memorandum mean by the Ka-band high-rate direct-to-Earth downlink?",
  ["25.5–27.0 GHz", "25.5-27.0 GHz", "25.5 to 27.0 GHz"], ["The band meant is 25.5–27.0 GHz for space-to-Earth links."], D2)
q("fact", "To which ISRO unit is the author R. Deshmukh of the 2014 interoperability memorandum affiliated?",
  ["ISRO Telemetry, Tracking and Command Network (ISTRAC), Bengaluru", "ISTRAC", "ISRO Telemetry, Tracking and Command Network"],
  ["R. Deshmukh6", "6 ISRO Telemetry, Tracking and Command Network (ISTRAC), Bengaluru, India"], D2)
q("fact", "Which agency's researchers presented the 2018 workshop poster on hopping landers for lunar skylights and lava tubes?",
  ["CNSA", "China National Space Administration"], ["Hopping landers for exploring lunar skylights and lava tubes Wang Lei, Zhao Min CNSA"], D3)
q("fact", "At which institution does the leader of the 2011 independent evaluation team work?",
  ["Nordic Institute for Space Policy Studies", "Nordic Institute for Space Policy Studies, Oslo"],
  ["Dr. Helga Marstrander (team leader) — Nordic Institute for Space Policy Studies, Oslo, Norway"], D4)
q("fact", "On what date did the UK Space Agency take over the British National Space Centre's seat in ISECG?",
  ["1 April 2010", "2010-04-01", "April 1, 2010"],
  ["On 1 April 2010 the British National Space Centre (BNSC) was succeeded by the newly created UK Space Agency (UKSA), which took over its seat"], D4)
q("fact", "Who represented the Korea AeroSpace Administration as ISECG chair in 2026?",
  ["Dr. Yoon Se-ra", "Yoon Se-ra"], ["represented by Dr. Yoon Se-ra, Director for International Exploration"], D1)
q("fact", "Who led ISECG's Technology Working Group in 2026, and for which agency?",
  ["Hiroshi Ueda (JAXA)", "Hiroshi Ueda"], ["Technology Working Group (TWG) JAXA Hiroshi Ueda"], D1)
q("fact", "Which agency offered to host the ISECG senior managers' meeting of 24 October 2021 in Dubai?",
  ["UAE Space Agency", "United Arab Emirates Space Agency"], ["has kindly offered to host it at the Dubai World Trade Centre"], D5)
q("fact", "Which earlier edition does the ISECG Technology Gap Assessment 2021 Update update?",
  ["the January 2019 edition", "January 2019 edition", "2019 edition"], ["It updates the January 2019 edition of the assessment"], D5)
# count (5)
q("count", "How many member agencies did ISECG have on 1 January 2026?",
  ["28", "twenty-eight"], ["28 member agencies on 1 January 2026"], D1)
q("count", "How many individuals answered the online survey of the 2011 independent evaluation?",
  ["39", "thirty-nine"], ["Of the 58 individuals invited to the online survey, 39 answered (67%)."], D4)
q("count", "How many posters were shown in the poster session of the 2018 ISECG workshop on exploration technologies?",
  ["14", "fourteen"], ["fourteen (list below, by poster number)"], D3)
q("count", "How many participants registered for the ISECG Workshop on Exploration Technologies for the Moon and Beyond in Bremen?",
  ["143"], ["143 registered, from 17 agencies, industry and universities"], D3)
q("count", "How many of the 2011 evaluation's interviews were held with working-group delegates?",
  ["7", "seven"], ["Fourteen interviews were held with senior managers and seven with working-group delegates."], D4)
# list (5)
q("list", "Which agencies contribute to the optical communications terminal interface work led by DLR in the 2014 memorandum?",
  ["NASA, ESA and JAXA", "NASA; ESA; JAXA"], ["T4 Optical communications terminal interface (1550 nm) DLR NASA, ESA, JAXA C"], D2)
q("list", "Which agencies were admitted to ISECG in 2026?",
  ["Saudi Space Agency (SSA) and Türkiye Space Agency (TUA)", "SSA; TUA"],
  ["Saudi Space Agency SSA 11.03.2026 29th", "Türkiye Space Agency TUA 04.10.2026 30th"], D1)
q("list", "Who were the members of the team that carried out the 2011 independent evaluation of GES coordination?",
  ["Helga Marstrander, Rafael Quintero-Boyd and Anjali Venkataraman", "Helga Marstrander; Rafael Quintero-Boyd; Anjali Venkataraman"],
  ["Dr. Helga Marstrander (team leader)", "Prof. Rafael Quintero-Boyd", "Dr. Anjali Venkataraman"], D4)
q("list", "Which technology areas remain the three highest priorities in the 2021 update of the ISECG Technology Gap Assessment?",
  ["in-situ resource utilisation, surface power and dust mitigation", "ISRU; surface power; dust mitigation"],
  ["in-situ resource utilisation, surface power and dust mitigation remain the three highest priorities"], D5)
q("list", "Which working groups took part in the joint working-group week of June 2026 in Saint-Hubert?",
  ["ERWG, TWG and the Science Working Group", "Exploration Roadmap Working Group; Technology Working Group; Science Working Group"],
  ["Joint working-group week (ERWG, TWG and Science Working Group)"], D1)
# temporal (4)
q("temporal", "According to the 2011 evaluation, for roughly how long did NASA chair ISECG?",
  ["about two and a half years", "from November 2007 to June 2010", "about 31 months", "2.5 years"],
  ["held its first meeting in Berlin on 6–7 November 2007, hosted by DLR", "NASA chaired the group from its first meeting until June 2010"], D4)
q("temporal", "How long had JAXA held the ISECG chair when it passed it to CNES?",
  ["two years", "2 years", "from June 2019 to 1 June 2021"],
  ["On 1 June 2021 the chair of ISECG passed from the Japan Aerospace Exploration Agency (JAXA)", "who chaired for JAXA from June 2019"], D5)
q("temporal", "Which agency joined ISECG first in 2026, and about how long before the other?",
  ["the Saudi Space Agency, about seven months before the Türkiye Space Agency", "SSA, seven months earlier"],
  ["welcomed the Saudi Space Agency (SSA) on 11 March 2026", "Seven months later, the Türkiye Space Agency (TUA) was admitted"], D1)
q("temporal", "How many days after the Antalya senior managers' meeting was the 2026 roadmap supplement made public?",
  ["one day", "1", "the next day"],
  ["4 October 2026 Antalya, Türkiye", "it was made public on 5 October 2026 during the Congress"], D1)
# cross-doc (3)
q("cross-doc", "By how many agencies did ISECG's membership grow between the 2011 independent evaluation and the issue of the 2026 year in review?",
  ["16", "sixteen (from 14 to 30)"],
  ["fourteen in 2007, fourteen today", "30 member agencies at the time of issue (15 Dec. 2026)"], [D4, D1])
q("cross-doc", "How many agencies joined ISECG between the Philippine Space Agency's admission in 2021 and 1 January 2026?",
  ["3", "three (25 to 28)"],
  ["With PhilSA, ISECG now counts twenty-five member agencies.", "28 member agencies on 1 January 2026"], [D5, D1])
q("cross-doc", "Which agency hosted both ISECG's first meeting in 2007 and the 2018 workshop on exploration technologies?",
  ["DLR", "German Aerospace Center"],
  ["held its first meeting in Berlin on 6–7 November 2007, hosted by DLR", "German Aerospace Center (DLR), on behalf of ISECG"], [D4, D3])
# no-answer (3)
q("no-answer", "How many delegates attended the October 2026 senior managers' meeting in Antalya?", [], [], D1)
q("no-answer", "Which two agencies had asked the ISECG Secretariat about joining at the time of the 2011 evaluation?", [], [], D4)
q("no-answer", "Which agency hosted the online senior managers' meeting of 9–10 March 2021?", [], [], D5)

with open(os.path.join(OUT, "qa.jsonl"), "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
import collections
print(len(Q), collections.Counter(x["kind"] for x in Q))
print({k: len(v) for k, v in gold.items() if isinstance(v, list)})
