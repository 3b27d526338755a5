"""Tables of events read from page text (one row a line, wrapped cells on the lines below), each on a
short table written for the test, in several column orders and date forms; and tables it must leave alone."""

from __future__ import annotations

from isecg_kg.kg.rules_event_tables import caption_name, columns


def _event(r, start):
    """The event of the extraction that starts on ``start``."""
    return next(s for s, p, o in r.facts if p == "schema:startDate" and o == start)


def _about(r, event):
    return {(p, o) for s, p, o in r.facts if s == event}


def test_header_names_columns_in_any_order():
    assert columns("Date Place Host Agencies represented") == ["date", "place", "host", "count"]
    assert columns("Venue | Dates | Organiser | No. of participants") == ["place", "date", "host", "count"]
    assert columns("No. Meeting Host agency When Location") == ["index", "name", "host", "date", "place"]
    assert columns("Host country Date Delegations") == ["place", "date", "count"]
    assert columns("Technology area Agencies named") is None  # no date column
    assert columns("Acronym Agency Country Member since") is None  # words no event table uses
    assert columns("Date Place") is None  # too little beside the date to be sure
    assert columns("The agencies met on that date in Paris") is None


def test_caption_names_the_events():
    assert caption_name("Table 2: Workshops of the Technology Working Group, 2017-2019") == "Workshop"
    assert caption_name("Table 7. Exploration forum sessions held since 2015") == "Exploration forum"
    assert caption_name("Table 1. Phases of the lunar scenario") is None


def test_table_of_meetings_with_wrapped_cells(extract):
    r = extract("ISECG annual report\nTable 3. Plenary meetings, 2016-2017\n"
                "Venue Dates Host agency Delegations\n"
                "Montreal, Canada 3-5 May 2016 CSA 15\n"
                "Bengaluru, India 14 Nov 2016 – 16 Nov 2016 ISRO\n(with DLR) 17\n"
                "videoconference 9 March 2017 DLR 18\n"
                "The plenaries agreed the work plan.", year=2017)
    first, second, third = _event(r, "2016-05-03"), _event(r, "2016-11-14"), _event(r, "2017-03-09")
    assert first == "id/event/isecg-plenary-2016-05-03"
    assert {("schema:endDate", "2016-05-05"), ("schema:organizer", "id/org/csa"), ("isecg:participantCount", "15")} \
        <= _about(r, first)
    assert any(p == "schema:location" and "montreal" in o for p, o in _about(r, first))
    assert {("schema:endDate", "2016-11-16"), ("schema:organizer", "id/org/isro"), ("schema:organizer", "id/org/dlr"),
            ("isecg:participantCount", "17")} <= _about(r, second)  # the host cell wraps onto the next line
    assert any(p == "schema:location" and "bengaluru" in o for p, o in _about(r, second))
    assert {("schema:location", "id/place/online"), ("schema:organizer", "id/org/dlr"),
            ("isecg:participantCount", "18"), ("schema:eventAttendanceMode", "http://schema.org/OnlineEventAttendanceMode")} \
        <= _about(r, third)
    assert r.provenance(first, "schema:organizer", "id/org/csa")[0].sentence == "Montreal, Canada 3-5 May 2016 CSA 15"


def test_table_with_count_first_and_no_caption(extract):
    r = extract("ISECG meetings\nAgencies represented Host Date Place\n"
                "19 JAXA 2019-02-12 Tokyo, Japan\n21 ESA 2019-10-03 Noordwijk\n", year=2019)
    event = _event(r, "2019-02-12")
    assert event == "id/event/isecg-meeting-2019-02-12"
    assert {("schema:organizer", "id/org/jaxa"), ("isecg:participantCount", "19")} <= _about(r, event)
    assert any(p == "schema:location" and "tokyo" in o for p, o in _about(r, event))
    assert ("isecg:participantCount", "21") in _about(r, _event(r, "2019-10-03"))


def test_table_row_and_sentence_of_the_same_meeting_are_one_event(extract):
    r = extract("The agencies met in Ottawa on 4 June 2018, hosted by CSA.\n"
                "Table 1. Senior managers meetings\nDate Place Host Participants\n"
                "4 June 2018 Ottawa, Canada CSA 20\n", year=2018)
    events = {s for s, p, o in r.facts if p == "schema:startDate" and o == "2018-06-04"}
    assert len(events) == 1


def test_tables_of_other_things_are_left_alone(extract):
    r = extract("Technology areas and who works on them\nTechnology area Agencies named\n"
                "Closed-loop life support NASA, ESA\nPrecision landing JAXA\n"
                "Members\nAcronym Agency Country Member since\nCSA Canadian Space Agency Canada 2007\n"
                "Table 5. Launches in 2022\nDate Place\n2022-08-04 Cape Canaveral\n", year=2022)
    assert not any(p == "schema:startDate" for _, p, _ in r.facts)
    assert not any(p == "schema:organizer" for _, p, _ in r.facts)


def test_markdown_table_of_workshops_with_rows_joined_on_a_line(extract):
    r = extract("ISECG workshops\n| Dates | Host | Venue | Participants |\n|---|---|---|---|\n"
                "| 6–8 May 2019 | DLR | Bremen, Germany | 40 | | 2 October 2019 | CNES and ESA | online | 55 |\n"
                "| Science theme | Robotic precursors |\n", year=2019)
    first, second = _event(r, "2019-05-06"), _event(r, "2019-10-02")
    assert first == "id/event/isecg-workshop-2019-05-06"
    assert {("schema:endDate", "2019-05-08"), ("schema:organizer", "id/org/dlr"), ("isecg:participantCount", "40")} \
        <= _about(r, first)
    assert any(p == "schema:location" and "bremen" in o for p, o in _about(r, first))
    assert {("schema:organizer", "id/org/cnes"), ("schema:organizer", "id/org/esa"),
            ("schema:location", "id/place/online"), ("isecg:participantCount", "55")} <= _about(r, second)


def test_markdown_tables_of_other_things_are_left_alone(extract):
    r = extract("| Author | Affiliation | Role |\n|---|---|---|\n| A. Writer | ESA | 12 May 2019 draft |\n"
                "| Mission | Agency | Launch date |\n|---|---|---|\n| Rover X | JAXA | 3 March 2024 |\n", year=2019)
    assert not any(p in ("schema:startDate", "schema:organizer") for _, p, _ in r.facts)


def test_header_wrapped_onto_two_lines_and_dates_without_a_year(extract):
    r = extract("Table 2. Technology Working Group workshops in 2020\nDate Venue Host Number of\nparticipants\n"
                "3–4 March Tokyo JAXA 31\n9 September online NASA 44\nThe workshops fed the assessment.", year=2021)
    first, second = _event(r, "2020-03-03"), _event(r, "2020-09-09")
    assert r.labels()[first] == "Technology Working Group workshop"
    assert {("schema:endDate", "2020-03-04"), ("schema:organizer", "id/org/jaxa"), ("isecg:participantCount", "31")} \
        <= _about(r, first)
    assert {("schema:location", "id/place/online"), ("isecg:participantCount", "44")} <= _about(r, second)


def test_table_whose_page_text_runs_one_cell_a_line(extract):
    r = extract("Table 1. ISECG plenary meetings\nDate\nVenue\nHost\nDelegations\n2019-05-14\nMontreal, Canada\nCSA\n19\n"
                "2019-11-20\nvideoconference\nESA\n25\nBoth plenaries reviewed the work plan of the group.", year=2020)
    first, second = _event(r, "2019-05-14"), _event(r, "2019-11-20")
    assert {("schema:organizer", "id/org/csa"), ("isecg:participantCount", "19")} <= _about(r, first)
    assert any(p == "schema:location" and "montreal" in o for p, o in _about(r, first))
    assert {("schema:organizer", "id/org/esa"), ("isecg:participantCount", "25")} <= _about(r, second)


def test_header_columns_named_twice_are_one():
    assert columns("Reference Dates Venue / mode Organiser Represented") is None  # "Reference": no header word
    assert columns("Gathering Dates Venue / mode Organiser Represented") == ["name", "date", "place", "host", "count"]
    assert columns("Session Dates Venue / mode Organiser Represented") == ["name", "date", "place", "host", "count"]
    assert columns("Event | Date | Host | Participation") == ["name", "date", "host", "count"]
    assert columns("When What Where Organised by Delegates Agencies") == ["date", "name", "place", "host", "count",
                                                                        "count"]


def test_table_with_host_first_and_every_cell_wrapped_onto_its_own_lines(extract):
    # The page text of a narrow table: each cell's words on lines of their own, the date's too.
    r = extract("Meetings of the year\nOrganiser Event Dates Venue Represented\n"
                "CNES Autumn\nplenary\n3–5\nOctober\n2017\nToulouse,\nFrance\n12 agencies\n"
                "DLR Architecture workshop\n2017-11-\n21\nBremen\n31 experts\n"
                "Both meetings were prepared by the secretariat over several months of work.", year=2017)
    first, second = _event(r, "2017-10-03"), _event(r, "2017-11-21")
    assert {("schema:endDate", "2017-10-05"), ("schema:organizer", "id/org/cnes"), ("isecg:participantCount", "12")} \
        <= _about(r, first)
    assert any(p == "schema:location" and "toulouse" in o for p, o in _about(r, first))
    assert r.labels()[first].lower().endswith("autumn plenary")
    assert {("schema:organizer", "id/org/dlr"), ("isecg:participantCount", "31")} <= _about(r, second)
    assert r.labels()[second].lower().endswith("architecture workshop")


def test_table_with_two_rows_on_one_line_and_its_header_repeated_on_the_next_page(extract):
    r = extract("Table 2 - Sessions held in 2016\nEvent Date Place / format Host Participation\n"
                "Review workshop 2016-04-12 Online NASA 30 Gateway working session 9 May 2016 Online CSA 25\n"
                "\fEvent Date Place / format Host Participation\n"
                "Heads of agency\nmeeting\n14–15\nJune 2016\nLondon, United\nKingdom\nESA 18 agencies, 60 participants\n"
                "4. Membership\nThe group welcomed no new member in 2016.", year=2016)
    first, second, third = _event(r, "2016-04-12"), _event(r, "2016-05-09"), _event(r, "2016-06-14")
    assert {("schema:organizer", "id/org/nasa"), ("isecg:participantCount", "30"), ("schema:location", "id/place/online")} \
        <= _about(r, first)
    assert {("schema:organizer", "id/org/csa"), ("isecg:participantCount", "25")} <= _about(r, second)
    assert {("schema:endDate", "2016-06-15"), ("schema:organizer", "id/org/esa"), ("isecg:participantCount", "60")} \
        <= _about(r, third)
    assert r.labels()[third] == "Heads of agency meeting"
    assert len({s for s, p, _ in r.facts if p == "schema:startDate"}) == 3  # the section after the table is no row


def test_the_head_of_a_meetings_record_and_its_sentences(extract):
    r = extract("SPACE AGENCIES FORUM -- Heads of Agency Meeting: Minutes\nVenue: Ottawa, Canada (CSA headquarters)\n"
                "Date: 11-12 June 2019\nHost: Canadian Space Agency (CSA)\nMinutes: the Secretariat\n"
                "1. WELCOME\nThe chair opened the meeting on Tuesday 11 June and thanked the host.\n"
                "37 participants attended, from 12 agencies.\n"
                "The chair closed the meeting on 2019-06-12 at noon.", year=2019)
    (event,) = {s for s, p, o in r.facts if p == "schema:startDate"}
    assert {("schema:endDate", "2019-06-12"), ("schema:organizer", "id/org/csa"), ("isecg:participantCount", "37")} \
        <= _about(r, event)
    assert any(p == "schema:location" and "ottawa" in o for p, o in _about(r, event))
    assert "Heads of Agency meeting" in r.labels()[event]


def test_labelled_lines_without_a_meetings_date_and_place_are_no_record(extract):
    r = extract("Review record\nAuthor: A. Writer (ESA)\nDate: 3 May 2019\nStatus: final\n", year=2019)
    assert not any(p == "schema:startDate" for _, p, _ in r.facts)


def test_table_with_two_count_columns_and_the_name_before_the_place(extract):
    r = extract("ISECG annual report\nCNES hosted the Lunar Policy Forum in Paris on 4 June 2030.\n"
                "Table 2. Meetings and events, 2030\n"
                "No. Date Meeting Place Host Agencies Delegates\n"
                "1 4 June 2030 Forum, agency briefing Paris, France CNES n/a 60\n"
                "2 8–9 Oct. 2030 Joint planning workshop ESOC, Darmstadt ESA 9 31\n"
                "3 2 Dec. 2030 Heads of delegation call Videoconference CSA 12 20\n"
                "4 2 Dec. 2030 Exhibition opening Tokyo, Japan JAXA 5 40\n"
                "The meetings went well.", year=2030)
    forum = _event(r, "2030-06-04")
    assert r.labels()[forum] == "Lunar Policy Forum"  # the row of the day and place the text told: one event
    assert ("isecg:participantCount", "60") in _about(r, forum)  # no agencies count ("n/a"): the delegates'
    workshop = _event(r, "2030-10-08")
    assert r.labels()[workshop] == "ISECG joint planning workshop"  # the name cell stops where the place starts
    assert {("isecg:participantCount", "9"), ("schema:organizer", "id/org/esa")} <= _about(r, workshop)
    assert any(p == "schema:location" and "esoc" in o for p, o in _about(r, workshop))
    assert ("isecg:participantCount", "31") not in _about(r, workshop)  # the first count column's
    calls = {s for s, p, o in r.facts if p == "schema:startDate" and o == "2030-12-02"}
    assert len(calls) == 2  # the same day in another place: another event
    call = next(s for s in calls if "call" in r.labels()[s])
    assert {("schema:location", "id/place/online"), ("isecg:participantCount", "12")} <= _about(r, call)


def test_a_date_first_table_whose_cells_the_cleaner_ran_onto_long_lines_and_iso_day_ranges(extract):
    r = extract("Table B. Calendar of 2031 meetings and events\nWhen What Where Organised by Delegates Agencies\n"
                "2031-03-03 Forum, with a briefing by ISECG\nTokyo, Japan MEXT, supported by\n"
                "JAXA delegations of 45 countries and organisations not applicable\n"
                "2031-05-23 to 24 Spring meeting of senior managers\nASI headquarters,\nRome, Italy\nASI 41 13\n"
                "The chair rotates every two years.", year=2031)
    starts = {o for s, p, o in r.facts if p == "schema:startDate"}
    assert starts == {"2031-03-03", "2031-05-23"}
    assert ("schema:endDate", "2031-05-24") in {(p, o) for s, p, o in r.facts}


def test_table_naming_who_met_after_the_place_with_counts_in_words(extract):
    # A narrow table: the host and place wrap, a "Body" column names who met, the count is a word.
    r = extract("ISECG annual report\nTable C. Three of the 2029 meetings\nHost Location Body Dates Members present\n"
                "ESA, at\nESTEC\nNoordwijk\n(Netherlands)\nTWG Mar.\n3–4,\n2029 twelve\n"
                "KARI Daejeon\n(Republic of Korea)\nSenior managers\nSep.\n18–19,\n2029 twenty-one\n"
                "Observers are not counted in the numbers given above.", year=2029)
    first, second = _event(r, "2029-03-03"), _event(r, "2029-09-18")
    assert {("schema:endDate", "2029-03-04"), ("schema:organizer", "id/org/esa"), ("isecg:participantCount", "12")} \
        <= _about(r, first)
    assert any(p == "schema:location" and "noordwijk" in o for p, o in _about(r, first))
    assert r.labels()[first] == "TWG meeting"  # the body's meeting, not the caption's "Three of the 2029 meeting"
    assert {("schema:organizer", "id/org/kari"), ("isecg:participantCount", "21")} <= _about(r, second)
    assert any(p == "schema:location" and "daejeon" in o for p, o in _about(r, second))  # the town, not its country
    assert r.labels()[second] == "ISECG senior managers meeting"


def test_of_two_count_columns_the_one_counting_agencies_is_read(extract):
    r = extract("Table 4. Calendar of 2032 meetings\nWhen What Where Organised by Delegates Agencies\n"
                "2032-04-07 Spring meeting of senior managers\nOttawa, Canada CSA 44 fifteen\n"
                "2032-10-12 Heads of delegation call by telephone JAXA, as chair 30 all 17 members, plus two observers\n"
                "The calendar is kept by the secretariat.", year=2032)
    assert ("isecg:participantCount", "15") in _about(r, _event(r, "2032-04-07"))
    assert ("isecg:participantCount", "44") not in _about(r, _event(r, "2032-04-07"))
    assert ("isecg:participantCount", "17") in _about(r, _event(r, "2032-10-12"))


def test_dated_list_of_what_happened_in_a_markdown_table(extract):
    r = extract("Events the paper refers to\n| When | What happened |\n|---|---|\n"
                "| May 4, 2031 | Lunar lander Hakuto-5 (ispace) touches down in Mare Crisium, the first landing there, and "
                "deploys its rover |\n"
                "| June 2031 | The rover Pragyan-4 stops working |\n"
                "| July 9, 2031 | KARI launches Danuri-2, whose orbiter goes into lunar orbit on August 30 |\n", year=2031)
    landing = _event(r, "2031-05-04")
    assert "Hakuto-5" in r.labels()[landing]
    assert any(p == "schema:location" and "mare-crisium" in o for p, o in _about(r, landing))
    assert "Pragyan-4" in r.labels()[_event(r, "2031-06")]
    assert "Danuri-2" in r.labels()[_event(r, "2031-07-09")]
    assert "lunar orbit" in r.labels()[_event(r, "2031-08-30")]  # a later clause's own day, in the row's year


def test_dated_list_of_milestones_whose_date_cells_wrap(extract):
    r = extract("Lunar milestones, 2032\nDate Milestone\n3 Feb\n2032\nThe Lupex rover crashes on the Moon\n"
                "14 Mar\n2032\nLaunch by ESA of Argonaut-1, a cargo lander meant to demonstrate precise landing within "
                "a few hundred metres of its target\n"
                "In orbit, the relay satellite completed a first year of operations.", year=2032)
    crash = _event(r, "2032-02-03")
    assert "Lupex" in r.labels()[crash]
    assert r.labels()[_event(r, "2032-03-14")] == "Launch by ESA of Argonaut-1"
    assert len({s for s, p, _ in r.facts if p == "schema:startDate"}) == 2  # the prose after the table is no row


def test_date_first_table_whose_date_cell_wraps_onto_three_lines(extract):
    r = extract("Senior managers\nDates Convened by Agencies Main result\n"
                "2033-03-08 to 2033-03-\n09\nCSA, online from\nMontreal\n22 Work plan adopted for the\nyear\n"
                "Wednesday 12\nOctober\n2033\nCSA, online 23 Outline of the supplement reviewed\n"
                "At the October meeting the chair passed to ESA.", year=2033)
    first, second = _event(r, "2033-03-08"), _event(r, "2033-10-12")
    assert {("schema:organizer", "id/org/csa"), ("isecg:participantCount", "22")} <= _about(r, first)
    assert {("schema:organizer", "id/org/csa"), ("isecg:participantCount", "23")} <= _about(r, second)


def test_a_list_item_opening_with_its_date_as_a_sentence_dates_the_next(extract):
    r = extract("From draft to release\n"
                "- Monday 3 to Wednesday 5 March 2031. Drafting starts at a workshop hosted by CNES in Toulouse.\n"
                "- June 2031. The text is discussed at the Lunar Science Forum in Manchester, United Kingdom.\n",
                year=2031)
    workshop = _event(r, "2031-03-03")
    assert {("schema:endDate", "2031-03-05"), ("schema:organizer", "id/org/cnes")} <= _about(r, workshop)
    forum = _event(r, "2031-06")
    assert any(p == "schema:location" and "manchester" in o for p, o in _about(r, forum))


def test_a_meetings_record_as_a_two_column_markdown_table(extract):
    r = extract("ISECG news\n| At a glance | |\n|---|---|\n| Meeting | ISECG heads of delegation |\n"
                "| Date | Friday 7 March 2031 |\n| Venue | Ottawa, Canada |\n| Hosting agency | Canadian Space Agency |\n"
                "| Attendance | 22 agencies (15 in the room) |\nThe delegates met at the agency's headquarters.", year=2031)
    event = _event(r, "2031-03-07")
    assert {("schema:organizer", "id/org/csa"), ("isecg:participantCount", "22")} <= _about(r, event)
    assert any(p == "schema:location" and "ottawa" in o for p, o in _about(r, event))
    assert r.labels()[event] == "ISECG heads of delegation meeting"


def test_a_minutes_head_of_list_items_opening_with_fields_no_table_names(extract):
    r = extract("Heads of Agency Meeting: Minutes\n- Reference: HOA-2031-01\n"
                "- Meeting: Heads of agency (HoA), held online by videoconference\n"
                "- Date and time: 2031-04-02, from 13:00 to 16:00 UTC\n- Minutes taken by: the Secretariat\n"
                "1. Opening\nThe chair opened the meeting.", year=2031)
    event = _event(r, "2031-04-02")
    assert {("schema:location", "id/place/online"),
            ("schema:eventAttendanceMode", "http://schema.org/OnlineEventAttendanceMode")} <= _about(r, event)


def test_a_chronology_entry_no_other_rule_reads_is_an_event(extract):
    r = extract("What changed since then:\n"
                "Monday, 4 March 2030: Brazil made its pledge to the lunar station, for which it will build a module.\n"
                "Friday, 9 August 2030: the Kestrel impactor, sent by ESA into Shackleton crater, raised a plume.\n"
                "- May 2030 -- the Kenya Space Agency (KSA) joined as the 30th.\n"
                "- 2029: the first relay satellite reached its orbit.\n- October 2030. Public release.\n", year=2030)
    pledge = _event(r, "2030-03-04")
    assert r.labels()[pledge] == "Brazil made its pledge to the lunar station"
    impact = _event(r, "2030-08-09")
    assert any(p == "schema:location" and "shackleton" in o for p, o in _about(r, impact))
    starts = {o for s, p, o in r.facts if p == "schema:startDate"}
    assert "2030-05" not in starts and "2029" not in starts  # an accession; an entry dated by its year alone
    assert r.labels()[_event(r, "2030-10")] == "Public release"  # the date set off by a full stop


def test_the_dateline_under_a_records_title_gives_its_place_and_days(extract):
    r = extract("ISECG Heads of Agency Meeting -- Summary Record\nOttawa, 4-5 June 2031\n"
                "The heads of agency met in Ottawa on the fourth and fifth of June, at the invitation of CSA.", year=2031)
    event = _event(r, "2031-06-04")
    assert ("schema:endDate", "2031-06-05") in _about(r, event)
    assert any(p == "schema:location" and "ottawa" in o for p, o in _about(r, event))
    assert len({s for s, p, _ in r.facts if p == "schema:startDate"}) == 1


def test_a_place_and_date_line_under_a_title_naming_no_meeting_is_no_record(extract):
    r = extract("Annual Report 2031\nOttawa, 4 June 2031\nThe report was written by the secretariat.", year=2031)
    assert not any(p == "schema:startDate" for _, p, _ in r.facts)


def test_a_meetings_record_of_list_items_with_bold_labels(extract):
    r = extract("ISECG news\nMeeting at a glance\n- **Meeting:** ISECG heads of delegation\n"
                "- **Date:** Friday 7 March 2031\n- **Venue:** Ottawa, Canada\n- **Host:** Canadian Space Agency\n"
                "The delegates met at the agency's headquarters.", year=2031)
    event = _event(r, "2031-03-07")
    assert ("schema:organizer", "id/org/csa") in _about(r, event)
    assert any(p == "schema:location" and "ottawa" in o for p, o in _about(r, event))
    assert r.labels()[event] == "ISECG heads of delegation meeting"


def test_markdown_table_naming_who_met_with_two_count_columns(extract):
    r = extract("Table A. Meetings of 2029\n| **Host** | **Location** | **Body** | **Dates** | **Delegates** | **Members present** |\n"
                "|---|---|---|---|---|---|\n| ESA | Noordwijk (Netherlands) | ERWG | Feb. 9–11, 2029 | 40 | eleven |\n"
                "| CSA | Saint-Hubert (Canada) | Senior managers | Apr. 19–20, 2029 | 52 | n/a |\n", year=2029)
    first, second = _event(r, "2029-02-09"), _event(r, "2029-04-19")
    assert r.labels()[first] == "ERWG meeting"
    assert {("schema:organizer", "id/org/esa"), ("isecg:participantCount", "11")} <= _about(r, first)
    assert ("isecg:participantCount", "52") in _about(r, second)  # no agencies count: the delegates'
    assert any(p == "schema:location" and "saint-hubert" in o for p, o in _about(r, second))


def test_a_list_item_closing_with_its_date_is_an_event(extract):
    r = extract("ISECG Annual Report 2031\nIssued by the ISECG Secretariat in March 2032.\nKey moments of the year\n"
                "- Argonaut-1 touches down in Shackleton crater (3 January 2031)\n"
                "- The Lupex rover is lost during its landing attempt — 11 April 2031\n"
                "- Rover study with Toyota (JAXA)\n", year=2031)
    landing = _event(r, "2031-01-03")
    assert r.labels()[landing] == "Argonaut-1 touches down in Shackleton crater"
    assert any(p == "schema:location" and "shackleton" in o for p, o in _about(r, landing))
    assert "Lupex" in r.labels()[_event(r, "2031-04-11")]


def test_who_supported_the_host_is_no_host(extract):
    r = extract("Table B. Calendar of 2032 meetings\nWhen What Where Organised by Agencies\n"
                "2032-03-03 Forum, with a briefing Tokyo, Japan the ministry, supported by JAXA 45\n"
                "2032-05-23 Spring meeting of senior managers Rome, Italy ASI 13\n"
                "The calendar is kept by the secretariat.", year=2032)
    assert not any(p == "schema:organizer" for p, _ in _about(r, _event(r, "2032-03-03")))
    assert ("schema:organizer", "id/org/asi") in _about(r, _event(r, "2032-05-23"))
