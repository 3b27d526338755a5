"""Probes of round 26 for the people of a gathering's programme (qa/lists.py; development sets am, ap, aq).

- A row's cells wrapped over several lines ("P2 Surface power" / "Ingrid Solberg" / "(NOSA)"): a bracket alone on
  its line ends the line above, so the row still gives who chaired it (lists.holder_row).
- "Who moderated the KARI panel at the 2026 forum?" asks of the whole programme (its title holds the words): the
  person whose bracket gives the role asked, "Min-jun Park (moderator) KARI" (lists.holder_row).
- "Which organisations did the panellists represent?": the body beside each row's person in the programme whose
  heading names that column, not the bodies a row's topic names (lists.speakers_bodies).
- "Which panel did Sofia Greco moderate?": the labels of the rows giving the person, without their day and time
  (lists.held_rows).
Negatives: a bracket giving another role, a programme whose title is about another thing, a sentence, a heading
with no column of the people asked, one row alone, a bracket that is no known body, a person no row names.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from isecg_kg.qa.lists import held_rows, holder_row, speakers_bodies
from isecg_kg.records import DocumentRef


def _bodies(text: str) -> list:
    return [SimpleNamespace(start=m.start(), end=m.end(), iri=m.group().lower(), category="org")
            for m in re.finditer(r"\b(?:NOSA|ISRO|KARI|ASI|ESA|UAESA|CNSA)\b", text)]


def _hit(text: str, section: str, title: str = "Workshop on Lunar Surface Power") -> SimpleNamespace:
    return SimpleNamespace(text=text, section=section, document=DocumentRef("w", title, 2029, None, "w"))


WRAPPED = _hit("3 March,\n10:00\nP1 Opening and goals\nRavi Menon\n(ISRO)\n3 March,\n11:30\nP2 Fission and "
               "thermal control\nIngrid Solberg\n(NOSA)\n4 March,\n09:00 P3 Closing Ravi Menon (ISRO)",
               "Day / time Session Chair")
PANEL = _hit("10:00 Min-jun Park (moderator) KARI Welcome: ESA and KARI goals\n10:20 Sofia Greco ASI Lunar orbit "
             "science\n10:40 Omar Haddad UAESA Surface mobility\n11:00 Open discussion (all panellists)",
             "Panel programme — Time Panellist Agency Topic", "The KARI Panel at the 2026 Space Forum")
AGENDA = _hit("09:30 Panel A Lunar orbit science Sofia Greco (ASI)\n11:00 Panel B Surface mobility Omar Haddad "
              "(UAESA)\n14:00 Panel C Closing Sofia Greco (ASI)", "Agenda — Time Panel Moderator",
              "Forum on Cislunar Science")


def test_a_row_wrapped_over_lines_gives_who_chaired():
    row = holder_row("Who chaired the session on fission and thermal control at the 2029 workshop?", [WRAPPED], _bodies)
    assert row is not None and row.items == ["Ingrid Solberg (NOSA)"]


def test_no_holder_when_the_wrapped_bracket_is_no_body():
    hit = _hit("P2 Fission and thermal control\nIngrid Solberg\n(tbc)", "Day / time Session Chair")
    assert holder_row("Who chaired the session on fission and thermal control?", [hit], _bodies) is None


def test_the_bracket_of_the_role_asked_gives_who_moderated_the_programme():
    row = holder_row("Who moderated the KARI panel at the 2026 Space Forum?", [PANEL], _bodies)
    assert row is not None and row.items == ["Min-jun Park (KARI)"]


@pytest.mark.parametrize(("question", "hit"), [
    # the bracket gives another role than the one asked
    ("Who chaired the KARI panel at the 2026 Space Forum?", PANEL),
    # a programme whose heading and title are about another thing
    ("Who moderated the Mars panel at the 2026 congress?", PANEL),
    # a sentence is no row
    ("Who moderated the KARI panel at the 2026 Space Forum?",
     _hit("Min-jun Park (moderator) KARI opened the panel. It ran late.", "Summary",
          "The KARI Panel at the 2026 Space Forum")),
])
def test_no_role_marked_holder_of_another_role_thing_or_in_prose(question, hit):
    assert holder_row(question, [hit], _bodies) is None


@pytest.mark.parametrize("question", [
    "Which organisations did the panellists at the KARI panel of the 2026 forum represent?",
    "What agencies were the panellists of the KARI panel from?",
])
def test_the_bodies_beside_the_people_of_the_column_asked(question):
    row = speakers_bodies(question, [PANEL], _bodies)
    assert row is not None and row.items == ["KARI", "ASI", "UAESA"]  # not the ESA of a topic


@pytest.mark.parametrize(("question", "hit"), [
    # the heading names no column of the people asked (speakers, not panellists)
    ("Which agencies did the speakers of the KARI panel come from?", PANEL),
    # a programme of another gathering than the one asked
    ("Which agencies did the panellists of the Mars congress come from?", PANEL),
    # one row alone is no programme
    ("Which agencies did the panellists of the KARI panel come from?",
     _hit("10:00 Min-jun Park (moderator) KARI Welcome", "Time Panellist Agency Topic",
          "The KARI Panel at the 2026 Space Forum")),
])
def test_no_bodies_without_the_column_the_gathering_or_rows(question, hit):
    assert speakers_bodies(question, [hit], _bodies) is None


@pytest.mark.parametrize(("question", "hit", "items"), [
    ("Which panel did Omar Haddad moderate at the cislunar forum?", AGENDA, ["Panel B Surface mobility"]),
    ("Which panels were moderated by Sofia Greco?", AGENDA, ["Panel A Lunar orbit science", "Panel C Closing"]),
    # the row's day and time are no part of its label, its cells wrapped over lines
    ("Which session did Ingrid Solberg chair?", WRAPPED, ["P2 Fission and thermal control"]),
])
def test_the_rows_giving_the_person_named(question, hit, items):
    row = held_rows(question, [hit], _bodies)
    assert row is not None and row.items == items


@pytest.mark.parametrize(("question", "hit"), [
    # a person no row names
    ("Which panel did Ravi Menon moderate?", AGENDA),
    # a sentence naming the person is no row
    ("Which session did Sofia Greco chair?",
     _hit("Sofia Greco (ASI) chaired the session on lunar orbit science.", "Summary")),
    # a bracket that is no known body
    ("Which session did Sofia Greco chair?", _hit("09:30 S1 Lunar orbit science Sofia Greco (tbc)", "Agenda")),
])
def test_no_rows_for_a_person_not_in_the_programme(question, hit):
    assert held_rows(question, [hit], _bodies) is None
