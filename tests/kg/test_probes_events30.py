"""Round 30 probes of gatherings stated in forms of reports, calendars, chronologies and captions that a verb does not
carry (development sets as, aa, aj, ak), in other names, dates and wording than theirs:

- a line naming a gathering, then its place, days, head count, format or host as parts of their own, no verb
  ("Senior managers meeting, Lisbon, 14–15 October 2025"; "Workshop on ISRU, Golden, Colorado, 6–7 June 2016, 45
  participants"; "...; Toulouse, France; 21 September 2024; hosted by CNES"; a full stop after its days), or over a
  line of its days and town; a town no list has is its place, and a calendar line's ("22 January 2026: ERWG meeting,
  Tsukuba"); "(DLR host)" names its host;
- a chronology's row typed a gathering ("2031 May Meeting Senior managers meeting in Oslo, hosted by NOSA, 12 May;
  18 agencies attend."): the day its entry gives in the row's month (its month and type cell are no event's name);
- a table whose column is named two ways ("Meeting or event", "Name / title");
- a gathering's days between its noun and its verb, the host a body no list has ("The Nairobi meeting on 8 February
  2029 was hosted by the Kenya Space Agency").

Negatives: a line naming something else of the gathering ("Results of the plenary, Oslo, ...", "Meeting report, ..."),
a clause ("Agencies attended workshop, ..."); a document's version line; rows typed a document or a joining, or a
gathering postponed; a table of other dated things; a date of a deadline, a mission or an issue."""

from __future__ import annotations

import pytest

CHRONOLOGY = "Milestones of the group\nYear Month Type Entry\n"


def _slots(r) -> dict[str, dict[str, set[str]]]:
    """Each event's start date and its place, host and head count, by its start."""
    events: dict[str, dict[str, set[str]]] = {}
    starts = {s: o for s, p, o in r.facts if p == "schema:startDate"}
    for s, p, o in r.facts:
        if s in starts and p in ("schema:location", "schema:organizer", "isecg:participantCount"):
            events.setdefault(starts[s], {}).setdefault(p.split(":")[1], set()).add(o.rsplit("/", 1)[-1])
    return {start: events.get(start, {}) for start in starts.values()}


@pytest.mark.parametrize(("text", "date", "slots"), [
    ("Senior managers meeting, Lisbon, 14–15 October 2025", "2025-10-14", {"location": {"lisbon"}}),
    ("Senior managers meeting — Tokyo, Japan — 5-6 March 2018", "2018-03-05", {"location": {"tokyo"}}),
    ("Meeting of the Science Working Group, Madrid, 19 May 2026.", "2026-05-19", {"location": {"madrid"}}),
    ("Workshop on ISRU, Golden, Colorado, 6–7 June 2016, 45 participants", "2016-06-06",
     {"location": {"golden"}, "participantCount": {"45"}}),
    ("Workshop on lunar night survival, Sagamihara, 1–2 February 2027, 38 participants", "2027-02-01",
     {"location": {"sagamihara"}, "participantCount": {"38"}}),
    ("Lunar surface workshop, ESTEC, Noordwijk, 11 March 2021 (about 80 attendees)", "2021-03-11",
     {"location": {"noordwijk"}, "participantCount": {"80"}}),
    ("Heads of delegation meeting; Toulouse, France; 21 September 2024; hosted by CNES", "2024-09-21",
     {"location": {"toulouse"}, "organizer": {"cnes"}}),
    ("Science Working Group workshop (virtual), 17 February 2022", "2022-02-17", {}),
    ("Senior agency managers meeting — Canberra, Australia — 14 November 2030", "2030-11-14",
     {"location": {"canberra"}}),
    ("Technology Working Group Workshop\n5–6 December 2028, Daejeon", "2028-12-05", {"location": {"daejeon"}}),
    ("22 January 2026: ERWG meeting, Tsukuba", "2026-01-22", {"location": {"tsukuba"}}),
    ("- 3 April 2028: Technology Working Group meeting, Bremen (DLR host)", "2028-04-03",
     {"location": {"bremen"}, "organizer": {"dlr"}}),
])
def test_a_line_naming_a_gathering_with_its_parts(extract, text, date, slots):
    found = _slots(extract(text, year=2031))
    assert date in found
    assert all(found[date].get(k) == v for k, v in slots.items())


@pytest.mark.parametrize("text", [
    "Results of the plenary, Oslo, 4 March 2027",
    "Agencies attended workshop, Oslo, 4 March 2027",
    "Meeting report, Oslo, 4 March 2027",
    "Version 2.1, Oslo, 4 March 2027",
    "Issued by the ISECG Secretariat, 16 December 2019",
    "Deadline for abstracts: 15 May 2025",
    "Comments on the draft are due by 30 April 2027.",
    "The mission will operate from 12 June 2026 to 30 June 2029.",
    "A plenary had been planned for Oslo on 4 March 2027 but it did not take place.",
    "The workshop planned for 12 May 2026 in Bremen was cancelled.",
    "The meeting report of 3 May 2027 was circulated to members.",
])
def test_lines_and_sentences_telling_no_gathering(extract, text):
    assert not _slots(extract(text, year=2031))


@pytest.mark.parametrize(("row", "date", "slots"), [
    ("2031 May Meeting Senior managers meeting in Oslo, hosted by NOSA, 12 May; 18 agencies attend.", "2031-05-12",
     {"location": {"oslo"}, "organizer": {"nosa"}, "participantCount": {"18"}}),
    ("2029 March Workshop Lunar dust workshop at Golden, Colorado, 3–4 March; about 60 experts attend.", "2029-03-03",
     {"location": {"golden"}, "participantCount": {"60"}}),
    ("2030 June Meeting Heads of delegation meet in Nairobi, 9 June, at the invitation of the Kenya Space Agency.",
     "2030-06-09", {"location": {"nairobi"}}),
    ("2028 February Meeting Virtual plenary, 15 February; 21 agencies represented.", "2028-02-15",
     {"participantCount": {"21"}}),
    ("2027 October Conference Global Space Exploration Conference, Lisbon.", "2027-10", {"location": {"lisbon"}}),
])
def test_a_chronology_row_typed_a_gathering(extract, row, date, slots):
    found = _slots(extract(CHRONOLOGY + row, year=2032))
    assert set(found) == {date}
    assert all(found[date].get(k) == v for k, v in slots.items())


def test_a_chronology_row_s_month_and_type_name_no_event(extract):
    r = extract(CHRONOLOGY + "2014 January Meeting International Space Exploration Forum, Washington DC, 9 January.",
                year=2032)
    labels = r.labels()
    assert not any(label.startswith("January") for label in labels.values())
    assert _slots(r) == {"2014-01-09": {"location": {"washington"}}}


@pytest.mark.parametrize("row", [
    "2031 May Meeting A plenary planned in Oslo for 12 May is postponed.",
    "2031 May Document The roadmap supplement is released (12 May).",
    "2031 May Join Kenya Space Agency (KSA).",
])
def test_chronology_rows_of_other_types_or_not_held(extract, row):
    assert not _slots(extract(CHRONOLOGY + row, year=2032))


def test_a_timeline_table_row_typed_a_meeting(extract):
    r = extract("ISECG timeline\n| Date | Type | Entry |\n|---|---|---|\n| 2030-05 | Meeting | Plenary in Hanoi, hosted by "
                "VNSC |\n| 2030-09 | Document | Roadmap update released |", year=2032)
    assert _slots(r) == {"2030-05": {"location": {"hanoi"}, "organizer": {"vnsc"}}}


@pytest.mark.parametrize(("header", "dates"), [
    ("| Date | Meeting or event | Host | Place |", {"2027-05-04", "2027-11-09"}),
    ("| # | Date | Name / title | Host | Venue |", {"2027-05-04", "2027-11-09"}),
    ("| Date | Topic or outcome | Owner | Place |", set()),
])
def test_a_table_column_named_two_ways(extract, header, dates):
    index = header.startswith("| #")
    rows = [("1 | " if index else "") + "4–6 May 2027 | Plenary | NOSA | Oslo, Norway",
            ("2 | " if index else "") + "9 Nov 2027 | Technology workshop | KARI | Busan"]
    separator = "|" + "---|" * (header.count("|") - 1)
    r = extract("\n".join([header, separator, *(f"| {row} |" for row in rows)]), year=2028)
    assert set(_slots(r)) == dates


@pytest.mark.parametrize(("text", "date"), [
    ("The Nairobi meeting on 8 February 2029 was hosted by the Kenya Space Agency.", "2029-02-08"),
    ("The Bremen meeting on 8 February 2029 was hosted by DLR.", "2029-02-08"),
    ("The plenary on 8 February 2029 was held in Rome.", "2029-02-08"),
])
def test_a_gathering_s_days_between_its_noun_and_its_verb(extract, text, date):
    assert date in _slots(extract(text, year=2030))
