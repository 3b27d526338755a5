"""Round 19 probes of memberships told by a seat's succession: "A replaces B and takes over the seat" (A a member from
the date leading the line, though B is named last before the verb), "A replaced B, which had taken part since 2007"
(B a member from then); and a count "unchanged from" or "since" a date: that count then too."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts, _periods

HEAD = "ISECG History Note 2031\nIssued March 2031\nThe International Space Exploration Coordination Group (ISECG) met twice.\n"


def test_the_subject_of_replacing_takes_the_seat(extract):
    r = extract(HEAD + "- 3 May 2012 — The Hellenic Space Centre (HSC) was set up.\n- 9 July 2030 — The Hellenic Space "
                "Agency (HSA) replaces HSC and takes over the Greek seat in ISECG.", year=2031)
    assert _periods(r)["hsa"] == {"from-2030-07-09"}
    assert "from-2030-07-09" not in _periods(r).get("hsc", set())


@pytest.mark.parametrize(("sentence", "since"), [
    ("The Kenya Space Agency replaced the Kenya Space Science Institute (KSSI), which had taken part since 2012.", "2012"),
    ("The Hellenic Space Centre (HSC), which has participated in ISECG since 2019, hosted the spring meeting.", "2019"),
])
def test_a_body_that_had_taken_part_since(extract, sentence, since):
    periods = _periods(extract(HEAD + sentence, year=2031))
    assert periods[next(k for k in periods if k in ("kssi", "hsc"))] == {f"from-{since}"}


def test_a_meeting_that_had_taken_part_is_no_member(extract):
    assert not _periods(extract(HEAD + "The workshop, which had taken part since 2019 in the forum, ended.", year=2031))


@pytest.mark.parametrize(("text", "then"), [
    ("At the end of 2030 ISECG counted 29 member agencies, unchanged from the end of 2029.", ("29", "2029-12")),
    ("No agency joined in 2030, so membership stayed at 29 agencies, unchanged since 2027 when the Kenya Space Agency "
     "joined.", ("29", "2027")),
])
def test_a_count_unchanged_from_a_date_holds_then_too(extract, text, then):
    assert then in _counts(extract(HEAD + text, title="ISECG History Note 2031", year=2031))


def test_other_things_unchanged_are_no_count(extract):
    counts = _counts(extract(HEAD + "At the end of 2030 ISECG counted 29 member agencies; its rules were unchanged since "
                                    "2020.", title="ISECG History Note 2031", year=2031))
    assert not any(date.startswith("2020") for _, date in counts)
