"""Probes of events (round 20): the host, place and head count of a gathering told over several paragraphs.

- a gathering named again by its noun ("The meeting was hosted by X ...") a paragraph or a subheading after the one
  telling it is that gathering, with its host and place; one named by another noun, or too far below, is not;
- a paragraph going on about the gathering of the one before ("Delegations from 20 agencies were in the room. Two
  more joined by video, ...") goes on in its later sentences too;
- a head count told as a total ("so that 22 of the group's members took part in all") after a part ("20 agencies
  were in the room") is the gathering's count; a count told without one replaces none;
- a sentence telling again a gathering's host ("The meeting was the first hosted by X, which took over Norway's seat
  in ISECG after ... March 2023") is of that gathering: no second one of the other date it names, and no body named
  after "in" is its place."""

from __future__ import annotations

from .test_probes_events import _events


def _on(r, date: str) -> list[dict[str, set[str]]]:
    return [e for e in _events(r) if date in e.get("schema:startDate", set())]


PARAGRAPHS = ("The Canadian Space Agency now chairs the group.\n"
              "The handover took place in Ottawa on 4 June 2024, during a meeting of the heads of delegation.\n"
              "CSA succeeds the Italian Space Agency, which had led the group since 2022.\n"
              "{heading}\n"
              "The {noun} was hosted by the Canadian Space Agency at its headquarters in Longueuil.\n"
              "Delegations from 20 agencies were in the room. Two more joined by video, so that 22 of the group's "
              "members took part in all.\n")


def test_a_gathering_named_again_below_a_subheading_gets_its_host_and_total(extract):
    r = extract(PARAGRAPHS.format(heading="A full house in Ottawa", noun="meeting"), year=2024)
    [event] = _on(r, "2024-06-04")
    assert "id/org/csa" in event.get("schema:organizer", set())
    assert event.get("isecg:participantCount") == {"22"}


def test_a_gathering_named_by_another_noun_is_another(extract):
    r = extract(PARAGRAPHS.format(heading="A full house in Ottawa", noun="workshop"), year=2024)
    [event] = _on(r, "2024-06-04")
    assert "id/org/csa" not in event.get("schema:organizer", set())


def test_a_gathering_named_again_too_far_below_is_not_told(extract):
    far = "The group also reviewed its plans.\nIt will meet again next year.\nIts working groups met often.\n"
    r = extract(PARAGRAPHS.format(heading=far + "A full house in Ottawa", noun="meeting"), year=2024)
    [event] = _on(r, "2024-06-04")
    assert "id/org/csa" not in event.get("schema:organizer", set())


def test_a_second_count_told_without_a_total_replaces_none(extract):
    r = extract("The ISECG heads of delegation met in Oslo on 12 March 2024. Nineteen agencies attended in person.\n"
                "Three more agencies joined by video.\n", year=2024)
    [event] = _on(r, "2024-03-12")
    assert event.get("isecg:participantCount") == {"19"}


RESTATED = ("Senior managers of the International Space Exploration Coordination Group (ISECG) met on 4–5 June 2024 at "
            "the headquarters of the Norwegian Space Agency (NOSA) in Oslo. The meeting was the first hosted by NOSA, "
            "which took over Norway's seat in ISECG after the agency was reorganised in March 2023.")


def test_a_gathering_told_again_is_no_new_one_and_no_body_is_its_place(extract):
    r = extract(RESTATED, year=2024)
    [event] = _on(r, "2024-06-04")
    assert "id/org/nosa" in event.get("schema:organizer", set())
    assert not any("isecg" in place for place in event.get("schema:location", set()))
    assert not _on(r, "2023-03")
