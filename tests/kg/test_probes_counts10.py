"""Probes of a gathering's head count written in words and figures at once (round 10), read through the real
ingestion (tests/data/probes/counts10/): "Delegations from eighteen (18) agencies joined", "representatives of 19
(nineteen) space agencies", "Its 86 participants came from seventeen (17) agencies" (kg.text.numbers_once reads such
a count once, in figures, so every count rule reads it as it reads "18"). Beside them what must give no head count:
a body's members and a count still to come, told the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.kg.text import numbers_once

from .conftest import probe_result
from .test_probes_event_documents import given
from .test_probes_events import missing

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "counts10"
BULLETIN, REVIEW = "coordination-bulletin-2024.md", "annual-review-2023.pdf"

# each missed by the base (the date, place and host were read, not the count)
POSITIVE = [
    # "Delegations from eighteen (18) agencies joined the discussions" (the sentence after the meeting's)
    (BULLETIN, {"date": "2024-02-14", "place": "lisbon", "count": "18"}),
    # "... which brought together representatives of 19 (nineteen) space agencies and some 70 engineers"
    (BULLETIN, {"date": "2024-05-20", "host": "id/org/jaxa", "count": "19"}),
    # "Its 86 participants came from seventeen (17) agencies." (a PDF): the agencies too
    (REVIEW, {"date": "2023-10-11", "host": "id/org/isro", "count": "17"}),
]


@pytest.mark.parametrize("name, wanted", POSITIVE)
def test_a_count_in_words_and_figures_is_read(name, wanted):
    assert missing(probe_result(PROBES / name), [wanted]) == []


NEGATIVE = [
    # "ISECG now counts twenty-seven (27) member agencies", "expects thirty (30) agencies to attend the 2025 plenary"
    (BULLETIN, [("isecg:participantCount", "27"), ("isecg:participantCount", "30")]),
    # "ISECG counts twenty-eight (28) member agencies"; "a further three (3) followed online" is no head count
    (REVIEW, [("isecg:participantCount", "28"), ("isecg:participantCount", "3")]),
]


@pytest.mark.parametrize("name, forbidden", NEGATIVE)
def test_a_look_alike_gives_no_head_count(name, forbidden):
    assert given(probe_result(PROBES / name), forbidden) == []


@pytest.mark.parametrize("text, read", [
    ("Twenty-one (21) agencies sent delegates.", "21 agencies sent delegates."),
    ("delegations from eighteen (18) agencies", "delegations from 18 agencies"),
    ("representatives of 19 (nineteen) space agencies", "representatives of 19 space agencies"),
    ("Twenty One (21) agencies", "21 agencies"),
    ("twenty four agencies took part", "twenty-four agencies took part"),
    # not one count told twice: as it is
    ("three (4) agencies", "three (4) agencies"),
    ("two (ESA and NASA) agencies", "two (ESA and NASA) agencies"),
    ("twenty one-day workshops", "twenty one-day workshops"),
    ("in 2019 (12) and 2020 (14)", "in 2019 (12) and 2020 (14)"),
])
def test_numbers_once(text, read):
    assert numbers_once(text) == read
