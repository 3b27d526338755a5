"""Facts that hold at a time, people and authorship, meetings and roadmap phases, each rule on a short
passage written for the test in the style of roadmaps, gap assessments and meeting releases."""

from __future__ import annotations

import pytest

BODY = "id/org/isecg"


def test_members_welcomed_in_a_list_and_when_they_began(extract):
    r = extract("Since March 2016 ISECG has welcomed two new members:\n- Kenya Space Agency (KSA)\n"
                "- Mexican Space Agency (AEM)\nBoth agencies have observers in the working groups.", year=2017)
    assert ("id/org/ksa", "org:memberOf", BODY) in r.facts and ("id/org/aem", "org:memberOf", BODY) in r.facts
    assert not any(p == "time:hasBeginning" for _, p, _ in r.facts)  # "since" is no start date
    r = extract("Between the May 2016 and October 2016 meetings, one more organisation became a member:\n"
                "Agency Country\nKenya Space Agency (KSA) Kenya\nThe ISECG plenary noted this.", year=2017)
    assert ("id/period/from-2016", "time:hasBeginning", "id/instant/2016") in r.facts
    assert ("id/instant/2016", "time:inXSDgYear", "2016") in r.facts


def test_coordinated_agencies_welcomed_that_year(extract):
    r = extract("Two agencies joined ISECG during 2017. The Italian and Luxembourg space agencies were welcomed that "
                "year by the ISECG plenary.")
    for agency in ("asi", "lsa"):
        assert (f"id/membership/{agency}-isecg-from-2017", "org:memberDuring", "id/period/from-2017") in r.facts


def test_a_sentence_ending_in_its_last_joining_verb(extract):
    r = extract("In 2021 the Mexican Space Agency joined ISECG and Portugal Space was welcomed")
    for agency in ("aem", "pt-space"):
        assert (f"id/membership/{agency}-isecg-from-2021", "org:memberDuring", "id/period/from-2021") in r.facts


def test_a_failing_rule_loses_its_sentence_not_the_document(extract, monkeypatch, caplog):
    from isecg_kg.kg import rules

    def broken(ctx, state, sentence):
        if "Mexican" in sentence.text:
            raise IndexError("a rule's own bug")

    monkeypatch.setattr(rules, "RULES", [broken, *rules.RULES])
    r = extract("The Mexican Space Agency joined ISECG in 2021. The Luxembourg Space Agency joined ISECG in 2022.")
    assert ("id/membership/aem-isecg-from-2021", "org:memberDuring", "id/period/from-2021") in r.facts
    assert ("id/membership/lsa-isecg-from-2022", "org:memberDuring", "id/period/from-2022") in r.facts
    assert "rule broken failed on test-doc page 1" in caplog.text


def test_member_counts_by_date(extract):
    r = extract("The new members took ISECG membership to 31 organisations by the end of 2023. "
                "A trade journal described ISECG as a group of 30 space agencies.", year=2024)
    counts = {(o) for s, p, o in r.facts if p == "schema:value"}
    assert counts == {"31", "30"}
    assert ("id/count/isecg-2023-12-31", "dcterms:date", "2023-12") in r.facts
    assert ("id/count/isecg-2024-30", "dcterms:date", "2024") in r.facts  # the document's date


def test_chair_passed_on_a_date_and_current_chair(extract):
    r = extract("On 2 June 2019 the Japan Aerospace Exploration Agency passed the ISECG chair to the Italian "
                "Space Agency. CNES currently chairs the group.", year=2020)
    assert ("id/chair/jaxa-isecg-until-2019-06-02", "org:role", "https://w3id.org/isecg-kg/ontology#chair") in {
        (s, p, o if not o.startswith("http") else o) for s, p, o in r.facts}
    assert ("id/period/until-2019-06-02", "time:hasEnd", "id/instant/2019-06-02") in r.facts
    assert ("id/chair/asi-isecg-from-2019-06-02", "org:member", "id/org/asi") in r.facts
    assert ("id/chair/cnes-isecg-2020", "org:member", "id/org/cnes") in r.facts


def test_participants_list_names_authors_and_members(extract):
    # the page text ran two items onto one line ("2. KARI (Republic of Korea) 3. XSA (Atlantis)")
    r = extract("The roadmap was prepared with nine other ISECG member agencies. The participants were:\n"
                "1. ASI (Italy)\n2. KARI (Republic of Korea) 3. XSA (Atlantis)\n4. UKSA (United Kingdom)\n"
                "The roadmap is non-binding.", year=2016)
    for org in ("asi", "kari", "xsa", "uksa"):
        assert ("id/doc/test-doc", "dcterms:creator", f"id/org/{org}") in r.facts
        assert (f"id/org/{org}", "org:memberOf", BODY) in r.facts
    assert r.labels()["id/org/xsa"] == "XSA"  # a body no reference list has


def test_founding_member(extract):
    r = extract("The Philippine Space Agency (PhilSA) cooperates with ISECG on analogue missions. JAXA, which was "
                "one of the group's founding members, hosts the workshop.")
    assert ("id/org/jaxa", "org:memberOf", BODY) in r.facts
    r = extract("ISECG Annual Report 2026\nThe ISECG works side by side with KARI, a founding participant of the "
                "Global Exploration Strategy. NASA, a founding member of the Artemis Accords, spoke.", year=2026)
    assert ("id/org/kari", "org:memberOf", BODY) in r.facts and ("id/org/nasa", "org:memberOf", BODY) not in r.facts


def test_meeting_with_date_place_host_and_participants(extract):
    r = extract("ISECG meeting report\nOn 4 May 2016 senior managers of 16 ISECG agencies met at Toulouse, France, "
                "to review the scenario. The agencies represented were CNES, ASI, DLR and NASA.", year=2016)
    event = "id/event/isecg-senior-managers-meeting-2016-05-04"
    assert (event, "schema:startDate", "2016-05-04") in r.facts
    assert (event, "isecg:participantCount", "4") in r.facts  # the list is more precise than "16"?
    assert (event, "schema:attendee", "id/org/cnes") in r.facts
    assert any(s == event and p == "schema:location" for s, p, _ in r.facts)


def test_meeting_without_a_year_takes_the_documents(extract):
    r = extract("Senior managers of ISECG held their meeting by video conference on 3–4 June, with 19 space "
                "agencies represented.", year=2021)
    event = "id/event/isecg-senior-managers-meeting-2021-06-03"
    assert (event, "schema:startDate", "2021-06-03") in r.facts and (event, "schema:endDate", "2021-06-04") in r.facts
    assert (event, "isecg:participantCount", "19") in r.facts


def test_undated_meeting_hosted_by_an_agency(extract):
    r = extract("At a senior managers' meeting hosted by the German Aerospace Center with representatives of "
                "nine agencies, the work plan was agreed.", year=2014)
    event = "id/event/senior-managers-meeting-2014"
    assert (event, "schema:organizer", "id/org/dlr") in r.facts and (event, "isecg:participantCount", "9") in r.facts


def test_that_forum_takes_the_date_of_the_forum_named_before(extract):
    r = extract("Agencies prepared for the Global Lunar Forum of March 2017.\nThat forum (GLF) met in Quito on "
                "8 March 2017 at the invitation of the host government.", year=2017)
    events = {s for s, p, o in r.facts if p == "schema:startDate" and o == "2017-03-08"}
    assert len(events) == 1 and ("isecg:acronym", "GLF") in {(p, o) for s, p, o in r.facts if s in events}


def test_dated_decision_is_an_event(extract):
    r = extract("In October 2016 the members of ISECG agreed to study a common Mars sample return architecture.")
    assert any(p == "schema:startDate" and o == "2016-10" for _, p, o in r.facts)


def test_people_and_their_organisations(extract):
    r = extract("Those present included Anna Keller (ESA), Tom Brandt of NASA and KARI's Min-Jun Park. "
                "The President of CNES, Dr Claire Martin, opened the session.")
    for person, org in [("anna-keller", "esa"), ("tom-brandt", "nasa"), ("min-jun-park", "kari"),
                        ("claire-martin", "cnes")]:
        assert (f"id/person/{person}", "schema:affiliation", f"id/org/{org}") in r.facts


def test_authors_of_a_cited_paper(extract):
    r = extract("The approach is described in paper IAC-18,A5,1,2,x44000, written by Anna Keller (ESA) and Tom "
                "Brandt (NASA). CNES's 2017 workshop paper IAC- 17.B3.2.5 (Claire Martin and Paul Roy) adds detail.")
    assert ("id/work/iac-18-a5-1-2-x44000", "dcterms:creator", "id/person/anna-keller") in r.facts
    assert ("id/work/iac-17-b3-2-5", "dcterms:creator", "id/org/cnes") in r.facts
    assert ("id/person/paul-roy", "schema:affiliation", "id/org/cnes") in r.facts


def test_authors_table_one_cell_a_line(extract):
    r = extract("Authors and affiliations\nAuthor Agency Site\nAnna\nKeller\nEuropean Space\nAgency (ESA)\n"
                "Noordwijk\nTom Brandt NASA Houston\nThe paper summarises the scenario work of the year.")
    assert ("id/doc/test-doc", "dcterms:creator", "id/org/esa") in r.facts
    assert ("id/person/tom-brandt", "schema:affiliation", "id/org/nasa") in r.facts


def test_authors_as_a_markdown_table(extract):
    r = extract("Authors\n| Author | Affiliation | Topic |\n|---|---|---|\n| Élodie Marchand | CNES, Toulouse | dust |\n"
                "| Min-jae Seo | Korea Aerospace Research Institute (KARI) | geochemistry |\n"
                "| Paolo Neri | Agenzia Spaziale Italiana (ASI) | health |\nThe authors thank the reviewers.")
    people = {(s, o) for s, p, o in r.facts if p == "schema:affiliation"}
    assert people == {("id/person/elodie-marchand", "id/org/cnes"), ("id/person/min-jae-seo", "id/org/kari"),
                      ("id/person/paolo-neri", "id/org/asi")}  # not "Spaziale Italiana", the end of ASI's name
    assert ("id/doc/test-doc", "dcterms:creator", "id/org/kari") in r.facts


def test_authors_under_a_table_caption(extract):
    r = extract("Table 3. Contributors and their agencies\nName Agency\nLena Park KARI\nOmar Haddad ESA\n"
                "The review panel met twice in the autumn and agreed the text.")
    assert {(s, o) for s, p, o in r.facts if p == "schema:affiliation"} == {("id/person/lena-park", "id/org/kari"),
                                                                              ("id/person/omar-haddad", "id/org/esa")}
    assert ("id/doc/test-doc", "dcterms:creator", "id/org/kari") in r.facts


def test_authors_table_with_one_row_a_line_and_the_body_that_prepared_the_document(extract):
    r = extract("Table 2. Authors of the assessment\nName Affiliation Role\nAnna Berg European Space Agency (ESA), "
                "ESTEC, Noordwijk lead author of chapter two\nKenji Sato Japan Aerospace Exploration Agency (JAXA), "
                "Tsukuba robotics chapter editor\nThe assessment was prepared by the ISECG Technology Working Group "
                "over two years of work.", year=2021)
    creators = {o for s, p, o in r.facts if p == "dcterms:creator"}
    assert creators == {"id/person/anna-berg", "id/person/kenji-sato", "id/org/esa", "id/org/jaxa", "id/group/twg"}


def test_a_line_of_editors_or_lead_authors(extract):
    r = extract("Lead authors: Lena Park (KARI) and Omar Haddad (ESA).\nEditors: Ana Lima (AEB).")
    assert {o for s, p, o in r.facts if s == "id/doc/test-doc" and p == "dcterms:creator"} == {
        "id/person/lena-park", "id/org/kari", "id/person/omar-haddad", "id/org/esa", "id/person/ana-lima", "id/org/aeb"}


def test_a_byline_names_the_issuer(extract):
    r = extract("Prepared by the ISECG Technology Working Group for the agencies.\nGap review\nIt lists gaps.")
    assert {o for s, p, o in r.facts if p == "dcterms:publisher"} == {"id/group/twg"}
    r = extract("Prepared by NASA and ESA for the agencies.")
    assert {o for s, p, o in r.facts if p == "dcterms:creator"} == {"id/org/nasa", "id/org/esa"}


def test_the_body_that_issued_this_document(extract):
    r = extract("This gap assessment, issued by ISECG on 3 May 2019, lists the gaps.", year=2019)
    assert ("id/doc/test-doc", "dcterms:creator", BODY) in r.facts
    r = extract("This white paper was prepared by the ISECG Science Working Group in 2017.", year=2017)
    assert {o for s, p, o in r.facts if p == "dcterms:creator"} == {"id/group/swg"}  # the unit, not its parent


def test_mission_phases_with_a_period_column_and_in_short_prose(extract):
    r = extract("Scenario phases\nPhase Name Period Focus\n1 Crew Flybys 2027 to about\n2030\nCrews circle Mars\n"
                "2 Landing and\nSettling\nearly 2030s to\nlate 2030s\nLong stays on the surface\nThe phases overlap.",
                year=2022)
    phases = {o for s, p, o in r.facts if p == "skos:prefLabel" and s.startswith("id/phase/")}
    assert phases == {"Crew Flybys", "Landing and Settling"}
    assert {(s, o) for s, p, o in r.facts if p == "schema:startDate"} == {("id/phase/test-doc-phase-1", "2027"),
                                                                         ("id/phase/test-doc-phase-2", "2030")}
    r = extract("Stages\nPhase 1: Cislunar space. Crews fly around the Moon first. Phase 2: Mars. Landings follow "
                "from about 2040, once the systems are proven.", year=2022)
    phases = {o for s, p, o in r.facts if p == "skos:prefLabel" and s.startswith("id/phase/")}
    assert phases == {"Cislunar space", "Mars"}
    assert {(s, o) for s, p, o in r.facts if p == "schema:startDate"} == {("id/phase/test-doc-phase-2", "2040")}


def test_mission_phases_named_in_sentence_case_by_what_ends_the_name(extract):
    def phases(text):
        r = extract(text, year=2022)
        return {(s.rsplit("-", 1)[-1], o) for s, p, o in r.facts if p == "skos:prefLabel" and s.startswith("id/phase/")}

    # one line a phase under a heading of phases, a bracket ending each name
    assert phases("Phases of the campaign\nPhase 1: Polar orbit (through 2031)\nPhase 2: Crater floors (from 2033)\n"
                  "Other text.") == {("1", "Polar orbit"), ("2", "Crater floors")}
    # a verb or a comma ends it; a number in words; "the" before the name
    assert phases("The first phase, Polar orbit, runs until 2031. Phase two is the Crater floors, from 2033.") == \
        {("1", "Polar orbit"), ("2", "Crater floors")}
    # steps and stages of a journey (a destination or a year), not of a procedure; not a body's clause
    assert phases("Step 1 — Lunar vicinity: a station from 2030. Step 2 — Mars orbit: crews in the 2040s.") == \
        {("1", "Lunar vicinity"), ("2", "Mars orbit")}
    assert not phases("Step 1: the questionnaire is sent. Step 2: Agencies reply. Phase 2, NASA will fly crews.")
    # a table whose header line opens it, no heading of phases above; a name wrapped before its period cell
    assert phases("The scenario has three parts.\nPhase Name Starting What it involves\n1 Polar orbit 2031 Orbiters map "
                  "ice\n2 Crews to the crater floors in the\n2040s\nLong stays\nThe table ends here.") == \
        {("1", "Polar orbit"), ("2", "Crews to the crater floors")}


def test_mission_phases_of_a_roadmap_table(extract):
    r = extract("Scenario phases\nPhase Name Focus\n1 First Steps Crewed flybys from 2027, robotic precursors\n"
                "2 Surface Outposts and\nLogistics\nLong stays at the lunar poles with cargo landers\n"
                "The phases overlap.", year=2022)
    phases = {o for s, p, o in r.facts if p == "skos:prefLabel" and s.startswith("id/phase/")}
    assert phases == {"First Steps", "Surface Outposts and Logistics"}
    assert ("id/phase/test-doc-phase-1", "schema:startDate", "2027") in r.facts
    assert ("id/phase/test-doc-phase-2", "schema:position", "2") in r.facts


def test_works_on_named_elements_and_hardware(extract):
    r = extract("CNES was preparing a Mars Sample Canister — a sealed container — as a national contribution. "
                "The plan includes a small ascent vehicle from ASI.")
    assert ("id/org/cnes", "isecg:worksOn", "id/tech/mars-sample-canister") in r.facts
    assert ("id/org/asi", "isecg:worksOn", "id/tech/small-ascent-vehicle") in r.facts


def test_new_members_since_a_date(extract):
    r = extract("Since April 2015 ISECG has welcomed five new members, among them the Kenya Space Agency.", year=2017)
    (node,) = {o for s, p, o in r.facts if p == "isecg:newMemberCount"}
    assert {(p, o) for s, p, o in r.facts if s == node} >= {("schema:value", "5"), ("schema:startDate", "2015-04"),
                                                          ("dcterms:date", "2017")}


def test_chair_in_the_passive_and_passed_without_naming_the_body(extract):
    r = extract("ISECG was chaired in 2017 by the Italian Space Agency. On 1 March 2018 "
                "the chair passed to CNES.", year=2018)
    chairs = {(s, o) for s, p, o in r.facts if p == "org:member" and s.startswith("id/chair/")}
    assert ("id/chair/asi-isecg-2017", "id/org/asi") in chairs  # as the sentence dates it, not the document
    assert ("id/chair/cnes-isecg-from-2018-03-01", "id/org/cnes") in chairs


def test_each_clause_of_a_work_sentence_has_its_own_subject(extract):
    r = extract("ESA and JAXA lead work on in-situ resource utilisation, and NASA leads work on cryogenic fluid "
                "management.")
    works = {(s, o) for s, p, o in r.facts if p == "isecg:worksOn"}
    assert works == {("id/org/esa", "id/tech/isru"), ("id/org/jaxa", "id/tech/isru"),
                     ("id/org/nasa", "id/tech/cryogenic-fluid-management")}
    r = extract("JAXA is developing cryogenic fluid management; CSA is maturing in-situ resource utilisation.")
    assert {(s, o) for s, p, o in r.facts if p == "isecg:worksOn"} == {
        ("id/org/jaxa", "id/tech/cryogenic-fluid-management"), ("id/org/csa", "id/tech/isru")}
    # A list's ", and" is no new clause: all three are the subject.
    r = extract("ESA, NASA, and JAXA are developing cryogenic fluid management.")
    assert {s for s, p, o in r.facts if p == "isecg:worksOn"} == {"id/org/esa", "id/org/nasa", "id/org/jaxa"}


def test_the_chair_of_a_group_in_a_relative_clause(extract):
    r = extract("The report was prepared by the TWG, which is chaired by the Canadian Space Agency.", year=2022)
    assert ("id/chair/csa-twg-2022", "org:organization", "id/group/twg") in r.facts


def test_a_group_holding_its_annual_meeting(extract):
    r = extract("The TWG held its annual face-to-face meeting at ESTEC in Noordwijk, the Netherlands, from 12 to "
                "14 September 2022, with 11 agencies represented.", year=2022)
    event = "id/event/twg-meeting-2022-09-12"
    assert {(event, "schema:startDate", "2022-09-12"), (event, "schema:endDate", "2022-09-14"),
            (event, "schema:location", "id/place/noordwijk"), (event, "isecg:participantCount", "11")} <= r.facts


def test_a_workshop_that_took_place_keeps_its_own_host(extract):
    r = extract("The senior managers met in Paris on 3 May 2017, hosted by CNES. A lunar science workshop took "
                "place in Tokyo on 4 June 2017, hosted by JAXA.", year=2017)
    hosts = {(s, o) for s, p, o in r.facts if p == "schema:organizer"}
    workshop = next(iri for iri, label in r.labels().items() if label == "Lunar science workshop")
    assert (workshop, "id/org/jaxa") in hosts
    assert {o for s, o in hosts if s != workshop} == {"id/org/cnes"}
    assert (workshop, "schema:startDate", "2017-06-04") in r.facts
    assert (workshop, "schema:location", "id/place/tokyo") in r.facts


def test_mission_phases_told_in_sentences(extract):
    r = extract("The scenario unfolds in three phases. The first phase, Lunar Vicinity Operations, begins in 2026 "
                "around the Moon. The second phase, Mars Orbit Missions, starts around 2035. Phase 3: Surface "
                "Expeditions. The first phase of the study was slow.")
    phases = {label: iri for iri, label in r.labels().items() if iri.startswith("id/phase/")}
    assert set(phases) == {"Lunar Vicinity Operations", "Mars Orbit Missions", "Surface Expeditions"}
    first, second = phases["Lunar Vicinity Operations"], phases["Mars Orbit Missions"]
    assert {(first, "schema:position", "1"), (first, "schema:startDate", "2026"),
            (first, "isecg:focusesOn", "id/destination/moon"), (second, "schema:startDate", "2035"),
            (second, "isecg:focusesOn", "id/destination/mars")} <= r.facts
    assert (phases["Surface Expeditions"], "schema:position", "3") in r.facts


def test_mission_phases_named_in_sentence_case_before_a_colon(extract):
    r = extract("The campaign runs in three steps:\nPhase 1, Site survey: orbiters map the craters, under way now;\n"
                "Phase 2 – Short surface stays (from\n2031): crews land for a week at a time.\n"
                "Phase 3 – First outpost on Mars (2040s): a base grows.\n"
                "In Phase 2, NASA will fly: landers and rovers.\nPhase 4: the review found no gaps.", year=2026)
    phases = {label: iri for iri, label in r.labels().items() if iri.startswith("id/phase/")}
    assert set(phases) == {"Site survey", "Short surface stays", "First outpost on Mars"}
    assert (phases["Short surface stays"], "schema:startDate", "2031") in r.facts  # its bracket wraps to the next line
    assert (phases["Site survey"], "schema:position", "1") in r.facts
    assert not any(s == phases["Site survey"] and p == "schema:startDate" for s, p, _ in r.facts)


def test_a_meeting_told_over_several_sentences(extract):
    # Its participants and host each in a sentence of their own, after the one that dates it.
    r = extract("The senior managers of ISECG met online on 30 November 2021. Representatives of 26 space agencies "
                "took part. The meeting was hosted by the Korea Aerospace Research Institute.", year=2021)
    event = next(s for s, p, o in r.facts if p == "schema:startDate" and o == "2021-11-30")
    assert (event, "isecg:participantCount", "26") in r.facts
    assert (event, "schema:organizer", "id/org/kari") in r.facts


def test_new_members_listed_after_a_colon_and_a_count(extract):
    r = extract("Two agencies were welcomed as new members: the Luxembourg Space Agency and the Andorran Space "
                "Agency. With them, ISECG counts 27 member agencies.", year=2021)
    members = {s for s, p, o in r.facts if p == "org:memberOf" and o == BODY}
    assert "id/org/lsa" in members
    assert any("andorran" in m for m in members)  # an agency no list has becomes an entity
    assert any(p == "schema:value" and o == "27" for s, p, o in r.facts)


def test_the_chair_handed_to_the_next_agency(extract):
    r = extract("The Italian Space Agency will hand the ISECG chair to the Canadian Space Agency in 2022.", year=2021)
    assert ("id/chair/asi-isecg-until-2022", "org:member", "id/org/asi") in r.facts
    assert ("id/chair/csa-isecg-from-2022", "org:member", "id/org/csa") in r.facts


def test_a_document_the_agencies_agreed_to_update_is_planned_not_issued(extract):
    r = extract("The agencies agreed to update the Global Exploration Roadmap in 2023.", year=2021)
    assert not any(p == "dcterms:issued" and o == "2023" for s, p, o in r.facts)


def test_events_listed_one_an_item_and_a_group_with_co_chairs(extract):
    r = extract("Events in 2020\n- ISECG senior managers virtual meeting, 12–13 March 2020, 17 agencies\n"
                "- ISECG senior managers virtual meeting, 9 September 2020, hosted by ASI, 23 agencies\n"
                "The Science Working Group (SWG) is co-chaired by ESA and NASA. At the end of 2020 ISECG had 26 "
                "member agencies. KARI and the CNES joined in September 2020.", year=2020)
    starts = {o: s for s, p, o in r.facts if p == "schema:startDate"}
    march, september = starts["2020-03-12"], starts["2020-09-09"]
    assert march != september  # two meetings of one name
    assert {(march, "isecg:participantCount", "17"), (september, "isecg:participantCount", "23"),
            (september, "schema:organizer", "id/org/asi")} <= r.facts
    assert (march, "schema:organizer", "id/org/asi") not in r.facts
    chairs = {(s, o) for s, p, o in r.facts if p == "org:organization" and s.startswith("id/chair/")}
    assert {o for _, o in chairs} == {"id/group/swg"} and len(chairs) == 2  # ESA and NASA, of the SWG
    assert any(p == "schema:value" and o == "26" for s, p, o in r.facts)
    assert {("id/org/kari", "org:memberOf", BODY), ("id/org/cnes", "org:memberOf", BODY)} <= r.facts


def test_a_place_whose_name_opens_with_an_abbreviation(extract):
    r = extract("The Global Space Exploration Conference (GLEX) was postponed to 2021 in St. Petersburg, Russia.",
                year=2020)
    places = {o for s, p, o in r.facts if p == "schema:location"}
    assert places and all("petersburg" in o for o in places)


def _starting(r, start):
    return {s for s, p, o in r.facts if p == "schema:startDate" and o == start}


def test_host_who_brought_the_agencies_together(extract):
    r = extract("Work on the scenario went on through the year. In October 2020 the Canadian Space Agency brought the "
                "member agencies together in Montreal, the first meeting of the group outside Europe.", year=2021)
    (event,) = _starting(r, "2020-10")
    assert (event, "schema:organizer", "id/org/csa") in r.facts
    assert any(s == event and p == "schema:location" and "montreal" in o for s, p, o in r.facts)
    r = extract("The study brought engineers and scientists together in May 2019 for the first time.", year=2020)
    assert not _starting(r, "2019-05")  # no body's members, no host: no meeting


def test_meeting_told_by_its_kind_and_date(extract):
    r = extract("ISECG agencies reviewed the draft at the virtual workshop of 8–9 September 2020, then approved it at "
                "a later stage.", year=2020)
    (event,) = _starting(r, "2020-09-08")
    assert (event, "schema:endDate", "2020-09-09") in r.facts
    assert (event, "schema:eventAttendanceMode", "http://schema.org/OnlineEventAttendanceMode") in r.facts
    assert not any(s == event and p == "schema:location" for s, p, o in r.facts)  # online is no place
    r = extract("The senior managers approved the plan at their meeting in Ottawa on 2018-05-15, hosted by CSA.",
                year=2018)
    (event,) = _starting(r, "2018-05-15")
    assert (event, "schema:organizer", "id/org/csa") in r.facts
    assert any(s == event and p == "schema:location" and "ottawa" in o for s, p, o in r.facts)
    r = extract("Mapping began at a data workshop that JAXA organised in Sagamihara on 2–4 June 2021; 27 "
                "experts took part.", year=2021)
    (event,) = _starting(r, "2021-06-02")
    assert (event, "schema:organizer", "id/org/jaxa") in r.facts and (event, "isecg:participantCount", "27") in r.facts
    r = extract("The agencies discussed the workshop report on 3 May 2021 and its annex.", year=2021)
    assert not _starting(r, "2021-05-03")  # a report of a workshop, dated: no event


def test_meeting_before_a_named_event_of_the_same_sentence(extract):
    r = extract("ISECG news\nThe final meeting took place in Dubai on 24 October 2021, the day before the 72nd "
                "International Astronautical Congress opened there. It was hosted by ASI.", year=2021)
    (event,) = _starting(r, "2021-10-24")
    assert (event, "schema:organizer", "id/org/asi") in r.facts
    assert any(s == event and p == "schema:location" and "dubai" in o for s, p, o in r.facts)
    assert not any(p == "schema:organizer" and s != event for s, p, o in r.facts)  # not the congress's host


def test_each_named_event_of_a_sentence_gets_its_own_date_and_place(extract):
    r = extract("The findings were shown at two events: the 52nd Lunar and Planetary Science Conference in The "
                "Woodlands (15–19 March 2021) and the European Lunar Symposium in Manchester, in July 2021.", year=2021)
    symposium = next(s for s, p, o in r.facts if p == "skos:prefLabel" and o == "European Lunar Symposium")
    assert (symposium, "schema:startDate", "2021-07") in r.facts
    assert any(s == symposium and p == "schema:location" and "manchester" in o for s, p, o in r.facts)
    conference = next(s for s, p, o in r.facts if p == "schema:startDate" and o == "2021-03-15")
    assert conference != symposium and (conference, "schema:startDate", "2021-07") not in r.facts


def test_an_event_hosted_by_a_government(extract):
    r = extract("The roadmap was shown at the International Space Exploration Forum in Washington on 9 January 2014, "
                "hosted by the government of the United States.", year=2014)
    (event,) = _starting(r, "2014-01-09")
    host = next(o for s, p, o in r.facts if s == event and p == "schema:organizer")
    assert r.labels()[host].startswith("Government of United States")  # the country's own label
    assert any(s == host and p == "isecg:country" and o == "id/place/usa" for s, p, o in r.facts)
    r = extract("A lunar workshop took place in Tokyo on 4 June 2017, hosted by the Japan government.", year=2017)
    assert any(p == "schema:organizer" and r.labels()[o] == "Government of Japan" for s, p, o in r.facts)
    r = extract("The roadmap was shown at the International Space Exploration Forum in Washington on 9 January 2014, "
                "hosted by the government of Atlantis.", year=2014)
    assert not any(p == "schema:organizer" for s, p, o in r.facts)


def test_a_meeting_held_online_and_its_count_in_the_next_sentence(extract):
    r = extract("ISECG senior managers met by video conference on June 3-4, 2021. In all, 23 agencies were "
                "represented.", year=2021)
    (event,) = _starting(r, "2021-06-03")
    assert {(event, "schema:endDate", "2021-06-04"), (event, "isecg:participantCount", "23"),
            (event, "schema:eventAttendanceMode", "http://schema.org/OnlineEventAttendanceMode")} <= r.facts
    r = extract("ISECG senior managers met in Rome on 14 June 2022, after two years of virtual meetings.", year=2022)
    (event,) = _starting(r, "2022-06-14")
    assert not any(s == event and p == "schema:eventAttendanceMode" for s, p, o in r.facts)


def test_the_host_of_the_meeting_just_told(extract):
    r = extract("ISECG senior managers met in Bremen on 5 May 2023. DLR organised the two-day meeting with ESA's "
                "support.", year=2023)
    (event,) = _starting(r, "2023-05-05")
    assert (event, "schema:organizer", "id/org/dlr") in r.facts
    r = extract("ISECG senior managers met in Bremen on 5 May 2023.\nDLR hosted the meeting of its own board.",
                year=2023)
    assert not any(p == "schema:organizer" for s, p, o in r.facts)  # another paragraph: not that meeting


def test_chair_handed_over_with_the_body_implicit_and_since_when(extract):
    r = extract("At the plenary of 3–4 May 2023, CNSA, which has chaired ISECG since 2021, handed over the chair to "
                "the Korea Aerospace Research Institute. Later the members agreed and KARI passed the chair to DLR.",
                year=2024)
    assert ("id/chair/cnsa-isecg-until-2023-05-03", "org:member", "id/org/cnsa") in r.facts
    assert ("id/chair/kari-isecg-from-2023-05-03", "org:member", "id/org/kari") in r.facts
    assert ("id/period/from-2021", "time:hasBeginning", "id/instant/2021") in r.facts  # CNSA's chair began
    assert ("id/chair/dlr-isecg-2024", "org:member", "id/org/dlr") in r.facts
    assert not any(s.startswith("id/chair/isecg") for s, _, _ in r.facts)  # the body is not its own chair


def test_each_new_member_with_its_own_date_and_rank(extract):
    r = extract("ISECG welcomed the Kenya Space Agency (KSA) as its 28th member in March 2023, and the "
                "Mexican Space Agency as its 29th member in the autumn of 2024.", year=2025)
    assert ("id/membership/ksa-isecg-from-2023-03", "org:member", "id/org/ksa") in r.facts
    assert ("id/membership/aem-isecg-from-autumn-2024", "org:member", "id/org/aem") in r.facts
    counts = {(s, o) for s, p, o in r.facts if p == "schema:value"}
    assert counts == {("id/count/isecg-2023-03-28", "28"), ("id/count/isecg-2024-29", "29")}
    r = extract("Kenya and Mexico joined ISECG in 2023 and 2024.", year=2025)  # no name per date: none guessed
    assert not any(s.startswith("id/membership/") and "2024" in s for s, _, _ in r.facts)


def test_member_count_as_part_of_a_whole_and_in_a_fact_box(extract):
    r = extract("Twelve of the 31 ISECG members sent experts to the study.", year=2025)
    assert {o for _, p, o in r.facts if p == "schema:value"} == {"31"}
    r = extract("Key facts\nEdition: second. Member agencies of ISECG at release: 28.", year=2025)
    assert {o for _, p, o in r.facts if p == "schema:value"} == {"28"}
    r = extract("Three of the 12 ISECG technology areas have no owner. Members since 2019: AEB.", year=2025)
    assert not any(p == "schema:value" for _, p, _ in r.facts)


def test_agencies_credited_with_a_document_one_a_line_wrapped(extract):
    r = extract("The assessment credits nine space agencies with its findings:\nESA (European Space Agency)\n"
                "CSIRO, the Commonwealth Scientific and Industrial\nResearch Organisation (Australia)\n"
                "Roscosmos State Corporation for Space Activities\n(Russia)\nUK Space Agency (UKSA)\n"
                "The German Aerospace Center joined the work in 2020 and later\nled the power study.", year=2021)
    creators = {o for s, p, o in r.facts if p == "dcterms:creator"}
    assert creators == {"id/org/esa", "id/org/csiro", "id/org/roscosmos", "id/org/uksa"}  # not DLR: prose


def test_members_table_with_a_member_since_column(extract):
    r = extract("ISECG study of 2022\nTable 2. Agencies that contributed to the study\nAgency Country Joined ISECG\n"
                "AEB Brazilian Space Agency Brazil 2020\nGISTDA Geo-Informatics and Space Technology Development\n"
                "Agency\nThailand 2020\nKARI Korea Aerospace Research Institute Korea 2007 LSA Luxembourg Space Agency "
                "Luxembourg 2019\nThe table omits observers.", year=2022)
    for org, year in (("aeb", "2020"), ("gistda", "2020"), ("kari", "2007"), ("lsa", "2019")):
        assert (f"id/membership/{org}-isecg-from-{year}", "org:member", f"id/org/{org}") in r.facts
        assert ("id/doc/test-doc", "dcterms:creator", f"id/org/{org}") in r.facts


def test_members_listed_under_a_caption_or_heading(extract):
    r = extract("ISECG annual report\nTable 2. ISECG member agencies at 31 December 2030\nAcronym Agency Country\n"
                "ASI Italian Space Agency Italy\nKARI Korea Aerospace Research Institute Republic of Korea\n"
                "The table shows all members.", year=2031)
    assert ("id/membership/asi-isecg-2030-12-31", "org:member", "id/org/asi") in r.facts
    assert ("id/org/kari", "isecg:country", "id/place/republic-of-korea") in r.facts
    r = extract("Members of ISECG in 2030\nASI (Italy)\nJAXA (Japan)\nThe list is long.", year=2031)
    assert {s for s, p, _ in r.facts if p == "org:member"} == {"id/membership/asi-isecg-2030",
                                                              "id/membership/jaxa-isecg-2030"}
    r = extract("ISECG news\nTwo new members in 2030\nASI (Italy)\nThe list is long.", year=2031)
    assert not any(p == "org:member" for _, p, _ in r.facts)  # who joined is the joining rules' to say


def test_dated_happenings_are_events(extract):
    r = extract("Exploration moved fast that year:\n"
                "- On 4 February 2031 the Ruritanian Space Agency's Kestrel 2 made the first landing near the "
                "south pole, in Shackleton basin.\n"
                "- Atlantis launched the Hermes orbiter on 9 May 2031; the orbiter entered lunar orbit on 2 June.\n"
                "- In March 2031 the government set 2036 as the target year for a crewed landing.\n"
                "The agency ended its Phoenix programme in 2029. ESA will launch Argonaut in 2033. "
                "On 5 May 2031 the working group met in Rome.", year=2031)
    labels = r.labels()
    dated = {(labels[s], o) for s, p, o in r.facts if p == "schema:startDate"}
    assert ("Kestrel 2 made the first landing near the south pole", "2031-02-04") in dated
    assert ("Atlantis launched the Hermes orbiter", "2031-05-09") in dated
    assert ("The orbiter entered lunar orbit", "2031-06-02") in dated
    assert ("The government set 2036 as the target year for a crewed landing", "2031-03") in dated
    assert ("The agency ended its Phoenix programme", "2029") in dated
    assert not any("Argonaut" in name for name, _ in dated)  # not yet happened
    assert not any(name.endswith(" met in Rome") for name, _ in dated)  # a meeting: the meetings rule's


def _starts(r, kind: str = "membership") -> dict[str, str]:
    """member slug -> when its membership (or chair) began, from the facts."""
    begins = {s: o.removeprefix("id/instant/") for s, p, o in r.facts if p == "time:hasBeginning"}
    return {o.removeprefix("id/org/"): begins.get(s.replace(f"id/{kind}/", "id/period/").split("-isecg-")[0], "")
            for s, p, o in r.facts if p == "org:member" and s.startswith(f"id/{kind}/")}


def _periods(r, kind: str = "membership") -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for s, p, o in r.facts:
        if p == "org:member" and s.startswith(f"id/{kind}/"):
            found.setdefault(o.removeprefix("id/org/"), set()).add(s.split("-isecg-")[-1])
    return found


def _counts(r) -> set[tuple[str, str]]:
    """(count, date) of every isecg:memberCount."""
    nodes = {o for s, p, o in r.facts if p == "isecg:memberCount"}
    value = {s: o for s, p, o in r.facts if p == "schema:value" and s in nodes}
    return {(value[s], o) for s, p, o in r.facts if p == "dcterms:date" and s in nodes}


def test_joining_told_by_rank_by_a_month_without_year_and_one_clause_each(extract):
    r = extract("ISECG Annual Report 2026\nMembership\nIn March the Kenya Space Agency (KSA) became the group's 31st "
                "member; it was welcomed in Nairobi. The Mexican Space Agency, founded in July 2010, joined ISECG in "
                "May 2026 as the thirty-second participating organisation. The Polish Space Agency joined ISECG in "
                "the spring of 2026, and in November the Luxembourg Space Agency became the thirty-third member.",
                year=2026)
    assert _periods(r) == {"ksa": {"from-2026-03"}, "aem": {"from-2026-05"}, "polsa": {"from-spring-2026"},
                           "lsa": {"from-2026-11"}}
    assert {("31", "2026-03"), ("32", "2026-05"), ("33", "2026-11")} <= _counts(r)
    r = extract("ISECG Annual Report 2026\nJAXA became the third agency to land on the Moon in January.", year=2026)
    assert not _periods(r)  # a rank that is no member's


def test_admitted_at_a_plenary_and_the_members_that_followed(extract):
    r = extract("ISECG Annual Report 2026\nASA, the Australian Space Agency, was admitted to ISECG at the June "
                "plenary. It was followed on 3 August 2026 by the Polish Space Agency (POLSA). The Luxembourg Space "
                "Agency followed in October.", year=2026)
    assert _periods(r) == {"asa": {"from-2026-06"}, "polsa": {"from-2026-08-03"}, "lsa": {"from-2026-10"}}
    r = extract("ISECG Annual Report 2026\nThe ISECG plenary met in June. NASA followed the September meeting as an "
                "observer. Delegates welcomed the new roadmap and thanked the hosts; the Kenya Space Agency attended.",
                year=2026)
    assert not _periods(r)  # no joining before "followed"; nothing welcomed is an agency


def test_a_member_welcomed_at_the_meeting_a_news_item_reports(extract):
    r = extract("ISECG news\nPublished 12 May 2027\nAt its opening session the plenary welcomed the Kenya Space "
                "Agency as the 30th member of ISECG.", year=2027)
    assert _periods(r) == {"kenya-space-agency": {"from-2027-05-12"}}  # an agency no list has
    assert ("30", "2027-05-12") in _counts(r)


def test_counts_at_the_turn_of_the_year_and_members_new_in_it(extract):
    r = extract("ISECG Annual Report 2027\nThree space agencies joined ISECG, which started the year with 28 members "
                "and ended it with thirty-one, up from 26 in March 2026. ISECG entered 2028 with twenty-nine member "
                "agencies.", year=2027)
    # (the year's first or last day: "started the year with", "ended it with", "entered 2028 with")
    assert _counts(r) == {("28", "2027-01-01"), ("31", "2027-12-31"), ("26", "2026-03"), ("29", "2028-01-01")}
    (node,) = {o for s, p, o in r.facts if p == "isecg:newMemberCount"}
    assert {(p, o) for s, p, o in r.facts if s == node} >= {("schema:value", "3"), ("schema:startDate", "2027-01"),
                                                          ("dcterms:date", "2027-12")}
    r = extract("ISECG Annual Report 2027\nTwo agencies joined ISECG between the May 2027 and June 2027 meetings. "
                "Four experts joined the team.", year=2027)
    assert not any(p == "isecg:newMemberCount" for _, p, _ in r.facts)


def test_counts_dated_by_the_document_a_sentence_names(extract):
    r = extract("ISECG news\nPublished March 2027\nThe 2025 roadmap, published in June 2025, set the course. When "
                "the 2025 roadmap went to press, ISECG counted 30 member agencies. Two agencies joined ISECG after "
                "the 2025 roadmap appeared.", year=2027)
    assert ("30", "2025-06") in _counts(r)
    (node,) = {o for s, p, o in r.facts if p == "isecg:newMemberCount"}
    assert {(p, o) for s, p, o in r.facts if s == node} >= {("schema:value", "2"), ("schema:startDate", "2025-06"),
                                                          ("dcterms:date", "2027-03")}


def test_chair_terms_each_clause_its_holder(extract):
    r = extract("ISECG Annual Report 2029\nJAXA chaired ISECG from April 2025 until 31 December 2026. At the "
                "September meeting the members confirmed the Korea Aerospace Research Institute (KARI) as incoming "
                "chair. The CNES chairmanship ends on 30 June 2027; DLR will chair ISECG for 2028. The second meeting, "
                "chaired by ASA, agreed that ESA would take over the chair from NASA on 2 March 2029. CSA chairs the "
                "group's analogue topic.", year=2029)
    chairs = _periods(r, "chair")
    assert chairs["jaxa"] == {"2025-04-to-2026-12-31"} and chairs["cnes"] == {"until-2027-06-30"}
    assert chairs["dlr"] == {"2028"} and chairs["esa"] == {"from-2029-03-02"} and chairs["nasa"] == {"until-2029-03-02"}
    assert "kari" in chairs and "csa" not in chairs and "asa" not in chairs
    r = extract("ISECG news 2024\nFor the calendar year 2024 the chairmanship of ISECG was held by the Italian Space "
                "Agency.", year=2024)
    assert _periods(r, "chair") == {"asi": {"2024"}}
    r = extract("ISECG news 2031\nIn May 2030 CNES succeeded the UK Space Agency as chair of ISECG. DLR assumed the "
                "chair in 2031. NASA held the meeting in Houston.", year=2031)
    assert _periods(r, "chair") == {"cnes": {"from-2030-05"}, "uksa": {"until-2030-05"}, "dlr": {"from-2031"}}
    # a handover agreed at one meeting for a later one: the later one's date, not the sentence's
    r = extract("ISECG Annual Report 2032\nIn Oslo the members agreed that KARI, host of the December meeting, will "
                "take over the ISECG chair from CNES at the first plenary meeting of 2033.", year=2032)
    assert _periods(r, "chair") == {"kari": {"from-2033"}, "cnes": {"until-2033"}}


def test_a_groups_lead_agencies_are_its_chairs(extract):
    r = extract("ISECG Annual Report 2030\nThe Technology Working Group (TWG) — co-led by ESA and NASA — met twice. "
                "The ISRU team, led by Dr Ana Ruiz (CSA), reported. NASA is led by its Administrator.", year=2030)
    leads = {(s, o) for s, p, o in r.facts if p == "org:member" and "/chair/" in s}
    assert {o for s, o in leads} == {"id/org/esa", "id/org/nasa"} and all("-twg-" in s for s, o in leads)


def test_member_agencies_listed_after_a_colon(extract):
    r = extract("ISECG white paper\nSeven ISECG member agencies provided authors: the Italian Space Agency (ASI), "
                "CNES and JAXA.", year=2017)
    assert set(_periods(r)) == {"asi", "cnes", "jaxa"}
    r = extract("ISECG white paper\nTwo non-member organisations were consulted: Portugal Space and ESRIC.", year=2017)
    assert not _periods(r)


def test_a_count_of_members_is_the_bodys_unless_the_clause_names_another(extract):
    r = extract("ISECG news 2026\nISECG now has 29 member agencies. The Technology Working Group (TWG) has 12 members.",
                year=2026)
    assert _counts(r) == {("29", "2026")}


def _place_of(r, event):
    return {o for s, p, o in r.facts if s == event and p == "schema:location"}


def test_a_meeting_announced_with_its_month_or_year_and_place(extract):
    r = extract("The following workshop is scheduled for March 2025 in Lisbon, after the autumn review.", year=2024)
    (event,) = _starting(r, "2025-03")
    assert any("lisbon" in o for o in _place_of(r, event))
    r = extract("Its next meeting will be held in the spring of 2026 in Seville, Spain, hosted by the European Space "
                "Agency (ESA).", year=2025)
    (event,) = _starting(r, "2026")
    assert (event, "schema:organizer", "id/org/esa") in r.facts and any("seville" in o for o in _place_of(r, event))
    r = extract("The next roadmap is planned for 2027 in three volumes.", year=2025)  # no meeting
    assert not any(p == "schema:startDate" for s, p, o in r.facts)


def test_a_press_release_dateline_is_not_the_meetings_date(extract):
    r = extract("OTTAWA, 2 June 2024 -- Representatives of 19 agencies met at the offices of the Canadian Space Agency "
                "(CSA) in Montreal from 29 to 31 May 2024 for the spring plenary of ISECG.", year=2024)
    (event,) = _starting(r, "2024-05-29")
    assert (event, "schema:endDate", "2024-05-31") in r.facts and (event, "isecg:participantCount", "19") in r.facts
    assert not _starting(r, "2024-06-02")


def test_a_workshop_of_a_body_hosted_in_a_place_and_who_attended(extract):
    r = extract("The busiest week was a workshop of the International Architecture Working Group (IAWG) hosted by "
                "CNES, the French space agency, in Toulouse on 8–9 July 2019. Twenty-seven engineers from 11 agencies "
                "attended.", year=2019)
    (event,) = _starting(r, "2019-07-08")
    assert {(event, "schema:organizer", "id/org/cnes"), (event, "isecg:participantCount", "27")} <= r.facts
    assert any("toulouse" in o for o in _place_of(r, event))
    r = extract("ISECG senior managers met in Bremen on 5 May 2023. The delegates of 14 agencies that attended "
                "came from three continents.", year=2023)
    (event,) = _starting(r, "2023-05-05")
    assert (event, "isecg:participantCount", "14") in r.facts


def test_a_sentence_ending_on_an_event_name_is_no_list_item(extract):
    r = extract("The plenary will meet again alongside the 75th International Astronautical Congress.\n"
                "A workshop of the agencies was held in Oslo on 3 June 2024, hosted by ESA.", year=2024)
    (event,) = _starting(r, "2024-06-03")
    assert "Congress" not in r.labels()[event]


def test_an_event_named_to_say_when_and_one_told_again_by_its_kind(extract):
    r = extract("ISECG senior managers met in Paris on 20 September 2022, two days before the 73rd International "
                "Astronautical Congress. 19 agencies took part.", year=2022)
    (event,) = _starting(r, "2022-09-20")
    assert (event, "isecg:participantCount", "19") in r.facts  # not the congress's
    r = extract("Ministers met at the 2nd World Space Summit (WSS2). The summit, convened by the government of Japan "
                "on 6 May 2021, agreed a declaration.", year=2021)
    (event,) = _starting(r, "2021-05-06")
    assert "World Space Summit" in r.labels()[event]


def test_a_named_thing_told_of_by_a_participle_between_commas(extract):
    r = extract("NASA's Lunar Trailblazer orbiter, launched on 26 February 2025, maps water. Power tests fly on Odysseus, "
                "landed in February 2024, with two cameras.", year=2025)
    assert _starting(r, "2025-02-26") and _starting(r, "2024-02")
    assert any("Lunar Trailblazer" in label for label in r.labels().values())
    r = extract("The new rover, launched in May 2024, works well.", year=2025)  # no name: nothing to call it
    assert not _starting(r, "2024-05")


def test_how_many_attended_a_workshop_and_the_host_of_another_event(extract):
    r = extract("Scientists were heard at an open workshop hosted by CNES in Paris on 4–5 March 2015, attended by some "
                "60 researchers from 9 countries.", year=2015)
    (event,) = _starting(r, "2015-03-04")
    assert (event, "isecg:participantCount", "60") in r.facts
    r = extract("The draft was reviewed at a workshop hosted by ESA in Noordwijk on 8–9 May 2023. The 31 delegates "
                "agreed its outline.", year=2023)
    (event,) = _starting(r, "2023-05-08")
    assert (event, "isecg:participantCount", "31") in r.facts
    r = extract("ISECG senior managers met in Rome on 5 May 2023. The group also ran three short webinars, hosted by "
                "JAXA, for students.", year=2023)
    (event,) = _starting(r, "2023-05-05")
    assert (event, "schema:organizer", "id/org/jaxa") not in r.facts


def test_meetings_announced_together_then_told_one_by_one(extract):
    r = extract("Senior agency managers met twice during the year, both times by video conference. The first "
                "session was spread over 12–13 March 2031 and brought together 17 agencies. The second, on 9 "
                "September 2031, was the best attended: 23 of the 24 member agencies were represented.\n"
                "The first phase of the plan runs from 2032 to 2035. The second, in 2036, adds a habitat.", year=2031)
    dated = {s: o for s, p, o in r.facts if p == "schema:startDate"}
    counts = {dated.get(s): o for s, p, o in r.facts if p == "isecg:participantCount"}
    assert counts == {"2031-03-12": "17", "2031-09-09": "23"}
    assert "2036" not in dated.values()  # phases told one by one are no meetings


def test_meetings_announced_then_each_told_by_a_paragraph_opening_with_its_date(extract):
    r = extract("The plan was drafted over three meetings of senior agency managers.\n3–4 May 2031, online. The "
                "agencies compared notes.\nJuly 8–9, 2031, Oslo, Norway. The Norwegian agency welcomed them.\n"
                "Friday 12 December 2031, Paris, France. The final meeting took place one day before the Space Forum "
                "(13 to 15 December 2031) opened.\n14 February 2032 brought a new plan.", year=2031)
    dated = {s: o for s, p, o in r.facts if p == "schema:startDate"}
    places = {dated[s]: o for s, p, o in r.facts if p == "schema:location" and s in dated}
    meetings = {s for s in dated if "senior-managers-meeting" in s}
    assert sorted(dated[s] for s in meetings) == ["2031-05-03", "2031-07-08", "2031-12-12"]  # not the forum's dates
    assert places["2031-07-08"] == "id/place/oslo" and places["2031-12-12"] == "id/place/paris"
    assert "2032-02-14" not in dated.values()  # a date opening a sentence that says more than a place


def test_things_set_off_by_commas_each_with_its_participle_and_date(extract):
    r = extract("The Ruritanian Space Office, founded on 4 March 2030, and the Borduria Space Institute (BSI), "
                "established in October 2030, each sent an observer and said that they intend to apply. "
                "The Syldavian Agency, which will be set up in 2032, and the Kestrel Office, founded in 2029, wrote.",
                year=2030)
    labels = r.labels()
    dated = {(labels[s], o) for s, p, o in r.facts if p == "schema:startDate"}
    assert ("Ruritanian Space Office founded", "2030-03-04") in dated  # a later "intend" is not of this verb
    assert ("Borduria Space Institute (BSI) established", "2030-10") in dated
    assert not any("Syldavian" in name for name, _ in dated)  # not yet set up
    assert ("Kestrel Office founded", "2029") in dated


def test_an_event_dated_from_the_day_told_before_it(extract):
    r = extract("The council met in Lyon, France, on 30 April 2031, two days before the 90th Lunar Congress opened "
                "in the same city. Its members gathered in Osaka on 3 May 2032, the day before the Pacific Space Forum "
                "opened there (4–8 May). The agencies met in Quito on 9 June 2033, the day after the Andean Space "
                "Summit.", year=2031)
    labels = r.labels()
    facts = {(labels.get(s, s), p, o) for s, p, o in r.facts}
    assert ("90th Lunar Congress", "schema:startDate", "2031-05-02") in facts
    assert ("90th Lunar Congress", "schema:location", "id/place/lyon") in facts
    assert ("Pacific Space Forum", "schema:startDate", "2032-05-04") in facts
    assert ("Pacific Space Forum", "schema:endDate", "2032-05-08") in facts  # its own days, the year told before
    assert ("Andean Space Summit", "schema:startDate", "2033-06-08") in facts
    assert not any(s == "Andean Space Summit" and p == "schema:location" for s, p, _ in facts)  # not said to be there


def test_a_questionnaire_sent_on_a_date_and_how_many_answered(extract):
    r = extract("Method\nESA circulated a survey to its members in March 2032. Seventeen agencies "
                "responded, against 12 in 2030. The survey will be repeated in 2034.", year=2032)
    labels = r.labels()
    survey = next(s for s, p, o in r.facts if p == "schema:startDate" and o == "2032-03")
    assert labels[survey] == "ESA survey"
    assert (survey, "isecg:participantCount", "17") in r.facts
    r = extract("Method\nA questionnaire will be sent to the agencies in May 2033. The agencies met in Rome on "
                "2 June 2033. Three agencies answered questions from the press.", year=2033)
    assert not any("questionnaire" in label for label in r.labels().values())  # not yet sent
    assert not any(p == "isecg:participantCount" for _, p, _ in r.facts)  # "answered questions": no count


def test_where_a_thing_happened_and_the_dates_of_other_clauses(extract):
    r = extract("On 9 April 2031 the Borduria lander touched down on the near side, in Plato crater, and sent images. "
                "The roadmap now puts the landing in 2036, following the new schedule Ruritania announced in May 2031. "
                "Missions launched or planned include Osprey, launched on 2 June 2031, and Kite. "
                "The Kestrel orbiter entered lunar orbit in December 2031.", year=2031)
    labels = r.labels()
    facts = {(labels.get(s, s), p, o) for s, p, o in r.facts}
    landed = "The Borduria lander touched down on the near side"
    assert (landed, "schema:startDate", "2031-04-09") in facts
    assert (landed, "schema:location", "id/place/plato") in facts
    announced = next(s for s, p, o in facts if p == "schema:startDate" and "announced" in s)
    assert (announced, "schema:startDate", "2031-05") in facts  # not the 2036 of the clause before
    assert {s for s, p, o in facts if p == "schema:startDate" and o == "2031-06-02"} == {"Osprey launched"}
    assert not any(s.startswith("The Kestrel") and p == "schema:location" for s, p, _ in facts)  # "in December"


def test_a_panel_or_webinar_a_body_held_on_a_day(extract):
    r = extract("The council also held a public webinar during the Lunar Week on 3 March 2031, at which experts "
                "from six agencies spoke. ESA held an open panel on 9 May 2031. The agencies met in Rome on 4 June "
                "2031, with representatives of 12 agencies.", year=2031)
    labels = r.labels()
    webinar = next(s for s, p, o in r.facts if p == "schema:startDate" and o == "2031-03-03")
    assert labels[webinar] == "Public webinar"
    assert not any(s == webinar and p == "isecg:participantCount" for s, p, _ in r.facts)  # six agencies spoke
    panel = next(s for s, p, o in r.facts if p == "schema:startDate" and o == "2031-05-09")
    assert (panel, "schema:organizer", "id/org/esa") in r.facts
    meeting = next(s for s, p, o in r.facts if p == "schema:startDate" and o == "2031-06-04")
    assert (meeting, "isecg:participantCount", "12") in r.facts


def test_things_that_happened_told_one_clause_after_another(extract):
    r = extract("Hermes 2 flew around the Moon from 3 March to 29 March 2032, the Borduria orbiter entered lunar orbit "
                "in May 2032, and on 7 July 2032 the Ruritanian Space Agency landed Kestrel near the south pole. "
                "Plans changed: the Osprey rover of the Syldavian Institute of Space Research (SISR) was lost with its "
                "lander in August 2032. The Kite probe was lost, and Heron will fly past Mars.", year=2032)
    labels = r.labels()
    dated = {(labels[s], o) for s, p, o in r.facts if p == "schema:startDate"}
    assert ("Hermes 2 flew around the Moon", "2032-03-03") in dated
    assert ("The Borduria orbiter entered lunar orbit", "2032-05") in dated
    assert ("The Ruritanian Space Agency landed Kestrel near the south pole", "2032-07-07") in dated
    assert any(name.startswith("The Osprey rover of the Syldavian") and o == "2032-08" for name, o in dated)
    assert len(dated) == 4  # the Kite probe (no date) and Heron (not yet) are not


def test_a_teleconference_dated_by_the_year_it_names_and_a_decision_by_written_procedure(extract):
    r = extract("Annual report 2033\nKARI took over at the final council teleconference of 2032, on "
                "4 December. On 2033-05-06 the members agreed by written procedure to admit the Kenya Space Agency. "
                "In March 2033 the Ruritanian Space Agency announced that its rover would fly in 2035.", year=2033)
    labels = r.labels()
    dated = {(labels[s], o) for s, p, o in r.facts if p == "schema:startDate"}
    call = next(s for s, p, o in r.facts if p == "schema:startDate" and o == "2032-12-04")  # not 2033's
    assert "teleconference" in labels[call].lower()
    assert (call, "schema:eventAttendanceMode", "http://schema.org/OnlineEventAttendanceMode") in r.facts
    assert ("Agreement by written procedure to admit the Kenya Space Agency", "2033-05-06") in dated
    assert not any("rover" in name for name, _ in dated)  # what it announced is yet to happen


def test_an_event_held_alongside_the_one_told(extract):
    r = extract("Decisions\nThe next plenary will be held in the spring of 2034 in Lima, Peru, hosted by ESA, alongside "
                "the Andean Space Summit. Delegates met in Quito on 4 May 2033, alongside the Pacific Space Forum.",
                year=2033)
    labels = r.labels()
    facts = {(labels.get(s, s), p, o) for s, p, o in r.facts}
    assert {("Andean Space Summit", "schema:startDate", "2034"), ("Andean Space Summit", "schema:location", "id/place/lima")} \
        <= facts
    assert ("Andean Space Summit", "schema:organizer", "id/org/esa") not in facts  # the plenary's host
    assert ("Pacific Space Forum", "schema:location", "id/place/quito") in facts
    assert not any(s == "Pacific Space Forum" and p == "schema:startDate" for s, p, _ in facts)  # its own days unknown
def _new_counts(r) -> set[tuple[str, str, str]]:
    """(count, start, end) of every isecg:newMemberCount."""
    nodes = {o for s, p, o in r.facts if p == "isecg:newMemberCount"}
    by = {(s, p): o for s, p, o in r.facts if s in nodes}
    return {(by[(n, "schema:value")], by[(n, "schema:startDate")], by[(n, "dcterms:date")]) for n in nodes}


def test_members_that_joined_recently_counted_from_the_edition_this_one_updates(extract):
    r = extract("Roadmap Update\nPublished May 2031\nThe update draws on the plans of six agencies that had recently "
                "joined ISECG. Between the January 2031 and June 2031 meetings two more organisations became members.\n"
                "This update builds on the fourth edition of the Global Exploration Roadmap, released in March 2027.", year=2031)
    assert ("6", "2027-03", "2031-06") in _new_counts(r)
    # nothing it updates: no window to count from
    r = extract("Roadmap Update\nPublished May 2031\nThe update draws on the plans of six agencies that had recently "
                "joined ISECG.", year=2031)
    assert not _new_counts(r)


def test_no_member_joined_and_a_year_not_yet_over(extract):
    r = extract("ISECG Annual Report 2026\nMembership held steady: no new agency was admitted to ISECG during the "
                "year.", year=2026)
    assert _new_counts(r) == {("0", "2026-01", "2026-12")}
    r = extract("ISECG news\nPublished 3 June 2029\nFour agencies joined ISECG in 2029. Two joined the TWG.", year=2029)
    assert _new_counts(r) == {("4", "2029-01", "2029-06")}  # the year runs to the news item's date


def test_counts_for_two_dates_and_ranks_told_for_one_day(extract):
    r = extract("ISECG Annual Report 2025\nISECG counted 21 member agencies on 1 January 2025 and still 21 on 31 "
                "December 2025.", year=2025)
    assert _counts(r) == {("21", "2025-01-01"), ("21", "2025-12-31")}
    r = extract("ISECG news\nPublished 9 April 2028\nAt the Lima meeting the Kenya Space Agency, founded in 2017, "
                "was welcomed as the 31st member. The Agencia Espacial Mexicana was welcomed as the 32nd member.",
                year=2028)
    assert _counts(r) == {("32", "2028-04-09")}  # not 31 that day, nor for the year the agency was founded


def test_a_list_items_lead_name_and_the_meeting_at_the_place_a_clause_names(extract):
    r = extract("ISECG news\nPublished 2 March 2030\nSenior managers of ISECG met in Lima, Peru, on 26 February "
                "2030.\n- **Polish Space Agency (POLSA).** The agency, created in 2014, was welcomed in Lima as a new "
                "member.\n- **Kenya Space Agency.** NASA presented its plans.", year=2030)
    assert _periods(r) == {"polsa": {"from-2030-02-26"}}


def test_members_since_as_an_apposition(extract):
    r = extract("The Swiss Space Office (SSO) and the Polish Space Agency (POLSA), both members since 2020, lead "
                "the dust topic. CNES has been a member of ISECG since 2007. NASA said POLSA had been active since "
                "2016.", year=2024)
    assert _periods(r) == {"sso": {"from-2020"}, "polsa": {"from-2020"}, "cnes": {"from-2007"}}


def test_a_member_table_counts_its_rows_not_agencies_that_made_a_document(extract):
    r = extract("ISECG Annual Report 2027\nTable 3. ISECG member agencies at 30 June 2027\nAcronym Agency Country\n"
                "ASI Italian Space Agency Italy\nCNES Centre National d'Etudes Spatiales France\n"
                "DLR German Aerospace Center Germany\nKARI Korea Aerospace Research Institute Republic of Korea\n"
                "The roadmap was released in May 2026 after a year of drafting in which eleven space agencies took "
                "part. Thirty agencies took part in the plenary that followed.", year=2027)
    assert _counts(r) == {("4", "2027-06-30")}  # who drafted a document is not how many members there were


def test_members_new_since_a_count_dated_by_a_document_named(extract):
    text = ("ISECG news\nPublished 12 June 2031\nThe plenary welcomed the Kenya Space Agency as the 33rd member of "
            "ISECG. The 2030 roadmap, published in March 2030, set the course. When the 2030 roadmap went to press, "
            "ISECG counted 30 member agencies.")
    assert ("3", "2030-03", "2031-06-12") in _new_counts(extract(text, year=2031))
    # two counts dated in the text itself: no difference read into them
    text = "ISECG news\nPublished 12 June 2031\nISECG had 30 members in 2029 and welcomed its 33rd member in May 2031."
    assert not _new_counts(extract(text, year=2031))


def test_one_count_told_at_two_precisions_keeps_the_precise_date(extract):
    r = extract("ISECG Annual Report 2030\nISECG entered 2030 with 28 member agencies and closed it with thirty. As of "
                "31 December 2030 the group counted 30 members.", year=2030)
    assert _counts(r) == {("28", "2030-01-01"), ("30", "2030-12-31")}


@pytest.mark.parametrize("text, holder", [
    ("The Japan Aerospace Exploration Agency had been in the chair since the start of 2029.", "jaxa"),
    ("From 1 January 2032 the chair passes to the Italian space agency, Agenzia Spaziale Italiana (ASI).", "asi"),
    ("Throughout 2031, ISECG was presided over by the Korea Aerospace Research Institute (KARI).", "kari"),
    ("Under the chairmanship of CNES, the group met twice in 2030.", "cnes"),
    ("ESA, as chair, opened the meeting.", "esa"),
    ("In Bremen the chairmanship passed from ASI to JAXA, the Japanese agency.", "asi jaxa"),
])
def test_a_chair_told_in_any_wording_by_where_its_holder_stands(extract, text, holder):
    r = extract("The International Space Exploration Coordination Group (ISECG) reports.\n" + text, year=2031)
    assert set(_periods(r, "chair")) == set(holder.split())


@pytest.mark.parametrize("text", [
    "The New Zealand Space Agency (NZSA) informed the chair in December 2030 of its wish to apply.",
    "PORTUGAL SPACE JOINS ISECG AND THE CHAIR PASSES TO CANADA",
    "Sarah Al Amiri, Minister of State and Chair of the UAE Space Agency, welcomed the delegates.",
    "NASA is the vice-chair of the group.",
])
def test_no_chair_from_a_chair_that_is_an_object_another_body_s_or_a_vice_chair(extract, text):
    r = extract("The International Space Exploration Coordination Group (ISECG) reports.\n" + text, year=2031)
    assert not _periods(r, "chair")
