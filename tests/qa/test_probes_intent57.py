"""Stop 57 probes of a question asking what a body offered or agreed to do ("Which agency offered to lead the
far-side priority?"): a sentence saying the deed ("Lead agency: CNES", "KARI will host the 2031 meeting") states the
relation asked, as one saying the offer does (qa/sentences.stated). Negatives: a preposition's object after the verb
("agreed to the plan", "contributed to the report") adds nothing; a sentence saying neither states nothing. Written in
other words than any set's; development set aj's question only showed the form. And a "which city" question is not
answered by a country (development set aa's "In which city was ... released?" was answered "Italy")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from isecg_kg.qa.sentences import answers_where, stated, states


@pytest.mark.parametrize(("question", "sentence", "says"), [
    ("Which agency offered to lead the lunar seismometry priority?",
     "S4 Lunar seismometry network — Lead agency: ASI; Contributing agencies: DLR, KARI", True),
    ("Which agency agreed to host the 2031 plenary?", "The 2031 plenary will be hosted by KARI in Daejeon.", True),
    ("Which agency volunteered to coordinate the dust experiments?",
     "CSA coordinates the dust experiments for the group.", True),
    ("Which agency offered to lead the lunar seismometry priority?",
     "ASI has offered to take charge of the network.", True),
    # negatives
    ("Which agency agreed to the plan?", "The plan was discussed in Rome.", False),
    ("Which agencies contributed to the report?", "The report was hosted on the website.", False),
    ("Which agency offered to lead the lunar seismometry priority?",
     "S4 Lunar seismometry network — Contributing agencies: DLR, KARI", False),
])
def test_what_the_body_offered_to_do_is_the_relation_asked(question, sentence, says):
    assert states(sentence, stated(question)) is says


@pytest.mark.parametrize(("question", "kind", "answers"), [
    ("In which city was the third edition released?", "Country", False),
    ("In which city was the third edition released?", "Place", True),
    ("In which country was the third edition released?", "Country", True),
])
def test_a_country_answers_no_city_question(question, kind, answers):
    """A country names no city ("ASI (Italy)" does not say where in Italy): qa/sentences.answers_where."""
    assert answers_where(question, SimpleNamespace(category="place", type=kind)) is answers
