"""Probes of round 14 for details in tables, footnotes and two-part counts (development sets s, t, u).

- "What is the reference number of the proceedings?": an identifier (letters and digits in three parts or more, a
  year among them: "ISECG-TW-2013-01") is asked, not a count; one the question gives is no answer
  (sentences.answer_type "code", has_type, short_answer).
- "On which day of the congress was the paper presented?": one day within a gathering; the gathering's span
  ("25–29 October 2021") gives none (sentences "day").
- "What role did Anna Berg play in the study?": the role a table of people gives in the person's row, the cells but
  the name and the person's body; a sentence naming the person is no row (lists.person_role_row).
- "How many gaps did it identify, and how many of them were judged critical?": both counts of the first answer's
  sentence, each with what it counts ("26 gaps, 8 critical") (answerer.PART_COUNTED, _count_split).
- "How many members did it have in 2018?": a count of another time less the difference the sentence gives against the
  year asked ("21 member agencies, six more than in 2018": 15) (compose.count_then).
- "In which city and month was it decided?", "Where and when was it held?": the place, then the time the sentence
  gives ("Rome, October 2016") (sentences.PLACE_AND_TIME).
Negatives: a date or a span of years is no code; a count question stays one; a sentence without the part's count
splits nothing."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from isecg_kg.qa.answerer import PART_COUNTED, _count_split
from isecg_kg.qa.compose import count_then
from isecg_kg.qa.lists import person_role_row
from isecg_kg.qa.sentences import answer_type, has_type, short_answer
from isecg_kg.records import DocumentRef

ORGS = ("NASA", "JAXA", "ESA", "CSA", "DLR")


def _mentions_in(text: str) -> list:
    return [SimpleNamespace(text=m.group(), start=m.start(), end=m.end(), iri=m.group().lower(), category="org")
            for m in re.finditer(rf"\b(?:{'|'.join(ORGS)})\b", text)]


def _hit(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, document=DocumentRef("d", "Assessment", 2018, None, "d"), section=None)


@pytest.mark.parametrize("question, sentence, code", [
    ("What is the reference number of the proceedings of the workshop?",
     "Workshop proceedings: ISECG-TW-2013-01, compiled by the hub, 20 December 2013.", "ISECG-TW-2013-01"),
    ("Which document number does the 2019 technical memorandum carry?",
     "The findings are published as NASA/TM-2019-220154 (March 2019).", "NASA/TM-2019-220154"),
    ("Under which identifier was the study filed?", "It was filed under ESA-HSO-K-2020-0001 by the directorate.",
     "ESA-HSO-K-2020-0001"),
    # the code the question gives is what it asks about
    ("What is the reference number of the report cited in IAC-21-A3.1.5?",
     "Paper IAC-21-A3.1.5 cites report GER-SUP-2020-02.", "GER-SUP-2020-02"),
])
def test_an_identifier_asked_is_a_code(question, sentence, code):
    assert answer_type(question) == "code"
    assert has_type("code", sentence, set())
    assert short_answer(question, sentence, []) == code


@pytest.mark.parametrize("sentence", ["The meeting was held on 2013-01-05 in Paris.", "The 2020-2030 plan was adopted.",
                                      "Section 3.1.5 lists the gaps."])
def test_a_date_a_span_or_a_section_is_no_code(sentence):
    assert not has_type("code", sentence, set())


def test_a_count_asked_stays_one():
    assert answer_type("What is the number of agencies in the group?") == "number"
    assert answer_type("How many reports did the group publish?") == "number"


@pytest.mark.parametrize("question, sentence, day", [
    ("On which day of the 72nd IAC was the paper presented?",
     "The paper was presented on 27 October 2021, the third day of the congress.", "27 October 2021"),
    ("What day of the symposium saw the panel on lunar dust?", "The panel met on April 5, 2022 in Colorado Springs.",
     "April 5, 2022"),
])
def test_one_day_of_a_gathering(question, sentence, day):
    assert answer_type(question) == "day"
    assert short_answer(question, sentence, []) == day


@pytest.mark.parametrize("sentence", ["72nd International Astronautical Congress, Dubai, 25–29 October 2021.",
                                      "The symposium ran from 4 - 7 April 2022.", "It met in October 2021."])
def test_the_span_of_a_gathering_gives_no_day(sentence):
    assert not has_type("day", sentence, set())
    assert short_answer("On which day of the congress was the paper presented?", sentence, []) is None


CONTRIBUTORS = _hit("Christopher Moore NASA TWG co-chair\nHiroshi Ueno JAXA Lead author, surface mobility\n"
                    "Anne Becker DLR Lead author, life support")


@pytest.mark.parametrize("question, hits, role", [
    ("What role did Hiroshi Ueno of JAXA play in the 2018 assessment?", [CONTRIBUTORS], "Lead author, surface mobility"),
    ("What was Anne Becker's position in the assessment team?", [CONTRIBUTORS], "Lead author, life support"),
    # the role in the first cell, the name and body after it
    ("Which function did Maria Lopez hold at the workshop?",
     [_hit("Role | Name | Agency\nWorkshop organiser | Maria Lopez | ESA\nRapporteur | Tom Hale | CSA")],
     "Workshop organiser"),
])
def test_the_role_a_persons_row_gives(question, hits, role):
    row = person_role_row(question, hits, _mentions_in)
    assert row is not None and row.items == [role]


def test_a_sentence_naming_the_person_is_no_row():
    hits = [_hit("Hiroshi Ueno of JAXA wrote the chapter on surface mobility.")]
    assert person_role_row("What role did Hiroshi Ueno play in the assessment?", hits, _mentions_in) is None
    # nor is a question asking no role
    assert person_role_row("Which agency does Hiroshi Ueno work for?", [CONTRIBUTORS], _mentions_in) is None


@pytest.mark.parametrize("first, second, sentence, total, parts", [
    ("How many technology gaps did the assessment identify", "how many of them were judged critical?",
     "Twenty-six gaps were identified; eight were judged critical and are listed below.", "26", ("26 gaps", "8 critical")),
    ("How many proposals did the board receive", "how many were selected?",
     "The board received 40 proposals, of which 12 were selected for study.", "40", ("40 proposals", "12 selected")),
])
def test_a_part_of_a_count(first, second, sentence, total, parts):
    part = PART_COUNTED.match(second)
    assert part is not None
    one = {"sentence": sentence, "short_answer": total}
    split = _count_split(first, one, part.group("what"))
    assert split is not None and tuple(s["short_answer"] for s in split) == parts


def test_a_sentence_without_the_part_splits_nothing():
    one = {"sentence": "Twenty-six gaps were identified by 58 experts.", "short_answer": "26"}
    assert _count_split("How many gaps did it identify", one, "critical") is None
    assert PART_COUNTED.match("how many agencies hosted them?") is None


def _counted(short: str, sentence: str) -> dict:
    return {"shape": "passage", "short_answer": short, "sentence": sentence, "answer": f"{short} — {sentence}"}


@pytest.mark.parametrize("question, short, sentence, then", [
    ("According to the digest, how many member agencies did ISECG have in 2018?", "21",
     "ISECG now counts 21 member agencies, six more agencies than in 2018.", "15"),
    ("How many members did the forum have at the end of 2008?", "12",
     "The forum had 12 members at the end of 2010, three fewer than at the end of 2008.", "15"),
])
def test_a_count_taken_back_to_the_year_asked(question, short, sentence, then):
    assert count_then(question, _counted(short, sentence))["short_answer"] == then


@pytest.mark.parametrize("question, short, sentence", [
    # the year of the count itself, another year than the one compared with, a document's year
    ("How many member agencies did ISECG have in 2020?", "21", "In 2020 ISECG counted 21 agencies, six more than in 2018."),
    ("How many member agencies did ISECG have in 2019?", "21", "ISECG now counts 21 member agencies, six more than in 2018."),
    ("How many agencies contributed to the 2018 roadmap?", "21", "It counts 21 agencies, six more than in 2018."),
])
def test_a_count_of_the_year_asked_stays(question, short, sentence):
    assert count_then(question, _counted(short, sentence))["short_answer"] == short


@pytest.mark.parametrize("question, sentence, named, both", [
    ("In which city and month was the decision taken to prepare the new edition?",
     "The decision to prepare a new edition was taken when the senior managers met in Rome in October 2016.", ["Rome"],
     "Rome, October 2016"),
    ("Where and when was the 2019 plenary held?", "The plenary met in Bremen on 12 March 2019.", ["Bremen"],
     "Bremen, 12 March 2019"),
    ("In which country and year was the accord signed?", "The accord was signed in Japan in 2021.", ["Japan"],
     "Japan, 2021"),
])
def test_a_place_and_a_time_asked_at_once(question, sentence, named, both):
    assert short_answer(question, sentence, named) == both


def test_a_place_alone_or_no_time_told():
    assert short_answer("In which city was the decision taken?", "It was taken in Rome in October 2016.", ["Rome"]) == "Rome"
    assert short_answer("When and where did the forum meet?", "The forum met in Tokyo.", ["Tokyo"]) == "Tokyo"
