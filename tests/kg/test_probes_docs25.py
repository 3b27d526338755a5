"""Round 25 probes of a document's own type: a report or a summary of a workshop (a head naming a workshop and no
meeting of the body) is the workshop's report or summary, not a meeting's summary; a meeting's record, a workshop's
notes or proceedings, a summary of a named work and a call for a workshop keep their genres."""

from __future__ import annotations

import pytest

from isecg_kg.kg.series import genre_of, head_genre


def _genre(lines: list[str]) -> str | None:
    return head_genre(lines) or genre_of(lines[0])


@pytest.mark.parametrize(("lines", "expected"), [
    (["Summary of the Workshop on Lunar Night Survival", "Bremen, 12–13 May 2021"], "workshop-summary"),
    (["Report of the International Workshop on Martian Resources", "Houston · 3–5 October 2016"], "workshop-report"),
    (["Lunar Communications Workshop 2022: Executive Summary", "Prepared by the workshop organisers"],
     "workshop-summary"),
    (["Small Body Exploration", "Outcomes of the CNES-DLR Workshop", "Toulouse, 8 April 2015"], "workshop-summary"),
    (["Planetary Protection for Crewed Missions — Report of the Expert Workshop", "Montreal, 2 June 2012"],
     "workshop-report"),
])
def test_record_of_a_workshop_is_the_workshops(lines, expected):
    assert _genre(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    (["Summary of the 31st Senior Managers Meeting", "with its lunar standards workshop", "Ottawa, 4 May 2022"],
     "meeting-summary"),  # a meeting of the body named too
    (["Report of the Plenary Session on Lunar Logistics", "Tokyo, 2019"], "meeting-report"),
    (["Summary of the Mars Working Group Teleconference", "12 March 2020"], "meeting-summary"),
    (["Workshop Notes: Lunar Dust Mitigation", "25–27 April 2017"], "meeting-notes"),
    (["Proceedings of the Lunar Science Workshop", "Noordwijk, 4–6 April 2017"], "proceedings"),
    (["Summary of the Global Exploration Roadmap", "January 2018"], "roadmap"),
])
def test_other_records_keep_their_genre(lines, expected):
    assert _genre(lines) == expected


@pytest.mark.parametrize("lines", [["Call for Participation — Workshop on Sustained Lunar Operations", "May 2025"],
                                   ["Workshop Agenda", "Lunar Surface Power", "Bremen, 2021"]])
def test_no_record_of_a_workshop_for_other_kinds(lines):
    assert _genre(lines) not in ("workshop-report", "workshop-summary")
