"""Round 62 probes of a gathering told with its place and date in a bracket after its noun (kg/rules_event_frame
_place, GATHERING_NP_RE, HOST_AFTER_RE): a town no list has as the bracket's first part ("The ISECG plenary (Lima, 3 May
2036)"), a gathering named after its body's possessive ("ISECG's spring plenary (...)"), a host field inside the
bracket ("; host: NOSA"). Negatives: a weekday or "Online" opening the bracket is no town; a document's bracket is
no gathering. Written in wordings of our own, not copied from the development sets."""

from __future__ import annotations

import pytest

from .test_probes_events import _events

HEAD = "ISECG Review\fThe International Space Exploration Coordination Group (ISECG) met.\n"


def _slots(extract, text):
    return _events(extract(HEAD + text, title="ISECG Review", year=2036))


@pytest.mark.parametrize("text, place", [
    ("The ISECG plenary (Lima, 3 May 2036) endorsed the plan.", "lima"),
    ("At the senior managers meeting (Quito, 3–4 May 2036) the group endorsed the plan.", "quito"),
    ("ISECG's spring plenary (Lima, 3 May 2036) was organised by the Norwegian Space Agency.", "lima"),
])
def test_bracketed_town_and_date(extract, text, place):
    events = _slots(extract, text)
    assert any(any(place in loc for loc in e.get("schema:location", set()))
               and "2036-05-03" in e.get("schema:startDate", set()) for e in events), events


def test_host_field_in_the_bracket(extract):
    events = _slots(extract, "The ISECG plenary (Lima, 3–4 May 2036; host: Norwegian Space Agency) endorsed the plan.")
    assert any("id/org/nosa" in e.get("schema:organizer", set()) for e in events), events


@pytest.mark.parametrize("text", [
    "The ISECG plenary (Monday, 3 May 2036) endorsed the plan.",
    "The ISECG plenary (Online, 3 May 2036) endorsed the plan.",
])
def test_no_town(extract, text):
    events = _slots(extract, text)
    assert not any(e.get("schema:location") for e in events), events


def test_a_documents_bracket(extract):
    events = _slots(extract, "The workshop report (Lima, 3 May 2036) lists the findings.")
    assert not any(any("lima" in loc for loc in e.get("schema:location", set())) for e in events), events
