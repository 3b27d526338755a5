"""Probes of round 13 for lists asked with their size (qa/lists.py counted_list, qa/sentences.py short_answer).

- "What three themes ...?", "Name the four destinations ...": a lead counting the things asked and the list after
  its colon answers when it lists that many items; one listing another number (a table's header row and first cell
  run into the list, a list cut by the passage's end) does not, so the whole list elsewhere answers.
- The items of such a list that each say what they are ("the Moon, where crews ...; Mars, the goal ...") are
  answered by their terms.
- "Which agencies reported work on lunar dust mitigation?": a row keyed ("TG-03 Lunar dust mitigation for suits,
  seals ...") whose label's head the question names, qualified after it, alone on its line, with its organisations
  opening the next line before its next cell ("NASA, KARI Open; tests agreed") (lists.rows).
- "Name the working groups listed in the report": the terms a section headed with the things asked opens with
  ("Science Working Group (SWG) – links ..."), up to the first sentence that is none (lists.section_terms).
Negatives: a sentence that counts something else, or has no colon list, is neither kept nor dropped."""

from __future__ import annotations

import pytest

import re
from dataclasses import dataclass

from isecg_kg.qa.lists import asked_size, counted_list, rows, section_terms
from isecg_kg.qa.sentences import short_answer

from .test_sentences import result

# (question, sentence, counted_list)
COUNTED = [
    ("What three themes make up the near-term part of the scenario?",
     "Its near-term part covers three themes: a visit to an asteroid; long crew stays in cislunar space; "
     "humans to the lunar surface.", True),
    ("Name the three destinations considered in the overview.",
     "Three destinations are considered: the Moon, where crews learn to live; near-Earth asteroids, which offer "
     "practice; Mars, the ultimate goal.", True),
    ("Which four pillars does the strategy rest on?",
     "The strategy rests on four pillars: science, economy, inspiration and partnership.", True),
    # names with an "and" of their own, the next sentence paired with it
    ("Name the two early science payloads selected for the outside of the station.",
     "Two early payloads were selected: NASA's Heliophysics Environmental and Radiation Measurement Suite (HERMES) "
     "and ESA's European Radiation Sensors Array (ERSA). Samples and data are returned through Orion.", True),
    # a table's header row and first cell taken as the list
    ("What three themes make up the scenario?",
     "Three near-term themes make up the scenario: Theme What it is expected to deliver; Exploration of an asteroid",
     False),
    # a list the passage's end cut
    ("Which four pillars does the strategy rest on?", "Four pillars carry the strategy: science; economy", False),
    # commas that also set off what an item is: no count of items either way
    ("Which two organisations had observer status?",
     "Observer status went to two organisations: the Ministry of the Economy, which had started a resources "
     "initiative, and ISA, the Israel Space Agency.", None),
    ("Which two agencies hosted the workshops?", "Two agencies hosted them: CNES, in Toulouse, and DLR, in Cologne.",
     None),
    # more items between semicolons than counted
    ("What three themes make up the scenario?", "Three themes make it up: asteroids; the Moon; Mars; Venus.", False),
    # negatives: another noun counted, no list after a colon
    ("What three themes make up the scenario?", "Two agencies contributed: NASA; ESA; JAXA.", None),
    ("What three themes make up the scenario?", "Three themes make up the scenario, each led by an agency.", None),
]


@pytest.mark.parametrize("question,sentence,expected", COUNTED, ids=[f"{c[2]}-{n}" for n, c in enumerate(COUNTED)])
def test_counted_list(question, sentence, expected):
    assert counted_list(sentence, asked_size(question)) is expected


@pytest.mark.parametrize("question,sentence,expected", [
    ("Name the three destinations considered in the overview.",
     "Three destinations are considered: the Moon, where humans can learn to live and work on another planetary "
     "surface; near-Earth asteroids, which offer science return and practice in deep-space operations; Mars, the "
     "ultimate goal of human exploration in the coming decades.", "the Moon, near-Earth asteroids and Mars"),
    ("Which three sites were compared in the landing study?",
     "The study compared three sites: Shackleton rim, a ridge lit for most of the lunar year and close to cold traps; "
     "the de Gerlache ridge, which sees the Earth for most of the month and needs less relay support; Malapert "
     "massif, favoured for its view of the Earth and its gentle slopes towards the crater floor.",
     "Shackleton rim, the de Gerlache ridge and Malapert massif"),
])
def test_terms_of_described_items(question, sentence, expected):
    assert short_answer(question, sentence, []) == expected


def test_places_with_their_country_stay_whole():
    # negative: short items with a comma are items, not terms with what they are
    answer = short_answer("Which cities hosted the plenaries?", "The plenaries were held in: Rome, Italy; Tokyo, Japan.",
                          [])
    assert answer != "Rome and Tokyo"


GROUPS = ("Exploration Roadmap Working Group (ERWG) – led the drafting of the roadmap. Technology Working Group (TWG) "
          "– keeps the gap list. Acronyms. ASI – Italian Space Agency; ESA – European Space Agency.")
TEAMS = ("Gateway Benefits Task Team — wrote the white paper.\nLunar Night Task Team — studies power for the night.\n"
         "The teams report to the senior managers.")


@pytest.mark.parametrize("question,text,section,expected", [
    ("Name the working groups listed in the report.", GROUPS, "5. Working groups and acronyms",
     ["Exploration Roadmap Working Group (ERWG)", "Technology Working Group (TWG)"]),
    ("Which task teams does the report list?", TEAMS, "Task teams", ["Gateway Benefits Task Team",
                                                                         "Lunar Night Task Team"]),
    # negatives: a heading of other things; terms of other things under a heading of the things asked
    ("Name the working groups listed in the report.", GROUPS, "Acronyms", None),
    ("Which task teams does the report list?", "The teams met twice. ASI – Italian Space Agency; ESA – European "
     "Space Agency.", "Task teams", None),
])
def test_section_terms(question, text, section, expected):
    row = section_terms(question, [result(text, 1, section)])
    assert (row.items if row else None) == expected


@dataclass
class Named:
    start: int
    end: int
    text: str
    category: str = "org"
    iri: str = ""


def orgs_in(text: str) -> list[Named]:
    return [Named(m.start(), m.end(), m.group()) for m in re.finditer(r"\b(?:NASA|KARI|ESA|LSA|JAXA|CNES)\b", text)]


GAPS = ("TG-03 Lunar dust mitigation for suits, seals, mechanisms and optical surfaces\n"
        "NASA, KARI Open; test methods agreed but no flight test planned\n"
        "TG-09 Extraction of oxygen from lunar regolith for propellant and life support\n"
        "ESA, LSA Narrowed; a small pilot plant is in definition\n"
        "4.2 Cryogenic fluid management in long stays on the surface\n"
        "NASA, JAXA, CNES Open; ground tests only")


@pytest.mark.parametrize("question,expected", [
    ("Which agencies reported activities on lunar dust mitigation in the assessment?", [["NASA", "KARI"]]),
    ("Which agencies work on oxygen extraction?", []),  # negative: a head the question has only in part
    ("Which agencies are active in cryogenic fluid management?", [["NASA", "JAXA", "CNES"]]),
    ("Which agencies reported work on thermal control?", []),  # negative: no row of it
])
def test_keyed_row_with_qualified_label(question, expected):
    found = rows(question, [], [result(GAPS, 1)], orgs_in)
    assert [r.items for r in found] == expected


TABLE = ("3 Closed-loop environmental control and life support systems\nNASA, ESA, JAXA Tested on the station\n"
         "4 Surface power for the lunar night\nNASA, CNES Kilopower-class units studied")
# the graph knows each row's label as a technology of its own; the question's words link to a broader one
ROW_TECHS = {"Closed-loop environmental control and life support systems": "tech/eclss",
             "Surface power for the lunar night": "tech/night-power"}


def labels_in(text: str) -> list[Named]:
    found = [Named(m.start(), m.end(), m.group(), "tech", ROW_TECHS[m.group()])
             for m in re.finditer("|".join(map(re.escape, ROW_TECHS)), text)]
    return sorted(found + orgs_in(text), key=lambda m: m.start)


@pytest.mark.parametrize("question,linked,expected", [
    ("Which agencies report activities on closed-loop environmental control and life support?",
     [Named(74, 86, "life support", "tech", "tech/life-support")], [["NASA", "ESA", "JAXA"]]),
    ("Which agencies work on power for the lunar night?", [], [["NASA", "CNES"]]),
    ("Which agencies work on life support?", [Named(23, 35, "life support", "tech", "tech/life-support")], []),
])
def test_a_row_naming_a_technology_of_its_own_is_the_row_of_its_words(question, linked, expected):
    # negative: a question naming a few of the label's words, not the row
    assert [r.items for r in rows(question, linked, [result(TABLE, 1)], labels_in)] == expected
