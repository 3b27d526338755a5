"""Probes for technology work and phases (round 16): a table of missions by agency is no technology work; "lead work
on" and "reports work on" are work verbs, and an object may hold a possessive ("the gateway's propulsion elements");
a later clause with a subject of its own ("...; CSA presented its robotics work") is that subject's, reported speech
("The TWG noted that CNES is working on ...") its own clause's; "has begun studies of"; "AGENCY – work" items the page
text ran together on one line; "X's contribution, an airlock module, ..."; interfaces, test benches, heat sources and
"regolith-to-oxygen research" are work; a phase told as a numbered list's item ("2. Phase 2 – Human lunar surface"
with its period wrapped below).  NEGATIVE: "lead to higher costs", an item after a dash read as a verb ("Roscosmos –
advanced life support"), "Local organisation was provided by ESA", a list of people and their agencies."""

from __future__ import annotations

import pytest

from isecg_kg.kg.evaluate_corpus import _start_ok

MISSION_TABLES = [
    "5. Near-term robotic missions\nMission Agency Target / launch\nChandrayaan-2 orbiter, lander and rover ISRO Moon, 2018\n"
    "Luna-25 Roscosmos Moon, 2019\nExoMars rover ESA Mars, 2020\nDates may change.",
    "| Mission | Agency | Status |\n|---|---|---|\n| Chang'e-7 | CNSA | in study |\n| Luna-27 | Roscosmos, ESA | planned |\n",
]


@pytest.mark.parametrize("text", MISSION_TABLES, ids=["plain", "pipe"])
def test_a_table_of_missions_by_agency_is_no_technology_work(extract, text):
    assert not extract(text, year=2018).works_on()


def test_a_table_of_elements_by_agency_is_still_work(extract):
    r = extract("Element Agency Status\nLunar cargo tug ESA In study\nPressurised rover JAXA In development\nNotes follow.")
    assert ("esa", "Lunar cargo tug") in r.works_on()


@pytest.mark.parametrize(("text", "pair"), [
    ("NASA and ESA lead work on the gateway's propulsion and habitation elements.",
     ("esa", "gateway's propulsion and habitation elements")),
    ("NASA and ESA lead work on the gateway's propulsion and habitation elements.",
     ("nasa", "gateway's propulsion and habitation elements")),
    ("KARI reports work on lunar landing technologies.", ("kari", "lunar landing technologies")),
    ("CNES led development of the rover's drilling system.", ("cnes", "rover's drilling system")),
    ("JAXA leads work on the thermal-control fluid interface and on the airlock.", ("jaxa", "thermal-control fluid interface")),
    ("ESA's contribution, an airlock module, was announced in May.", ("esa", "airlock module")),
    ("The Canadian Space Agency's main contribution, a robotic arm, flies in 2027.", ("csa", "robotic arm")),
    ("DLR showed its lunar dust test bench.", ("dlr", "lunar dust test bench")),
    ("CNES presented a thermal vacuum test rig.", ("cnes", "thermal vacuum test rig")),
    ("The Italian Space Agency reported on a compact heat source for the lunar night.", ("asi", "compact heat source")),
    ("The UK Space Agency presented regolith-to-oxygen research funded with ESA.", ("uksa", "regolith-to-oxygen research")),
    ("The TWG recorded that DLR is working on closed-loop life support, and that KARI has begun studies of lunar "
     "surface power.", ("kari", "lunar surface power")),
    ("ESA started a study of dust mitigation for suits.", ("esa", "dust-mitigation")),
])
def test_work_in_prose(extract, text, pair):
    agency, words = pair
    assert any(a == agency and words in label for a, label in extract(text).works_on())


@pytest.mark.parametrize("text", [
    "JAXA reported work on precision landing; DLR described studies of life support; CSA presented its dexterous "
    "robotics work; ESA outlined cryogenic propulsion research.",
    "NASA develops surface habitats; CSA showed dexterous robotics for the station.",
])
def test_a_later_clause_with_its_own_subject_is_that_subjects(extract, text):
    pairs = extract(text).works_on()
    assert ("csa", "id/tech/autonomous-systems-and-robotics") in pairs
    assert not any(a in {"dlr", "nasa"} and label == "id/tech/autonomous-systems-and-robotics" for a, label in pairs)


@pytest.mark.parametrize("text", [
    "The TWG recorded that DLR is working on closed-loop life support.",
    "The ISECG secretariat noted that CNES is developing ISRU hardware.",
])
def test_reported_speech_is_the_clauses_subjects(extract, text):
    agencies = {a for a, _ in extract(text).works_on()}
    assert agencies and agencies <= {"dlr", "cnes"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Technology: who is working on what\nNASA – solar electric propulsion; deep-space habitats ESA – service module "
     "heritage JAXA – cargo logistics and autonomous rendezvous Roscosmos – advanced life support",
     {("esa", "service module heritage"), ("jaxa", "cargo logistics"), ("roscosmos", "advanced life support")}),
    ("Technology work by agency\nCNES and DLR — rover wheels for icy regolith KARI — lunar relay antennas "
     "UKSA — penetrator probes",
     {("cnes", "rover wheels for icy regolith"), ("dlr", "rover wheels for icy regolith"),
      ("kari", "lunar relay antennas"), ("uksa", "penetrator probes")}),
])
def test_agency_dash_items_run_together_on_one_line(extract, text, expected):
    pairs = extract(text, year=2016).works_on()
    assert expected <= pairs
    assert not any(a == "jaxa" and "life support" in label for a, label in pairs)


@pytest.mark.parametrize("text", [
    "Delays in the launcher could lead to higher costs for the agencies.",
    "Local organisation was provided by ESA's Directorate of Human Spaceflight.",
    "Naoki Sato – JAXA; Maria Rossi – ASI",
])
def test_no_work(extract, text):
    assert not extract(text).works_on()


def _phases(result) -> dict[str, tuple]:
    labels = result.labels()
    out: dict[str, dict] = {}
    for s, p, o in result.facts:
        if s.startswith("id/phase/"):
            out.setdefault(s, {})[p] = o
    return {labels.get(s, s): (v.get("schema:position"), v.get("schema:startDate")) for s, v in out.items()}


@pytest.mark.parametrize("text", [
    "2. Mission phases\nThe roadmap organises the path to Mars in three phases:\n"
    "1. Phase 1 – Lunar vicinity and ISS (2018–2025). Use of the station and a gateway in lunar orbit.\n"
    "2. Phase 2 – Human lunar surface\n(from the mid-2020s to about\n2030). Human missions to the surface of the Moon.\n"
    "3. Phase 3 – Mars (2030s). Human\nmissions to Mars orbit and then to its surface.\nDestinations follow.",
    "Our scenario\n1) Phase 1: Orbital outpost (2026–2030). Crews visit a station near the Moon.\n"
    "2) Phase 2: Surface camp\n(from 2030). Crews land near the south pole of the Moon.\n"
    "3) Phase 3: Mars orbit (2040s). Crews travel to Mars.\nOther matters.",
])
def test_phases_told_as_a_numbered_lists_items(extract, text):
    names = {label: position for label, (position, _) in _phases(extract(text, year=2018)).items()}
    assert len(names) == 3 and any(name.startswith(("Human lunar surface", "Surface camp")) for name in names)



def test_a_gold_start_given_as_part_of_a_decade():
    """The evaluation: "early 2020s", "mid-2020s" are met by a start year in that decade, a bare decade by its first."""
    assert _start_ok("2020", "early 2020s") and _start_ok("2025", "mid-2020s") and _start_ok("2030", "2030s")
    assert not _start_ok("", "late 2020s") and not _start_ok("2031", "2030s") and not _start_ok("2019", "early 2020s")
