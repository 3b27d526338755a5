"""How many took part in a gathering (qa/dated.py event_details, qa/sentences.py NUMBER), over probe documents in
other wording and layout than the development sets (tests/data/probes/counts10/, see tests/kg/test_probes_counts10.py):
a count written in words and figures at once ("seventeen (17) agencies"), a tens word apart from its unit ("twenty
four agencies"), the answer naming the noun the question counts ("21 agencies", not "21 participants"); and a table's
count column of agencies ("| Host | Agencies |") answers no question asking how many people attended."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, assert_answered

pytestmark = pytest.mark.slow

PROBES_DIR = Path(__file__).resolve().parents[1] / "data" / "probes" / "counts10"
BULLETIN, REVIEW = "coordination-bulletin-2024", "annual-review-2023"

# (question, answer strings (any), documents whose passage must be among the evidence); each failing on the base
PROBES = [
    # the base answered 22, the Nairobi plenary's count, from the passage
    ("How many agencies attended the autumn plenary in Bengaluru in October 2023?", ["17 agencies"], [REVIEW]),
    # the base answered 4 ("twenty four agencies")
    ("How many agencies took part in the exploration policy meeting in Seoul in July 2024?", ["24"], [BULLETIN]),
    # the base said "had 21 participants"
    ("How many agencies were represented at the senior managers meeting in Canberra in April 2024?", ["21 agencies"],
     [BULLETIN]),
    ("How many space agencies were represented at the technology workshop in Sagamihara in May 2024?",
     ["19 agencies"], [BULLETIN]),
]

# a count of agencies answers no question of people (the base answered the table's 15)
NOT_SAID = [
    ("How many people attended the Technology Working Group session in Darmstadt in March 2024?", "15"),
    ("How many participants took part in the Technology Working Group session in Darmstadt in March 2024?", "15"),
]

# held on the base and after
HELD = [
    ("How many people attended the autumn plenary in Bengaluru in October 2023?", ["86"], [REVIEW]),
    ("How many agencies attended the Nairobi plenary in March 2023 in person?", ["22"], [REVIEW]),
    ("How many agencies took part in the Lunar Surface Working Group meeting in Lisbon in February 2024?", ["18"],
     [BULLETIN]),
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES_DIR, tmp_path_factory.mktemp("counts10-probes"))


@pytest.mark.parametrize("question,answers,documents", PROBES + HELD, ids=[p[0] for p in PROBES + HELD])
def test_head_count_probe_round10(answerer, question, answers, documents):
    assert_answered(answerer.answer(question), answers, documents)


@pytest.mark.parametrize("question,number", NOT_SAID, ids=[n[0] for n in NOT_SAID])
def test_head_count_of_another_kind_round10(answerer, question, number):
    assert number not in (answerer.answer(question)["answer"] or "").split()


TABLE = ("Meetings in 2026\nDate Meeting Venue Host Agencies\n2026-03-03 Science Working Group online -- 15\n"
         "9 Oct 2026 Senior managers Lima, Peru CONIDA 22 (18 in person)")


@pytest.mark.parametrize("passage, row, kind", [
    (TABLE, "9 Oct 2026 Senior managers Lima, Peru CONIDA 22 (18 in person)", "bodies"),
    ("| Date | Host | Delegates |\n|---|---|---|\n| 4 May 2026 | ESA | 40 |", "4 May 2026 | ESA | 40", "people"),
    # a header naming two kinds, a sentence of prose: none
    ("Date Host Delegates Agencies\n4 May 2026 ESA 40 12", "4 May 2026 ESA 40 12", None),
    ("The agencies met in Lima.\nTwenty-two agencies attended on 9 October 2026.",
     "Twenty-two agencies attended on 9 October 2026.", None),
])
def test_column_kind(passage, row, kind):
    from isecg_kg.qa.dated import column_kind
    assert column_kind(passage, row) == kind


def test_in_person_counts_no_persons():
    from isecg_kg.qa.dated import kinds_counting
    assert kinds_counting("9 Oct 2026 Senior managers Lima, Peru CONIDA 22 (18 in person)", 22) == set()
    assert kinds_counting("22 persons attended, 18 in person", 22) == {"people"}
