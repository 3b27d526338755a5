"""Answers composed from passages when the graph holds no fact for them (qa/compose.py): a count of a set a sentence
or a list under a caption names, the time between two things each told with its date (in one document or two), the
difference of two counts told in two passages (prose or a table's column), which of two dated things came first, and
how many bodies joined between two dates.  Invented documents of several years and types, with distractors: another
meeting of the series, a plan instead of what happened, a count of another thing in the next sentence.  The short
answer comes first, and the passage of each document used is among the first three evidence passages; when a side is
not told, there is no answer."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, short_said


pytestmark = pytest.mark.slow

DOCUMENTS = {
    "gap-assessment-final-report-2017.txt": """Technology Gap Assessment: Final Report
ISECG Technology Working Group
May 2017

1 Introduction
In March 2015, the Technology Working Group launched the technology gap assessment.
The final report of the assessment appeared on 3 May 2017.
Participating agencies:
- CNES
- DLR
- ESA
- JAXA
- NASA
- UKSA
- KARI
A follow-up assessment will begin in 2018 and is expected to involve ten agencies.
""",
    "isecg-annual-report-2020.md": """# ISECG Annual Report 2020

*International Space Exploration Coordination Group · annual report · March 2021*

## Highlights

The ISECG plenary was held by videoconference on 23 September 2020, with 24 participating agencies.
The Lunar Surface Exploration Scenario was updated in August 2020.
The mission concept study for a lunar polar rover was completed on 30 November 2020.

## Membership

New members in 2020:
- Brazilian Space Agency (AEB), joined on 12 May 2020
- Geo-Informatics and Space Technology Development Agency (GISTDA), joined on 16 July 2020

Agencies that may join in 2021 include the Turkish Space Agency.
""",
    "isecg-benefits-report-2018.md": """# Benefits of Space Exploration: Second Report

*ISECG · report · June 2018*

## Foreword

This report builds on the findings of the Montreal workshop on exploration benefits.
The report was released on 20 June 2018 at the Global Space Exploration Conference.
Nine agencies contributed to the report: ASI, CNES, CSA, DLR, ESA, JAXA, KARI, NASA and UKSA.

A third report is expected in 2021.
""",
    "isecg-charter-news-2020.md": """# Charter news

*ISECG news · 2020*

A charter on lunar resources is expected to be signed by NASA, ESA and JAXA in 2021.
The Israel Space Agency joined ISECG on 4 February 2018.
The Mexican Space Agency and the Peruvian agency became members in 2020.
""",
    "isecg-joint-statement-2019.md": """# Joint Statement on Lunar Exploration

*Washington, 22 October 2019*

The undersigned agencies affirm their shared interest in a sustainable return to the Moon.

The statement was signed by the following agencies:
- National Aeronautics and Space Administration (NASA)
- European Space Agency (ESA)
- Japan Aerospace Exploration Agency (JAXA)
- Canadian Space Agency (CSA)
- Korea Aerospace Research Institute (KARI)
- UK Space Agency (UKSA)
""",
    "isecg-meetings-table-2022.md": """# ISECG meetings in 2022

*ISECG · meeting record · December 2022*

| Meeting | Place | Date | Agencies |
|---|---|---|---|
| 31st plenary | Tokyo | 15 March 2022 | 19 |
| 32nd plenary | Paris | 20 September 2022 | 23 |

The 33rd plenary, to be held in Ottawa in 2023, is expected to gather 25 agencies.
""",
    "isecg-newsletter-2019-issue-2.md": """# ISECG Newsletter, issue 2, 2019

*December 2019*

## Membership news

The Luxembourg Space Agency joined ISECG in March 2019.
On 14 August 2019 the UAE Space Agency became a member of ISECG.
The Philippine Space Agency was admitted on 2 November 2019.
The State Space Agency of Ukraine had joined earlier, in November 2017.
A further agency is expected to join ISECG in 2020.

## Events

The joint statement on lunar exploration was signed on 22 October 2019 in Washington.
""",
    "isecg-plenary-summary-2021.md": """# Summary of the 30th ISECG Plenary

*ISECG · meeting summary · September 2021*

The 30th ISECG plenary, held in Rome on 8–9 September 2021, was attended by 21 agencies.
The Italian Space Agency hosted the meeting.
The 29th plenary, held virtually in March 2021, was attended by 18 agencies.
The 31st plenary is planned for spring 2022 in Tokyo, where 24 agencies are expected.
""",
    "isecg-roadmap-news-2013.md": """# Roadmap news

*ISECG news item · August 2013*

The first Global Exploration Roadmap was published in September 2011.
Its update, the second edition, was released in August 2013 after two years of work by twelve agencies.
The Lisbon conference, where the second edition was first discussed, is planned for 2014.
""",
    "isecg-white-paper-2021.md": """# White Paper on In-Situ Resource Utilisation

*ISECG · white paper · 2021*

The white paper was published on 14 October 2021.
It was prepared by experts from ASI, CNES, CSA, DLR, ESA, JAXA, NASA, NSAU and UKSA.
Work on the paper began in January 2020.
""",
    "isecg-workshop-summary-2016.md": """# Summary of the ISECG Workshop on Exploration Benefits

*International Space Exploration Coordination Group · workshop summary · May 2016*

## Overview

The ISECG Workshop on Exploration Benefits was held in Montreal, Canada, on 12–14 April 2016, hosted by the Canadian Space Agency.
Forty-one participants from government, industry and academia took part.

At the close of the workshop a declaration on the societal benefits of exploration was signed by NASA, ESA, JAXA, CSA and ASI.

The previous benefits workshop, held in Kyoto in 2014, was attended by eight agencies.
A third workshop is planned for 2019.
""",
    "swg-workshop-report-2019.md": """# Science Working Group: Writing Workshop Report

*ISECG Science Working Group · workshop report · 2019*

On 5 June 2019, the Science Working Group held its writing workshop at ESTEC in Noordwijk.
Signatories of the workshop statement: NASA, ESA, JAXA, CNES, DLR, KARI, ISRO and CSA.
The workshop drew 46 participants.
The earlier writing workshop of 2017 drew 31 participants.
""",
    "twg-meetings-2018.txt": """Technology Working Group: Meeting Record 2018
ISECG Technology Working Group
December 2018

Table 2. Technology Working Group meetings in 2018
Meeting Place Date Agencies
Spring meeting Houston 10 April 2018 11
Autumn meeting Bremen 2 October 2018 14
Winter telecon online 11 December 2018 9

The spring meeting of 2019 will be held in Kyoto.
In 2014, the Technology Working Group first met in Paris.
""",
}

# (question, short answer the answer must begin with ("A|B": either), documents whose passages must be in the first
# three evidence passages)
PROBES = [
    # a count of a listed set: a list under a lead sentence, a list in the sentence, a list under a caption
    ("How many agencies signed the joint statement on lunar exploration?", "6", ["isecg-joint-statement-2019"]),
    ("How many agencies signed the declaration on the societal benefits of exploration?", "5",
     ["isecg-workshop-summary-2016"]),
    ("How many agencies participated in the technology gap assessment?", "7", ["gap-assessment-final-report-2017"]),
    # a span between two dated statements, in two documents or one, in the unit asked
    ("How long after the Montreal workshop was the second benefits report released?", "about two years",
     ["isecg-workshop-summary-2016", "isecg-benefits-report-2018"]),
    ("How many months passed between the Montreal workshop and the release of the second benefits report?",
     "26 months", ["isecg-workshop-summary-2016", "isecg-benefits-report-2018"]),
    ("How long after the launch of the technology gap assessment did its final report appear?", "26 months",
     ["gap-assessment-final-report-2017"]),
    ("How many years passed between the first Global Exploration Roadmap and its second edition?", "about two years",
     ["isecg-roadmap-news-2013"]),
    ("How long after the joint statement on lunar exploration was the 30th plenary held?", "23 months",
     ["isecg-plenary-summary-2021"]),
    # a difference of two counts: two sentences, two documents with two verbs, two rows of a table
    ("How many more agencies attended the 30th plenary than the 29th plenary?", "3", ["isecg-plenary-summary-2021"]),
    ("How many more agencies contributed to the second benefits report than signed the Montreal declaration?", "4",
     ["isecg-benefits-report-2018", "isecg-workshop-summary-2016"]),
    ("How many more agencies attended the 32nd plenary than the 31st plenary?", "4", ["isecg-meetings-table-2022"]),
    # order, from the dates told near each side
    ("Which came first, the Montreal workshop or the joint statement on lunar exploration?", "the Montreal workshop",
     ["isecg-workshop-summary-2016"]),
    # how many joined between two dates: one dated joining sentence each
    ("How many agencies joined ISECG between January 2019 and December 2019?", "3", ["isecg-newsletter-2019-issue-2"]),
    ("How many agencies joined ISECG between 2017 and 2019?", "5", ["isecg-newsletter-2019-issue-2"]),
    # round 2: a field list of signatories, a relative clause's list, items of a list under a caption with their dates,
    # a span in weeks and in months "after", which happened later
    # The question names the workshop, as a reader would: "the workshop statement" alone fits the joint statement's
    # title ("statement") as well as two workshop documents' ("workshop"), the passage says neither "agencies" nor
    # "signed" ("Signatories of ..."), so which statement it meant hung on the document boost's size (round 17).
    ("How many agencies signed the statement of the Science Working Group's writing workshop?", "8",
     ["swg-workshop-report-2019"]),
    ("How many agencies prepared the white paper on in-situ resource utilisation?", "9", ["isecg-white-paper-2021"]),
    ("How many weeks passed between the Brazilian Space Agency joining ISECG and GISTDA joining ISECG?", "nine weeks",
     ["isecg-annual-report-2020"]),
    ("How many months after the writing workshop at ESTEC was the lunar polar rover study completed?", "18 months",
     ["swg-workshop-report-2019", "isecg-annual-report-2020"]),
    # round 3: a table's rows run together (the date nearest the side's name), a year told inside a later record
    ("How many months after the Houston meeting of the Technology Working Group was its winter telecon held?",
     "eight months", ["twg-meetings-2018"]),
    ("How many years after the first meeting of the Technology Working Group in Paris was its Bremen meeting held?",
     "four years", ["twg-meetings-2018"]),
    ("Which came first, the first Technology Working Group meeting in Paris or the Montreal workshop?",
     "the first Technology Working Group meeting in Paris", ["twg-meetings-2018", "isecg-workshop-summary-2016"]),
]

# What the answerer read before (a stated count, the graph's joinings, one document's two dated sentences): must hold.
KEPT = [
    ("How many agencies contributed to the second benefits report?", "9", ["isecg-benefits-report-2018"]),
    ("How many agencies joined ISECG between April 2020 and August 2020?", "2", ["isecg-annual-report-2020"]),
    ("Which happened later, the videoconference plenary or the completion of the lunar polar rover study?",
     "the completion of the lunar polar rover study", ["isecg-annual-report-2020"]),
    ("How many more participants attended the 2019 writing workshop than the 2017 one?", "15",
     ["swg-workshop-report-2019"]),
]

# Negative probes: a side not told (or told only as a plan), another meeting of the series, a count of another thing:
# no short answer, or not the wrong one.  (The charter, Kyoto declaration, Lisbon, Mars campaign, 2017 statement,
# plenary-against-workshop and review probes were answered wrongly before.)
NEGATIVE = [
    ("How many agencies signed the charter on lunar resources?", ["3", "8"]),  # only expected to be signed
    # Kyoto's workshop counts attendance. Left since round 13: the pair of the declaration's sentence and the Kyoto
    # one no longer answers (a count the second sentence dates apart is not the pair's), and the Kyoto sentence
    # alone gives 8: a count question's verb ("signed") is not required of its sentence (sentences.stated)
    pytest.param("How many agencies signed the Kyoto declaration?", ["5", "8"], marks=pytest.mark.xfail(
        reason="a count question's verb is not required of the sentence answering it", strict=True)),
    ("How long after the Montreal workshop was the Lisbon conference held?", None),  # Lisbon only planned
    ("How many more agencies attended the 30th plenary than the 27th plenary?", None),  # no 27th
    ("How many more agencies attended the 33rd plenary than the 32nd plenary?", None),  # the 33rd is expected
    ("Which came first, the Montreal workshop or the Mars sample return campaign?", None),  # no Mars campaign
    ("How many agencies joined ISECG between January 2021 and December 2021?", None),  # one expected in 2020
    ("How many agencies attended the Kyoto workshop?", ["5"]),  # a stated count, not the declaration's list
    ("How many agencies signed the workshop statement of 2017?", ["8", "24"]),  # the 2019 statement's list
    ("How many agencies joined ISECG between January 2021 and June 2021?", None),  # only "may join in 2021"
    ("How many more agencies took part in the September 2020 plenary than in the 2019 writing workshop?", None),
    ("Which came first, the white paper on in-situ resource utilisation or the Mars ascent vehicle review?", None),
]

# Left: a planned side the documents' dates answer for ("the third benefits workshop" is only planned; the dates of
# the documents telling of the workshops answer), and a duration from a start and an end told apart.
LEFT = [
    ("How long after the Montreal workshop was the third benefits workshop held?", None),
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("compose-probes"))


@pytest.mark.parametrize("question, short, documents", PROBES + KEPT)
def test_a_composed_answer(answerer, question, short, documents):
    response = answerer.answer(question)
    said, answer = short_said(response), (response["answer"] or "").lower()
    assert any(said == s.lower() or said.startswith(s.lower()) for s in short.split("|")), \
        (response["shape"], response["answer"])
    assert answer.startswith(said)  # the short answer before the sentences it comes from
    shown = {e.document.id for e in response["evidence"][:3]}
    assert set(documents) <= shown, shown


@pytest.mark.parametrize("question, wrong", NEGATIVE)
def test_no_answer_from_a_distractor(answerer, question, wrong):
    response = answerer.answer(question)
    said = short_said(response)
    if wrong is None:
        assert response["answer"] is None, (response["shape"], response["answer"])
    else:
        assert said not in [w.lower() for w in wrong], (response["shape"], response["answer"])


@pytest.mark.xfail(reason="a side only planned, answered by the dates of the documents telling of it", strict=True)
@pytest.mark.parametrize("question, wrong", LEFT)
def test_left(answerer, question, wrong):
    assert answerer.answer(question)["answer"] is None
