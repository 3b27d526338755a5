"""Which sentence of the top passages answers, and what short answer is cut from it: probes in shapes the first round
(test_passage_probes.py) did not write, on invented documents of several years and types.  A table row read under
its header row ("Meeting Date Place Host" / "32nd plenary 24 October 2019 Bremen DLR"), in pypdf's spacing or with
Markdown bars, and not its caption; a field line ("Host: CNES") read with its heading and the other fields of its
record; a count given as a field ("Participants: 64"); a body the graph does not know ("the Spanish National Research
Council"); an acronym's expansion ("IMS stands for", "the ISECG Mission Scenario (IMS)"); and distractors that share
the question's words but tell of another year, another edition ("the third edition" for the second), another of a
series ("the previous workshop"), or a plan instead of what happened ("had planned to host")."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, says_one_of, short_said


pytestmark = pytest.mark.slow

DOCUMENTS = {
    "ger-2013-digest.md": """# The Global Exploration Roadmap 2013: a digest

*ISECG · August 2013*

## What the 2011 roadmap proposed

The first edition of the roadmap, released in September 2011, proposed two pathways, Asteroid Next and Moon Next.

## What the 2013 roadmap proposes

For the lunar vicinity, the 2013 roadmap proposed a crew-tended habitat as a proving ground for Mars missions.
The 2013 roadmap was released on 20 August 2013 in Washington, D.C.
A third edition is expected in 2018.
The roadmap's Mars chapter was drafted by the Exploration Roadmap Working Group (ERWG).
""",
    "ger-2018-excerpt.md": """# The Global Exploration Roadmap, January 2018: excerpt

*ISECG · January 2018*

## Mission scenario

The ISECG Mission Scenario (IMS) describes missions to the lunar vicinity, the lunar surface and Mars.
The IMS is updated with every edition. Under the IMS, agencies coordinate their plans.
According to the roadmap, the Deep Space Gateway would be assembled in lunar orbit from the mid-2020s.
Humans are expected to land on Mars in the 2030s.

## Contributors

The roadmap's technology chapter was written by the Technology Working Group, led at the time by Dr Paolo Ferri of ASI.
The Mars Exploration Program Analysis Group, a NASA advisory body, reviewed the Mars chapter.
""",
    "isecg-annual-report-2018.md": """# ISECG Annual Report 2018

*published March 2019*

## Secretariat

The ISECG Secretariat is hosted by the European Space Agency. The secretariat of the International Lunar Exploration
Working Group (ILEWG) is hosted by the European Space Research and Technology Centre.

## Workshops

Table 4: Agencies that hosted ISECG workshops, 2015–2018

| Year | Workshop | Host | City |
|------|----------|------|------|
| 2015 | Lunar polar volatiles | NASA | Houston |
| 2016 | Human-robotic partnership | DLR | Cologne |
| 2018 | Space resources | JAXA | Tokyo |

ESA had planned to host the 2017 workshop on analogues in Berlin. The workshop was finally held in Toulouse,
hosted by CNES, on 3 May 2017.

## Roadmap

The third edition of the Global Exploration Roadmap was released in January 2018. It was presented in Tokyo at the
second International Space Exploration Forum.
The second edition had been released in August 2013 in Washington.
""",
    "isecg-annual-report-2019.md": """# ISECG Annual Report 2019

*published February 2020*

## Meetings

ISECG meetings in 2019

Meeting Date Place Host
31st plenary 12 March 2019 Montreal CSA
32nd plenary 24 October 2019 Bremen DLR

The 33rd plenary will take place in Tokyo in 2020.

## Membership

The Luxembourg Space Agency joined ISECG in 2019. The Australian Space Agency joined in 2018.
The International Lunar Exploration Working Group (ILEWG) is an observer.
""",
    "isecg-meeting-summary-2020-virtual.md": """# Summary of the 2020 ISECG meetings

The spring 2020 meeting was planned for Abu Dhabi but was held virtually on 14 May 2020 because of the pandemic.
The meeting was chaired by the Korea Aerospace Research Institute (KARI).

Chair: KARI
Secretariat: ESA
Next meeting: November 2020, virtual

The autumn 2020 meeting, held virtually on 18 November 2020, was chaired by the UAE Space Agency.
Fourteen agencies took part in the autumn meeting; twelve in the spring meeting.
""",
    "isecg-newsletter-2016-issue-2.md": """# ISECG Newsletter, issue 2, 2016

*June 2016*

## Space Resources Forum

The first Space Resources Forum, in 2015, was hosted by the Luxembourg Space Agency in Luxembourg City.
The 2016 Space Resources Forum, hosted by the Italian Space Agency (ASI), took place in Rome on 10–11 May 2016.
The 2017 forum is expected to be hosted by CNES in Toulouse.

## Analogue missions

The Mars analogue campaign at Rio Tinto was organised by the Spanish National Research Council.
NASA's rover, Perseverance, is planned for launch in 2020.
The rover that will drill for ice at the lunar south pole is named Resource Prospector.
""",
    "isecg-workshop-summary-2017.md": """# Summary of the ISECG workshop on lunar surface operations

Host: CNES
Venue: Toulouse, France
Dates: 4–6 April 2017
Participants: 64

The workshop gathered experts from eleven agencies. It recommended a common lunar surface communications standard.
The previous workshop on lunar surface operations took place in 2015 in Houston and was hosted by NASA.
""",
    "lunar-missions-fact-sheet-2023.md": """# Lunar missions fact sheet 2023

*ISECG Secretariat · December 2023*

Table 2: Lunar missions launched in 2023

Mission Agency Launch date Payload
Chandrayaan-3 ISRO 14 July 2023 Vikram lander and Pragyan rover
SLIM JAXA 7 September 2023 Smart lander
Luna-25 Roscosmos 10 August 2023 Polar lander

LUPEX stands for Lunar Polar Exploration, a joint mission of JAXA and ISRO planned for launch after 2025.
The Chandrayaan-3 landing site was named Shiv Shakti point.
The Lunar Gateway is led by NASA, with modules from ESA, JAXA and CSA.
Artemis II is led by NASA and will carry a CSA astronaut around the Moon.
""",
    "lunar-rover-news-2021.md": """# News: lunar rover selected

*12 July 2021*

NASA has selected a rover for its first lunar south pole mission. The rover, called VIPER, will search for water ice.
VIPER is short for Volatiles Investigating Polar Exploration Rover.
A second rover, proposed by JAXA and Toyota, is named Lunar Cruiser; it will carry astronauts from 2029.
The selection was announced at NASA Headquarters in Washington.
""",
    "technology-roadmap-2020.md": """# ISECG Technology Roadmap 2020

*Technology Working Group · March 2020*

## Power

According to the roadmap, fission surface power is the critical technology for the lunar night.
The 2017 technology roadmap identified regenerative fuel cells as the critical power technology.

## Technology Working Group

The Technology Working Group is chaired by Dr Laura Bianchi of ASI.
The Technology Working Group was created in 2009.
In 2019 the group met twice. Its autumn meeting was held in Bengaluru and hosted by ISRO.
""",
}

# A second corpus: an apposition naming the host, a pronoun's sentence against "an earlier paper" of another year.
DOCUMENTS_2 = {
    "international-cooperation-white-paper-2020.md": """# International Cooperation in Lunar Exploration: white paper

*ISECG · September 2020*

According to the white paper, a common lunar communications architecture would cut costs for all agencies.
The white paper was presented at the 71st International Astronautical Congress, held online, on 14 October 2020.
It was drafted by a team led by the Canadian Space Agency.
An earlier paper, released in 2016, was drafted by a team led by DLR.
""",
    "isecg-annual-report-2020.md": """# ISECG Annual Report 2020

*published May 2021*

In 2020 the ISECG chair was held by KARI; the vice-chair was NASA.
The Lunar Surface Exploration Scenario Update was published in August 2020.
The white paper on international cooperation in lunar exploration was endorsed by 23 agencies.
""",
    "isecg-newsletter-2019-issue-1.md": """# ISECG Newsletter, issue 1, 2019

*April 2019*

## Who hosted the 2019 workshop on lunar science?

The 2019 workshop on lunar science took place at ESTEC, in Noordwijk, on 5–6 March 2019. The host agency, ESA,
welcomed 90 participants from 14 agencies.
The 2018 workshop on lunar science was hosted by JAXA in Tokyo.

## People

The Exploration Roadmap Working Group is co-led by Dr Ana Ruiz of ESA and Mr Tom Baker of NASA.
Dr Ana Ruiz, head of exploration strategy at ESA, presented the roadmap update.
""",
}

PROBES_2 = [
    ("Who drafted the white paper on international cooperation in lunar exploration?", "CSA"),
]

NEGATIVE_2 = [
    ("Who drafted the 2016 paper?", ("CSA",)),
    ("Which agency hosted the 2018 workshop on lunar science?", ("ESA",)),
    ("Which agency hosted the 2019 workshop on lunar science?", ("JAXA",)),
]


# (question, what the answer must hold; "A|B": either).  Each fails on the base this round started from.
PROBES = [
    # a body the graph does not know, named as bodies are
    ("Who organised the Mars analogue campaign at Rio Tinto?", "Spanish National Research Council"),
    # a table row under its header row: the header names the relation ("Host", "Agency")
    ("Which agency launched Luna-25?", "Roscosmos"),
    ("Which agency hosted the 32nd plenary?", "DLR"),
    # field lines of one record, read with its heading and one another; a count given as a field
    ("Which agency hosted the 2017 workshop on lunar surface operations?", "CNES"),
    ("Where was the 2017 workshop on lunar surface operations held?", "Toulouse"),
    ("When was the workshop on lunar surface operations held in Toulouse?", "4–6 April 2017"),
    ("How many participants attended the 2017 workshop on lunar surface operations?", "64"),
    # what happened, not what was planned; the edition asked, not another
    ("Which agency hosted the 2017 workshop on analogues?", "CNES"),
    ("When was the second edition of the Global Exploration Roadmap released?", "August 2013"),
    # an acronym's expansion, as its short answer
    ("What does IMS stand for?", "ISECG Mission Scenario"),
    ("What does VIPER stand for?", "Volatiles Investigating Polar Exploration Rover"),
    ("What does the acronym LUPEX stand for?", "Lunar Polar Exploration"),
]

# Questions with no short answer to cut: the sentence chosen must hold it.  "power" qualifying a technology asks for
# no measure.
SENTENCES = [
    ("What did the 2017 technology roadmap identify as the critical power technology?", "regenerative fuel cells"),
]

# A distractor shares the question's words but answers something else (another year or edition of the series, a
# plan, another body): the answer must not be cut from it.  The last four are refused only now (the base answered
# them from another year's sentence); the others hold on the base too.
NEGATIVE = [
    ("Who chaired the spring 2020 ISECG meeting?", ("UAE",)),
    ("Where was the spring 2020 ISECG meeting held?", ("Abu Dhabi",)),
    ("Which agency hosted the 2015 workshop on lunar surface operations?", ("CNES",)),
    ("Where was the 2017 workshop on analogues held?", ("Berlin",)),
    ("Where was the 2013 roadmap released?", ("Paris", "Tokyo")),
    ("Which agency hosts the ISECG Secretariat?", ("Research and Technology Centre",)),
    ("What does the acronym LUPEX stand for?", ("JAXA", "ISRO")),
    ("When was the third edition of the Global Exploration Roadmap released?", ("2013",)),
    ("Where was the 2015 Space Resources Forum held?", ("Rome", "Toulouse")),
    ("Who chaired the 2021 spring ISECG meeting?", ("KARI", "Korea", "UAE")),
    ("Where was the 2014 Space Resources Forum held?", ("Luxembourg", "Rome")),
    ("Where was the 2018 ISECG workshop held?", ("Houston",)),
    ("Which agency hosted the 2021 workshop on lunar surface operations?", ("NASA", "CNES")),
]

# Seen and left: rows the ingest's line joining ran together ("... Pragyan rover SLIM JAXA ..."), a count whose noun
# an elided clause leaves out ("twelve in the spring meeting"), and an edition the corpus does not have.
LEFT = [
    ("When was SLIM launched?", "7 September 2023"),
    ("Which mission carried the Vikram lander?", "Chandrayaan-3"),
    ("How many agencies took part in the spring 2020 meeting?", "12"),
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("select-probes"))


@pytest.mark.parametrize("question, expected", PROBES)
def test_the_sentence_and_short_answer_chosen(answerer, question, expected):
    response = answerer.answer(question)
    said = short_said(response)
    assert says_one_of(said, expected), (response["shape"], response["answer"])


@pytest.mark.parametrize("question, expected", SENTENCES)
def test_the_sentence_chosen(answerer, question, expected):
    assert expected.lower() in (answerer.answer(question)["answer"] or "").lower()


@pytest.mark.parametrize("question, wrong", NEGATIVE)
def test_a_distractor_does_not_answer(answerer, question, wrong):
    said = short_said(answerer.answer(question))
    assert not any(w.lower() in said for w in wrong), said


@pytest.mark.xfail(reason="ingest's line joining and elided counts (not the sentence's choice)", strict=True)
@pytest.mark.parametrize("question, expected", LEFT)
def test_left(answerer, question, expected):
    said = short_said(answerer.answer(question))
    assert expected.lower() in said


@pytest.fixture(scope="module")
def answerer_2(tmp_path_factory):
    return answerer_over(DOCUMENTS_2, tmp_path_factory.mktemp("select-probes-2"))


@pytest.mark.parametrize("question, expected", PROBES_2)
def test_the_sentence_of_the_thing_asked(answerer_2, question, expected):
    assert expected.lower() in short_said(answerer_2.answer(question))


@pytest.mark.parametrize("question, wrong", NEGATIVE_2)
def test_another_of_the_series_does_not_answer(answerer_2, question, wrong):
    said = short_said(answerer_2.answer(question))
    assert not any(w.lower() in said for w in wrong), said
