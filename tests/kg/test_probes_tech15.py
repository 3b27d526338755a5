"""Probes for technology work (round 15): a gap table whose last column says where the work is used ("Target
mission", "Destination") names the work in its technology column; a table of agencies' elements under a heading of
"contributions by agency" is read as work, not as a list of participants; prose: "X remains a NASA-led effort", "For
X, ESA and NASA are co-leads", "co-led by ASI and DLR", an organisation's own work ("the Canadian Space Agency's work
on Canadarm3", "ISRO presented its work on ...", "..., and JAXA its work on ..." with its verb left out), concepts
offered ("Roscosmos contributed concepts for a transport system"), expertise offered, "is to provide", hardware
offered or designed by an agency, hardware presented or described at a meeting, "A large rover from JAXA ...", an agency's hardware as a clause's subject ("On the surface, ESA's
Argonaut lander is ..."), "X is CSA's area", a study begun ("ESA and JAXA began a joint study
on ..."), a clause with its verb left out ("JAXA reported on X, and CSA on Y"), one clause's object not running into the next
clause's subject ("JAXA leads the work on X and ESA leads ...").  NEGATIVE: documents, meetings and plans presented
are no work; a possessive before other things than work is none; a "-led" meeting is no technology."""

from __future__ import annotations

import pytest

TARGET_TABLE = ("3 Critical gaps\nTechnology Lead agencies Supporting\nagencies\n{target}\n"
                "Closed-loop life support with high water recovery\nNASA, ESA JAXA, DLR Gateway and Mars transit habitat\n"
                "Precision landing and hazard avoidance for large landers\nNASA ESA, CNES Human lunar lander\n"
                "Dust-tolerant mechanisms and seals\nKARI, ASI NASA Lunar surface operations\n"
                "NASA leads most of these gaps.")


@pytest.mark.parametrize("target", ["Target mission", "Destination"])
def test_the_work_is_the_technology_not_where_it_is_used(extract, target):
    pairs = extract(TARGET_TABLE.format(target=target), year=2018).works_on()
    by_row: dict[str, set] = {}
    for agency, label in pairs:
        by_row.setdefault(label, set()).add(agency)
    assert by_row.get("Closed-loop life support with high water recovery") == {"nasa", "esa", "jaxa", "dlr"}
    assert by_row.get("Precision landing and hazard avoidance for large landers") == {"nasa", "esa", "cnes"}
    assert by_row.get("Dust-tolerant mechanisms and seals") == {"kari", "asi", "nasa"}
    assert not any("lander" == label.split()[-1] or "habitat" in label for label in by_row)


CONTRIBUTIONS = [
    "4. Contributions by agency\nAgency Element or capability\nNASA Human Landing System; Orion crew vehicle\n"
    "CSA Canadarm3, the robotic system of the Gateway\nThe partners will review the list in 2021.",
    "Contributions from each agency:\nAgency Contribution\nESA European Service Module for Orion\n"
    "JAXA Pressurised rover developed with industry\nThe partners will review the list in 2021.",
]


@pytest.mark.parametrize("text", CONTRIBUTIONS, ids=["heading", "colon"])
def test_a_contributions_table_is_work_not_participants(extract, text):
    r = extract(text, year=2020)
    pairs = r.works_on()
    assert len(pairs) >= 2 and {agency for agency, _ in pairs} <= {"nasa", "csa", "esa", "jaxa"}
    assert not any(p == "dcterms:creator" for _, p, _ in r.facts)


PROSE = [
    ("Fission surface power remains a NASA-led effort.", ("nasa", "fission")),
    ("Dust mitigation for spacesuits is a KARI-led activity within the group.", ("kari", "dust")),
    ("For oxygen extraction from regolith, ESA and NASA are co-leads.", ("esa", "oxygen extraction")),
    ("For oxygen extraction from regolith, ESA and NASA are co-leads.", ("nasa", "oxygen extraction")),
    ("For lunar night survival, JAXA is the lead agency.", ("jaxa", "night survival")),
    ("Radiation protection is co-led by the Italian Space Agency and DLR, whose phantom flew in 2022.",
     ("dlr", "radiation")),
    ("Surface robotics builds on the Canadian Space Agency's work on Canadarm3.", ("csa", "Canadarm3")),
    ("The design draws on KARI's research into regolith excavation.", ("kari", "regolith excavation")),
    ("ESA presented its study, and JAXA its work on the H-II Transfer Vehicle as a basis for cargo vehicles.",
     ("jaxa", "H-II Transfer Vehicle")),
    ("ISRO presented its work on a lunar sample return capability following Chandrayaan-3.",
     ("isro", "sample return capability")),
    ("DLR highlighted its work on regenerative life support, and NASA its development of cryogenic propulsion stages.",
     ("nasa", "cryogenic propulsion stages")),
    ("Roscosmos contributed concepts for a new crewed transport system.", ("roscosmos", "crewed transport system")),
    ("At the workshop CNES presented designs for a small Mars lander.", ("cnes", "Mars lander")),
    ("CSA offered expertise in space robotics drawn from its arms.", ("csa", "space robotics")),
    ("CSA is to provide Canadarm3, a robotic system for the Gateway.", ("csa", "Canadarm3")),
    ("ESA is to develop a lunar relay orbiter.", ("esa", "relay orbiter")),
    ("NASA described the Space Launch System and the Multi-Purpose Crew Vehicle.", ("nasa", "Space Launch System")),
    ("The UK Space Agency presented penetrator concepts.", ("uksa", "penetrator")),
    ("DLR showed instruments for in-situ analysis of regolith.", ("dlr", "instruments for in-situ analysis")),
    ("A large pressurised rover from JAXA would let two astronauts travel for weeks.", ("jaxa", "pressurised rover")),
    ("JAXA leads the work on pressurised mobility and ESA leads the work on lunar navigation.",
     ("jaxa", "pressurised mobility")),
    ("ESA and JAXA began a joint study on lunar night survival in April 2024.", ("jaxa", "night survival")),
    ("KARI started a new project on dust shielding for rovers.", ("kari", "dust shielding")),
    ("JAXA reported on its lander studies, and CSA on lunar rover prototypes tested in analogue sites.",
     ("csa", "lunar rover prototypes")),
    ("ASI reported progress on a habitat module, and KARI on autonomous navigation drawn from its orbiter.",
     ("kari", "autonomous navigation")),
    ("DLR highlighted its work on life support; CNES its Mars sample return programme.", ("cnes", "sample return")),
    ("Longer stays depend on the pressurised rover offered by JAXA.", ("jaxa", "id/tech/surface-mobility")),
    ("The airlock designed by ESA will be attached in 2030.", ("esa", "airlock")),
    ("At the forum CSA presented studies of a small lunar rover.", ("csa", "small lunar rover")),
    ("On the surface, ESA's Argonaut lander is foreseen for cargo delivery.", ("esa", "Argonaut lander")),
    ("Landing has advanced. JAXA's SLIM lander is designed to land within 100 metres of its target.",
     ("jaxa", "SLIM lander")),
    ("KARI's relay orbiter, built with industry, will serve the south pole.", ("kari", "relay orbiter")),
    ("Dexterous robotics is CSA's area, continuing its arm experience.", ("csa", "robotics")),
]


@pytest.mark.parametrize("text, wanted", PROSE)
def test_prose_work(extract, text, wanted):
    pairs = extract(text).works_on()
    assert any(agency == wanted[0] and wanted[1].lower() in label.lower() for agency, label in pairs), pairs


def test_work_presented_is_named_by_its_field(extract):
    pairs = extract("ESA presented work on in-situ resource utilisation, in particular oxygen extraction.").works_on()
    assert pairs and not any(label.startswith("work on") for _, label in pairs), pairs


def test_the_next_clause_does_not_run_into_the_object(extract):
    pairs = extract("JAXA leads the work on pressurised mobility and ESA leads the work on lunar navigation.").works_on()
    assert not any("ESA" in label for _, label in pairs)


NEGATIVE = [
    "NASA presented the Global Exploration Roadmap to the ministers.",
    "ESA described the results of the meeting, and JAXA presented the workshop report.",
    "ESA presented its plans for the next meeting.",
    "NASA's work on the roadmap text continued through the summer.",
    "The review was a NASA-led meeting held in Houston.",
    "The report builds on ESA's chairmanship of the group in 2019.",
    "The group began a study on how to publish its reports, and NASA launched a campaign on public outreach.",
    "NASA reported on the budget, and ESA on the second day of the meeting.",
    "NASA hosted the meeting, and ESA on its second day.",
    "The meeting offered by NASA was held online, and the report studied by ESA was published.",
    "The mission will use the launcher of the partner. NASA's Artemis programme was named in May 2019.",
    "ESA's report on the workshop was published, and JAXA's delegation was the largest.",
    "Precursors are essential: NASA's Commercial Lunar Payload Services buys delivery of small payloads.",
    "Missions to the Moon: Chang'e 4; KARI's lunar orbiter; and Luna-25.",
    "Among them: KARI's lunar orbiter, planned for 2022, to map the polar regions.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_work(extract, text):
    assert extract(text).works_on() == set()
