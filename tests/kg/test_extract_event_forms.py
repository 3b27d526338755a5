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
