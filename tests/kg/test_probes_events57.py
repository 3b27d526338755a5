"""Stop 57 probes of a cover's byline naming the gathering a document was prepared for or presented at ("Prepared for
the ISECG senior managers meeting in Adelaide, Australia, September 2031"): a line to read (kg/text.is_heading), so the
meeting, its place and its month are an event. Negatives: a short title-like line stays a heading; a byline naming no
gathering makes no event. Written in other words, places and years than any set's; no held-out text was read."""

from __future__ import annotations

import pytest

from isecg_kg.kg.text import is_heading

LEAD = "Lunar Campaign Scenario\nThe working group wrote this summary for the agencies.\n"


def _events(r) -> dict[str, set[str]]:
    kinds = {s for s, p, o in r.facts if p == "rdf:type" and o.endswith("Event")}
    return {s: {o for s2, p, o in r.facts if s2 == s and p in ("schema:startDate", "schema:location")} for s in kinds}


@pytest.mark.parametrize("line", [
    "Prepared for the ISECG senior managers meeting in Adelaide, Australia, September 2031",
    "Presented at the ISECG technology workshop in Daejeon, Republic of Korea, March 2031",
])
def test_a_byline_naming_the_gathering_is_read(extract, line):
    found = _events(extract(LEAD + line + "\n", year=2031))
    assert any({"id/place/adelaide", "2031-09"} <= v or {"id/place/daejeon", "2031-03"} <= v for v in found.values())


def test_bylines_are_no_headings_short_titles_are():
    assert not is_heading("Prepared for the ISECG senior managers meeting in Adelaide, Australia, September 2031")
    assert is_heading("Meetings of the Senior Managers")
    assert is_heading("Preparations for the Lunar Campaign")


def test_a_byline_naming_no_gathering_makes_no_event(extract):
    assert not _events(extract(LEAD + "Prepared by the Exploration Roadmap Working Group, Issue 2\n", year=2031))


@pytest.mark.parametrize("head", [
    "ESTEC, Noordwijk, the Netherlands · 16–17 May 2031 · Hosted by the European Space Agency",
    "Noordwijk, the Netherlands | 16–17 May 2031 | hosted by the European Space Agency",
])
def test_a_record_head_line_in_dotted_fields(extract, head):
    """A workshop's record: its title names the gathering, its head line gives place, days and host in fields set
    apart by middle dots or bars."""
    title = "Technical Workshop on Lunar Dust Mitigation"
    text = f"{title}\nAgenda and Summary of Outcomes\n{head}\nBackground\nThe Technology Working Group organised " \
           "this workshop to compare dust work.\n"
    r = extract(text, title=title, year=2031)
    event = "id/event/technical-workshop-on-lunar-dust-mitigation"
    assert {"id/place/noordwijk", "2031-05-16"} <= _events(r).get(event, set())
    assert (event, "schema:organizer", "id/org/esa") in r.facts


def test_a_head_line_in_dotted_fields_of_no_gathering_makes_none(extract):
    title = "Lunar Dust Mitigation: Technology Overview"
    r = extract(f"{title}\nNoordwijk, the Netherlands · 16 May 2031 · Issue 2\nBackground\nDust is a hazard.\n",
                title=title, year=2031)
    assert not [e for e in _events(r) if "overview" in e]
