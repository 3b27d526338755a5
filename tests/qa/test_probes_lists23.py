"""Probes of round 23 for lists answered whole, not by one item or the lead alone (qa/lists.py; development sets am,
al).

- "What are the four stages of the 2031 plan?": the lines under a heading naming them, each opening with the noun
  asked and its number ("Stage 2 – Outpost build-up (2033–2036). ..."), read as the items of a list.
- "Who chaired the regolith handling session at the 2030 lunar dust workshop?": the words of what is asked that
  the programme's heading ("Time Session Chair") or its document's title ("Workshop on Lunar Dust") holds tell which
  programme, not which row: the row is the one holding the others (lists.holder_row).
Negatives: lines numbered by another noun than the one asked, a lead ending in a colon followed by sentences (the
round's rule reading as many sentences as the lead counts as its items, for al-17, took two prose sentences and a
table's lines for items on ad and t, and was taken out); a session no row names.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from isecg_kg.qa.lists import holder_row, led_list
from isecg_kg.records import DocumentRef


def _hit(text: str, section: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(text=text, document=DocumentRef("d", "Plan", 2031, None, "d"), section=section)


@pytest.mark.parametrize(("question", "section", "text", "items"), [
    # lines numbered by the noun asked, with a dash, under a heading naming them
    ("What are the four stages of the 2031 plan?", "Four stages",
     "Stage 1 – Scouting (2031–2033). Orbiters map the site.\nStage 2 – Outpost build-up (2033–2036). Landers deliver "
     "power.\nStage 3 – Crewed stays, a month each.\nStage 4 – Handover: industry runs the outpost.",
     ["Scouting", "Outpost build-up", "Crewed stays", "Handover"]),
    # Roman numbers and a colon, the lead a line of the passage
    ("Which steps does the 2031 procedure list?", None,
     "The procedure has these steps:\nStep I: survey of the landing zone\nStep II: beacon placement\nIt ends there.",
     ["survey of the landing zone", "beacon placement"]),
])
def test_lines_numbered_by_the_noun_asked_are_the_items(question, section, text, items):
    row = led_list(question, [_hit(text, section)])
    assert row is not None and row.items == items


@pytest.mark.parametrize(("question", "section", "text"), [
    # numbered by another noun than the one asked
    ("What are the stages of the 2031 plan?", "Stages of the plan",
     "Phase 1 – Scouting. Orbiters map the site.\nPhase 2 – Outpost build-up. Landers deliver power."),
    # a lead counting nothing: its sentences after are prose, not its items
    ("Which options does the 2027 study compare?", None,
     "The study compared the options below:\nA large lander carries the outpost. Medium landers split the cargo. "
     "Costs were checked by ESA."),
    # fewer sentences than the lead counts
    ("Which options does the 2027 study compare?", None,
     "The study weighs five options:\nA large lander carries the outpost. Medium landers split the cargo."),
])
def test_no_list_from_other_nouns_or_uncounted_leads(question, section, text):
    assert led_list(question, [_hit(text, section)]) is None


PROGRAMME = SimpleNamespace(
    text="09:00 T1 Lunar dust toxicity and crew health Ben Holt (NASA)\n10:30 T2 Regolith handling and storage "
         "Ana Ruiz (ESA)\n14:00 T3 Closing discussion Ben Holt (NASA)",
    section="Time Session Chair", document=DocumentRef("w", "Workshop on Lunar Dust Mitigation", 2030, None, "w"))


def _bodies(text: str) -> list:
    return [SimpleNamespace(start=m.start(), end=m.end(), iri=m.group().lower(), category="org")
            for m in re.finditer(r"\b(?:NASA|ESA)\b", text)]


def test_the_programme_s_heading_and_title_words_do_not_choose_the_row():
    row = holder_row("Who chaired the regolith handling session at the 2030 lunar dust workshop?", [PROGRAMME], _bodies)
    assert row is not None and row.items == ["Ana Ruiz (ESA)"]


def test_no_holder_for_a_session_no_row_names():
    assert holder_row("Who chaired the sample curation session at the lunar dust workshop?", [PROGRAMME], _bodies) is None
