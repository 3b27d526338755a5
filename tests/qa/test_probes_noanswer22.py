"""No-answer probes of round 22, in other wording than the development sets: an answer answers what was asked.
What the question's verb takes must be what the sentence names ("the closing address", not the workshop it was
given at; "cryogenic storage technology", not the plan that lists technologies); the rows of a table are the things
a "which N" question asks for only when the table is one of N; joining is not applying to join; and a holder of the
chair at a year asked must be stated then, or known to have taken the chair before it and passed it on after it.
The base answered each negative below with the workshop's host, the plan's chair, the network's row, the joining
date and the holder last stated a year before."""

from __future__ import annotations

import pytest

from isecg_kg.qa.sentences import taken, tells_taken

from .fixtures import answerer_over, short_said

DOCUMENTS = {
    "isecg-resources-workshop-2043.md": """# Report of the ISECG workshop on lunar resources

*International Space Exploration Coordination Group · published 30 June 2043*

## The workshop

The workshop on lunar resources was held in Toulouse on 4–6 May 2043, hosted by the Centre National d'Études
Spatiales (CNES). Ninety experts from twelve agencies took part.

The opening lecture was delivered by Dr Ines Moreau of the European Space Agency (ESA).
""",
    "isecg-technology-plan-2044.md": """# ISECG Technology Plan 2044

*International Space Exploration Coordination Group · published 12 March 2044*

## About this plan

This plan was compiled during 2044 by the Technology Working Group, which is chaired by the Korea Aerospace Research
Institute (KARI).

## Surface systems

Work on regolith excavation technology is led by the Japan Aerospace Exploration Agency (JAXA).
""",
    "isecg-science-priorities-2046.md": """# ISECG Science Priorities 2046

*International Space Exploration Coordination Group · published 2 April 2046*

## Science priorities

Q1 Seismic network on the lunar far side — Lead agency: CNES; Partner agencies: NASA, JAXA
Q2 Prospecting of polar ice — Lead agency: NASA; Partner agencies: ESA
""",
    "isecg-news-2045.md": """# ISECG welcomes a new member

*International Space Exploration Coordination Group · published 12 September 2045*

The Philippine Space Agency (PhilSA) joined ISECG on 9 September 2045, at the autumn plenary in Manila.
""",
    "isecg-yearbook-2048.md": """# ISECG Yearbook 2048

*International Space Exploration Coordination Group · published 20 December 2048*

## The chair

The Swiss Space Office (SSO) chaired ISECG in 2041. In 2044 the chair was held by the Norwegian Space Agency (NOSA).
On 1 March 2046 the Mexican Space Agency (AEM) took over the chair of ISECG from NOSA. On 10 May 2048 the Brazilian
Space Agency (AEB) took over the chair of ISECG from AEM.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("noanswer22"))


@pytest.mark.slow
@pytest.mark.parametrize("text, short", [
    ("Who delivered the opening lecture at the 2043 Toulouse workshop?", "esa|moreau"),
    ("Who leads regolith excavation technology in the 2044 plan?", "jaxa"),
    ("When did the Philippine Space Agency join ISECG?", "9 september 2045"),
    ("Which agency chaired ISECG in 2041?", "sso"),
    ("Which agency chaired ISECG in 2047?", "aem"),  # took the chair in 2046, passed it on in 2048
])
def test_what_is_told_is_answered(answerer, text, short):
    said = short_said(answerer.answer(text))
    assert any(s in said for s in short.split("|")), said


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Who delivered the closing address at the 2043 Toulouse workshop?",  # CNES hosted the workshop
    "Who leads cryogenic storage technology in the 2044 plan?",  # KARI chairs the group writing the plan
    "Which drilling sites were selected for the seismic network led by CNES?",  # the network's row names no site
    "On what date did the Philippine Space Agency file its request to join ISECG?",  # 9 September: it joined
    "Which agency chaired ISECG in 2042?",  # SSO is stated for 2041, NOSA for 2044
])
def test_no_answer_for_what_is_not_told(answerer, text):
    assert answerer.answer(text)["answer"] is None


@pytest.mark.parametrize("question, words", [
    ("Who gave the keynote speech at the Oslo forum?", ["keynot", "speech"]),
    ("Which agency provides the pressurised rover in the 2030 scenario?", ["rover"]),  # a participle describes it
    ("Which agency hosted the 2019 plenary in Tokyo?", ["meeting"]),  # a gathering of any kind
    ("When did KARI hand its seat over to KASA?", ["seat"]),
    ("Which agency chaired ISECG in 2018?", []),  # a name: the checks of names see to it
    ("Which agency held the chair immediately before CSA?", ["chair"]),
    ("Which agency held the ISECG chair immediately before CSA?", []),  # a name tells it
    ("Which company builds the Canadarm3 arm for the Gateway?", []),
    ("Which agencies reported work on dust mitigation?", []),  # a field of work: tells_topic
    ("Which landing sites were chosen?", []),  # no doer asked
])
def test_taken(question, words):
    assert taken(question) == words


@pytest.mark.parametrize("question, text, told", [
    ("Who gave the keynote speech at the Oslo forum?", "The forum was opened by NASA, which hosted it.", False),
    ("Who gave the keynote speech at the Oslo forum?", "The keynote was given by Dr Lund of ESA.", True),
    ("Which agency hosted the 2019 plenary in Tokyo?", "JAXA hosted the meeting in Tokyo.", True),
    ("Which agency leads dust sealing technology?", "The Technology Working Group is chaired by NASA.", False),
    # the head, as a common word: "the work" the sentence points back to
    ("Which agencies followed the lunar architecture work as observers?", "ISRO follows the work as an observer.", True),
    ("Which agency leads dust sealing technology?", "NASA will restate the technology areas.", False),  # areas
])
def test_tells_taken(question, text, told):
    assert tells_taken(question, text) is told
