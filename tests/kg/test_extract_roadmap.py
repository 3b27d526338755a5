"""Roadmap facts told in a report's prose and tables: agencies' work in the year ("X progressed Y",
"X – Y; Z – W" lists) and mission phases in numbered or Markdown tables."""

from __future__ import annotations


def test_work_a_report_says_agencies_did_in_its_year(extract):
    r = extract("Agency highlights\n"
                "CNES progressed the Lunar Seismic Package and the IDEFIX rover, and reviewed its budget. "
                "KARI, with two universities, worked on a lunar relay orbiter and on the KLEP lander. "
                "The Norwegian Space Agency continued development of Odin-2. "
                "ASI and DLR jointly built the camera for NASA's Dragonfly mission to Titan. "
                "The Secretariat prepared the Annual Report. "
                "UKSA announced that a British-built rover would fly in 2030.")
    work = r.works_on()
    assert {("cnes", "Lunar Seismic Package"), ("cnes", "IDEFIX rover"), ("kari", "lunar relay orbiter"),
            ("kari", "KLEP lander"), ("nosa", "Odin-2")} <= work
    assert not any(org == "uksa" for org, _ in work)  # "British-built" is no verb of the agency's
    assert not any("Report" in item for _, item in work)  # a document is no work item


def test_a_list_of_agencies_and_their_work_under_a_heading_about_work(extract):
    r = extract("Member agency technology programmes\n"
                "The reports received included: CNES – dust-tolerant seals and lunar night survival;\n"
                "Korea Aerospace Research Institute (KARI) – a lunar relay orbiter, built with industry;\n"
                "NASA and CSA – radiation shielding for surface habitats.\n"
                "Contributors\n"
                "Prepared by the Secretariat: Ana Ruiz – ESA, editor; JAXA – Japan Aerospace Exploration Agency")
    assert r.works_on() == {("cnes", "dust-tolerant seals"), ("cnes", "lunar night survival"),
                            ("kari", "lunar relay orbiter"), ("nasa", "radiation shielding for surface habitats"),
                            ("csa", "radiation shielding for surface habitats")}


def test_a_dash_list_about_something_else_names_no_work(extract):
    r = extract("Delegations\n"
                "Heads of delegation were: ESA – Director of Human Spaceflight; NASA – Associate Administrator.")
    assert r.works_on() == set()


def test_a_numbered_phase_table_under_a_caption_with_wrapped_cells(extract):
    r = extract("Table 3. Phases of the exploration plan\n"
                "Phase Period Destination Activities\n"
                "1. Orbital outposts\n"
                "2019 to late-\n"
                "2020s\n"
                "Low orbit Crew research, tests\n"
                "2. Cislunar space from 2026 Lunar orbit Assembly of a\n"
                "Station\n"
                "3. Red planet 2040s Mars orbit First crews. Robotic scouts fly in every phase.\n"
                "Partners\n"
                "The plan was drafted by twelve agencies.")
    phases = {(s, o) for s, p, o in r.facts if p in ("schema:position", "schema:startDate")}
    labels = r.labels()
    named = {(labels[s], o) for s, o in phases}
    assert named == {("Orbital outposts", "1"), ("Orbital outposts", "2019"), ("Cislunar space", "2"),
                     ("Cislunar space", "2026"), ("Red planet", "3")}


def test_a_markdown_table_of_steps_and_periods_is_a_phase_table(extract):
    r = extract("| Step | Destination | Period | Goals |\n"
                "|---|---|---|---|\n"
                "| 1 | Orbital stations | to 2030 | Long stays |\n"
                "| 2 | The Moon and its orbit | from 2031 | Landings |\n"
                "\n"
                "| Step | Action | Owner |\n"
                "|---|---|---|\n"
                "| 1 | Send the draft in 2024 | NASA |\n")
    labels = r.labels()
    named = {(labels[s], o) for s, p, o in r.facts if p in ("schema:position", "schema:startDate")}
    assert named == {("Orbital stations", "1"), ("The Moon and its orbit", "2"), ("The Moon and its orbit", "2031")}


def test_a_head_noun_alone_before_an_acronym_is_no_name_of_it(extract):
    r = extract("Partners\n"
                "CNES, UK Space\n"
                "Agency (UKSA)\n"
                "Agency Role Element\n"
                "ESA Lead Cargo Tug\n")
    assert not any(e.label == "Agency" or "Agency" in e.aliases for e in r.extraction.entities.values())
    assert ("esa", "Cargo Tug") in r.works_on()  # "Agency" in the header names no agency


def test_a_phase_sentence_cut_at_a_line_break_goes_on_below(extract):
    r = extract("Campaign stages\nThe work is grouped in three stages:\n"
                "Phase 1, Orbital Rehearsal – crews\nrehearse in orbit, up to 2029;\n"
                "Phase 2, Polar Outpost – long\nstays at the pole and local propellant,\nfrom around 2031 to 2036;\n"
                "Phase 3, Red Planet – landings on Mars in the 2040s.\n"
                "Phase 4, Far Side Relay – a relay\nThe budget is set from 2030 each year.", year=2026)
    starts = {s: o for s, p, o in r.facts if p == "schema:startDate"}
    assert starts == {"id/phase/test-doc-phase-2": "2031"}  # not 2029 ("up to"), not the next paragraph's 2030
    labels = {o for s, p, o in r.facts if p == "skos:prefLabel" and s.startswith("id/phase/")}
    assert {"Orbital Rehearsal", "Polar Outpost", "Red Planet", "Far Side Relay"} <= labels


def test_a_groups_priorities_of_a_year_are_its_work(extract):
    r = extract("Science Working Group\n"
                "The group met four times. Priority topics in 2026 were thermal management, rover batteries and "
                "dust mitigation.\n"
                "Agency news\n"
                "CNES's 2027 priorities are surface power and regolith excavation. "
                "NASA's priorities were set by consensus and included budget reviews.")
    assert r.works_on() == {("cnes", "surface power"), ("cnes", "regolith excavation"),
                            ("id/group/swg", "id/tech/thermal-control"), ("id/group/swg", "rover batteries"),
                            ("id/group/swg", "id/tech/dust-mitigation")}  # NASA's: no year, no list of work


def test_a_group_that_began_or_refreshed_an_assessment_works_on_it(extract):
    r = extract("Group activities\n"
                "The Science Working Group began revising the lunar dust technology survey first issued in 2024. "
                "CNES refreshed its list of surface power needs. ESA started to review the annual budget. "
                "KARI revised the Gateway Roadmap.")
    assert r.works_on() == {("id/group/swg", "lunar dust technology survey"),
                            ("cnes", "list of surface power needs")}
