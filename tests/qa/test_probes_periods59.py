"""Stop 59 probes of the period a document gives right after a name the question quotes ("What indicative years did
the vision assign to the 'Orbital Survey' phase?" -> "Phase 1 — Orbital Survey (2026–2029)." gives 2026–2029;
qa/lists.named_period), in brackets, after a comma or a dash. Negatives: a question asking for no period, a name
quoted that no passage gives a period after, a year elsewhere in the sentence. Written in other names than any set's;
development set ao showed the form."""

from __future__ import annotations

import pytest

from isecg_kg.qa.lists import named_period
from isecg_kg.records import DocumentRef, Highlight, HitScores, SearchHit


def hit(text: str) -> SearchHit:
    return SearchHit(rank=1, score=1.0, scores=HitScores(1.0, None, None, None, None), text=text, page=1, pages=[1],
                     section=None, passage="http://x/p/1", passage_id="vision-2025/1",
                     document=DocumentRef("vision-2025", "Vision 2025", 2025, "paper", "http://x/d"),
                     highlight=Highlight(text, 0, 0, text))


PHASES = hit("The years are indicative. Phase 1 — Orbital Survey (2026–2029). Small orbiters map the poles. Phase 2 — "
             "Crewed Sorties, 2029 to 2034. Phase 3 — Surface Outpost: after 2034.")


@pytest.mark.parametrize(("question", "period"), [
    ("What indicative years did the vision assign to the 'Orbital Survey' phase?", "2026–2029"),
    ("Which period does the vision give for the “Crewed Sorties” phase?", "2029 to 2034"),
    ("When does the vision place the 'Surface Outpost' phase?", "after 2034"),
])
def test_the_period_after_a_name_quoted(question, period):
    assert named_period(question, [PHASES]).items == [period]


@pytest.mark.parametrize("question", [
    "What does the vision say of the 'Orbital Survey' phase?",  # no period asked
    "What years did the vision give to the 'Lunar Base' phase?",  # no passage gives one after the name
    "What years did the vision give to the 'Small orbiters' step?",  # a year elsewhere in its sentence is none
])
def test_no_period_without_one_asked_or_given(question):
    assert named_period(question, [PHASES]) is None
