"""Probes of a gathering's head count in dozens (round 11), read through the real ingestion
(tests/data/probes/counts11/): "Some two dozen agencies sent delegations to the forum", "A dozen agencies were
represented, together with about forty researchers" (kg.text.numbers_once reads a count in dozens as figures, so every
count rule reads it as it reads "24"). Beside them what must give no head count: meetings whose passages state none,
and a body's members."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.kg.text import numbers_once

from .conftest import probe_result
from .test_probes_event_documents import given
from .test_probes_events import missing

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "counts11"
DIGEST, SESSIONS = "partner-digest-2025.md", "working-sessions-2026.pdf"

# each missed by the base (no count; 40, the researchers, for the agencies)
POSITIVE = [
    (DIGEST, {"date": "2025-03-11", "place": "vienna", "count": "24"}),
    (DIGEST, {"date": "2025-06-05", "host": "id/org/cnes", "count": "12"}),
]


@pytest.mark.parametrize("name, wanted", POSITIVE)
def test_a_count_in_dozens_is_read(name, wanted):
    assert missing(probe_result(PROBES / name), [wanted]) == []


NEGATIVE = [
    # "ISECG counted twenty-six member agencies"; the Toulouse workshop's "about forty researchers" beside its agencies
    (DIGEST, [("isecg:participantCount", "26"), ("isecg:participantCount", "40")]),
    # "Representatives of twenty-three agencies attended" (Seoul) then "A space resources forum followed in Luxembourg":
    # one count, the plenary's
    (SESSIONS, [("isecg:participantCount", "12"), ("isecg:participantCount", "24")]),
]


@pytest.mark.parametrize("name, forbidden", NEGATIVE)
def test_a_look_alike_gives_no_head_count(name, forbidden):
    assert given(probe_result(PROBES / name), forbidden) == []


def test_a_meeting_told_with_no_count_gets_none():
    events = probe_result(PROBES / SESSIONS).extraction
    counted = {str(f.s) for f in events.facts if f.p == "isecg:participantCount"}
    luxembourg = [str(f.s) for f in events.facts if f.p == "schema:startDate" and "2026-12-01" in str(f.o)]
    assert luxembourg and not set(luxembourg) & counted


@pytest.mark.parametrize("text, read", [
    ("Some two dozen agencies sent delegations", "Some 24 agencies sent delegations"),
    ("A dozen agencies were represented", "12 agencies were represented"),
    ("with half a dozen agencies", "with 6 agencies"),
    ("Twenty-one (21) agencies", "21 agencies"),
    # as it is: no count in dozens
    ("dozens of agencies", "dozens of agencies"),
    ("a dozens-strong team", "a dozens-strong team"),
])
def test_numbers_once_reads_dozens(text, read):
    assert numbers_once(text) == read
