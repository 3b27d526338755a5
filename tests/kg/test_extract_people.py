"""People, their bodies and the units of those bodies, and who authored the document: contributor lines,
editorial-team tables, authors with superscript marks, people named in prose with their role, agencies a
sentence credits; each on a short passage written for the test."""

from __future__ import annotations

DOC = "id/doc/test-doc"


def _people(r) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in r.facts if p == "schema:affiliation"}


def _creators(r) -> set[str]:
    return {o for s, p, o in r.facts if s == DOC and p == "dcterms:creator"}


def test_contributor_lines_with_a_dash_under_a_numbered_heading(extract):
    r = extract("6. Contributors\nThis summary was put together by the secretariat. Contributors: Ana Sousa – AEB, "
                "editor\nOmar Haddad – CNES, chapter lead\nPaolo Neri – ASI, reviewer\nThe next summary is due in "
                "2031, after the spring meeting of the agencies.")
    assert _people(r) == {("id/person/ana-sousa", "id/org/aeb"), ("id/person/omar-haddad", "id/org/cnes"),
                          ("id/person/paolo-neri", "id/org/asi")}
    assert {"id/org/aeb", "id/org/cnes", "id/org/asi", "id/person/paolo-neri"} <= _creators(r)


def test_a_comma_sets_a_person_apart_only_at_the_start_of_an_item(extract):
    r = extract("On Monday, NASA announced a new lander. In Rome, ASI hosted the delegates.\n"
                "Ines Duarte, Portugal Space, signed for her agency; Karl Weber, DLR, for his.")
    assert _people(r) == {("id/person/ines-duarte", "id/org/pt-space"), ("id/person/karl-weber", "id/org/dlr")}


def test_an_editorial_team_table_after_its_introduction(extract):
    r = extract("Editorial team\nThe report was compiled from the inputs of all members. Editorial team:\n"
                "Name Agency Role\nLena Park KARI Editor\nTomas Berg ESA ISECG Secretariat\nMia Lund NASA IAWG\n"
                "The group thanks every delegation for its patience during the year.")
    assert _people(r) == {("id/person/lena-park", "id/org/kari"), ("id/person/tomas-berg", "id/org/esa"),
                          ("id/person/mia-lund", "id/org/nasa")}  # no unit "ESA ISECG": ISECG is a body of its own
    assert {"id/org/kari", "id/org/esa", "id/org/nasa"} <= _creators(r)


def test_a_role_before_a_name_of_three_words_in_a_table(extract):
    r = extract("7. Contributors\nEditor Marta Silva Costa ESA\nScience Working Group Jan Novak CNES\n"
                "The report closes the year.")
    assert _people(r) == {("id/person/marta-silva-costa", "id/org/esa"), ("id/person/jan-novak", "id/org/cnes")}


def test_authors_with_superscript_marks_and_the_units_of_their_agencies(extract):
    r = extract("Lunar Night Survival Study\nAnna Keller1 (lead), Tom Brandt2, Kenji Mori1,3\n"
                "1NASA Langley Research Center, Hampton, USA · 2European Space Agency, Noordwijk · 3JAXA, Tsukuba\n"
                "Summary. The study reviews power options for the lunar night.")
    unit = "id/org/nasa-langley-research-center"
    assert (unit, "org:unitOf", "id/org/nasa") in r.facts
    assert _people(r) == {("id/person/anna-keller", unit), ("id/person/tom-brandt", "id/org/esa"),
                          ("id/person/kenji-mori", unit), ("id/person/kenji-mori", "id/org/jaxa")}
    assert {"id/org/nasa", "id/org/esa", "id/org/jaxa", "id/person/tom-brandt"} <= _creators(r)
    assert unit not in _creators(r)  # the agency is the author


def test_marks_without_a_line_of_marked_names_are_no_authors(extract):
    r = extract("Results by phase\nPhase one closes in 2028.\n1NASA Langley Research Center · 2ESA, Noordwijk\n")
    assert not _people(r) and not _creators(r)


def test_units_written_after_their_agency(extract):
    r = extract("The model was built by Nadia Costa of the DLR Institute of Space Systems and checked by Ravi "
                "Menon (ISRO).\nEditors: Rebecca Hale, NASA Headquarters, Washington; Ian Moss, JAXA, Tsukuba.")
    assert ("id/org/dlr-institute-of-space-systems", "org:unitOf", "id/org/dlr") in r.facts
    assert _people(r) == {("id/person/nadia-costa", "id/org/dlr-institute-of-space-systems"),
                          ("id/person/ravi-menon", "id/org/isro"),
                          ("id/person/rebecca-hale", "id/org/nasa-headquarters"), ("id/person/ian-moss", "id/org/jaxa")}
    assert {"id/org/nasa", "id/org/jaxa"} <= _creators(r)  # the editors' agencies, not Tsukuba's


def test_people_named_with_their_role_in_prose(extract):
    r = extract("Maria Jensen, Director of Human Spaceflight at ESA, opened the meeting. It was hosted by DLR and "
                "closed by Karl Weber, its Chairman. Sam Lee, the Chair, thanked NASA. Elsewhere NASA's Lunar Terrain "
                "Vehicle was shown.")
    assert _people(r) == {("id/person/maria-jensen", "id/org/esa"), ("id/person/karl-weber", "id/org/dlr")}


def test_a_markdown_authors_row_names_a_body_no_list_has(extract):
    r = extract("Authors\n| Author | Affiliation | Topic |\n|---|---|---|\n"
                "| Ana Lima | University of Leeds, for the UK Space Agency | dust |\n| Omar Haddad | independent | "
                "plasma |\n| Lena Park | KARI Lunar Exploration Office | orbits |\nThe authors thank the reviewers.")
    leeds = next(iri for iri, label in r.labels().items() if label == "University of Leeds")
    assert _people(r) == {("id/person/ana-lima", leeds), ("id/person/lena-park", "id/org/kari")}
    assert {leeds, "id/org/kari"} <= _creators(r) and "id/org/uksa" not in _creators(r)


def test_agencies_a_sentence_credits_with_the_document(extract):
    r = extract("Seven member agencies provided authors and reviewers: ASI, CNES, the Canadian Space Agency (CSA) "
                "and NASA. Two agencies provided comments. The agencies reviewed the plan: ESA and JAXA agreed.")
    assert _creators(r) == {"id/org/asi", "id/org/cnes", "id/org/csa", "id/org/nasa"}


def test_a_table_of_agencies_contributing_to_the_edition(extract):
    r = extract("Contributing agencies\nFourteen space agencies contributed to this edition:\n"
                "Table 3. Agencies contributing to the third edition\nAgency Acronym Country\n"
                "Italian Space Agency ASI Italy\nCanadian Space Agency CSA Canada\nThe roadmap was released in 2018.")
    assert {"id/org/asi", "id/org/csa"} <= _creators(r)


def test_the_editors_a_document_credits_are_its_editors_and_authors(extract):
    r = extract("Editors: Marta Quint, NASA Headquarters, Washington; Ilse Brand, ESA ESTEC, Noordwijk.\n"
                "Authors: Omar Haddad (CNES); Paolo Neri (ASI).")
    editors = {o for s, p, o in r.facts if s == DOC and p == "schema:editor"}
    assert editors == {"id/person/marta-quint", "id/person/ilse-brand"}  # not the authors
    assert {"id/person/marta-quint", "id/person/omar-haddad"} <= _creators(r)


def test_editors_in_an_authors_section(extract):
    r = extract("Intro text of the update, long enough to be prose and not a heading of any kind at all.\n"
                "Editors and authors\nEditors: Marta Quint, NASA Headquarters, Washington; Ilse Brand, ESA ESTEC, "
                "Noordwijk; Jan Roos, DLR, Cologne.\nAuthors: Omar Haddad (CNES); Paolo Neri (ASI).")
    editors = {o for s, p, o in r.facts if s == DOC and p == "schema:editor"}
    assert editors == {"id/person/marta-quint", "id/person/ilse-brand", "id/person/jan-roos"}  # not the authors
    assert {"id/person/paolo-neri", "id/person/jan-roos"} <= _creators(r)


def test_a_prepared_by_table_whose_rows_run_together(extract):
    r = extract("Intro text of the study, long enough to be prose and not a heading of any kind at all.\n"
                "Table 4. Prepared by\nName Affiliation Role\n"
                "Dr. Ines Vogel NASA, Science Mission Directorate Study lead Dr. Omar Haddad CNES Author, optics "
                "Paolo van der Berg ESA, ESTEC Editor\nDr. Lena Park DLR Institute of Space Medicine Author, dosimetry "
                "Tariq Aziz ISRO Reviewer\nThe next issue is planned for 2027, after the spring meeting of the agencies.")
    unit = "id/org/dlr-institute-of-space-medicine"  # not "... Medicine Author": the next cell
    assert (unit, "org:unitOf", "id/org/dlr") in r.facts
    assert _people(r) == {("id/person/ines-vogel", "id/org/nasa"), ("id/person/omar-haddad", "id/org/cnes"),
                          ("id/person/paolo-van-der-berg", "id/org/esa"), ("id/person/lena-park", unit),
                          ("id/person/tariq-aziz", "id/org/isro")}  # no "Mission Directorate" person
    assert {"id/org/nasa", "id/org/cnes", "id/org/esa", "id/org/dlr", "id/org/isro"} <= _creators(r)


def test_rows_of_people_under_another_caption_are_no_authors(extract):
    r = extract("Intro text of the study, long enough to be prose and not a heading of any kind at all.\n"
                "Table 4. Site visits in 2026\nName Affiliation Role\n"
                "Dr. Ines Vogel NASA, Science Mission Directorate Host Dr. Omar Haddad CNES Visitor, optics Rui Paz "
                "ESA, ESTEC Visitor\nThe visits are reported in the next chapter, with the findings of each team.")
    assert ("id/person/omar-haddad", "id/org/cnes") in _people(r)
    assert not _creators(r)


def test_a_markdown_table_headed_by_its_writing_team(extract):
    r = extract("Who wrote it\nThe paper was discussed at two workshops before it was released to the public.\n"
                "| Drafting team member | Agency |\n|---|---|\n| Rosa Lindqvist | ASI |\n| Tariq Aziz | ISRO |\n"
                "The agencies thank the reviewers.")
    assert _people(r) == {("id/person/rosa-lindqvist", "id/org/asi"), ("id/person/tariq-aziz", "id/org/isro")}
    assert {"id/org/asi", "id/org/isro", "id/person/rosa-lindqvist"} <= _creators(r)


def test_a_markdown_table_of_named_people_is_no_author_list(extract):
    r = extract("Delegations\nThe plenary was attended by the heads of the delegations listed below.\n"
                "| Name | Agency |\n|---|---|\n| Rosa Lindqvist | ASI |\n| Tariq Aziz | ISRO |\n")
    assert _people(r) == {("id/person/rosa-lindqvist", "id/org/asi"), ("id/person/tariq-aziz", "id/org/isro")}
    assert not _creators(r)


def test_bylines_name_the_unit_that_wrote_the_document(extract):
    r = extract("Annual Review 2031\nCompiled by the ISECG Secretariat, Noordwijk, May 2032\n"
                "This digest was prepared by the editorial office and the CNES Secretariat, with help from NASA.")
    unit = "id/org/isecg-secretariat"
    assert (unit, "org:unitOf", "id/org/isecg") in r.facts
    assert _creators(r) == {unit, "id/org/cnes-secretariat"}  # NASA only helped


def test_a_byline_with_a_colon_names_the_group_not_whom_it_works_for(extract):
    r = extract("Lunar Samples Digest\n- Prepared by: the ISECG Science Working Group, on behalf of the "
                "International Space Exploration Coordination Group\n- Released: May 2030")
    assert _creators(r) == {"id/group/swg"}


def test_a_working_group_on_the_cover_wrote_the_document(extract):
    r = extract("INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP · SCIENCE WORKING GROUP\n"
                "Lunar Sample Return Study\nMay 2030\nSummary. The study reviews the samples that crews could "
                "return from the poles.\nTechnology Working Group\nThe Technology Working Group commented on the draft.")
    assert _creators(r) == {"id/group/swg"}  # not ISECG (a masthead) nor the group named after the summary


def test_a_contents_list_or_a_bare_masthead_names_no_author(extract):
    r = extract("International Space Exploration Coordination Group\nAnnual Review 2030\nContents\n"
                "1. Technology Working Group 3\nScience Working Group 4\n"
                "The review was written over the year by the delegations of the member agencies.")
    assert not _creators(r)


def test_people_who_represent_a_body(extract):
    r = extract("CNES chaired the group until May 2031, represented by Hugo Lemaire. Anna Rossi, who represented "
                "ASI as chair, thanked the hosts. KARI will host the next plenary; its representative, Lee Min-ho, "
                "said the agency was ready. NASA and ESA, represented by Sara Vidal, signed. The session was "
                "represented by Mark Olsen.")
    assert _people(r) == {("id/person/hugo-lemaire", "id/org/cnes"), ("id/person/anna-rossi", "id/org/asi"),
                          ("id/person/lee-min-ho", "id/org/kari")}


def test_the_people_a_byline_of_the_document_names(extract):
    r = extract("This study was co-led by Nadia Costa (CNES) and Ravi Menon of ISRO, with advice from Sam Hill "
                "(NASA). The survey of 2019 was led by Ines Vogel (ESA).")
    assert _creators(r) == {"id/person/nadia-costa", "id/org/cnes", "id/person/ravi-menon", "id/org/isro"}


def test_a_work_a_body_calls_its_own(extract):
    r = extract('The Technology Working Group recalled the reception of its 2026 white paper, "Dust Tolerant '
                'Mechanisms for Lunar Surface Systems". NASA and ESA discussed the paper "Power Options for the '
                'Lunar Night Beyond Batteries", and ESA and JAXA welcomed its study "Water Extraction Pilots in '
                'Permanently Shadowed Craters".')
    docs = {s: o for s, p, o in r.facts if p == "dcterms:creator"}
    labels = r.labels()
    assert {labels[s]: o for s, o in docs.items()} == {
        "Dust Tolerant Mechanisms for Lunar Surface Systems": "id/group/twg"}


def test_its_representative_is_of_the_body_named_last(extract):
    r = extract("Speaking for CNES, Dr Anne Roux thanked JAXA and its representative Kenji Mori for their work.")
    assert ("id/person/kenji-mori", "id/org/jaxa") in _people(r)
    assert not any(p == "id/person/kenji-mori" and o != "id/org/jaxa" for p, o in _people(r))


def test_a_role_that_opens_a_row_makes_no_editor(extract):
    r = extract("7. Contributors\nEditor Marta Silva Costa ESA\nScience Working Group Jan Novak CNES\n"
                "The report closes the year.")
    editors = {o for s, p, o in r.facts if s == DOC and p == "schema:editor"}
    assert "id/person/jan-novak" not in editors


def test_a_person_in_a_meeting_record_s_details(extract):
    r = extract("ISECG Senior Managers Meeting\nPlace: Lima, Peru\nDates: 3-4 May 2029\nHost: CONIDA\n"
                "Chair: Marta Quint, CNES, ISECG Chair\nRapporteur: the ISECG Secretariat\n")
    assert ("id/person/marta-quint", "id/org/cnes") in _people(r)
    assert not any(p.endswith(("/place", "/dates", "/host")) for p, _ in _people(r))


def test_a_person_named_again_in_the_contributors_is_credited(extract):
    r = extract("Message from the Chair\nThe year was a busy one for every delegation of the group and its members. "
                "Ana Sousa, Brazilian Space Agency (AEB), for the chair team.\n"
                "Contributors\nThe report was prepared by the chair team. Contributors: Rui Paz – ESA, editor\n"
                "Ana Sousa – AEB, chair team lead\nThe next report is due in 2031, after the spring meeting.")
    assert {"id/person/ana-sousa", "id/person/rui-paz"} <= _creators(r)


def test_a_byline_names_the_unit_of_a_body_and_its_editor(extract):
    r = extract("MOON FORUM\nYearly Review 2027\nIssued by the ISECG Secretariat, Vienna\nThe year was busy.")
    assert _creators(r) == {"id/org/isecg-secretariat"}
    assert ("id/org/isecg-secretariat", "org:unitOf", "id/org/isecg") in r.facts
    r = extract("The Forum met twice. Prepared by the ISECG Secretariat. Editor: Lena Dahl.\nThe end.")
    assert ("id/person/lena-dahl", "id/org/isecg-secretariat") in _people(r)
    assert ("id/doc/test-doc", "schema:editor", "id/person/lena-dahl") in r.facts
    r = extract("Summary\nThis paper was written by the ISECG Mars Ice Mapping Team, led by NASA.")
    assert _creators(r) == {"id/group/mars-ice-mapping-team"}  # the group, not ISECG


def test_a_head_byline_with_a_genre_noun_but_not_in_the_body(extract):
    r = extract("Lunar Night Survival\nA review by the ISECG Technology Working Group, June 2027\nSummary text.")
    assert _creators(r) == {"id/group/twg"}
    r = extract("Lunar Night Survival\nJune 2027\nSome text.\nMore text.\nEven more.\nLast of the head.\n"
                "A study by NASA in 2019 showed that the night is long.")
    assert not _creators(r)


def test_marked_authors_with_particles_and_a_body_no_list_has(extract):
    r = extract("Dust Mitigation Options\nJan van den Berg1, Rosa de la Cruz2, Piotr Nowak3\n"
                "1European Space Agency, ESTEC · 2CNES, Toulouse · 3Institute of Aviation of the Lukasiewicz "
                "Network (ILOT), Warsaw, on behalf of POLSA\nSummary. Dust is everywhere.")
    people = _people(r)
    assert ("id/person/jan-van-den-berg", "id/org/esa") in people
    assert ("id/person/rosa-de-la-cruz", "id/org/cnes") in people
    (body,) = {o for s, o in people if s == "id/person/piotr-nowak"}
    assert r.labels()[body] == "Institute of Aviation of the Lukasiewicz Network" and body != "id/org/polsa"
    assert "id/org/polsa" not in _creators(r) and body in _creators(r)  # marked: the body they write for is no author


def test_a_person_with_a_role_set_apart_by_commas_and_a_signature(extract):
    r = extract("Foreword\nThe year was long.\nAna Lopes, Director of Lunar Robotics, CNES — Forum Chair\n"
                "1. Meetings\nThe delegations included Rui Costa, ESA Head of Exploration Planning, and Mia Holm, "
                "DLR Programme Director. The Centre National d'Etudes Spatiales (CNES) hosted them.")
    assert _people(r) == {("id/person/ana-lopes", "id/org/cnes"), ("id/person/rui-costa", "id/org/esa"),
                          ("id/person/mia-holm", "id/org/dlr")}
    # a list of places and bodies is no person and role
    r = extract("Delegates came from Paris, ESA Headquarters, and Bonn, DLR Director's office.")
    assert not _people(r)


def test_a_table_of_fields_names_who_wrote_the_minutes(extract):
    r = extract("Forum Plenary: Minutes\nHeld online, 3 June 2027\n| | |\n|---|---|\n| Chair | Lena Dahl, DLR |\n"
                "| Rapporteur | ISECG Secretariat |\n| Status | Approved |\nItem 1. The chair opened the meeting.")
    assert _creators(r) == {"id/org/isecg-secretariat"}
    assert ("id/person/lena-dahl", "id/org/dlr") in _people(r)
    # a label row far down the document is a table's, not the document's byline
    r = extract("Forum Plenary\n" + "Text.\n" * 12 + "| Rapporteur | ISECG Secretariat |\n")
    assert not _creators(r)


def test_a_table_of_agencies_and_the_people_heading_their_delegations(extract):
    r = extract("| Agency | Delegation head |\n|---|---|\n| CNES | Paul Girard, Director of Strategy |\n"
                "| UAESA | Sara Amiri, project lead, Mohammed Bin Rashid Space Centre (MBRSC) |\n"
                "| ASI | to be named |\n| DLR | Karl Brandt (also chairing) |")
    assert _people(r) == {("id/person/paul-girard", "id/org/cnes"), ("id/person/sara-amiri", "id/org/mbrsc"),
                          ("id/person/karl-brandt", "id/org/dlr")}


def test_a_contributors_table_run_together_by_a_pdf(extract):
    r = extract("Contributors\nThe team wrote this paper in 2027, helped by the Secretariat, whose staff edited it.\n"
                "Name Organisation Role\nLena Dahl ESA, ESTEC lead author; sections 1 and 2 Joao Pires Instituto de "
                "Astrofisica Lisboa (IALX), for Portugal Space drill data\nOmar Haddad Atmospheric Optics "
                "Laboratory, for CNES review Nina\nKoval\nLCAS, for NASA figures\n"
                "Agencies represented: CNES, ESA, NASA and Portugal Space.")
    people = _people(r)
    assert ("id/person/lena-dahl", "id/org/esa") in people
    assert ("id/person/omar-haddad", "id/org/atmospheric-optics-laboratory") in people  # before "for CNES"
    assert ("id/person/nina-koval", "id/org/lcas") in people
    assert {"id/org/cnes", "id/org/esa", "id/org/nasa", "id/org/pt-space"} <= _creators(r)
    assert not any(s.startswith("id/person/name") or "role" in o for s, o in people)  # no column heading


def test_agencies_represented_credit_the_document_only_in_a_contributors_section(extract):
    r = extract("1. Meeting\nThe plenary met in Rome.\nAgencies represented: CNES, ESA and NASA.")
    assert not _creators(r)


def test_a_person_of_a_ministry_named_with_its_portfolio(extract):
    r = extract("The visitors were led by Park Min-ho of the Ministry of Oceans and Fisheries and Lee Sun, Vice "
                "President of KARI. Jan Berg of the Office said nothing.")
    people = _people(r)
    assert ("id/person/park-min-ho", "id/org/ministry-of-oceans-and-fisheries") in people
    assert ("id/person/lee-sun", "id/org/kari") in people
    assert not any(s == "id/person/jan-berg" for s, _ in people)  # "the Office": no body's name


def test_a_contributors_row_whose_body_has_an_acronym_of_another_language(extract):
    r = extract("Contributors\nName Organisation Role\nOlga Ivanova Space Research Institute (IKI), for Roscosmos "
                "neutron data\nThe end of the list came with thanks to all who helped us.")
    assert {(s, r.labels()[o]) for s, o in _people(r)} == {("id/person/olga-ivanova", "Space Research Institute")}


def test_the_issuer_s_name_cut_by_a_line_break(extract):
    r = extract("Lunar Night Survival - 2031 Update\n1. Purpose\nThe assessment is prepared by the ISECG Technology\n"
                "Working Group (TWG). It builds on the first edition.")
    assert _creators(r) == {"id/group/twg"}  # not ISECG, whose name only starts the group's
    r = extract("Lunar Night Survival - 2031 Update\n1. Purpose\nThe assessment is prepared by the ISECG Lunar\n"
                "Night Team, a group of experts, in its first year.")
    assert not _creators(r)


def test_a_new_body_of_two_names_joined_by_and_but_not_the_next_person(extract):
    r = extract("The paper, by Ada Vance of the Ruritanian Embassy in the United Kingdom and Tom Hale of "
                "NASA Headquarters, was presented. Jin Park of the Ministry of Science and ICT spoke.")
    labels = r.labels()
    works = {(labels.get(s, s), labels.get(o, o)) for s, p, o in r.facts if p == "schema:affiliation"}
    assert ("Ada Vance", "Ruritanian Embassy in the United Kingdom") in works  # not "... and Tom"
    assert ("Jin Park", "Ministry of Science and ICT") in works


def test_a_body_s_role_then_the_person_and_a_person_serving_as_its_representative(extract):
    r = extract("Among the speakers were CNES’s Deputy Director for Robotic Exploration, Hélène Marot, and the "
                "UK Space Agency's Chair, Tom Ashby. Since 2030, Dr Bram De Wit has served as ESA's representative "
                "in the group.")
    assert _people(r) == {("id/person/helene-marot", "id/org/cnes"), ("id/person/tom-ashby", "id/org/uksa"),
                          ("id/person/bram-de-wit", "id/org/esa")}
    assert not any("director" in s or "chair" in s for s, _ in _people(r))  # a role's words are no name


def test_a_person_of_a_body_in_other_words(extract):
    r = extract("The team comprised Ana Reis of ASI, Paul Fort from CNES, Erik Holm for DLR and Lin Wei, also of "
                "ASI. Nadia Rossi of the Italian agency, ASI, reviewed it. Ken Oda, Institute of Space Science of "
                "JAXA, checked the data, and Lars Berg, of ESTEC, the European Space Agency's technical centre, "
                "edited it.")
    assert _people(r) == {("id/person/ana-reis", "id/org/asi"), ("id/person/paul-fort", "id/org/cnes"),
                          ("id/person/erik-holm", "id/org/dlr"), ("id/person/lin-wei", "id/org/asi"),
                          ("id/person/nadia-rossi", "id/org/asi"), ("id/person/ken-oda", "id/org/jaxa"),
                          ("id/person/lars-berg", "id/org/esa")}


def test_people_set_apart_by_a_dash_or_a_role_in_brackets(extract):
    r = extract("Chapters were written as follows: power — Lea Moreau, CNES; robotics — Dr. Omar Said, CSA.\n"
                "Ivo Horak — ESTEC, ESA, Noordwijk\n"
                "Contributor Organisation Location\nMaria Lind (co-lead) NASA, Headquarters Washington DC (USA)\n"
                "The list closes here, and the work of the group goes on next year.")
    people = {(s, r.labels().get(o, o)) for s, o in _people(r)}
    assert {("id/person/lea-moreau", "id/org/cnes"), ("id/person/omar-said", "id/org/csa"),
            ("id/person/ivo-horak", "ESA ESTEC"), ("id/person/maria-lind", "id/org/nasa")} == people


def test_a_list_of_delegations_each_item_opening_with_the_body(extract):
    r = extract("The heads of delegation were:\n- for NASA, Eva Stone (Associate Administrator);\n"
                "- for AEB, its President, Rui Sales;\n- for GISTDA, its Executive Director, Somchai Kaew.")
    assert _people(r) == {("id/person/eva-stone", "id/org/nasa"), ("id/person/rui-sales", "id/org/aeb"),
                          ("id/person/somchai-kaew", "id/org/gistda")}


def test_a_person_writing_for_an_agency_of_a_body_of_their_own(extract):
    r = extract("Authors and acknowledgements\nThe text was written by the members of the task group.\n"
                "Olga Ivanova, for Roscosmos, of the Space Research Institute (IKI) – neutron data.\n"
                "Ravi Nair, for ISRO, of the Vikram Sarabhai Centre – inputs on landers.")
    people = {(s, r.labels().get(o, o)) for s, o in _people(r)}
    assert people == {("id/person/olga-ivanova", "Space Research Institute"),
                      ("id/person/ravi-nair", "Vikram Sarabhai Centre")}


def test_an_authors_section_in_prose_credits_the_people_it_names(extract):
    r = extract("4 · Editorial team\nLead authorship was held by Dr. Lena Vogt of DLR, who co-chairs the group with "
                "Ken Abe (JAXA). The text was edited by Piet Jansen of the ISECG Secretariat at ESA's ESTEC. "
                "Chapters were drafted as follows: power — Lea Moreau, CNES; robotics — Omar Said, CSA.\n"
                "Sources\nThe sources of this report are listed in the annex for the reader's use.")
    assert {"id/org/dlr", "id/org/jaxa", "id/org/esa", "id/org/cnes", "id/org/csa"} <= _creators(r)
    assert ("id/person/piet-jansen", "id/org/esa") in _people(r)


def test_a_section_about_the_document_and_a_heading_naming_its_authors(extract):
    r = extract("Outlook\nThe group will meet in Oslo next year to discuss the plans of NASA and ESA.\n"
                "About this report\nThe chair team drafted this report. Lin Wei of CNSA led the team, and Ana "
                "Reis, also of CNSA, assisted. Contributions came from Paul Fort (CNES) and Erik Holm (DLR).\n"
                "The report closes with thanks to all member agencies of the group.")
    assert _creators(r) >= {"id/org/cnsa", "id/org/cnes", "id/org/dlr"}
    assert not {"id/org/nasa", "id/org/esa"} & _creators(r)  # named before the section
    r = extract("Contributing agencies and authors\nThe agencies below supplied the writers.\n- ASI\n- CNES\n"
                "Besides the editors, the writing team comprised Ana Reis of ASI and Paul Fort from CNES, with "
                "Erik Holm for DLR.\nWhat happens next\nThe group will review the paper once NASA has its data.")
    assert {"id/org/asi", "id/org/cnes", "id/org/dlr"} <= _creators(r)
    assert "id/org/nasa" not in _creators(r)


def test_a_line_of_agencies_represented_closes_the_section_even_after_prose_naming_people(extract):
    r = extract("Authors and acknowledgements\nThe text was drafted by the task group, whose co-chairs were Ana "
                "Reis of ASI and Paul Fort of CNES.\nErik Holm, DLR – reviewer. Lin Wei, CNSA – data.\n"
                "Agencies represented: ASI, CNES, CNSA, DLR and KARI. Cite as: ISECG (2031), Polar Dust Notes.")
    assert {"id/org/asi", "id/org/cnes", "id/org/cnsa", "id/org/dlr", "id/org/kari"} <= _creators(r)


def test_bodies_that_made_the_document_in_the_active_voice_or_entrusted_with_its_drafting(extract):
    r = extract("Overview\nThe ISECG Secretariat and the chair team drafted this report. It covers 2031.")
    assert _creators(r) == {"id/org/isecg-secretariat"}
    r = extract("Purpose\nExperts drawn from six agencies of ISECG prepared this paper. It reviews the data.")
    assert not _creators(r)  # ISECG is no subject: the agencies' body
    r = extract("Record\nThe delegates met in Rome. The ISECG Secretariat issued this record on 9 May 2031.")
    assert _creators(r) == {"id/org/isecg-secretariat"}
    r = extract("Intro\nISECG released the paper in May. Drafting was entrusted to the Science Working Group of "
                "ISECG, which acted for the group.")
    assert "id/group/swg" in _creators(r)


def test_bylines_dated_in_a_field_or_in_a_segment_of_an_imprint_line(extract):
    r = extract("Annual Report 2031\nWhat the group did.\nPublished in March 2032 by the ISECG Secretariat in "
                "Noordwijk.")
    assert _creators(r) == {"id/org/isecg-secretariat"}
    r = extract("Minutes of the meeting\n- Presiding: the Chair, Ana Lima of NASA\n- Minutes taken by: the ISECG "
                "Secretariat\n- Approval: by written procedure")
    assert "id/org/isecg-secretariat" in _creators(r)
    r = extract("International Space Exploration Coordination Group\nAnnual Report 2031\nA year of work on the "
                "roadmap Issued on 2 May 2032 | Drafted by the group's Secretariat, which ESA hosts at ESTEC\n"
                "The year in brief\nISECG met twice, and the International Space Exploration Coordination Group grew.")
    assert "id/org/isecg-secretariat" in _creators(r)
    assert "id/org/esa" in _creators(r)  # the host of the unit writes through it (test_probes_authors18)


def test_agencies_credited_in_a_list_below_and_people_after_a_word_for_authors(extract):
    r = extract("Origins\nSeven of the member agencies supplied the paper's writers and reviewers:\n"
                "- ASI, the Italian space agency\n- CNES, France's agency\n- NASA\nMore text follows here about "
                "the science and its questions.")
    assert _creators(r) == {"id/org/asi", "id/org/cnes", "id/org/nasa"}
    r = extract("Intro\nTwo editors saw the text through: Ana Reis, of NASA's science office, and Paul Fort, of "
                "CNES. The contributors came from three agencies: DLR, JAXA and KARI.")
    assert {"id/org/nasa", "id/org/cnes", "id/org/dlr", "id/org/jaxa", "id/org/kari"} <= _creators(r)
    r = extract("Intro\nThe 2029 paper IAC-29-A5.1.2, whose authors were Ana Reis of NASA and Paul Fort of CNES, "
                "was cited.")
    assert not {"id/org/nasa", "id/org/cnes"} & _creators(r)  # another work's authors


def test_a_title_without_a_comma_a_role_in_lower_case_and_a_person_speaking_for_a_body(extract):
    r = extract("Intro\nESA's Director General Lars Holm opened it. Ana Lima, NASA's chief scientist, spoke. Rui "
                "Paz, speaking on behalf of AEB, agreed. ASI chaired the group, with Ana Berg as its representative.")
    assert _people(r) == {("id/person/lars-holm", "id/org/esa"), ("id/person/ana-lima", "id/org/nasa"),
                          ("id/person/rui-paz", "id/org/aeb"), ("id/person/ana-berg", "id/org/asi")}


def test_a_body_leading_the_drafting_or_responsible_for_the_text(extract):
    r = extract("Intro\nThe Technology Working Group led the drafting of this report. It covers 2031.")
    assert _creators(r) == {"id/group/twg"}
    r = extract("Intro\nResponsibility for the text lies with the Science Working Group.")
    assert _creators(r) == {"id/group/swg"}


def test_authors_in_a_bulleted_or_numbered_list_and_in_a_table_of_any_column_order(extract):
    for text in ("Authors\n- Ana Lima (NASA)\n- Rui Paz, AEB\nThe report ends here, with thanks to all the agencies.",
                 "Contributors\n1. Ana Lima, NASA\n2. Rui Paz, AEB\nThe report ends here, with thanks to all of them.",
                 "Authors\n| Agency | Name | Role |\n|---|---|---|\n| NASA | Ana Lima | lead |\n"
                 "| AEB | Rui Paz (co-lead) | editor |\nThe report ends here, with thanks to all the agencies.",
                 "Writing team\n| Name | Role | Agency |\n|---|---|---|\n| Ana Lima | lead | NASA |\n"
                 "| Rui Paz | editor | AEB |\nThe report ends here, with thanks to all the agencies."):
        r = extract(text)
        assert _people(r) == {("id/person/ana-lima", "id/org/nasa"), ("id/person/rui-paz", "id/org/aeb")}, text
        assert {"id/org/nasa", "id/org/aeb"} <= _creators(r), text


def test_a_byline_of_people_and_authors_labelled_with_a_remark(extract):
    for line in ("Prepared by Ana Lima (NASA) and Rui Paz of AEB.",
                 "Authors (in alphabetical order): Ana Lima (NASA), Rui Paz (AEB)."):
        r = extract(f"Lunar Study 2031\n{line}\nThe study reviews the plans of the agencies for the Moon in detail.")
        assert {"id/org/nasa", "id/org/aeb"} <= _creators(r), line
        assert not {o for s, p, o in r.facts if p == "dcterms:publisher"}, line  # people's bodies publish nothing


def test_thanks_another_work_s_editors_and_a_heading_for_authors_credit_no_one(extract):
    r = extract("Outlook\nThe plans go on.\nAbout this report\nThis report covers 2031. The group thanks Ana Lima of "
                "NASA for hosting the workshop. Rui Paz of AEB drafted it.\nThe end of the report, with thanks.")
    assert _creators(r) == {"id/person/rui-paz", "id/org/aeb"}
    r = extract("News\nThe editors of the 2030 supplement were Ana Lima (NASA) and Rui Paz (AEB). They met in Rome.")
    assert not _creators(r)
    r = extract("Notes for authors\nContributions are welcome; Ana Lima of NASA collects them for the next issue.\n"
                "The end.")
    assert not _creators(r)


def test_the_document_as_a_body_s_work(extract):
    r = extract("Intro\nThis report is a product of the ISECG Technology Working Group and its members.")
    assert _creators(r) == {"id/group/twg"}
    r = extract("Intro\nThe assessment was the joint work of NASA and ESA.")
    assert _creators(r) == {"id/org/nasa", "id/org/esa"}
    r = extract("Intro\nThis plan is the result of years of work by NASA.")
    assert not _creators(r)


def test_a_person_who_heads_a_body_at_a_body_or_with_a_role_and_a_body_in_brackets(extract):
    r = extract("Intro\nAna Lima, who heads ESA's robotics office, spoke. Rui Paz at AEB agreed. Lena Vogt (Director, "
                "DLR) left. Eva Stone (Associate Administrator, Human Exploration) stayed. The Gateway Program at "
                "NASA grew.")
    assert _people(r) == {("id/person/ana-lima", "id/org/esa"), ("id/person/rui-paz", "id/org/aeb"),
                          ("id/person/lena-vogt", "id/org/dlr")}


def test_a_working_group_named_after_a_document_head_noun_is_a_body_not_a_document(extract):
    r = extract("This scenario update was prepared by the ISECG Exploration Roadmap Working Group (ERWG) in 2023.",
                year=2023)
    creators = {o for s, p, o in r.facts if p == "dcterms:creator"}
    assert creators == {"id/group/erwg"}  # not a document "ISECG Exploration Roadmap" hiding the group


def test_signatories_under_a_heading_asking_who_wrote_it_listed_by_topic(extract):
    r = extract("Who wrote it\nThe paper carries the signatures of four authors.\nThe co-chairs led the work:\n"
                "- Ana Sousa, Brazilian Space Agency (AEB): co-chair;\n- Omar Haddad, of CNES: the other co-chair.\n"
                "The other signatories, by topic:\n- dust and regolith: Paolo Neri (Italian Space Agency, ASI);\n"
                "- geophysics: Karl Weber (DLR, the German Aerospace Center).\nResults\nThe paper found ice.")
    assert {"id/person/ana-sousa", "id/person/omar-haddad", "id/person/paolo-neri", "id/person/karl-weber",
            "id/org/aeb", "id/org/cnes", "id/org/asi", "id/org/dlr"} <= _creators(r)


def test_contributing_agencies_listed_by_country_after_a_sentence_introducing_them(extract):
    r = extract("Contributing agencies\nContributions came from four space agencies, listed below by country.\n"
                "Country Agency\nBrazil AEB — Brazilian Space Agency\nFrance Centre National d'Études Spatiales (CNES)\n"
                "Germany DLR — German Aerospace Center\nItaly Italian Space Agency (ASI)\nDepartures from the plan\n"
                "The plan changed.")
    assert _creators(r) == {"id/org/aeb", "id/org/cnes", "id/org/dlr", "id/org/asi"}


def test_bodies_a_sentence_credits_listed_on_the_rows_below_it(extract):
    # the count caps the list; a former name in a row is no other contributor; prose after the rows ends the list
    r = extract("Of the nine members, 4 sent material for this paper. They appear below by year:\n"
                "Joined Agency\n2007 Canadian Space Agency (CSA) Canada 2007, then as\nBNSC\n"
                "UK Space Agency (UKSA) United Kingdom\n2019 Polish Space Agency (POLSA) Poland 2020 Brazilian Space "
                "Agency (AEB) Brazil 2021 Israel Space Agency (ISA) Israel\n"
                "The paper was then discussed by the senior managers of NASA and ESA.")
    assert {"id/org/csa", "id/org/uksa", "id/org/polsa", "id/org/aeb"} <= _creators(r)
    assert not {"id/org/isa", "id/org/nasa", "id/org/esa"} & _creators(r)


def test_bodies_credited_one_a_line_with_their_full_names(extract):
    r = extract("Who took part\nThe text drew on contributions from three agencies, listed below by acronym:\n"
                "DLR — the German Aerospace Center (Germany)\nKARI — the Korea Aerospace Research Institute\n"
                "JAXA — the Japan Aerospace Exploration Agency (Japan)\nOutlook for the coming years\n"
                "NASA intends to extend the work.")
    assert {"id/org/dlr", "id/org/kari", "id/org/jaxa"} <= _creators(r)
    assert "id/org/nasa" not in _creators(r)


def test_a_body_in_brackets_and_the_agency_the_person_speaks_for(extract):
    r = extract("Authors\n- optics: Lea Kunz (HZB, the Helmholtz Centre Berlin, representing DLR);\n"
                "- regolith: Tom Ashby (The Royal Observatory, for the UK Space Agency);\n"
                "- dust: Aiko Mori (Institute of Space and Astronautical Science, JAXA);\n"
                "- geology: Jan Vogt (Institute of Planetary Research of DLR).\nThe paper was reviewed in May.")
    labels = r.labels()
    people = {(labels.get(s, s), labels.get(o, o)) for s, o in _people(r)}
    assert people == {("Lea Kunz", "Helmholtz Centre Berlin"), ("Tom Ashby", "Royal Observatory"),
                      ("Aiko Mori", "JAXA Institute of Space and Astronautical Science"),
                      ("Jan Vogt", "DLR Institute of Planetary Research")}
    assert ("id/org/jaxa-institute-of-space-and-astronautical-science", "org:unitOf", "id/org/jaxa") in r.facts
    assert {"id/org/jaxa", "id/org/dlr"} <= _creators(r)
    assert "id/org/uksa" not in _creators(r)  # whom they speak for wrote nothing with them


def test_a_unit_after_its_agency_s_possessive(extract):
    r = extract("Ana Lima, of NASA's Ames Research Center, chaired the panel; Rui Paz, of NASA's SLS team, spoke.")
    assert _people(r) == {("id/person/ana-lima", "id/org/nasa-ames-research-center"),
                          ("id/person/rui-paz", "id/org/nasa")}


def test_a_body_after_an_authors_label(extract):
    r = extract("Lunar Science Digest\nEditorial team: the Science Working Group (SWG) of ISECG.\n"
                "The digest reviews the science of the Moon.")
    assert "id/group/swg" in _creators(r)


def test_an_authors_table_whose_rows_end_with_a_place_cell(extract):
    # the last cell of a row ("Bremen") is no part of the next row's name; a row's body no list has, written for an
    # agency "on its behalf", is the person's and wrote with them
    r = extract("Editorial team\nContributor Organisation\nAna Lima Agência Espacial Brasileira, Brasilia, Bremen\n"
                "Karl Vogt German Aerospace Center, Bremen\nEva Nowak Institute of Aviation of the Polish Academy (IOA PAN),"
                "\nWarsaw; contributing on POLSA's behalf\nSummary\nThe study reviews the needs of lunar surface power "
                "systems for the decade.")
    labels = r.labels()
    people = {(labels.get(s, s), labels.get(o, o)) for s, o in _people(r)}
    assert ("Karl Vogt", "German Aerospace Center") in people or ("Karl Vogt", "id/org/dlr") in people
    assert not any(name.startswith(("Bremen", "Brasilia")) for name, _ in people)
    assert ("Eva Nowak", "Institute of Aviation of the Polish Academy") in people
    assert "id/org/polsa" not in _creators(r)


def test_an_editor_for_a_unit_which_prepared_the_issue(extract):
    r = extract("Newsletter, Issue 4\nThe group met in Rome.\n"
                "Editor: Mara Holm, for the ISECG Secretariat, which prepared this issue.")
    assert ("id/person/mara-holm", "id/org/isecg-secretariat") in _people(r)
    assert "id/org/isecg-secretariat" in _creators(r)


def test_a_body_named_by_its_nationality_and_kind(extract):
    # "the Italian agency" is ASI, "the Korean institute" KARI, "the Luxembourg agency" LSA: one body fits each
    r = extract("The Italian agency had led the group since May, with Mia Rossi as its representative. "
                "Jin Park, who represents the Korean institute, spoke. Paul Weis of the Luxembourg agency agreed.")
    assert _people(r) == {("id/person/mia-rossi", "id/org/asi"), ("id/person/jin-park", "id/org/kari"),
                          ("id/person/paul-weis", "id/org/lsa")}


def test_a_table_row_of_a_body_then_a_person_and_a_clause_of_their_work(extract):
    r = extract("Agency in the chair Chair Period\nESA Anne Roux spring 2015 until May 2017\n"
                "CSIRO Commonwealth Scientific and Industrial Research Organisation Australia\n"
                "Roscosmos State Corporation for Space Activities (Russia)\n"
                "The group will be chaired by Ida Berg, who directs robotic exploration at CNES.")
    assert _people(r) == {("id/person/anne-roux", "id/org/esa"), ("id/person/ida-berg", "id/org/cnes")}


def _chairs(r) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in r.facts if p == "org:member" and s.startswith("id/chair/")}


def test_the_chair_passed_with_a_phrase_and_an_apposition_between(extract):
    # an adverbial before "from", the previous holder's apposition ("in the chair since 2017") dating its own term
    r = extract("ISECG met in Rome. The chairmanship passed at the close of the meeting from CNES, in the chair since "
                "2017, to DLR, the German Aerospace Center.", year=2020)
    # undated, the handover ends CNES's term by the document's date at the latest
    assert ("id/chair/cnes-isecg-2017-to-2020", "id/org/cnes") in _chairs(r)
    assert ("id/chair/dlr-isecg-2020", "id/org/dlr") in _chairs(r)


def test_the_chair_held_since_and_a_successor_in_the_chair(extract):
    r = extract("ISECG met twice. The chairmanship has been held by CSA since 2019. The managers decided that ASI, "
                "the Italian agency, will succeed CSA in the chair in 2021.", year=2020)
    assert {("id/chair/csa-isecg-from-2019", "id/org/csa"), ("id/chair/asi-isecg-from-2021", "id/org/asi")} \
        <= _chairs(r)


def test_an_agency_s_own_chair_named_with_a_person_is_not_the_group_s(extract):
    r = extract("ISECG met in Dubai. Opening the session, the UAE Space Agency's Chair, Sarah Al Amiri, welcomed "
                "the delegates.", year=2021)
    assert not _chairs(r)


def test_a_person_of_a_unit_they_serve_at_their_own_agency(extract):
    r = extract("The report was edited by Ana Berg of the ISECG Secretariat at ESA's ESTEC.")
    assert _people(r) == {("id/person/ana-berg", "id/org/esa")}
    assert "id/org/isecg" not in _creators(r)


def test_bodies_credited_in_the_sentence_after_a_cue_of_writing_or_contribution(extract):
    for text in ("Contributing agencies: ASI, CNES and DLR.", "This study drew on input from ASI, CNES and DLR.",
                 "Material for this paper was supplied by ASI, CNES and DLR.",
                 "Nine agencies took part in preparing the report: ASI, CNES, DLR."):
        assert {"id/org/asi", "id/org/cnes", "id/org/dlr"} <= _creators(extract(text)), text
    # a contribution to something else, and thanks, credit nobody
    assert not _creators(extract("Contributions to the Gateway came from ASI, CNES and DLR."))
    assert not _creators(extract("We thank ASI, CNES and DLR for the material they supplied for this paper."))


def test_people_listed_in_prose_each_with_their_body_after_a_comma(extract):
    r = extract("The paper's authors are Ana Lima, NASA, and Rui Paz, ESA.")
    assert _people(r) == {("id/person/ana-lima", "id/org/nasa"), ("id/person/rui-paz", "id/org/esa")}
    assert {"id/org/nasa", "id/org/esa"} <= _creators(r)


def test_a_person_with_their_body_in_other_appositions(extract):
    r = extract("Ana Lima, a NASA engineer, spoke. Rui Paz, head of the ESA delegation, agreed. Ida Berg [JAXA] left. "
                "For CNES, Eva Roux attended. The Moon Mineralogy Mapper, a NASA instrument, flew in 2008.")
    assert _people(r) == {("id/person/ana-lima", "id/org/nasa"), ("id/person/rui-paz", "id/org/esa"),
                          ("id/person/ida-berg", "id/org/jaxa"), ("id/person/eva-roux", "id/org/cnes")}


def test_more_wordings_of_who_holds_the_chair(extract):
    cases = {"ESA has presided over ISECG since 2021.": ("id/chair/esa-isecg-from-2021", "id/org/esa"),
             "ESA, the current chair of ISECG, hosted the meeting.": ("id/chair/esa-isecg-2020", "id/org/esa"),
             "ESA became chair of ISECG in 2015.": ("id/chair/esa-isecg-from-2015", "id/org/esa"),
             "ESA takes the helm of ISECG in 2021.": ("id/chair/esa-isecg-from-2021", "id/org/esa"),
             "The ISECG chair, Ana Lima of ESA, opened the meeting.": ("id/chair/esa-isecg-2020", "id/org/esa"),
             "NASA handed over to ESA, which now chairs the group.": ("id/chair/esa-isecg-2020", "id/org/esa"),
             "Ana Lima of ESA, who presided over ISECG from 2014 to 2016, spoke.":
                 ("id/chair/esa-isecg-2014-to-2016", "id/org/esa")}
    for text, chair in cases.items():
        assert _chairs(extract(f"ISECG met in Rome. {text}", year=2020)) == {chair}, text
    r = extract("ISECG met in Rome. ESA replaced NASA as chair of ISECG in 2015.", year=2020)
    assert _chairs(r) == {("id/chair/esa-isecg-from-2015", "id/org/esa"), ("id/chair/nasa-isecg-until-2015", "id/org/nasa")}
    for text in ("NASA held a workshop in Houston.", "CSA, the vice-chair of ISECG, spoke."):
        assert not _chairs(extract(f"ISECG met in Rome. {text}", year=2020)), text
