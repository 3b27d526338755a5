"""Probes (round 19): a sentence ending in a colon that counts the items after it carries their heads when the items
are prose, not short lines (sentences.split_sentences, counted_heads): the terms opening its sentences ("Science: the
samples ...") or the head of each of its lines ("The Lunar Working Group (LWG), set up in ..."), as many as it counts.
A lead counting none, counting more than follow, or followed by sentences without heads or by a table carries
nothing of this."""

import pytest

from isecg_kg.qa.sentences import split_sentences

TERMS = ("The review sorted the returns into four kinds, each weighed in turn:\n"
         "Science: the samples answer questions of the early solar system. Engineering: landers and rovers are proved "
         "on a real surface before crews rely on them. Economy: contracts reach firms in every partner state. Diplomacy: "
         "the partners plan together for a decade or more.")
LINES = ("Three teams presented their results to the board in 2016:\n"
         "The Lunar Polar Team (LPT), which mapped the ice deposits of the south pole with two orbiters, in March.\n"
         "The Regolith Processing Team, set up in Bremen in 2014 and led by DLR, ran its first oxygen trials.\n"
         "The Surface Power Team — chaired by CNES — compared fission and solar options for the lunar night.")


@pytest.mark.parametrize("text, lead, heads", [
    (TERMS, "The review sorted the returns into four kinds, each weighed in turn:",
     ["Science", "Engineering", "Economy", "Diplomacy"]),
    (LINES, "Three teams presented their results to the board in 2016:",
     ["The Lunar Polar Team (LPT)", "The Regolith Processing Team", "The Surface Power Team"]),
])
def test_a_counted_lead_carries_the_heads_of_its_items(text, lead, heads):
    assert f"{lead} {'; '.join(heads)}" in split_sentences(text)


@pytest.mark.parametrize("text, lead, head", [
    # no count
    ("The review weighed the returns as follows:\nScience: the samples answer questions of the early solar system "
     "that no telescope can. Engineering: landers are proved on a real surface before crews rely on them.",
     "The review weighed the returns as follows:", "Engineering"),
    # the number is a year, not a count of what follows
    ("The board met in 2016:\nThe Lunar Polar Team (LPT), which mapped the ice deposits of the south pole, reported "
     "first.\nThe Surface Power Team, chaired by CNES, followed.", "The board met in 2016:", "The Lunar Polar Team"),
    # counts more than follow
    ("Five teams reported to the board:\nThe Lunar Polar Team (LPT), which mapped the ice deposits of the south "
     "pole, reported first.\nThe Surface Power Team, chaired by CNES, followed with its trade study.",
     "Five teams reported to the board:", "The Lunar Polar Team"),
    # a table after the lead, its header and cells a line each: its rows, no heads
    ("Three pilot projects run this year:\nProject What it should show\nDust-tolerant seals\nSeals that keep dust out "
     "of airlocks, and tests of them in vacuum chambers\nSurface relay\nLinks between the far side and the Earth",
     "Three pilot projects run this year:", "Seals that keep dust out"),
    # two lines of plain prose: no heads
    ("Two points were raised at the close:\nThe partners agreed that the schedule of the next campaign should be "
     "shared early and that every agency would name one contact person for the work ahead of the meeting.\nThey also "
     "asked the secretariat to circulate the draft minutes within two weeks of the meeting in Tokyo next spring.",
     "Two points were raised at the close:", "The partners agreed"),
])
def test_what_carries_no_heads(text, lead, head):
    # (the short lines after a lead are its items still: a table's header and first cell)
    assert not any(u.startswith(lead) and head in u for u in split_sentences(text))
