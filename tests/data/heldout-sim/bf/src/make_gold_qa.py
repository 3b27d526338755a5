"""Write kg_gold.json and qa.jsonl for set bf (layout of tests/data/corpus-multi)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

DIR = "isecg-member-agency-directory-2015.pdf"
HEAR = "commons-hearing-space-exploration-2019.pdf"
ERR = "technology-gap-assessment-errata-2022.pdf"
BOOK = "human-robotic-workshop-abstracts-2010.pdf"
LOG = "isecg-website-changelog-2026.md"

documents = [
    {"file": DIR, "title": "ISECG Member Agency Directory, Edition 2015", "year": 2015, "type": "directory"},
    {"file": HEAR, "title": "Oral evidence: International coordination of space exploration (House of Commons Science and Technology Committee, 23 October 2019)", "year": 2019, "type": "hearing-transcript"},
    {"file": ERR, "title": "Errata Sheet No. 1 to The ISECG Global Exploration Technology Gap Assessment, Third Edition", "year": 2022, "type": "errata"},
    {"file": BOOK, "title": "ISECG Workshop on Human–Robotic Partnership in Lunar Exploration — Book of Abstracts", "year": 2010, "type": "abstract-booklet"},
    {"file": LOG, "title": "What's new on the ISECG website — 2026", "year": 2026, "type": "changelog"},
]

editions = [
    {"title": "The Global Exploration Strategy: The Framework for Coordination", "edition": "framework", "released": "2007-05"},
    {"title": "The Global Exploration Roadmap", "edition": "third", "released": "2018-01", "contributors": 14},
    {"title": "The Global Exploration Roadmap", "edition": "fourth", "released": "2024-05"},
    {"title": "Global Exploration Roadmap Supplement 2026: Moon to Mars Sustainable Exploration Update", "edition": "2026 supplement", "released": "2026-04", "released_exact": "2026-04-28", "updates": "fourth edition of the Global Exploration Roadmap (May 2024)"},
    {"title": "The ISECG Global Exploration Technology Gap Assessment", "edition": "second", "released": "2019-05"},
    {"title": "The ISECG Global Exploration Technology Gap Assessment", "edition": "third", "released": "2022-06", "released_exact": "2022-06-30", "replaces": "second edition (May 2019)"},
]

publications = [
    {"title": "Errata Sheet No. 1 to The ISECG Global Exploration Technology Gap Assessment, Third Edition", "publisher": "ISECG Technology Working Group", "released": "2022-12-09", "note": "reference ISECG-TWG-ERR-2022-01; seven corrections"},
    {"title": "ISECG Member Agency Directory, Edition 2015", "publisher": "ISECG Secretariat", "released": None, "note": "status of the information 1 September 2015"},
]

events = [
    {"name": "Creation of ISECG", "date": "2007", "host": None, "place": None, "participants": 14},
    {"name": "UK Space Agency takes over the BNSC seat in ISECG", "date": "2010-04", "host": None, "place": None, "participants": None},
    {"name": "ISECG Workshop on Human–Robotic Partnership in Lunar Exploration", "date": "2010-11-08", "end_date": "2010-11-10", "host": "DLR", "place": "Haus der Wissenschaft, Bremen, Germany", "participants": 118, "participants_note": "registered participants from twelve of the fourteen ISECG agencies and from industry and universities"},
    {"name": "ESA takes the ISECG chair", "date": "2014-10", "host": None, "place": None, "participants": None},
    {"name": "UAE Space Agency joins ISECG", "date": "2015-06", "host": None, "place": None, "participants": None},
    {"name": "Release of the third edition of the Global Exploration Roadmap", "date": "2018-01", "host": None, "place": None, "participants": 14},
    {"name": "JAXA takes over the ISECG chair from NASA", "date": "2019-04-01", "host": None, "place": None, "participants": None},
    {"name": "Israel Space Agency admitted to ISECG", "date": "2019-09-26", "host": None, "place": None, "participants": None},
    {"name": "House of Commons Science and Technology Committee oral evidence session on international coordination of space exploration", "date": "2019-10-23", "host": "Science and Technology Committee", "place": "Portcullis House, London", "participants": None},
    {"name": "ASI takes the ISECG chair", "date": "2022-04-01", "host": None, "place": None, "participants": None},
    {"name": "Release of the third edition of the ISECG Global Exploration Technology Gap Assessment", "date": "2022-06-30", "host": None, "place": None, "participants": None},
    {"name": "Issue of Errata Sheet No. 1 to the Technology Gap Assessment", "date": "2022-12-09", "host": None, "place": None, "participants": None},
    {"name": "Portugal Space joins ISECG", "date": "2026-02-04", "host": None, "place": None, "participants": None},
    {"name": "ISECG chair handover ASI to CSA", "date": "2026-03-02", "host": None, "place": None, "participants": None},
    {"name": "Release of the Global Exploration Roadmap Supplement 2026", "date": "2026-04-28", "host": None, "place": None, "participants": None},
    {"name": "PhilSA admitted to ISECG", "date": "2026-05-21", "host": None, "place": None, "participants": None},
    {"name": "ISECG senior managers' meeting, Saint-Hubert", "date": "2026-06-09", "end_date": "2026-06-10", "host": "CSA", "place": "John H. Chapman Space Centre, Saint-Hubert, Quebec, Canada", "participants": 26},
]

def m(acr, name, country, since, status=None, **kw):
    d = {"agency_acronym": acr, "agency_name": name, "country": country, "since": since}
    if status:
        d["status"] = status
    d.update(kw)
    return d

F = "founding member (took part from the Group's creation)"
memberships = [
    m("ASI", "Agenzia Spaziale Italiana", "Italy", 2007, F),
    m("CSA", "Canadian Space Agency", "Canada", 2007, F),
    m("CNES", "Centre National d'Études Spatiales", "France", 2007, F),
    m("CNSA", "China National Space Administration", "China", 2007, F),
    m("CSIRO", "Commonwealth Scientific and Industrial Research Organisation", "Australia", 2007, F),
    m("DLR", "German Aerospace Center (Deutsches Zentrum für Luft- und Raumfahrt)", "Germany", 2007, F),
    m("ESA", "European Space Agency", "Intergovernmental (22 Member States)", 2007, F),
    m("ISRO", "Indian Space Research Organisation", "India", 2007, F),
    m("JAXA", "Japan Aerospace Exploration Agency", "Japan", 2007, F),
    m("KARI", "Korea Aerospace Research Institute", "Republic of Korea", 2007, F),
    m("NASA", "National Aeronautics and Space Administration", "United States of America", 2007, F),
    m("Roscosmos", "Roscosmos State Corporation for Space Activities", "Russian Federation", 2007, F),
    m("SSAU", "State Space Agency of Ukraine", "Ukraine", 2007, F + "; listed as the National Space Agency of Ukraine (NSAU) until 2010"),
    m("BNSC", "British National Space Centre", "United Kingdom", 2007, "held the UK seat from 2007 until the UK Space Agency took it over in April 2010"),
    m("UKSA", "UK Space Agency", "United Kingdom", 2010, "took over the BNSC seat", since_exact="2010-04"),
    m("UAESA", "United Arab Emirates Space Agency", "United Arab Emirates", 2015, since_exact="2015-06"),
    m("LSA", "Luxembourg Space Agency", "Luxembourg", 2018, "joined in autumn 2018"),
    m("POLSA", "Polish Space Agency", "Poland", 2019, "joined in spring 2019"),
    m("ROSA", "Romanian Space Agency", "Romania", 2019, "joined in spring 2019"),
    m("ISA", "Israel Space Agency", "Israel", 2019, "newest member as of 23 October 2019", since_exact="2019-09-26"),
    m("Portugal Space", "Portugal Space (Agência Espacial Portuguesa)", "Portugal", 2026, "29th member agency", since_exact="2026-02-04"),
    m("PhilSA", "Philippine Space Agency", "Philippines", 2026, "membership 30 after joining", since_exact="2026-05-21"),
]

membership_counts = [
    {"date": "2007", "count": 14, "what": "agencies that set up ISECG (hearing, 2019)"},
    {"date": "2010-11", "count": 14, "what": "ISECG agencies at the November 2010 workshop (twelve of them present)"},
    {"date": "2015-09-01", "count": 15, "what": "ISECG member agencies (directory 2015)"},
    {"date": "2018-01..2019-10-23", "count": 4, "what": "agencies that joined since the third roadmap edition"},
    {"date": "2019-10-23", "count": 19, "what": "ISECG member agencies as of the hearing"},
    {"date": "2026-02-04", "count": 29, "what": "ISECG member agencies after Portugal Space joined"},
    {"date": "2026-05-21", "count": 30, "what": "ISECG member agencies after PhilSA joined"},
]

authored_by = [
    {"document": "ISECG Member Agency Directory, Edition 2015", "file": DIR, "agency": "ISECG Secretariat"},
    {"document": "Errata Sheet No. 1 to The ISECG Global Exploration Technology Gap Assessment, Third Edition", "file": ERR, "agency": "ISECG Technology Working Group"},
    {"document": "Telerobotic operation of a lunar rover from orbit: lessons from analogue tests", "file": None, "agency": "DLR"},
    {"document": "Telerobotic operation of a lunar rover from orbit: lessons from analogue tests", "file": None, "agency": "ESA"},
    {"document": "Precursor robotic missions for a human return to the Moon", "file": None, "agency": "JAXA"},
    {"document": "Dexterous manipulators for assembly on the lunar surface", "file": None, "agency": "CSA"},
    {"document": "Dexterous manipulators for assembly on the lunar surface", "file": None, "agency": "NASA"},
    {"document": "Deploying habitat elements with pressurised and unpressurised rovers", "file": None, "agency": "Thales Alenia Space Italia"},
    {"document": "Deploying habitat elements with pressurised and unpressurised rovers", "file": None, "agency": "DLR"},
    {"document": "Curation-grade sample handling by robots and astronauts", "file": None, "agency": "CNES"},
    {"document": "Curation-grade sample handling by robots and astronauts", "file": None, "agency": "ESA"},
]

def p(name, aff, role):
    return {"name": name, "affiliation": aff, "role": role}

HOD = "head of delegation to ISECG (directory 2015)"
people = [
    p("Giovanna Ferraris", "ASI", HOD),
    p("Marc Tremblay", "CSA", HOD),
    p("Laurent Duchesne", "CNES", HOD),
    p("Zhao Weimin", "CNSA", HOD),
    p("Ian Pendleton", "CSIRO", HOD),
    p("Katrin Vollmer", "DLR", HOD),
    p("Pierre-Yves Martel", "ESA", HOD),
    p("K. Raghunathan", "ISRO", HOD),
    p("Yuko Hanazawa", "JAXA", HOD),
    p("Park Seung-ho", "KARI", HOD),
    p("Deborah Kaminski", "NASA", HOD),
    p("Dmitri Arefiev", "Roscosmos", HOD),
    p("Oleksandr Hrytsenko", "SSAU", HOD),
    p("Alistair Morland", "UKSA", HOD + "; Head of Space Exploration, witness at the 23 October 2019 hearing; led the UK delegation since 2013"),
    p("Mariam Al Suwaidi", "UAESA", HOD),
    p("Eleanor Whitcombe", "House of Commons Science and Technology Committee", "Chair"),
    p("Gareth Pryce", "House of Commons Science and Technology Committee", "member"),
    p("Fiona McAllister", "House of Commons Science and Technology Committee", "member"),
    p("Tom Ashdown", "House of Commons Science and Technology Committee", "member"),
    p("Henrik Solberg", "ESA", "co-chair, ISECG Technology Working Group"),
    p("Angela Ruiz-Carter", "NASA", "co-chair, ISECG Technology Working Group"),
    p("Rainer Hollstein", "DLR", "opening address on behalf of the ISECG chair, Bremen 2010"),
    p("Hans-Georg Wendt", "DLR", "session 1 chair, Bremen 2010"),
    p("Mitsuko Arai", "JAXA", "session 1 chair, Bremen 2010"),
    p("Rebecca Lowry", "NASA", "session 2 chair, Bremen 2010"),
    p("François Aubin", "CSA", "session 2 chair, Bremen 2010"),
    p("Paola Venturi", "ASI", "session 3 chair, Bremen 2010"),
    p("Anna Becker", "DLR Institute of Space Systems", "author, abstracts 1.1 and 2.2"),
    p("Jonas Riedel", "DLR Institute of Space Systems", "author, abstract 1.1"),
    p("Marco Santangelo", "ESA ESTEC", "author, abstracts 1.1 and 3.1"),
    p("Yoshiro Hasegawa", "JAXA Institute of Space and Astronautical Science", "author, abstract 1.2"),
    p("Emiko Tanabe", "JAXA Institute of Space and Astronautical Science", "author, abstract 1.2"),
    p("Claire Whitford", "Canadian Space Agency", "author, abstract 2.1"),
    p("Samuel Okonjo", "NASA Johnson Space Center", "author, abstract 2.1"),
    p("Lucia Ferrante", "Thales Alenia Space Italia", "author, abstract 2.2"),
    p("Pierre Garnier", "CNES", "author, abstract 3.1"),
    p("Marie-Claude Fortier", "CSA", "Director General of Space Exploration; speaks for the ISECG chair from March 2026"),
]

chairs = [
    {"agency": "DLR", "period": "2010"},
    {"agency": "ESA", "period": "since October 2014 (current as of 1 September 2015)"},
    {"agency": "NASA", "period": "until 2019-04-01"},
    {"agency": "JAXA", "period": "from 2019-04-01 (current as of 23 October 2019)"},
    {"agency": "ASI", "period": "2022-04-01 to 2026-03-02"},
    {"agency": "CSA", "period": "from 2026-03-02"},
]

def t(agency, tech, doc=ERR):
    return {"agency": agency, "technology": tech, "document": doc}

DUST = "dust mitigation for surface systems"
CFM = "cryogenic fluid management"
FSP = "fission surface power"
ARD = "autonomous rendezvous and docking"
RFC = "regenerative fuel cells for lunar night survival"
OX = "oxygen extraction from lunar regolith (gap TG-17, ISRU)"
technology_work = [
    t("NASA", DUST), t("ESA", DUST), t("JAXA", DUST),
    t("NASA", CFM + " (lead)"), t("JAXA", CFM), t("DLR", CFM),
    t("NASA", FSP + " (lead)"), t("CNES", FSP),
    t("CSA", ARD), t("ESA", ARD), t("ISRO", ARD),
    t("KARI", RFC), t("CNES", RFC),
    t("NASA", OX), t("ESA", OX), t("LSA", OX),
    t("UKSA", "autonomous robotics for surface operations", HEAR),
]

SUP = LOG
mission_phases = [
    {"document": SUP, "phase": 1, "name": "Sustained Lunar Presence", "start": 2026, "end": 2032},
    {"document": SUP, "phase": 2, "name": "Mars Readiness", "start": 2033, "end": 2038},
    {"document": SUP, "phase": 3, "name": "Humans to Mars", "start": 2039},
]

def mentions_for(doc, agencies=(), destinations=(), spacecraft=(), programs=(), technologies=()):
    out = []
    for kind, items in (("agency", agencies), ("destination", destinations), ("spacecraft", spacecraft),
                        ("program", programs), ("technology", technologies)):
        for e in items:
            out.append({"document": doc, "entity": e, "kind": kind})
    return out

mentions = []
mentions += mentions_for(DIR, agencies=["ISECG", "ASI", "CSA", "CNES", "CNSA", "CSIRO", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA", "Roscosmos", "SSAU", "NSAU", "UKSA", "BNSC", "UAESA"],
                         programs=["Global Exploration Strategy"])
mentions += mentions_for(HEAR, agencies=["ISECG", "UKSA", "BNSC", "JAXA", "NASA", "LSA", "POLSA", "ROSA", "ISA"],
                         destinations=["Moon", "Mars"], programs=["Global Exploration Roadmap"],
                         technologies=["autonomous robotics for surface operations"])
mentions += mentions_for(ERR, agencies=["ISECG", "ESA", "NASA", "JAXA", "DLR", "CNES", "CSA", "ISRO", "KARI", "LSA", "UAESA"],
                         destinations=["Moon"],
                         technologies=[DUST, CFM, FSP, ARD, "regenerative fuel cells", "oxygen extraction from lunar regolith", "in-situ resource utilisation (ISRU)"])
mentions += mentions_for(BOOK, agencies=["ISECG", "DLR", "ESA", "JAXA", "NASA", "CSA", "ASI", "CNES"],
                         destinations=["Moon"], spacecraft=["International Space Station", "lunar rover", "pressurised rovers"],
                         technologies=["telerobotics", "dexterous manipulators", "precision landing"])
mentions += mentions_for(LOG, agencies=["ISECG", "CSA", "ASI", "PhilSA", "Portugal Space"],
                         destinations=["Moon", "Mars"], programs=["Global Exploration Roadmap"])

gold = {
    "split": "dev-new",
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
def q(question, answer, evidence, doc, kind):
    Q.append({"id": f"bf-{len(Q) + 1:02d}", "question": question, "answer": answer, "evidence": evidence,
              "doc": doc if isinstance(doc, list) else [doc], "kind": kind})

# fact (10): 1, 2, 3, 7, 9 rest on a table, a footnote or a byline
q("According to the 2015 ISECG directory, who headed the Korea Aerospace Research Institute's delegation?",
  ["Dr. Park Seung-ho", "Park Seung-ho"], ["Dr. Park Seung-ho"], DIR, "fact")
q("In which month and year did the UK Space Agency join ISECG?",
  ["April 2010", "2010-04"], ["The UK Space Agency joined ISECG in April 2010"], DIR, "fact")
q("When did the United Arab Emirates Space Agency join ISECG, according to the 2015 member directory?",
  ["June 2015", "Jun. 2015", "2015-06"], ["Jun. 2015"], DIR, "fact")
q("Which agency chaired ISECG at the time of the October 2019 Commons hearing, and since when?",
  ["JAXA, since 1 April 2019", "Japan Aerospace Exploration Agency, from 1 April 2019", "JAXA"],
  ["which took it over from NASA on the first of April this year", "Wednesday 23 October 2019"], HEAR, "fact")
q("Which agency did the UK Space Agency's witness name as the newest ISECG member in October 2019?",
  ["the Israel Space Agency", "Israel Space Agency (admitted 26 September 2019)"],
  ["The newest member is the Israel Space Agency"], HEAR, "fact")
q("Which edition of the ISECG technology gap assessment does Errata Sheet No. 1 correct, and when was that edition released?",
  ["the third edition, released 30 June 2022", "Third Edition, 2022-06-30"],
  ["The ISECG Global Exploration Technology Gap Assessment, Third Edition, released 30 June 2022."], ERR, "fact")
q("On which page of the gap assessment is the lead agency for cryogenic fluid management corrected?",
  ["19", "page 19"], ["\"Cryogenic fluid management is led by JAXA.\""], ERR, "fact")
q("In which town and at which venue was the 2010 ISECG workshop on human–robotic partnership held?",
  ["Bremen, Haus der Wissenschaft", "Haus der Wissenschaft in Bremen, Germany"],
  ["Venue: Haus der Wissenschaft, Sandstraße"], BOOK, "fact")
q("What affiliation is given for Emiko Tanabe in the 2010 book of abstracts?",
  ["JAXA Institute of Space and Astronautical Science, Sagamihara, Japan", "JAXA ISAS", "JAXA"],
  ["Emiko Tanabe", "JAXA Institute of Space and Astronautical Science,"], BOOK, "fact")
q("Which agency hosted the ISECG senior managers' meeting of June 2026, and where was it held?",
  ["the Canadian Space Agency, at the John H. Chapman Space Centre in Saint-Hubert, Quebec", "CSA, Saint-Hubert"],
  ["The meeting was hosted by the Canadian Space Agency (CSA), the Group's chair, at the John H. Chapman Space Centre in Saint-Hubert, Quebec, Canada."],
  LOG, "fact")

# count (5)
q("How many member agencies did ISECG have as of 1 September 2015?",
  ["15", "fifteen"], ["As of 1 September 2015 the Group counts 15 member agencies"], DIR, "count")
q("According to the 2019 testimony, how many agencies worked on the 2018 edition of the Global Exploration Roadmap?",
  ["14", "fourteen"], ["Fourteen agencies, the UK Space Agency among them, worked on that edition."], HEAR, "count")
q("How many corrections does Errata Sheet No. 1 list?",
  ["7", "seven"], ["Seven corrections are listed below."], ERR, "count")
q("How many registered participants attended the 2010 Bremen workshop?",
  ["118"], ["Attendance: 118 registered participants"], BOOK, "count")
q("How many member agencies did ISECG have once Portugal Space had joined?",
  ["29", "twenty-nine"], ["bringing the Group to twenty-nine member agencies"], LOG, "count")

# list (5)
q("According to the corrected text, which agencies work on dust mitigation for surface systems?",
  ["NASA, ESA and JAXA", "NASA; ESA; JAXA"], ["Dust mitigation for surface systems: NASA, ESA, JAXA"], ERR, "list")
q("Who chaired Session 2 of the 2010 Bremen workshop?",
  ["Rebecca Lowry (NASA) and François Aubin (CSA)", "Ms. Rebecca Lowry; Dr. François Aubin"],
  ["Ms. Rebecca Lowry", "(NASA); Dr. François", "Aubin (CSA)"], BOOK, "list")
q("Which agencies joined ISECG between the release of the third roadmap edition and the October 2019 hearing?",
  ["the Luxembourg Space Agency, the Polish Space Agency, the Romanian Space Agency and the Israel Space Agency", "LSA, POLSA, ROSA, ISA"],
  ["four agencies have joined: the Luxembourg Space Agency", "Polish Space Agency and the Romanian Space Agency", "The newest member is the Israel Space Agency"],
  HEAR, "list")
q("Which agencies became members of ISECG in 2026, according to the website changelog?",
  ["Portugal Space and the Philippine Space Agency (PhilSA)", "Portugal Space; PhilSA"],
  ["The Philippine Space Agency (PhilSA) was admitted to ISECG on 21 May 2026.", "became a member of ISECG on 4 February"],
  LOG, "list")
q("Who wrote the abstract on telerobotic operation of a lunar rover from orbit?",
  ["Anna Becker, Jonas Riedel and Marco Santangelo", "Anna Becker; Jonas Riedel; Marco Santangelo"],
  ["Telerobotic operation of a lunar rover", "Anna Becker1, Jonas Riedel1, Marco", "Santangelo2"], BOOK, "list")

# temporal (4): each needs two documents
q("Roughly how long after the UAE Space Agency joined ISECG was the Israel Space Agency admitted?",
  ["about four years", "four years and three months", "4 years"],
  ["Jun. 2015", "The newest member is the Israel Space Agency, which was admitted on the"], [DIR, HEAR], "temporal")
q("By how many member agencies did ISECG grow between the October 2019 hearing and PhilSA's admission?",
  ["11", "eleven (from 19 to 30)"],
  ["There are nineteen member agencies as of today.", "With PhilSA, membership now stands at 30 agencies."], [HEAR, LOG], "temporal")
q("How many more agencies sent delegations to the June 2026 senior managers' meeting than worked on the 2018 roadmap?",
  ["12", "twelve (26 versus 14)"],
  ["Twenty-six of the member agencies sent delegations.", "Fourteen agencies, the UK Space Agency among them, worked on that edition."], [LOG, HEAR], "temporal")
q("Which came first: the UK Space Agency joining ISECG or the Bremen workshop on human–robotic partnership?",
  ["the UK Space Agency joining (April 2010)", "UKSA joined first, in April 2010; the workshop was in November 2010"],
  ["The UK Space Agency joined ISECG in April 2010", "Bremen, Germany · 8–10 November 2010"], [DIR, BOOK], "temporal")

# cross-doc (3)
q("Which agency held the ISECG chair when Errata Sheet No. 1 to the technology gap assessment was issued?",
  ["ASI", "the Italian Space Agency"],
  ["Date of issue 9 December 2022", "the Italian Space Agency (ASI), which had chaired the Group since 1 April 2022, passed it to the Canadian Space Agency"],
  [ERR, LOG], "cross-doc")
q("Who headed, in 2015, the ISECG delegation of the agency that hosted the 2010 Bremen workshop?",
  ["Dr. Katrin Vollmer", "Katrin Vollmer"],
  ["Host: German Aerospace Center (DLR),", "Dr. Katrin Vollmer"], [BOOK, DIR], "cross-doc")
q("By how many member agencies did ISECG grow between the 2015 directory's reference date and the October 2019 hearing?",
  ["4", "four (from 15 to 19)"],
  ["As of 1 September 2015 the Group counts 15 member agencies", "There are nineteen member agencies as of today."], [DIR, HEAR], "cross-doc")

# no-answer (3)
q("What was the registration fee for the 2010 Bremen workshop?", [], [], BOOK, "no-answer")
q("How many UK Space Agency staff work on ISECG matters, according to the 2019 testimony?", [], [], HEAR, "no-answer")
q("Which agency will host the ISECG senior managers' meeting that follows the June 2026 one?", [], [], LOG, "no-answer")

kinds = {}
for x in Q:
    kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
assert len(Q) == 30 and kinds == {"fact": 10, "count": 5, "list": 5, "temporal": 4, "cross-doc": 3, "no-answer": 3}, kinds

(OUT / "kg_gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
with open(OUT / "qa.jsonl", "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
print("wrote", OUT / "kg_gold.json", "and", len(Q), "questions")
