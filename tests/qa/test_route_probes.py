"""Which route answers a count or a when/where question that names an event or a document: a graph answer only
when the question asks exactly what that route answers (a body's member count, who chaired it, an event's date,
place, host or head count of the kind asked); a count of anything else (the countries, papers, observers or
missions of a meeting, the members of a working group, the scientists who wrote a paper, the agencies that
contributed to it) and the date of something else done at an event fall through to the passages, as before
the graph learnt to date questions by their events.  Probes on a small corpus of invented documents, built as
an index is built (ingest: passages, graph, search)."""

from __future__ import annotations

import pytest

from isecg_kg.qa.dated import counted_head, kinds_counting

from .fixtures import answerer_over

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-news-2019-05-songdo-meeting.md": """# ISECG senior managers meet in Songdo

*ISECG news · Songdo, 20 May 2019*

Senior managers of the International Space Exploration Coordination Group (ISECG) met in Songdo,
Republic of Korea, on 14–15 May 2019. The meeting was hosted by the Korea Aerospace Research Institute
(KARI). Thirteen agencies were represented. Forty-six delegates took part in the two days of talks.

Delegations travelled from 11 countries. Seven papers were presented in the technical session, and
four new missions were announced by the agencies. Two observers attended the meeting without a vote.

The Science Working Group, which has 21 members, reported on its study of lunar polar volatiles. The
agencies endorsed the Lunar Polar Science White Paper on 15 May 2019, the second day of the meeting.

At the end of 2018 ISECG had 14 member agencies. The next plenary will be held in Tokyo in 2020.
""",
    "isecg-annual-report-2020.md": """# ISECG Annual Report 2020

*International Space Exploration Coordination Group · published March 2021*

## Membership

At the end of 2020 ISECG counted 16 member agencies. The Japan Aerospace Exploration Agency (JAXA)
chaired the group throughout 2020.

The member agencies of ISECG are ASI (Italy), CNES (France), CSA (Canada), DLR (Germany), ESA, JAXA
(Japan), KARI (Republic of Korea), NASA (United States), ROSCOSMOS (Russia), UKSA (United Kingdom),
ISRO (India), CNSA (China), SSAU (Ukraine), ASA (Australia), LSA (Luxembourg) and UAESA (United Arab
Emirates). The Australian Space Agency joined ISECG in 2019.

## Meetings

The heads of delegation met by videoconference on 9 September 2020; 15 agencies took part, with 38
participants in all.

The Technology Working Group held its annual plenary online on 17–19 November 2020. The plenary was
convened by the European Space Agency (ESA), and 58 people took part.

The Technology Working Group has 24 members, drawn from 12 agencies.

## Publications

The Global Exploration Roadmap Supplement was published in August 2020. Five agencies contributed
case studies to the supplement, and it describes 9 missions to the lunar surface.
""",
    "lunar-polar-science-white-paper-2019.md": """# Lunar Polar Science White Paper

*ISECG Science Working Group · June 2019*

This white paper was written by 31 scientists from nine ISECG agencies. It was endorsed by
ISECG on 15 May 2019 and released on 3 June 2019.

The paper identifies 12 science objectives for missions to the lunar poles.
""",
}

# An answer from a sentence of the passages (found by search, or among the passages of a document the graph names)
SENTENCE = ("passage", "document_about")

# (question, route, short answer): route "passage" is any answer from a sentence (SENTENCE)
GRAPH = [
    # a body's member count as of a time named by an event or a document (the latest count stated by then)
    ("How many member agencies did ISECG have at the time of the Songdo meeting?", "member_count", "14"),
    ("How many members did ISECG have when the senior managers met in Songdo?", "member_count", "14"),
    ("How many member agencies were there at the time of the Songdo meeting?", "member_count", "14"),
    ("How many members did ISECG have during the Songdo meeting?", "member_count", "14"),
    ("How many members did ISECG have when the Lunar Polar Science White Paper was released?", "member_count", "14"),
    ("How many member agencies did ISECG have at the end of 2020?", "member_count", "16"),
    # an event named by its words or by its date: its host, date, place, and its head count of the kind asked
    ("Who hosted the Songdo meeting?", "event_details", "KARI"),
    ("When was the Songdo meeting held?", "event_details", "14 May 2019"),
    ("On which date did the senior managers meet in Songdo?", "event_details", "14 May 2019"),
    ("When did KARI host the Songdo meeting?", "event_details", "14 May 2019"),
    ("What day did the Songdo meeting open?", "event_details", "14 May 2019"),
    ("When did the Songdo meeting start?", "event_details", "14 May 2019"),
    ("When did the heads of delegation meet by videoconference?", "event_details", "9 September 2020"),
    ("Where did the ISECG senior managers meet in May 2019?", "event_details", "Songdo"),
    ("Where was the 2020 plenary held?", "event_details", "Tokyo"),
    ("How many agencies were represented at the May 2019 meeting in Songdo?", "event_details", "13"),
    ("How many agencies were represented at the Songdo meeting?", "event_details", "13"),
    ("How many member agencies attended the Songdo meeting?", "event_details", "13"),
    ("How many space agencies were represented at the senior managers meeting in Songdo?", "event_details", "13"),
    ("How many agencies took part in the Songdo meeting in total?", "event_details", "13"),
    ("How many members attended the Songdo meeting?", "event_details", "13"),  # ISECG's members: its agencies
    ("How many delegations took part in the Songdo meeting?", "event_details", "13"),  # not the 46 delegates
    ("How many delegates took part in the Songdo meeting?", "event_details", "46"),  # "Forty-six delegates"
    ("How many people attended the Songdo meeting?", "event_details", "46"),  # delegates are people
    ("How many delegates attended the May 2019 meeting in Songdo?", "event_details", "46"),
    ("How many agencies took part in the heads of delegation videoconference of 9 September 2020?", "event_details",
     "15"),
    ("Who hosted the Songdo meeting, and how many delegates took part?", "event_details", "KARI; 46"),
    # who chaired the body as of a time named by an event
    ("Which agency chaired ISECG at the time of the heads of delegation videoconference?", "chair", "JAXA"),
]

PASSAGES = [
    # a count of another kind than the event's head count ("13 agencies", "46 delegates")
    ("How many countries were represented at the May 2019 meeting in Songdo?", "passage", "11"),
    ("At the May 2019 meeting in Songdo, how many countries were represented?", "passage", "11"),
    ("How many countries sent delegations to the May 2019 senior managers meeting?", "passage", "11"),
    ("When the senior managers met in Songdo, how many countries were represented?", "passage", "11"),
    ("What was the number of countries represented at the Songdo meeting?", "passage", "11"),
    ("How many participants took part in the heads of delegation videoconference of 9 September 2020?", "passage",
     "38"),  # the graph's count is of the 15 agencies
    # ... of what no gathering is counted in
    ("What was the number of delegates at the Songdo meeting?", "passage", "46"),
    ("How many papers were presented at the Songdo meeting?", "passage", "7"),
    ("How many papers were presented at the senior managers meeting in May 2019?", "passage", "7"),
    ("How many observers attended the Songdo meeting?", "passage", "2"),
    ("How many observers attended the May 2019 senior managers meeting?", "passage", "2"),
    ("How many new missions were announced at the Songdo meeting?", "passage", "4"),
    ("How many missions were announced when the senior managers met in Songdo?", "passage", "4"),
    ("How many papers did the agencies present at the Songdo meeting?", "passage", "7"),
    ("How many days did the Songdo meeting last?", "passage", "2"),
    # the members of a working group: not the body's member count, whatever time the question gives
    ("How many members did the Science Working Group have at the time of the Songdo meeting?", "passage", "21"),
    ("How many members did the Science Working Group have when the senior managers met in Songdo?", "passage", "21"),
    ("How many members did the Science Working Group count during the Songdo meeting?", "passage", "21"),
    ("At the time of the Songdo meeting, how many members did the Science Working Group have?", "passage", "21"),
    ("How many members did the Technology Working Group have when the 2020 annual report was published?", "passage",
     "24"),
    # an event of no graph fact (the working group's plenary): its sentences
    ("How many people took part in the Technology Working Group plenary in November 2020?", "passage", "58"),
    ("How many people took part in the Technology Working Group plenary?", "passage", "58"),
    ("Which agency convened the Technology Working Group plenary in November 2020?", "passage", "ESA"),
    # counts told of a document
    ("How many agencies contributed case studies to the Global Exploration Roadmap Supplement?", "passage", "5"),
    ("How many missions does the Global Exploration Roadmap Supplement describe?", "passage", "9"),
    ("How many scientists wrote the Lunar Polar Science White Paper?", "passage", "31"),
    ("How many science objectives does the white paper endorsed at the Songdo meeting identify?", "passage", "12"),
    # the date of something done at an event is not the event's first day
    ("When was the Lunar Polar Science White Paper endorsed at the Songdo meeting?", "passage", "15 May 2019"),
    ("On what date did the agencies endorse the white paper at their Songdo meeting?", "passage", "15 May 2019"),
    ("When did ISECG endorse the Lunar Polar Science White Paper?", "passage", "15 May 2019"),
    ("When was the Global Exploration Roadmap Supplement published?", "passage", "August 2020"),
    # an event the question tells by a word no event of the graph has ("the next plenary")
    ("Where will the next plenary be held?", "passage", "Tokyo"),
    ("When will the next plenary be held?", "passage", "2020"),
    # what is chaired is the event named, not the body: not the body's chair ("JAXA chaired the group"), and no
    # sentence says who chaired the videoconference: no answer (round 22, sentences.tells_taken)
    ("Who chaired the heads of delegation videoconference?", None, ""),
    # two questions: the host from the graph, the count of countries from a sentence
    ("Who hosted the Songdo meeting, and how many countries were represented?", "event_details+passage", "KARI; 11"),
    ("When was the Songdo meeting held, and how many countries were represented?", "event_details+passage",
     "14 May 2019; 11"),
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("route-probes"))


@pytest.mark.parametrize("question, route, short", GRAPH + PASSAGES)
def test_the_route_a_question_takes(answerer, question, route, short):
    response = answerer.answer(question)
    shape = response["shape"]
    assert shape in SENTENCE if route == "passage" else shape == route, (shape, response["answer"])
    assert short.lower() in (response["short_answer"] or "").lower(), (shape, response["answer"])


def test_a_count_stated_before_a_member_joined_is_not_the_count_after(answerer):
    # the count of the end of 2018 (14) is not the count of September 2020: ASA joined in 2019
    response = answerer.answer("How many member agencies did ISECG have as of 9 September 2020?")
    assert response["shape"] != "member_count", response["answer"]
    assert answerer.answer("How many member agencies did ISECG have as of 14 May 2019?")["short_answer"] == "14"


@pytest.mark.parametrize("question, head", [
    ("How many space agencies took part in the plenary?", ("agencies", "bodies")),
    ("How many ISECG member agencies were represented?", ("agencies", "bodies")),
    ("How many delegations were present?", ("delegations", "bodies")),
    ("How many people attended the meeting?", ("people", "people")),
    ("How many countries sent delegations?", ("countries", "countries")),
    ("How many papers were presented?", ("papers", None)),
    ("How many took part?", ("", None)),
    ("Which agency hosted the meeting?", None),
])
def test_what_a_count_question_counts(question, head):
    assert counted_head(question) == head


def test_what_a_sentence_counts_with_a_number():
    assert kinds_counting("Forty-six delegates took part in the two days of talks.", 46) == {"people"}
    assert kinds_counting("Thirteen agencies were represented.", 13) == {"bodies"}
    assert kinds_counting("40 experts from 11 agencies attended on 11 May 2019.", 11) == {"bodies"}
    assert kinds_counting("ESA 11 34", 11) == set()  # a table row: nothing said of the count's kind
    assert kinds_counting("It met on 11 May 2019 with 30 agencies.", 11) == set()  # a day is no count
