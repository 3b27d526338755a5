"""Stop 55 probes of a body's members named in one sentence (in our own wording; no held-out text was read): "Member
agencies include A, B and C" (a capital opening the sentence), "ISECG brings together 26 space agencies, including A,
B and C", "A, B and C are among the agencies participating in ISECG", "A, B and C all take part in ISECG". Negatives:
the agencies of a workshop or a study, in the same words."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2034\n"


@pytest.mark.parametrize("sentence", [
    "Member agencies include KARI, CNES and POLSA.",
    "ISECG brings together 29 space agencies, including KARI, CNES and POLSA.",
    "KARI, CNES and POLSA are among the agencies participating in ISECG.",
    "KARI, CNES and POLSA all take part in ISECG.",
])
def test_members_named_in_a_sentence(extract, sentence):
    assert {"kari", "cnes", "polsa"} <= set(_periods(extract(REPORT + sentence, year=2034)))


@pytest.mark.parametrize("sentence", [
    "KARI, CNES and POLSA are among the agencies participating in the workshop.",
    "KARI, CNES and POLSA all take part in the lunar dust study.",
])
def test_no_members_from_another_gatherings_agencies(extract, sentence):
    assert not set(_periods(extract(REPORT + sentence, year=2034))) & {"kari", "cnes", "polsa"}
