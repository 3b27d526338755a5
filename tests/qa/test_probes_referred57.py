"""Stop 57 probe of a sentence naming its gathering as "the meeting" in a record issued a month later: asked of the
gathering's month, the sentence answers when the time told last before it (in its passage or the ones before) is that
month (qa/answerer._referred, _dated). Negative: asked of another month, no answer. Written in other words, places and
years than any set's; development set aq's question only showed the form."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, short_said

BLOG = """# Notes from Ostend: our first plenary as the Atlantis Space Office

*Atlantis Space Office blog · posted 14 April 2031 · by Ines Varga*

When the Atlantis Space Office was set up in January 2031 it took over the seat of the former national board. The
senior managers plenary at Ostend, Belgium, on 18 March 2031 was the first one at which we spoke under the new name.

Our delegation was small, as is usual for the group: our director, who led it, myself as note-taker, and a colleague
from the national research council who follows the science side of the lunar work.

The meeting was hosted by ESA, which holds the chair this year, and nine agencies sent delegations. The main item was
the draft of the lunar surface scenario.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over({"atlantis-blog-2031-ostend.md": BLOG}, tmp_path_factory.mktemp("referred57"))


def test_the_meeting_is_of_the_month_told_last_before_it(answerer):
    r = answerer.answer("How many agencies sent delegations to the plenary at Ostend in March 2031?")
    assert short_said(r) == "9"


def test_asked_of_another_month_there_is_no_answer(answerer):
    r = answerer.answer("How many agencies sent delegations to the plenary at Ostend in May 2031?")
    assert r["answer"] is None
