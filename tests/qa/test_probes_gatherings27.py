"""Probes of a gathering asked by its month (round 27: "Who hosted the plenary in February 2031?", "How many people
attended the workshop in June 2031?"), answered by a row of a table of the year's events.

- A row dates its month however it writes it: abbreviated ("4–5 Feb."), in figures ("2031-02-04"), its year the
  document's when it gives none (answerer._dated); another month's row, or one of another year, is not of it.
- A table's column names kept as its passage's heading after the heading over it ("Meetings in 2031 — Dates Meeting
  Place Host"), and a Markdown header whose first column numbers the rows ("| # | Date | Host |"), say what each
  row's cells are, as a sentence's verb does ("Host" for "hosted") (sentences.contexts); prose under such a heading
  has no header."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from isecg_kg.qa.answerer import _dated
from isecg_kg.qa.sentences import contexts, split_sentences


def _row(text: str, year: int = 2031) -> SimpleNamespace:
    return SimpleNamespace(text=text, result=SimpleNamespace(document=SimpleNamespace(year=year)))


@pytest.mark.parametrize("text", [
    "4–5 Feb. Technical plenary; 17 agencies represented Lyon, France; hosted by CNES",
    "| 2 | 2031-02-04 | Technical plenary | CNES | Lyon | 17 agencies |",
    "4 and 5 February Technical plenary Lyon CNES 17",
])
def test_a_row_dates_its_month_however_written(text):
    assert _dated(_row(text), ["February 2031"])


@pytest.mark.parametrize("text, year", [
    ("9–11 Jun. Rover workshop; 52 participants from 9 agencies Bremen, Germany; hosted by DLR", 2031),
    ("| 3 | 2031-06-09 | Rover workshop | DLR | Bremen | 52 |", 2031),
    ("4–5 Feb. Technical plenary; 17 agencies represented Lyon, France; hosted by CNES", 2030),  # another year's
])
def test_a_row_of_another_month_or_year_is_not_of_it(text, year):
    assert not _dated(_row(text, year), ["February 2031"])


def test_column_names_after_the_heading_over_them_frame_the_rows():
    heading = "Meetings held in 2031 — Dates Meeting Place Host Agencies present"
    units = split_sentences("4–5 February\n2031\nTechnical plenary Lyon, France CNES\n17\n"
                            "9–11 June\n2031\nRover workshop Bremen DLR\n52", heading, rows=True)
    assert contexts(units, heading) == ["Dates Meeting Place Host Agencies present"] * 2


def test_a_markdown_header_numbering_its_rows_frames_them():
    units = ["| # | Date | Meeting | Host | Place |", "|---|---|---|---|---|",
             "| 1 | 4 February 2031 | Technical plenary | CNES | Lyon |"]
    assert contexts(units, "Calendar")[2] == "# Date Meeting Host Place"


def test_prose_under_a_heading_over_column_names_has_no_header():
    heading = "Annual review — The Year In Brief"
    units = split_sentences("The managers met twice. They agreed a new plan.", heading, rows=True)
    assert contexts(units, heading) == ["", ""]
