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
