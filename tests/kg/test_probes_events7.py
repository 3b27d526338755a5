"""Probes of dated happenings (round 7): a thing done on a date is an event although a gathering is named in a
later clause as its setting ("..., on the sidelines of the 75th Congress"), and bodies made or programmes ended
("created a lunar office", "formed a lunar surface team", "brought its study to an end"), arrivals of flights
("reached lunar orbit", "returned samples to Earth"); and look-alikes that must give no event (what a body is:
"The agency, formed in 2018, ..."; "formed the basis", "created new interest"; a plan; a signing told as part
of a congress named in its own clause)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import probe_result

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "events7"


def _events(r) -> dict[str, dict[str, set[str]]]:
    """Every event by its label: predicate -> objects (a place by its label, lower case)."""
    labels = r.labels()
    typed = {s for s, p, o in r.facts if p == "rdf:type" and o.endswith("Event")}
    found: dict[str, dict[str, set[str]]] = {}
    for s, p, o in r.facts:
        if s in typed:
            found.setdefault(labels.get(s, s), {}).setdefault(p, set()).add(
                labels.get(o, o).lower() if p == "schema:location" else o)
    return found


def _dated(r, words: str, date: str) -> dict[str, set[str]] | None:
    """The event whose label has all the words, with that start date."""
    for label, slots in _events(r).items():
        if all(w in label.lower() for w in words.lower().split()) and date in slots.get("schema:startDate", set()):
            return slots
    return None


# (words of the event's label, start date, a word of its place or None)
REVIEW_POSITIVE = [
    ("CNES ISRO signed framework", "2024-10-15", "milan"),  # a congress named only as the setting, after a comma
    ("Polish Space Agency created lunar exploration office", "2024-02-05", None),
    ("brought Lunar Pathfinder relay study to an end", "2024-03", None),
    ("Chang'e 6 returned samples to Earth", "2024-06-25", None),
    ("Odysseus reached lunar orbit", "2024-02-21", None),
]


@pytest.mark.parametrize("words, date, place", REVIEW_POSITIVE)
def test_a_dated_happening_is_an_event(words, date, place):
    r = probe_result(PROBES / "h1-review-2024.pdf")
    slots = _dated(r, words, date)
    assert slots is not None, sorted(_events(r))
    if place:
        assert any(place in p for p in slots.get("schema:location", set())), slots


# Words no event's label may have: what a body is, a phrase of "formed"/"created" that makes nothing, a plan, and a
# signing told inside the congress's own clause (the congress is the event of that sentence).
REVIEW_NEGATIVE = ["luxembourg", "basis", "interest", "data office", "lunar surface cooperation"]


@pytest.mark.parametrize("words", REVIEW_NEGATIVE)
def test_a_look_alike_gives_no_event(words):
    r = probe_result(PROBES / "h1-review-2024.pdf")
    assert not [label for label in _events(r) if words in label.lower()]


def test_the_congress_named_as_setting_keeps_its_own_event():
    r = probe_result(PROBES / "h1-review-2024.pdf")
    assert _dated(r, "75th International Astronautical Congress", "2024-10-14") is not None


# Short texts in other shapes: (text, year, words of the event's label, start date)
TEXT_POSITIVE = [
    ("Roscosmos and CNSA signed a memorandum on a joint lunar station in Moscow on 9 March 2021, while the "
     "Global Space Exploration Conference was under way.", 2021, "signed memorandum", "2021-03-09"),
    ("In 2016 the group created a science working group to hear researchers.", 2016, "created science working group",
     "2016"),
    ("On 12 April 2022 the senior managers formed a lunar surface team.", 2022, "formed lunar surface team",
     "2022-04-12"),
    ("The Orion capsule splashed down in the Pacific Ocean on 11 December 2022.", 2022, "orion splashed down",
     "2022-12-11"),
]


@pytest.mark.parametrize("text, year, words, date", TEXT_POSITIVE)
def test_a_dated_happening_in_prose_is_an_event(extract, text, year, words, date):
    r = extract(text, year=year)
    assert _dated(r, words, date) is not None, sorted(_events(r))


TEXT_NEGATIVE = [
    ("The Australian Space Agency, formed in mid-2018, works with CSIRO in the group.", 2020),
    ("In 2019 the roadmap formed the core of several agency plans.", 2019),
    ("In 2022 the white paper created new momentum for lunar science.", 2022),
    ("ISECG will create a new working group in 2026.", 2024),
]


@pytest.mark.parametrize("text, year", TEXT_NEGATIVE)
def test_a_look_alike_in_prose_gives_no_event(extract, text, year):
    assert not _events(extract(text, year=year))


# An authors' list grouped by agency, each line an agency's label and its people ("NASA: A B, C D", "KARI — E F and
# G H"): each person is of the agency of their own line (run together, a person took the next line's label as their
# agency), and each is an author; the reviewers thanked in a list of the same layout are no authors.
TEAM = "p1-team-by-agency"
TEAM_PEOPLE = [("rebecca-holloway", "nasa"), ("darnell-fisk", "nasa"), ("amelie-roussel", "cnes"),
               ("park-min-jae", "kari"), ("lee-soo-ah", "kari")]


def _team():
    r = probe_result(PROBES / f"{TEAM}.pdf")
    creators = {o for s, p, o in r.facts if p == "dcterms:creator" and s == f"id/doc/{TEAM}"}
    affiliations = {(s.removeprefix("id/person/"), o.removeprefix("id/org/")) for s, p, o in r.facts
                    if p == "schema:affiliation"}
    return creators, affiliations


@pytest.mark.parametrize("person, agency", TEAM_PEOPLE)
def test_a_person_of_an_agency_labelled_item_is_an_author_of_that_agency(person, agency):
    creators, affiliations = _team()
    assert f"id/person/{person}" in creators
    assert {o for p, o in affiliations if p == person} == {agency}


@pytest.mark.parametrize("person", ["henrik-lindqvist", "takumi-ogawa", "emi-fujita"])
def test_a_reviewer_thanked_in_a_list_of_the_same_layout_is_no_author(person):
    creators, _ = _team()
    assert f"id/person/{person}" not in creators and "id/org/esa" not in creators and "id/org/jaxa" not in creators
