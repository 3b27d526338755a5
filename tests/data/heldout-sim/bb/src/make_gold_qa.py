"""Write kg_gold.json and qa.jsonl for held-out set bb (layout of corpus-multi)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

AR = "isecg-annual-report-2012.pdf"
TG = "isecg-technology-gap-assessment-summary-2019.pdf"
IAC = "iac-2015-coordinating-lunar-exploration.pdf"
FS = "ger-fourth-edition-fact-sheet-2024.pdf"
PR = "isecg-plenary-press-release-2023.md"

documents = [
    {"file": AR, "title": "ISECG Annual Report 2012", "year": 2012, "type": "annual-report"},
    {"file": TG, "title": "Closing the Gaps: Summary of the 2019 Technology Gap Assessment for Lunar and Mars Exploration",
     "year": 2019, "type": "technology-assessment"},
    {"file": IAC, "title": "Coordinating lunar exploration among space agencies: a phased scenario for shared missions (IAC-15-A3.1.7)",
     "year": 2015, "type": "conference-paper"},
    {"file": FS, "title": "The Global Exploration Roadmap — Fourth Edition (fact sheet)", "year": 2024, "type": "fact-sheet"},
    {"file": PR, "title": "Space agencies admit a new member and pass the ISECG chair to Italy", "year": 2023,
     "type": "press-release"},
]

editions = [
    {"title": "The Global Exploration Strategy: The Framework for Coordination", "edition": "framework", "released": "2007-05"},
    {"title": "The Global Exploration Roadmap", "edition": "first", "released": "2011-09"},
    {"title": "The Global Exploration Roadmap", "edition": "second", "released": "2013-08"},
    {"title": "The Global Exploration Roadmap", "edition": "third", "released": "2018-01"},
    {"title": "The Global Exploration Roadmap", "edition": "fourth", "released": "2024-10", "released_exact": "2024-10-15",
     "place": "Milan, Italy (75th International Astronautical Congress)", "replaces": "third edition (January 2018)",
     "updates": ["supplement of August 2020 (lunar surface exploration scenario)", "supplement of 2022"],
     "contributing_agencies": 26, "prepared_by": "Exploration Roadmap Working Group"},
    {"title": "Global Exploration Roadmap supplement (lunar surface exploration scenario)", "edition": "2020 supplement",
     "released": "2020-08"},
    {"title": "Global Exploration Roadmap supplement", "edition": "2022 supplement", "released": "2022"},
]

publications = [
    {"title": "ISECG Annual Report 2012", "publisher": "ISECG Secretariat", "released": "2013-03"},
    {"title": "Closing the Gaps: Summary of the 2019 Technology Gap Assessment for Lunar and Mars Exploration",
     "publisher": "ISECG Technology Working Group", "released": "2019-11"},
    {"title": "Coordinating lunar exploration among space agencies: a phased scenario for shared missions",
     "publisher": "66th International Astronautical Congress (IAC-15-A3.1.7)", "released": "2015-10"},
]

events = [
    {"name": "ISECG senior managers meeting (chair passes from NASA to JAXA)", "date": "2011-11", "host": None,
     "place": None, "participants": None},
    {"name": "ISECG senior managers meeting, Noordwijk", "date": "2012-02-07", "end_date": "2012-02-08", "host": "ESA",
     "place": "Noordwijk, Netherlands", "participants": 12},
    {"name": "ISECG senior managers meeting, Washington (alongside GLEX 2012)", "date": "2012-05-21", "host": "NASA",
     "place": "Washington, DC", "participants": 14},
    {"name": "ISECG senior managers meeting, Naples (alongside the 63rd IAC)", "date": "2012-09-30", "host": "ASI",
     "place": "Naples, Italy", "participants": 13},
    {"name": "ISECG senior managers meeting, Tokyo", "date": "2012-12-04", "end_date": "2012-12-05", "host": "JAXA",
     "place": "Tokyo", "participants": 11},
    {"name": "Global Space Exploration Conference (GLEX)", "date": "2012-05", "host": None, "place": "Washington",
     "participants": None},
    {"name": "63rd International Astronautical Congress", "date": "2012-10", "host": None, "place": "Naples",
     "participants": None},
    {"name": "66th International Astronautical Congress", "date": "2015-10-12", "end_date": "2015-10-16", "host": None,
     "place": "Jerusalem, Israel", "participants": None},
    {"name": "2019 technology gap assessment (Technology Working Group questionnaire)", "date": "2019-03",
     "end_date": "2019-10", "host": None, "place": None, "participants": 16,
     "participants_note": "agencies that returned the questionnaire"},
    {"name": "Technology gap assessment workshop, Tsukuba", "date": "2019-09-02", "end_date": "2019-09-03", "host": None,
     "place": "Tsukuba Space Center, Japan", "participants": None},
    {"name": "ISECG plenary (DLR takes the chair)", "date": "2021-10", "host": None, "place": None, "participants": None},
    {"name": "ISECG annual plenary, Rome", "date": "2023-11-14", "end_date": "2023-11-15", "host": "ASI",
     "place": "Rome, Italy (ASI headquarters)", "participants": 24, "participants_note": "delegations of space agencies"},
    {"name": "Release of the Global Exploration Roadmap, fourth edition", "date": "2024-10-15", "host": None,
     "place": "Milan, Italy (75th International Astronautical Congress)", "participants": None},
]

def m(acr, name, country, since, **kw):
    d = {"agency_acronym": acr, "agency_name": name, "country": country, "since": since}
    d.update(kw)
    return d

memberships = [
    m("ASI", "Agenzia Spaziale Italiana", "Italy", 2007, agency_name_alt="Italian Space Agency"),
    m("CNES", "Centre National d'Etudes Spatiales", "France", 2007),
    m("CNSA", "China National Space Administration", "People's Republic of China", 2007),
    m("CSA", "Canadian Space Agency", "Canada", 2007),
    m("CSIRO", "Commonwealth Scientific and Industrial Research Organisation", "Australia", 2007),
    m("DLR", "Deutsches Zentrum für Luft- und Raumfahrt", "Germany", 2007, agency_name_alt="German Aerospace Center"),
    m("ESA", "European Space Agency", "European member states", 2007),
    m("ISRO", "Indian Space Research Organisation", "India", 2007),
    m("JAXA", "Japan Aerospace Exploration Agency", "Japan", 2007),
    m("KARI", "Korea Aerospace Research Institute", "Republic of Korea", 2007),
    m("NASA", "National Aeronautics and Space Administration", "United States of America", 2007),
    m("NSAU", "National Space Agency of Ukraine", "Ukraine", 2007),
    m("Roscosmos", "Russian Federal Space Agency", "Russian Federation", 2007),
    m("BNSC", "British National Space Centre", "United Kingdom", 2007,
      status="held the UK seat until 2010-04-01, replaced by UKSA"),
    m("UKSA", "UK Space Agency", "United Kingdom", 2010, since_exact="2010-04-01",
      status="replaced BNSC; the United Kingdom has taken part since 2007",
      agency_name_alt="United Kingdom Space Agency"),
    m("UAE Space Agency", "United Arab Emirates Space Agency", "United Arab Emirates", 2015, status="15th member"),
    m("LSA", "Luxembourg Space Agency", "Luxembourg", 2019),
    m("PhilSA", "Philippine Space Agency", "Philippines", 2023, since_exact="2023-11-14",
      status="admitted at the Rome plenary; 27th member"),
]

membership_counts = [
    {"date": "2007", "count": 14, "what": "agencies that founded ISECG / wrote the Global Exploration Strategy"},
    {"date": "2012-12-31", "count": 14, "what": "ISECG member agencies at the end of 2012"},
    {"date": "2015", "count": 15, "what": "ISECG members after the UAE Space Agency was welcomed"},
    {"date": "2021-10..2023-11", "count": 7, "what": "growth of membership during DLR's chairmanship"},
    {"date": "2023-11", "count": 27, "what": "ISECG member agencies after PhilSA was admitted"},
    {"date": "2024-10", "count": 27, "what": "ISECG member agencies at release of the fourth roadmap edition"},
]

def ab(doc, file, agencies):
    return [{"document": doc, "file": file, "agency": a} for a in agencies]

authored_by = (
    ab("ISECG Annual Report 2012", AR, ["ISECG Secretariat"])
    + ab("Closing the Gaps: Summary of the 2019 Technology Gap Assessment", TG,
         ["ASI", "JAXA", "NASA", "ISECG Technology Working Group"])
    + ab("IAC-15-A3.1.7", IAC, ["ESA", "NASA", "JAXA", "CNES"])
    + ab("The Global Exploration Roadmap — Fourth Edition (fact sheet)", FS, ["ISECG"])
    + ab("The Global Exploration Roadmap, fourth edition", None, ["Exploration Roadmap Working Group"])
    + ab("Space agencies admit a new member and pass the ISECG chair to Italy", PR, ["ISECG Secretariat"])
)

people = [
    {"name": "Kazuhiro Nishimura", "affiliation": "JAXA",
     "role": "JAXA Executive Director for human space activities; chaired ISECG meetings in 2012 on behalf of JAXA"},
    {"name": "Patricia Whitcombe", "affiliation": "NASA", "role": "lead, Exploration Roadmap Working Group (2012)"},
    {"name": "Martin Keller", "affiliation": "ESA", "role": "lead, International Architecture Working Group (2012)"},
    {"name": "Sophie Lambert", "affiliation": "CNES", "role": "lead, International Objectives Working Group (2012)"},
    {"name": "Marc-André Gagnon", "affiliation": "CSA", "role": "lead, Strategic Communications Working Group (2012)"},
    {"name": "Elena Marchetti", "affiliation": "ASI", "role": "author 1, 2019 technology gap assessment summary"},
    {"name": "Takeshi Ozawa", "affiliation": "JAXA", "role": "author 2, 2019 technology gap assessment summary"},
    {"name": "Rebecca Lindqvist", "affiliation": "NASA", "affiliation_detail": "NASA Glenn Research Center, Cleveland, Ohio",
     "role": "author 3, 2019 technology gap assessment summary"},
    {"name": "Anna Kowalczyk", "affiliation": "ESA", "role": "author IAC-15-A3.1.7"},
    {"name": "Robert T. Haines", "affiliation": "NASA", "affiliation_detail": "Johnson Space Center",
     "role": "co-author IAC-15-A3.1.7"},
    {"name": "Satoshi Maeda", "affiliation": "JAXA", "affiliation_detail": "JAXA Space Exploration Center, Sagamihara",
     "role": "co-author IAC-15-A3.1.7"},
    {"name": "Claire Dubois", "affiliation": "CNES", "affiliation_detail": "Toulouse", "role": "co-author IAC-15-A3.1.7"},
    {"name": "Jonas Fischer", "affiliation": "ESA", "affiliation_detail": "ESTEC, Noordwijk",
     "role": "co-author IAC-15-A3.1.7"},
    {"name": "Ramon Villanueva", "affiliation": "PhilSA", "role": "Deputy Director General; represented PhilSA in Rome 2023"},
    {"name": "Katrin Vogt", "affiliation": "DLR", "role": "outgoing ISECG chair (2021-10 to 2023-11)"},
    {"name": "Giorgio Santangelo", "affiliation": "ASI",
     "role": "ASI director for human spaceflight and exploration; ISECG chair from 2023-11-15"},
]

chairs = [
    {"agency": "NASA", "period": "until the senior managers meeting of November 2011"},
    {"agency": "JAXA", "period": "from the senior managers meeting of November 2011, throughout 2012",
     "person": "Kazuhiro Nishimura"},
    {"agency": "CSA", "period": "from the first meeting of 2013 (agreed at the close of 2012)"},
    {"agency": "DLR", "period": "from the plenary of October 2021 until 2023-11-15", "person": "Katrin Vogt"},
    {"agency": "ASI", "period": "from 2023-11-15 until the plenary of 2025", "person": "Giorgio Santangelo"},
]

# Working-group leads are kept apart from ISECG chairs (extra key, not in corpus-multi).
working_group_leads = [
    {"group": "Exploration Roadmap Working Group (ERWG)", "agency": "NASA", "person": "Patricia Whitcombe", "year": 2012},
    {"group": "International Architecture Working Group (IAWG)", "agency": "ESA", "person": "Martin Keller", "year": 2012},
    {"group": "International Objectives Working Group (IOWG)", "agency": "CNES", "person": "Sophie Lambert", "year": 2012,
     "since": 2011},
    {"group": "Strategic Communications Working Group (SCWG)", "agency": "CSA", "person": "Marc-André Gagnon", "year": 2012},
]

gaps = [
    (1, "Long-duration cryogenic propellant storage and transfer", "NASA", ["ESA", "JAXA"], 2026),
    (2, "Oxygen extraction from lunar regolith", "ESA", ["LSA", "CSA", "NASA"], 2028),
    (3, "Dust mitigation for seals, mechanisms and suits", "JAXA", ["NASA", "KARI"], 2025),
    (4, "Precision landing and hazard avoidance", "DLR", ["CNES", "ISRO", "ESA"], 2024),
    (5, "Power generation and storage to survive the lunar night", "NASA", ["UKSA", "ASI"], 2027),
    (6, "Pressurised surface mobility", "JAXA", ["DLR", "CSA"], 2029),
    (7, "Dexterous robotics and autonomous operations", "CSA", ["ASI", "DLR", "UKSA"], 2026),
    (8, "High-rate optical communications between Moon and Earth", "ASI", ["CNES", "ESA"], 2025),
]
technology_work = []
for no, gap, lead, contrib, year in gaps:
    technology_work.append({"agency": lead, "technology": gap, "document": TG, "role": "lead", "gap": no,
                            "target_year": year})
    for a in contrib:
        technology_work.append({"agency": a, "technology": gap, "document": TG, "role": "contributing", "gap": no,
                                "target_year": year})

mission_phases = [
    {"document": IAC, "phase": 1, "name": "Robotic precursors and ISS utilisation", "start": 2016, "end": 2020},
    {"document": IAC, "phase": 2, "name": "Human missions in cislunar space", "start": 2021, "end": 2027},
    {"document": IAC, "phase": 3, "name": "Human return to the lunar surface", "start": 2028, "end": 2034},
    {"document": IAC, "phase": 4, "name": "Sustained lunar exploration and Mars preparation", "start": 2035},
]

def mn(doc, kind, *ents):
    return [{"document": doc, "entity": e, "kind": kind} for e in ents]

mentions = (
    mn(AR, "agency", "ISECG", "ASI", "CNES", "CNSA", "CSA", "CSIRO", "DLR", "ESA", "ISRO", "JAXA", "KARI", "NASA",
       "NSAU", "Roscosmos", "UKSA", "BNSC", "ISECG Secretariat", "Exploration Roadmap Working Group",
       "International Architecture Working Group", "International Objectives Working Group",
       "Strategic Communications Working Group")
    + mn(AR, "destination", "Moon", "near-Earth asteroids", "Mars", "low Earth orbit")
    + mn(AR, "program", "Global Exploration Roadmap", "Global Exploration Strategy", "Global Space Exploration Conference",
         "International Astronautical Congress")
    + mn(TG, "agency", "ISECG", "ISECG Technology Working Group", "ASI", "JAXA", "NASA", "ESA", "LSA", "CSA", "KARI",
         "DLR", "CNES", "ISRO", "UKSA")
    + mn(TG, "destination", "Moon", "Mars")
    + mn(TG, "program", "Global Exploration Roadmap")
    + mn(TG, "technology", "cryogenic propellant storage and transfer", "oxygen extraction from lunar regolith",
         "dust mitigation", "precision landing and hazard avoidance", "lunar-night power",
         "pressurised surface mobility", "dexterous robotics", "optical communications")
    + mn(IAC, "agency", "ISECG", "ESA", "NASA", "JAXA", "CNES", "United Arab Emirates Space Agency",
         "Exploration Roadmap Working Group")
    + mn(IAC, "destination", "Moon", "cislunar space", "Mars", "lunar surface")
    + mn(IAC, "spacecraft", "International Space Station", "Orion")
    + mn(IAC, "program", "Global Exploration Roadmap", "Global Exploration Strategy", "International Astronautical Congress")
    + mn(FS, "agency", "ISECG", "Exploration Roadmap Working Group", "ISECG Secretariat")
    + mn(FS, "destination", "low Earth orbit", "Moon", "Mars")
    + mn(FS, "spacecraft", "International Space Station")
    + mn(FS, "program", "Global Exploration Roadmap", "International Astronautical Congress")
    + mn(PR, "agency", "ISECG", "ISECG Secretariat", "ASI", "PhilSA", "DLR", "Exploration Roadmap Working Group")
    + mn(PR, "program", "Global Exploration Roadmap")
)

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
    "working_group_leads": working_group_leads,
    "technology_work": technology_work,
    "mission_phases": mission_phases,
    "mentions": mentions,
}

Q = []

def q(question, answer, evidence, doc, kind):
    Q.append({"question": question, "answer": answer, "evidence": evidence,
              "doc": doc if isinstance(doc, list) else [doc], "kind": kind})

# fact (10)
q("Which agency held the ISECG chair during 2012?",
  ["JAXA", "Japan Aerospace Exploration Agency"],
  ["It was held throughout 2012 by the Japan Aerospace Exploration Agency"], AR, "fact")
q("In which city did the Italian Space Agency host an ISECG meeting in 2012?",
  ["Naples", "Naples, Italy"],
  ["30 Sept. 2012 Naples, Italy ASI 13"], AR, "fact")
q("On what date did the UK Space Agency take over the United Kingdom's seat from the British National Space Centre?",
  ["1 April 2010", "2010-04-01", "April 1, 2010"],
  ["held by the British National Space Centre (BNSC) until 1 April 2010, when the UK Space Agency replaced BNSC"],
  AR, "fact")
q("Who led the International Objectives Working Group in 2012, and for which agency?",
  ["Sophie Lambert, CNES", "Sophie Lambert (CNES)"],
  ["CNES has led this group since 2011, with Sophie Lambert as its lead"], AR, "fact")
q("In the 2019 technology gap assessment, which agency leads the work on pressurised surface mobility, and by what target year?",
  ["JAXA, 2029", "JAXA (target year 2029)"],
  ["6 Pressurised surface mobility JAXA DLR, CSA 2029"], TG, "fact")
q("Where does the third author of the 2019 technology gap assessment summary work?",
  ["NASA Glenn Research Center, Cleveland, Ohio", "NASA Glenn Research Center"],
  ["Rebecca Lindqvist", "NASA Glenn Research Center, Cleveland, Ohio, USA"], TG, "fact")
q("What does the acronym LSA stand for in the 2019 technology gap assessment summary?",
  ["Luxembourg Space Agency"],
  ["LSA – Luxembourg Space Agency"], TG, "fact")
q("When and where was the fourth edition of the Global Exploration Roadmap presented?",
  ["15 October 2024 in Milan, Italy, at the 75th International Astronautical Congress", "15 October 2024, Milan",
   "2024-10-15, Milan"],
  ["The fourth edition was presented on 15 October 2024 in Milan, Italy, during the 75th International Astronautical Congress."],
  FS, "fact")
q("Which agency was admitted to ISECG at the November 2023 plenary in Rome?",
  ["Philippine Space Agency", "PhilSA", "the Philippine Space Agency (PhilSA)"],
  ["the plenary admitted the Philippine Space Agency (PhilSA) to membership"], PR, "fact")
q("Which organisation and site is Satoshi Maeda affiliated with in the IAC-15 paper on coordinating lunar exploration?",
  ["JAXA Space Exploration Center, Sagamihara", "Japan Aerospace Exploration Agency (JAXA), Sagamihara", "JAXA"],
  ["Satoshi Maeda", "3 Japan Aerospace Exploration Agency, JAXA Space Exploration Center, Sagamihara, Japan"],
  IAC, "fact")

# count (5)
q("How many times did ISECG's senior managers meet in 2012?",
  ["4", "four"], ["Senior managers of the member agencies met four times."], AR, "count")
q("How many agencies were represented at the December 2012 ISECG meeting in Tokyo?",
  ["11", "eleven"], ["4/5 December 2012 Tokyo JAXA 11"], AR, "count")
q("How many agencies returned the Technology Working Group's questionnaire for the 2019 gap assessment?",
  ["16", "sixteen"], ["Sixteen agencies returned the questionnaire"], TG, "count")
q("How many space agencies contributed to the fourth edition of the Global Exploration Roadmap?",
  ["26", "twenty-six"], ["CONTRIBUTING AGENCIES 26 space agencies contributed to the text and the scenario."], FS, "count")
q("How many delegations took part in the ISECG plenary held in Rome in November 2023?",
  ["24", "twenty-four"],
  ["Delegations from twenty-four space agencies gathered at the headquarters of the Italian Space Agency (ASI) in Rome"],
  PR, "count")

# list (5)
q("Which ISECG working groups were active in 2012?",
  ["Exploration Roadmap Working Group; International Architecture Working Group; International Objectives Working Group; Strategic Communications Working Group",
   "ERWG, IAWG, IOWG and SCWG"],
  ["Exploration Roadmap Working Group (ERWG)", "International Architecture Working Group (IAWG)",
   "International Objectives Working Group (IOWG)", "Strategic Communications Working Group (SCWG)"], AR, "list")
q("Which agencies contribute to the gap on oxygen extraction from lunar regolith in the 2019 assessment, besides the lead?",
  ["LSA, CSA and NASA", "Luxembourg Space Agency, Canadian Space Agency, NASA"],
  ["2 Oxygen extraction from lunar regolith ESA LSA, CSA, NASA 2028"], TG, "list")
q("What are the phases of the lunar scenario proposed in the IAC-15 paper on coordinating lunar exploration?",
  ["Robotic precursors and ISS utilisation; Human missions in cislunar space; Human return to the lunar surface; Sustained lunar exploration and Mars preparation"],
  ["Robotic precursors and ISS utilisation", "Human missions in cislunar space", "Human return to the lunar surface",
   "Sustained lunar exploration and Mars preparation"], IAC, "list")
q("Which destinations does the fourth edition of the Global Exploration Roadmap cover, according to its fact sheet?",
  ["low Earth orbit, the Moon (orbit and surface) and Mars", "low Earth orbit; Moon; Mars"],
  ["Low Earth orbit The Moon, in orbit and on the surface Mars"], FS, "list")
q("Which agencies are the authors of the IAC-15 paper on coordinating lunar exploration affiliated with?",
  ["ESA, NASA, JAXA and CNES", "European Space Agency, NASA, Japan Aerospace Exploration Agency, Centre National d'Etudes Spatiales"],
  ["1 European Space Agency, ESTEC, Keplerlaan 1, 2201 AZ Noordwijk, The Netherlands",
   "2 National Aeronautics and Space Administration, Johnson Space Center, Houston, Texas, United States",
   "3 Japan Aerospace Exploration Agency, JAXA Space Exploration Center, Sagamihara, Japan",
   "4 Centre National d'Etudes Spatiales, Toulouse, France"], IAC, "list")

# temporal (4)
q("Which 2012 ISECG meeting took place immediately before the meeting in Naples?",
  ["the Washington, DC meeting of 21 May 2012 hosted by NASA", "Washington, DC (2012-05-21)", "Washington"],
  ["2012-05-21 Washington, DC NASA 14", "30 Sept. 2012 Naples, Italy ASI 13"], AR, "temporal")
q("Which technology gap in the 2019 assessment has the earliest target year?",
  ["Precision landing and hazard avoidance (2024)", "precision landing and hazard avoidance"],
  ["4 Precision landing and hazard avoidance DLR CNES, ISRO, ESA 2024", "The earliest target concerns landing"],
  TG, "temporal")
q("In the IAC-15 scenario, how many years after the start of the cislunar phase would crews return to the lunar surface?",
  ["7", "seven years", "seven (2021 to 2028)"],
  ["2 Human missions in cislunar space 2021–2027", "3 Human return to the lunar surface 2028–2034"], IAC, "temporal")
q("Which agency chaired ISECG just before the Italian Space Agency took over in November 2023, and since when?",
  ["DLR, since the plenary of October 2021", "German Aerospace Center (DLR), from October 2021"],
  ["The German Aerospace Center (DLR), which had chaired the group since the plenary of October 2021, passed the role to ASI."],
  PR, "temporal")

# cross-doc (3)
q("How many more member agencies did ISECG have after the November 2023 plenary than at the end of 2012?",
  ["13", "thirteen (27 versus 14)"],
  ["At 31 December 2012 the group had 14 member agencies.", "ISECG now counts 27 member agencies"], [AR, PR], "cross-doc")
q("The agency that hosted the 2023 ISECG plenary leads which gap in the 2019 technology gap assessment?",
  ["High-rate optical communications between Moon and Earth", "optical communications (ASI, target 2025)"],
  ["ASI hosted the two-day meeting", "8 High-rate optical communications between Moon and Earth ASI CNES, ESA 2025"],
  [PR, TG], "cross-doc")
q("By how many agencies had ISECG's membership grown between 2015, when the UAE Space Agency joined, and the release of the fourth roadmap edition?",
  ["12", "twelve (from 15 to 27)"],
  ["to fifteen members: the United Arab Emirates Space Agency was welcomed in 2015",
   "ISECG MEMBERSHIP 27 member agencies at the time of release."], [IAC, FS], "cross-doc")

# no-answer (3)
q("What was the annual budget of the ISECG Secretariat in 2012?", [], [], AR, "no-answer")
q("Which agency will host the ISECG plenary of 2024?", [], [], PR, "no-answer")
q("How many pages long is the fourth edition of the Global Exploration Roadmap?", [], [], FS, "no-answer")

assert len(Q) == 30
for i, item in enumerate(Q, 1):
    item_id = {"id": f"bb-{i:02d}"}
    item_id.update(item)
    Q[i - 1] = item_id

(OUT / "kg_gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
with open(OUT / "qa.jsonl", "w", encoding="utf-8") as f:
    for item in Q:
        f.write(json.dumps(item, ensure_ascii=False) + "\n")
print("gold:", {k: len(v) for k, v in gold.items() if isinstance(v, list)})
from collections import Counter
print("qa:", Counter(x["kind"] for x in Q))
