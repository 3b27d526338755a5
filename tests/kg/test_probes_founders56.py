"""Stop 56 probes of founders named as the subject of the founding, the body its object ("A, B and C formed X in
2031", "In 2031, A, B and C founded X", "..., together, agreed in 2031 to create X"), the list's names with their
articles ("the A, the B and the C"). Negatives: a list that is not the subject ("Representatives of A, B and C formed
..."), a body that is not the founded one, one name alone. Written in other words, numbers and years than any set's;
no held-out text was read for them."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2035\n"


@pytest.mark.parametrize("sentence", [
    "ASI, CNES, DLR and KARI formed ISECG in 2031.",
    "In 2031, ASI, CNES, DLR and KARI founded the International Space Exploration Coordination Group.",
    "ASI, CNES, DLR and KARI jointly set up ISECG in 2031, after two years of talks.",
    "ASI, CNES, DLR and KARI agreed in 2031 to create ISECG.",
    "The ASI, the CNES, the DLR and the KARI established ISECG in 2031.",
])
def test_founders_as_the_subject_of_the_founding(extract, sentence):
    assert _periods(extract(REPORT + sentence, year=2035)) == {a: {"from-2031"} for a in ("asi", "cnes", "dlr", "kari")}


@pytest.mark.parametrize("sentence", [
    "Representatives of ASI, CNES, DLR and KARI formed ISECG in 2031.",
    "ASI, CNES, DLR and KARI formed the Lunar Dust Working Group in 2031.",
    "KARI founded ISECG's science group in 2031.",
])
def test_no_founders_from_another_subject_or_body(extract, sentence):
    assert not _periods(extract(REPORT + sentence, year=2035))
