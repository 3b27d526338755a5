"""Stop 58 probes of founders told of by a pronoun standing for the strategy the sentence before names: "The Global
Exploration Strategy is released on 2 June 2031. It was agreed by four space agencies, among them A, B, C and D" (or
"It had been drawn up by A, B, C and D"): each a member since the year either sentence tells (kg/rules_org.IT_MADE_RE,
WORK_BEFORE_RE). Negatives: the sentence before names another work (a roadmap, a lower-case strategy), the sentence
names it and not by a pronoun, or another verb. Written in other words, numbers and years than any set's; development
set aa's timeline only showed the form."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods
from .test_probes_founders57 import FOUR, REPORT


@pytest.mark.parametrize("text", [
    "The Global Exploration Strategy is released on 2 June 2031. It was agreed by four space agencies, among them ASI, "
    "CNES, DLR and KARI.",
    "In May 2031 the agencies published the Global Exploration Strategy. It had been drawn up by ASI, CNES, DLR and KARI.",
    "The Framework for Coordination came out in 2031. It was jointly agreed by ASI, CNES, DLR and KARI.",
])
def test_founders_of_the_strategy_named_before(extract, text):
    assert _periods(extract(REPORT + text, year=2035)) == {a: {"from-2031"} for a in FOUR}


@pytest.mark.parametrize("text", [
    "The Global Exploration Roadmap was released in May 2031. It was agreed by ASI, CNES, DLR and KARI.",
    "The lunar strategy was released in May 2031. It was agreed by ASI, CNES, DLR and KARI.",
    "The Global Exploration Strategy was released in May 2031. The roadmap was agreed by ASI, CNES, DLR and KARI.",
    "The Global Exploration Strategy was released in May 2031. It was reviewed by ASI, CNES, DLR and KARI.",
    "The Global Exploration Strategy was released in May 2031. Its supplement was agreed by ASI, CNES, DLR and KARI.",
])
def test_no_founders_of_another_work_or_verb(extract, text):
    assert not _periods(extract(REPORT + text, year=2035))


@pytest.mark.parametrize("text", [
    "ISECG was founded in 2031 by four agencies.² It meets twice a year.\n² ASI (Italy), CNES (France), DLR (Germany) "
    "and KARI (Korea).",
    "The Global Exploration Strategy, released in May 2031 by four space agencies,¹ set out a shared vision.\n¹ ASI, CNES, "
    "DLR, KARI.",
])
def test_founders_in_the_note_their_count_calls(extract, text):
    """The note a count of founders calls lists them (kg/rules_org._founders_noted)."""
    assert _periods(extract(REPORT + text, year=2035)) == {a: {"from-2031"} for a in FOUR}


def test_no_founders_in_a_note_of_one_body(extract):
    text = "ISECG was founded in 2031 by four agencies.² It meets twice a year.\n² ASI hosted the first meeting."
    assert not _periods(extract(REPORT + text, year=2035))
