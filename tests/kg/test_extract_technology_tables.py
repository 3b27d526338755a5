"""Technology tables: a header naming a work column and an agency column, rows one a line (or joined),
each agency of a row working on the row's item."""

from __future__ import annotations


def test_agencies_after_the_technology_rows_joined_and_an_agency_list_wrapped(extract):
    r = extract("Who leads which capability\n"
                "Capability Lead agencies\n"
                "Cryogenic propellant storage NASA (lead), JAXA Dust-tolerant seals CNES and DLR\n"
                "In-space assembly of large structures ESA,\n"
                "UKSA\n"
                "The agencies review the list every year.")
    assert r.works_on() == {("nasa", "Cryogenic propellant storage"), ("jaxa", "Cryogenic propellant storage"),
                         ("cnes", "Dust-tolerant seals"), ("dlr", "Dust-tolerant seals"),
                         ("esa", "In-space assembly of large structures"),
                         ("uksa", "In-space assembly of large structures")}
    (evidence,) = r.provenance("id/org/dlr", "isecg:worksOn", "id/tech/dust-tolerant-seals")
    assert evidence.sentence == "Dust-tolerant seals CNES and DLR"


def test_agency_in_the_middle_the_element_after_it_and_a_name_inside_a_cell(extract):
    r = extract("Element Responsible agency Status\n"
                "Pressurised crew rover JAXA In development Lunar utility vehicle CSA Study phase\n"
                "Regolith scoop for a NASA oxygen plant ASA Planned\n"
                "Status as of March.")
    assert r.works_on() == {("jaxa", "Pressurised crew rover"), ("csa", "Lunar utility vehicle"),
                         ("asa", "Regolith scoop for a NASA oxygen plant")}


def test_the_contribution_column_names_the_work_rather_than_the_area(extract):
    r = extract("Domain Partner Contribution\n"
                "Orbital logistics ESA Heavy cargo tug; refuelling module Surface science CNES Seismometer network, "
                "to fly in 2030\n"
                "Next steps\n"
                "The partners will meet again in May.")
    assert r.works_on() == {("esa", "Heavy cargo tug"), ("esa", "refuelling module"), ("cnes", "Seismometer network")}


def test_more_columns_on_a_side_and_words_that_only_qualify_a_column(extract):
    r = extract("Technology Destination Agencies working on it\n"
                "Cryogenic fluid management Mars NASA, ESA Dust mitigation Moon CNES\n"
                "Lead agency Technology Status\n"
                "KARI Lunar night survival In development\n"
                "Technology Lead agency Partner agencies\n"
                "In-space assembly of large structures NASA ESA, JAXA\n"
                "All figures are indicative.")
    assert r.works_on() == {("nasa", "id/tech/cryogenic-fluid-management"), ("esa", "id/tech/cryogenic-fluid-management"),
                            ("cnes", "id/tech/dust-mitigation"), ("kari", "Lunar night survival"),
                            ("nasa", "In-space assembly of large structures"),
                            ("esa", "In-space assembly of large structures"),
                            ("jaxa", "In-space assembly of large structures")}


def test_cells_wrapped_over_lines_one_cell_after_the_other(extract):
    r = extract("Technology Agencies\n"
                "Lunar water and oxygen\n"
                "extraction (ISRU)\n"
                "NASA, ESA\n"
                "Radiation protection for\n"
                "crews\n"
                "DLR\n"
                "The table ends here.")
    assert r.works_on() == {("nasa", "Lunar water and oxygen extraction (ISRU)"),
                            ("esa", "Lunar water and oxygen extraction (ISRU)"),
                            ("dlr", "Radiation protection for crews")}
    r = extract("Area Agency Contribution\n"
                "Gateway power and\n"
                "habitation\n"
                "NASA\n"
                "Power and Propulsion\n"
                "Element\n"
                "Gateway robotics\n"
                "CSA\n"
                "Canadarm3 robotic\n"
                "system\n"
                "Robotic missions\n"
                "Several landers fly in 2024.")
    assert r.works_on() == {("nasa", "Power and Propulsion Element"), ("csa", "Canadarm3 robotic system")}


def test_a_header_joined_to_the_prose_before_it(extract):
    r = extract("The assessment lists the gaps that remain open and the agencies working on each of them, as "
                "reported in 2023. Gap Contributors\n"
                "Long-duration cryocooler NASA\n"
                "The list is reviewed yearly.")
    assert r.works_on() == {("nasa", "Long-duration cryocooler")}


def test_a_markdown_table_in_any_column_order(extract):
    r = extract("| Lead organisation | Technology | Status |\n"
                "|---|---|---|\n"
                "| DLR and ASI | Radiation shielding for habitats | testing |\n"
                "| KARI | Lunar night survival | study |\n"
                "\nAfter the table.")
    assert r.works_on() == {("dlr", "Radiation shielding for habitats"), ("asi", "Radiation shielding for habitats"),
                            ("kari", "Lunar night survival")}
    r = extract("| Module | Supplied by |\n|---|---|\n| Airlock | UAESA |\n")
    assert r.works_on() == {("uae-space-agency", "Airlock")}


def test_tables_of_meetings_members_phases_and_authors_name_no_work(extract):
    r = extract("Table 4. Meetings of the group\n"
                "Date Place Host Agencies represented\n"
                "2021-04-20 online ASI 24\n"
                "2022-09-17 Paris, France CNES 21\n"
                "Members\n"
                "Acronym Agency Country Member since\n"
                "CNES Centre national d'études spatiales France 2007\n"
                "UKSA UK Space Agency United Kingdom 2007\n"
                "Phase Name Period Agencies\n"
                "1 First landings 2025 NASA, ESA\n"
                "| Author | Affiliation | Topic |\n"
                "|---|---|---|\n"
                "| Ann Lee | JAXA | polar volatiles |\n")
    assert r.works_on() == set()


def test_a_table_below_a_phase_table_is_not_the_last_phases_description(extract):
    r = extract("Scenario phases\n"
                "Phase Name Focus\n"
                "1 First Steps Crewed flybys from 2027, robotic precursors\n"
                "Technology Agencies First use\n"
                "Boil-off control NASA 2027\n"
                "Lander legs with shock absorbers ESA 2029\n"
                "The phases overlap.")
    assert r.works_on() == {("nasa", "Boil-off control"), ("esa", "Lander legs with shock absorbers")}
    assert ("id/phase/test-doc-phase-1", "schema:position", "1") in r.facts
    assert not any("Boil-off" in o for s, p, o in r.facts if s == "id/phase/test-doc-phase-1")


def test_a_table_ends_at_the_header_of_the_next(extract):
    r = extract("Capability Agencies\n"
                "Lunar night survival KARI, CNES\n"
                "Meetings\n"
                "Date Place Host Agencies represented\n"
                "2023-05-02 Montreal CSA 20\n")
    assert r.works_on() == {("kari", "Lunar night survival"), ("cnes", "Lunar night survival")}


def test_a_heading_naming_agencies_and_their_contributions_over_prose_is_no_table(extract):
    r = extract("Agency contributions\n"
                "In 2022 several agencies announced hardware; ESA signed an agreement with NASA.")
    assert not any(rule == "technology-table" for rule in _rules(r))


def _rules(r) -> list[str]:
    return [f.rule for f in r.extraction.facts]



def test_numbered_rows_agencies_wrapped_with_their_acronyms(extract):
    r = extract("No. Capability Open issues Agencies active\n"
                "1 Thermal control\n"
                "Heat rejection at the lunar equator in daytime; radiators that tolerate regolith contamination\n"
                "CNES, Italian Space\n"
                "Agency (ASI)\n"
                "2 Entry systems Heat shields for high-speed return from Mars and from lunar distance\n"
                "ESA, KARI\n"
                "3 Closing remarks\n"
                "The agencies meet again next spring.")
    assert r.works_on() == {("cnes", "id/tech/thermal-control"), ("asi", "id/tech/thermal-control"),
                            ("esa", "Entry systems"), ("kari", "Entry systems")}


def test_a_header_wrapped_below_it_and_number_cells_after_the_agency(extract):
    r = extract("Element Agency Topic\n"
                "no.\n"
                "Year\n"
                "Orbital fuel depot JAXA 4 2027\n"
                "Hopper 2 NASA 2 16 Sept. 2026\n"
                "Lunar drill CSA 1 2028\n"
                "Editors: CNES and DLR staff\n")
    assert r.works_on() == {("jaxa", "Orbital fuel depot"), ("nasa", "Hopper 2"), ("csa", "Lunar drill")}


def test_a_capitalised_first_cell_below_the_header_is_a_row(extract):
    r = extract("Element Role Agency\n"
                "Cargo Tug\n"
                "Heavy logistics carrier ESA\n"
                "Airlock module crew access CSA\n"
                "Notes follow.")
    assert ("esa", "Cargo Tug") in r.works_on()


def test_a_table_of_coded_needs_under_a_header_wrapped_one_or_two_words_a_line(extract):
    r = extract("Table 3. Needs and agencies at work\nNeed\nAgencies active\nin it\nWhen\nneeded\n"
                "TN-1 Thermal control of surface assets through the lunar night\nCSA, JAXA Stage 2\n"
                "TN-2 Autonomous docking of cargo vehicles in lunar orbit\nESA, NASA,\nLuxembourg Space\nAgency\n"
                "Stage 1\nTN-3 Rover wheels for icy regolith\nKARI Stage 3\n4. Outlook\nThe agencies will meet again.")
    works = {(s.removeprefix("id/org/"), o) for s, p, o in r.facts if p == "isecg:worksOn"}
    labels = r.labels()
    named = {(s, labels.get(o, o)) for s, o in works}
    assert ("csa", "Thermal control of surface assets through the lunar night (TN-1)") in named
    assert {s for s, label in named if label.startswith("Autonomous docking")} == {"esa", "nasa", "lsa"}
    assert {s for s, label in named if label.startswith("Rover wheels")} == {"kari"}
    assert len(works) == 6
    # short lines naming agencies but no column of work are no header
    r = extract("Notes\nAgencies\nmet twice\nESA, NASA\nin the spring\nThe talks went well.")
    assert not any(p == "isecg:worksOn" for _, p, _ in r.facts)


def test_lettered_row_numbers_a_rating_after_the_agencies_and_a_need_with_a_number(extract):
    r = extract("Table 2. Areas and agencies\n"
                "Ref. Technology area Key need Agencies reporting work Phase Rating\n"
                "G1 Thermal control Heat rejection for 14-day nights NASA, CNES 1 Low G2 Regolith handling\n"
                "Excavation above 90 per cent uptime\n"
                "ESA, KARI 2 Severe\n"
                "G3 Surface habitats Inflatable shells; radiation walls JAXA 3 Medium\n"
                "The ratings are reviewed every two years.")
    assert r.works_on() == {("nasa", "id/tech/thermal-control"), ("cnes", "id/tech/thermal-control"),
                            ("esa", "Regolith handling"),
                            ("kari", "Regolith handling"), ("jaxa", "Surface habitats")}


def test_an_organisation_named_over_a_line_break_is_an_agency_of_a_table_row(extract):
    r = extract("Element Type Agency Phase\n"
                "Ice prospector small rover NASA, LDRC 1\n"
                "Remarks\n"
                "The rover of the Lunar Dust Research\n"
                "Centre (LDRC) of Norway is lighter. The Space\n"
                "Agency (SPQ) was not consulted.")
    assert r.works_on() == {("nasa", "Ice prospector small rover"), ("ldrc", "Ice prospector small rover")}
    assert "SPQ" not in {e.acronym for e in r.extraction.entities.values()}  # "Space Agency" fits no "SPQ"


def test_a_reported_work_column_agency_names_wrapped_and_the_header_repeated_over_a_page(extract):
    r = extract("Agency Where Reported work\n"
                "NASA Moon Crew Lander;\n"
                "polar rover for the south pole; leads the\n"
                "Technology Working\n"
                "Group topic on dust\n"
                "Indian Space\n"
                "Research\n"
                "Organisation\n"
                "(ISRO)\n"
                "Moon development of\n"
                "Surveyor-9\n"
                "\f"
                "Agency Where Reported work\n"
                "CSA Gateway Robotic Arm Three\n"
                "Across all destinations the group met twice.")
    works = r.works_on()
    assert ("nasa", "Crew Lander") in works and ("nasa", "polar rover for the south pole") in works
    assert any(a == "isro" and "Surveyor-9" in w for a, w in works)
    assert ("csa", "Robotic Arm Three") in works


def test_an_examples_column_is_no_work_column_and_a_cell_ending_in_an_acronym(extract):
    r = extract("Agencies active Area Examples of gaps\n"
                "NASA, JAXA 6. Surface mobility and robotics\n"
                "Supervised autonomy; rovers with long range\n"
                "ESA, CNES 7. Habitation Fire safety; closed-loop recovery\n"
                "Theme Agency Work\n"
                "Power UKSA Radioisotope power units for ESA Robotics CSA Robotic arm for the Gateway\n"
                "All entries as reported in 2022.")
    assert r.works_on() == {("nasa", "Surface mobility and robotics"), ("jaxa", "Surface mobility and robotics"),
                            ("esa", "id/tech/habitation"), ("cnes", "id/tech/habitation"),
                            ("uksa", "Radioisotope power units for ESA"), ("csa", "Robotic arm for the Gateway")}


def test_agencies_joined_with_the_and_a_last_row_going_on_after_a_conjunction(extract):
    r = extract("Agency Reported work\n"
                "CNES and the\n"
                "German\n"
                "Aerospace Center\n"
                "joint construction of a small rover\n"
                "ASI habitation concepts for the Moon and\n"
                "Mars habitats\n"
                "Across all destinations the themes were stable.")
    assert r.works_on() == {("cnes", "joint construction of a small rover"), ("dlr", "joint construction of a small rover"),
                            ("asi", "habitation concepts for the Moon and Mars habitats")}


def test_an_agency_column_named_by_its_participle_and_rows_coded_on_their_own_lines(extract):
    r = extract("Table 4. Open needs\n"
                "Gap When needed Work carried out by Notes\n"
                "GN-1 Thermal storage Stage 2 KARI, UKSA Heat kept through the night\n"
                "GN-2 Autonomous rendezvous\n"
                "Stage 1 NASA, CNES, Luxembourg\n"
                "Space Agency\n"
                "Sensors and guidance software\n"
                "GN-3 Regolith sintering\n"
                "Stage 3 ESA, JAXA\n"
                "Bricks for landing pads\n"
                "Next steps\n"
                "The list will be reviewed in the spring.")
    labels = {(a, w.split(" (")[0]) for a, w in r.works_on()}
    assert labels == {("kari", "Thermal storage"), ("uksa", "Thermal storage"), ("nasa", "Autonomous rendezvous"),
                      ("cnes", "Autonomous rendezvous"), ("lsa", "Autonomous rendezvous"), ("esa", "Regolith sintering"),
                      ("jaxa", "Regolith sintering")}  # "Work carried out by" is the agencies', not a work column


def test_an_item_opening_with_a_known_area_is_narrower_than_it(extract):
    r = extract("Need Agencies working on it\n"
                "In-situ resource utilisation: water extraction from polar regolith NASA, ESA\n"
                "Lunar night survival heaters for small landers JAXA\n"
                "The table is updated each year.")
    labels = r.labels()
    broader = {(labels.get(s, s), o) for s, p, o in r.facts if p == "skos:broader"}
    assert broader == {("In-situ resource utilisation: water extraction from polar regolith", "id/tech/isru")}
