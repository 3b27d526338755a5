"""Probes of events (round 19): a gathering named with its body's acronym, and the head line of a meeting's record.

- a gathering's noun phrase may open with the acronym of a body, and one word of its topic after it ("at an ESA Moon
  workshop held online on 5–6 May 2022", "at the ISECG senior managers teleconference of 2019-11-04"): the
  gathering of that day, as without the acronym; a date of another happening after it is not its ("at the ISECG
  plenary in Bremen ... until its publication on 3 June 2021");
- a record's head line of place, days and host set off by dashes ("Ottawa, Canada — 10 and 11 May 2022 — hosted by
  the Canadian Space Agency") dates, places and hosts the recorded meeting, named without "Record of"; a line that
  goes on after the host is a sentence, not a head;
- a place told just after another event the sentence names ("before the 72nd International Astronautical Congress in
  Dubai") is that event's, not the gathering's."""

from __future__ import annotations

import pytest

from .test_probes_events import _events


def _on(r, date: str) -> list[dict[str, set[str]]]:
    return [e for e in _events(r) if date in e.get("schema:startDate", set())]


ACRONYM_LED = [
    ("The draft was reviewed at a CNES Moon workshop held online on 5–6 May 2022.", "2022-05-05", "2022-05-06"),
    ("The findings went to the ESA senior managers teleconference of 2019-11-04, which endorsed them.", "2019-11-04",
     None),
    ("Results were discussed at an ISECG science workshop held in Bonn on 12 March 2019.", "2019-03-12", None),
    ("The agencies compared their landers at the NASA Artemis workshop of 8 February 2023.", "2023-02-08", None),
]


@pytest.mark.parametrize("text, date, end", ACRONYM_LED)
def test_a_gathering_named_with_a_bodys_acronym_is_dated(extract, text, date, end):
    events = _on(extract(text, year=2023), date)
    assert len(events) == 1
    assert end is None or end in events[0].get("schema:endDate", set())


def test_the_host_and_head_count_told_next_are_the_acronym_named_gatherings(extract):
    r = extract("The plan was discussed at a JAXA lunar workshop held online on 2–3 June 2020. JAXA organised the "
                "workshop; 48 experts from nine agencies took part.", year=2020)
    [event] = _on(r, "2020-06-02")
    assert "id/org/jaxa" in event.get("schema:organizer", set())
    assert "48" in event.get("isecg:participantCount", set())


NOT_THE_GATHERINGS_DAY = [
    ("Drafting began at the ISECG plenary in Bremen and continued until its publication on 3 June 2021.", "2021-06-03"),
    ("Work started at the ESA writing workshop in Noordwijk and ran up to the release on 14 May 2020.", "2020-05-14"),
    ("The ESA workshop report of 3 May 2019 was circulated to all agencies.", "2019-05-03"),
]


@pytest.mark.parametrize("text, date", NOT_THE_GATHERINGS_DAY)
def test_a_date_of_something_else_is_not_the_acronym_named_gatherings(extract, text, date):
    assert not _on(extract(text, year=2021), date)


RECORD = ("Ottawa, Canada — 10 and 11 May 2022 — hosted by the Canadian Space Agency\n1. OPENING\n"
          "The chair opened the meeting and welcomed the delegations.\nTwelve agencies were represented.")


def test_a_records_dashed_head_line_dates_places_and_hosts_the_meeting(extract):
    r = extract(RECORD, year=2022, title="Record of the Heads of Agency Meeting, Ottawa 2022")
    [event] = _on(r, "2022-05-10")
    assert "2022-05-11" in event.get("schema:endDate", set())
    assert any("ottawa" in p for p in event.get("schema:location", set()))
    assert "id/org/csa" in event.get("schema:organizer", set())
    assert "12" in event.get("isecg:participantCount", set())
    labels = r.labels()
    assert not any(label.startswith("Record of") for s, label in labels.items() if s.startswith("id/event/"))


def test_a_head_line_with_an_en_dash_and_an_organiser(extract):
    r = extract("Rome, Italy – 4–5 June 2023 – organised by the Italian Space Agency\nThe meeting opened at 9:00.",
                year=2023, title="Minutes of the ISECG Plenary Meeting")
    [event] = _on(r, "2023-06-04")
    assert "id/org/asi" in event.get("schema:organizer", set())


def test_a_head_line_under_a_title_naming_no_meeting_is_no_record(extract):
    r = extract("Tokyo, Japan — 1 and 2 March 2019 — hosted by the Japan Aerospace Exploration Agency\n"
                "The report covers the year.", year=2019, title="ISECG Annual Report 2019")
    assert not any(f.rule == "minutes-head" for f in r.extraction.facts)


def test_a_line_going_on_after_the_host_is_no_head(extract):
    r = extract("Paris, France — 3 March 2021 — hosted by CNES, the agencies reviewed the roadmap draft.\n"
                "The chair thanked the host.", year=2021, title="Record of the Senior Managers Meeting")
    assert not any(f.rule == "minutes-head" for f in r.extraction.facts)


def test_the_place_of_another_named_event_is_not_the_gatherings(extract):
    # the town follows the congress named later in the sentence: the congress's, not the teleconference's
    r = extract("The plan was discussed at the ESA senior managers teleconference of 2021-07-08, which asked for a "
                "report before the 72nd International Astronautical Congress in Dubai (25–29 October 2021).", year=2021)
    [event] = _on(r, "2021-07-08")
    assert not event.get("schema:location")
    assert any("dubai" in p for e in _on(r, "2021-10-25") for p in e.get("schema:location", set()))


def test_a_page_header_run_into_the_host_is_not_the_host(extract):
    # a running header ("Roadmap Digest ISECG") the page text put between "hosted by" and the host
    r = extract("The International Space Exploration Coordination Group (ISECG) met twice.\nThe draft was discussed at "
                "the ISECG annual meeting on 22–23 June 2022 in London, hosted by Roadmap Digest ISECG the UK Space "
                "Agency, where the chair handover took place.", year=2022)
    [event] = _on(r, "2022-06-22")
    assert event.get("schema:organizer") == {"id/org/uksa"}
