"""Probes of round 21 for lists answered with their items, not the whole passage (qa/lists.py; development sets ai,
af).

- "What are the three pillars of the 2021 charter?": the items between semicolons after a colon, or opening a
  passage, when the lead or the heading names the things asked (lists.led_list: a PDF drops the bullets of a list
  and runs its lines together).
- "Which instruments does the payload table assign to ESA?": the rows of a table keyed by organisation that open
  with the organisation the question names, with another or not; "Which agencies took part by video?": the
  organisations whose row has a word the question asks by, not every row (lists.keyed_rows).
Negatives: two items only, a heading naming something else, clauses too long to be items; a table without the
organisation named, a word in every row, a table whose header and heading share nothing with the question, a note
after the table."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from isecg_kg.qa.lists import keyed_rows, led_list
from isecg_kg.records import DocumentRef

BODIES = {"NASA": "nasa", "JAXA": "jaxa", "ESA": "esa", "CSA": "csa", "DLR": "dlr", "KARI": "kari", "CNES": "cnes",
          "European Space Agency": "esa", "German Aerospace Center": "dlr", "Canadian Space Agency": "csa"}


def _mentions_in(text: str) -> list:
    names = "|".join(sorted(map(re.escape, BODIES), key=len, reverse=True))
    return [SimpleNamespace(text=m.group(), start=m.start(), end=m.end(), iri=BODIES[m.group()], category="org")
            for m in re.finditer(rf"\b(?:{names})\b", text)]


def _hit(text: str, section: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(text=text, document=DocumentRef("d", "Report", 2021, None, "d"), section=section)


@pytest.mark.parametrize(("question", "section", "text", "items"), [
    # a heading naming them, the list after a colon in the passage's second sentence
    ("What are the three pillars of the 2021 charter?", "Three pillars of cooperation",
     "The first charter had two. We now add a third: shared infrastructure on the Moon; open data for science; "
     "and joint astronaut training.\nEach is described below.",
     ["shared infrastructure on the Moon", "open data for science", "joint astronaut training"]),
    # a heading naming them, the passage opening with the list; each item by its head
    ("Which sites does the 2019 landing study consider?", "Candidate sites",
     "the Aristarchus plateau, a volcanic region;\nthe Marius Hills, where lava tubes open; Schrödinger basin.\n"
     "Other sites were ruled out.", ["Aristarchus plateau", "Marius Hills", "Schrödinger basin"]),
    # the lead naming them in the sentence whose colon opens the list, numbered items
    ("What goals does the 2022 charter set?", None,
     "It was signed in Oslo. The charter sets four goals: (1) crew safety; (2) open standards; (3) shared "
     "navigation; and (4) common docking. It runs to 2030.",
     ["crew safety", "open standards", "shared navigation", "common docking"]),
])
def test_the_items_between_semicolons_a_lead_or_heading_introduces(question, section, text, items):
    row = led_list(question, [_hit(text, section)])
    assert row is not None and row.items == items


@pytest.mark.parametrize(("question", "section", "text"), [
    # two items: a semicolon may part two clauses
    ("Which sites does the 2019 landing study consider?", "Candidate sites",
     "the Aristarchus plateau, a volcanic region; the Marius Hills.\nOther sites were ruled out."),
    # the heading and the lead name something else
    ("Which sites does the 2019 landing study consider?", "Background",
     "The study had three aims: mapping; sampling; and relaying data."),
    # clauses, no items
    ("What goals does the 2022 charter set?", "Charter goals",
     "The agencies agreed that the charter would remain open to any agency that wished to join it later on, "
     "provided that it accepted every principle set out in the annex and reported each year to the secretariat "
     "on what it had done; the secretariat would then publish a summary; members would comment."),
])
def test_no_semicolon_list_without_its_lead(question, section, text):
    assert led_list(question, [_hit(text, section)]) is None


PAYLOADS = ("Payloads reported by partners for the campaign.\nAgency Instrument Platform Year\n"
            "NASA Lunar radar orbiter 2027\nESA PROSPECT drill lander 2026 ESA and JAXA LUMIS spectrometer\n"
            "rover 2028\nCSA Lunar camera rover 2026\nTable 3. Instruments by agency.")
PLENARY = ("Eight agencies took part.\nAgency Delegate Participation\nCSA – Canadian Space Agency Paul Roy video\n"
           "DLR – German Aerospace Center Eva Kern in person\nESA Jan Berg video\nKARI Min-ji Lee in person\n"
           "The video link failed twice on the first day.")



@pytest.mark.parametrize(("question", "text", "section", "items"), [
    # the rows of the organisation named, one of them with another agency, two of them run into one line and wrapped
    ("Which instruments does the payload table assign to ESA?", PAYLOADS, "Payloads",
     ["PROSPECT drill lander 2026", "LUMIS spectrometer rover 2028"]),
    # the organisations whose row says what the question asks by
    ("Which agencies took part in the plenary by video?", PLENARY, "Plenary attendance",
     ["CSA – Canadian Space Agency", "ESA"]),
    # an adverb for the cell's adjective
    ("Which agencies attended the plenary in person?", PLENARY.replace("video", "virtual"), "Plenary attendance",
     ["DLR – German Aerospace Center", "KARI"]),
])
def test_the_rows_of_a_table_keyed_by_organisation(question, text, section, items):
    row = keyed_rows(question, _mentions_in(question), [_hit(text, section)], _mentions_in)
    assert row is not None and row.items == items


@pytest.mark.parametrize(("question", "text", "section"), [
    # no two rows of the organisation named
    ("Which instruments does the payload table assign to CNES?", PAYLOADS, "Payloads"),
    ("Which instruments does the payload table assign to NASA?", PAYLOADS, "Payloads"),
    # no organisation named, none asked for: the keys are no answer
    ("Which instruments does the payload table list for a rover?", PAYLOADS, "Payloads"),
    # the word asked by in every row
    ("Which agencies took part in the plenary by video?", PLENARY.replace("in person", "video"), "Plenary attendance"),
    # the header and heading share nothing with the question
    ("Which agencies joined the workshop by video?", PLENARY, "Attendance"),
    # the note after the table is no row
    ("Which agencies reported that the link failed?", PLENARY, "Plenary attendance"),
])
def test_no_keyed_rows_for_a_near_miss(question, text, section):
    assert keyed_rows(question, _mentions_in(question), [_hit(text, section)], _mentions_in) is None
