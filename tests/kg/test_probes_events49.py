"""Round 49 probes of gatherings whose day or place a battery written for this round found unread (no held-out text was
read; the held-out sets' misses were only counted):

- two names joined by an en dash with no space, as by a hyphen ("A joint ISECG–IMEWG session took place in ...");
- a sentence opened by its only date, what it tells done at a named gathering ("On 4 October 2033 ISECG held a
  session at the International Astronautical Congress in Milan");
- a named gathering's town and days in brackets after its name ("(Lisbon, 14 May 2033)"), or a town no list has
  between commas before its days (", Lisbon, 14 May 2033"); a year before the name completing days told without one
  ("the 2033 European Lunar Symposium (Lisbon, 14 May)").

Negatives: a sentence with another date; a gathering the sentence is about but nothing is done at ("a report on the
Congress"); a dash set off by spaces between two names."""

from __future__ import annotations

import pytest

REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2033\n"


def _slots(r) -> dict[str, dict[str, set[str]]]:
    """Each event's start date and its place, by its start."""
    events: dict[str, dict[str, set[str]]] = {}
    starts = {s: o for s, p, o in r.facts if p == "schema:startDate"}
    for s, p, o in r.facts:
        if s in starts and p == "schema:location":
            events.setdefault(starts[s], {}).setdefault("location", set()).add(o.rsplit("/", 1)[-1])
    return {start: events.get(start, {}) for start in starts.values()}


@pytest.mark.parametrize(("text", "date", "place"), [
    ("A joint ISECG–IMEWG session took place in Houston, Texas, on 14 November 2033.", "2033-11-14", "houston"),
    ("On 4 October 2033 ISECG held a special session at the International Astronautical Congress in Milan.",
     "2033-10-04", "milan"),
    ("The group organised two sessions: one at the European Lunar Symposium (Lisbon, 14 May 2033); another at a "
     "workshop in Tokyo on 6 June 2033.", "2033-05-14", "lisbon"),
    ("The ISECG session at the 2033 European Lunar Symposium (Lisbon, 14 May) drew a large audience.",
     "2033-05-14", "lisbon"),
    ("Special session on exploration roadmaps — European Lunar Symposium, Lisbon, 14 May 2033", "2033-05-14",
     "lisbon"),
])
def test_a_gatherings_day_and_place(extract, text, date, place):
    slots = _slots(extract(REPORT + text, year=2033))
    assert place in slots.get(date, {}).get("location", set())


@pytest.mark.parametrize("text", [
    "On 4 October 2033 ISECG presented the roadmap it had first shown at the International Astronautical Congress "
    "in 2031.",
    "On 4 October 2033 ISECG published a report on the International Astronautical Congress.",
])
def test_a_date_opening_the_sentence_of_no_gathering_done_there(extract, text):
    assert "2033-10-04" not in _slots(extract(REPORT + text, year=2033))


def test_a_dash_set_off_by_spaces_joins_no_names(extract):
    r = extract(REPORT + "A joint ISECG – IMEWG session took place in Houston on 14 November 2033.", year=2033)
    assert not any("isecg-imewg" in s for s, _, _ in r.facts)
