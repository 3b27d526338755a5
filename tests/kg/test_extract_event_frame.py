"""Event frames: a gathering's slots read from where they stand in its sentence, whatever verb tells them."""

from __future__ import annotations

import re

import pytest


def _event(r, date: str) -> dict[str, set[str]]:
    """The predicates and objects of the event starting on ``date``."""
    event = next(s for s, p, o in r.facts if p == "schema:startDate" and o == date)
    slots: dict[str, set[str]] = {}
    for s, p, o in r.facts:
        if s == event:
            slots.setdefault(p, set()).add(o)
    return slots


@pytest.mark.parametrize("text, date, place, host, count", [
    ("Representatives of 15 agencies attended the ISECG meeting in Rome on 2 April 2019, which ASI hosted.",
     "2019-04-02", "id/place/rome", "id/org/asi", "15"),
    ("ASI hosted the April 2019 ISECG meeting in Rome (15 agencies present).", "2019-04", "id/place/rome",
     "id/org/asi", "15"),
    ("The ISECG senior managers met in Tokyo on 5 May 2019 at the invitation of JAXA; twelve agencies attended.",
     "2019-05-05", "id/place/tokyo", "id/org/jaxa", "12"),
    ("The workshop on lunar science was held in Noordwijk on 3 July 2018 and drew 40 experts from 11 agencies.",
     "2018-07-03", "id/place/noordwijk", None, "11"),
])
def test_a_gathering_gets_the_slots_its_sentence_holds(extract, text, date, place, host, count):
    slots = _event(extract(text, year=2020), date)
    assert place in slots.get("schema:location", set())
    assert slots.get("schema:organizer", set()) == ({host} if host else set())
    # the bodies counted; the people too when the sentence counts both ("40 experts from 11 agencies": 11 and 40, a
    # question may ask either), no other number
    assert count in slots["isecg:participantCount"]
    assert slots["isecg:participantCount"] <= {count, *re.findall(r"(\d+) experts", text)}


def test_two_gatherings_in_one_sentence_are_left_to_the_rules(extract):
    r = extract("The 2019 workshop in Tokyo on 5 May followed the meeting in Rome on 2 April 2019, hosted by ASI.",
                year=2020)
    assert not any(rule == "event-frame" for rule in (f.rule for f in r.extraction.facts))


def test_a_date_alone_tells_no_gathering(extract):
    r = extract("The meeting report of 3 May 2019 lists the actions.", year=2020)
    assert not any(p == "schema:startDate" for _, p, _ in r.facts)


def test_a_webinar_s_speakers_are_not_its_participants(extract):
    r = extract("ESA held a public webinar in Paris on 3 March 2031, at which experts from six agencies spoke.",
                year=2031)
    assert not any(p == "isecg:participantCount" for _, p, _ in r.facts)


def test_a_body_that_held_or_ran_a_gathering_hosts_it_and_a_town_no_list_has_is_its_place(extract):
    held = _event(extract("On May 10–12, 2022, the Canadian Space Agency held a review workshop on the draft at its "
                          "site in Longueuil, Québec.", year=2022), "2022-05-10")
    assert held["schema:organizer"] == {"id/org/csa"} and held["schema:endDate"] == {"2022-05-12"}
    assert held["schema:location"] == {"id/place/longueuil"}
    ran = _event(extract("Wednesday 7 October 2020: an open webinar on lunar science, run by ESA, drew 112 "
                         "participants.", year=2020), "2020-10-07")
    assert ran["schema:organizer"] == {"id/org/esa"}


def test_a_dated_calendar_line_names_its_gathering_with_no_article(extract):
    r = extract("February 9–11, 2031: plenary of the ERWG, organised online by NASA, with nineteen agencies taking "
                "part.\n15 June 2031: eleven agencies attended an ISECG side meeting on the margins of GLEX 2031.",
                year=2031)
    plenary = _event(r, "2031-02-09")
    assert plenary["schema:organizer"] == {"id/org/nasa"} and plenary["isecg:participantCount"] == {"19"}
    assert "schema:eventAttendanceMode" in plenary
    assert _event(r, "2031-06-15")["isecg:participantCount"] == {"11"}
    assert r.labels()[next(s for s, p, o in r.facts if p == "schema:startDate" and o == "2031-02-09")] == \
        "Plenary of the ERWG"


def test_a_named_event_beside_the_meeting_told_gets_none_of_its_slots(extract):
    r = extract("The plan was drafted over two meetings of senior managers.\nFriday 2 October 2031, Paris, France. "
                "The final meeting took place at the invitation of CNES, with twenty-one "
                "agencies represented, one day before the 82nd International Astronautical Congress (3 to 7 October "
                "2031) opened in the same city.", year=2031)
    congress = {s for s, p, o in r.facts if p == "skos:prefLabel" and "Astronautical Congress" in o}
    assert congress and not {(p, o) for s, p, o in r.facts if s in congress} & {
        ("schema:organizer", "id/org/cnes"), ("isecg:participantCount", "21")}


def test_a_gathering_fronted_as_the_time_of_another_lends_it_no_date_and_gets_none(extract):
    r = extract("Lyon, 4 May\nAlongside the 90th Lunar Congress, the senior managers gathered in Lyon, France, on "
                "Sunday 4 May 2031. The meeting was organised by CNES. Delegations from 12 member agencies were present.",
                year=2031)
    labels = r.labels()
    assert not any(labels.get(s) == "90th Lunar Congress" for s, p, o in r.facts
                   if p in ("schema:startDate", "schema:organizer"))
    meeting = _event(r, "2031-05-04")
    assert meeting["schema:organizer"] == {"id/org/cnes"} and meeting["isecg:participantCount"] == {"12"}


def test_a_sentence_going_on_about_the_paragraphs_gathering_gives_its_host_and_count(extract):
    r = extract("Meetings\nThe plan was drafted over two meetings of senior managers.\n"
                "June 14–15, 2031, Rome, Italy. Held at the invitation of ASI in hybrid form, with 22 agencies "
                "represented.\n"
                "Saturday 20 September 2031, Lyon, France. The final meeting took place at the invitation of CNES, with "
                "twenty-one agencies represented, one day before the 90th Lunar Congress (21 to 25 September 2031) "
                "opened in the same city.", year=2031)
    rome, lyon = _event(r, "2031-06-14"), _event(r, "2031-09-20")
    assert rome["schema:organizer"] == {"id/org/asi"} and rome["isecg:participantCount"] == {"22"}
    assert lyon["schema:organizer"] == {"id/org/cnes"} and lyon["isecg:participantCount"] == {"21"}
    labels = r.labels()
    assert {labels[s] for s, p, o in r.facts if p == "schema:startDate" and o == "2031-09-21"} == {"90th Lunar Congress"}
    congress = _event(r, "2031-09-21")
    assert any(o.endswith("/lyon") for o in congress["schema:location"])  # "in the same city"


def test_a_countrys_government_that_organised_a_gathering_and_those_of_its_delegations_who_attended(extract):
    r = extract("The roadmap was presented to the Lunar Forum (LF). The government of Japan organised that forum in Tokyo "
                "on Saturday 3 March 2031, and forty-five delegations of countries and international organisations "
                "attended.", year=2031)
    forum = _event(r, "2031-03-03")
    assert forum["isecg:participantCount"] == {"45"}
    assert [o for o in forum["schema:organizer"]] == ["id/org/government-of-japan"]


def test_a_paragraph_headed_by_its_gatherings_kind_and_a_host_inviting_people_to_a_town(extract):
    r = extract("Meetings of the year\nLanding workshop. DLR invited 31 experts to Bremen, Germany, on 3, 4 and 5 June "
                "2031 to work on the landing scenario.", year=2031)
    workshop = _event(r, "2031-06-03")
    assert workshop["schema:endDate"] == {"2031-06-05"} and workshop["schema:organizer"] == {"id/org/dlr"}
    assert workshop["isecg:participantCount"] == {"31"}
    assert any(o.endswith("/bremen") for o in workshop["schema:location"])
    labels = r.labels()
    assert "workshop" in labels[next(s for s, p, o in r.facts if p == "schema:startDate")].lower()


def test_the_days_of_a_month_its_name_gives_and_its_closing_day_no_new_gathering(extract):
    r = extract("Plenaries\nJAXA organised the June meeting, held from the 4th to the 6th at the space centre in "
                "Tsukuba, Japan, where eighteen agencies were represented. The Tsukuba plenary closed on 6 June 2031, "
                "and on that day JAXA took the chair.", year=2031)
    june = _event(r, "2031-06-04")
    assert june["schema:endDate"] == {"2031-06-06"} and june["isecg:participantCount"] == {"18"}
    assert not any(p == "schema:startDate" and o == "2031-06-06" for s, p, o in r.facts)


def test_the_venue_of_a_planned_gathering_told_before_it(extract):
    r = extract("Baku, Azerbaijan, is the planned venue of the next plenary, in October 2031, to coincide with the "
                "90th Lunar Congress (LC).", year=2031)
    plenary = _event(r, "2031-10")
    assert plenary["schema:location"] == {"id/place/baku"}


def test_the_next_paragraph_goes_on_about_the_gathering_and_a_congress_in_the_same_city(extract):
    r = extract("A. PARIS AGAIN\nOn 16 September 2031 the senior managers met in person for the first time since 2029. "
                "Their host was the French space agency, CNES, which received them at its headquarters in Paris. The 90th "
                "Lunar Congress opened in the same city on 18 September, two days later.\n"
                "Delegates from twenty-one agencies were in the room; another three agencies joined by video, so "
                "twenty-four agencies took part in all.", year=2031)
    meeting = _event(r, "2031-09-16")
    assert meeting["schema:organizer"] == {"id/org/cnes"} and meeting["isecg:participantCount"] == {"24"}
    assert any(o.endswith("/paris") for o in meeting["schema:location"])
    congress = _event(r, "2031-09-18")
    assert any(o.endswith("/paris") for o in congress["schema:location"])
    assert "isecg:participantCount" not in congress


def test_a_meeting_told_by_a_participle_opening_its_sentence(extract):
    r = extract("Meeting in Lyon on Sunday, 20 October 2031, with JAXA in the chair, the ISECG senior managers endorsed "
                "this assessment.", year=2031)
    meeting = _event(r, "2031-10-20")
    assert any(o.endswith("/lyon") for o in meeting["schema:location"])


def test_a_hybrid_gathering_is_not_at_the_virtual_place(extract):
    r = extract("On 13th October 2031, senior managers from 17 agencies met in person and virtually. The meeting was "
                "hosted by the Canadian Space Agency.", year=2031)
    assert not any(o == "id/place/online" for s, p, o in r.facts if p == "schema:location")


def test_a_town_after_the_days_when_at_names_no_place_and_a_town_that_had_been_the_venue(extract):
    r = extract("Managers in Songdo\nThe year's meeting was held at the invitation of KARI on 7–8 December 2031 in "
                "Songdo (Incheon, Republic of Korea).\nA few days earlier, Daejeon had been the venue of the Lunar "
                "Workshop on Space Resources (Nov. 29 – Dec. 1, 2031), organised by KARI.", year=2031)
    assert any(o.endswith("/songdo") for o in _event(r, "2031-12-07")["schema:location"])
    assert any(o.endswith("/daejeon") for o in _event(r, "2031-11-29")["schema:location"])
