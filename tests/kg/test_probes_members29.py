"""Round 29 probes of memberships told in the forms of chronologies, calendars and founders' tables (development sets
as, ai, aa, aq), in other names, dates and wording than theirs:

- a chronology's row typed a joining, its date written year first ("2031 March Join A (AA)."), or in a Markdown table
  or after a dash: each organisation it only names a member from the row's date;
- a day in brackets refining the month the row gave with its year ("2030 April ... (1 April)");
- a numbered note opened by its date alone ("3. Oslo, 12 March."): the date of the joining its sentences tell;
- a chronology's present: "A becomes a member", "A replaces B as Portugal's member" (B a member until then);
- "A and B joined, bringing the membership to 31": the body whose count the joining raised;
- "A and B, the other two members, ...": each a member (not "the other two members of the drafting team");
- "X, the first agency from East Africa, admitted in Nairobi in October": an apposed admission with a description
  between and the place before the date;
- founders a table lists below "They are listed below.", after the clause naming them founding members; its column
  header, a cell a PDF wrapped and a body no list has (acronym and name) are read; since the year the Framework the
  body grew out of was released.

Negatives: rows typed a meeting or an observer, or telling something else with a verb; a note's lead that is no date;
observers welcomed; a count of a delegation raised; a replacement as a chair; a list of a meeting's attendees or of
people."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

CHRONOLOGY = "A chronology of ISECG, 2029–2032\nYear Month Type Entry Members\n"
CALENDAR = "International Space Exploration Coordination Group\nCalendar of meetings 2031\nNotes on the meetings\n"


def _isecg(r) -> dict[str, set[str]]:
    """The memberships of ISECG (not of another body)."""
    return {m: p for m, p in _periods(r).items()
            if any(s.endswith(f"-isecg-{x}") for s, _, _ in r.facts for x in p if s.startswith("id/membership/"))}


@pytest.mark.parametrize(("text", "periods"), [
    (CHRONOLOGY + "2031 March Join Kenya Space Agency (KSA). 31\n2031 May Meeting Senior managers meeting in Oslo, "
     "hosted by NOSA.\n2031 October Join Swiss Space Office (SSO) and the Philippine Space Agency (PhilSA).\n33",
     {"ksa": {"from-2031-03"}, "sso": {"from-2031-10"}, "philsa": {"from-2031-10"}}),
    ("ISECG timeline\n| Date | Type | Entry |\n|---|---|---|\n| 2030-02 | Accession | NOSA and VNSC |\n"
     "| 2030-05 | Meeting | Plenary in Hanoi, hosted by VNSC |", {"nosa": {"from-2030-02"}, "vnsc": {"from-2030-02"}}),
    ("ISECG milestones\nJune 2031 — Admission: Thailand's GISTDA, welcomed at the Bangkok plenary.",
     {"gistda": {"from-2031-06"}}),
])
def test_rows_typed_a_joining(extract, text, periods):
    assert _periods(extract(text, year=2032)) == periods


@pytest.mark.parametrize("text", [
    CHRONOLOGY + "2031 March Observer Kenya Space Agency (KSA) attends its first meeting.",
    CHRONOLOGY + "2031 March Meeting Senior managers meet in Nairobi, hosted by the Kenya Space Agency (KSA).",
    CHRONOLOGY + "2031 March Join Kenya Space Agency (KSA) applies for membership; a decision is deferred.",
])
def test_rows_of_other_types_or_telling_more(extract, text):
    assert not _periods(extract(text, year=2032))


def test_a_day_refines_the_month_of_its_row(extract):
    r = extract(CHRONOLOGY + "2030 April Join The Korea AeroSpace Administration (KASA) replaces KARI as the Republic of "
                "Korea's member (27 April).", year=2032)
    assert _periods(r) == {"kasa": {"from-2030-04-27"}, "kari": {"until-2030-04-27"}}
    r = extract(CHRONOLOGY + "2030 April Join The Korea AeroSpace Administration (KASA) replaces KARI as the Republic of "
                "Korea's member (27 May).", year=2032)
    assert "from-2030-04-27" not in _periods(r).get("kasa", ())  # another month: not the row's


@pytest.mark.parametrize(("note", "periods"), [
    ("3. Oslo, 12 March. The senior managers welcomed the Kenya Space Agency (KSA) as ISECG's 31st member.",
     {"ksa": {"from-2031-03-12"}}),
    ("5) 4 June. The Swiss Space Office (SSO) and the Philippine Space Agency (PhilSA) joined, bringing the membership to "
     "33.", {"sso": {"from-2031-06-04"}, "philsa": {"from-2031-06-04"}}),
])
def test_a_note_dated_by_its_lead(extract, note, periods):
    assert _periods(extract(CALENDAR + note, year=2031)) == periods


@pytest.mark.parametrize("note", [
    "3. Oslo, 12 March. The senior managers welcomed delegates of the Kenya Space Agency as observers.",
    "4. Lisbon, 2 June. Portugal Space joined, bringing the delegation to 12.",
    "5. Membership. Portugal Space joined the study team, bringing its total to 12.",
])
def test_notes_that_tell_no_joining(extract, note):
    assert not _periods(extract(CALENDAR + note, year=2031))


def test_a_note_led_by_no_date_gives_none(extract):
    r = extract(CALENDAR + "2. Membership. The Kenya Space Agency (KSA) joined ISECG.", year=2031)
    assert _periods(r) == {"ksa": {"2031"}}  # the document's year, as before


@pytest.mark.parametrize(("text", "periods"), [
    ("ISECG in dates\n- 2030 — The Kenya Space Agency (KSA) becomes a member.", {"ksa": {"from-2030"}}),
    ("ISECG in dates\n- March 2031 — Portugal Space becomes the group's 31st member.", {"pt-space": {"from-2031-03"}}),
    ("ISECG in dates\n- 1 May 2030 — Portugal Space replaces the Mexican Space Agency as the representative of ISECG's "
     "Latin American partners.", {"pt-space": {"from-2030-05-01"}, "aem": {"until-2030-05-01"}}),
])
def test_a_chronologys_present(extract, text, periods):
    assert _periods(extract(text, year=2032)) == periods


def test_a_chronologys_present_of_another_body_or_post(extract):
    r = extract("ISECG in dates\n- 2030 — The Kenya Space Agency (KSA) becomes a member of the International "
                "Astronautical Federation (IAF).", year=2032)
    assert not _isecg(r)
    r = extract("ISECG in dates\n- 2030 — KASA replaces KARI as chair of the Technology Working Group.", year=2032)
    assert not _periods(r)


FOUNDERS = ("ISECG Annual Report 2012\nOrigins\nISECG grew out of the Global Exploration Strategy: The Framework for "
            "Coordination, which twelve space agencies released in June 2009. The first meeting was held in Oslo in "
            "October 2009, and the agencies that had drafted the Framework became its founding members. They are "
            "listed below.\n")


def test_founders_a_table_lists_below(extract):
    r = extract(FOUNDERS + "Acronym Agency Country\nASI Italian Space Agency Italy\nHSC Hellenic Space Centre Greece\n"
                "CSIRO Commonwealth Scientific and Industrial Research\nOrganisation\nAustralia\nJAXA Japan Aerospace "
                "Exploration Agency Japan\nTable 1. Founding members.\nMeetings of the year\nThe group met twice.",
                year=2012)
    since = {m: p for m, p in _periods(r).items() if "from-2009" in p}
    assert {"asi", "csiro", "jaxa"} <= set(since) and any("hellenic" in m or "hsc" in m for m in since)


@pytest.mark.parametrize("text", [
    "ISECG Annual Report 2012\nTwelve agencies attended the Oslo meeting. They are listed below.\nAcronym Agency Country\n"
    "ASI Italian Space Agency Italy\nJAXA Japan Aerospace Exploration Agency Japan",
    FOUNDERS.replace("They are listed below.", "Their delegates are listed below.") + "Agency Name\nASI Anna Rossi\n"
    "JAXA Kenji Sato",
])
def test_lists_below_of_attendees_or_people(extract, text):
    assert not {m for m, p in _periods(extract(text, year=2012)).items() if m in {"asi", "jaxa"}}


def test_a_seat_taken_over_by_the_one_a_when_clause_names(extract):
    r = extract("ISECG news\nWhen the Korea AeroSpace Administration (KASA) started work on 27 May 2024, it took over the "
                "Korea Aerospace Research Institute's seat at the table of the International Space Exploration "
                "Coordination Group.", year=2024)
    assert _periods(r) == {"kasa": {"from-2024-05-27"}, "kari": {"until-2024-05-27"}}
    r = extract("ISECG news\nWhen NASA met on 27 May 2024, it took over the chair's seat at the table of the IAF.",
                year=2024)
    assert not _isecg(r)


REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2031\n"


def test_an_apposed_admission_with_a_description_and_a_place(extract):
    r = extract(REPORT + "Two agencies were admitted during 2031: the Israel Space Agency (ISA), admitted "
                "at the March meeting;\nKenya Space Agency (KSA), the first agency from East Africa, admitted in Nairobi "
                "in October.", year=2031)
    assert "from-2031-10" in _periods(r).get("ksa", ())
    r = extract(REPORT + "The Kenya Space Agency (KSA), the host of the workshop, admitted to the TWG in "
                "Nairobi in October two experts.", year=2031)
    assert not _periods(r)


@pytest.mark.parametrize(("sentence", "members"), [
    ("The roadmap was drafted by ten agencies; Brazil's AEB and Mexico's AEM, the other two members, sent comments.",
     {"aeb", "aem"}),
    ("ESA and the Kenya Space Agency (KSA), both members of ISECG, sent comments.", {"esa", "ksa"}),
    ("ESA and the Kenya Space Agency (KSA), the other two members of the drafting team, sent comments.", set()),
    ("Dr Jane Doe and Dr John Roe, the other two members, sent comments.", set()),
])
def test_members_in_apposition(extract, sentence, members):
    assert set(_isecg(extract(REPORT + sentence, year=2031))) == members
