"""Round 24 probes of a member count dated by a release the document tells: "At the time of release, ISECG had 30
member agencies" holds at the release of the work the document is about (of the document's year) as the document
tells it earlier, not at the document's own date (a summary written months after)."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts

HEAD = "Charter Summary 2031\nISECG summary series\nThe International Space Exploration Coordination Group (ISECG) met twice.\n"


def _extract(extract, text):
    return _counts(extract(HEAD + text, title="Charter Summary 2031", year=2031))


@pytest.mark.parametrize(("text", "count"), [
    ("The first charter was issued in March 2026. The new charter, issued by ISECG in May 2031, replaces it. "
     "At the time of release, ISECG had 30 member agencies.", ("30", "2031-05")),
    ("In June 2031 ISECG published a new charter. It replaces the charter that was published in April 2027. "
     "At the time of publication the group counted 31 member agencies.", ("31", "2031-06")),
    ("The charter was approved on 14 February 2031 in Oslo. ISECG had 29 member agencies upon its approval.",
     ("29", "2031-02-14")),
])
def test_a_count_at_the_time_of_release_holds_at_the_release_the_document_told(extract, text, count):
    assert count in _extract(extract, text)


@pytest.mark.parametrize(("text", "date"), [
    # no release told: the document's own date, as before
    ("At the time of release, ISECG had 30 member agencies.", "2031-05"),
    # a release of another year (an earlier work) is not the one the document is about
    ("The previous charter was published in April 2027. At the time of publication ISECG had 30 member agencies.",
     "2027-04"),
    # a release still to come is no date of a count
    ("The charter will be published in May 2031. At the time of publication ISECG had 30 member agencies.", "2031-05"),
    # a count with a date of its own keeps it
    ("The charter was published in May 2031. At the time of release ISECG had 30 member agencies in March 2031.",
     "2031-05"),
])
def test_a_count_is_not_dated_by_a_release_it_does_not_follow(extract, text, date):
    assert not any(d == date for _, d in _extract(extract, text))


def test_a_count_on_an_issue_is_not_at_a_release(extract):
    text = ("The charter was published in May 2031. On the issue of new members, ISECG had 30 member agencies in "
            "the spring.")
    assert ("30", "2031-05") not in _extract(extract, text)
