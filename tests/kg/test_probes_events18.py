"""Probes of events (round 18): mentions of a gathering a document already dated are not new gatherings, and what
happened is a named thing's, dated in its own clause.

- a gathering a sentence names with its place ("the plenary meeting in Montreal on 15 November", "the Rome meeting
  of June 2009") is the one the document's table lists there on those days, whatever noun each gives it; one in
  another town stays its own;
- a happening is not read from a subordinate clause dated by the main one ("After the United States launched the
  Artemis programme, ISECG issued a supplement in August 2020"), from a bare word before a participle ("...,
  first signed in October 2020") nor from the date of an earlier participle ("the rover, launched in July 2020,
  landed ...": "July 2020" landed nothing)."""

from __future__ import annotations

import re

import pytest

from .test_probes_events import _events


def _starts(r) -> list[str]:
    """The start dates of the gatherings (not of a chair's taking office, an event about the post)."""
    return sorted(d for event in _events(r) if "schema:about" not in event for d in event.get("schema:startDate", set()))



TABLE_THEN_PROSE = [
    ("Date Place Host Meeting\n14–15 November 2012 Montreal, Canada CSA ISECG meeting\n\n"
     "At the plenary meeting in Montreal on 15 November 2012, NASA handed the chair over to the Canadian Space Agency.",
     2012, ["2012-11-14"]),
    ("| Dates | Place | Host | Meeting |\n|---|---|---|---|\n| 3–4 June 2009 | Rome, Italy | ASI | Third meeting |\n\n"
     "The Italian Space Agency held the chair from the Rome meeting of June 2009.", 2009, ["2009-06-03"]),
    # other wording, agencies and towns
    ("| Dates | Venue | Host | Gathering |\n|---|---|---|---|\n| 8–10 May 2023 | Toulouse, France | CNES | "
     "Senior managers meeting |\n\nThe workshop in Toulouse on 9 May 2023 reviewed the scenario.", 2023, ["2023-05-08"]),
]


# the prose first, the table after it: the row's first day replaces the day told
PROSE_THEN_TABLE = [
    ("At the plenary meeting in Montreal on 15 November 2012, NASA handed the chair over to CSA.\n\n"
     "| Dates | Place | Host | Meeting |\n|---|---|---|---|\n| 14–15 November 2012 | Montreal, Canada | CSA | "
     "ISECG meeting |", 2012, ["2012-11-14"]),
    ("The senior managers endorsed the roadmap at their session in Bengaluru on 20 June 2024.\n\n"
     "| Dates | Venue | Host | Gathering |\n|---|---|---|---|\n| 19–21 June 2024 | Bengaluru, India | ISRO | "
     "Senior managers meeting |", 2024, ["2024-06-19"]),
]


@pytest.mark.parametrize("text, year, starts", TABLE_THEN_PROSE + PROSE_THEN_TABLE)
def test_a_gathering_named_at_the_place_of_a_listed_one_is_that_one(extract, text, year, starts):
    assert _starts(extract(text, year=year)) == starts


def test_a_gathering_told_in_another_town_before_the_table_stays_its_own(extract):
    r = extract("At the plenary meeting in Rome on 15 November 2012, NASA handed the chair over to CSA.\n\n"
                "| Dates | Place | Host | Meeting |\n|---|---|---|---|\n| 14–15 November 2012 | Montreal, Canada | CSA | "
                "ISECG meeting |", year=2012)
    assert _starts(r) == ["2012-11-14", "2012-11-15"]


def test_a_gathering_in_another_town_stays_its_own(extract):
    r = extract("| Dates | Place | Host | Meeting |\n|---|---|---|---|\n| 3–4 June 2009 | Paris, France | CNES | "
                "Third plenary |\n\nThe agencies later met at the Rome meeting of June 2009.", year=2009)
    assert "2009-06" in _starts(r)


NO_HAPPENING = [
    ("After the United States launched the Artemis programme, ISECG issued a supplement in August 2020.", "2020-08"),
    ("When Japan announced its lunar plans, the agencies published a roadmap in May 2015.", "2015-05"),
    ("The Artemis Accords are commitments between the United States and other countries, first signed in October 2020.",
     "2020-10"),
    ("The Gateway is a joint station of several partners, later announced in March 2019.", "2019-03"),
    ("Since then the Perseverance rover, launched by NASA in July 2020, landed in Jezero Crater on 18 February 2021.",
     "2021-02-18"),
    ("The Odysseus lander, launched by Intuitive Machines in February 2024, landed near Malapert A on 22 February 2024.",
     "2024-02-22"),
]


@pytest.mark.parametrize("text, date", NO_HAPPENING)
def test_no_happening_from_another_clause_or_without_a_subject(extract, text, date):
    r = extract(text, year=2024)
    labels = r.labels()
    wrong = {labels[s] for s, p, o in r.facts if p == "schema:startDate" and o == date
             and re.match(r"(?:After|When|First|Later|February|July)\b", labels[s])}
    assert not wrong


HAPPENING = [
    ("After ESA signed the agreement on 3 May 2021, the agencies met in Paris.", "2021-05-03", "ESA signed the agreement"),
    ("ISRO's Chandrayaan-3 landed near the lunar south pole on 23 August 2023.", "2023-08-23", "Chandrayaan-3 landed"),
    ("The Artemis Accords were first signed in October 2020.", "2020-10", "The Artemis Accords were first signed"),
]


@pytest.mark.parametrize("text, date, label", HAPPENING)
def test_a_happening_in_its_own_clause_stays(extract, text, date, label):
    r = extract(text, year=2024)
    labels = r.labels()
    assert any(labels[s].startswith(label) for s, p, o in r.facts if p == "schema:startDate" and o == date)


NUMBERED_ACRONYM = [
    ("The meeting preceded the second International Space Exploration Forum (ISEF2). ISEF2 was held on 3 March 2018 "
     "in Tokyo.", "2018-03-03", "tokyo"),
    ("Delegates then went to the Global Lunar Workshop (GLW3). GLW3 took place on 14 June 2022 in Toulouse.",
     "2022-06-14", "toulouse"),
]


@pytest.mark.parametrize("text, date, place", NUMBERED_ACRONYM)
def test_an_acronym_ending_in_the_occurrence_number_names_the_gathering(extract, text, date, place):
    events = _events(extract(text, year=2022))
    assert any(date in e.get("schema:startDate", set()) and any(place in p for p in e.get("schema:location", set()))
               for e in events)


DONE_AT = [
    ("The roadmap was presented publicly on 31 January 2018 in Tokyo, at the second International Space Exploration "
     "Forum (ISEF2), hosted by MEXT.", "2018-01-31"),
    ("The white paper was launched on 12 May 2022 at the European Lunar Symposium in Manchester.", "2022-05-12"),
]


@pytest.mark.parametrize("text, date", DONE_AT)
def test_the_day_something_was_done_at_a_gathering_is_the_gatherings(extract, text, date):
    assert date in _starts(extract(text, year=2022))


def test_a_day_told_apart_from_the_gathering_is_not_its(extract):
    # the day is the paper's, the gathering came later ("and then shown at")
    r = extract("The white paper was finished on 12 May 2022 and then shown at the European Lunar Symposium.", year=2022)
    assert "2022-05-12" not in _starts(r)


PERIOD_BEFORE = [
    ("Inputs were collected from nine agencies between February and September 2019 and were reviewed at the TWG "
     "meeting hosted by JAXA at the Tsukuba Space Center on 14 May 2019.", "2019-05-14", "2019-09"),
    ("The assessment was carried out between October 2015 and May 2016: each agency reported its plans; a workshop "
     "hosted by DLR in Bremen, Germany, on 9–11 May 2016 reviewed the mapping with 38 experts.", "2016-05-09", "2015-10"),
    ("From March to June 2021 the agencies drafted the paper, which a workshop in Toulouse hosted by CNES on 8 July "
     "2021 reviewed.", "2021-07-08", "2021-03"),
]


@pytest.mark.parametrize("text, day, period", PERIOD_BEFORE)
def test_a_period_of_other_work_does_not_date_the_gathering(extract, text, day, period):
    starts = _starts(extract(text, year=2021))
    assert day in starts and period not in starts


def test_the_days_a_gathering_spans_stay_its_own(extract):
    # negative: "between ... and ..." that are the gathering's days, no other date after it
    assert "2022-05-03" in _starts(extract("Between 3 and 5 May 2022 the ERWG held a workshop in Paris hosted by CNES.",
                                           year=2022))
