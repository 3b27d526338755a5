"""Probes of round 15 for lists (qa/lists.py, qa/dated.py, qa/answerer.py; development sets o, p, q, t).

- "From which agencies do the authors of the IAC 2021 paper on ten years of the roadmap come?": a work the question
  links to that the corpus does not hold is what the document of the year it names is about; that document is the
  one asked (Answerer._document_asked).
- "Name the agencies that contributed to the 2022 supplement": a relative pronoun between the bodies and the verb
  still asks for a document's creators (dated.creators_asked); each body is named as the crediting sentence names it,
  its full name when it gives no acronym (dated._as_listed).
- "Which agencies are represented on the task team?", "... employed the authors ...", "... provided the co-chairs
  ...": the bodies of the people a list names after a lead holding what the question asks of, one a line or run on
  in a sentence; only those of the role asked when entries give roles (lists.people_rows).
- "Which agencies does the June 2024 bulletin report as newly admitted?": the members whose joining the graph read
  from that document's passages (dated.joined_reported, dated.joined_told).
- "Which working groups are listed in the 2022 press release?": the items a line ending in a colon and naming the
  things asked introduces, each by its head (lists.led_list).
Negatives: a lead of another group, prose naming people, a list led by another noun, a question for something other
than a document's creators."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from isecg_kg.qa import dated
from isecg_kg.qa.answerer import Answerer
from isecg_kg.qa.lists import asks_people_bodies, led_list, people_rows
from isecg_kg.records import DocumentRef

BODIES = {"NASA": "nasa", "JAXA": "jaxa", "ESA": "esa", "CSA": "csa", "DLR": "dlr", "ASI": "asi", "CNES": "cnes",
          "KARI": "kari", "European Space Agency": "esa", "Italian Space Agency": "asi", "NASA Ames": "nasa-ames",
          "German Aerospace Center": "dlr", "Korea Aerospace Research Institute": "kari"}


def _mentions_in(text: str) -> list:
    names = "|".join(sorted(map(re.escape, BODIES), key=len, reverse=True))
    return [SimpleNamespace(text=m.group(), start=m.start(), end=m.end(), iri=BODIES[m.group()], category="org")
            for m in re.finditer(rf"\b(?:{names})\b", text)]


def _hit(text: str, title: str = "Report", year: int = 2015) -> SimpleNamespace:
    return SimpleNamespace(text=text, document=DocumentRef("d", title, year, None, "d"), section=None)


def _named(iri: str) -> str:
    return {"nasa-ames": "NASA"}.get(iri, iri.upper())  # a unit is named as its agency


@pytest.mark.parametrize(("question", "text", "items"), [
    ("Which agencies are represented on the Lunar Dust Task Team?",
     "Intro text.\nPrepared by the ISECG Lunar Dust Task Team:\nMaria Conti, Italian Space Agency (ASI) — co-lead\n"
     "Tom Reyes, NASA Ames, California — co-lead\nJi-Won Park, Korea Aerospace Research Institute (KARI)\n"
     "With review by the Science Working Group.", ["ASI", "NASA", "KARI"]),
    ("Which organisations employed the authors of the 2016 white paper?",
     "Authors\nThis paper was written by:\nAnna Berg, European Space Agency (ESA), Noordwijk – lead author\n"
     "Karl Otto, German Aerospace Center (DLR), Cologne.\nLena Sato, JAXA, Tsukuba.", ["ESA", "DLR", "JAXA"]),
    # run on in a sentence and wrapped; only the role asked, and not the editor after the sentence's end
    ("Which agencies provided the co-chairs of the programme committee?",
     "Prepared by the programme committee: Paul Nkemelu (ESA, co-chair), Jennifer Hall\n(NASA, co-chair) and Aiko "
     "Mori (JAXA). Report editor: Claire Dubois (CNES).", ["ESA", "NASA"]),
    ("Which agencies do the members of the review board come from?",
     "The review board was composed as follows:\n- Sara Lind (CSA)\n- Omar Haddad (CNES)\n- Ines Wolf (DLR)",
     ["CSA", "CNES", "DLR"]),
    # two lines a PDF ran together, a place before the next name ("Berlin Elena Ricci")
    ("Which agencies employed the authors of the white paper?",
     "Authors:\nKarl Otto, German Aerospace Center (DLR), Berlin Elena Ricci, Italian Space Agency (ASI), Rome\n"
     "Acknowledgements follow.", ["DLR", "ASI"]),
    # the lead gives the role of all it lists
    ("Which agencies provided the co-chairs of the review panel?",
     "Review panel co-chairs: Ines Wolf (DLR) and Sara Lind (CSA).", ["DLR", "CSA"]),
])
def test_the_bodies_of_the_people_a_lead_lists(question, text, items):
    row = people_rows(question, [_hit(text, title="Lunar Science White Paper")], _mentions_in, _named)
    assert row is not None and row.items == items


@pytest.mark.parametrize(("question", "text"), [
    # the lead names another group
    ("Which agencies are represented on the Lunar Dust Task Team?",
     "Prepared by the Communications Working Group:\nMaria Conti, Italian Space Agency (ASI)\nTom Reyes (NASA)"),
    # prose naming people, no list after a lead
    ("Which agencies are represented on the task team?",
     "The task team met twice. Maria Conti of ASI opened the meeting and Tom Reyes of NASA closed it."),
    # a list of another group that shares a word with the question, and no entry of the role asked
    ("Which agencies provided the co-leads of the Mars Science Analysis Team?",
     "## Science Working Group\nScience Working Group co-chairs: Helena Moreau (ESA) and Marcus Oyel (NASA)."),
    # organisations asked, but not through people
    ("Which agencies reported work on dust mitigation?",
     "Prepared by the team:\nMaria Conti, Italian Space Agency (ASI)\nTom Reyes (NASA)"),
])
def test_no_people_list(question, text):
    assert people_rows(question, [_hit(text)], _mentions_in, _named) is None


LED = ("## Background\nThe group's working groups include:\n\n1. the Exploration Roadmap Working Group (ERWG), which "
       "drafted the supplement;\n2. the Technology Working Group, which keeps the gap list;\n3. the Communication "
       "Working Group.\n\nMedia contact follows.")


@pytest.mark.parametrize(("question", "text", "items"), [
    ("Which ISECG working groups are listed in the 2022 press release?", LED,
     ["Exploration Roadmap Working Group", "Technology Working Group", "Communication Working Group"]),
    ("Name the destinations given in the 2019 overview.",
     "Overview\nThe destinations considered are:\n- the Moon – where crews learn to live\n- near-Earth asteroids\n"
     "- Mars, the horizon goal\nEach is described below.", ["Moon", "near-Earth asteroids", "Mars"]),
])
def test_the_items_a_colon_lead_introduces(question, text, items):
    row = led_list(question, [_hit(text)])
    assert row is not None and row.items == items


def test_no_led_list_of_another_noun():
    assert led_list("Which working groups are listed in the 2022 press release?",
                    [_hit("The highlights are:\n- a lunar scenario\n- a Mars approach\n")]) is None


@pytest.mark.parametrize(("question", "document"), [
    ("Name the agencies that contributed to the 2022 Global Exploration Roadmap supplement.",
     "the 2022 Global Exploration Roadmap supplement"),
    ("Which organisations have contributed to the 2019 lunar scenario?", "the 2019 lunar scenario"),
    ("List the bodies who prepared the third edition.", "the third edition"),
])
def test_creators_asked_with_a_relative_pronoun(question, document):
    assert dated.creators_asked(question) == document


@pytest.mark.parametrize("question", ["Name the agencies that contributed robotics to the Gateway.",
                                      "Which agencies that joined in 2019 signed the statement?"])
def test_no_creators_asked(question):
    assert dated.creators_asked(question) is None


def test_bodies_named_as_the_listing_names_them():
    labels = {"uksa": ("United Kingdom Space Agency", "UKSA", "UK Space Agency"), "asi": ("Italian Space Agency", "ASI", "")}
    names = dated.Names(label=lambda i: labels[i][0], short=lambda i: labels[i][1],
                        told=lambda i, text: labels[i][2] if labels[i][2] and labels[i][2] in text else labels[i][0])
    listing = "Contributions were received from ASI, CNES and the UK Space Agency."
    assert [dated._as_listed(i, listing, names) for i in ("asi", "uksa")] == ["ASI", "UK Space Agency"]
    assert dated._as_listed("uksa", "Contributions came from UKSA.", names) == "UKSA"
    assert dated._as_listed("uksa", "Contributions came from Britain.", names) == "UKSA"  # no name given: short


def _asker(linked: list[str], held: set[str], found: str | None):
    """An Answerer's document choice, with the documents the corpus holds and what a search by year and genre finds."""
    stub = SimpleNamespace(_doc_ids=dict.fromkeys(held), _named_document=lambda text, filters: (found, []) if found else None)
    q = SimpleNamespace(text="", years=["2021"], of=lambda kind: [SimpleNamespace(iri=i, text=i) for i in linked])
    return lambda: Answerer._document_asked(stub, q, {})


def test_a_work_not_held_is_what_the_document_of_the_year_is_about():
    assert _asker(["work/ger"], {"doc/iac-2021"}, "doc/iac-2021")() == "doc/iac-2021"
    # a document the corpus holds, named: that one
    assert _asker(["doc/ger-2011"], {"doc/ger-2011", "doc/iac-2021"}, "doc/iac-2021")() == "doc/ger-2011"
    # no document of the year found: the work linked
    assert _asker(["work/ger"], {"doc/iac-2021"}, None)() == "work/ger"
    # the year is of the work's own name ("GLEX-2021,1,1,5"): the work linked
    assert _asker(["work/glex-2021"], {"doc/iac-2021"}, "doc/iac-2021")() == "work/glex-2021"


@pytest.mark.parametrize(("question", "document"), [
    ("Which agencies does the June 2024 ERWG Bulletin report as newly admitted to ISECG?", "the June 2024 ERWG Bulletin"),
    ("Which new members did the 2019 annual report list?", "the 2019 annual report"),
    ("What agencies does the autumn newsletter mention as having joined the group?", "the autumn newsletter"),
])
def test_the_document_whose_joinings_are_asked(question, document):
    assert dated.joined_reported(question) == document


@pytest.mark.parametrize("question", ["Which agencies does the 2024 bulletin report as hosts of meetings?",
                                      "Which agencies joined ISECG in 2019?"])
def test_no_joinings_reported_asked(question):
    assert dated.joined_reported(question) is None


@pytest.mark.parametrize(("question", "asked"), [
    ("Which agencies provided the co-chairs of the committee?", True),
    ("Which agencies are represented on the task team?", True),
    ("From which agencies do the authors of the paper come?", True),
    ("Which agencies provided its leads?", True),
    ("Which agencies lead (co-lead) the development of oxygen extraction?", False),  # a verb, no post
    ("Which agencies chaired ISECG before 2015?", False),
    ("Who are the authors of the paper?", False),  # people asked, not organisations
])
def test_organisations_asked_through_people(question, asked):
    assert asks_people_bodies(question) is asked
