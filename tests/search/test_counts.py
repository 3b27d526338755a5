"""What a "how many" query counts, and which passages state a number of it (on invented sentences)."""

import pytest

from isecg_kg.search.counts import counted, states_count


@pytest.mark.parametrize("query, noun", [
    ("How many space agencies contributed to the plan?", "agenc"),  # the plural, not its modifier
    ("How many more countries attended the spring meeting than the autumn one?", "countri"),
    ("how many new members did the council gain?", "member"),
    ("Apart from the chair, how many bodies signed it?", "bodi"),
    ("How many people work there?", "peopl"),  # no plural in -s: the first content word
    ("What did the plan propose?", None),
    ("How many?", None),
])
def test_the_counted_noun(query, noun):
    assert counted(query) == noun


@pytest.mark.parametrize("text, noun, states", [
    ("It took a year of work by 12 space agencies.", "agenc", True),
    ("Seven new members joined.", "member", True),  # a word, an adjective between
    ("Over 1,200 engineers took part.", "engin", True),
    ("In 2019 agencies met twice.", "agenc", False),  # a year is not a count
    ("The paper IAC-10.A3 by the German Space Agency.", "agenc", False),  # a number, but two words off
    ("Agencies agreed on 3 goals.", "agenc", False),  # a number of something else
])
def test_a_passage_stating_a_count(text, noun, states):
    assert states_count(text, noun) is states


def test_a_count_of_the_asked_noun_is_boosted(engine):
    results = engine.search("How many agencies are members?", k=10)["results"]
    stating = [r for r in results if states_count(r.text, "agenc")]
    assert stating and all(r.scores.count > 0 for r in stating)
    assert all(r.scores.count == 0 for r in results if r not in stating)
    assert all(r.scores.count == 0 for r in engine.search("Which agencies are members?", k=10)["results"])
