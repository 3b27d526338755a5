"""Stop 55 probes of a body's founders (written in other words, numbers, years and agencies than any set; no held-out
text was read for them):

- the founders named right after what is said of them, whatever the phrase told them by: "was founded in 2031 by
  eleven agencies: A, B and C", "The eleven agencies that formed it in 2031 were A, B and C", "..., including A and B",
  "eleven agencies signed the Framework in March 2031: A, B and C": each a member since the founding;
- the founders' work in the active voice, a work named with capitals ("eleven agencies agreed on a document called the
  Shared Exploration Framework"): their count at its date, or at the body's founding the sentence tells before
  ("The group was set up in 2031, after ...").

Negatives: a list after a roadmap's authors or after another clause ("but only A and B attended"); a strategy no
capital names ("adopted a strategy for lunar science: A, B and C")."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts, _periods

REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2035\n"


@pytest.mark.parametrize("sentence", [
    "ISECG was founded in 2031 by eleven space agencies: ASI, CNES, DLR and KARI.",
    "The eleven agencies that formed ISECG in 2031 were ASI, CNES, DLR and KARI.",
    "The group was created in 2031 by eleven agencies, including ASI, CNES, DLR and KARI.",
    "Eleven agencies founded ISECG in 2031: ASI, CNES, DLR and KARI.",
])
def test_founders_named_after_the_founding(extract, sentence):
    r = extract(REPORT + sentence, year=2035)
    assert _periods(r) == {a: {"from-2031"} for a in ("asi", "cnes", "dlr", "kari")}
    assert ("11", "2031") in _counts(r)


def test_founders_named_after_their_work_in_the_active_voice(extract):
    r = extract(REPORT + "Eleven agencies signed the Framework document in March 2031: ASI, CNES, DLR and KARI.",
                year=2035)
    assert _periods(r) == {a: {"from-2031"} for a in ("asi", "cnes", "dlr", "kari")}
    assert ("11", "2031-03") in _counts(r)


@pytest.mark.parametrize("sentence, date", [
    ("The group was set up in 2031, after eleven agencies agreed on a document called the Shared Exploration "
     "Framework.", "2031"),
    ("In June 2031, eleven space agencies released *The Shared Exploration Strategy*.", "2031-06"),
])
def test_the_founders_work_counts_them(extract, sentence, date):
    assert (("11", date)) in _counts(extract(REPORT + sentence, year=2035))


@pytest.mark.parametrize("sentence", [
    "The Global Exploration Roadmap was prepared in 2033 by eleven agencies: ASI, CNES, DLR and KARI.",
    "ISECG was founded in 2031 by eleven space agencies, but only ASI, CNES, DLR and KARI attended its first meeting.",
])
def test_no_founders_from_another_list(extract, sentence):
    assert not _periods(extract(REPORT + sentence, year=2035))


def test_no_count_from_a_strategy_no_capital_names(extract):
    r = extract(REPORT + "In 2034, eleven agencies adopted a strategy for lunar science: ASI, CNES, DLR and KARI.",
                year=2035)
    assert not {c for c in _counts(r) if c[0] == "11"}
