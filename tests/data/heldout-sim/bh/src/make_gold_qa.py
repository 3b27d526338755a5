"""Write kg_gold.json and qa.jsonl for set bh (written blind; see README.md)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

D1 = "international-space-cooperation-lecture-notes-2013.pdf"
D2 = "isecg-update-newsletter-2018.pdf"
D3 = "isecg-virtual-meeting-record-2020.pdf"
D4 = "ger-editions-comparison-2023.pdf"
D5 = "isecg-daejeon-meeting-blog-2012.md"

documents = [
    {"file": D1, "title": "Lecture 7: Coordinating without a treaty \u2014 the International Space Exploration Coordination Group (SPOL 3120 International Cooperation in Space, lecture notes)", "year": 2013, "type": "lecture-notes"},
    {"file": D2, "title": "ISECG Update \u2014 Issue No. 11, November 2018", "year": 2018, "type": "newsletter"},
    {"file": D3, "title": "ISECG Senior Managers Meeting \u2014 Summary Record of the virtual meeting of 24 June 2020", "year": 2020, "type": "meeting-report"},
    {"file": D4, "title": "Five Steps of One Roadmap: Comparing the Global Exploration Roadmap Editions and Supplements, 2011\u20132022", "year": 2023, "type": "comparison"},
    {"file": D5, "title": "Notes from Daejeon: my first ISECG meeting", "year": 2012, "type": "blog-post"},
]

editions = [
    {"title": "The Global Exploration Strategy: The Framework for Coordination", "edition": "framework",
     "released": "2007-05", "released_exact": "2007-05-31", "agencies": 14, "source": [D1]},
    {"title": "The Global Exploration Roadmap", "edition": "first", "released": "2011-09", "agencies": 12,
     "destinations": ["Moon", "near-Earth asteroids", "Mars"],
     "phases": None, "pathways": ["Asteroid Next", "Moon Next"],
     "replaces": None, "builds_on": "The Global Exploration Strategy (2007)", "source": [D1, D4]},
    {"title": "The Global Exploration Roadmap", "edition": "second", "released": "2013-08", "released_exact": "2013-08-20",
     "agencies": 12, "destinations": ["cislunar space", "a near-Earth asteroid", "lunar surface", "Mars"],
     "phases": None, "note": "single reference mission scenario replaces the two pathways",
     "replaces": "first edition (2011)", "source": [D1, D4, D5]},
    {"title": "The Global Exploration Roadmap", "edition": "third", "released": "2018-01", "agencies": 14,
     "destinations": ["low Earth orbit", "lunar vicinity", "lunar surface", "Mars"], "phases": 3,
     "replaces": "second edition (2013)", "presented": "ISEF2, Tokyo, 2018-03-03", "source": [D2, D4]},
    {"title": "GER Supplement 2020: Lunar Surface Exploration Scenario Update", "edition": "2020 supplement",
     "released": "2020-08", "agencies": 20, "destinations": ["lunar surface"], "phases": 3,
     "updates": "the lunar chapters of the third edition (2018)", "source": [D4]},
    {"title": "GER Supplement 2022: Human Mars Preparation Update", "edition": "2022 supplement",
     "released": "2022-10", "released_exact": "2022-10-25", "agencies": 25, "destinations": ["Moon", "Mars"], "phases": 4,
     "updates": "the 2020 supplement and the Mars chapter of the third edition",
     "note": "previewed at the International Astronautical Congress, Paris, September 2022", "source": [D4]},
]

publications = [
    {"title": "Paper on the benefits of space exploration (planned)", "publisher": "ISECG", "released": None,
     "note": "agreed at the April 2012 Daejeon meeting, to be released alongside the second roadmap edition"},
    {"title": "ISECG Update, Issue No. 11", "publisher": "ISECG Executive Secretariat", "released": "2018-11"},
    {"title": "Summary Record ISECG-SM-2020-02", "publisher": "ISECG Executive Secretariat", "released": "2020-07-15",
     "note": "approved by written procedure on 15.07.2020"},
    {"title": "ESPI Technical Note 04/2023 (Five Steps of One Roadmap)", "publisher": "European Space Policy Institute (ESPI)",
     "released": "2023-03-15"},
]

events = [
    {"name": "Publication of the Global Exploration Strategy: The Framework for Coordination", "date": "2007-05-31",
     "host": None, "place": None, "participants": 14, "participants_note": "released by all fourteen agencies", "source": D1},
    {"name": "Inaugural ISECG meeting", "date": "2007-11-06", "end_date": "2007-11-07", "host": "DLR",
     "place": "Berlin", "participants": None, "source": D1},
    {"name": "BNSC replaced by the UK Space Agency (UK seat passes to UKSA)", "date": "2010-04", "host": None,
     "place": None, "participants": None, "source": D1},
    {"name": "Release of the first edition of the Global Exploration Roadmap", "date": "2011-09", "host": None,
     "place": None, "participants": 12, "source": D1},
    {"name": "ISECG meeting, Daejeon", "date": "2012-04-24", "end_date": "2012-04-25", "host": "KARI",
     "place": "Daejeon, South Korea", "participants": 13, "chair": "Kenji Mori (JAXA)",
     "participants_note": "thirteen agencies sent delegations; about forty people in the room",
     "decisions": ["start work on the second GER edition, aiming at publication in summer 2013 (Exploration Roadmap Working Group leads)",
                   "prepare a paper on the benefits of space exploration, to be released alongside the new roadmap",
                   "CSA to take over the chair from JAXA in summer 2012"], "source": D5},
    {"name": "CSA takes over the ISECG chair", "date": "2012-07-01", "host": None, "place": None, "participants": None, "source": D1},
    {"name": "Release of the second edition of the Global Exploration Roadmap", "date": "2013-08-20", "host": None,
     "place": None, "participants": 12, "source": D1},
    {"name": "Lecture 7, SPOL 3120 (Northfield University)", "date": "2013-11-14", "host": "Northfield University",
     "place": None, "participants": None, "source": D1},
    {"name": "Release of the third edition of the Global Exploration Roadmap", "date": "2018-01", "host": None,
     "place": None, "participants": 14, "source": D2},
    {"name": "Second International Space Exploration Forum (ISEF2): third GER edition presented to ministers",
     "date": "2018-03-03", "host": None, "place": "Tokyo", "participants": None, "source": D2},
    {"name": "ASI takes over the ISECG chair", "date": "2018-03", "host": None, "place": None, "participants": None, "source": D2},
    {"name": "Admission of the Luxembourg Space Agency to ISECG", "date": "2018-09-21", "host": None, "place": None,
     "participants": None, "source": D2},
    {"name": "ISECG senior managers meeting, Matera", "date": "2018-10-09", "end_date": "2018-10-10", "host": "ASI",
     "place": "Centre for Space Geodesy, Matera, Italy", "participants": 15, "chair": "Giulia Ferrante (ASI)",
     "decisions": ["begin work on a supplement describing a lunar surface exploration scenario", "next meeting in 2019"],
     "source": D2},
    {"name": "ISECG senior managers virtual meeting", "date": "2020-06-24", "host": None, "organiser": "ASI",
     "place": None, "format": "video conference (online only)", "participants": 21, "people": 61,
     "participants_note": "61 participants from 21 agencies", "chair": "Giulia Ferrante (ASI)",
     "decisions": ["ASI hands the ISECG chair to JAXA with effect from 2020-10-01",
                   "Space Resources Working Group (SRWG) created, co-led by LSA and CSA",
                   "lunar surface exploration scenario update to be released as a supplement to the 2018 roadmap after review",
                   "next meeting online in Q1 2021 under JAXA's chairmanship"],
     "actions": [
         {"id": "A-1", "action": "Circulate the draft summary record for comment", "owner": "Executive Secretariat", "due": "2020-07-01"},
         {"id": "A-2", "action": "Circulate the draft lunar surface scenario update for agency review", "owner": "NASA", "due": "2020-07-31"},
         {"id": "A-3", "action": "Prepare the chair transition plan", "owner": "ASI and JAXA", "due": "2020-09-15"},
         {"id": "A-4", "action": "Draft terms of reference for the Space Resources Working Group", "owner": "LSA, with CSA", "due": "2020-09-30"},
         {"id": "A-5", "action": "Propose dates for the next senior managers meeting", "owner": "JAXA", "due": "2020-11-30"}],
     "source": D3},
    {"name": "ISECG chair passes from ASI to JAXA", "date": "2020-10-01", "host": None, "place": None, "participants": None, "source": D3},
    {"name": "Release of the GER Supplement 2020 (Lunar Surface Exploration Scenario Update)", "date": "2020-08",
     "host": None, "place": None, "participants": 20, "source": D4},
    {"name": "Preview of the GER Supplement 2022 at the International Astronautical Congress", "date": "2022-09",
     "host": None, "place": "Paris", "participants": None, "source": D4},
    {"name": "Release of the GER Supplement 2022 (Human Mars Preparation Update)", "date": "2022-10-25",
     "host": None, "place": None, "participants": 25, "source": D4},
]

FOUNDER = "founding member (2007); listed in Table 1 of the 2013 lecture notes"
memberships = [
    {"agency_acronym": "ASI", "agency_name": "Italian Space Agency", "country": "Italy", "since": 2007, "status": FOUNDER},
    {"agency_acronym": "CNES", "agency_name": "Centre National d'Etudes Spatiales", "country": "France", "since": 2007, "status": FOUNDER},
    {"agency_acronym": "CNSA", "agency_name": "China National Space Administration", "country": "China", "since": 2007, "status": FOUNDER},
    {"agency_acronym": "CSA", "agency_name": "Canadian Space Agency", "country": "Canada", "since": 2007, "status": FOUNDER},
    {"agency_acronym": "CSIRO", "agency_name": "Commonwealth Scientific and Industrial Research Organisation", "country": "Australia", "since": 2007, "status": FOUNDER},
    {"agency_acronym": "DLR", "agency_name": "German Aerospace Center", "country": "Germany", "since": 2007, "status": FOUNDER},
    {"agency_acronym": "ESA", "agency_name": "European Space Agency", "country": "Europe", "since": 2007, "status": FOUNDER},
    {"agency_acronym": "ISRO", "agency_name": "Indian Space Research Organisation", "country": "India", "since": 2007, "status": FOUNDER},
    {"agency_acronym": "JAXA", "agency_name": "Japan Aerospace Exploration Agency", "country": "Japan", "since": 2007, "status": FOUNDER},
    {"agency_acronym": "KARI", "agency_name": "Korea Aerospace Research Institute", "country": "Republic of Korea", "since": 2007, "status": FOUNDER},
    {"agency_acronym": "NASA", "agency_name": "National Aeronautics and Space Administration", "country": "United States", "since": 2007, "status": FOUNDER},
    {"agency_acronym": "NSAU", "agency_name": "National Space Agency of Ukraine", "country": "Ukraine", "since": 2007, "status": FOUNDER},
    {"agency_acronym": "Roscosmos", "agency_name": "Russian Federal Space Agency", "country": "Russia", "since": 2007,
     "status": FOUNDER + "; listed in 2020 as State Space Corporation Roscosmos"},
    {"agency_acronym": "BNSC", "agency_name": "British National Space Centre", "country": "United Kingdom", "since": 2007,
     "until": "2010-04", "status": "founding participant; replaced by the UK Space Agency in April 2010"},
    {"agency_acronym": "UKSA", "agency_name": "UK Space Agency", "country": "United Kingdom", "since": 2010,
     "since_exact": "2010-04", "status": "took over the UK seat from BNSC"},
    {"agency_acronym": "UAESA", "agency_name": "United Arab Emirates Space Agency", "country": "United Arab Emirates",
     "since": 2015, "status": "15th member (first newcomer after the founders)"},
    {"agency_acronym": "LSA", "agency_name": "Luxembourg Space Agency", "country": "Luxembourg", "since": 2018,
     "since_exact": "2018-09-21", "status": "16th member"},
]
for acr, name, country in [("ASA", "Australian Space Agency", "Australia"), ("NOSA", "Norwegian Space Agency", "Norway"),
                           ("POLSA", "Polish Space Agency", "Poland"), ("ROSA", "Romanian Space Agency", "Romania"),
                           ("SSO", "Swiss Space Office", "Switzerland"), ("VNSC", "Vietnam National Space Center", "Vietnam")]:
    memberships.append({"agency_acronym": acr, "agency_name": name, "country": country, "since": None,
                        "since_window": "2018-09-21..2020-06-24",
                        "status": "member agency represented at the 24 June 2020 meeting; not among the 16 members of September 2018"})

membership_counts = [
    {"date": "2007", "count": 14, "what": "agencies that founded ISECG (and released the GES Framework)", "source": D1},
    {"date": "2012-04", "count": 14, "what": "ISECG members at the Daejeon meeting (13 of them represented)", "source": D5},
    {"date": "2013-11", "count": 14, "what": "ISECG members at the time of the lecture notes", "source": D1},
    {"date": "2015", "count": 15, "what": "members after the UAE Space Agency joined as fifteenth member", "source": D2},
    {"date": "2018-09-21", "count": 16, "what": "members after the Luxembourg Space Agency was admitted", "source": D2},
    {"date": "2020-06-24", "count": 22, "what": "ISECG membership at the virtual meeting (21 represented)", "source": D3},
    {"date": "2018-09-21..2020-06-24", "count": 6, "what": "agencies that joined between LSA's admission and the June 2020 meeting (derived: 22 - 16)", "source": [D2, D3]},
]

authored_by = [
    {"document": documents[0]["title"], "file": D1, "agency": "Northfield University"},
    {"document": documents[1]["title"], "file": D2, "agency": "ISECG Executive Secretariat"},
    {"document": documents[2]["title"], "file": D3, "agency": "ISECG Executive Secretariat"},
    {"document": documents[3]["title"], "file": D4, "agency": "ESPI"},
    {"document": documents[3]["title"], "file": D4, "agency": "NOSA"},
    {"document": documents[3]["title"], "file": D4, "agency": "Hokuriku Institute of Technology"},
    {"document": documents[4]["title"], "file": D5, "agency": "UKSA"},
]

people = [
    {"name": "Helena Marsh", "affiliation": "Northfield University, Department of Politics and International Relations", "role": "lecturer; prepared the 2013 lecture notes"},
    {"name": "Priya Raman", "affiliation": "UK Space Agency", "role": "UK delegate at the Daejeon meeting; author of the 2012 blog post"},
    {"name": "Kenji Mori", "affiliation": "JAXA", "role": "chaired the April 2012 Daejeon meeting"},
    {"name": "Lee Joo-hyun", "affiliation": "KARI", "role": "opened the first morning of the Daejeon meeting"},
    {"name": "Giulia Ferrante", "affiliation": "ASI", "role": "ISECG chair for ASI since March 2018; chaired the Matera (2018) and virtual (2020) meetings"},
    {"name": "Claire Weber", "affiliation": "Luxembourg Space Agency", "role": "head of international relations"},
    {"name": "Ryo Kitamura", "affiliation": "JAXA", "role": "to represent JAXA as ISECG chair from 2020-10-01"},
    {"name": "Anna Kowalczyk", "affiliation": "ISECG Executive Secretariat", "role": "rapporteur of the 24 June 2020 meeting"},
    {"name": "Marta Oliveira", "affiliation": "European Space Policy Institute (ESPI)", "role": "author of the 2023 comparison"},
    {"name": "Tobias Lindqvist", "affiliation": "Norwegian Space Agency (NOSA)", "role": "author of the 2023 comparison"},
    {"name": "Aiko Tanabe", "affiliation": "European Space Policy Institute (ESPI); Hokuriku Institute of Technology", "role": "author of the 2023 comparison"},
]

chairs = [
    {"agency": "NASA", "period": "from ISECG's founding (2007) until June 2009", "start": "2007", "end": "2009-06", "source": D1},
    {"agency": "ESA", "period": "June 2009 until May 2011", "start": "2009-06", "end": "2011-05", "source": D1},
    {"agency": "JAXA", "period": "May 2011 until 30 June 2012 (chaired the April 2012 Daejeon meeting, Kenji Mori)", "start": "2011-05", "end": "2012-06-30", "source": [D1, D5]},
    {"agency": "CSA", "period": "from 1 July 2012 (current in November 2013; expected to run until autumn 2014)", "start": "2012-07-01", "end": None, "source": D1},
    {"agency": "ASI", "period": "from March 2018 until 30 September 2020 (Giulia Ferrante)", "start": "2018-03", "end": "2020-09-30", "source": [D2, D3]},
    {"agency": "JAXA", "period": "from 1 October 2020 (Ryo Kitamura)", "start": "2020-10-01", "end": None, "source": D3},
]

technology_work = [
    {"agency": "JAXA", "technology": "pressurised lunar rover studies", "document": D3},
    {"agency": "CSA", "technology": "lunar utility vehicle concept", "document": D3},
    {"agency": "LSA", "technology": "instruments for prospecting lunar resources", "document": D3},
    {"agency": "ISECG", "technology": "Space Resources Working Group: survey of members' prospecting and use of lunar resources", "document": D3},
]

mission_phases = [
    {"document": D4, "edition": "third", "phase": 1, "name": "ISS and lunar vicinity"},
    {"document": D4, "edition": "third", "phase": 2, "name": "lunar surface"},
    {"document": D4, "edition": "third", "phase": 3, "name": "Mars"},
    {"document": D4, "edition": "2020 supplement", "phase": 1, "name": "Return", "start": 2024, "end": 2027},
    {"document": D4, "edition": "2020 supplement", "phase": 2, "name": "Expand", "start": 2028, "end": 2032},
    {"document": D4, "edition": "2020 supplement", "phase": 3, "name": "Sustain", "start": 2033},
    {"document": D4, "edition": "2022 supplement", "phase": 1, "name": "Return", "start": 2024, "end": 2027, "note": "carried over from 2020"},
    {"document": D4, "edition": "2022 supplement", "phase": 2, "name": "Expand", "start": 2028, "end": 2032, "note": "carried over from 2020"},
    {"document": D4, "edition": "2022 supplement", "phase": 3, "name": "Sustain", "start": 2033, "note": "carried over from 2020"},
    {"document": D4, "edition": "2022 supplement", "phase": 4, "name": "Mars preparation", "start": 2035},
]

working_groups = [
    {"name": "Exploration Roadmap Working Group", "lead": None, "created": None, "source": [D1, D3, D5]},
    {"name": "International Architecture Working Group", "lead": None, "created": None, "source": [D1]},
    {"name": "Space Resources Working Group (SRWG)", "lead": ["LSA", "CSA"], "created": "2020-06-24", "source": [D3]},
]

# mentions: (entity, kind, text alias that must occur in the document)
M = {
    D1: [("ISECG", "agency", "ISECG"), ("ASI", "agency", "ASI"), ("CNES", "agency", "CNES"), ("CNSA", "agency", "CNSA"),
         ("CSA", "agency", "CSA"), ("CSIRO", "agency", "CSIRO"), ("DLR", "agency", "DLR"), ("ESA", "agency", "ESA"),
         ("ISRO", "agency", "ISRO"), ("JAXA", "agency", "JAXA"), ("KARI", "agency", "KARI"), ("NASA", "agency", "NASA"),
         ("NSAU", "agency", "NSAU"), ("Roscosmos", "agency", "Roscosmos"), ("UKSA", "agency", "UKSA"), ("BNSC", "agency", "BNSC"),
         ("Northfield University", "agency", "Northfield University"),
         ("Moon", "destination", "Moon"), ("Mars", "destination", "Mars"), ("near-Earth asteroid", "destination", "near-Earth asteroid"),
         ("lunar surface", "destination", "lunar surface"), ("lunar vicinity", "destination", "lunar vicinity"),
         ("International Space Station", "spacecraft", "International Space Station"),
         ("Global Exploration Strategy", "program", "Global Exploration Strategy"), ("Global Exploration Roadmap", "program", "Global Exploration Roadmap")],
    D2: [("ISECG", "agency", "ISECG"), ("ASI", "agency", "ASI"), ("LSA", "agency", "LSA"),
         ("UAESA", "agency", "United Arab Emirates Space Agency"),
         ("Moon", "destination", "Moon"), ("Mars", "destination", "Mars"), ("lunar vicinity", "destination", "lunar vicinity"),
         ("lunar surface", "destination", "lunar surface"), ("Global Exploration Roadmap", "program", "Global Exploration Roadmap"),
         ("crew-tended platform", "spacecraft", "crew-tended platform")],
    D3: [("ISECG", "agency", "ISECG"), ("ASA", "agency", "ASA"), ("ASI", "agency", "ASI"), ("CNES", "agency", "CNES"),
         ("CNSA", "agency", "CNSA"), ("CSA", "agency", "CSA"), ("CSIRO", "agency", "CSIRO"), ("DLR", "agency", "DLR"),
         ("ESA", "agency", "ESA"), ("ISRO", "agency", "ISRO"), ("JAXA", "agency", "JAXA"), ("KARI", "agency", "KARI"),
         ("LSA", "agency", "LSA"), ("NASA", "agency", "NASA"), ("NOSA", "agency", "NOSA"), ("POLSA", "agency", "POLSA"),
         ("ROSA", "agency", "ROSA"), ("Roscosmos", "agency", "Roscosmos"), ("SSO", "agency", "SSO"), ("UAESA", "agency", "UAESA"),
         ("UKSA", "agency", "UKSA"), ("VNSC", "agency", "VNSC"),
         ("lunar surface", "destination", "lunar surface"),
         ("pressurised lunar rover", "technology", "pressurised lunar rover"), ("lunar utility vehicle", "technology", "lunar utility vehicle")],
    D4: [("ISECG", "agency", "ISECG"), ("ESPI", "agency", "ESPI"), ("NOSA", "agency", "NOSA"),
         ("Hokuriku Institute of Technology", "agency", "Hokuriku Institute of Technology"),
         ("Moon", "destination", "Moon"), ("Mars", "destination", "Mars"), ("near-Earth asteroids", "destination", "near-Earth asteroid"),
         ("cislunar space", "destination", "Cislunar space"), ("lunar surface", "destination", "lunar surface"),
         ("lunar vicinity", "destination", "lunar vicinity"), ("low Earth orbit", "destination", "Low Earth orbit"),
         ("ISS", "spacecraft", "ISS"), ("Global Exploration Roadmap", "program", "Global Exploration Roadmap"),
         ("Global Exploration Strategy", "program", "Global Exploration Strategy")],
    D5: [("ISECG", "agency", "ISECG"), ("UKSA", "agency", "UK Space Agency"), ("BNSC", "agency", "British National Space Centre"),
         ("KARI", "agency", "KARI"), ("JAXA", "agency", "JAXA"), ("CSA", "agency", "Canadian Space Agency"),
         ("Global Exploration Roadmap", "program", "Global Exploration Roadmap")],
}
mentions = [{"document": d, "entity": e, "kind": k} for d, lst in M.items() for e, k, _ in lst]

gold = {"split": "dev-new", "documents": documents, "editions": editions, "publications": publications, "events": events,
        "memberships": memberships, "membership_counts": membership_counts, "authored_by": authored_by, "people": people,
        "chairs": chairs, "technology_work": technology_work, "mission_phases": mission_phases,
        "working_groups": working_groups, "mentions": mentions}

Q = []
def q(kind, question, answer, evidence, doc):
    Q.append({"id": "bh-%02d" % (len(Q) + 1), "question": question, "answer": answer, "evidence": evidence,
              "doc": doc if isinstance(doc, list) else [doc], "kind": kind})

# fact (10)
q("fact", "In what month and year did the UK Space Agency take over the UK's seat in ISECG from the British National Space Centre?",
  ["April 2010", "2010-04"], ["was replaced by the UK Space Agency in April 2010"], D1)
q("fact", "In the member table of the 2013 lecture notes, what does the acronym NSAU stand for?",
  ["National Space Agency of Ukraine"], ["National Space Agency of Ukraine"], D1)
q("fact", "On what date was The Global Exploration Strategy: The Framework for Coordination published?",
  ["31 May 2007", "2007-05-31", "May 31, 2007"], ["which was published on 31 May 2007"], D1)
q("fact", "In which Italian town did ISECG's senior managers meet in October 2018?",
  ["Matera", "Matera, Italy"], ["outside the southern Italian town of Matera on 9 and 10 October 2018"], D2)
q("fact", "Who is quoted for the Luxembourg Space Agency in the November 2018 newsletter, and what is her position?",
  ["Claire Weber, head of international relations at LSA", "Claire Weber"],
  ["Claire Weber, head of international relations at LSA"], D2)
q("fact", "Which agency organised the virtual ISECG senior managers meeting of 24 June 2020?",
  ["ASI", "Italian Space Agency", "Italian Space Agency (ASI)"],
  ["Italian Space Agency (ASI), in its capacity as ISECG Chair"], D3)
q("fact", "Who owns the action to circulate the draft lunar surface scenario update for agency review, and by what date is it due?",
  ["NASA, by 31 July 2020", "NASA, 31.07.2020", "NASA (due 2020-07-31)"],
  ["Circulate the draft lunar surface scenario update for agency review", "NASA 31.07.2020"], D3)
q("fact", "With which organisation is Tobias Lindqvist, co-author of the 2023 comparison of roadmap editions, affiliated?",
  ["Norwegian Space Agency", "NOSA", "Norwegian Space Agency (NOSA), Oslo, Norway"],
  ["Tobias Lindqvist", "Norwegian Space Agency (NOSA), Oslo, Norway"], D4)
q("fact", "What is the second phase of the 2020 supplement's lunar surface scenario called, and which years does it cover?",
  ["Expand, 2028–2032", "Expand (2028-2032)", "Expand, from 2028 to 2032"], ["(2) Expand, 2028–2032"], D4)
q("fact", "Who chaired the ISECG meeting held in Daejeon in April 2012?",
  ["Dr Kenji Mori of JAXA", "Kenji Mori", "Kenji Mori (JAXA)"], ["The meeting was chaired by Dr Kenji Mori of JAXA"], D5)
# count (5)
q("count", "How many agencies were members of ISECG when the 2013 lecture notes were written?",
  ["14", "fourteen"], ["At the time of writing the group has fourteen members"], D1)
q("count", "How many member agencies were represented at the Matera meeting of October 2018?",
  ["15", "fifteen"], ["Fifteen member agencies were represented around the table."], D2)
q("count", "How many people took part in the virtual ISECG senior managers meeting of 24 June 2020?",
  ["61", "sixty-one"], ["61 participants from 21 agencies"], D3)
q("count", "How many agencies participated in the 2022 supplement to the Global Exploration Roadmap?",
  ["25", "twenty-five"], ["2022-10 25"], D4)
q("count", "How many agencies sent delegations to the April 2012 ISECG meeting in Daejeon?",
  ["13", "thirteen"], ["Thirteen agencies sent delegations"], D5)
# list (5)
q("list", "Which agencies had held the ISECG chair by November 2013, in order?",
  ["NASA, ESA, JAXA, CSA", "NASA; ESA; JAXA; Canadian Space Agency"],
  ["NASA chaired the group from its founding until June 2009, when the chair passed to ESA.", "JAXA took over in May 2011",
   "the Canadian Space Agency has held the chair"], D1)
q("list", "According to the November 2018 newsletter, which destinations does the third edition of the roadmap cover?",
  ["the Moon (lunar vicinity and lunar surface) and Mars", "lunar vicinity; lunar surface; Mars", "Moon and Mars"],
  ["confirms Mars as the common driving goal", "describes work in the lunar vicinity", "human missions to the lunar surface as steps towards Mars"], D2)
q("list", "Which two agencies co-lead the Space Resources Working Group created in June 2020?",
  ["LSA and CSA", "Luxembourg Space Agency and Canadian Space Agency"],
  ["A Space Resources Working Group (SRWG) is created, to be co-led by LSA and CSA."], D3)
q("list", "Who wrote the 2023 note comparing the Global Exploration Roadmap editions and supplements?",
  ["Marta Oliveira, Tobias Lindqvist and Aiko Tanabe", "Marta Oliveira; Tobias Lindqvist; Aiko Tanabe"],
  ["Marta Oliveira", "Tobias Lindqvist", "Aiko Tanabe"], D4)
q("list", "What did the agencies decide at the April 2012 meeting in Daejeon?",
  ["start work on a second edition of the Global Exploration Roadmap for summer 2013; prepare a paper on the benefits of space exploration; the Canadian Space Agency to take over the chair from JAXA that summer"],
  ["Work starts now on a second edition of the Global Exploration Roadmap",
   "The group will prepare a short paper explaining the benefits of space exploration",
   "The Canadian Space Agency will take over the chair from JAXA this summer."], D5)
# temporal (4)
q("temporal", "How long after the Daejeon meeting did the Canadian Space Agency take up the ISECG chair?",
  ["about two months", "just over two months", "a little more than two months (1 July 2012)"],
  ["24–25 April 2012", "since 1 July 2012 the Canadian Space Agency has held the chair"], [D5, D1])
q("temporal", "Which agency held the ISECG chair when the 2020 Lunar Surface Exploration Scenario Update supplement was released?",
  ["ASI", "Italian Space Agency", "the Italian Space Agency (ASI)"],
  ["2020-08 20 Lunar surface", "ASI will hand over the ISECG chair to JAXA with effect from 1 October 2020."], [D4, D3])
q("temporal", "About how many months after the virtual senior managers meeting of June 2020 was the 2020 lunar surface supplement released?",
  ["about two months", "two months", "2"],
  ["Summary Record of the virtual meeting of 24 June 2020", "2020-08 20 Lunar surface"], [D3, D4])
q("temporal", "How many years after the Global Exploration Strategy framework was published did ISECG gain its first member beyond the founding fourteen?",
  ["eight years", "8", "about eight years (2007 to 2015)"],
  ["which was published on 31 May 2007", "when the United Arab Emirates Space Agency joined as the group's fifteenth member"], [D1, D2])
# cross-doc (3)
q("cross-doc", "How many agencies joined ISECG between the Luxembourg Space Agency's admission in September 2018 and the virtual meeting of June 2020?",
  ["6", "six"], ["ISECG now counts 16 member agencies", "ISECG's membership now numbers twenty-two agencies"], [D2, D3])
q("cross-doc", "By how many agencies did ISECG's membership grow between the 2013 lecture notes and the June 2020 virtual meeting?",
  ["8", "eight", "by eight (from 14 to 22)"],
  ["At the time of writing the group has fourteen members", "ISECG's membership now numbers twenty-two agencies"], [D1, D3])
q("cross-doc", "The Daejeon meeting of 2012 started work on a new roadmap edition. When was that edition released, and how many agencies participated in it?",
  ["20 August 2013, with 12 participating agencies", "2013-08-20; 12 agencies", "August 2013, twelve agencies"],
  ["Work starts now on a second edition of the Global Exploration Roadmap", "GER, second edition 2013-08-20 12"], [D5, D4])
# no-answer (3)
q("no-answer", "Which agency held the ISECG chair when the third edition of the Global Exploration Roadmap was released in January 2018?",
  [], [], D2)
q("no-answer", "How many people attended the ISECG senior managers meeting in Matera in October 2018?", [], [], D2)
q("no-answer", "What budget was allocated to the Space Resources Working Group created in June 2020?", [], [], D3)

if __name__ == "__main__":
    with open(os.path.join(OUT, "kg_gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(OUT, "qa.jsonl"), "w", encoding="utf-8") as f:
        for x in Q:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(Q), Counter(x["kind"] for x in Q))
