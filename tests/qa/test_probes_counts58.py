"""Stop 58 probes of a count's sentence: a note's number opening a sentence of prose ("The group met online all
year. 2 Sessions were split into two blocks.", a footnote mark set as a plain figure) counts nothing, while one before
a title-cased noun ("27 Member Agencies") still counts, and a count's noun is in its own sentence ("... with 31
members. 2 Sessions were split" counts no sessions) (qa/sentences.count_in, OPENING_MARK); a year the sentence compares
its own time with ("held 52 workshops, against nine in 2030") does not date it (qa/sentences.told_years,
COMPARED_YEAR). Negatives: a count opening a sentence before a lower-case noun ("12 agencies took part"), a year of the
sentence's own. Written in other words and numbers than any set's; development set ag's question only showed the
forms."""

from __future__ import annotations

import pytest

from isecg_kg.qa.sentences import count_in, told_years


@pytest.mark.parametrize(("sentence", "nouns", "count"), [
    ("The group met online all year. 2 Sessions were split into two blocks.", {"session"}, None),
    ("The group ended 2031 with 31 members. 2 Sessions were split into two blocks.", {"session"}, None),
    ("3 Workshops were held online.", {"workshop"}, None),
    ("27 Member Workshops", {"workshop"}, "27"),
    ("12 workshops took place in 2031.", {"workshop"}, "12"),
    ("In all, 52 workshops were held.", {"workshop"}, "52"),
])
def test_a_number_opening_a_sentence_before_a_capital_counts_nothing(sentence, nouns, count):
    assert count_in(sentence, nouns) == count


@pytest.mark.parametrize(("sentence", "years"), [
    ("The group held 52 workshops over the year, against nine in 2030.", {"2032"}),
    ("Attendance rose to 80, up from 45 in 2029.", {"2032"}),
    ("More agencies took part than in 2030.", {"2032"}),
    ("The group held 52 workshops in 2031, against nine in 2030.", {"2031"}),
    ("The group held 52 workshops in 2031.", {"2031"}),
])
def test_a_year_compared_with_dates_nothing(sentence, years):
    assert told_years(sentence, {"2032"}) == years
