"""Stop 61 probes: "How many tasks does the 2031 work plan list?" counts the numbered rows of the document's table of
those things (qa/tables.listed: its lines opening with a row's code or number, "T-1 ...", "P3 ...", "4. ..."; a row
wrapped over lines counts once).  Written in other words than any set's; development set at showed the form.
Negatives: no table naming the things asked, a source that is no document, fewer than three numbered rows.
And the long form an acronym list gives an acronym that stands as the passage's heading ("RTWG" over "Robotics Task
Working Group (2031)": qa/lists.expansion), without the years in brackets after it; development set au showed the
form.  Negative: a heading of another acronym."""

from __future__ import annotations

import pytest

from isecg_kg.qa import lists, tables
from isecg_kg.records import DocumentRef, Highlight, HitScores, SearchHit


def _hit(text: str, section: str | None, n: int = 1) -> SearchHit:
    return SearchHit(rank=n, score=1.0 / n, scores=HitScores(1.0, None, None, None, None), text=text, page=1, pages=[1],
                     section=section, passage=f"http://x/p/{n}", passage_id=f"plan-2031/{n}",
                     document=DocumentRef("plan-2031", "Robotics Team Work Plan 2031", 2031, "plan", "http://x/d"),
                     highlight=Highlight(text, 0, 0, text))


PLAN = [_hit("This plan lists what the robotics team will deliver in 2031.", "Robotics Team Work Plan 2031", 1),
        _hit("R-1 Compare rover autonomy software CNES Q2 2031\nR-2 Survey of lunar drills for polar\nregolith JAXA Q3 2031\n"
             "R-3 Dust-tolerant connectors: test data POLSA Q4 2031\nR-4 Night survival of small landers ASI Q1 2032",
             "No. Task Lead agency Due", 2)]


def passages_of(doc_id: str) -> list[SearchHit]:
    return PLAN


def test_numbered_rows_counted():
    found = tables.listed("How many tasks does the 2031 work plan list?", PLAN, passages_of)
    assert [row.split()[0] for row in found.lines] == ["R-1", "R-2", "R-3", "R-4"]


@pytest.mark.parametrize("question", [
    "How many deliverables does the 2031 work plan list?",  # no table of deliverables
    "How many tasks does the robotics team list?",  # no document named
    "How many tasks does the 2029 work plan list?",  # no document of that year among the results
])
def test_nothing_counted(question):
    assert tables.listed(question, PLAN, passages_of) is None


def test_too_few_numbered_rows():
    short = [PLAN[0], _hit("R-1 Compare rover software CNES Q2 2031\nR-2 Survey of drills JAXA Q3 2031\nNotes follow",
                           "No. Task Lead agency Due", 2)]
    assert tables.listed("How many tasks does the 2031 work plan list?", short, lambda _: short) is None


@pytest.mark.parametrize("section, long", [("RTWG", "Robotics Task Working Group"), ("RTG", None)])
def test_acronym_as_the_heading(section, long):
    found = lists.expansion("What does the acronym RTWG stand for in the glossary?",
                            [_hit("Robotics Task Working Group (2031)\nRTG\nRadioisotope thermoelectric generator", section)])
    assert (found.items if found else None) == ([long] if long else None)
