"""Writes ../kg_gold.json and ../qa.jsonl for set ax."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
AR, TE, CH, LL, ED = ("isecg-annual-report-2015.pdf", "written-testimony-uksa-2012.pdf", "twg-charter-2019.pdf",
                      "online-meetings-lessons-learned-2021.pdf", "space-policy-editorial-2024.md")

documents = [
  {"file": AR, "title": "ISECG Annual Report 2015", "year": 2015, "type": "annual-report", "date": "2016-02-29"},
  {"file": TE, "title": "Written evidence submitted by the UK Space Agency (SEI 014)", "year": 2012, "type": "testimony", "date": "2012-11-09"},
  {"file": CH, "title": "Charter of the ISECG Technology Working Group (TWG)", "year": 2019, "type": "charter", "date": "2019-06-03"},
  {"file": LL, "title": "Meeting Apart: Lessons learned from eighteen months of online ISECG meetings, March 2020 – September 2021", "year": 2021, "type": "lessons-learned-report", "date": "2021-11"},
  {"file": ED, "title": "Editorial: A fourth map for a busier road", "year": 2024, "type": "editorial", "date": "2024-07"},
]

editions = [
  {"title": "The Global Exploration Strategy: The Framework for Coordination", "edition": "framework", "released": "2007-05", "released_exact": "2007-05-31"},
  {"title": "The Global Exploration Roadmap", "edition": "first", "released": "2011-09"},
  {"title": "The Global Exploration Roadmap", "edition": "second", "released": "2013-08", "released_exact": "2013-08-20", "replaces": "first"},
  {"title": "The Global Exploration Roadmap", "edition": "third", "released": "2018-01"},
  {"title": "Global Exploration Roadmap Supplement – Lunar Surface Exploration Scenario Update", "edition": "2020 supplement", "released": "2020-08"},
  {"title": "Global Exploration Roadmap Supplement", "edition": "2022 supplement", "released": "2022-10"},
  {"title": "The Global Exploration Roadmap", "edition": "fourth", "released": "2024-05", "released_exact": "2024-05-14",
   "replaces": ["third", "2020 supplement", "2022 supplement"]},
]

publications = [
  {"title": "ISECG Annual Report 2015", "publisher": "ISECG", "released": "2016-02-29", "note": "version 1.0, prepared by the ISECG Secretariat"},
  {"title": "ISECG Annual Report 2014", "publisher": "ISECG", "released": "2015-03"},
  {"title": "Written evidence submitted by the UK Space Agency (SEI 014)", "publisher": "UK Space Agency", "released": "2012-11-09"},
  {"title": "Global Exploration Technology Gap Assessment", "publisher": "ISECG Technology Working Group", "released": "2019-01"},
  {"title": "Terms of reference of the ISECG Technology Working Group (Revision 0)", "publisher": "ISECG", "released": "2011-04-12"},
  {"title": "Charter of the ISECG Technology Working Group (Revision 1)", "publisher": "ISECG Technology Working Group", "released": "2016-05-18", "note": "superseded by Revision 2"},
  {"title": "Charter of the ISECG Technology Working Group (Revision 2, ISECG-TWG-CH-003)", "publisher": "ISECG Technology Working Group", "released": "2019-06-03"},
  {"title": "Meeting Apart (ISECG Secretariat Report LL-2021-01)", "publisher": "ISECG Secretariat", "released": "2021-11"},
  {"title": "Editorial: A fourth map for a busier road (Orbital Policy Review, Vol. 19, Issue 3)", "publisher": "Orbital Policy Review", "released": "2024-07"},
]

def ev(name, date, host, place, participants, **kw):
    d = {"name": name, "date": date, "host": host, "place": place, "participants": participants}
    d.update(kw); return d

events = [
  ev("Release of the GES Framework for Coordination", "2007-05-31", None, None, 14, participants_note="14 agencies", document=TE),
  ev("First ISECG meeting", "2007-11", "DLR", "Berlin", None, document=TE),
  ev("BNSC succeeded by the UK Space Agency", "2010-04-01", None, None, None, announced="2010-03-23", document=TE),
  ev("Global Space Exploration Conference (GLEX 2012)", "2012-05-22", None, "Washington, D.C.", 600, end_date="2012-05-24",
     organiser="International Astronautical Federation", participants_note="some 600 delegates", document=TE),
  ev("ISECG Senior Managers meeting, Saint-Hubert", "2012-06-26", "CSA", "Saint-Hubert, Quebec (CSA headquarters)", 13,
     end_date="2012-06-27", participants_note="13 of the 14 agencies; CNSA absent", document=TE),
  ev("ISECG chair handover CSA to ESA", "2014-09-30", None, None, None, document=AR),
  ev("Joint plenary of the ISECG working groups", "2015-02-03", "JAXA", "Tokyo, Japan", 46, end_date="2015-02-05", document=AR),
  ev("Exploration Roadmap Working Group spring session", "2015-04-21", "NASA", "Washington, D.C., USA", 27, document=AR),
  ev("Technology Working Group workshop on the gap assessment method", "2015-06-16", "CSA", "Saint-Hubert, Quebec, Canada", 33, end_date="2015-06-18", document=AR),
  ev("ISECG Senior Managers' Meeting, Darmstadt", "2015-10-07", "ESA", "ESOC, Darmstadt, Germany", 31, participants_note="14 agencies", document=AR),
  ev("ISECG side meeting at the 66th International Astronautical Congress", "2015-10-11", "Israel Space Agency (ISA)", "Jerusalem, Israel", 19, document=AR),
  ev("Joint ERWG / Technology Working Group session", "2015-12-01", "CNES", "Paris, France", 40, end_date="2015-12-03", document=AR),
  ev("ISECG chair rotates from ESA to NASA", "2016-01-01", None, None, None, document=AR),
  ev("TWG meeting approving charter Revision 1", "2016-05-18", "JAXA", "Tsukuba", None, document=CH),
  ev("TWG meeting adopting charter Revision 2", "2019-06-03", "DLR", "Bremen", None, document=CH),
  ev("ISECG Senior Managers note the TWG charter", "2019-06-27", None, None, None, document=CH),
  ev("Senior Managers' meeting SM-20/1 (online)", "2020-03-12", "JAXA", None, 48, end_date="2020-03-13", agencies_present=17, document=LL),
  ev("Senior Managers' meeting SM-20/2 (online)", "2020-09-09", "JAXA", None, 61, agencies_present=23, document=LL),
  ev("Exploration Roadmap Working Group online workshop", "2020-11-18", "NASA", None, 42, agencies_present=15, document=LL),
  ev("ISECG chair handover JAXA to ASI", "2021-01-01", None, None, None, document=LL),
  ev("Technology Working Group plenary (online)", "2021-02-24", "NASA and JAXA", None, 55, agencies_present=19, document=LL),
  ev("Senior Managers' meeting SM-21/1 (online)", "2021-06-15", "ASI", None, 66, end_date="2021-06-16", agencies_present=24, document=LL),
  ev("Senior Managers' meeting SM-21/2 (online)", "2021-09-21", "ASI", None, 71, agencies_present=26, document=LL),
  ev("Posting of the fourth edition of the Global Exploration Roadmap", "2024-05-14", None, None, None, document=ED),
  ev("Creation of the Korea AeroSpace Administration (KASA)", "2024-05", None, None, None, document=ED),
]

def m(acr, name, country, since, status=None, **kw):
    d = {"agency_acronym": acr, "agency_name": name, "country": country, "since": since}
    if status: d["status"] = status
    d.update(kw); return d

memberships = [
  m("ASI", "Agenzia Spaziale Italiana (Italian Space Agency)", "Italy", 2007, "founding member"),
  m("CNES", "Centre National d'Etudes Spatiales", "France", 2007, "founding member"),
  m("CNSA", "China National Space Administration", "China", 2007, "founding member"),
  m("CSA", "Canadian Space Agency", "Canada", 2007, "founding member"),
  m("CSIRO", "Commonwealth Scientific and Industrial Research Organisation", "Australia", 2007, "founding member"),
  m("DLR", "German Aerospace Center", "Germany", 2007, "founding member"),
  m("ESA", "European Space Agency", "Europe", 2007, "founding member"),
  m("ISRO", "Indian Space Research Organisation", "India", 2007, "founding member"),
  m("JAXA", "Japan Aerospace Exploration Agency", "Japan", 2007, "founding member"),
  m("KARI", "Korea Aerospace Research Institute", "Republic of Korea", 2007, "founding member; replaced by KASA in 2024"),
  m("NASA", "National Aeronautics and Space Administration", "United States", 2007, "founding member"),
  m("Roscosmos", "Russian Federal Space Agency", "Russia", 2007, "founding member"),
  m("SSAU", "State Space Agency of Ukraine", "Ukraine", 2007, "founding member under its former name NSAU (National Space Agency of Ukraine)"),
  m("BNSC", "British National Space Centre", "United Kingdom", 2007, "founding member; succeeded by UKSA on 2010-04-01"),
  m("UKSA", "UK Space Agency", "United Kingdom", 2010, "took BNSC's seat", since_exact="2010-04-01"),
  m("UAESA", "United Arab Emirates Space Agency", "United Arab Emirates", 2015, "15th member, welcomed at the October 2015 Senior Managers' meeting"),
  m("LSA", "Luxembourg Space Agency", "Luxembourg", 2019),
  m("ROSA", "Romanian Space Agency", "Romania", 2019),
  m("ASA", "Australian Space Agency", "Australia", 2019),
  m("POLSA", "Polish Space Agency", "Poland", 2019),
  m("AEB", "Brazilian Space Agency", "Brazil", 2020),
  m("GISTDA", "Geo-Informatics and Space Technology Development Agency", "Thailand", 2020),
  m("KASA", "Korea AeroSpace Administration", "Republic of Korea", 2024, "in place of KARI since its creation in May 2024", since_month="2024-05"),
]

membership_counts = [
  {"date": "2007", "count": 14, "what": "agencies that set up ISECG / released the GES Framework"},
  {"date": "2012-11", "count": 14, "what": "ISECG participating agencies at the time of the UKSA written evidence"},
  {"date": "2015-12-31", "count": 15, "what": "ISECG members at the close of 2015 after UAESA joined"},
  {"date": "2021-09", "count": 26, "what": "ISECG member agencies at the 21 September 2021 meeting (all present)"},
  {"date": "2024-05", "count": 27, "what": "member agencies named in the fourth GER edition"},
]

G11 = ["ASI", "CNES", "CSA", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA", "NSAU", "Roscosmos", "UKSA"]
GES = ["ASI", "BNSC", "CNES", "CNSA", "CSA", "CSIRO", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA", "NSAU", "Roscosmos"]
authored_by = (
  [{"document": "ISECG Annual Report 2015", "file": AR, "agency": "ISECG Secretariat"},
   {"document": "Written evidence submitted by the UK Space Agency (SEI 014)", "file": TE, "agency": "UKSA"},
   {"document": "Charter of the ISECG Technology Working Group (TWG)", "file": CH, "agency": "ISECG Technology Working Group"},
   {"document": "Meeting Apart (ISECG Secretariat Report LL-2021-01)", "file": LL, "agency": "ISECG Secretariat"}]
  + [{"document": "Meeting Apart (ISECG Secretariat Report LL-2021-01)", "file": LL, "agency": a} for a in ["JAXA", "ASI", "NASA", "POLSA"]]
  + [{"document": "Editorial: A fourth map for a busier road", "file": ED, "agency": "Orbital Policy Review"}]
  + [{"document": "The Global Exploration Roadmap (first edition, 2011)", "file": None, "agency": a} for a in G11]
  + [{"document": "The Global Exploration Strategy: The Framework for Coordination", "file": None, "agency": a} for a in GES]
)

def p(name, aff, role): return {"name": name, "affiliation": aff, "role": role}
people = [
  p("Thomas Reiter", "ESA", "ESA Director of Human Spaceflight and Operations; ISECG Chair 2014–2015"),
  p("Kathy Laurini", "NASA", "ERWG co-chair (2015)"),
  p("Bernhard Hufenbach", "ESA", "ERWG co-chair (2015)"),
  p("Satoshi Hosoda", "JAXA", "Technology Working Group lead (2015); stepped down 2019-03-31"),
  p("Laura Kinsey", "NASA", "TWG deputy lead (2015); TWG co-chair (2019)"),
  p("Marie-Claude Williamson", "CSA", "Science Working Group chair (2015)"),
  p("Mark Fraser", "UKSA", "Strategic Communications Working Group lead (2015); UK representative since 2011"),
  p("Helen Marsh-Whitaker", "UKSA", "Head of Exploration and Space Science; author of written evidence SEI 014"),
  p("Simon Ashcroft", "UKSA", "UK representative on ERWG (since 2010) and TWG (since 2014)"),
  p("Kenji Otsuka", "JAXA", "TWG co-chair (2019)"),
  p("Paolo Ferri-Lanza", "ASI", "TWG representative"),
  p("Claire Vautrin", "CNES", "TWG representative"),
  p("Ross Delaney", "CSA", "TWG representative"),
  p("Anke Schäfer", "DLR", "TWG representative"),
  p("Pieter van Dorn", "ESA", "TWG representative"),
  p("Min-jung Park", "KARI", "TWG representative"),
  p("Fatima Al Marzouqi", "UAE Space Agency", "TWG representative"),
  p("Jean-Luc Weber", "LSA", "TWG representative"),
  p("Andrei Popescu", "ROSA", "TWG representative"),
  p("Rebecca Hale", "ASA", "TWG representative"),
  p("Aiko Tanabe", "JAXA", "author, lessons-learned report 2021 (affiliation 1)"),
  p("Marco Ferretti", "ASI", "author, lessons-learned report 2021 (affiliation 2)"),
  p("Rebecca Olsen", "NASA", "author, lessons-learned report 2021 (affiliation 3)"),
  p("Tomasz Nowicki", "POLSA", "author, lessons-learned report 2021 (affiliation 4)"),
  p("Miriam Castellanos", "Orbital Policy Review", "Editor-in-Chief; author of the 2024 editorial"),
]

chairs = [
  {"agency": "NASA", "period": "2012", "document": TE},
  {"agency": "CSA", "period": "one-year term until 2014-09-30", "document": AR},
  {"agency": "ESA", "period": "2014-09-30 to 2015-12-31", "document": AR},
  {"agency": "NASA", "period": "from 2016-01-01", "document": AR},
  {"agency": "JAXA", "period": "in March 2020 until 2020-12-31", "document": LL},
  {"agency": "ASI", "period": "from 2021-01-01 until end of 2022", "document": LL},
  {"agency": "NASA", "period": "2015", "group": "Exploration Roadmap Working Group", "person": "Kathy Laurini", "role": "co-chair"},
  {"agency": "ESA", "period": "2015", "group": "Exploration Roadmap Working Group", "person": "Bernhard Hufenbach", "role": "co-chair"},
  {"agency": "JAXA", "period": "2015 until 2019-03-31", "group": "Technology Working Group", "person": "Satoshi Hosoda", "role": "lead"},
  {"agency": "CSA", "period": "2015", "group": "Science Working Group", "person": "Marie-Claude Williamson", "role": "chair"},
  {"agency": "UKSA", "period": "2015", "group": "Strategic Communications Working Group", "person": "Mark Fraser", "role": "lead"},
  {"agency": "NASA", "period": "2019 (on adoption of Revision 2)", "group": "Technology Working Group", "person": "Laura Kinsey", "role": "co-chair"},
  {"agency": "JAXA", "period": "2019 (on adoption of Revision 2)", "group": "Technology Working Group", "person": "Kenji Otsuka", "role": "co-chair"},
]

def t(a, tech, doc): return {"agency": a, "technology": tech, "document": doc}
technology_work = [
  t("JAXA", "Global Exploration Technology Gap Assessment (joint lead with NASA)", AR),
  t("NASA", "Global Exploration Technology Gap Assessment (joint lead with JAXA)", AR),
  t("DLR", "radiation-protection chapter of the technology gap assessment", AR),
  t("CSA", "dexterous robotics for the lunar surface", AR),
  t("ESA", "European Service Module for NASA's Orion spacecraft", AR),
  t("UKSA", "americium-241 radioisotope power sources (at the National Nuclear Laboratory)", TE),
  t("UKSA", "ExoMars rover locomotion and autonomous navigation", TE),
  t("UKSA", "contribution to ESA's lunar lander study", TE),
  t("ISECG Technology Working Group", "Global Exploration Technology Gap Assessment and Critical Technology Needs", CH),
  t("NASA", "cryogenic fluid management", CH),
  t("ESA", "in-situ resource utilisation", CH),
  t("DLR", "radiation protection", CH),
  t("CSA", "lunar surface robotics", CH),
  t("NASA", "cryogenic fluid management", ED),
  t("ESA", "in-situ resource utilisation", ED),
  t("JAXA", "pressurised rover", ED),
]

mission_phases = [
  {"document": ED, "phase": 1, "name": "Return to the Moon", "start": 2025, "end": 2030},
  {"document": ED, "phase": 2, "name": "Sustained lunar exploration", "start": 2030, "period": "the 2030s"},
  {"document": ED, "phase": 3, "name": "Humans to Mars", "start": None, "period": "from the late 2030s into the 2040s"},
]

def mm(doc, kinds):
    out = []
    for kind, ents in kinds.items():
        out += [{"document": doc, "entity": e, "kind": kind} for e in ents]
    return out
mentions = (
  mm(AR, {"agency": ["ISECG", "ESA", "CSA", "NASA", "JAXA", "ASI", "CNES", "CNSA", "CSIRO", "DLR", "ISRO", "KARI", "Roscosmos", "SSAU", "NSAU", "UKSA", "BNSC", "UAESA", "ISA"],
          "destination": ["Moon", "Mars"], "spacecraft": ["European Service Module", "Orion"],
          "program": ["Global Exploration Roadmap", "Global Exploration Technology Gap Assessment"]})
  + mm(TE, {"agency": ["ISECG", "UKSA", "BNSC", "DLR", "ESA", "NASA", "CSA", "CNSA", "ASI", "CNES", "CSIRO", "ISRO", "JAXA", "KARI", "NSAU", "Roscosmos", "International Astronautical Federation", "National Nuclear Laboratory"],
            "destination": ["Mars", "low Earth orbit"], "program": ["Global Exploration Roadmap", "Asteroid Next", "Moon Next"],
            "mission": ["ExoMars"], "technology": ["americium-241 radioisotope power sources"]})
  + mm(CH, {"agency": ["ISECG", "NASA", "JAXA", "DLR", "ASI", "CNES", "CSA", "ESA", "KARI", "UKSA", "UAE Space Agency", "LSA", "ROSA", "ASA"],
            "program": ["Global Exploration Roadmap", "Global Exploration Technology Gap Assessment"],
            "technology": ["cryogenic fluid management", "in-situ resource utilisation", "radiation protection", "lunar surface robotics"]})
  + mm(LL, {"agency": ["ISECG", "JAXA", "ASI", "NASA", "POLSA", "AEB", "GISTDA"],
            "destination": ["lunar surface"], "program": ["Global Exploration Roadmap supplement 2020"]})
  + mm(ED, {"agency": ["ISECG", "KASA", "KARI", "NASA", "ESA", "JAXA"],
            "destination": ["Moon", "lunar south pole", "Mars", "Phobos", "Deimos", "low Earth orbit", "cislunar space", "asteroids"],
            "spacecraft": ["Gateway", "International Space Station"],
            "program": ["Global Exploration Roadmap"],
            "technology": ["cryogenic fluid management", "in-situ resource utilisation", "pressurised rover"]})
)

gold = {"split": "heldout-new", "documents": documents, "editions": editions, "publications": publications, "events": events,
        "memberships": memberships, "membership_counts": membership_counts, "authored_by": authored_by, "people": people,
        "chairs": chairs, "technology_work": technology_work, "mission_phases": mission_phases, "mentions": mentions}
json.dump(gold, open(os.path.join(OUT, "kg_gold.json"), "w"), ensure_ascii=False, indent=2)

Q = []
def q(question, answer, evidence, doc, kind):
    Q.append({"id": "ax-%02d" % (len(Q) + 1), "question": question, "answer": answer, "evidence": evidence, "doc": doc, "kind": kind})

# fact (10)
q("Which agency hosted the joint plenary of ISECG's working groups held in Tokyo in February 2015?", ["JAXA", "Japan Aerospace Exploration Agency"],
  ["3–5 February 2015 Joint plenary of the ISECG working groups", "Tokyo, Japan JAXA 46"], [AR], "fact")
q("Under what earlier name was Ukraine's space agency counted among ISECG's 2007 founders?", ["National Space Agency of Ukraine", "NSAU"],
  ["Listed among the 2007 founders under its former name, National Space Agency of Ukraine (NSAU)."], [AR], "fact")
q("According to the UK Space Agency's 2012 written evidence, on what date was the replacement of the BNSC by the new agency announced?",
  ["23 March 2010", "2010-03-23", "March 23, 2010"], ["The change was announced on 23 March 2010 and took effect on 1 April 2010."], [TE], "fact")
q("In which city did ISECG hold its very first meeting?", ["Berlin"], ["The group's first meeting was held in Berlin in November 2007"], [TE], "fact")
q("Which agency held the ISECG chair in 2012, according to the UK written evidence?", ["NASA", "National Aeronautics and Space Administration"],
  ["For 2012 it is held by NASA"], [TE], "fact")
q("Which member agency failed to send anyone to the Senior Managers' meeting in Saint-Hubert in June 2012?", ["CNSA", "China National Space Administration"],
  ["Only the China National Space Administration did not send a delegate to the Saint-Hubert meeting."], [TE], "fact")
q("Who is the Romanian Space Agency's representative on the Technology Working Group?", ["Andrei Popescu", "Dr. Andrei Popescu"],
  ["(ROSA) Dr. Andrei Popescu"], [CH], "fact")
q("When did Satoshi Hosoda leave his post at the head of the Technology Working Group?", ["31 March 2019", "2019-03-31", "March 31, 2019"],
  ["Dr. Otsuka succeeds Satoshi Hosoda, who stepped down on 31 March 2019."], [CH], "fact")
q("Which organisation is Tomasz Nowicki, co-author of the report on online meetings, affiliated with?", ["Polish Space Agency", "POLSA"],
  ["Tomasz Nowicki4", "4 Polish Space Agency (POLSA), Warsaw, Poland"], [LL], "fact")
q("Which body now represents South Korea in ISECG instead of KARI?", ["Korea AeroSpace Administration", "KASA"],
  ["the Korea AeroSpace Administration (KASA) represents the Republic of Korea in ISECG, in place of KARI"], [ED], "fact")
# count (5)
q("How many agencies belonged to ISECG at the end of 2015?", ["15", "fifteen"], ["At the close of 2015, therefore, 15 agencies took part in ISECG."], [AR], "count")
q("How many people were in the room at the October 2015 Senior Managers' meeting in Darmstadt?", ["31", "thirty-one"],
  ["ESOC, Darmstadt, Germany ESA 31 (14 agencies)"], [AR], "count")
q("How many agencies prepared the first edition of the Global Exploration Roadmap, according to the UK written evidence?", ["12", "twelve"],
  ["prepared by twelve of the participating agencies"], [TE], "count")
q("How many agencies were taking part in the Technology Working Group when its 2019 charter was adopted?", ["13", "thirteen"],
  ["Thirteen agencies take part in the TWG on the date of adoption."], [CH], "count")
q("How many participants were connected to the Senior Managers' online meeting of 21 September 2021?", ["71", "seventy-one"],
  ["21 September 2021 Senior Managers' meeting", "ASI, as chair 26 71"], [LL], "count")
# list (5)
q("Who co-chaired the Exploration Roadmap Working Group in 2015?", ["Kathy Laurini and Bernhard Hufenbach", "Kathy Laurini (NASA); Bernhard Hufenbach (ESA)"],
  ["co-chaired by Kathy Laurini of NASA and Bernhard Hufenbach of ESA"], [AR], "list")
q("Which agencies taking part in the Technology Working Group became ISECG members in 2019?",
  ["Luxembourg Space Agency, Romanian Space Agency and Australian Space Agency", "LSA, ROSA, ASA"],
  ["Mr. Jean-Luc Weber 2019 2019", "Dr. Andrei Popescu 2019 2019", "ASA – Australian Space Agency Dr. Rebecca Hale 2019 2019"], [CH], "list")
q("Which earlier roadmap documents does the fourth edition of the GER replace?",
  ["the third edition (January 2018), the Lunar Surface Exploration Scenario Update (August 2020) and the GER Supplement (October 2022)",
   "third edition; 2020 supplement; 2022 supplement"],
  ["The new roadmap supersedes the third edition, which came out in January 2018.", "Lunar Surface Exploration Scenario Update", "issued in October 2022"], [ED], "list")
q("What destinations does the 2024 roadmap cover, according to the editorial?",
  ["low Earth orbit, cislunar space and the Gateway, the lunar surface, Mars and its moons", "low Earth orbit; cislunar space; lunar surface; Mars (Phobos and Deimos)"],
  ["The destinations will look familiar: low Earth orbit", "cislunar space and the Gateway; the lunar surface, with the south polar region first; and Mars, with its moons Phobos and Deimos as possible stepping stones"], [ED], "list")
q("Which agencies do the four authors of the online-meetings report work for?", ["JAXA, ASI, NASA and POLSA", "JAXA; Italian Space Agency; NASA; Polish Space Agency"],
  ["1 Japan Aerospace Exploration Agency (JAXA), Tsukuba, Japan", "2 Agenzia Spaziale Italiana (ASI), Rome, Italy", "3 NASA Headquarters, Washington, D.C., USA", "4 Polish Space Agency (POLSA), Warsaw, Poland"], [LL], "list")
# temporal (4)
q("In October 2015, which came first: the Senior Managers' meeting in Darmstadt or ISECG's side meeting at the IAC in Jerusalem?",
  ["the Darmstadt meeting", "Darmstadt (7 October 2015)"], ["7 October 2015 ISECG Senior Managers' Meeting", "11 Oct. 2015 Side meeting at the 66th International Astronautical Congress"], [AR], "temporal")
q("How long after the first online Senior Managers' meeting did the second one take place?", ["about six months", "6 months", "180 days", "181 days"],
  ["12–13 March 2020 Senior Managers' meeting", "2020-09-09 Senior Managers' meeting"], [LL], "temporal")
q("Before the June 2019 revision, when had the Technology Working Group's charter last been revised?", ["18 May 2016", "2016-05-18", "18.05.2016"],
  ["This revision supersedes the charter of 18 May 2016 (Revision 1).", "1 18.05.2016 Two co-chairs instead of a single chair"], [CH], "temporal")
q("How many years separate the third edition of the Global Exploration Roadmap from the fourth?", ["6", "six years", "about six years"],
  ["The new roadmap supersedes the third edition, which came out in January 2018.", "posted the fourth edition of the GER on 14 May 2024"], [ED], "temporal")
# cross-doc (3)
q("By how many agencies had ISECG's membership grown between the end of 2015 and the September 2021 Senior Managers' meeting?", ["11", "eleven", "from 15 to 26"],
  ["At the close of 2015, therefore, 15 agencies took part in ISECG.", "the September 2021 meeting reached 26, every member agency then in ISECG"], [AR, LL], "cross-doc")
q("The 2012 UK evidence says the Canadian Space Agency was ready to take over the ISECG chair in 2013. When did CSA pass the chair on, and to which agency?",
  ["30 September 2014, to ESA", "to the European Space Agency on 30 September 2014", "2014-09-30, ESA"],
  ["the Canadian Space Agency has indicated that it is ready to take it over in the course of 2013", "The Canadian Space Agency handed the chair to ESA on 30 September 2014"], [TE, AR], "cross-doc")
q("Which agency both led the Technology Working Group in 2015 and held the ISECG chair when the Senior Managers first met by video?", ["JAXA", "Japan Aerospace Exploration Agency"],
  ["Leadership of the Technology Working Group lay with JAXA", "Instead, JAXA, which held the ISECG chair at the time, convened them by video on 12 and 13 March 2020."], [AR, LL], "cross-doc")
# no-answer (3)
q("In what year did the Israel Space Agency become a member of ISECG?", [], [], [AR], "no-answer")
q("Which videoconferencing platform did ISECG use for its online meetings in 2020 and 2021?", [], [], [LL], "no-answer")
q("How much money does the UK Space Agency spend on the americium-241 power source work?", [], [], [TE], "no-answer")

assert len(Q) == 30
with open(os.path.join(OUT, "qa.jsonl"), "w") as f:
    for x in Q: f.write(json.dumps(x, ensure_ascii=False) + "\n")
print("ok", {k: len(v) for k, v in gold.items() if isinstance(v, list)})
