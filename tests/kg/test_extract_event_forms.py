"""Events in forms of annual reports, minutes and white papers: tables whose cells wrap or share a column
("Venue / host"), a minutes' head line, planned meetings of a Markdown table, named events told after the
fact; each on wording written for the test, with cases where the rule must not fire."""

from __future__ import annotations


def _event(r, start):
    """The event of the extraction that starts on ``start``."""
    return next(s for s, p, o in r.facts if p == "schema:startDate" and o == start)


def _about(r, event):
    return {(p, o) for s, p, o in r.facts if s == event}


def test_a_named_event_on_a_later_page_where_a_definition_was_on_an_earlier_one(extract):
    # the definition of page 1 and the event's name of page 2 start at the same offset in their pages
    r = extract("The Orbital Robotics Agency (ORA) was set up.\f"
                "The Lunar Workshop on Polar Science met in Lyon on 4 May 2021.")
    assert "id/event/lunar-workshop-on-polar-science-2021" in {s for s, p, o in r.facts}


def test_a_named_event_with_its_place_before_a_date_range_and_its_co_hosts(extract):
    r = extract("Before the plenary, delegates spoke at the European Workshop on Surface Habitats held in Toulouse "
                "from 3 March to 5 March 2022, co-hosted by CNES and DLR, while ESA sent observers.")
    event = _event(r, "2022-03-03")
    assert {("schema:endDate", "2022-03-05"), ("schema:organizer", "id/org/cnes"),
            ("schema:organizer", "id/org/dlr")} <= _about(r, event)
    assert ("schema:organizer", "id/org/esa") not in _about(r, event)  # named after the list, not in it
    assert any(p == "schema:location" and o.endswith("/toulouse") for p, o in _about(r, event))
