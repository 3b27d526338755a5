"""A document's own publication as an event, founding lists, people of bodies no reference list has, units of
units, lists of work and titles issued as reports:
each rule on a short passage written for the test."""

from __future__ import annotations

BODY = "id/org/isecg"
TEXT = ("How the Plan was agreed\n"
        "The International Space Exploration Coordination Group coordinates the work. The contributing agencies "
        "agreed that 14 June 2016 would be the first day on which each could publish the Plan. The release coincided "
        "with the second NASA/JAXA workshop on Lunar Surface Operations. The local press placed that gathering in "
        "Tsukuba, Japan, the week before.\n"
        "The contributing agencies\n"
        "ASI Italian Space Agency Italy\n"
        "CNES Centre National d'Etudes Spatiales France\n"
        "JAXA Japan Aerospace Exploration Agency Japan\n"
        "Reading the Plan\n"
        "Its list of founding organisations is what later plans compare against.")


def test_own_publication_is_an_event_with_its_participants(extract):
    r = extract(TEXT, title="Lunar Logistics Plan", year=2016)
    event = "id/event/publication-of-test-doc"
    assert (event, "schema:startDate", "2016-06-14") in r.facts
    assert (event, "isecg:participantCount", "3") in r.facts  # the three rows of its participants list
    assert r.labels()[event] == "Publication of Lunar Logistics Plan"


def test_event_coinciding_with_another_and_placed_by_anaphora(extract):
    r = extract(TEXT, title="Lunar Logistics Plan", year=2016)
    workshop = next(iri for iri, label in r.labels().items() if label.startswith("Second NASA/JAXA workshop on"))
    assert (workshop, "schema:startDate", "2016-06-14") in r.facts  # the date of the release it coincided with
    assert (workshop, "schema:location", "id/place/tsukuba") in r.facts


def test_a_publication_not_yet_made_or_of_another_document_is_no_event(extract):
    r = extract("The agencies expected the Plan to be published in March 2017. ISECG published its annual report "
                "in May 2016.", title="Lunar Logistics Plan", year=2016)
    assert not any(p == "schema:startDate" for _, p, _ in r.facts)


def test_founding_list_is_the_participants_list(extract):
    r = extract(TEXT, title="Lunar Logistics Plan", year=2016)
    for org in ("asi", "cnes", "jaxa"):
        assert (f"id/org/{org}", "org:memberOf", BODY) in r.facts
    counts = {s for s, p, o in r.facts if p == "schema:value" and o == "3" and s.startswith("id/count/isecg-2016")}
    assert counts and all((BODY, "isecg:memberCount", c) in r.facts for c in counts)


def test_coordinated_founding_members(extract):
    r = extract("ASI, CNES and CSA were founding members of ISECG. KARI joined later.")
    for org in ("asi", "cnes", "csa"):
        assert (f"id/org/{org}", "org:memberOf", BODY) in r.facts
    assert ("id/org/kari", "org:memberOf", BODY) not in r.facts


def test_people_of_bodies_no_list_has(extract):
    r = extract("The abstract was written by Maria Rossi of the Italian Embassy in Japan. UK Science Minister "
                "Alan Brown welcomed it.")
    embassy = next(iri for iri, label in r.labels().items() if label == "Italian Embassy in Japan")
    assert ("id/person/maria-rossi", "schema:affiliation", embassy) in r.facts
    assert (embassy, "rdf:type", "http://www.w3.org/ns/org#FormalOrganization") in r.facts
    government = next(iri for iri, label in r.labels().items() if label == "UK government")
    assert ("id/person/alan-brown", "schema:affiliation", government) in r.facts
    assert (government, "isecg:country", "id/place/united-kingdom") in r.facts


def test_the_agencies_of_the_body_work_on_technology(extract):
    r = extract("The International Space Exploration Coordination Group met online. The agencies announced that they "
                "would keep assessing technology gaps and refining the scenario, to prepare for Mars.")
    gaps = next(iri for iri, label in r.labels().items() if label == "technology gaps")
    assert (BODY, "isecg:worksOn", gaps) in r.facts


def test_a_team_of_a_working_group_is_its_sub_organisation(extract):
    r = extract("ISECG Working Groups and Teams\nMission Analysis Working Group (MAWG)\nThe MAWG compares missions.\n"
                "Mission Analysis Working Group and Tiger Team (MAWG-TT)\nThe MAWG-TT writes the summaries.")
    assert ("id/group/mawg", "org:unitOf", BODY) in r.facts
    assert ("id/group/mawg-tt", "org:subOrganizationOf", "id/group/mawg") in r.facts
    assert ("id/group/mawg-tt", "org:unitOf", BODY) not in r.facts


def test_people_of_a_bodys_member_agencies_are_not_the_body(extract):
    sentence = "In robotics, {} completed work analysing the technology gaps in the domain of Life Support Systems."
    nasa = extract(sentence.format("NASA engineers")).facts  # people of an agency: the agency's work
    assert ("id/org/nasa", "isecg:worksOn", "id/tech/life-support-systems") in nasa
    facts = extract(sentence.format("ISECG agency experts")).facts  # people of its member agencies: not ISECG's
    assert not any(s == BODY and p == "isecg:worksOn" for s, p, _ in facts)


def test_a_list_of_work_after_a_colon_is_the_subjects(extract):
    r = extract("The International Space Exploration Coordination Group met in Rome. The group's work plan for 2031 "
                "lists several strands of work: cooperation in analogue campaigns; studies assessing technology gaps; "
                "an exchange of best practices.")
    gaps = next(iri for iri, label in r.labels().items() if label == "technology gaps")
    assert (BODY, "isecg:worksOn", gaps) in r.facts
    r = extract("The International Space Exploration Coordination Group met in Rome. The delegates visited three "
                "sites: a hall; a lab studying technology gaps; a garden.")
    assert not any(p == "isecg:worksOn" for _, p, _ in r.facts)  # no list of work: nobody's work


def test_a_title_issued_as_a_report_and_its_author(extract):
    r = extract("The result, The Joint Lunar Surface Habitation Concepts, was issued as a summary report by the "
                "ISECG International Architecture Working Group in May 2031.")
    doc = next(iri for iri, label in r.labels().items() if label == "Joint Lunar Surface Habitation Concepts")
    assert (doc, "dcterms:creator", "id/group/iawg") in r.facts
    r = extract("The Joint Lunar Surface Habitation Concepts were discussed by the IAWG in May 2031.")
    assert "Joint Lunar Surface Habitation Concepts" not in r.labels().values()


def test_the_date_a_head_line_says_it_was_published_on(extract):
    # An annual report titled by the year it covers, published the next year; a date of the body is not its date.
    r = extract("Lunar Council Annual Report 2019\nPublished March 2020 by the Lunar Council\nMembership\n"
                "The Korea Aerospace Research Institute joined in February 2019.",
                title="Lunar Council Annual Report 2019", year=2019)
    assert ("id/doc/test-doc", "dcterms:issued", "2020-03") in r.facts


def test_authors_in_a_line_of_prose(extract):
    # "Name (ACRONYM)" in prose is a person of that agency, not a name of the agency.
    r = extract("Authors: Anna Berg (NASA), Kenji Sato (JAXA) and Marie Dupont (CNES).")
    for person, org in (("anna-berg", "nasa"), ("kenji-sato", "jaxa"), ("marie-dupont", "cnes")):
        assert (f"id/person/{person}", "schema:affiliation", f"id/org/{org}") in r.facts
        assert ("id/doc/test-doc", "dcterms:creator", f"id/person/{person}") in r.facts
        assert ("id/doc/test-doc", "dcterms:creator", f"id/org/{org}") in r.facts
    assert not any(s == "id/org/nasa" and o == "Anna Berg" for s, p, o in r.facts)  # no alias of NASA


def test_letters_in_order_are_not_a_new_name_of_a_known_body(extract):
    r = extract("The drafting team was led by Anna Berg of the European Science Foundation and Kenji Sato (ESA).")
    assert not any(s == "id/org/esa" and "Foundation" in o for s, p, o in r.facts)
    assert ("id/person/anna-berg", "schema:affiliation", "id/org/esa") not in r.facts
    assert ("id/person/kenji-sato", "schema:affiliation", "id/org/esa") in r.facts


def test_own_publication_told_as_a_new_one_of_its_kind_and_not_anothers(extract):
    r = extract("In March 2026 the agencies released a new assessment of their technology gaps.",
                title="Technology Gap Assessment 2026", year=2026)
    assert any(p == "schema:startDate" and o == "2026-03" for _, p, o in r.facts)
    r = extract("This assessment supersedes the gap list published in the white paper of May 2019.",
                title="Technology Gap Assessment 2026", year=2026)
    assert not any(p == "schema:startDate" for _, p, _ in r.facts)


def test_own_release_and_endorsement_as_segments_of_a_head_line_not_another_versions(extract):
    head = ("Lunar Power Needs Review (2031 Update)\n"
            "Version 3 · Issued 2 April 2031 · Replaces Version 2 (May 2029) · Approved by the Lunar Council on "
            "2031-03-18\n"
            "This update replaces the second version of this review, published in May 2029.")
    r = extract(head, title="Lunar Power Needs Review (2031 Update)", year=2031)
    labels = r.labels()
    dated = {(labels[s], o) for s, p, o in r.facts if p == "schema:startDate"}
    assert ("Publication of Lunar Power Needs Review (2031 Update)", "2031-04-02") in dated
    assert ("Endorsement of Lunar Power Needs Review (2031 Update) by the Lunar Council", "2031-03-18") in dated
    assert not any(o.startswith("2029") for _, o in dated)  # "version of this review": another version's
    r = extract("Lunar Power Needs Review 2031\nPublished May 2031 · Approved by the Lunar Council in March 2031\n",
                title="Lunar Power Needs Review 2031", year=2031)
    assert not any(p == "schema:startDate" for _, p, _ in r.facts)  # a month: the document's date, no event
    r = extract("Lunar Power Needs Review 2031\nThe review was read.\fNotes\nDraft · Issued 2 April 2031\n",
                title="Lunar Power Needs Review 2031", year=2031)
    assert not any(p == "schema:startDate" for _, p, _ in r.facts)  # not on its first page
    r = extract("Lunar Science Themes\n- Released: 3 May 2031, during the 90th Lunar Congress in Kyoto, Japan\n"
                "- Prepared by: the science group", title="Lunar Science Themes", year=2031)
    event = "id/event/publication-of-test-doc"
    assert {(event, "schema:startDate", "2031-05-03"), (event, "schema:location", "id/place/kyoto")} <= r.facts


def test_its_own_edition_made_public(extract):
    r = extract("The Lunar Logistics Plan — Fourth Edition\nThe Council made the fourth edition of its Lunar Logistics "
                "Plan public on 9 May 2032. The third edition of the Plan was released on 4 June 2029.",
                title="The Lunar Logistics Plan — Fourth Edition", year=2032)
    event = "id/event/publication-of-test-doc"
    assert (event, "schema:startDate", "2032-05-09") in r.facts
    assert not any(o.startswith("2029") for s, p, o in r.facts if s == event)


def test_another_documents_edition_released_on_a_day(extract):
    r = extract("Minutes\nThe chair recalled that the second edition of the Lunar Logistics Plan (LLP) was released on "
                "12 March 2030. The first edition of the Plan, published in May 2027, is out of print.",
                title="Council minutes", year=2030)
    labels = r.labels()
    dated = {(labels[s], o) for s, p, o in r.facts if p == "schema:startDate"}
    assert dated == {("Release of the second edition of the Lunar Logistics Plan", "2030-03-12")}  # not a month's


def test_editions_named_by_ordinal_alone_after_their_series_with_the_date_in_other_words(extract):
    r = extract("Annual Report 2016\nThe year saw the third edition of the Lunar Gap Atlas released in May 2016. "
                "It replaces the second edition, dating from June 2013, which had taken the place of the very first "
                "atlas roadmap. The Atlas first appeared in March 2009.",
                title="Annual Report 2016", year=2017)
    second, first = "id/work/lunar-gap-atlas-edition-2", "id/work/lunar-gap-atlas-edition-1"
    assert (second, "schema:version", "2") in r.facts and (second, "dcterms:issued", "2013-06") in r.facts
    assert (first, "dcterms:issued", "2009-03") in r.facts
    r = extract("Lunar Gap Atlas — Third Edition\nReplaces the June 2013 (second) edition. Our themes are those of "
                "the first edition, likewise dated 2009. A second version followed in June 2013.",
                title="Lunar Gap Atlas — Third Edition", year=2016)
    assert ("id/work/lunar-gap-atlas-edition-2", "dcterms:issued", "2013-06") in r.facts
    assert ("id/work/lunar-gap-atlas-edition-1", "dcterms:issued", "2009") in r.facts


def test_an_issue_replacing_the_first_edition_of_itself_not_of_the_series_named_before(extract):
    r = extract("Dust Tolerance Catalogue\nDust Tolerance Catalogue (2030 Revision)\nIssue 2.0\n"
                "Replaces the first edition (Issue 1.0), dated May 2027\nAuthors: the Dust Team\nReference DT-2030\n"
                "Release date Monday, 4 March 2030\n"
                "It builds on the third edition of the Lunar Gap Atlas. It takes the place of the catalogue's first "
                "edition of May 2027.", title="Dust Tolerance Catalogue (2030 Revision)", year=2030)
    assert ("id/doc/test-doc", "dcterms:issued", "2030-03-04") in r.facts  # below the head, after its cue
    first = "id/work/dust-tolerance-catalogue-edition-1"
    assert (first, "dcterms:issued", "2027-05") in r.facts and ("id/doc/test-doc", "dcterms:replaces", first) in r.facts
    assert not any("lunar-gap-atlas-edition-1" in s for s, _, _ in r.facts)
    r = extract("Atlas News -- Issue 9, May 2030\nNews of the atlas team\nIssue 8 reported on the spring workshop.",
                title="Atlas News -- Issue 9, May 2030", year=2030)
    assert not any(p == "schema:version" for _, p, _ in r.facts)  # a newsletter's number is no edition


def test_a_corpus_document_cited_by_part_of_its_title_with_its_date_before_or_after():
    from isecg_kg.ingest.model import Document, Page, Passage
    from isecg_kg.kg.extract import extract_document
    from isecg_kg.kg.graph import document_entity
    from isecg_kg.kg.reference import name_key, reference_gazetteer
    from isecg_kg.kg.series import corpus_genres

    base = "http://kg.test/"
    atlas = Document(id="atlas-sup", file="a.pdf", sha256="1", title="Lunar Gap Atlas Supplement — Polar Sites Update",
                     year=2020)
    gazetteer = reference_gazetteer(base)
    entity = document_entity(base, atlas)
    gazetteer.add(entity)

    def issued(text: str) -> set[str]:
        doc = Document(id="test-doc", file="t.txt", sha256="0", title="Minutes", year=2021)
        extraction = extract_document(doc, [Page("test-doc", 1, text)],
                                      [Passage("test-doc/0", "test-doc", 0, text, None, [1], 0, len(text))], gazetteer,
                                      base, corpus_titles={name_key(entity.label): entity.iri},
                                      corpus_years={entity.iri: 2020}, corpus_genres=corpus_genres([atlas], base))
        return {f.o.value for f in extraction.facts if f.s == entity.iri and f.p == "dcterms:issued"}

    assert issued("Released in August 2020, the *Lunar Gap Atlas Supplement – Polar Sites Update* was shown.") \
        == {"2020-08"}
    assert issued("Its starting point is the Polar Sites Update released in September 2020.") == {"2020-09"}
    assert issued("August 2022 saw the release of the Polar Sites Update.") == set()  # another version's year


def test_its_own_edition_by_an_ordinal_before_the_title_and_a_fronted_participle(extract):
    r = extract("The Lunar Logistics Plan — Fourth Edition\nIt was on Friday, 9 May 2032 that the fourth Lunar Logistics "
                "Plan (LLP) was released by the Council.", title="The Lunar Logistics Plan — Fourth Edition", year=2032)
    assert ("id/event/publication-of-test-doc", "schema:startDate", "2032-05-09") in r.facts
    r = extract("Lunar Power Review\nIssued in March 2031 by the Lunar Council, this report updates the power survey.",
                title="Lunar Power Review", year=2031)
    assert ("id/event/publication-of-test-doc", "schema:startDate", "2031-03") in r.facts
    r = extract("Lunar Power Review\nIssued in March 2031 by the Lunar Council, the old survey of 2029 is now void.",
                title="Lunar Power Review", year=2031)
    assert not any(p == "schema:startDate" for _, p, _ in r.facts)  # another thing the participle tells of
