"""Probes for technology work (round 13): a table of numbered technology rows whose agencies and remarks are
wrapped over lines, its last column ("Remarks") set alone below the header, "Agencies reporting activities" as
the agency column, a page's footer naming a body inside the table; prose naming a device ("radiation detectors",
"robotic arm", "relays"), a named project alone ("developing Canadarm3"), "a concept for X", a passive meeting
verb ("a rover concept was presented by JAXA"), a subject with no article ("Surface relays were proposed by ASI"),
"X reported on its Y technologies" after another clause."""

from __future__ import annotations

import pytest

TABLE = ("2. Technologies and the agencies working on them\n"
         "# Technology Agencies {agency_column}\n{aside}\n"
         "1 Cryogenic propellant storage\nNASA, ESA Boil-off tests planned in the mid-2020s\n"
         "2 Precision landing and hazard avoidance\nNASA, JAXA, ISRO,\nCNSA\nSLIM will land near a crater rim\n"
         "3 Closed-loop life support\nESA, NASA Water recovery tested on the\nSpace Station\n"
         "4 Radiation protection for crews\nDLR, ASI, ESA,\nRoscosmos\nTorso phantom flights planned on\nArtemis I\n"
         "5 Dust mitigation for spacesuits\nUKSA, NASA Regenerative fuel cells and coatings\n"
         "ISECG Technology Working Group · Technologies 2021\n"
         "6 Surface power for night survival\nKARI, JAXA Fission power studies\n"
         "3. Highlights\nThe survey closed in May 2021.")


@pytest.mark.parametrize("agency_column, aside", [("reporting activities", "Remarks"),
                                                  ("with funded activities", "Notes")])
def test_a_numbered_table_with_wrapped_agencies_and_remarks(extract, agency_column, aside):
    pairs = extract(TABLE.format(agency_column=agency_column, aside=aside), year=2021).works_on()
    by_row = {}
    for agency, label in pairs:
        by_row.setdefault(label, set()).add(agency)
    assert by_row.get("Closed-loop life support") == {"esa", "nasa"}
    assert by_row.get("Radiation protection for crews") == {"dlr", "asi", "esa", "roscosmos"}
    assert by_row.get("Precision landing and hazard avoidance") == {"nasa", "jaxa", "isro", "cnsa"}
    assert by_row.get("Surface power for night survival") == {"kari", "jaxa"}
    # no row's label holds a remark, a row number or the footer; the footer's bodies work on nothing
    assert all(not label[:1].isdigit() and "planned" not in label and "Regenerative" not in label for label in by_row)
    assert not {agency for agency, _ in pairs} & {"isecg", "id/group/twg"}


PROSE = [
    ("DLR is contributing the M-42 radiation detectors that will fly on Orion.", ("dlr", "radiation detectors")),
    ("KARI is building star sensors and a deep-space camera for its orbiter.", ("kari", "star sensors")),
    ("CSA is developing a concept for a next-generation robotic arm.", ("csa", "robotic arm")),
    ("ESA is studying designs for a cargo lander derived from its logistics vehicle.", ("esa", "cargo lander")),
    ("The Gateway is international, and the CSA is developing Canadarm3.", ("csa", "Canadarm3")),
    ("A small pressurised rover concept was introduced by JAXA.", ("jaxa", "pressurised rover")),
    ("- Surface communications relays were proposed by ASI, with support from industry.", ("asi", "relays")),
    ("A sample return lander was presented by CNSA, and ESA reported on its descent technologies.",
     ("esa", "descent technologies")),
]


@pytest.mark.parametrize("text, wanted", PROSE)
def test_prose_work_on_devices_and_named_projects(extract, text, wanted):
    pairs = extract(text).works_on()
    assert any(agency == wanted[0] and wanted[1].lower() in label.lower() for agency, label in pairs), pairs


NEGATIVE = [
    "The roadmap was presented by NASA at the congress.",
    "The results of the lander study were presented by DLR.",
    "A new coordination mechanism was proposed by ESA.",
    "ESA is developing concepts for future cooperation.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_work_in_presentations_of_documents_or_results(extract, text):
    assert extract(text).works_on() == set()


def test_the_next_clause_subject_does_not_share_the_passive_item(extract):
    pairs = extract("A sample return lander was presented by CNSA, and ESA reported on its descent technologies.").works_on()
    assert not any(agency == "esa" and "sample" in label for agency, label in pairs)


@pytest.mark.parametrize("heading", ["3. First instruments", "Planned payloads"])
def test_a_section_on_a_kind_of_thing_is_no_technology(extract, heading):
    pairs = extract(f"{heading}\nTwo payloads will fly. NASA is developing HERMES, a heliophysics suite.").works_on()
    assert ("nasa", "HERMES") in pairs
    assert not any(label == heading.split(". ")[-1] for _, label in pairs)


def test_a_section_named_by_its_technology_still_gives_its_topic(extract):
    pairs = extract("Surface Fission Power\nSmall reactors are a key enabler. NASA and CNES have ongoing activities "
                    "in this area.").works_on()
    assert {("nasa", "Surface Fission Power"), ("cnes", "Surface Fission Power")} <= pairs
