"""Which sentence of the top passages answers, and what short answer is cut from it: probes on a small corpus of
invented documents (an annual report page, a roadmap digest, meeting minutes, a newsletter) whose distractor
sentences share the question's words but answer something else — another year, another body, another meeting, a
plan instead of a fact.  The sentence chosen must hold the kind of value asked (a date for "when", a place for
"where", a body or a person for "who", a number for "how many", several items for a list); a sentence naming the
question's distinctive terms beats one naming only its common words; a list question gets the whole list."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, says_one_of, short_said


pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-annual-report-2021.md": """# ISECG Annual Report 2021

*International Space Exploration Coordination Group · published April 2022*

## Chair and secretariat

In 2021 the Canadian Space Agency (CSA) chaired ISECG. From 2022 the chair passes to the Italian Space Agency
(ASI). The ISECG Secretariat is hosted by the European Space Agency (ESA) at ESTEC in Noordwijk.

## Working groups

The Technology Working Group met in Montreal on 5–7 October 2021. It plans to meet in Lisbon in 2022.
Nineteen experts from nine agencies attended the Montreal meeting of the Technology Working Group.
The Science Working Group was led in 2021 by the German Aerospace Center (DLR).

## Publications

During 2021 ISECG published three documents: the Lunar Surface Scenario Update; the Benefits of Sample Return Note;
and the Technology Gap Assessment.
Twelve agencies contributed to the Technology Gap Assessment, which lists 48 technology gaps.
The Benefits of Sample Return Note was released on 12 July 2021.
""",
    "ger-supplement-2022-digest.md": """# Global Exploration Roadmap Supplement 2022: digest

*ISECG · October 2022*

The 2018 edition of the Global Exploration Roadmap named the Moon and Mars as its two destinations.
The 2022 supplement identifies four priority destinations: the lunar surface; lunar orbit; Mars orbit; and the
surface of Mars.
The supplement was released on 20 October 2022 at the International Astronautical Congress in Paris.
A full update of the roadmap is expected in 2024 and will be presented in Milan.
The supplement was prepared by the Exploration Roadmap Working Group, which is co-chaired by NASA and JAXA.
Fourteen agencies endorsed the supplement.
""",
    "isecg-minutes-25th-meeting-2023.md": """# Minutes of the 25th ISECG meeting

Date: 14 March 2023

Venue: Tokyo, Japan

The meeting was chaired by Dr Akiko Sato, Director of International Relations at JAXA.
Eighteen delegates from eleven agencies took part.
The 24th meeting, held in Berlin on 3 October 2022, was chaired by Dr Hans Keller of DLR.

Decisions taken at the meeting:
- approve the terms of reference of the Benefits Tiger Team
- admit the Polish Space Agency as a member
- publish the Lunar Surface Scenario Update in June 2023

The next meeting will be held in Ottawa in September 2023.
""",
    "isecg-newsletter-2020-issue-3.md": """# ISECG Newsletter, issue 3, 2020

*December 2020*

The Korea Aerospace Research Institute (KARI) hosted the ISECG workshop on lunar resources in Daejeon on
2 December 2020. Sixty-two participants attended the workshop.
A second workshop on lunar resources is planned for 2021 in Luxembourg.
The Mars Sample Return campaign is led by NASA and ESA.
The newsletter is edited by Maria Lopez, Communications Officer of the ISECG Secretariat.
""",
    "isecg-technology-gap-assessment-2019.md": """# Technology Gap Assessment 2019

*ISECG Technology Working Group · November 2019*

The assessment was led by the Canadian Space Agency (CSA) and the Italian Space Agency (ASI).

Participating agencies:
- CNES
- DLR
- ESA
- NASA

The assessment groups the gaps into five areas. The previous assessment, in 2016, was led by NASA.
The assessment was presented to the ISECG senior managers at their Bremen meeting on 1 October 2019.
A follow-up assessment will be presented in Houston in 2021.
""",
    "isecg-workshops-2018-summary.md": """# Summary of ISECG workshops, 2018

Workshop Host Place Date Participants
Lunar science ESA Noordwijk 12 March 2018 85
Mars analogues CNES Toulouse 4 June 2018 40
Space resources LSA Luxembourg 20 November 2018 120

In 2019 a workshop on lunar science is planned in Tokyo.
The workshop on Mars analogues recommended three field sites: Rio Tinto, Devon Island and the Atacama Desert.
""",
}

# (question, short answer the answer must hold; "A|B": either)
PROBES = [
    # when: the date of the event or document asked, not of another
    ("When did the Technology Working Group meet in Montreal?", "5–7 October 2021"),
    ("When was the Benefits of Sample Return Note released?", "12 July 2021"),
    ("When was the Global Exploration Roadmap Supplement 2022 released?", "20 October 2022"),
    ("When was the 25th ISECG meeting held?", "14 March 2023"),
    ("When did KARI host the workshop on lunar resources?", "2 December 2020"),
    ("When is a full update of the roadmap expected?", "2024"),
    # where: the place of the event asked
    ("Where did the Technology Working Group meet in October 2021?", "Montreal|Montréal"),
    ("Where was the 25th ISECG meeting held?", "Tokyo"),
    ("Where was the 2022 supplement released?", "Paris"),
    ("Where will the next ISECG meeting be held?", "Ottawa"),
    ("Where is the ISECG Secretariat hosted?", "Noordwijk"),
    # who: the body or person of the fact asked
    ("Which agency chaired ISECG in 2021?", "CSA"),
    ("Who chaired the 25th ISECG meeting?", "Akiko Sato"),
    ("Which agency led the Science Working Group in 2021?", "DLR"),
    ("Which agency hosted the workshop on lunar resources?", "KARI"),
    ("Which agency hosts the ISECG Secretariat?", "ESA"),
    ("Who prepared the Global Exploration Roadmap Supplement 2022?", "Exploration Roadmap Working Group|ERWG"),
    # how many: the count of what is asked, of the event asked
    ("How many delegates took part in the 25th ISECG meeting?", "18"),
    ("How many agencies took part in the 25th ISECG meeting?", "11"),
    ("How many experts attended the Montreal meeting of the Technology Working Group?", "19"),
    ("How many agencies contributed to the Technology Gap Assessment?", "12"),
    ("How many technology gaps does the Technology Gap Assessment list?", "48"),
    ("How many participants attended the workshop on lunar resources?", "62"),
    ("How many agencies endorsed the 2022 supplement?", "14"),
    ("How many priority destinations does the 2022 supplement identify?", "4"),
    # lists: the whole list of the sentence or of the list under it
    ("Which priority destinations does the 2022 supplement identify?", "lunar orbit"),
    ("What decisions were taken at the 25th ISECG meeting?", "Polish Space Agency"),
    # a list under a caption, a pair of bodies, another year's fact
    ("Which agencies participated in the Technology Gap Assessment 2019?", "DLR"),
    ("Which agencies led the Technology Gap Assessment 2019?", "ASI"),
    ("Who led the 2016 technology gap assessment?", "NASA"),
    ("How many areas does the Technology Gap Assessment 2019 group the gaps into?", "5"),
    ("Where was the Technology Gap Assessment 2019 presented to the senior managers?", "Bremen"),
    ("When was the Technology Gap Assessment 2019 presented to the ISECG senior managers?", "1 October 2019"),
]

# What the graph routes: an event linked to another meeting is left for the graph's own helpers (shown here so that a
# fix there is seen); the documents of a year are answered since stop 19's merge.
_ELSEWHERE = pytest.mark.xfail(reason="graph routes: event linking (not the passages' choice)", strict=True)
GRAPH_ROUTED = [
    pytest.param("When was the 24th ISECG meeting held?", "3 October 2022", marks=_ELSEWHERE),
    pytest.param("Where was the 24th ISECG meeting held?", "Berlin", marks=_ELSEWHERE),
    pytest.param("Where was the workshop on lunar resources held in 2020?", "Daejeon", marks=_ELSEWHERE),
    pytest.param("Who chaired the 24th ISECG meeting?", "Hans Keller", marks=_ELSEWHERE),
    ("How many documents did ISECG publish during 2021?", "3"),
    ("Which documents did ISECG publish in 2021?", "Technology Gap Assessment"),
]

# Negative probes: a distractor shares the question's words but answers something else (another meeting of the
# series, a plan instead of what happened, another year); the short answer must not be cut from it.
NEGATIVE = [
    ("Where was the 23rd ISECG meeting held?", ("Berlin", "Tokyo", "Ottawa")),
    ("When was the 23rd ISECG meeting held?", ("3 October 2022", "14 March 2023", "September 2023")),
    ("Where was the second workshop on lunar resources held?", ("Luxembourg",)),
    ("When was the Lisbon meeting of the Technology Working Group held?", ("2022",)),
    ("Where was the full update of the roadmap presented?", ("Milan",)),
    ("When was the Global Exploration Roadmap Supplement 2022 released?", ("2018",)),
    ("Who chaired the 25th ISECG meeting?", ("DLR", "Hans Keller", "CSA")),
    ("Where was the 2022 supplement released?", ("Moon", "Mars")),
    ("Where was the Technology Gap Assessment 2019 presented to the senior managers?", ("Houston",)),
    ("Which agencies led the Technology Gap Assessment 2019?", ("NASA",)),
    ("Where was the 2018 workshop on lunar science held?", ("Tokyo",)),  # planned for 2019
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("passage-probes"))


@pytest.mark.parametrize("question, short", PROBES)
def test_the_sentence_and_short_answer_chosen(answerer, question, short):
    response = answerer.answer(question)
    said = short_said(response)
    assert says_one_of(said, short), (response["shape"], response["answer"])


@pytest.mark.parametrize("question, wrong", NEGATIVE)
def test_a_distractor_does_not_answer(answerer, question, wrong):
    said = short_said(answerer.answer(question))
    assert not any(w.lower() in said for w in wrong), said


@pytest.mark.parametrize("question, short", GRAPH_ROUTED)
def test_graph_routed(answerer, question, short):
    said = short_said(answerer.answer(question))
    assert says_one_of(said, short)
