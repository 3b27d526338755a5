"""Entities and relations from short passages in the style of roadmaps and gap assessments."""

from __future__ import annotations

from .conftest import BASE


def test_works_on_and_contributions(extract):
    r = extract("JAXA leads the development of the pressurised rover for lunar surface exploration, "
                "with contributions from CNES and ASI.")
    assert ("id/org/jaxa", "isecg:worksOn", "id/tech/surface-mobility") in r.facts
    assert ("id/org/jaxa", "isecg:collaboratesWith", "id/org/cnes") in r.facts
    assert ("id/org/jaxa", "isecg:collaboratesWith", "id/org/asi") in r.facts
    evidence = r.provenance("id/org/jaxa", "isecg:collaboratesWith", "id/org/asi")[0]
    assert evidence.page == 1 and evidence.passage_id == "test-doc/0" and "CNES and ASI" in evidence.sentence


def test_full_name_and_acronym_are_one_entity(extract):
    r = extract("The German Aerospace Center is developing radiation shielding for crewed missions. "
                "DLR is also studying regenerative life support.")
    assert ("id/org/dlr", "isecg:worksOn", "id/tech/radiation-protection") in r.facts
    assert ("id/org/dlr", "isecg:worksOn", "id/tech/life-support-systems") in r.facts
    assert not any("german-aerospace" in s for s, _, _ in r.facts)


def test_definitions_discover_new_organisations(extract):
    r = extract("The Lunar Exploration Analysis Group (LEAG) is working with the Italian Space Agency on "
                "in-situ resource utilization.")
    labels = r.labels()
    assert labels["id/org/leag"] == "Lunar Exploration Analysis Group"
    assert ("id/org/leag", "isecg:acronym", "LEAG") in r.facts
    assert ("id/org/leag", "isecg:collaboratesWith", "id/org/asi") in r.facts
    assert ("id/org/leag", "isecg:worksOn", "id/tech/isru") in r.facts


def test_focus_and_plans(extract):
    r = extract("NASA is focusing on the return to the Moon. The Mars Sample Return campaign is planned for 2028.")
    assert ("id/org/nasa", "isecg:focusesOn", "id/destination/moon") in r.facts
    assert ("id/activity/mars-sample-return-campaign-2028", "isecg:plannedFor", "2028") in r.facts
    assert ("id/activity/mars-sample-return-campaign-2028", "isecg:focusesOn", "id/destination/mars") in r.facts


def test_membership_with_year(extract):
    r = extract("The Philippine Space Agency (PhilSA) joined ISECG in 2023.")
    assert ("id/org/philsa", "org:memberOf", "id/org/isecg") in r.facts
    assert ("id/membership/philsa-isecg-from-2023", "org:memberDuring", "id/period/from-2023") in r.facts
    assert ("id/period/from-2023", "time:hasBeginning", "id/instant/2023") in r.facts


def test_member_table_with_a_new_agency(extract):
    r = extract("Members of ISECG (status of June 2024)\nKenya\nKenya Space Agency (KSA)\nJapan\n"
                "Japan Aerospace Exploration Agency (JAXA)\nAnnex III\nSomething else entirely.")
    assert ("id/org/ksa", "isecg:country", "id/place/kenya") in r.facts
    assert ("id/membership/ksa-isecg-2024-06", "org:member", "id/org/ksa") in r.facts
    assert ("id/org/jaxa", "isecg:country", "id/place/japan") in r.facts
    assert r.labels()["id/org/ksa"] == "Kenya Space Agency"


def test_member_table_of_cells_whose_country_a_pdf_wrapped(extract):
    # Each row names its own country; a country cell wrapped below its row ("United" / "States") is that row's,
    # and a row whose country cell is not read gets none rather than the row above's.
    r = extract("Members of ISECG (status of June 2024)\nAgency Country\nKenya Space Agency (KSA) Kenya\nKARI Republic of\nKorea\n"
                "NASA United\nStates\nESA Europe\nJAXA Japan\nAnnex III\nSomething else entirely.")
    countries = {s: o for s, p, o in r.facts if p == "isecg:country"}
    assert countries == {"id/org/ksa": "id/place/kenya", "id/org/kari": "id/place/republic-of-korea",
                         "id/org/nasa": "id/place/usa", "id/org/jaxa": "id/place/japan"}


def test_event_with_place_date_and_organiser(extract):
    r = extract("The Global Space Exploration Conference (GLEX 2025) will take place in New Delhi, India, "
                "7-10 May 2025, organised by the International Astronautical Federation (IAF).")
    event = "id/event/global-space-exploration-conference-2025"
    assert (event, "schema:startDate", "2025-05-07") in r.facts
    assert (event, "schema:endDate", "2025-05-10") in r.facts
    assert (event, "schema:organizer", "id/org/iaf") in r.facts
    assert (event, "schema:location", "id/place/new-delhi") in r.facts
    assert ("id/place/new-delhi", "schema:containedInPlace", "id/place/india") in r.facts


def test_event_list_item_then_details_line(extract):
    r = extract("Major Events in 2024\n- 75th International Astronautical Congress (IAC)\n"
                "Milan, Italy, 14-18th October 2024\n")
    event = "id/event/75th-international-astronautical-congress"  # no date on the item line: no year in the IRI
    assert (event, "schema:startDate", "2024-10-14") in r.facts
    assert (event, "schema:location", "id/place/milan") in r.facts


def test_units_of_a_body(extract):
    r = extract("The Human Research Tiger Team (HRTT) is a new ISECG tiger team formed in 2024. "
                "The Technology Working Group of ISECG published the assessment.")
    assert ("id/group/hrtt", "org:unitOf", "id/org/isecg") in r.facts
    assert ("id/group/twg", "org:unitOf", "id/org/isecg") in r.facts


def test_documents_with_years(extract):
    r = extract("The 2013 ISECG white paper “Benefits Stemming from Space Exploration” was updated. "
                "The GER Critical Technology Portfolio (2019) lists the gaps. "
                "The Lunar Surface Gap Assessment Report will be released in 2026.")
    assert ("id/work/benefits-stemming-from-space-exploration", "dcterms:issued", "2013") in r.facts
    assert ("id/work/ger-critical-technology-portfolio", "dcterms:issued", "2019") in r.facts
    assert ("id/work/lunar-surface-gap-assessment-report", "isecg:plannedFor", "2026") in r.facts
    assert not any(p == "dcterms:issued" and s.endswith("gap-assessment-report") for s, p, _ in r.facts)


def test_presented_at_and_published(extract):
    r = extract("ESA published the Exploration Technology Roadmap (ETR) in 2023. "
                "The Exploration Technology Roadmap was presented at the 74th International Astronautical "
                "Congress in Baku, Azerbaijan.")
    assert ("id/work/exploration-technology-roadmap", "dcterms:publisher", "id/org/esa") in r.facts
    assert ("id/work/exploration-technology-roadmap", "dcterms:issued", "2023") in r.facts
    assert ("id/event/74th-international-astronautical-congress", "schema:workFeatured",
            "id/work/exploration-technology-roadmap") in r.facts


def test_a_working_group_that_releases_a_document_wrote_it(extract):
    r = extract('In May 2030 the ISECG Technology Working Group released "Lunar Dust Needs -- 2030 Update". '
                'ESA published the "Mars Relay Concept" in June 2030.')
    creators = {(s, o) for s, p, o in r.facts if p == "dcterms:creator"}
    assert ("id/work/lunar-dust-needs-2030-update", "id/group/twg") in creators
    assert not any(o == "id/org/esa" for _, o in creators)  # an agency publishing is its publisher only


def test_no_junk_entities(extract):
    r = extract("In 2022 This was a year. The Team met. In the Working Group, This Report and "
                "Those Agencies (TA) agreed. ISECG Working Group meetings continued.")
    labels = {label.lower() for label in r.labels().values()}
    for junk in ("this", "in 2022", "the team", "team", "working group", "this report", "isecg working group"):
        assert junk not in labels


def test_led_by_and_joint_subjects(extract):
    r = extract("The ISRU gap assessment team, led by CSA with contributions from ESA, NASA and KARI, identified "
                "gaps in regolith excavation. DLR and CNES are investigating dust mitigation technologies.")
    assert ("id/org/csa", "isecg:worksOn", "id/tech/isru") in r.facts
    assert {("id/org/csa", "isecg:collaboratesWith", f"id/org/{o}") for o in ("esa", "nasa", "kari")} <= r.facts
    assert {("id/org/dlr", "isecg:worksOn", "id/tech/dust-mitigation"),
            ("id/org/cnes", "isecg:worksOn", "id/tech/dust-mitigation")} <= r.facts


def test_event_name_with_its_topic(extract):
    r = extract("The 2nd ISECG Workshop on Lunar ISRU was held in Luxembourg on 3-4 May 2023, hosted by the "
                "Luxembourg Space Agency.")
    event = "id/event/2nd-isecg-workshop-on-lunar-isru-2023"
    assert {(event, "schema:startDate", "2023-05-03"), (event, "schema:organizer", "id/org/lsa"),
            (event, "schema:location", "id/place/luxembourg")} <= r.facts


def test_plans_with_acronyms_and_no_subject_from_a_prepositional_phrase(extract):
    r = extract("Space agencies participating in the International Space Exploration Coordination Group (ISECG) "
                "advance the exploration of the Moon. The European Large Logistic Lander (EL3) is scheduled for 2031.")
    assert ("id/activity/european-large-logistic-lander-2031", "isecg:plannedFor", "2031") in r.facts
    assert not any(s == "id/org/isecg" and p == "isecg:focusesOn" for s, p, _ in r.facts)


def test_document_type_date_and_edition_from_its_own_first_lines(extract):
    r = extract("The Lunar Gap Atlas — Third Edition\nTechnology roadmap digest · 2016-04-30\n"
                "This edition updates the second edition of the Lunar Gap Atlas, released in May 2014.",
                title="The Lunar Gap Atlas — Third Edition", year=2016)
    assert ("id/doc/test-doc", "dcterms:type", "roadmap") in r.facts
    assert ("id/doc/test-doc", "dcterms:issued", "2016-04-30") in r.facts
    assert ("id/doc/test-doc", "schema:version", "3") in r.facts
    assert ("id/doc/test-doc", "dcterms:isVersionOf", "id/work/lunar-gap-atlas") in r.facts
    second = "id/work/lunar-gap-atlas-edition-2"
    assert (second, "schema:version", "2") in r.facts and (second, "dcterms:issued", "2014-05") in r.facts
    assert ("id/doc/test-doc", "dcterms:replaces", second) in r.facts


def test_a_numbered_issue_after_an_earlier_one_is_an_edition_of_its_series(extract):
    r = extract("Dust Tolerance Catalogue\nDust Tolerance Catalogue (2030 Revision)\n"
                "Version 3 · Released 2 March 2030 · Replaces Version 2 (May 2027)\n"
                "The first edition of this catalogue appeared in 2024.\n"
                "References. [1] Dust Tolerance Catalogue, Version 2, May 2027. [2] Lander Handbook, Version 5, 2026.",
                title="Dust Tolerance Catalogue (2030 Revision)", year=2030)
    doc, second = "id/doc/test-doc", "id/work/dust-tolerance-catalogue-edition-2"
    assert (doc, "schema:version", "3") in r.facts and (doc, "dcterms:issued", "2030-03-02") in r.facts
    assert (doc, "dcterms:isVersionOf", "id/work/dust-tolerance-catalogue") in r.facts
    assert (second, "schema:version", "2") in r.facts and (second, "dcterms:issued", "2027-05") in r.facts
    assert (doc, "dcterms:replaces", second) in r.facts
    # "the first edition of this catalogue": the edition of its own series, with the year it appeared
    assert ("id/work/dust-tolerance-catalogue-edition-1", "dcterms:issued", "2024") in r.facts
    assert not any("edition-5" in s for s, _, _ in r.facts)  # another series' version
    # a first version that cites no earlier one is no edition of a series
    r = extract("Dust Tolerance Catalogue\nVersion 1.0 · June 2030\nIt updates the Dust Handbook of 2028.",
                title="Dust Tolerance Catalogue", year=2030)
    assert not any(p in ("schema:version", "dcterms:isVersionOf") for _, p, _ in r.facts)


def test_a_document_cited_by_its_genre_and_year(extract):
    genres = {("supplement", 2021): [BASE + "id/doc/sup-2021"], ("roadmap", 2019): [BASE + "id/doc/map-2019"],
              ("report", 2020): [BASE + "id/doc/r1", BASE + "id/doc/r2"]}
    r = extract("Gap Supplement\nOctober 2023\nThe document updates and supersedes the lunar gap supplement that the "
                "agencies issued in March 2021. It builds on the 2019 roadmap.\nUpdates: the 2020 report.",
                title="Gap Supplement", year=2023, corpus_genres=genres)
    follows = {(p, o) for s, p, o in r.facts if s == "id/doc/test-doc" and p in ("dcterms:replaces", "schema:isBasedOn")}
    assert follows == {("dcterms:replaces", "id/doc/sup-2021"), ("schema:isBasedOn", "id/doc/map-2019")}  # two reports
    r = extract("It is not based on the 2019 roadmap, and the 2021 supplement was not read.", corpus_genres=genres)
    assert not any(p in ("dcterms:replaces", "schema:isBasedOn") for _, p, _ in r.facts)


def test_an_edition_that_is_not_replaced_but_built_on(extract):
    r = extract("Mars Relay Plan — First Edition\nReport digest, June 2021\n"
                "It does not replace the first edition of the Mars Relay Plan.\nBuilds on: the first edition "
                "of the Mars Relay Plan (June 2021).", title="Mars Relay Plan Supplement", year=2021)
    assert ("id/doc/test-doc", "dcterms:type", "report") in r.facts
    assert not any(p == "dcterms:replaces" for _, p, _ in r.facts)
    assert ("id/doc/test-doc", "schema:isBasedOn", "id/work/mars-relay-plan-edition-1") in r.facts


def test_hardware_supplied_by_an_agency(extract):
    r = extract("Crews ride a heavy launcher to orbit, and the vehicle's propulsion module is provided by JAXA. "
                "The summary was provided by ESA. The workshop was hosted by CNES.")
    assert r.works_on() == {("jaxa", "propulsion module")}


def test_a_facility_built_by_two_agencies_without_an_auxiliary(extract):
    r = extract("Partners should share test sites, such as the VENTO thermal vacuum facility being built by CNES and "
                "the Italian Space Agency near Turin, and the review operated by CSA. The meeting was hosted by KARI and "
                "ASI, and the minutes provided by JAXA.")
    assert r.works_on() == {("cnes", "VENTO thermal vacuum facility"), ("asi", "VENTO thermal vacuum facility")}


def test_hardware_an_agency_owns_in_a_sentence_about_work_under_way(extract):
    r = extract("Two landers are in development for the south pole: DLR's small seismic lander, and a KARI "
                "relay orbiter for far-side links.")
    assert r.works_on() == {("dlr", "small seismic lander"), ("kari", "KARI relay orbiter")}
    # The same names told of flights, not of development, are no work.
    r = extract("The crew flew on NASA's Orion spacecraft, and a KARI orbiter took pictures of the site.")
    assert r.works_on() == set()


def test_the_owner_of_the_work_works_on_it(extract):
    r = extract("The agencies thanked ESA for its support and CSA's work on in-situ resource utilisation.")
    assert r.works_on() == {("csa", "id/tech/isru")}


def test_the_subjects_own_work_told_with_its(extract):
    r = extract("At the meeting CNES said that its new lunar rover study had begun. ESA presented its annual "
                "budget study.")
    assert r.works_on() == {("cnes", "lunar rover study")}


def test_an_agency_that_provides_supplies_or_contributes_hardware(extract):
    r = extract("ESA provides the service module of the crew vehicle. CSA is contributing a dexterous robotics "
                "system. ISECG provides a forum for discussion.")
    assert r.works_on() == {("esa", "service module of the crew vehicle"), ("csa", "dexterous robotics system")}


def test_a_supplement_the_corpus_lacks_cited_by_its_year_and_month(extract):
    text = ("Lunar Gap Atlas — Second Edition\nReport digest, April 2031\n"
            "The agencies compared the 2029 supplement to the Lunar Gap Atlas, issued in June 2029, with plans. "
            "The second edition revises the Lunar Gap Atlas Supplement of March 2030.")
    r = extract(text, title="Lunar Gap Atlas — Second Edition", year=2031)
    for year, month in (("2029", "2029-06"), ("2030", "2030-03")):
        work = f"id/work/lunar-gap-atlas-supplement-{year}"
        assert (work, "schema:version", year) in r.facts and (work, "dcterms:issued", month) in r.facts
        assert (work, "dcterms:isVersionOf", "id/work/lunar-gap-atlas") in r.facts
    # no release month, no series it belongs to, or a supplement the corpus holds: no new work
    genres = {("supplement", 2029): [BASE + "id/doc/sup-2029"]}
    r = extract("Lunar Gap Atlas — Second Edition\nThe 2030 supplement to the Lunar Gap Atlas of 2030 was read. "
                "The Mars Supplement of May 2030 too. The 2029 supplement to the Lunar Gap Atlas, issued in June 2029.",
                title="Lunar Gap Atlas — Second Edition", year=2031, corpus_genres=genres)
    assert not any("supplement" in s for s, p, _ in r.facts if p == "schema:version")


def test_a_supplement_cited_with_its_month_before_it_or_right_after_its_name(extract):
    text = ("Lunar Gap Atlas — Second Edition\nReport digest, April 2031\n"
            "The Lunar Gap Atlas Supplement May 2029 was published in May 2029. "
            "The atlas builds on the October 2030 Lunar Gap Atlas Supplement – Polar Sites.")
    r = extract(text, title="Lunar Gap Atlas — Second Edition", year=2031)
    for year, month in (("2029", "2029-05"), ("2030", "2030-10")):
        work = f"id/work/lunar-gap-atlas-supplement-{year}"
        assert (work, "schema:version", year) in r.facts and (work, "dcterms:issued", month) in r.facts
    r = extract("Lunar Gap Atlas — Second Edition\nThe Lunar Gap Atlas Supplement was read in May 2029.",
                title="Lunar Gap Atlas — Second Edition", year=2031)
    assert not any("supplement" in s for s, p, _ in r.facts if p == "schema:version")  # a date further on


def test_a_report_titled_by_the_year_it_covers(extract):
    head = ("Moon Forum Annual Report 2027\nActivities from January to December 2027\n"
            "Issued by the Forum Secretariat, Vienna, May 2028\nThe Forum had 12 members.")
    r = extract(head, title="Moon Forum Annual Report 2027", year=2027)
    doc = "id/doc/test-doc"
    assert (doc, "dcterms:issued", "2028-05") in r.facts and (doc, "dcterms:temporal", "2027") in r.facts
    assert (doc, "dcterms:type", "annual-report") in r.facts
    # published in the year of its title: no period of its own
    r = extract("Moon Forum Review 2027\nPublished May 2027", title="Moon Forum Review 2027", year=2027)
    assert (doc, "dcterms:issued", "2027-05") in r.facts and not any(p == "dcterms:temporal" for _, p, _ in r.facts)


def test_the_genre_of_a_meeting_record_and_of_a_technology_assessment(extract):
    r = extract("MOON FORUM\nPlenary -- Summary Record\nDates: 3-4 June 2026", title="Plenary -- Summary Record",
                year=2026)
    assert ("id/doc/test-doc", "dcterms:type", "meeting-summary") in r.facts
    r = extract("Forum Technology Needs and Gaps Assessment\nJune 2026", title="Forum Technology Needs", year=2026)
    assert ("id/doc/test-doc", "dcterms:type", "technology-assessment") in r.facts


def test_the_genre_of_minutes_a_newsletter_and_a_list_of_technology_needs(extract):
    doc = "id/doc/test-doc"
    r = extract("Moon Forum Plenary: Minutes\nHeld online on 4 May 2027", title="Moon Forum Plenary: Minutes", year=2027)
    assert (doc, "dcterms:type", "minutes") in r.facts
    r = extract("MOON FORUM BULLETIN\nNewsletter No. 4 -- March 2027", title="MOON FORUM BULLETIN", year=2027)
    assert (doc, "dcterms:type", "newsletter") in r.facts
    r = extract("Priority Technology Needs for Lunar Night Survival\nA study by the Forum's experts, May 2027",
                title="Priority Technology Needs for Lunar Night Survival", year=2027)
    assert (doc, "dcterms:type", "technology-assessment") in r.facts
    # a duration is no genre; nor is a genre word the abstract run on into a long head line names
    r = extract("Moon Forum Plenary\nA 90 minutes session, 4 May 2027", title="Moon Forum Plenary", year=2027)
    assert (doc, "dcterms:type", "minutes") not in r.facts  # (a head titled by a meeting: its summary)
    r = extract("Lunar Night Survival\nAnna Berg1, Tom Brandt2 1NASA Headquarters 2ESA Abstract. " + "Words " * 30
                + "drawn from the third edition of the Global Exploration Roadmap.", title="Lunar Night Survival",
                year=2027)
    assert not any(p == "dcterms:type" for _, p, _ in r.facts)


def test_a_phase_named_by_its_own_heading(extract):
    r = extract("Campaign\nStage plan\nPhase 1 – Polar Prospecting (2031–2034)\nRovers map the ice. Crews follow.\n"
                "Phase 2 – Crater Outpost (from 2035)\nA habitat is built.\nPhase 3 reviews\nThe agencies met twice.")
    phases = {s: o for s, p, o in r.facts if p == "skos:prefLabel" and s.startswith("id/phase/")}
    assert phases == {"id/phase/test-doc-phase-1": "Polar Prospecting", "id/phase/test-doc-phase-2": "Crater Outpost"}
    assert ("id/phase/test-doc-phase-1", "schema:startDate", "2031") in r.facts
    assert ("id/phase/test-doc-phase-2", "schema:startDate", "2035") in r.facts


def test_a_document_cited_by_its_title_that_this_one_updates_or_builds_on(extract):
    r = extract("Summary. This study updates and supersedes the ISECG paper Dust Mitigation Needs, published in "
                "March 2027. It builds on the 2025 white paper *Living on the Lunar Surface*, which set out the "
                "first needs.\nThe report recalls the Lunar Accords, signed in 2026. This plan builds on NASA and "
                "ESA studies.", year=2031)
    labels = r.labels()
    follows = {(p, labels.get(o, o)) for s, p, o in r.facts if s == "id/doc/test-doc"
               and p in ("dcterms:replaces", "schema:isBasedOn")}
    assert follows == {("dcterms:replaces", "Dust Mitigation Needs"), ("schema:isBasedOn", "Living on the Lunar Surface")}
    assert ("Dust Mitigation Needs", "dcterms:issued", "2027-03") in {(labels.get(s, s), p, o) for s, p, o in r.facts}
    assert "Lunar Accords" not in labels.values()  # cited, but not followed: no work of that title


def test_a_name_with_an_acronym_in_brackets_is_the_known_entity_of_the_name(extract):
    # "In-situ resource utilisation (ISRU)" is the reference's area, not a new one beside it; brackets naming the wider
    # area of an item ("Lunar ice mining (ISRU)") do not make the item that area
    r = extract("In-situ resource utilisation (ISRU) is worked on by ESA and NASA. Lunar ice mining (ISRU) is "
                "studied by CSA.", year=2031)
    assert ("id/org/esa", "isecg:worksOn", "id/tech/isru") in r.facts
    assert not any(s == "id/org/csa" and o == "id/tech/isru" for s, p, o in r.facts if p == "isecg:worksOn")
