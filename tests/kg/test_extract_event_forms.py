"""Events in forms of annual reports, minutes and white papers: tables whose cells wrap or share a column
("Venue / host"), a minutes' head line, planned meetings of a Markdown table, named events told after the
fact; each on wording written for the test, with cases where the rule must not fire."""

from __future__ import annotations


def _event(r, start):
    """The event of the extraction that starts on ``start``."""
    return next(s for s, p, o in r.facts if p == "schema:startDate" and o == start)


def _about(r, event):
    return {(p, o) for s, p, o in r.facts if s == event}


def test_a_named_event_on_a_later_page_where_a_definition_was_on_an_earlier_one(extract):
    # the definition of page 1 and the event's name of page 2 start at the same offset in their pages
    r = extract("The Orbital Robotics Agency (ORA) was set up.\f"
                "The Lunar Workshop on Polar Science met in Lyon on 4 May 2021.")
    assert "id/event/lunar-workshop-on-polar-science-2021" in {s for s, p, o in r.facts}


def test_a_named_event_with_its_place_before_a_date_range_and_its_co_hosts(extract):
    r = extract("Before the plenary, delegates spoke at the European Workshop on Surface Habitats held in Toulouse "
                "from 3 March to 5 March 2022, co-hosted by CNES and DLR, while ESA sent observers.")
    event = _event(r, "2022-03-03")
    assert {("schema:endDate", "2022-03-05"), ("schema:organizer", "id/org/cnes"),
            ("schema:organizer", "id/org/dlr")} <= _about(r, event)
    assert ("schema:organizer", "id/org/esa") not in _about(r, event)  # named after the list, not in it
    assert any(p == "schema:location" and o.endswith("/toulouse") for p, o in _about(r, event))


def test_table_with_wrapped_iso_ranges_and_hosts_told_in_the_venue_cell(extract):
    r = extract("Table 3 – ISECG meetings in 2031\n"
                "Dates Meeting Venue / host Agencies\n"
                "2031-04-02 to 2031-\n04-04\nTechnical plenary Lyon, France; hosted by CNES 17\n"
                "2031-10-14 to 2031-\n10-15\nTechnical plenary Cologne, Germany 19\n"
                "The plenaries went well.", year=2031)
    lyon = _event(r, "2031-04-02")
    assert {("schema:endDate", "2031-04-04"), ("schema:organizer", "id/org/cnes"),
            ("isecg:participantCount", "17")} <= _about(r, lyon)
    assert any(p == "schema:location" and o.endswith("/lyon") for p, o in _about(r, lyon))
    cologne = _event(r, "2031-10-14")
    assert ("schema:endDate", "2031-10-15") in _about(r, cologne)
    assert not any(p == "schema:organizer" for p, o in _about(r, cologne))  # no host said


def test_table_count_with_a_note_in_brackets_and_a_row_named_without_its_kind(extract):
    r = extract("On 3 and 4 May the senior managers met by video conference.\n"
                "Meetings in 2031\n"
                "Date Meeting Where Host Agencies\n"
                "3-4 May 2031 Senior managers online -- 19\n"
                "9 Nov 2031 Senior managers Lisbon, Portugal ASI 25 (20 in person)\n", year=2031)
    may = {s for s, p, o in r.facts if p == "schema:startDate" and o == "2031-05-03"}
    assert len(may) == 1  # the row and the sentence: one meeting
    lisbon = _event(r, "2031-11-09")
    assert ("isecg:participantCount", "25") in _about(r, lisbon)
    assert ("isecg:participantCount", "20") not in _about(r, lisbon)
    assert ("schema:organizer", "id/org/asi") in _about(r, lisbon)
    assert any(p == "schema:location" and o.endswith("/lisbon") for p, o in _about(r, lisbon))


def test_the_head_line_of_minutes_dates_and_places_the_meeting_of_the_title(extract):
    r = extract("Exploration Roadmap Working Group Plenary: Summary Record\n"
                "Plenary held in Lisbon on Tuesday 4 March 2025, 09:00-17:00 CET\n"
                "1. Opening\nNineteen of the twenty-two member agencies were represented.\n",
                title="Exploration Roadmap Working Group Plenary: Summary Record", year=2025)
    plenary = _event(r, "2025-03-04")
    assert r.labels()[plenary] == "Exploration Roadmap Working Group Plenary"
    assert ("isecg:participantCount", "19") in _about(r, plenary)
    assert any(p == "schema:location" and o.endswith("/lisbon") for p, o in _about(r, plenary))
    online = extract("Heads of Agency Meeting - Minutes\nMeeting held by teleconference on 2 June 2026\n",
                     title="Heads of Agency Meeting - Minutes", year=2026)
    call = _event(online, "2026-06-02")
    assert {("schema:location", "id/place/online"),
            ("schema:eventAttendanceMode", "http://schema.org/OnlineEventAttendanceMode")} <= _about(online, call)


def test_a_held_line_is_no_meeting_of_a_title_naming_none_nor_far_from_the_head(extract):
    r = extract("Annual Report 2025\nMeeting held online on 4 March 2025\n", title="Annual Report 2025", year=2025)
    assert not any(p == "schema:startDate" or o == "id/place/online" for s, p, o in r.facts)
    body = "\n".join(f"Paragraph {i} of the minutes says nothing dated." for i in range(14))
    late = extract(f"Lunar Workshop: Minutes\n{body}\nHeld online on 9 May 2025\n", title="Lunar Workshop: Minutes",
                   year=2025)
    assert not any(p == "schema:startDate" and o == "2025-05-09" for s, p, o in late.facts)


def test_a_markdown_table_of_next_meetings_with_their_format(extract):
    r = extract("## Next meetings\n\n| Event | When | Mode |\n|---|---|---|\n"
                "| Spring workshop | 3–5 June 2032 | virtual |\n"
                "| Heads of agency | late 2033 (to be confirmed) | in person |\n\n"
                "| No. | Action | Owner | Due |\n|---|---|---|---|\n| 1 | Send the report | ESA | 30 June 2032 |\n",
                year=2032)
    spring = _event(r, "2032-06-03")
    assert {("schema:endDate", "2032-06-05"), ("schema:location", "id/place/online")} <= _about(r, spring)
    heads = _event(r, "2033")
    assert not any(p == "schema:location" for p, o in _about(r, heads))  # in person, no place said
    assert not any(p == "schema:startDate" and o == "2032-06-30" for s, p, o in r.facts)  # an action's due date


def test_a_table_of_a_format_column_without_a_date_or_a_year_with_no_season_is_no_meeting(extract):
    r = extract("| Product | Format | Year |\n|---|---|---|\n| Roadmap | online | 2031 |\n"
                "| Meeting | Date | Format |\n|---|---|---|\n| Kick-off | 2031 budget cycle | online |\n", year=2031)
    assert not any(p == "schema:startDate" for s, p, o in r.facts)


def _labels_on(r, start):
    return {r.labels()[s] for s, p, o in r.facts if p == "schema:startDate" and o == start}


def test_round_table_items_labelled_by_agency_and_things_named_before_an_apposition(extract):
    r = extract("Agencies reported:\n"
                "- ISRO – Aditya-L1, India's first solar observatory with seven payloads, was launched on 2 September 2023.\n"
                "- ESA – the Juice spacecraft was launched from Kourou, French Guiana, on 14 April 2023.\n"
                "- NASA – two firms received lunar terrain vehicle study contracts on 3 April 2024.\n", year=2024)
    assert "Aditya-L1 was launched" in _labels_on(r, "2023-09-02")
    juice = next(s for s, p, o in r.facts if p == "schema:startDate" and o == "2023-04-14")
    assert r.labels()[juice] == "The Juice spacecraft was launched"  # not "ESA – the Juice ..."
    assert any(p == "schema:location" and o.endswith("/kourou") for p, o in _about(r, juice))
    assert _labels_on(r, "2024-04-03")
    quiet = extract("- ESA – the Juice team received praise from Kourou, French Guiana, on 14 April 2023.\n", year=2023)
    assert not any(p == "schema:startDate" for s, p, o in quiet.facts)  # praise is no contract


def test_impacts_lift_offs_selections_and_commitments_each_up_to_their_own_clause(extract):
    r = extract("On 4 July 2005 NASA's Deep Impact probe struck comet Tempel 1 and the plume held fine dust. "
                "The Orion capsule lifted off on 6 May 2031. On 12 June 2031 ESA selected two landers for study. "
                "In May 2031 the agencies decided to study a depot; Brazil committed to the depot on 9 May 2031 and "
                "will supply a robotic arm.", year=2031)
    assert _labels_on(r, "2005-07-04") == {"Deep Impact probe struck comet Tempel 1"}
    assert _labels_on(r, "2031-06-12") == {"ESA selected two landers for study"}
    assert _labels_on(r, "2031-05-06") and _labels_on(r, "2031-05-09") == {"Brazil committed to the depot"}
    planned = extract("Brazil will commit to the depot on 9 May 2031. The missions selected in 2030 will fly.", year=2031)
    assert not any(p == "schema:startDate" for s, p, o in planned.facts)


def test_a_meeting_on_the_margins_of_a_congress_lends_the_congress_nothing(extract):
    r = extract("The October meeting took place on the margins of the 80th International Astronautical Congress in "
                "Sydney. Twelve member agencies took part. The last meeting was hosted by the UK Space Agency.",
                year=2029)
    congress = "id/event/80th-international-astronautical-congress"
    assert not any(s == congress and p in ("isecg:participantCount", "schema:organizer") for s, p, o in r.facts)


def test_a_named_event_foreseen_for_a_year(extract):
    r = extract("The agencies welcomed the offer to host the Third Lunar Policy Forum in Nairobi, currently foreseen "
                "for early 2031. The Fourth Lunar Policy Forum report was published in 2029.", year=2030)
    forum = next(s for s, p, o in r.facts if o == "Third Lunar Policy Forum")
    assert ("schema:startDate", "2031") in _about(r, forum)
    assert not any(p == "schema:startDate" and o == "2029" for s, p, o in r.facts)  # no "planned" before it


def test_a_meeting_told_by_a_participle_with_its_day_and_place(extract):
    r = extract("The heads of agency, meeting under CNES's chairmanship on 2027-03-14 in Lisbon, approved the plan. "
                "The report, meeting every need of the users, was issued on 2027-05-02.", year=2027)
    meeting = _event(r, "2027-03-14")
    assert any(p == "schema:location" and o.endswith("/lisbon") for p, o in _about(r, meeting))
    assert not any(p == "schema:startDate" and o == "2027-05-02" for s, p, o in r.facts)


def test_a_thing_lost_told_by_a_participle_set_off_by_commas(extract):
    r = extract("Landings. NASA's Polar lander (PL-2), lost during its final approach on 4 May 2027, gave engineers "
                "data. The crew, lost in thought, spoke on 5 May 2027.", year=2027)
    assert _labels_on(r, "2027-05-04") == {"Polar lander (PL-2) lost during its final approach"}
    assert not _labels_on(r, "2027-05-05")


def test_a_named_events_host_told_in_a_relative_clause(extract):
    r = extract("The plan will be shown at the Global Space Exploration Conference, which the IAF will hold online "
                "from 3 to 5 March 2031.", year=2031)
    conference = _event(r, "2031-03-03")
    assert {("schema:organizer", "id/org/iaf"), ("schema:location", "id/place/online")} <= _about(r, conference)
    other = extract("The plan was shown at the Global Space Exploration Conference, which ESA attended in "
                    "Rome on 3 March 2031.", year=2031)
    assert not any(p == "schema:organizer" for s, p, o in other.facts)


def test_the_earlier_meeting_of_a_series_dated_in_the_same_sentence(extract):
    r = extract("It was the third technical plenary of the year held by video link; the first took place on "
                "2–3 February 2029.", year=2029)
    first = _event(r, "2029-02-02")
    assert {("schema:endDate", "2029-02-03"), ("schema:location", "id/place/online")} <= _about(r, first)
    none = extract("It was the third technical plenary of the year; the first report was published on 2 February "
                   "2029. The second workshop met; the first took place in the spring.", year=2029)
    assert not any(p == "schema:startDate" and o.startswith("2029-02") for s, p, o in none.facts)


def test_a_records_head_line_of_a_place_and_days_and_the_people_its_delegations_sent(extract):
    r = extract("Lunar Council Plenary -- Summary Record\nLyon, 3-4 May 2031\nThe plenary opened in Lyon. The meeting "
                "was held at the invitation of CNES.\nWho attended\nTwelve delegations sent a total of forty participants.",
                title="Lunar Council Plenary -- Summary Record", year=2031)
    plenary = _event(r, "2031-05-03")
    assert {("schema:endDate", "2031-05-04"), ("schema:location", "id/place/lyon"), ("schema:organizer", "id/org/cnes"),
            ("isecg:participantCount", "40")} <= _about(r, plenary)
    r = extract("Lunar Council Plenary -- Summary Record\nLYON, 3 May 2031 -- The Council met today.",
                title="Lunar Council Plenary -- Summary Record", year=2031)
    assert not any(rule == "minutes-head" for rule in (f.rule for f in r.extraction.facts))  # a dateline


def test_a_body_releasing_an_edition(extract):
    r = extract("Highlights\nISECG published the fourth edition of The Lunar Logistics Plan (LLP) in May 2031. "
                "Twelve space agencies had contributed to its drafting.", title="Annual Report 2031", year=2031)
    labels = r.labels()
    release = _event(r, "2031-05")
    assert labels[release] == "Release of the fourth edition of the Lunar Logistics Plan"
    # agencies that contributed to a document did not take part in an event: no count of the release's participants
    assert not any(p == "isecg:participantCount" for p, _ in _about(r, release))
    r = extract("On 9 May 2031, the chair recalled, ISECG had released the Lunar Logistics Plan (LLP) in its fourth "
                "edition.", title="Council minutes", year=2031)
    assert r.labels()[_event(r, "2031-05-09")] == "Release of the fourth edition of the Lunar Logistics Plan"


def test_a_gathering_held_online_is_told_online_with_no_place(extract):
    # corpus-multi's gold: a meeting a sentence tells as held online has no place (its attendance mode says online)
    r = extract("February 9–11, 2031: plenary of the roadmap group, organised online by NASA, with nineteen agencies "
                "taking part.", year=2031)
    plenary = _about(r, _event(r, "2031-02-09"))
    assert ("schema:eventAttendanceMode", "http://schema.org/OnlineEventAttendanceMode") in plenary
    assert not any(p == "schema:location" for p, _ in plenary)


def test_things_done_told_by_a_relative_clause_a_participle_apposition_and_a_span(extract):
    r = extract("Among them are LUNA-X of the Lunar Agency, which lifted off in September 2031, and a small rover. "
                "Polaris, carrying an ISA detector (area 8), lifted off on November 16, 2031. Between 16 November and "
                "11 December 2031 Polaris flew a mission around the Moon. In December 2031, Selene-9 — the Korean "
                "orbiter — was inserted into lunar orbit.", year=2031)
    labels = r.labels()
    dated = {(labels[s], o) for s, p, o in r.facts if p == "schema:startDate"}
    assert {("LUNA-X of the Lunar Agency lifted off", "2031-09"), ("Polaris lifted off", "2031-11-16"),
            ("Polaris flew a mission around the Moon", "2031-11-16")} <= dated
    assert any(label.startswith("Selene-9") and date == "2031-12" for label, date in dated)
    for text in ("Five agencies joined the group, which ended the year with 20 members, up from 15 in January 2031.",
                 "LSA, the Lunar Space Agency, which was established in August 2030, observed the meeting."):
        r = extract(text, year=2031)
        assert not any(f.rule == "happening" for f in r.extraction.facts)  # no name; what the agency is


def test_the_agencies_a_questionnaire_had_replies_from_and_a_virtual_workshop_with_its_days(extract):
    r = extract("In November 2030 the TWG sent a questionnaire to all member agencies. Replies came from twenty-one "
                "agencies; the previous edition had drawn replies from thirteen.", year=2031)
    assert ("isecg:participantCount", "21") in _about(r, _event(r, "2030-11"))
    r = extract("A draft was then reviewed by agency experts during a virtual workshop, 16–18 February 2031.", year=2031)
    workshop = _event(r, "2031-02-16")
    assert ("schema:endDate", "2031-02-18") in _about(r, workshop)
    r = extract("The TWG kicked off the work in an online session in June 2031.", year=2031)
    assert not any(p == "schema:startDate" for _, p, _ in r.facts)  # "the work in an online session" is no name


def test_a_minutes_head_of_fields_and_a_partitive_count(extract):
    r = extract("Lunar Council Plenary: Minutes\n- Meeting: plenary of the Council, held online by videoconference\n"
                "- Date and time: 2031-09-09, from 12:00 to 15:30 UTC\n1. Attendance\n"
                "1.2 Of the Council's 24 member agencies, 23 took part.", title="Lunar Council Plenary: Minutes", year=2031)
    plenary = _event(r, "2031-09-09")
    assert {("schema:location", "id/place/online"), ("isecg:participantCount", "23")} <= _about(r, plenary)


def test_days_written_as_ordinal_words(extract):
    r = extract("Lunar Council Plenary -- Summary Record\nThe delegates met in Tokyo, Japan, on Thursday and Friday, the "
                "first and second of March 2031.", title="Lunar Council Plenary -- Summary Record", year=2031)
    assert ("schema:endDate", "2031-03-02") in _about(r, _event(r, "2031-03-01"))


def test_hosted_by_of_another_years_gathering_is_not_the_paragraphs(extract):
    # the 2018 workshop, told after the 2019 one in its paragraph, is another gathering: JAXA did not host 2019's
    r = extract("The 2019 workshop on lunar science took place at ESTEC, in Noordwijk, on 5–6 March 2019. The host "
                "agency, ESA, welcomed 90 participants from 14 agencies.\nThe 2018 workshop on lunar science was "
                "hosted by JAXA in Tokyo.", year=2019)
    event = _event(r, "2019-03-05")
    assert ("schema:organizer", "id/org/esa") in _about(r, event)
    assert ("schema:organizer", "id/org/jaxa") not in _about(r, event)
