"""Probes of round 18 for lists a colon or a heading leads and for succession between people (qa/sentences.py,
qa/lists.py, qa/shapes.py, qa/dated.py, qa/answerer.py; development sets ab, ac, ad, y).

- A sentence ending in a colon answers with the numbered or bulleted lines after it in its passage, also when it is
  the second of the sentences a count announces ("Three themes make up ... They are not ranked:" / "1. A" / ...)
  (sentences.items_after, answerer._from_passages); a passage headed with what is asked ("What are the working
  groups?") answers with the bullets it opens with, and a colon's list answers a plural question the graph has no
  shape for ("Which ISECG working groups are active in 2023?": groups, not the areas ISECG works on) (lists.led_list,
  shapes.works_on).
- "Who succeeded Dr. A as chair ...?", "Who passed the chair to Ms B?": the person named is asked about, never the
  answer; a sentence saying "her successor" states the succession asked, also after a clause naming the source
  ("According to the 2010 report, who ...") (sentences.stated, sentences.person_in, dated.posts_asked, dated.chair).
Negatives: prose after a colon is no list; "successful" is no succession; a sentence naming only the person asked
gives no person; what a body works on is still asked of the body."""

from __future__ import annotations

import pytest

from isecg_kg.qa import lists, shapes
from isecg_kg.qa.linking import EntityLinker
from isecg_kg.qa.sentences import items_after, person_in, stated, states

from .fixtures import ENTITIES, answerer_over, words_of
from .test_sentences import result


@pytest.mark.parametrize(("lead", "passage", "items"), [
    ("The survey grouped the answers under three headings:",
     "The survey grouped the answers under three headings:\n1. Cost\n2. Schedule\n3. Risk\n", ["Cost", "Schedule", "Risk"]),
    ("They are not ranked; each is a step towards Mars:",
     "Three themes make up the plan. They are not ranked; each is a step towards Mars:\n- Asteroid visit\n"
     "- Cislunar missions\n- Lunar surface", ["Asteroid visit", "Cislunar missions", "Lunar surface"]),
    ("The partners are:", "The partners are:\n• the Hellenic Space Center;\n• Portugal Space.",
     ["the Hellenic Space Center", "Portugal Space"]),
    # negative: running text after the colon is no list
    ("The report concludes:", "The report concludes:\nThe agencies should keep meeting twice a year and share their "
     "plans for the lunar surface in good time before each plenary.", []),
])
def test_the_list_a_colon_opens_in_its_passage(lead, passage, items):
    assert items_after(lead, passage) == items


@pytest.mark.parametrize(("question", "sentence", "says"), [
    ("Who succeeded Dr. Elena Ortiz as chair of the Science Working Group?",
     "Her successor is Dr. Tomas Lind of the Swedish National Space Agency.", True),
    ("Who preceded Mr. Ken Ito as head of the team?", "Mr. Ito succeeded Dr. Sara Holm in 2019.", True),
    ("According to the 2031 yearbook, who passed the ISECG chair to Ms Anna Berg?",
     "Dr Paul Mayer of DLR passed the role to Ms Anna Berg of ESA.", True),
    ("In the 2012 report, which agency hosted the plenary?", "The plenary was hosted by KARI in Songdo.", True),
    # negatives: a word of another family, a sentence not saying the relation
    ("Who succeeded Dr. Elena Ortiz as chair of the Science Working Group?",
     "The Science Working Group's workshop was successful.", False),
    ("According to the 2031 yearbook, who passed the ISECG chair to Ms Anna Berg?",
     "Ms Anna Berg (ESA), ISECG Chair", False),
])
def test_a_sentence_states_the_succession_asked(question, sentence, says):
    assert states(sentence, stated(question)) is says


@pytest.mark.parametrize(("question", "text", "section", "items"), [
    ("Name the panels listed in the 2031 bulletin.", "- Lunar Power Panel — studies power.\n- Ethics Panel — advises.",
     "What are the panels?", ["Lunar Power Panel", "Ethics Panel"]),
    ("Which committees are active in 2031?", "Most work is done remotely. The committees active this year are:\n"
     "1. the Budget Committee, set up in 2029;\n2. the Review Committee (RC), which checks drafts.", "How we work",
     ["Budget Committee", "Review Committee"]),
    # negative: a paragraph naming the things asked before the sentence its colon ends, which leads another list
    ("Which destinations did the team study?", "The team studied three destinations in 2007. It also named the "
     "themes of the plan:\n- Science\n- Inspiration", "Background", None),
])
def test_a_list_a_colon_or_a_heading_leads(question, text, section, items):
    row = lists.led_list(question, [result(text, 1, section)])
    assert (row.items if row else None) == items


@pytest.mark.parametrize(("question", "works_on"), [
    ("Which Canadian Space Agency working groups are active in 2023?", False),
    ("Which CSA teams are active on the Moon?", False),
    ("Which units of the Canadian Space Agency work on rovers?", False),
    # negative: what a body works on is still asked of it
    ("What does the Canadian Space Agency work on?", True),
    ("What technologies does the TWG work on?", True),
])
def test_a_question_for_groups_asks_no_areas(question, works_on):
    q = shapes.Question.analyse(question, EntityLinker(ENTITIES).link(question))
    assert (shapes.works_on(q) is not None) is works_on


@pytest.mark.parametrize(("sentence", "question", "person"), [
    ("Dr. Elena Ortiz handed over in June. Her successor is Dr. Tomas Lind of SNSA.",
     "Who succeeded Elena Ortiz as chair?", "Dr. Tomas Lind"),
    ("Dr. Sara Holm chaired the panel until Dr. Ken Ito took over.", "Who chaired the panel before Dr. Ken Ito?",
     "Dr. Sara Holm"),
    # negative: the only person is the one asked about
    ("Dr. Elena Ortiz handed over the chair in June.", "Who succeeded Elena Ortiz as chair?", None),
])
def test_the_person_a_question_names_is_not_its_answer(sentence, question, person):
    assert person_in(sentence, question) == person


DOCUMENTS = {
    "isecg-bulletin-2031.md": """# ISECG Bulletin 2031

*International Space Exploration Coordination Group · published 12 November 2031*

## Survey results

Four priorities came out of the partner survey. They are listed in the order agreed at the plenary:
1. Shared lunar communications
2. Common docking interfaces
3. Dust-tolerant seals
4. Open data on surface hazards

## Working arrangements

Most work happens by teleconference between the plenaries. The task forces active in 2031 are:
- the Surface Power Task Force, set up in 2029;
- the Lunar Navigation Task Force, which maintains the beacon catalogue;
- the Outreach Task Force, which prepares the yearly brochure.

## New head of the Science Working Group

After four years as chair of the Science Working Group, Dr. Elena Ortiz of the Spanish Space Agency handed over on
30 June 2031. Her successor is Dr. Tomas Lind of the Swedish National Space Agency.

## The chair

On 3 March 2024 the Canadian Space Agency passed the ISECG chair to the European Space Agency: Dr Marc Roy of CSA
handed the role to Ms Anna Berg of ESA. Dr Paul Mayer of DLR had chaired the Science Working Group until 2027.
""",
    "isecg-faq-2034.md": """# ISECG Questions and Answers

*International Space Exploration Coordination Group · 2034*

## What are the task forces?

- Surface Power Task Force — studies power for lunar bases.
- Lunar Navigation Task Force — keeps the beacon catalogue.
- Outreach Task Force — prepares the yearly brochure.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("answers18"))


@pytest.mark.slow
@pytest.mark.parametrize(("question", "items"), [
    ("Name the four priorities of the partner survey.", ["shared lunar communications", "common docking interfaces",
                                                         "dust tolerant seals", "open data on surface hazards"]),
    ("Which task forces are active in 2031?", ["surface power task force", "lunar navigation task force",
                                              "outreach task force"]),
    ("Name the task forces listed in the 2034 questions and answers.", ["surface power task force",
                                                                       "lunar navigation task force",
                                                                       "outreach task force"]),
])
def test_a_led_list_answers_whole(answerer, question, items):
    said = words_of(answerer.answer(question)["answer"] or "")
    assert all(f" {i} " in said for i in items), said


@pytest.mark.slow
def test_the_person_named_is_not_the_successor(answerer):
    response = answerer.answer("Who succeeded Elena Ortiz as chair of the Science Working Group?")
    said = words_of(response["short_answer"] or "")
    assert " lind " in said and " ortiz " not in said


@pytest.mark.slow
def test_the_person_a_handover_went_from(answerer):
    # the chair's timeline of agencies does not tell who handed it to a person
    response = answerer.answer("According to the 2031 bulletin, who handed the ISECG chair to Anna Berg?")
    assert " marc roy " in words_of(response["answer"] or "")
