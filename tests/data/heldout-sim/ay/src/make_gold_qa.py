"""Writes kg_gold.json and qa.jsonl for set ay."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
AR = "isecg-annual-report-2008.pdf"
MEMO = "memo-heads-of-agencies-2017.pdf"
COMP = "lunar-exploration-plans-compendium-2020.pdf"
REV = "external-review-working-methods-2016.pdf"
COR = "corrigendum-ger-supplement-2023.md"

documents = [
    {"file": AR, "title": "ISECG Annual Report 2008", "year": 2008, "type": "annual-report", "date": "2009-03-27"},
    {"file": MEMO, "title": "Memorandum to Heads of Agencies: Lunar contributions in the third edition of the Global Exploration Roadmap",
     "year": 2017, "type": "memorandum", "date": "2017-11-20"},
    {"file": COMP, "title": "Compendium of Agency Lunar Exploration Plans", "year": 2020, "type": "compendium", "date": "2020-10-15"},
    {"file": REV, "title": "An External Review of the Working Methods of the International Space Exploration Coordination Group",
     "year": 2016, "type": "review-report", "date": "2016-06-30"},
    {"file": COR, "title": "Corrigendum \u2014 Global Exploration Roadmap Supplement, October 2022", "year": 2023, "type": "corrigendum",
     "date": "2023-02-16"},
]

editions = [
    {"title": "The Global Exploration Strategy: The Framework for Coordination", "edition": "framework", "released": "2007-05", "released_exact": "2007-05-31"},
    {"title": "The Global Exploration Roadmap", "edition": "first", "released": "2011-09"},
    {"title": "The Global Exploration Roadmap", "edition": "second", "released": "2013-08"},
    {"title": "The Global Exploration Roadmap", "edition": "third", "released": "2018-01", "note": "planned for January 2018 in the 2017 memo; replaces the second edition"},
    {"title": "Global Exploration Roadmap Supplement \u2013 Lunar Surface Exploration Scenario Update", "edition": "2020 supplement", "released": "2020-08"},
    {"title": "Global Exploration Roadmap Supplement \u2013 Lunar Surface Exploration Scenario Update", "edition": "2022 supplement", "released": "2022-10",
     "note": "version 1.0; corrected version 1.1 replaces it after the corrigendum of 2023-02-16; updates the 2020 supplement"},
]

publications = [
    {"title": "ISECG Annual Report 2008", "publisher": "ISECG", "released": "2009-03-27", "note": "version 1.0, issued by the ISECG Secretariat"},
    {"title": "ISECG Annual Report 2007", "publisher": "ISECG", "released": "2008-03", "note": "first annual report; release agreed at the Paris meeting for before end of March 2008"},
    {"title": "ISECG Terms of Reference", "publisher": "ISECG", "released": "2008-03", "note": "adopted at the Paris meeting, 13-14 March 2008"},
    {"title": "Benefits Stemming from Space Exploration", "publisher": "ISECG", "released": "2013-09"},
    {"title": "An External Review of the Working Methods of the International Space Exploration Coordination Group", "publisher": "ESPI / George Washington University / Keio University review team", "released": "2016-06-30"},
    {"title": "Memorandum ISECG-CH-2017-014", "publisher": "ISECG Chair (CNES)", "released": "2017-11-20"},
    {"title": "Compendium of Agency Lunar Exploration Plans", "publisher": "ISECG Secretariat", "released": "2020-10-15"},
    {"title": "Corrigendum \u2014 Global Exploration Roadmap Supplement, October 2022", "publisher": "ISECG Secretariat", "released": "2023-02-16"},
]

events = [
    {"name": "Release of the GES Framework for Coordination", "date": "2007-05-31", "host": None, "place": None, "participants": 14},
    {"name": "Inaugural ISECG meeting, Berlin", "date": "2007-11-06", "end_date": "2007-11-07", "host": "DLR", "place": "Berlin, Germany", "participants": None},
    {"name": "Second ISECG meeting, Paris (Terms of Reference adopted; SCWG set up)", "date": "2008-03-13", "end_date": "2008-03-14", "host": "CNES", "place": "Paris, France (CNES headquarters)", "participants": 13},
    {"name": "Third ISECG meeting, Montr\u00e9al (IAWG created; joint human lunar exploration study agreed)", "date": "2008-07-09", "end_date": "2008-07-10", "host": "CSA", "place": "Montr\u00e9al, Canada", "participants": 12},
    {"name": "Joint ISECG briefing on the Global Exploration Strategy at the 59th International Astronautical Congress", "date": "2008-10-01", "host": None, "place": "Glasgow", "participants": None},
    {"name": "First IAWG technical workshop", "date": "2008-10-21", "end_date": "2008-10-23", "host": "ESA", "place": "ESTEC, Noordwijk, The Netherlands", "participants": 10},
    {"name": "Launch of Chandrayaan-1", "date": "2008-10-22", "host": "ISRO", "place": None, "participants": None},
    {"name": "Fourth ISECG meeting, Bengaluru (chair rotation to NASA decided)", "date": "2008-12-03", "end_date": "2008-12-04", "host": "ISRO", "place": "Bengaluru, India", "participants": 11},
    {"name": "ISECG chair handover CSA to ESA", "date": "2014-09-30", "host": None, "place": None, "participants": None},
    {"name": "ISECG senior managers meeting, Darmstadt (external review requested)", "date": "2015-10-07", "host": None, "place": "Darmstadt", "participants": None},
    {"name": "External review questionnaire sent to member agencies", "date": "2016-02-01", "end_date": "2016-03-11", "host": None, "place": None, "participants": 15, "participants_note": "sent to 15 agencies; 13 answered"},
    {"name": "CNES takes over the ISECG chair from ESA", "date": "2017-03-01", "host": None, "place": None, "participants": None},
    {"name": "ISECG senior managers meeting, Adelaide", "date": "2017-09-24", "host": "CSIRO", "place": "Adelaide, Australia", "participants": 13},
    {"name": "68th International Astronautical Congress opens", "date": "2017-09-25", "host": None, "place": "Adelaide, Australia", "participants": None},
    {"name": "Second International Space Exploration Forum (ISEF2)", "date": "2018-03-03", "host": "Government of Japan", "place": "Tokyo", "participants": None},
    {"name": "Compendium questionnaire sent to member agencies", "date": "2020-06-08", "host": None, "place": None, "participants": 24, "participants_note": "19 replied"},
    {"name": "ISECG senior managers virtual meeting", "date": "2020-09-09", "host": None, "place": None, "participants": 23},
    {"name": "Launch of Danuri (KPLO)", "date": "2022-08-04", "host": "KARI", "place": None, "participants": None},
    {"name": "ISECG senior managers meeting, Paris, during the 73rd International Astronautical Congress", "date": "2022-09-21", "host": "CNES", "place": "Paris", "participants": 20},
    {"name": "Written procedure approving the corrections closes", "date": "2023-02-10", "host": None, "place": None, "participants": None},
]

founders = [
    ("ASI", "Italian Space Agency", "Italy"), ("BNSC", "British National Space Centre", "United Kingdom"),
    ("CNES", "Centre National d'\u00c9tudes Spatiales", "France"), ("CNSA", "China National Space Administration", "China"),
    ("CSA", "Canadian Space Agency", "Canada"), ("CSIRO", "Commonwealth Scientific and Industrial Research Organisation", "Australia"),
    ("DLR", "German Aerospace Center", "Germany"), ("ESA", "European Space Agency", "Europe"),
    ("ISRO", "Indian Space Research Organisation", "India"), ("JAXA", "Japan Aerospace Exploration Agency", "Japan"),
    ("KARI", "Korea Aerospace Research Institute", "Republic of Korea"), ("NASA", "National Aeronautics and Space Administration", "United States"),
    ("NSAU", "National Space Agency of Ukraine", "Ukraine"), ("Roscosmos", "Russian Federal Space Agency", "Russia"),
]
memberships = [{"agency_acronym": a, "agency_name": n, "country": c, "since": 2007, "status": "founding member"} for a, n, c in founders]
memberships += [
    {"agency_acronym": "UKSA", "agency_name": "UK Space Agency", "country": "United Kingdom", "since": 2010, "since_exact": "2010-04", "status": "took over the seat of BNSC"},
    {"agency_acronym": "SSAU", "agency_name": "State Space Agency of Ukraine", "country": "Ukraine", "since": None, "status": "NSAU renamed in 2010"},
    {"agency_acronym": "UAE Space Agency", "agency_name": "United Arab Emirates Space Agency", "country": "United Arab Emirates", "since": 2015, "status": "15th member"},
    {"agency_acronym": "LSA", "agency_name": "Luxembourg Space Agency", "country": "Luxembourg", "since": 2019},
    {"agency_acronym": "AEB", "agency_name": "Brazilian Space Agency", "country": "Brazil", "since": 2020, "status": "newest member in 2020"},
    {"agency_acronym": "ISA", "agency_name": "Israel Space Agency", "country": "Israel", "since": 2021, "since_exact": "2021-10", "status": "corrected from 'since 2022'"},
    {"agency_acronym": "HSC", "agency_name": "Hellenic Space Center", "country": "Greece", "since": 2021},
]

membership_counts = [
    {"date": "2007-05", "count": 14, "what": "agencies that released the GES Framework"},
    {"date": "2007-11", "count": 14, "what": "agencies constituting ISECG in Berlin"},
    {"date": "2008-12-31", "count": 14, "what": "ISECG participating agencies at end of 2008"},
    {"date": "2010-04", "count": 14, "what": "members after UKSA took over BNSC's seat"},
    {"date": "2015", "count": 15, "what": "members after UAE Space Agency joined"},
    {"date": "2016-06", "count": 15, "what": "members at the time of the external review"},
    {"date": "2017-11", "count": 15, "what": "participating agencies (2017 memo)"},
    {"date": "2020-08", "count": 24, "what": "member agencies (compendium fact box)"},
    {"date": "2022-10", "count": 27, "what": "member agencies when the 2022 Supplement appeared (corrected from 25)"},
]

authored_by = [
    {"document": "ISECG Annual Report 2008", "file": AR, "agency": "ISECG"},
    {"document": "Memorandum to Heads of Agencies (ISECG-CH-2017-014)", "file": MEMO, "agency": "CNES", "person": "Marguerite Dulac", "note": "ISECG Chair"},
    {"document": "Compendium of Agency Lunar Exploration Plans", "file": COMP, "agency": "ISECG", "note": "ISECG Secretariat"},
    {"document": "Compendium of Agency Lunar Exploration Plans", "file": COMP, "agency": "ESA", "person": "Rosa Inkster", "note": "editor"},
    {"document": "Compendium of Agency Lunar Exploration Plans", "file": COMP, "agency": "JAXA", "person": "Daichi Kurosawa", "note": "editor"},
    {"document": "An External Review of the Working Methods of the International Space Exploration Coordination Group", "file": REV, "agency": "European Space Policy Institute (ESPI)", "person": "Ingrid Solheim"},
    {"document": "An External Review of the Working Methods of the International Space Exploration Coordination Group", "file": REV, "agency": "Space Policy Institute, George Washington University", "person": "Marcus T. Ellery"},
    {"document": "An External Review of the Working Methods of the International Space Exploration Coordination Group", "file": REV, "agency": "Keio University", "person": "Aiko Tanabe"},
    {"document": "An External Review of the Working Methods of the International Space Exploration Coordination Group", "file": REV, "agency": "European Space Policy Institute (ESPI)", "person": "Pierre-Luc Gagnon"},
    {"document": "Corrigendum \u2014 Global Exploration Roadmap Supplement, October 2022", "file": COR, "agency": "ISECG", "note": "ISECG Secretariat"},
]

people = [
    {"name": "Walter D\u00f6llinger", "affiliation": "DLR", "role": "ISECG Chair 2007\u20132008"},
    {"name": "Raymond K. Ostrander", "affiliation": "NASA", "role": "incoming ISECG Chair for 2009"},
    {"name": "Anke Rosendahl", "affiliation": "ESA", "role": "head of the ISECG Secretariat (2008)"},
    {"name": "Henrik Vanderlinden", "affiliation": "ESA", "role": "IAWG co-lead"},
    {"name": "Carla M. Bertucci", "affiliation": "NASA", "role": "IAWG co-lead"},
    {"name": "Sophie Lamarque", "affiliation": "CNES", "role": "SCWG lead"},
    {"name": "Marguerite Dulac", "affiliation": "CNES", "role": "ISECG Chair (2017); author of the memorandum"},
    {"name": "Jonathan Reyes-Whitfield", "affiliation": "NASA", "role": "ERWG co-chair (2017)"},
    {"name": "Kenji Morimoto", "affiliation": "JAXA", "role": "ERWG co-chair (2017)"},
    {"name": "Rosa Inkster", "affiliation": "ESA (ISECG Secretariat)", "role": "compendium editor"},
    {"name": "Daichi Kurosawa", "affiliation": "JAXA", "role": "compendium editor"},
    {"name": "Ingrid Solheim", "affiliation": "European Space Policy Institute (ESPI), Vienna", "role": "author, external review"},
    {"name": "Marcus T. Ellery", "affiliation": "Space Policy Institute, George Washington University", "role": "author, external review"},
    {"name": "Aiko Tanabe", "affiliation": "Graduate School of System Design and Management, Keio University", "role": "author, external review"},
    {"name": "Pierre-Luc Gagnon", "affiliation": "European Space Policy Institute (ESPI), Vienna", "role": "author, external review"},
    {"name": "Jun Sat\u014d", "affiliation": "JAXA", "role": "editor, 2022 GER Supplement"},
    {"name": "Claire Moreau", "affiliation": "CNES", "role": "editor, 2022 GER Supplement"},
]

chairs = [
    {"agency": "DLR", "period": "from the Berlin inaugural meeting (2007-11) through 2008", "person": "Walter D\u00f6llinger"},
    {"agency": "NASA", "period": "2009 (rotation decided 2008-12)", "person": "Raymond K. Ostrander"},
    {"agency": "CSA", "period": "during the preparation of the second roadmap edition (before 2014-09-30)"},
    {"agency": "ESA", "period": "2014-09-30 to 2017-03-01"},
    {"agency": "CNES", "period": "from 2017-03-01 until the senior managers meeting of spring 2018", "person": "Marguerite Dulac"},
    {"agency": "JAXA", "period": "2020"},
]

cols = ["Deep Space Gateway (cislunar habitat)", "robotic lunar orbiters", "robotic landers and rovers", "lunar sample return", "surface science and ISRU"]
grid = {"NASA": "LCCCL", "ESA": "C-CLC", "JAXA": "C-LCC", "CSA": "C-CC-", "Roscosmos": "CCL-C", "CNSA": "-CLL-",
        "ISRO": "-LC--", "KARI": "-L---", "ASI": "C---C", "DLR": "--C-C"}
technology_work = []
for ag, marks in grid.items():
    for c, m in zip(cols, marks):
        if m in "LC":
            technology_work.append({"agency": ag, "technology": c, "role": "lead" if m == "L" else "contributing", "document": MEMO})
technology_work += [
    {"agency": "ESA", "technology": "HERACLES human-enhanced robotic lunar architecture (sample return), with JAXA and CSA", "role": "lead", "document": MEMO},
    {"agency": "JAXA", "technology": "SLIM precision-landing demonstrator", "role": "lead", "document": MEMO},
    {"agency": "NASA", "technology": "Constellation programme lunar architecture studies", "document": AR},
    {"agency": "ESA", "technology": "Phase A study of a lunar lander precursor for precision landing", "document": AR},
    {"agency": "CSA", "technology": "exploration surface mobility and robotic arm technologies for lunar rovers", "document": AR},
    {"agency": "JAXA", "technology": "large pressurised rover (with Toyota)", "document": COMP},
    {"agency": "ESA", "technology": "European Large Logistics Lander (EL3)", "document": COMP},
    {"agency": "CSA", "technology": "artificial-intelligence-based robotics (Canadarm3)", "document": COMP},
    {"agency": "NASA", "technology": "fission surface power", "document": COMP},
    {"agency": "ISECG", "technology": "technology development map (Technology Working Group, created 2012)", "document": REV},
]

mission_phases = [
    {"document": COMP, "phase": 1, "name": "Robotic precursors", "start": 2020, "end": 2023},
    {"document": COMP, "phase": 2, "name": "Human return", "start": 2024},
    {"document": COMP, "phase": 3, "name": "Sustained lunar presence", "start": 2028},
]

def m(doc, kind, names):
    return [{"document": doc, "entity": n, "kind": kind} for n in names]
mentions = []
mentions += m(AR, "agency", ["ISECG"] + [a for a, _, _ in founders])
mentions += m(AR, "destination", ["Moon", "Mars", "near-Earth asteroids"])
mentions += m(AR, "mission", ["Chandrayaan-1", "Kaguya (SELENE)", "Chang'e-1", "Lunar Reconnaissance Orbiter"])
mentions += m(AR, "program", ["Constellation", "Global Exploration Strategy"])
mentions += m(MEMO, "agency", ["ISECG", "CNES", "ESA", "NASA", "JAXA", "CSA", "Roscosmos", "CNSA", "ISRO", "KARI", "ASI", "DLR", "CSIRO", "SSAU", "UKSA", "UAE Space Agency", "BNSC"])
mentions += m(MEMO, "spacecraft", ["Deep Space Gateway", "SLIM", "Korea Pathfinder Lunar Orbiter (KPLO)"])
mentions += m(MEMO, "program", ["HERACLES", "International Space Exploration Forum (ISEF2)"])
mentions += m(MEMO, "destination", ["Moon", "cislunar space"])
mentions += m(MEMO, "technology", ["ISRU"])
mentions += m(COMP, "agency", ["ISECG", "CNSA", "NASA", "Roscosmos", "ISRO", "JAXA", "KARI", "UAE Space Agency", "MBRSC", "ESA", "CSA", "AEB"])
mentions += m(COMP, "mission", ["Chang'e 5", "Artemis I", "Luna 25", "Chandrayaan-3", "SLIM", "KPLO", "Emirates Lunar Mission", "VIPER", "LUPEX", "Chang'e 6", "Artemis III", "PROSPECT", "Luna 27"])
mentions += m(COMP, "spacecraft", ["Gateway", "Power and Propulsion Element", "HALO", "Canadarm3", "Rashid rover", "HAKUTO-R", "Orion", "Space Launch System", "European Large Logistics Lander (EL3)"])
mentions += m(COMP, "destination", ["Moon", "lunar south pole", "Mons R\u00fcmker", "Shioli crater", "Boguslawsky crater", "South Pole\u2013Aitken basin", "near-rectilinear halo orbit (NRHO)", "Lacus Somniorum"])
mentions += m(COMP, "technology", ["in-situ resource utilisation (ISRU)", "fission surface power", "pressurised rover"])
mentions += m(REV, "agency", ["ISECG", "CSA", "ESA", "UKSA", "BNSC", "NSAU", "SSAU", "UAE Space Agency", "European Space Policy Institute (ESPI)"])
mentions += m(REV, "program", ["Global Exploration Strategy", "Global Exploration Roadmap"])
mentions += m(COR, "agency", ["ISECG", "ESA", "CNES", "KARI", "JAXA", "Israel Space Agency", "Hellenic Space Center", "Luxembourg Space Agency"])
mentions += m(COR, "spacecraft", ["Danuri (Korea Pathfinder Lunar Orbiter)"])
mentions += m(COR, "destination", ["Moon"])

gold = {"split": "heldout-new", "documents": documents, "editions": editions, "publications": publications, "events": events,
        "memberships": memberships, "membership_counts": membership_counts, "authored_by": authored_by, "people": people,
        "chairs": chairs, "technology_work": technology_work, "mission_phases": mission_phases, "mentions": mentions}
json.dump(gold, open(os.path.join(OUT, "kg_gold.json"), "w"), indent=1, ensure_ascii=False)

Q = []
def q(kind, question, answer, evidence, doc):
    Q.append({"id": "ay-%02d" % (len(Q) + 1), "question": question, "answer": answer, "evidence": evidence, "doc": doc, "kind": kind})

# fact (10)
q("fact", "Which agency provided the venue for ISECG's July 2008 gathering in Canada?", ["CSA", "Canadian Space Agency"],
  ["The third meeting took place in Montréal, Canada, on 2008-07-09/10, hosted by the Canadian Space Agency."], [AR])
q("fact", "At which university does Aiko Tanabe, one of the external reviewers, work?", ["Keio University", "Keio University, Graduate School of System Design and Management"],
  ["Aiko Tanabe3", "3 Graduate School of System Design and Management, Keio University, Yokohama, Japan"], [REV])
q("fact", "What is the name of the ESA-led lunar sample return architecture mentioned in the notes to the 2017 contributions table?", ["HERACLES"],
  ["HERACLES, the ESA-led human-enhanced robotic lunar architecture, with JAXA and CSA contributions."], [MEMO])
q("fact", "Where on the Moon is JAXA's SLIM meant to touch down according to the 2020 compendium?", ["Shioli crater", "Shioli crater, near Mare Nectaris"],
  ["Shioli crater, near Mare Nectaris"], [COMP])
q("fact", "Whose lander is supposed to carry the UAE's Rashid rover to the Moon?", ["ispace", "ispace's HAKUTO-R lander", "HAKUTO-R"],
  ["it is to fly on the HAKUTO-R lander of the Japanese company ispace."], [COMP])
q("fact", "In the compendium, what does the abbreviation HALO expand to?", ["Habitation and Logistics Outpost"],
  ["HALO – Habitation and Logistics Outpost"], [COMP])
q("fact", "Who was in charge of the ISECG Secretariat in 2008?", ["Anke Rosendahl", "Anke Rosendahl (ESA)"],
  ["It is headed by Anke Rosendahl of ESA."], [AR])
q("fact", "After correction, which agency is given as the host of the senior managers' meeting in Paris on 21 September 2022?", ["CNES", "Centre National d'Études Spatiales", "the French space agency"],
  ["at the invitation of CNES", "The French space agency, CNES, hosted it; ESA was a participant."], [COR])
q("fact", "What reference number was given to the Chair's memorandum of November 2017?", ["ISECG-CH-2017-014"],
  ["Reference: ISECG-CH-2017-014"], [MEMO])
q("fact", "What share of member agencies answered the external review's questionnaire?", ["87%", "87 per cent", "13 of 15"],
  ["Thirteen agencies answered, a response rate of 87 per cent."], [REV])
# count (5)
q("count", "How many agencies sent delegations to the March 2008 ISECG meeting in Paris?", ["13", "thirteen"],
  ["CNES welcomed the group to its Paris headquarters on 13–14 March 2008.", "Delegations from thirteen agencies took part; only CNSA was unable to attend."], [AR])
q("count", "How many individuals did the external review team interview?", ["22", "twenty-two"],
  ["We also interviewed 22 people"], [REV])
q("count", "How many space agencies belonged to ISECG when the October 2022 Supplement came out, once the error was fixed?", ["27", "twenty-seven"],
  ["ISECG now brings together 27 space agencies", "The correct figure when the Supplement appeared was twenty-seven."], [COR])
q("count", "From how many agencies did the Secretariat receive answers to the questionnaire behind the 2020 lunar compendium?", ["19", "nineteen"],
  ["Nineteen agencies returned the questionnaire on which it is based."], [COMP])
q("count", "In the 2017 memo's table, how many agencies are marked as lead for robotic landers and rovers?", ["3", "three"],
  ["JAXA C – Lb C C", "Roscosmos C C L – C", "CNSA – C L L –", "L = lead agency for the element"], [MEMO])
# list (5)
q("list", "Which working groups did ISECG create during 2008?", ["International Architecture Working Group and Strategic Communications Working Group", "IAWG; SCWG"],
  ["International Architecture Working Group (IAWG).", "Strategic Communications Working Group (SCWG)."], [AR])
q("list", "Which ISECG working groups were active when the 2016 review was carried out?", ["ERWG, IAWG, Technology Working Group, Strategic Communications Working Group"],
  ["Four working groups were active at the time of the review: ERWG,", "IAWG, the Technology Working Group and the Strategic Communications Working Group."], [REV])
q("list", "Which participating agencies had no lunar element recorded for the third roadmap edition?", ["CNES, CSIRO, SSAU, UKSA and the UAE Space Agency"],
  ["(CNES, CSIRO, SSAU, UKSA, UAE Space Agency) reported no lunar element for the third edition."], [MEMO])
q("list", "Which missions in the compendium's table are planned for launch in 2022?", ["SLIM, KPLO and the Emirates Lunar Mission (Rashid rover)", "SLIM; Korea Pathfinder Lunar Orbiter; Emirates Lunar Mission"],
  ["2022 Shioli crater, near Mare Nectaris", "2022 Polar lunar orbit at about 100 km altitude", "2022 Near-side mid-latitude site, Lacus Somniorum"], [COMP])
q("list", "Who wrote the 2016 external review of ISECG's working methods?", ["Ingrid Solheim, Marcus T. Ellery, Aiko Tanabe and Pierre-Luc Gagnon"],
  ["Ingrid Solheim1, Marcus T. Ellery2, Aiko Tanabe3 and Pierre-Luc Gagnon1"], [REV])
# temporal (4)
q("temporal", "How many months separate the Paris meeting that set up the communications group from the meeting that created the architecture group?", ["4", "four months", "about four months"],
  ["CNES welcomed the group to its Paris headquarters on 13–14 March 2008.", "Set up in Paris in March 2008", "Created by the Montréal meeting of July 2008"], [AR])
q("temporal", "For roughly how long had ESA been chair when CNES took over in 2017?", ["about two and a half years", "2.5 years", "29 months", "from September 2014 to March 2017"],
  ["CNES took over the rotating chair of ISECG from the European Space Agency on 1 March 2017; ESA had held it since September 2014."], [MEMO])
q("temporal", "How many years after ISECG's founding did its membership first rise above fourteen?", ["8", "eight years", "in 2015"],
  ["Fourteen agencies founded it in 2007; eight years later the group had fifteen members.", "2015 United Arab Emirates Space Agency joins 15"], [REV])
q("temporal", "By how much was the publication date of the first Supplement off in the original 2022 text?", ["one year", "1 year", "a year"],
  ["the first Supplement, published in August 2021", "the first Supplement, published in August 2020", "came out in August 2020, not a year later"], [COR])
# cross-doc (3)
q("cross-doc", "Which agency held the ISECG chair during the group's first full year, and which one held it when the memorandum on lunar contributions was sent?", ["DLR, then CNES", "German Aerospace Center in 2008; CNES in November 2017"],
  ["I have had the honour of serving as Chair on behalf of DLR throughout 2008.", "From: Marguerite Dulac, ISECG Chair (CNES)"], [AR, MEMO])
q("cross-doc", "By how many agencies had ISECG grown between the end of 2008 and the appearance of the October 2022 Supplement?", ["13", "thirteen"],
  ["so at 31 December 2008 ISECG still counted 14 participating agencies.", "ISECG now brings together 27 space agencies"], [AR, COR])
q("cross-doc", "The 2017 memo gives a planned year for the Korea Pathfinder Lunar Orbiter; by how many years had that date moved by the time of the 2020 compendium?", ["2", "two years", "from 2020 to 2022"],
  ["Korea Pathfinder Lunar Orbiter (KPLO), planned for 2020", "2022 Polar lunar orbit at about 100 km altitude"], [MEMO, COMP])
# no-answer (3)
q("no-answer", "How much did ISECG pay for the 2016 external review?", [], [], [REV])
q("no-answer", "Which agency hosted the virtual senior managers meeting of 9 September 2020?", [], [], [COMP])
q("no-answer", "On what date did the Strategic Communications Working Group hold its first meeting?", [], [], [AR])

assert len(Q) == 30
with open(os.path.join(OUT, "qa.jsonl"), "w") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
print("ok", {k: len(v) for k, v in gold.items() if isinstance(v, list)})
