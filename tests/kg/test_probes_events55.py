"""Stop 55 probes of gatherings told without a name (in our own words, places and dates; no held-out text was read):

- a gathering a place names before its noun, then "held on" its days: "The Oslo workshop, held on 4–6 May 2033, ...";
- a gathering's days in brackets right after it: "The workshop in Oslo (4–6 May 2033) drew ...";
- its head count told by the gathering as subject: "had 45 attendees", "drew more than 60 experts", "attracted some
  120 participants";
- days told without a year, in the year its gathering is named by ("the 2033 plenary (4–6 May)"), not the document's.

Negatives: a workshop held on a topic, not a day; a count of things the gathering had ("had 12 sessions")."""

from __future__ import annotations

import pytest

from .test_probes_events import _events, _has


@pytest.mark.parametrize("sentence, count", [
    ("The Oslo workshop, held on 4–6 May 2033, had 45 attendees.", "45"),
    ("The workshop in Oslo (4–6 May 2033) drew more than 60 experts.", "60"),
    ("The workshop in Oslo (4–6 May 2033) attracted some 120 participants.", "120"),
])
def test_a_gathering_dated_after_it_and_its_head_count(extract, sentence, count):
    events = _events(extract(sentence, year=2033))
    assert [e for e in events if _has(e, {"date": "2033-05-04", "end": "2033-05-06"})
            and e.get("isecg:participantCount") == {count}], events


@pytest.mark.parametrize("sentence", [
    "The Oslo workshop, held on lunar dust, had 45 attendees.",
    "The workshop in Oslo (4–6 May 2033) had 12 sessions and a poster hall.",
])
def test_no_head_count_or_day_from_other_words(extract, sentence):
    assert not [e for e in _events(extract(sentence, year=2033)) if e.get("isecg:participantCount")]


@pytest.mark.parametrize("sentence", [
    "Oslo was the venue of the 2033 plenary (4–6 May), hosted by NOSA.",
    "The 2033 plenary — Oslo, 4–6 May, hosted by NOSA — approved the work plan.",
])
def test_days_without_a_year_take_the_gatherings_year(extract, sentence):
    events = _events(extract(sentence, year=2035))  # a report of 2035 looking back
    assert [e for e in events if _has(e, {"date": "2033-05-04"})], events
