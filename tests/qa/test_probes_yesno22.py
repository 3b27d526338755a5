"""Probes (round 22) for a yes/no question dated by a year ("Could a private firm join the group in 2030?"): the year
is the time asked of, not a word its answering sentence must say; the subject and the last other word still are
(sentences.stated).  Other wording than the evaluation sets."""

import pytest

from isecg_kg.qa.sentences import stated, states


@pytest.mark.parametrize(("question", "sentence", "says"), [
    ("Could a private firm become a member of the forum in 2030?",
     "Firms, foundations and private persons cannot become members of the forum.", True),
    ("Was a research institute able to join the partnership as a member in 2027?",
     "No research institute may join the partnership as a member.", True),
    # negatives: the subject or the last word not said
    ("Could a private firm become a member of the forum in 2030?", "In 2030 the forum welcomed two agencies.", False),
    ("Was a research institute able to join the partnership as a member in 2027?",
     "The research institute hosted the 2027 partnership workshop.", False),
])
def test_a_year_is_no_word_a_yes_no_answer_must_say(question, sentence, says):
    assert states(sentence, stated(question)) is says
