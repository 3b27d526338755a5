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
                     ("Cislunar space", "2026"), ("Red planet", "3"), ("Red planet", "2040")}


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
                "CNES refreshed its analysis of surface power needs. ESA started to review the annual budget. "
                "KARI revised the Gateway Roadmap.")
    assert r.works_on() == {("id/group/swg", "lunar dust technology survey"),
                            ("cnes", "analysis of surface power needs")}  # (a list: a product, tech58)


def _phases(r) -> dict[str, tuple[str, str | None]]:
    """Position -> (name, start year) of the phases extracted."""
    labels = r.labels()
    found: dict[str, list] = {}
    for s, p, o in r.facts:
        if p == "schema:position":
            found.setdefault(s, [None, None, None])[0] = o
        elif p == "schema:startDate" and s.startswith("id/phase/"):
            found.setdefault(s, [None, None, None])[2] = o
    return {n: (labels[s], start) for s, (n, _, start) in found.items() if n}


def test_a_phase_table_whose_period_cell_has_no_capital_after_it(extract):
    r = extract("Campaign phases\n"
                "Phase Name Timeframe Content\n"
                "1 Orbital Rehearsal until about\n"
                "2029 crews train in orbit; docking tests\n"
                "2 Polar Outpost c. 2030–2036 long stays at the pole, local propellant\n"
                "3 Red Planet late 2040s landings with crew on Mars\n"
                "4 · Funding of the campaign\n"
                "The budget is reviewed each year.", year=2026)
    # (a part of a decade starts in that part: "late 2040s", 2047)
    assert _phases(r) == {"1": ("Orbital Rehearsal", None), "2": ("Polar Outpost", "2030"), "3": ("Red Planet", "2047")}


def test_phase_rows_numbered_in_words_with_the_period_first_and_run_together(extract):
    r = extract("The campaign phases\n"
                "Phase Years Name\n"
                "One 2027 to 2030 Orbital Rehearsal Two 2031 to 2035 Polar Outpost Three 2036 onwards Red Planet "
                "Phase one: Orbital Rehearsal Crews train in orbit before any landing.\n"
                "Contributions expected in phase one:\n"
                "Outlook\n"
                "The scenario will be reviewed in 2028.", year=2026)
    assert _phases(r) == {"1": ("Orbital Rehearsal", "2027"), "2": ("Polar Outpost", "2031"),
                          "3": ("Red Planet", "2036")}


def test_phase_names_in_sentence_case_running_into_their_description(extract):
    r = extract("Three phases of the campaign\n"
                "Step Phase name What it involves Timing\n"
                "1 Survey wide-area mapping from orbit with two orbiters, already under way\n"
                "2 Ground sampling short-range rovers sample the crater floor from about 2029\n"
                "3 Harvesting extraction at a scale useful to crews later\n"
                "What the group recommends\n"
                "Agencies should share their landing site studies.", year=2026)
    assert _phases(r) == {"1": ("Survey", None), "2": ("Ground sampling", "2029"), "3": ("Harvesting extraction", None)}


def test_phases_as_list_items_with_an_ordinal_step(extract):
    r = extract("Where crews would work\n"
                "1. First step — Orbital stations: the current outpost. Runs until 2030. Crew research.\n"
                "2. **Second step — The Moon and its orbit, with a small station.** Expected in the 2030s.\n"
                "3. Third step — Mars and its two moons. Foreseen for the 2040s.\n"
                "4. Fourth step — Agree the plan. The agencies meet soon.\n", year=2026)
    assert {n: name for n, (name, _) in _phases(r).items()} == {
        "1": "Orbital stations: the current outpost", "2": "The Moon and its orbit, with a small station",
        "3": "Mars and its two moons"}


def test_a_list_of_areas_each_with_the_agencies_working_on_it(extract):
    r = extract("Who works on each area\n"
                "The replies name these agencies as active in each area:\n"
                "A1 Dust mitigation — KARI, NASA and ESA.\n"
                "A2 Surface power — only two agencies: JAXA and NASA; also CNES.\n"
                "A3 Surface mobility — CSA and JAXA, plus one organisation outside ISECG, DLR (see below).\n"
                "Naoki Sato — JAXA.\n"
                "Chapters were drafted as follows: habitation — Anna Berg, ESA; dust mitigation — Ji Park, KARI.",
                year=2026)
    assert r.works_on() == {("kari", "id/tech/dust-mitigation"), ("nasa", "id/tech/dust-mitigation"),
                            ("esa", "id/tech/dust-mitigation"), ("jaxa", "Surface power"), ("nasa", "Surface power"),
                            ("cnes", "Surface power"), ("csa", "id/tech/surface-mobility"),
                            ("jaxa", "id/tech/surface-mobility"), ("dlr", "id/tech/surface-mobility")}


def test_a_semicolon_list_of_areas_and_their_agencies(extract):
    r = extract("Technology coordination\n"
                "The main areas, with the agencies that reported work in each: surface power, i.e. fission and "
                "fuel cells – NASA and UKSA; storing and transferring cryogenic propellants – ESA and NASA; "
                "pressurised mobility – JAXA alone.", year=2026)
    assert {a for a, _ in r.works_on()} == {"nasa", "uksa", "esa", "jaxa"}
    assert ("uksa", "surface power") in r.works_on()
    assert ("jaxa", "pressurised mobility") in r.works_on()


def test_contribution_lines_of_agencies_and_their_items(extract):
    r = extract("Phase two\n"
                "Stays grow longer. Contributions expected in phase two:\n"
                "NASA: the Lunar Cargo Vehicle, unpressurised\n"
                "JAXA: pressurised rover for crews; share of the habitat ESA: Argonaut for cargo\n"
                "Contributions expected in phase three: ASI, the Surface Habitat (a fixed module).", year=2026)
    assert {("nasa", "Lunar Cargo Vehicle, unpressurised"), ("jaxa", "pressurised rover for crews"),
            ("jaxa", "share of the habitat"), ("esa", "Argonaut for cargo"),
            ("asi", "Surface Habitat (a fixed module)")} <= r.works_on()


def test_agencies_active_on_the_area_of_their_numbered_section(extract):
    r = extract("Area 2 – Cryogenic fluid management\n"
                "Storing propellants for months is hard. JAXA and NASA are working on this area.\n"
                "Area 3 – Dust mitigation\n"
                "Seals and coatings are needed. Active agencies: KARI, ESA.\n"
                "Outlook\n"
                "NASA and ESA are working on it.", year=2026)
    assert r.works_on() == {("jaxa", "id/tech/cryogenic-fluid-management"),
                            ("nasa", "id/tech/cryogenic-fluid-management"),
                            ("kari", "id/tech/dust-mitigation"), ("esa", "id/tech/dust-mitigation")}


def test_work_told_in_the_passive_with_its_agencies_after_by(extract):
    r = extract("Low-light mobility and navigation is being addressed by CSA, NASA and JAXA. Finally, water "
                "extraction is being developed by NASA and Germany's DLR. Closed-loop life support is led jointly "
                "by NASA and ESA, and surface power by JAXA. In volatile analysis, using mass spectrometry, the "
                "active agencies are ESA and KARI. The meeting was led by ESA.", year=2026)
    works = r.works_on()
    assert {("csa", "Low-light mobility and navigation"), ("dlr", "water extraction"), ("esa", "Closed-loop life support"),
            ("jaxa", "surface power"), ("kari", "volatile analysis")} <= {(a, w if w.startswith("id/") else w)
                                                                        for a, w in works} | {
        (a, "Closed-loop life support") for a, w in works if "closed-loop" in w.lower()} | {
        (a, "surface power") for a, w in works if "power" in w.lower()}
    assert not any("meeting" in w.lower() for _, w in works)


def test_a_working_groups_work_in_the_passive_and_its_priorities_after_a_colon(extract):
    r = extract("ISECG Annual Report 2021\n"
                "What ISECG did in the year. ISECG met twice.\n"
                "A refresh of the critical technology needs assessment, whose first issue dates from 2019, was begun by "
                "the Technology Working Group. Drafting of a new supplement to the roadmap was started by the "
                "Technology Working Group.\n"
                "Technology (TWG)\n"
                "The TWG compared the agencies' plans. Its 2021 priorities were: closed-loop life support; dust "
                "mitigation.",
                year=2021)
    works = {w for a, w in r.works_on() if a == "isecg"}
    assert "refresh of the critical technology needs assessment" in works
    assert {"id/tech/dust-mitigation"} <= works and any("life support" in w.lower() or "life-support" in w for w in works)
    assert not any("supplement" in w for w in works)


def test_a_facility_under_construction_somewhere_by_two_agencies(extract):
    r = extract("Test sites should be shared; one example is the VENTO test facility under construction in Turin by "
                "CNES and ASI.", year=2026)
    assert r.works_on() == {("cnes", "VENTO test facility"), ("asi", "VENTO test facility")}


def test_work_by_the_group_in_the_passive_working_on_how_to_and_an_update(extract):
    r = extract("ISECG report. ISECG met. ISECG grew.\n"
                "Technology Working Group\n"
                "A fresh assessment of technology gaps was opened by the group in June 2025. Two agencies, NASA and "
                "JAXA, are working on how to keep rovers warm in permanent shadow. The Technology Working Group, for "
                "its part, updated its gap assessment of the critical technologies. The group delivers an updated "
                "Technology Map.", year=2025)
    works = r.works_on()
    assert ("isecg", "fresh assessment of technology gaps") in works
    assert ("nasa", "keep rovers warm") in works and ("jaxa", "keep rovers warm") in works
    assert any(a == "isecg" and w.startswith("gap assessment of the critical technologies") for a, w in works)
    assert not any("Technology Map" in w for _, w in works)


def test_a_phases_table_that_ends_the_document_is_read(extract):
    r = extract("Roadmap of the Group\nPhases of the roadmap\nPhase Name Period\n"
                "1 Return to the Moon 2023 to 2028 crewed landings at the south pole\n"
                "2 Sustained Surface Stays 2028 to 2035 longer stays")
    labels = r.labels()
    assert {labels[s] for s, p, o in r.facts if p == "rdf:type" and o.endswith("MissionPhase")} == {
        "Return to the Moon", "Sustained Surface Stays"}


def test_work_told_with_the_body_as_owner_or_lead(extract):
    r = extract("A pressurised crater rover powered by fuel cells was KARI's main activity. Dust mitigation and "
                "regolith processing were the subject of DLR's work. At CNES, the focus was precision landing, for a "
                "cargo lander. Two lines of work were reported by ASI: habitat shielding and fission power. For "
                "in-situ resource utilisation, CSA and NASA are in the lead. Among the areas: Closed-loop life support: "
                "the lead is shared by ESA and JAXA. Across all destinations, four themes were the TWG's priorities.")
    works = {(s.rsplit("/", 1)[-1], o.rsplit("/", 1)[-1]) for s, p, o in r.facts if p == "isecg:worksOn"}
    assert {("kari", "pressurised-crater-rover"), ("dlr", "dust-mitigation-and-regolith-processing"),
            ("asi", "habitat-shielding"), ("esa", "closed-loop-life-support"),
            ("jaxa", "closed-loop-life-support")} <= works
    assert {a for a, _ in works} >= {"cnes", "csa", "nasa"}
    assert not any("themes" in w for _, w in works)


def test_bodies_working_on_it_in_a_paragraph_opening_with_a_coded_item(extract):
    r = extract("XN-4, dust-tolerant seals. Seals must survive the regolith. Only CNES and KARI reported work on it.\n"
                "XN-5, surface power. Four agencies have work under way: ASI, DLR, ESA and NASA.\n"
                "The agencies met in May. JAXA is working on it as well.")
    works = {(s.rsplit("/", 1)[-1], o.rsplit("/", 1)[-1]) for s, p, o in r.facts if p == "isecg:worksOn"}
    assert {a for a, w in works if "dust-tolerant-seals" in w} == {"cnes", "kari"}
    assert {a for a, w in works if "surface-power" in w} == {"asi", "dlr", "esa", "nasa"}
    assert not any(a == "jaxa" for a, _ in works)  # "it" of a paragraph that opens with no item


def test_work_told_as_a_field_a_subject_of_work_an_involvement_or_under_study(extract):
    r = extract("Technology work by agency\n"
                "Cryogenic propellant transfer is being worked on by two agencies: CNES and KARI. "
                "Lunar night survival is the UK Space Agency's speciality. "
                "The production of metals from regolith, that is in-situ resource utilisation, also involves CSA. "
                "Shielding habitats against radiation is the subject of work at DLR and at the Italian agency, ASI. "
                "Surface power grids are under study at JAXA. "
                "The plan involves NASA.")
    work = r.works_on()
    assert {("cnes", "Cryogenic propellant transfer"), ("kari", "Cryogenic propellant transfer"),
            ("uksa", "Lunar night survival"), ("dlr", "Shielding habitats against radiation"),
            ("asi", "Shielding habitats against radiation"), ("jaxa", "Surface power grids")} <= work
    assert ("csa", "id/tech/isru") in work  # the technology its other name names
    assert not any(a == "nasa" for a, _ in work)  # a plan is no work item


def test_a_named_item_of_an_agency_in_apposition_a_relative_clause_or_after_of(extract):
    r = extract("What the agencies are doing\n"
                "KLEX, a KARI demonstrator, is meant to land near a skylight. "
                "Lunabot-4, which the CSA will provide to the outpost, is the most mature response. "
                "The flight carries the Deep Dosimetry Experiment (DDE) of the UK Space Agency and DLR. "
                "Polaris Nest, which the Luxembourg Space Agency (LSA) set up together with ESA, trains start-ups. "
                "Toyota and JAXA are studying a fuel-cell rover for crews.", year=2024)
    work = r.works_on()
    assert {("kari", "KLEX"), ("csa", "Lunabot-4"), ("uksa", "Deep Dosimetry Experiment"),
            ("dlr", "Deep Dosimetry Experiment"), ("lsa", "Polaris Nest"), ("esa", "Polaris Nest")} <= work
    assert any(a == "jaxa" and "rover" in w for a, w in work)
    r = extract("In 2009 the Moon Imager, a NASA instrument, found water.", year=2024)
    assert not r.works_on()  # a mission of long before the document is history, not work


def test_a_phase_table_numbered_in_its_second_column_cells_wrapped_around_the_number(extract):
    r = extract("The campaign, stage by stage\n"
                "Setting Stage Timing Focus of the stage What happens\n"
                "Orbital platform 1 2027 until the early 2030s\n"
                "Orbital rehearsal\n"
                "Crews train; docking tests\n"
                "Polar crater rim 2 2031 onwards Polar outpost Long Stays at the pole\n"
                "The far side, its basins included\n"
                "3 2036 onwards Far side The first radio telescope\n"
                "Red plains of Mars 4 the 2040s Red planet First crewed landings\n"
                "Partners\n"
                "Nine agencies took part in the planning of this campaign and agreed to review it every two years "
                "from now on.", year=2026)
    assert _phases(r) == {"1": ("Orbital rehearsal", "2027"), "2": ("Polar outpost", "2031"),
                          "3": ("Far side", "2036"), "4": ("Red planet", "2040")}


def test_phases_in_an_order_column_and_ordinal_sentences_under_a_phases_heading(extract):
    r = extract("The four stages\n"
                "Order Setting Timing What happens there\n"
                "First Orbital rehearsal\n"
                "(LEO) through 2029 at least\n"
                "Crews train in orbit with a docking module provided by ESA; the station is retired afterwards.\n"
                "Second Polar outpost from about 2031\n"
                "Long stays at the pole.\n"
                "Outlook\n"
                "The scenario will be reviewed in 2028.", year=2026)
    phases = _phases(r)
    assert phases["1"][0].startswith("Orbital rehearsal") and phases["2"] == ("Polar outpost", "2031")
    assert ("esa", "docking module") in r.works_on()  # a description cell's work is still read
    r = extract("Three phases\n"
                "The first phase, \"Orbital Rehearsal\", runs from 2027 until 2030.\n"
                "Third and last comes \"Sustained Far\n"
                "Side Presence\", placed in the 2040s, when a commercial economy can bear it.", year=2026)
    assert _phases(r)["3"] == ("Sustained Far Side Presence", None)


def test_a_lead_shared_with_partners_item_by_item(extract):
    r = extract("KARI shares the lead on regolith sintering with UKSA, and on lunar night survival with CNES. "
                "ESA shares the chair with NASA.")
    assert {("uksa", "regolith sintering"), ("kari", "regolith sintering"), ("cnes", "lunar night survival"),
            ("kari", "lunar night survival")} <= r.works_on()
    assert not any(a == "nasa" for a, _ in r.works_on())


def test_the_agency_of_a_report_table_row_is_who_its_cell_speaks_of(extract):
    r = extract("Developments reported by agencies\n"
                "| Agency | Reported development |\n"
                "|---|---|\n"
                "| KARI | The agency's study of a polar hopper lander with two universities is ongoing. |\n"
                "| UKSA | Britain continues to work on Lunabot-7, its contribution to the outpost. |\n"
                "| CNES | The agency's study of the budget is late. |")
    assert {("kari", "polar hopper lander"), ("uksa", "Lunabot-7")} <= r.works_on()
    assert not any(a == "cnes" for a, _ in r.works_on())
