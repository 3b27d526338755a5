"""No-answer probes of round 13, in other wording than the development sets: an answer binds every constraint of the
question in its evidence. A second sentence opening on something new does not tell of the first's gathering or
subject; a count that is a total does not count one agency's delegates; a document's year is no date of an event;
the turn after a holder's earlier term does not follow a later one."""

from __future__ import annotations

import pytest

from isecg_kg.qa import sentences
from isecg_kg.qa.dated import _holds_at

from .fixtures import answerer_over

BULLETIN = """# Lunar Coalition bulletin 2031

## Meetings

The coalition's spring plenary was held in Lisbon on 12 May 2031, hosted by the European Space Agency. A preceding
workshop on surface power was hosted by CNES in Toulouse on 3–4 February 2031 with 45 participants.

The council met in Nairobi on 9 June 2031 to review the lunar gateway schedule. Another meeting, in Accra on 2 March
2031, drew 27 delegates.

The autumn session convened in Oslo. In total 40 delegates attended the Oslo session on 14 October 2031. Six delegates
from the National Aeronautics and Space Administration (NASA) attended the Oslo session.

## Scenario

Phase A introduces a relay satellite at the Moon: it is provided by the Japan Aerospace Exploration Agency (JAXA) with
Japanese industry. Phase B sees a robotic sample return from the lunar far side and a crewed landing.

## Missions

The Boreas lander was launched on 5 August 2029 from French Guiana. The Lunar Coalition 2031 digest reports that the
Indian Space Research Organisation (ISRO) is building the Aurora orbiter.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over({"lunar-coalition-bulletin-2031.md": BULLETIN}, tmp_path_factory.mktemp("abstain13"))


@pytest.mark.slow
@pytest.mark.parametrize("text, short", [
    ("How many participants attended the Toulouse workshop on surface power?", "45"),
    ("How many delegates from NASA attended the Oslo session?", "6"),
    ("Which agency provides the relay satellite?", "JAXA"),
    ("When was the Boreas lander launched?", "2029"),
])
def test_what_is_told_is_answered(answerer, text, short):
    assert short in (answerer.answer(text)["short_answer"] or "")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "How many participants attended the May 2031 spring plenary in Lisbon?",  # 45 are of the Toulouse workshop
    "How many delegates attended the council meeting in Nairobi in June 2031?",  # 27 are of the Accra meeting
    "How many delegates did JAXA send to the Oslo session?",  # 40 is the total, 6 are NASA's
    "Which agency leads a far-side sample return in the scenario?",  # JAXA provides the relay of phase A
    "On what date was the Aurora orbiter launched?",  # 2031 is the digest's year
])
def test_no_answer_for_a_constraint_not_bound(answerer, text):
    assert answerer.answer(text)["answer"] is None


@pytest.mark.parametrize("first, second, continues", [
    ("The plenary met in Oslo.", "It drew 40 delegates.", True),
    ("The council met in Oslo on 3 May.", "The council agreed a new charter.", True),
    ("The plenary met in Oslo.", "Delegates of these agencies spoke.", True),
    ("The plenary met in Oslo.", "An earlier workshop in Bergen drew 30 people.", False),
    ("Phase A sets up a relay.", "Phase B adds a sample return.", False),
    ("The council approved two contributions:", "ESA will provide a habitat and a module.", True),
    # an entry's title opening the first: the entry's sentences are of what it names
    ("Aurora II. The orbiter reached lunar orbit on 3 May 2031.", "Ground stations in Chile track the lander.", True),
    ("Surface Power Review. Two agencies presented designs in 2031.", "NASA showed a fission unit.", True),
    ("Dr. Ito opened the plenary in Oslo.", "An earlier workshop in Bergen drew 30 people.", False),  # no title
])
def test_a_second_sentence_continues_the_first(first, second, continues):
    assert sentences._continues(first, second) is continues


@pytest.mark.parametrize("sentence, dated", [
    ("KARI is building the orbiter · GER 2018 digest · www.example.org", False),
    ("The orbiter was described in the 2013 roadmap.", False),
    ("The orbiter was launched in August 2022.", True),
    ("The 2018 roadmap says the orbiter was launched in 2016.", True),
])
def test_a_documents_year_is_no_date(sentence, dated):
    assert sentences.has_type("date", sentence, set()) is dated


@pytest.mark.parametrize("term, when, holds", [
    ({"from": "2015-04-22", "to": "2015-04-22"}, "2020", False),  # stated in 2015 only: not its 2020 term
    ({"from": "2019-01-01", "to": "2019-06", "end": "2020-03-31"}, "2020", True),
    ({"from": "2009-01-01", "to": "2014-09-30", "end": "2014-09-30"}, "2016", False),  # ended before
    ({"from": "2019", "to": "2019"}, "2020", True),
])
def test_a_holders_term_at_a_date(term, when, holds):
    assert _holds_at(term, when) is holds
