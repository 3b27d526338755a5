"""Probes of round 15 for a table's cell found by its row and its column (development sets l, q, s, t, u).

- A keyed table's rows whole: pypdf breaks a row's cells over lines; a row runs from a line opening on its key ("Phase
  2", "TG-15", a number under a header, a day and month) to the next, its one-word cells too ("2012", "35")
  (sentences.table_rows, split_sentences(rows=True) for the answer's candidates).
- A table cut where its passage starts has its column names for the passage's heading: its rows are read with them;
  inside a table a row of short capitalised cells is no new header (sentences.contexts).
- "Which destination is given for phase 2?": a row of another numbered item ("Phase 4 ...", row 4 of a table keyed by
  phase) tells nothing of it (sentences.numbered_items); a row whose header and cells never name the noun asked
  ("Which launch vehicle ...?") does not hold the value, and so does not answer (sentences.COLUMN_ASKED).
- "What does ESPRIT stand for?": a line of a list of abbreviations gives it, its initials spelling the acronym; the
  graph's full name of another entity the question names is no answer (sentences.expansion, shapes.full_name).
- A note's mark glued to a word ("Working Group²") is set off from it, so the name is read (sentences.GLUED_NOTE).
- "Which organisation provides the airlock?": a row's acronym under a column of bodies ("Provider") names one the graph
  may not know (sentences.row_body).
Negatives: a date opening rows keys no table; prose ends a row; a year or a count is no numbered item; an acronym
whose expansion does not spell it is none; a header naming no column of bodies gives no body."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from isecg_kg.qa.sentences import (contexts, expansion, numbered_items, rank_sentences, row_body,
                                   split_sentences)
from isecg_kg.qa.shapes import Question, full_name
from isecg_kg.records import DocumentRef, Highlight, HitScores, SearchHit

from .fixtures import bag_of_words


def _hit(text: str, section: str) -> SearchHit:
    return SearchHit(rank=1, score=1.0, scores=HitScores(1.0, None, None, None, None), text=text, page=1, pages=[1],
                     section=section, passage="http://x/p/1", passage_id="d/1",
                     document=DocumentRef("d", "Scenario digest", 2019, "report", "http://x/d"),
                     highlight=Highlight(text, 0, len(text), text))


STAGES = "Stage Period Target Main elements"
STAGE_TABLE = ("1 —\nRobotic scouting\n2021–2025 Polar craters; orbiters and small landers\n"
               "2 — Crewed sorties\n2025–2029 Equatorial\nplains ascent vehicle; short stays\n"
               "3 —\nOutpost build-up\n2029–2034 Highland ridge, linked by rovers habitat; power plant\n"
               "Table 4. Stages of the scenario.")
GAPS = ("G-02 Dust-tolerant seals for suits\nNASA, ESA Open; bench tests only\nG-07 Crew autonomy far from Earth\n"
        "CNES (decision support software) Closed; flight test in 2027\nFew agencies reported on dust.")


def _rows(text: str, heading: str) -> list[str]:
    return split_sentences(text, heading, rows=True)


def test_a_keyed_tables_rows_are_whole():
    rows = _rows(STAGE_TABLE, STAGES)
    assert rows[2] == "3 — Outpost build-up 2029–2034 Highland ridge, linked by rovers habitat; power plant"
    assert rows[-1].startswith("Table 4.")  # a caption ends the table
    gaps = _rows(GAPS, "Status in 2023")  # keys with a word need no header
    assert gaps[1] == "G-07 Crew autonomy far from Earth CNES (decision support software) Closed; flight test in 2027"
    assert gaps[-1] == "Few agencies reported on dust."  # prose is no cell


def test_rows_keyed_by_day_and_month_take_their_year_and_counts():
    meetings = ("3–5 March\n2026\nPlenary on surface power\nLima, Peru CONIDA\n31\n"
                "12 October\n2026\nSenior managers meeting\nSeoul KASA 24")
    assert _rows(meetings, "Dates Meeting Venue Host Attendance") == [
        "3–5 March 2026 Plenary on surface power Lima, Peru CONIDA 31",
        "12 October 2026 Senior managers meeting Seoul KASA 24"]


def test_rows_keyed_by_dates_of_any_form():
    meetings = "2024-03-18 Plenary on power\nBremen DLR\nthe ninth of\nJuly 2024\nWorkshop on dust\nKyoto JAXA"
    assert _rows(meetings, "Date Meeting Place Host") == [
        "2024-03-18 Plenary on power Bremen DLR", "the ninth of July 2024 Workshop on dust Kyoto JAXA"]


def test_unkeyed_rows_stay_lines():
    meetings = "Plenary on power 18 March\nBremen DLR\nWorkshop on dust 4 June\nKyoto JAXA"  # no date opens a row
    assert _rows(meetings, "Meeting Place Host") == split_sentences(meetings, "Meeting Place Host")
    names = "Ana Silva AEB Brazil\nLee Min-ho KARI Korea"
    assert _rows(names, "Name Agency Country") == split_sentences(names)


@pytest.mark.parametrize("line, unit", [
    ("Tsukuba, Japan JAXA Exploration Roadmap Working Group² 28", "Working Group ² 28"),
    ("Hosted by the Mohammed Bin Rashid Space Centre¹,³ in Dubai", "Space Centre ¹,³ in Dubai"),
    ("It had 27 members in 2019³ and CO2 plans", "2019³ and CO2"),  # after a figure: a year's or a formula's
])
def test_a_glued_note_mark_is_set_off(line, unit):
    assert unit in split_sentences(line)[0]


def test_rows_take_the_header_the_heading_gives():
    units = ["Ana Silva AEB Brazil", "Tomas Berg SNSA Sweden", "Olu Ade NASRDA Nigeria"]
    assert contexts(units, "Name Agency Country") == ["Name Agency Country"] * 3
    assert contexts(["Second edition", "Released May 2014"], "The Exploration Plan") == ["", ""]  # a title


@pytest.mark.parametrize("text, header, items", [
    ("Who chaired the third session (session 3) of the forum?", "", {("session", "3")}),
    ("Which destination is given for Phase 2 in the plan?", "", {("phas", "2")}),
    ("3 Power systems and storage Ana Silva (AEB)", "Sessions — Session Topic Chair", {("session", "3")}),
    ("The gap TG-15 was closed.", "", {("tg", "15")}),
    # a date's day, a year, a count: no item
    ("It met on May 3 in 2019 with 12 agencies over 3 years.", "", set()),
])
def test_numbered_items(text, header, items):
    assert numbered_items(text, header) == items


def _ranked(question: str, text: str, heading: str) -> list:
    return rank_sentences(question, [_hit(text, heading)], encode=bag_of_words)


def test_the_row_of_the_item_and_column_asked_answers():
    best = _ranked("Which target is given for stage 2 of the scenario?", STAGE_TABLE, STAGES)[0]
    assert best.text.startswith("2 — Crewed sorties") and best.scores["type"] == 1.0
    best = _ranked("In which period does stage 3 fall?", STAGE_TABLE, STAGES)[0]
    assert best.text.startswith("3 — Outpost build-up")


def test_a_column_no_row_names_is_not_answered():
    ranked = _ranked("Which launch site does stage 3 use in the scenario?", STAGE_TABLE, STAGES)
    assert all(c.scores["type"] == 0.0 for c in ranked if c.row)


@pytest.mark.parametrize("line, acronym, words", [
    ("ESPRIT European System Providing Refuelling, Infrastructure and Telecommunications", "ESPRIT",
     "European System Providing Refuelling, Infrastructure and Telecommunications"),
    ("ISRU In-situ resource utilisation", "ISRU", "In-situ resource utilisation"),
    ("LLT: Lunar Logistics Tug", "LLT", "Lunar Logistics Tug"),
    ("PPE Power and Propulsion Element", "PPE", "Power and Propulsion Element"),
])
def test_a_list_of_abbreviations_expands(line, acronym, words):
    assert expansion(line, acronym) == words


@pytest.mark.parametrize("line, acronym", [("NASA Headquarters in Washington", "NASA"),
                                           ("ESA contributes the ESPRIT module", "ESPRIT")])
def test_no_expansion_that_does_not_spell_it(line, acronym):
    assert expansion(line, acronym) is None


def test_an_unknown_acronym_is_not_the_named_entitys_full_name():
    def question(text, name):
        start = text.index(name)
        return Question.analyse(text, [SimpleNamespace(text=name, start=start, end=start + len(name), iri="ex:d",
                                                       category="document")])
    assert full_name(question("What does LLT stand for in the lunar scenario?", "lunar scenario")) is None
    assert full_name(question("What does LSES stand for?", "LSES")) is not None


@pytest.mark.parametrize("row, header, question, body", [
    ("Crew and science airlock MBRSC", "Element Provider", "Which organisation provides the airlock?", "MBRSC"),
    ("Surface rover KARI, with JAXA", "Element Supplier agency", "Who supplies the rover for JAXA?", "KARI"),
    ("Crew and science airlock MBRSC", "Element Mass", "Which organisation provides the airlock?", None),
])
def test_a_body_in_a_column_of_bodies(row, header, question, body):
    assert row_body(row, header, question) == body


DELEGATES = """# Annual report 2030

## Who took part

Two agencies founded during 2030 attended as observers. Peru created the Peruvian Space Agency in March 2030, and
Kenya followed in June with the KSA (Kenya Space Agency); both sent an observer to the Lima meeting.

## Meetings

| Date | Meeting | Place | Host | Delegates |
|---|---|---|---|---|
| 2030-10-02 | Autumn meeting of senior managers | Lima, Peru | CONIDA | 40, plus two observers |
"""


@pytest.fixture(scope="module")
def delegates(tmp_path_factory):
    from .fixtures import answerer_over
    return answerer_over({"report-2030.md": DELEGATES}, tmp_path_factory.mktemp("tables15"))


@pytest.mark.parametrize("question", [
    "Two agencies founded in 2030 each had an observer at the Lima meeting. Which were they?",
    "Two new agencies sent an observer each to the Lima meeting of 2030; which were they?",
])
def test_a_row_naming_fewer_bodies_than_asked_does_not_answer(delegates, question):
    said = (delegates.answer(question)["answer"] or "").lower()
    assert "kenya" in said and "conida —" not in said
