"""Questions asking for a list, answered with the whole list: probes on a small corpus of invented documents of
several years and types (annual reports, technology assessments as tables in the layouts pypdf gives them, meeting
summaries with field lines, a study with a bulleted list under its heading, a newsletter whose bullets ran into one
line, minutes that count what they then tell one sentence each).  Each has distractor lists: another year's joiners,
another technology's agencies, another meeting's observers.  The answer must hold every item of the list asked and
nothing of the distractor list."""

from __future__ import annotations

import re

import pytest

from .fixtures import answerer_over


pytestmark = pytest.mark.slow

DOCUMENTS = {
    "ger-2018-third-edition.md": """# The Global Exploration Roadmap, third edition

*ISECG · January 2018*

## Mission scenario

The mission scenario proceeds through four destinations in turn. It begins in low-Earth orbit, moves out to the
lunar vicinity, then to the lunar surface, and finally reaches Mars.

## Contributors

The roadmap was prepared by fourteen agencies: ASI, CNES, CSA, CSIRO, DLR, ESA, ISRO, JAXA, KARI, NASA, SSAU,
Roscosmos, UAESA and UKSA.

## The 2013 edition

The second edition of 2013 considered three destinations: an asteroid, the Moon and Mars.
""",
    "ger-supplement-2020.md": """# Global Exploration Roadmap Supplement 2020

*ISECG · August 2020*

## Lunar exploration phases

The supplement sets out lunar exploration in three phases:
1. Early robotic missions
2. Initial human return to the surface
3. Sustained lunar presence

## Contributors

Agencies contributing to the supplement: CSA; ESA; JAXA; NASA; KARI; UKSA.
""",
    "isecg-annual-report-2017.md": """# ISECG Annual Report 2017

*International Space Exploration Coordination Group · published March 2018*

## Membership

During 2017 the Group welcomed two new members. The Korea Aerospace Research Institute (KARI) joined in May 2017
and the State Space Agency of Ukraine (SSAU) followed in November 2017.

## Meetings

The ISECG plenary met in Adelaide on 25 September 2017. The Mexican Space Agency (AEM) and the Portuguese Space
Agency attended the Adelaide plenary as observers.

## Technology Working Group

Technology activities reported by the agencies in 2017:

Technology area Agencies reporting work
Dust mitigation NASA, JAXA, CNES
Cryogenic fluid management NASA, ESA, DLR
Autonomous precision landing JAXA, CNES, ISRO
""",
    "isecg-annual-report-2019.md": """# ISECG Annual Report 2019

*International Space Exploration Coordination Group · published April 2020*

## Membership

The membership of ISECG grew markedly in 2019. In February the Italian Space Agency rejoined the Group's
activities after a pause. New members admitted during the year:

- Polish Space Agency (POLSA), March 2019
- Swiss Space Office (SSO), July 2019
- Romanian Space Agency (ROSA), October 2019

## Meetings

The ISECG plenary met in Washington on 21 October 2019. Observers at the Washington plenary were the Israel Space
Agency and the Mohammed Bin Rashid Space Centre (MBRSC).

## Exploration Roadmap Working Group

The Exploration Roadmap Working Group is co-chaired by the Canadian Space Agency (CSA) and the German Aerospace
Center (DLR). In 2019 it prepared the lunar surface exploration scenario.
""",
    "isecg-annual-report-2021.md": """# ISECG Annual Report 2021

*International Space Exploration Coordination Group · published May 2022*

## Membership

Member agencies by year of joining

Year Agencies joining
2018 ASA, LSA
2019 POLSA, SSO, ROSA
2020 NOSA, VNSC, AEB, GISTDA
2021 ISA, NZSA, NSSA

## Science Working Group

Science Working Group co-chairs: Helena Vasquez-Moreau (ESA) and Marcus Oyelaran (NASA).

## Gateway

The Gateway grows with the Power and Propulsion Element and HALO from NASA, the I-Hab module built by ESA with
JAXA contributions, and the ESPRIT module from ESA.
""",
    "isecg-meeting-summary-2021.md": """# Summary of the ISECG meeting, 2021

Date: 3 March 2021
Venue: virtual

Observers at the March 2021 meeting were the Turkish Space Agency (TUA) and the Philippine Space Agency (PhilSA).
""",
    "isecg-meeting-summary-2022.md": """# Summary of the ISECG meeting, Paris, 2022

Date: 16 September 2022
Venue: Paris, France
Host: CNES
Observers: UAESA, ISA

## Decisions

The participants agreed on the following actions: 1. Update the lunar scenario 2. Prepare a Mars sample return paper 3. Hold a workshop on dust in 2023
""",
    "isecg-minutes-2020-09-09.md": """# Minutes of the ISECG meeting of 9 September 2020

Date: 9 September 2020
Venue: virtual

## Agency round table

Three Mars missions were launched in July 2020 and were reported at the meeting. The Emirates Mars Mission (Hope)
was launched from Tanegashima on 19 July 2020. China launched Tianwen-1 on 23 July 2020. NASA launched Mars 2020
with the Perseverance rover on 30 July 2020.

The ExoMars 2022 mission of ESA and Roscosmos was reported as postponed.
""",
    "isecg-newsletter-2020-issue-2.md": """# ISECG Newsletter, issue 2, 2020

*October 2020*

## New members

The Group welcomed the following new members in 2020: • Norwegian Space Agency (NOSA) • Vietnam National Space Center (VNSC) • Brazilian Space Agency (AEB)

## Workshop

Participating agencies at the lunar resources workshop included KARI, CSA and JAXA. Observers from industry also
attended.
""",
    "isecg-technology-gap-assessment-2019.md": """# Critical Technology Needs 2019

*ISECG Technology Working Group · May 2019*

## Active work

Agencies with active work, by technology:

Technology        Agencies
Radiation protection   NASA ESA
Cryogenic fluid management   NASA JAXA CNES
Surface mobility   CSA, NASA, DLR
""",
    "isecg-technology-gap-assessment-2021.md": """# Critical Technology Needs and Gaps Assessment 2021

*ISECG Technology Working Group · June 2021*

## Agency activity by technology area

The table lists, for each technology area, the agencies that reported active work.

| Technology area | Agencies with active work |
| --- | --- |
| Radiation protection and crew health | DLR, ESA, NASA, ASI |
| In-situ resource utilisation | ESA, NASA, CSA, LSA |
| Surface power | NASA, JAXA, CNES |
| Dust mitigation | JAXA, NASA, ESA, KARI |
""",
    "isecg-technology-gap-assessment-2023.md": """# Technology Gap Assessment Refresh 2023

*ISECG Technology Working Group · September 2023*

## Reported activity

Dust mitigation
NASA, ESA, ASA,
UKSA
Surface power
NASA, CNES, ISRO
In-situ resource utilisation
NASA, ESA, LSA, ASA
""",
    "isecg-mars-science-white-paper-2020.md": """# Mars Science Priorities: an ISECG white paper

*ISECG Mars Science Analysis Team · June 2020*

## Writing team

Name Affiliation Role
Ingrid Solberg Norwegian Space Agency (NOSA) team co-lead
Tomasz Wrobel POLSA, Warsaw team co-lead
Ana Ribeiro CNES, Toulouse atmosphere
Kenji Mori JAXA, Sagamihara geology

The review board was chaired by Paul Lemaire of ESA.
""",
    "lunar-polar-volatiles-white-paper-2018.md": """# Lunar Polar Volatiles: a white paper

*ISECG · November 2018*

## A phased prospecting campaign

The paper proposes that prospecting proceed in four phases.

Phase 1, Reconnaissance: orbital mapping of cold traps.
Phase 2, Ground truth: landers measure volatiles at a few sites.
Phase 3, Pilot extraction: a small plant demonstrates extraction.
Phase 4, Production: volatiles are extracted at scale.

## Earlier studies

An earlier study of 2012 considered three stages: survey, sampling and return.
""",
    "lunar-surface-study-2022.md": """# Lunar Surface Mobility Study 2022

*ISECG · December 2022*

## Participating agencies

- Italian Space Agency (ASI)
- Centre National d'Études Spatiales (CNES)
- German Aerospace Center (DLR)

## Technology status

Nuclear power NASA, Roscosmos
Electric propulsion ESA, JAXA
"""
}

# (question, items the answer must all hold, items of a distractor list it must not hold)
PROBES = [
    # a table row, pypdf's (cells separated by spaces) or Markdown's; the row of the year's document
    ("Which agencies reported work on dust mitigation in the 2017 annual report?", ["NASA", "JAXA", "CNES"],
     ["DLR", "ISRO", "ASA", "KARI"]),
    # a cell a line, the agencies' cell wrapped over two lines
    ("Which agencies reported activity on dust mitigation in the 2023 technology refresh?",
     ["NASA", "ESA", "ASA", "UKSA"], ["KARI", "JAXA", "CNES"]),
    ("Which agencies reported activity on in-situ resource utilisation in the 2023 technology refresh?",
     ["NASA", "ESA", "LSA", "ASA"], ["CSA"]),
    # rows pypdf ran into one line
    ("According to the 2019 assessment, which agencies had active work on cryogenic fluid management?",
     ["NASA", "JAXA", "CNES"], ["DLR"]),
    ("Which agencies work on electric propulsion according to the lunar surface mobility study?", ["ESA", "JAXA"],
     ["Roscosmos"]),
    # a table whose rows are labelled by year, its header saying what it lists
    ("Which agencies joined ISECG in 2018?", ["ASA", "LSA"], ["POLSA", "NOSA", "GISTDA"]),
    ("Which agencies joined ISECG in 2021?", ["ISA", "NZSA", "NSSA"], ["NOSA", "GISTDA"]),
    # a bulleted list under a caption; bullets run into one line
    ("Which agencies joined ISECG during 2019?", ["POLSA", "SSO", "ROSA"], ["NOSA", "Italian"]),
    ("Which agencies joined ISECG in 2020?", ["NOSA", "VNSC", "AEB"], ["POLSA", "NZSA"]),
    # a bulleted list under the heading that says what it is
    ("Which agencies participated in the 2022 lunar surface mobility study?", ["ASI", "CNES", "DLR"], ["KARI"]),
    # a field line
    ("Which organisations attended the 2022 Paris meeting as observers?", ["UAESA", "ISA"], ["TUA", "AEM"]),
    # a sentence; the observers told with "were", of the meeting asked
    ("Which organisations attended the 2019 Washington plenary as observers?", ["Israel Space Agency", "MBRSC"],
     ["AEM", "Portuguese", "UAESA"]),
    ("Which organisations attended the March 2021 meeting as observers?", ["TUA", "PhilSA"], ["UAESA"]),
    # the co-chairs named with their agencies
    ("Which agencies provided the co-chairs of the Science Working Group?", ["ESA", "NASA"], []),
    # a table of people: the agencies of the rows giving the role asked (pypdf ran the rows into one line)
    ("Which agencies provided the co-leads of the Mars Science Analysis Team?", ["NOSA", "POLSA"], ["CNES", "JAXA"]),
    ("Which agencies provided the co-leads of the Mars Science Analysis Team that prepared the 2020 Mars science white "
     "paper?", ["NOSA", "POLSA"], ["CNES", "JAXA"]),
    # a count, then what it counts, a sentence each
    ("Which Mars missions launched in July 2020 were reported at the 9 September 2020 meeting?",
     ["Hope", "Tianwen-1", "Perseverance"], ["ExoMars"]),
    ("Through which destinations does the mission scenario of the 2018 roadmap proceed?",
     ["low-Earth orbit", "lunar vicinity", "lunar surface", "Mars"], ["asteroid"]),
]

# Lists the base already gave whole (the graph's technology work of a named document, phases, credits, a sentence):
# kept so that the readers above do not take them over with another list.
GUARDS = [
    ("According to the 2021 assessment, which agencies reported work on radiation protection and crew health?",
     ["DLR", "ESA", "NASA", "ASI"], []),
    ("According to the 2021 assessment, which agencies had active work on in-situ resource utilisation?",
     ["ESA", "NASA", "CSA", "LSA"], ["ASA"]),
    ("Which agencies reported work on surface mobility in the 2019 assessment?", ["CSA", "NASA", "DLR"], ["JAXA"]),
    ("Which organisations attended the Adelaide plenary as observers?", ["AEM", "Portuguese Space Agency"],
     ["UAESA", "MBRSC"]),
    ("Which agencies participated in the lunar resources workshop?", ["KARI", "CSA", "JAXA"], ["DLR"]),
    ("What are the four phases of the prospecting campaign proposed in the 2018 lunar polar volatiles white paper?",
     ["Reconnaissance", "Ground truth", "Pilot extraction", "Production"], ["survey"]),
    ("What are the three phases of lunar exploration in the 2020 supplement?",
     ["Early robotic missions", "Initial human return", "Sustained lunar presence"], []),
    ("Which agencies prepared the third edition of the Global Exploration Roadmap?",
     ["ASI", "CNES", "CSIRO", "SSAU", "UKSA"], []),
    ("Which agencies contributed to the 2020 supplement?", ["CSA", "ESA", "JAXA", "NASA", "KARI", "UKSA"], []),
]

# Negative probes: no list of the thing asked is stated (no document of that year, no row of that technology, no
# joiners that year); the answer must not be a list of something else.
NEGATIVE = [
    ("Which agencies reported work on surface mobility in the 2023 assessment?", ["CSA", "DLR"]),
    ("Which agencies reported work on nuclear propulsion?", ["Roscosmos", "JAXA"]),
    ("Which agencies joined ISECG in 2017?", ["POLSA", "NOSA", "ISA", "LSA"]),
    ("Which organisations attended the 2018 Bremen meeting as observers?", ["UAESA", "TUA", "AEM", "MBRSC"]),
    ("Which agencies joined ISECG in 2022?", ["NZSA", "NOSA", "POLSA"]),
    ("Which agencies participated in the 2021 lunar surface mobility study?", ["CNES", "DLR"]),
    # no co-chairs of that team are named: neither another group's nor the team's co-leads
    ("Which agencies provided the co-chairs of the Mars Science Analysis Team?", ["CSA", "DLR", "NOSA", "NASA"]),
]


# A list the base gave from a document of another year than the one the question names ("the 2020 assessment": there is
# none): now no list.
FIXED_NEGATIVE = [
    ("Which agencies reported work on dust mitigation in the 2020 assessment?", ["UKSA", "KARI", "CNES"]),
]


def _said(response: dict) -> str:
    return " ".join(re.findall(r"[\w-]+", (response["answer"] or "").lower()))


def _has(said: str, item: str) -> bool:
    words = " ".join(re.findall(r"[\w-]+", item.lower()))
    return re.search(rf"\b{re.escape(words)}\b", said) is not None


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("list-probes"))


@pytest.mark.parametrize("question, items, distractors", PROBES + GUARDS)
def test_the_whole_list_and_nothing_of_another(answerer, question, items, distractors):
    response = answerer.answer(question)
    said = _said(response)
    assert all(_has(said, i) for i in items), (response["shape"], response["answer"])
    assert not any(_has(said, d) for d in distractors), (response["shape"], response["answer"])


@pytest.mark.parametrize("question, distractors", NEGATIVE + FIXED_NEGATIVE)
def test_no_list_of_something_else(answerer, question, distractors):
    response = answerer.answer(question)
    assert not any(_has(_said(response), d) for d in distractors), (response["shape"], response["answer"])
