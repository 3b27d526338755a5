"""Probes of round 16 for questions of lists, acronyms, counts and no-answers (qa/lists.py, qa/compose.py,
qa/answerer.py; development sets v, w, x).

- "What does the acronym SSAU stand for in the 2017 report?": the long form a passage gives the short name, from a
  list of acronyms (a dash, a colon, a table's row; the next entry may run on in the line), else from a name it
  brackets, the fewest words that spell it (lists.expansion).
- A line of prose the layout broke inside a name ("... the Science Working" / "Group and the ..."): the sentence
  runs on over the break when the next line opens with a name's last word and goes on (sentences._wrapped).
- "How many more agencies contributed to A than to the 2013 edition?": a sentence giving its own count and another
  year's beside it ("fourteen agencies, against twelve in 2013") counts the side naming that year with the other
  (compose.count_of_year).
- "Name the agencies that have joined ISECG since the third edition, according to the October 2019 newsletter": the
  year of a document the question cites is no time of joining (dated.joined_in), and "Table 2 shows which agencies"
  counts no agencies (sentences.count_in).
- "LSA's application was under review in 2018. When was it accepted?", "The workshop recommended forming a science
  working group; when was that working group established?": when the question unanswered, it is asked again of what
  the statement names, "it" its subject, "that <noun>" its phrase ending in the noun (answerer.told_again).
- "Which agency leads work on nuclear surface power?": only a sentence naming most words of the field of work asked
  answers (sentences.tells_topic); a byline crediting a co-chair of a working group does not.
- "Which agency took over the ISECG chair from JAXA in 2018?": a post taken, held or handed on in any verb is stated
  only by a sentence naming it (sentences.stated, POST_TAKEN); a list of contributing agencies does not.
- A paragraph the layout gave as a passage's heading ("Introduction — ... Eleven agencies took part in the task
  team."): its sentences are units of the passage (sentences.split_sentences).
Negatives: a question of no post, a heading of words only; a question pointing back to nothing the statement names, a question of no field of work; a year of joining beside a cited document's still asks the graph; a table's short cells over a name's last word, a sentence that uses the acronym without spelling it, a bracketed name whose words do not spell it, a
question for something other than a long form, a sentence whose other count is of a year the side does not name."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from isecg_kg.qa import dated
from isecg_kg.qa.answerer import told_again
from isecg_kg.qa.compose import count_of_year
from isecg_kg.qa.lists import EXPANSION_ASKED, expansion
from isecg_kg.qa.sentences import count_in, counted, split_sentences, stated, states, tells_topic
from isecg_kg.records import DocumentRef

from .test_dated import NAMES, question


def _hit(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, document=DocumentRef("d", "Report", 2017, None, "d"), section=None)


@pytest.mark.parametrize(("question", "texts", "long"), [
    ("What does the acronym MBRSC stand for in the Gateway standards overview?",
     ["MBRSC's contribution, an airlock, was announced later.",
      "6. Acronyms\nCSA – Canadian Space Agency\nMBRSC – Mohammed Bin Rashid Space Centre\nMCB – Multilateral Board"],
     "Mohammed Bin Rashid Space Centre"),
    # a table's row as pypdf renders it, after a sentence using the acronym bare
    ("What does SSAU stand for in the 2017 annual report?",
     ["The Ukrainian agency (SSAU) did not take part in meetings.", "Acronyms\nSSAU State Space Agency of Ukraine\n"
      "UKSA United Kingdom Space Agency"], "State Space Agency of Ukraine"),
    # a Markdown table, and list entries run together on one line
    ("What is NSO short for?", ["| Acronym | Meaning |\n|---|---|\n| NSO | Netherlands Space Office |"],
     "Netherlands Space Office"),
    ("What is the full name of the acronym TWG?",
     ["Abbreviations: ERWG: Exploration Roadmap Working Group TWG: Technology Working Group SWG: Science Group"],
     "Technology Working Group"),
    # a name bracketing it: the fewest words that spell it
    ("What does ILEWG stand for?",
     ["Delegates of the International Lunar Exploration Working Group (ILEWG) attended."],
     "International Lunar Exploration Working Group"),
    ("What does the abbreviation CLPS mean in the 2019 newsletter?",
     ["NASA buys deliveries through CLPS (Commercial Lunar Payload Services) from US firms."],
     "Commercial Lunar Payload Services"),
    # a long form the line breaks after a joining word goes on (not after a comma: a note's next line)
    ("What does HALO stand for?", ["Acronyms\nHALO Habitation and\nLogistics Outpost\nPPE Power and Propulsion Element"],
     "Habitation and Logistics Outpost"),
    ("What is the full name of ERO?", ["ERO Earth Return Orbiter,\nMission Phase B\nESA European Space Agency"],
     "Earth Return Orbiter"),
    # the next line opening another entry's acronym is not taken in
    ("What does TCS stand for?", ["TCS Thermal Control System for\nTDRS Tracking and Data Relay Satellite"],
     "Thermal Control System for"),
])
def test_expansion(question, texts, long):
    row = expansion(question, [_hit(t) for t in texts])
    assert row is not None and row.items == [long]


@pytest.mark.parametrize(("question", "texts"), [
    # used, never spelled out
    ("What does the acronym SSAU stand for?", ["The Ukrainian agency (SSAU) did not take part in meetings."]),
    # a bracketed name whose words do not spell it, a line opening with it that goes on in prose
    ("What does ESA stand for?", ["The Gateway module (ESA) was delivered.", "ESA Director General spoke first."]),
])
def test_no_expansion(question, texts):
    assert expansion(question, [_hit(t) for t in texts]) is None


def test_expansion_asked():
    assert EXPANSION_ASKED.search("What does the acronym MBRSC stand for in the overview?")
    assert EXPANSION_ASKED.search("What is the expanded form of 'NRHO'?")
    assert not EXPANSION_ASKED.search("What does NASA contribute to the Gateway?")
    assert not EXPANSION_ASKED.search("What does the ESA plan stand on?")


@pytest.mark.parametrize(("sentence", "side", "n"), [
    ("Fourteen agencies contributed, against twelve in 2013.", "the 2013 edition", "twelve"),
    ("ISECG counted 21 member agencies, up from 15 at the end of 2018.", "the end of 2018", "15"),
    ("Sixteen agencies took part, compared with eleven agencies in 2011.", "the 2011 meeting", "eleven"),
    # the other count is of another year than the side's: the sentence's own count stands
    ("Fourteen agencies contributed, against twelve in 2013.", "the third edition", None),
    ("In 2018 fourteen agencies signed, against twelve in 2013.", "the 2018 edition", None),
])
def test_count_of_year(sentence, side, n):
    assert count_of_year(sentence, side) == n


@pytest.mark.parametrize(("text", "sentence"), [
    ("Four working groups reported to the managers in 2021: the ERWG, the TWG, the Science Working\n"
     "Group and the Strategic Communications Working Group. The Science Working\nGroup, set up in 2016, was chaired.",
     "Four working groups reported to the managers in 2021: the ERWG, the TWG, the Science Working Group and the "
     "Strategic Communications Working Group."),
    ("The plenary welcomed a delegation from the Luxembourg Space\nAgency, which joined in 2019.",
     "The plenary welcomed a delegation from the Luxembourg Space Agency, which joined in 2019."),
    ("Since the roadmap was issued, the meetings were hosted by the Italian Space\nAgency in Rome.",
     "Since the roadmap was issued, the meetings were hosted by the Italian Space Agency in Rome."),
])
def test_name_wrapped(text, sentence):
    assert sentence in split_sentences(text)


def test_name_tail_in_cells():
    # cells of a table, one a line: no prose runs on
    assert split_sentences("Lead Body\nJAXA Science\nGroup, Japan") == ["Lead Body", "JAXA Science", "Group, Japan"]


def test_cited_year_is_no_joining_time():
    assert dated.joined_in(question("Name the agencies that have joined XF since the third edition, according to the "
                                    "October 2019 newsletter."), NAMES) is None
    assert dated.joined_in(question("Which agencies does the 2015 report list as having joined XF?"), NAMES) is None
    # the year of joining beside the document's year
    assert dated.joined_in(question("Which agencies joined XF in 2012, according to the 2014 report?"), NAMES)
    assert dated.joined_in(question("Which agencies joined XF during 2012?"), NAMES)


@pytest.mark.parametrize(("sentence", "n"), [
    ("Table 2 shows which agencies reported work on each.", None),
    ("As Annex 3 lists, agencies of the team met twice.", None),
    ("Eleven agencies took part in the task team (see Table 4).", "Eleven"),
    ("The 14 agencies in Section 2 took part.", "14"),
])
def test_part_number_counts_nothing(sentence, n):
    assert count_in(sentence, counted("How many agencies took part in the task team?")) == n


@pytest.mark.parametrize(("question", "again"), [
    ("The Luxembourg Space Agency's application was under review in March 2018. When was it accepted?",
     "When was the Luxembourg Space Agency's application accepted?"),
    ("The 2014 science workshop recommended forming a science working group; when was that working group established?",
     "When was the science working group established?"),
    ("The heads of agency agreed a new lunar logistics study in 2019. Which agency led this study?",
     "Which agency led the new lunar logistics study?"),
    ("A Mars sample return campaign was proposed in 2012! In which year did the campaign start?", None),  # no pointer
    ("The plenary was held in Tokyo. Which agency hosted that meeting?", None),  # "meeting": not named by the statement
    ("Who chaired ISECG in 2009?", None),
])
def test_told_again(question, again):
    assert told_again(question) == again


@pytest.mark.parametrize(("question", "text", "told"), [
    ("According to the 2011 status report, which agency leads work on nuclear surface power?",
     "Prepared by: S. Whitfield (NASA), Technology Working Group co-chair.", False),
    ("According to the 2011 status report, which agency leads work on nuclear surface power?",
     "Nuclear surface power: NASA leads, CNES supports.", True),
    ("Which agency coordinates research into dust mitigation in 2020?", "ESA coordinates lunar regolith studies.", False),
    ("Which agency coordinates research into dust mitigation in 2020?", "JAXA leads the mitigation of lunar dust.", True),
    ("Which agency hosted the 2019 plenary?", "The plenary took place in Tokyo.", True),  # no field of work asked
    # work in a document is no field of work
    ("Among the bodies credited with rover work in the 2021 assessment, which one is no member?",
     "The centre (MBRSC) does not belong to the group.", True),
])
def test_tells_topic(question, text, told):
    assert tells_topic(question, text) is told


@pytest.mark.parametrize(("question", "sentence", "told"), [
    ("Which agency took over the ISECG chair from JAXA in 2018?",
     "Agencies contributing to this edition: ASI (Italy), CNES (France) and JAXA (Japan).", False),
    ("Which agency took over the ISECG chair from JAXA in 2018?", "In 2018 JAXA handed the chairmanship to ASI.", True),
    ("Who held the presidency of the council in 2019?", "The council met twice in 2019 under Canada.", False),
    ("To whom did CNES pass the chair of the group?", "CNES chaired the group until December 2021.", True),
])
def test_post_taken_is_stated(question, sentence, told):
    assert states(sentence, stated(question)) is told


def test_no_post_asked():
    assert stated("Which agencies took part in the 2019 meeting?") == []
    assert stated("Which report did the chair of the group present in 2019?") == []  # the post is the subject


def test_paragraph_read_as_heading():
    units = split_sentences("- Taking part implies no commitment.", "Introduction — Mars stays the goal. The report was "
                            "drafted in 2021. Eleven agencies took part in the task team. *")
    assert "Eleven agencies took part in the task team." in units and units[-1] == "Taking part implies no commitment."
    assert split_sentences("The table lists the members.", "Members — Name Agency Role") == ["The table lists the members."]
