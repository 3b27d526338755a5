"""Round 63 probe of a meeting record's count told as a part of the membership ("She noted that ISECG's membership now
numbers twenty-two agencies, of which 21 were represented at the meeting.", kg/rules_events._subject_count): the
meeting's head count is the part represented, not the whole. Negative: with no partitive, the count before the verb is
read as before. Written in wordings of our own, not copied from the development sets."""

from __future__ import annotations

import pytest

from .test_probes_events import _events

HEAD = ("ISECG Senior Managers Meeting\nSummary Record of the virtual meeting of 14 May 2036\nDate 2036-05-14\n"
        "1. Opening\n")


@pytest.mark.parametrize("text, count", [
    ("The Chair opened the meeting. She noted that ISECG's membership now numbers thirty agencies, of which 26 were "
     "represented at the meeting.", "26"),
    ("The Chair opened the meeting. Delegates of 26 agencies were represented.", "26"),
])
def test_the_part_represented_is_the_head_count(extract, text, count):
    events = _events(extract(HEAD + text + "\n2. Decisions\nThe record was approved.\n", title="ISECG Senior Managers "
                             "Meeting", year=2036))
    counts = {n for e in events for n in e.get("isecg:participantCount", set())}
    assert counts == {count}, events


def test_a_rank_before_the_verb_is_no_head_count(extract):
    events = _events(extract("ISECG Annual Report 2036\n3. Meetings\nFor the second meeting the group went to Lima, where "
                             "CONIDA received delegates in April 2036. It was the first meeting attended by all fourteen "
                             "agencies.\n", title="ISECG Annual Report 2036", year=2036))
    counts = {n for e in events for n in e.get("isecg:participantCount", set())}
    assert "1" not in counts and "2" not in counts, events
