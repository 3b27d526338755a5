"""Round 63 probes of "Which agencies have held the ISECG chair more than once?" (qa/dated.MORE_THAN_ONCE,
_repeat_holders): the holders of two turns or more, another holder's between; consecutive statements of one holder
are one term. Negative: when every holder is stated once, no answer (the chairs in time order are still told). Written
in wordings of our own, not copied from the development sets."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, short_said

pytestmark = pytest.mark.slow

TABLE = """# List of ISECG chairs

*ISECG community wiki · last edited 12 March 2037*

The International Space Exploration Coordination Group (ISECG) is chaired by one member agency at a time.

## Chairing agencies

| No. | Chairing agency | From | Until | Handover |
|---|---|---|---|---|
| 1 | CNES (France) | 7 November 2031 | 14 May 2032 | Toulouse |
| 2 | DLR (Germany) | 14 May 2032 | 2033 | Bremen |
| 3 | CNES (France) | 2033 | 3 October 2034 | Paris |
| 4 | KARI (Republic of Korea) | 3 October 2034 | present | — |
"""
ONCE = TABLE.replace("| 3 | CNES (France) | 2033 | 3 October 2034 | Paris |\n", "").replace(
    "| 4 | KARI (Republic of Korea) | 3 October 2034 |", "| 3 | KARI (Republic of Korea) | 2033 |")


@pytest.fixture(scope="module")
def twice(tmp_path_factory):
    return answerer_over({"list-of-isecg-chairs-2037.md": TABLE}, tmp_path_factory.mktemp("chairs63"))


@pytest.fixture(scope="module")
def once(tmp_path_factory):
    return answerer_over({"list-of-isecg-chairs-2037.md": ONCE}, tmp_path_factory.mktemp("chairs63once"))


@pytest.mark.parametrize("question", ["Which agencies have held the ISECG chair more than once?",
                                      "Which agency chaired ISECG twice?"])
def test_the_holders_of_two_terms(twice, question):
    response = twice.answer(question)
    assert response["shape"] == "chair" and short_said(response) == "cnes", (response["shape"], response["answer"])


def test_no_holder_of_two_terms(once):
    response = once.answer("Which agencies have held the ISECG chair more than once?")
    assert response["answer"] is None, response["answer"]
