"""Probes of round 27 for what a gathering or a paper recommended, concluded or grouped (qa/sentences.py,
qa/answerer.py; development sets aj, al, an, aq, as).

- A lead ending in a colon whose list the layout ran into the paragraph after it answers with that list: the items
  between semicolons of the next sentence (as many as the lead counts, when it counts them), or, a lead counting its
  items, that many sentences, each naming its own (sentences.items_after, run_on_items).
- Two items of an unmarked list the layout put on one line are two items, the second opening at a capital after a
  word that leads into nothing (sentences._items, _second_item).
- A list's lead dates what it tells of (or its document does): a later year of one of its items ("a follow-up be
  held in 2018") does not make it a sentence of another year (sentences.told_years); a plan a clause after a
  semicolon tells of ("; no agency has a plan to close it") leaves the first clause a fact (sentences._planned).
Negatives: a lead counting otherwise than its semicolons part, or counting more sentences than follow, or followed by
sentences pointing back ("They ..."), or counting nothing before prose; a long table cell, a line ending a sentence,
a capital after "the" ("the Moon"); a lead's own other year; a plan in the first clause; a question the corpus does
not answer."""

from __future__ import annotations

import pytest

from isecg_kg.qa import sentences
from isecg_kg.qa.sentences import items_after, split_sentences, told_years

from .fixtures import answerer_over, words_of

COUNTED_SEMICOLONS = ("The charter sorts its aims under four headings:\nEarth: climate records from orbit, disaster "
                      "warning and crop monitoring; navigation for shipping and aviation;\nsecure communications for "
                      "remote regions; skills and training for young engineers.")
COUNTED_PROSE = ("The panel set out three ways of sharing the work, from the loosest to the closest:\nBarter lets each "
                 "agency trade a service for another without any money changing hands between them. Joint "
                 "procurement has two agencies buying one system together under a single contract. Shared operations "
                 "put the crews of several agencies in one control room for a whole mission.")


@pytest.mark.parametrize(("lead", "passage", "items"), [
    ("The charter sorts its aims under four headings:", COUNTED_SEMICOLONS,
     ["Earth: climate records from orbit, disaster warning and crop monitoring", "navigation for shipping and aviation",
      "secure communications for remote regions", "skills and training for young engineers"]),
    # no count: three items between semicolons at least
    ("The forum asked for action in these areas:", "The forum asked for action in these areas:\nopen data for "
     "researchers; a common docking standard;\nand a shared catalogue of lunar hazards.",
     ["open data for researchers", "a common docking standard", "a shared catalogue of lunar hazards"]),
    ("The panel set out three ways of sharing the work, from the loosest to the closest:", COUNTED_PROSE,
     ["Barter lets each agency trade a service for another without any money changing hands between them",
      "Joint procurement has two agencies buying one system together under a single contract",
      "Shared operations put the crews of several agencies in one control room for a whole mission"]),
    # negatives: the lead counts otherwise than the semicolons part
    ("The charter sorts its aims under five headings:", COUNTED_SEMICOLONS.replace("four", "five"), []),
    # ... counts more sentences than follow
    ("The panel set out four ways of sharing the work, from the loosest to the closest:",
     COUNTED_PROSE.replace("three", "four"), []),
    # ... is followed by sentences pointing back, no items of their own
    ("The board weighed two options for the relay:", "The board weighed two options for the relay:\nA single "
     "orbiter would cover the far side for about twelve hours a day. It would cost less than a pair of smaller "
     "craft in a frozen orbit.", []),
    # ... counts nothing, prose after it
    ("The report concludes:", "The report concludes:\nThe agencies should keep meeting twice a year. They should "
     "also share their plans for the lunar surface in good time before each plenary.", []),
    # ... counts nothing, one semicolon parting two clauses
    ("The chair noted:", "The chair noted:\nthe budget is tight; the schedule holds.", []),
])
def test_the_list_a_lead_opens_in_the_paragraph_after_it(lead, passage, items):
    assert items_after(lead, passage) == items


@pytest.mark.parametrize(("text", "unit"), [
    ("The call welcomes papers on these subjects:\nPower storage through the lunar night\nOxygen from regolith "
     "pilot plants\nRadiation shielding and crew medical autonomy for long missions Rover navigation in "
     "permanently shadowed craters\nPublic engagement",
     "The call welcomes papers on these subjects: Power storage through the lunar night; Oxygen from regolith pilot "
     "plants; Radiation shielding and crew medical autonomy for long missions; Rover navigation in permanently "
     "shadowed craters; Public engagement"),
])
def test_two_items_on_one_line_are_two_items(text, unit):
    assert unit in split_sentences(text)


@pytest.mark.parametrize(("text", "lead", "after"), [
    # a long line with no capital inside: a table's cell, no two items
    ("Two trials run this year:\nTrial What it should show\nDust seals\nSeals that keep dust out of airlocks, and "
     "tests of them in vacuum chambers\nRelay\nLinks to the far side", "Two trials run this year:", "Relay"),
    # a capital after "the": one item going on
    ("The call welcomes papers on these subjects:\nPower storage\nThe long-term storage of samples returned from the "
     "Moon by crews of several agencies\nRover navigation", "The call welcomes papers on these subjects:",
     "Rover navigation"),
    # a line ending a sentence: prose after the list
    ("The call welcomes papers on these subjects:\nPower storage\nOxygen plants\nAll papers are reviewed by two "
     "members of the Programme Committee before the deadline.", "The call welcomes papers on these subjects:",
     "reviewed"),
])
def test_a_long_line_that_is_no_two_items_ends_the_list(text, lead, after):
    assert not any(u.startswith(lead) and after in u for u in split_sentences(text))


@pytest.mark.parametrize(("sentence", "own", "years"), [
    ("The forum recommended that: agencies share test data; a second forum be held in 2031; the report go to the "
     "managers.", {"2030"}, {"2030", "2031"}),
    # the lead's own year dates it, not its document's
    ("The 2028 forum recommended that: agencies share data; a second forum be held in 2031; reports be public.",
     {"2030"}, {"2028", "2031"}),
    # the list of a document of no year told: of none
    ("The forum recommended that: agencies share data; a second forum be held in 2031; reports be public.",
     set(), set()),
    # no list: the sentence's years, or failing them its document's
    ("A second forum will be held in 2031.", {"2030"}, {"2031"}),
    ("A second forum will be held in Oslo.", {"2030"}, {"2030"}),
])
def test_a_list_is_of_its_leads_year(sentence, own, years):
    assert told_years(sentence, own) == years


@pytest.mark.parametrize(("sentence", "planned"), [
    ("Landing heavy cargo is the largest gap; no agency has a funded plan to close it.", False),
    ("Landing heavy cargo is the largest gap; the agencies intend to close it by 2035.", False),
    # negatives: the plan is the first clause's
    ("The agencies plan to close the gap by 2035; the work is funded.", True),
    ("The next forum will be held in Oslo.", True),
])
def test_a_plan_told_after_a_semicolon_leaves_a_fact(sentence, planned):
    assert sentences._planned(sentence) is planned


DOCUMENTS = {
    "cargo-forum-2030.md": """# Forum on Surface Cargo Logistics

*Report of the ISECG forum on surface cargo logistics · Nairobi, 4–5 June 2030 · issued 30 June 2030*

## Background

The Technology Working Group convened the forum to compare how agencies plan to move cargo on the lunar surface.

## Findings

Delegates heard eleven presentations over two days.
Landing payloads of fifteen tonnes or more is the largest technology gap; no agency has a funded plan to close it.
Autonomous unloading is mature enough for a first demonstration.

## Recommendations

The forum recommended that:

1. agencies publish the interface of their cargo pallets;
2. the Secretariat keep a register of unloading trials;
3. a second forum on cargo return be held in 2031, with KARI offering to host it.

The recommendations were sent to the heads of agency for endorsement.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("findings27"))


@pytest.mark.parametrize(("question", "answers"), [
    ("What did the 2030 cargo logistics forum recommend?",
     ["agencies publish the interface of their cargo pallets", "a second forum on cargo return be held in 2031"]),
    ("What did the cargo forum delegates see as the largest technology gap?",
     ["landing payloads of fifteen tonnes or more"]),
])
def test_what_a_gathering_found_is_answered(answerer, question, answers):
    said = words_of(answerer.answer(question)["answer"] or "")
    assert all(words_of(a) in said for a in answers), said


@pytest.mark.parametrize("question", [
    "What did the 2030 cargo logistics forum decide about the launch of the first lunar cargo lander?",
    "How much did the cargo pallets weigh?",
])
def test_what_the_forum_does_not_say_is_not_found(answerer, question):
    assert answerer.answer(question)["answer"] is None
