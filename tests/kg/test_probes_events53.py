"""Round 53 probes of events in shapes the development sets' missed events showed (written here in other words,
places, hosts and dates; no held-out text was read):

- meetings listed after a plural with no determiner, opening the sentence (or its footnote): "Working meetings were
  held in A (B, DATE), in C (D, DATE) and in E (DATE)", each its own meeting, the agency opening its brackets before its
  date the host;
- a named gathering's days in brackets with no year, the year of a date the sentence told before it ("... on 3 October
  2031, during the 82nd International Astronautical Congress (2–6 October)").

Negatives: a plural of meetings with no dates; a body in the brackets that is not followed by a date (a place's
country, an acronym)."""

from __future__ import annotations

from .test_probes_events import _events, _has


def test_meetings_listed_after_a_bare_plural_each_with_its_place_host_and_date(extract):
    events = _events(extract("² Working meetings were held in Oslo (hosted by NOSA, 3 March 2031), in Warsaw (POLSA, "
                             "June 2031) and in Canberra (ASA, 8–9 October 2031).", year=2031))
    for want in ({"date": "2031-03-03", "place": "oslo", "host": "id/org/nosa"},
                 {"date": "2031-06", "place": "warsaw", "host": "id/org/polsa"},
                 {"date": "2031-10-08", "end": "2031-10-09", "place": "canberra", "host": "id/org/asa"}):
        assert [e for e in events if _has(e, want)], want


def test_no_meetings_from_a_bare_plural_without_dates(extract):
    assert _events(extract("Working meetings were held in Oslo (NOSA) and in Warsaw (POLSA).", year=2031)) == []


def test_a_gathering_s_days_take_the_year_of_the_date_told_before(extract):
    events = _events(extract("The senior managers met in Sydney on 3 October 2031, during the 82nd International "
                             "Astronautical Congress (2–6 October).", year=2031))
    assert [e for e in events if _has(e, {"date": "2031-10-02", "end": "2031-10-06"})]
