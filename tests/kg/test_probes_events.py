"""Probes of events: meetings, plenaries, workshops told in the many shapes publications give them (prose of
every sentence shape, calendars as tables and lists, minutes heads, datelines), each with the start date, place,
host and head count the text gives; and texts alike that must give none of a meeting's facts (a meeting foreseen,
one named only as a time, a launch, a congress only named, people listed as attending)."""

from __future__ import annotations

import pytest

# A positive probe: (text, year, title, events), each event a dict of the slots it must have: "date" (its
# schema:startDate), "end", "place" (a word of its place's label), "host" (the organizer's IRI path), "count";
# "nohost": an organisation that must not be its organizer.
POSITIVE = [
    ("On 12 March 2020, eighteen agencies joined the senior managers' videoconference.", 2020, None,
     [{"date": "2020-03-12", "count": "18"}]),
    ("The Tokyo meeting, a two-day gathering hosted by JAXA on 1–2 March 2018, brought together 15 agencies.", 2018,
     None, [{"date": "2018-03-01", "host": "id/org/jaxa", "count": "15"}]),
    ("Meetings in 2019\n- 4–6 June 2019 — Tsukuba, Japan (JAXA): ISECG plenary\n- 20 October 2019 — Washington, USA "
     "(NASA): senior managers meeting", 2019, None,
     [{"date": "2019-06-04", "place": "tsukuba", "host": "id/org/jaxa"},
      {"date": "2019-10-20", "place": "washington", "host": "id/org/nasa"}]),
    ("ISECG meetings held in 2022:\n1. Senior managers meeting, Rome, 14–15 June 2022, hosted by ASI, 22 agencies\n"
     "2. Senior managers meeting, Paris, 17 September 2022, hosted by CNES, 21 agencies", 2022, None,
     [{"date": "2022-06-14", "place": "rome", "host": "id/org/asi", "count": "22"},
      {"date": "2022-09-17", "place": "paris", "host": "id/org/cnes", "count": "21"}]),
    ("The Science Working Group held its annual meeting in Toulouse on 10–12 September 2019. CNES hosted the "
     "meeting, which was attended by representatives of 14 agencies.", 2019, None,
     [{"date": "2019-09-10", "place": "toulouse", "host": "id/org/cnes", "count": "14"}]),
    ("Some 40 experts from 12 agencies took part in the ISECG workshop held by ESA in Noordwijk on 3–4 July 2018.",
     2018, None, [{"date": "2018-07-03", "place": "noordwijk", "host": "id/org/esa", "count": "12"}]),
    ("PARIS, 17 September 2022 — The senior managers of ISECG met in Paris today at the invitation of CNES, with 21 "
     "agencies represented.", 2022, None,
     [{"date": "2022-09-17", "place": "paris", "host": "id/org/cnes", "count": "21"}]),
    ("In May 2023, the ISECG plenary was hosted in Rome by ASI.", 2023, None,
     [{"date": "2023-05", "place": "rome", "host": "id/org/asi"}]),
    ("In early 2021 the heads of delegation met by videoconference and admitted the Israel Space Agency.", 2021, None,
     [{"date": "2021"}]),
    ("Meetings held during the year\n• 12–13 March 2020: senior managers videoconference (17 agencies)\n"
     "• 9 September 2020: senior managers videoconference (23 agencies)", 2020, None,
     [{"date": "2020-03-12", "count": "17"}, {"date": "2020-09-09", "count": "23"}]),
    ("2022-06-14 to 2022-06-15: ISECG senior managers meeting, Rome (hybrid), hosted by ASI", 2022, None,
     [{"date": "2022-06-14", "place": "rome", "host": "id/org/asi"}]),
    ("The Technology Working Group convened in Longueuil, Québec, on 10–12 May 2022 at CSA's John H. Chapman Space "
     "Centre.", 2022, None, [{"date": "2022-05-10", "place": "longueuil", "host": "id/org/csa"}]),
    ("Eighteen agencies sent delegates to Tsukuba, Japan, where JAXA hosted the plenary on 4–6 June 2019.", 2019, None,
     [{"date": "2019-06-04", "place": "tsukuba", "host": "id/org/jaxa", "count": "18"}]),
    ("The ISECG meeting in Bremen on 30 September 2018 was organised by DLR; all 15 member agencies were present.",
     2018, None, [{"date": "2018-09-30", "place": "bremen", "host": "id/org/dlr", "count": "15"}]),
    ("The 2019 spring plenary (Tokyo, 4–6 June) was hosted by JAXA.", 2019, None,
     [{"date": "2019-06-04", "place": "tokyo", "host": "id/org/jaxa"}]),
    ("ISECG held its plenary in Ottawa from 27 to 29 June 2023, with 21 agencies present. CSA hosted.", 2023, None,
     [{"date": "2023-06-27", "place": "ottawa", "count": "21", "host": "id/org/csa"}]),
    ("The meeting was held in hybrid format at CNES headquarters in Paris on 21–23 March 2023; 18 agencies "
     "participated.", 2023, None, [{"date": "2023-03-21", "place": "paris", "host": "id/org/cnes", "count": "18"}]),
    ("The senior managers met twice in 2020: on 12–13 March and on 9 September, both by videoconference.", 2020, None,
     [{"date": "2020-03-12"}, {"date": "2020-09-09"}]),
    ("Date and place: 4–6 June 2019, Tokyo (Japan)\nHost: JAXA\nThe chair opened the meeting.", 2019,
     "ISECG Plenary Meeting — Record", [{"date": "2019-06-04", "place": "tokyo", "host": "id/org/jaxa"}]),
    ("The 2022 meetings took place in Rome on 14–15 June, hosted by ASI, and in Paris on 17 September, hosted by CNES.",
     2022, None, [{"date": "2022-06-14", "place": "rome", "host": "id/org/asi"},
                  {"date": "2022-09-17", "place": "paris", "host": "id/org/cnes"}]),
    ("Meeting calendar 2021\n23–24 March 2021 | Senior managers | online | KARI\n14 September 2021 | Senior managers | "
     "online | KARI", 2021, None, [{"date": "2021-03-23", "host": "id/org/kari"}, {"date": "2021-09-14", "host": "id/org/kari"}]),
    ("Twenty-three of the 24 member agencies were represented at the videoconference of 9 September 2020.", 2020, None,
     [{"date": "2020-09-09", "count": "23"}]),
    ("ISECG NEWS\nDubai hosts ISECG senior managers\nThe UAE Space Agency welcomed ISECG senior managers to Dubai on 24 "
     "October 2021. Twenty-five agencies were represented.", 2021, None,
     [{"date": "2021-10-24", "place": "dubai", "host": "id/org/uae-space-agency", "count": "25"}]),
    ("KARI hosted the Senior Agency Managers (SAM) meeting on 7–8 December 2023 in Songdo, Incheon.", 2023, None,
     [{"date": "2023-12-07", "place": "songdo", "host": "id/org/kari"}]),
    ("The Paris plenary ran from 21 to 23 March 2023 at CNES headquarters; 18 agencies attended in person or online.",
     2023, None, [{"date": "2023-03-21", "host": "id/org/cnes", "count": "18"}]),
    ("Date Place Host\n12–14 February 2019 Noordwijk ESA 4–6 June 2019 Tokyo JAXA", 2019, None,
     [{"date": "2019-02-12", "place": "noordwijk", "host": "id/org/esa"},
      {"date": "2019-06-04", "place": "tokyo", "host": "id/org/jaxa"}]),
    ("Tokyo hosted the plenary on 4–6 June 2019.", 2019, None, [{"date": "2019-06-04", "place": "tokyo"}]),
    ("More than 70 delegates from 25 agencies came to Rome for the plenary on 16–18 May 2023.", 2023, None,
     [{"date": "2023-05-16", "place": "rome", "count": "25"}]),
    ("3. Meetings\nISECG Plenary — Rome, Italy\n16–18 May 2023\nASI hosted the plenary, which 25 agencies attended.", 2023,
     None, [{"date": "2023-05-16", "place": "rome", "host": "id/org/asi", "count": "25"}]),
    ("3.1 Spring plenary (Tokyo, 4–6 June 2019)\nJAXA hosted the plenary. Eighteen agencies attended.", 2019, None,
     [{"date": "2019-06-04", "place": "tokyo", "host": "id/org/jaxa", "count": "18"}]),
    ("Meeting report: the 2019 ISECG Plenary\nDate 4–6 June 2019\nLocation Tokyo, Japan\nHost JAXA\nAgencies 18", 2019,
     None, [{"date": "2019-06-04", "place": "tokyo", "host": "id/org/jaxa", "count": "18"}]),
    ("ISECG Senior Managers Meeting — Minutes\nDate: 17 September 2022\nPlace: Paris, France\nAttendees: NASA, ESA, JAXA, "
     "CSA, CNES (host)", 2022, "ISECG Senior Managers Meeting — Minutes",
     [{"date": "2022-09-17", "place": "paris", "host": "id/org/cnes"}]),
    ("Participants: 42 experts from 14 agencies\nDates: 10–12 September 2019\nVenue: Toulouse, France\nHost: CNES", 2019,
     "Lunar Scenario Workshop — Report", [{"date": "2019-09-10", "place": "toulouse", "host": "id/org/cnes", "count": "14"}]),
    ("During its plenary in Tokyo (4–6 June 2019), ISECG welcomed 18 agencies; JAXA was host.", 2019, None,
     [{"date": "2019-06-04", "place": "tokyo", "host": "id/org/jaxa", "count": "18"}]),
    ("The ERWG plenary (hybrid; ESTEC, Noordwijk; 30 November – 2 December 2021) was organised by ESA and gathered 74 "
     "participants from 21 agencies.", 2021, None,
     [{"date": "2021-11-30", "place": "noordwijk", "host": "id/org/esa", "count": "21"}]),
    ("The Rome plenary (16–18 May 2023) counted 25 participating agencies.", 2023, None,
     [{"date": "2023-05-16", "count": "25"}]),
    ("Participation reached 25 agencies at the Rome plenary of 16–18 May 2023.", 2023, None,
     [{"date": "2023-05-16", "count": "25"}]),
    ("The Rome plenary on 16–18 May 2023 had 25 agencies in attendance.", 2023, None,
     [{"date": "2023-05-16", "count": "25"}]),
    ("The plenary took place on 16–18 May 2023 at the headquarters of ASI in Rome.", 2023, None,
     [{"date": "2023-05-16", "place": "rome", "host": "id/org/asi"}]),
    ("The senior managers' meeting was hosted on 17 September 2022 by CNES in Paris.", 2022, None,
     [{"date": "2022-09-17", "place": "paris", "host": "id/org/cnes"}]),
    ("Meetings in 2021: ERWG plenary, 9–11 February (online, NASA); SAM, 23–24 March (online, KARI); ERWG plenary, "
     "30 November–2 December (Noordwijk, ESA).", 2021, None,
     [{"date": "2021-02-09", "host": "id/org/nasa"}, {"date": "2021-03-23", "host": "id/org/kari"},
      {"date": "2021-11-30", "place": "noordwijk", "host": "id/org/esa"}]),
]

# A negative probe: (text, year, title, facts that must not be given: (predicate, object path or label word)).
NEGATIVE = [
    ("Twenty agencies are expected to attend the next plenary in Baku in October 2023.", 2023, None,
     [("isecg:participantCount", "20")]),
    ("Artemis I was launched from Kennedy Space Center on 16 November 2022, carrying experiments from 4 agencies.",
     2022, None, [("isecg:participantCount", "4"), ("schema:organizer", "id/org/nasa")]),
    ("The paper was presented at the International Astronautical Congress.", 2020, None,
     [("schema:startDate", "2020")]),
    ("Delegates from NASA, ESA and JAXA met in Rome on 16 May 2023.", 2023, None,
     [("schema:organizer", "id/org/nasa"), ("schema:organizer", "id/org/esa"), ("schema:organizer", "id/org/jaxa")]),
    ("The minutes of the Tokyo plenary of 4 June 2019 were circulated on 20 June 2019.", 2019, None,
     [("schema:startDate", "2019-06-20")]),
    ("The plenary met in Rome on 16 May 2023. ISECG now has 27 member agencies.", 2023, None,
     [("isecg:participantCount", "27")]),
    ("JAXA will host the next meeting in Tokyo.", 2023, None, [("schema:organizer", "id/org/jaxa")]),
    ("ISRO launched Chandrayaan-2 on 22 July 2019, six weeks after the Tokyo plenary.", 2019, None,
     [("schema:location", "tokyo")]),
    ("The senior managers met online on 9 September 2020. The chairmanship has been held by JAXA since 2019.", 2020,
     None, [("schema:organizer", "id/org/jaxa")]),
    ("Ministerial forum. The forum met in Washington on 9 January 2014. Representatives from 30 countries took part, "
     "and the summary supported the roadmap published in August 2013.", 2014, None, [("schema:startDate", "2013-08")]),
    ("The next plenary, to be hosted by CSA in Montreal on 5–7 May 2024, is expected to gather 25 agencies.", 2023, None,
     [("isecg:participantCount", "25")]),
    ("The Emirates Mars Mission was launched from Tanegashima on 19 July 2020 on a rocket provided by JAXA.", 2020, None,
     [("schema:organizer", "id/org/jaxa")]),
    ("ISECG papers are presented each year at the International Astronautical Congress, organised by the IAF.", 2021,
     None, [("schema:startDate", "2021")]),
    ("Representatives of ESA, JAXA and CSA attended the workshop in Tokyo on 3 May 2019.", 2019, None,
     [("schema:organizer", "id/org/esa"), ("schema:organizer", "id/org/jaxa"), ("schema:organizer", "id/org/csa")]),
    ("The senior managers met in Paris on 17 September 2022. The next meeting will be hosted by KARI.", 2022, None,
     [("schema:organizer", "id/org/kari")]),
    ("Twenty-four agencies are members of ISECG; the group met twice in 2020.", 2020, None,
     [("isecg:participantCount", "24")]),
    ("The senior managers met in Paris on 17 September 2022. Delegates thanked NASA for its support of the Artemis "
     "Accords.", 2022, None, [("schema:organizer", "id/org/nasa")]),
    ("The ISECG plenary planned for Houston in March 2020 was cancelled because of the pandemic.", 2020, None,
     [("schema:location", "houston")]),
    ("The next plenary is scheduled for 5–7 May 2024 in Montreal; 25 agencies have been invited.", 2023, None,
     [("isecg:participantCount", "25")]),
    ("The plenary met in Tokyo on 4 June 2019. These minutes were approved by correspondence on 3 July 2019.", 2019,
     None, [("schema:startDate", "2019-07-03")]),
    ("The plenary met in Washington on 20 October 2019, hosted by CSA. NASA hosted a dinner for the delegates.", 2019,
     None, [("schema:organizer", "id/org/nasa")]),
    ("The plenary met in Tokyo on 4 June 2019. The chair thanked ESA, JAXA and CSA for their contributions.", 2019,
     None, [("schema:organizer", "id/org/esa"), ("schema:organizer", "id/org/jaxa"), ("schema:organizer", "id/org/csa")]),
    ("The plenary in Rome on 16 May 2023 admitted Portugal Space as the 27th member.", 2023, None,
     [("isecg:participantCount", "27")]),
    ("The plenary met in Rome on 16 May 2023. Over the year, 120 delegates from 24 agencies attended ISECG meetings.",
     2023, None, [("isecg:participantCount", "24")]),
    ("The workshop report (ISECG, 3 May 2019) summarises the findings of 14 agencies.", 2019, None,
     [("isecg:participantCount", "14")]),
    ("The 73rd International Astronautical Congress will take place in Paris in September 2022; 30 agencies are "
     "expected to exhibit.", 2021, None, [("isecg:participantCount", "30")]),
    ("ASI will host the 2024 plenary; 26 agencies are due to attend.", 2023, None, [("isecg:participantCount", "26")]),
    ("Speakers from five agencies presented at the public panel of 14 October 2020.", 2020, None,
     [("isecg:participantCount", "5")]),
    ("The meeting of 9 September 2020 was chaired by JAXA.", 2020, None, [("schema:organizer", "id/org/jaxa")]),
    ("The roadmap was presented at a workshop in Tokyo.", 2020, None, [("schema:startDate", "20")]),
    ("In 2019 the group held 12 teleconferences.", 2019, None, [("isecg:participantCount", "12")]),
    ("The plenary, at which 18 agencies were represented, met on 4 June 2019 and approved the white paper written by "
     "14 agencies.", 2019, None, [("isecg:participantCount", "14")]),
    ("The senior managers met in Tokyo on 4 June 2019, chaired by NASA.", 2019, None,
     [("schema:organizer", "id/org/nasa")]),
    ("Twenty agencies signed the Artemis Accords in Washington on 13 October 2020.", 2020, None,
     [("isecg:participantCount", "20")]),
    ("Since January 2018 ISECG has welcomed seven new members.", 2020, None, [("schema:startDate", "2018-01")]),
    ("JAXA hosts the ISECG Secretariat website.", 2020, None, [("schema:organizer", "id/org/jaxa")]),
    ("The plenary of 4 June 2019 in Tokyo elected JAXA as chair.", 2019, None, [("schema:organizer", "id/org/jaxa")]),
    ("The plenary met in Tokyo on 4 June 2019. The agencies that attended are listed in Annex 2: NASA, ESA, JAXA and "
     "CSA.", 2019, None, [("schema:organizer", "id/org/nasa"), ("schema:organizer", "id/org/esa")]),
    ("The 2020 plenary in Houston was replaced by a videoconference on 12–13 March 2020.", 2020, None,
     [("schema:location", "houston")]),
    ("Twenty-seven agencies now belong to ISECG, which met in Rome on 16 May 2023.", 2023, None,
     [("isecg:participantCount", "27")]),
    ("Attendees: NASA, ESA, JAXA, CSA\nThe plenary met in Rome on 16 May 2023.", 2023, None,
     [("schema:organizer", "id/org/nasa")]),
    ("The 2019 plenary's venue, the Tokyo office of JAXA, is also the home of the JAXA secretariat.", 2019, None,
     [("schema:startDate", "2019")]),
    ("ISECG agencies will meet in Tokyo on 4–6 June 2025 if conditions allow; JAXA has offered to host 20 agencies.",
     2024, None, [("isecg:participantCount", "20")]),
    ("Experts from 12 agencies contributed to the workshop findings published on 3 May 2019.", 2019, None,
     [("schema:startDate", "2019-05-03")]),
    ("The meeting on 4 June 2019 was held in English.", 2019, None, [("schema:location", "english")]),
    ("Representatives of 30 countries will attend the forum on 3 March 2018 in Tokyo.", 2017, None,
     [("isecg:participantCount", "30")]),
    ("The conference proceedings of 12 May 2020 list 40 papers from 15 agencies.", 2020, None,
     [("isecg:participantCount", "15"), ("schema:startDate", "2020-05-12")]),
    ("The agencies met in Rome on 16 May 2023. A press conference with ESA followed on 18 May 2023.", 2023, None,
     [("schema:organizer", "id/org/esa")]),
    ("Since the Tokyo meeting of 4 June 2019, seven agencies have joined ISECG.", 2021, None,
     [("isecg:participantCount", "7")]),
    ("NASA presented the Artemis plan at the plenary; ESA, JAXA and CSA followed with their own plans.", 2021, None,
     [("schema:organizer", "id/org/nasa")]),
    ("The 2020 plenary planned for Houston in March was held online on 12–13 March 2020 instead.", 2020, None,
     [("schema:location", "houston")]),
    ("Date Launch Vehicle Site\n22 July 2019 Chandrayaan-2 GSLV Sriharikota\n7 September 2023 SLIM H-IIA Tanegashima",
     2023, None, [("schema:organizer", "id/org/isro"), ("schema:organizer", "id/org/jaxa")]),
    ("Milestones\n- 4 June 2019 — Tokyo (JAXA): release of the lunar exploration white paper", 2019, None,
     [("schema:organizer", "id/org/jaxa")]),
    ("Launches in 2022: Danuri, 4 August (Cape Canaveral, SpaceX); Artemis I, 16 November (Kennedy Space Center, NASA).",
     2022, None, [("schema:organizer", "id/org/nasa"), ("schema:organizer", "id/org/spacex")]),
    ("Highlights\n- 4 June 2019: NASA presents the Artemis plan at the plenary in Tokyo", 2019, None,
     [("schema:organizer", "id/org/nasa")]),
    ("- 12 March 2020: the plenary planned in Houston is cancelled because of the pandemic", 2020, None,
     [("schema:location", "houston")]),
    ("Meetings in 2020: the Houston plenary, 12 March, was cancelled; the senior managers met online instead.", 2020,
     None, [("schema:location", "houston")]),
    ("Date Mission Agency\n22 July 2019 Chandrayaan-2 ISRO\n7 September 2023 SLIM JAXA", 2023, None,
     [("schema:organizer", "id/org/isro"), ("schema:organizer", "id/org/jaxa")]),
    ("3.2 Workshop report — Tokyo, 4 June 2019\nThe report lists 14 agencies.", 2019, None,
     [("isecg:participantCount", "14")]),
]


def _events(r) -> list[dict[str, set[str]]]:
    """Every event's slots: predicate -> objects (a place by its label, lower case)."""
    labels = r.labels()
    typed = {s for s, p, o in r.facts if p == "rdf:type" and o.endswith("Event")}
    events = {s for s, p, o in r.facts if p in ("schema:startDate", "isecg:participantCount") and s in typed}
    slots: list[dict[str, set[str]]] = []
    for event in events:
        found: dict[str, set[str]] = {}
        for s, p, o in r.facts:
            if s == event:
                found.setdefault(p, set()).add(labels.get(o, o).lower() if p == "schema:location" else o)
        slots.append(found)
    return slots


_KEYS = {"date": "schema:startDate", "end": "schema:endDate", "host": "schema:organizer",
         "count": "isecg:participantCount"}


def _has(event: dict[str, set[str]], want: dict[str, str]) -> bool:
    if "nohost" in want and want["nohost"] in event.get("schema:organizer", set()):
        return False  # an organisation named beside the gathering that did not host it
    if "place" in want and not any(want["place"] in place for place in event.get("schema:location", set())):
        return False
    return all(value in event.get(_KEYS[key], set()) for key, value in want.items() if key not in ("place", "nohost"))


def missing(r, wanted: list[dict[str, str]]) -> list[dict[str, str]]:
    """The wanted events no extracted event has all the slots of."""
    events = _events(r)
    return [want for want in wanted if not any(_has(event, want) for event in events)]


def given(r, forbidden: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The forbidden facts some event has."""
    events = _events(r)
    return [(p, o) for p, o in forbidden
            if any(o in value for event in events for value in event.get(p, set()))]


@pytest.mark.parametrize("text, year, title, wanted", POSITIVE)
def test_an_event_told_in_any_shape_gets_its_date_place_host_and_count(extract, text, year, title, wanted):
    r = extract(text, year=year, **({"title": title} if title else {}))
    assert missing(r, wanted) == []


@pytest.mark.parametrize("text, year, title, forbidden", NEGATIVE)
def test_a_text_alike_gives_no_event_fact(extract, text, year, title, forbidden):
    r = extract(text, year=year, **({"title": title} if title else {}))
    assert given(r, forbidden) == []
