"""Temporal probes of round 15, in other wording than the development sets s, t, u: documents named by an acronym of
their title or a rank before a word ("the second CLP edition", "the third plan edition") in "which came first" and "how
long after", a side ending in the verb of its release ("... did the annex appear?"), the holder asked to chair right
before another ("Which agency chaired XF immediately before DD?"), a start asked with the holder handing over ("When
did DD take over the chair, and from which agency?") and a holder found by its predecessor with its successor asked
("...; which agency was it, and to whom did it pass the chair?").

The base answered none of these: the acronym was no word of the title, the verb ("appear") found passages of
other things appearing, "before DD" was read as a second body, and a two-part chair question gave the latest holder.
Negatives: an acronym spelling no run of a title's initials names nothing; the first holder has no predecessor; a
second part asking something else keeps no edge of the term."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated
from isecg_kg.qa.answerer import _numbered
from isecg_kg.qa.sentences import initialled
from .fixtures import answerer_over, words_of
from .test_dated import _membership, _small_store, _answered


@pytest.mark.parametrize("text, title, expected", [
    ("the second GER edition", "The Global Exploration Roadmap — Second Edition", {"ger"}),
    ("How long after the CLP annex did ...", "Cislunar Logistics Plan: Annex on Cargo", {"clp"}),
    # a run of initials, not scattered ones; a word in capitals that spells nothing of the title
    ("the GLR study", "The Global Exploration Roadmap", set()),
    ("the NASA plan", "Cislunar Logistics Plan", set()),
])
def test_an_acronym_names_the_words_of_a_title(text, title, expected):
    assert initialled(text, title) == expected


@pytest.mark.parametrize("text, expected", [
    ("the third roadmap edition", 3), ("the second GER edition", 2), ("the 4th edition", 4),
    ("the first of the edition notes", None),
])
def test_a_rank_before_a_word_or_two_names_an_edition(text, expected):
    assert _numbered(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the first annex appear", "the first annex"), ("the logistics plan published", "the logistics plan"),
    ("the plan get released", "the plan"),
    # a verb that is no release stays: it names what happened
    ("the Forum adopt the charter", "the Forum adopt the charter"), ("the plenary closed", "the plenary closed"),
])
def test_the_verb_of_a_release_is_no_word_of_the_document(text, expected):
    assert dated.unreleased(text) == expected


def _four_chairs(tmp_path):
    return _small_store(tmp_path, "".join([
        _membership("c-aa", "aa", label="2019 to 2021-09", start="2019", end="2021-09", chair=True, sentence="AA row"),
        _membership("c-cc", "cc", label="2021-09 to 2023-10", start="2021-09", end="2023-10", chair=True,
                    sentence="CC row"),
        _membership("c-dd", "dd", label="2023-10 to 2025-09-28", start="2023-10", end="2025-09-28", chair=True,
                    sentence="DD row"),
        _membership("c-ee", "ee", label="from 2025-09-28", start="2025-09-28", chair=True, sentence="EE row")]))


@pytest.mark.parametrize("text, expected", [
    ("Which agency chaired XF immediately before DD?", "CC"),
    ("Which agency preceded DD in the XF chair?", "CC"),
    ("Which agency held the XF chair before the Delta Agency?", "CC"),
    ("Who held the XF chair just before EE took over in September 2025?", "DD"),
    # the holder whose successor is asked, as before
    ("Which agency took over the XF chair from CC?", "DD"),
])
def test_the_holder_before_the_one_named(tmp_path, text, expected):
    assert _answered(_four_chairs(tmp_path), text).short == expected


def test_the_first_holder_has_no_predecessor(tmp_path):
    assert _answered(_four_chairs(tmp_path), "Which agency chaired XF immediately before AA?") is None


@pytest.mark.parametrize("text, expected", [
    ("When did DD take over the XF chair, and from which agency?", "October 2023, from CC"),
    ("When did CC hand over the XF chair, and to which agency?", "October 2023, to DD"),
])
def test_an_edge_of_a_term_with_the_holder_on_its_other_side(tmp_path, text, expected):
    assert _answered(_four_chairs(tmp_path), text).short == expected


def test_a_second_part_asking_else_keeps_no_edge(tmp_path):
    # "who represented it" is a person: not the start of DD's term with its predecessor
    answer = _answered(_four_chairs(tmp_path), "When did DD take over the XF chair, and who represented it?")
    assert answer is None or "from CC" not in answer.short


@pytest.mark.parametrize("text, expected", [
    ("An agency was to take over the XF chair from CC; which agency was it, and to whom did it pass the chair?",
     "DD, which passed the chair to EE"),
    ("Which agency succeeded AA in the XF chair, and who followed it?", "CC, succeeded by DD"),
])
def test_a_holder_found_by_its_predecessor_then_its_successor(tmp_path, text, expected):
    assert _answered(_four_chairs(tmp_path), text).short == expected


DOCUMENTS = {
    "clp-2026-first-edition.md": """# Cislunar Logistics Plan — First Edition

*Cargo Forum · published 14 April 2026*

The Cislunar Logistics Plan (CLP) sets out how the member agencies will supply lunar outposts.
""",
    "clp-2029-second-edition.md": """# Cislunar Logistics Plan — Second Edition

*Cargo Forum · published 2 June 2029*

This second edition of the Cislunar Logistics Plan (CLP) replaces the first edition of April 2026.
""",
    "cargo-forum-review-2031.md": """# Cargo Forum review 2031

*Cargo Forum · published 9 January 2031*

## Bodies

The task team was formed in March 2030 and met monthly by video conference.
The Cargo Forum's review board was established on 3 June 2030.

## Milestones

Date Place Host Participants
14–16 May
2030
Lisbon, Portugal (CFHQ) Portugal Space depot design workshop; 30 participants
""",
    "cargo-pricing-white-paper-2029.md": """# Cargo Pricing White Paper

*Cargo Forum · published 2 November 2029*

The white paper compares the prices of cargo delivery to the lunar surface offered by commercial carriers.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("temporal15"))


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Which came first: the public release of the second CLP edition or the cargo pricing white paper?",
     " the public release of the second clp edition 2 june 2029 "),
    ("Which was issued later, the first CLP edition or the pricing paper?", " the pricing paper 2 november 2029 "),
])
def test_a_document_named_by_its_acronym_is_compared(answerer, text, expected):
    assert expected in words_of(answerer.answer(text)["short_answer"] or "")


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("How long after the first CLP edition did the second CLP edition appear?", "about three years"),
    ("How many months after the second logistics plan edition was the pricing white paper published?", "five months"),
])
def test_how_long_between_documents_named_by_acronym_or_rank(answerer, text, expected):
    assert (answerer.answer(text)["short_answer"] or "").startswith(expected)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a deed's noun told by its verb, against a date a layout broke over two lines ("14–16 May" / "2030": not the
    # year alone, which orders nothing against March 2030)
    ("Which came first: the formation of the Cargo Logistics Task Team or the depot design workshop at CFHQ?",
     " the formation of the cargo logistics task team march 2030 "),
    ("Which happened later: the establishment of the review board or the depot design workshop at CFHQ?",
     " the establishment of the review board 3 june 2030 "),
])
def test_a_deed_told_by_its_verb_and_a_date_over_two_lines(answerer, text, expected):
    assert expected in words_of(answerer.answer(text)["short_answer"] or "")


@pytest.mark.slow
def test_a_deed_no_sentence_tells_by_its_verb_is_no_answer(answerer):
    # no sentence tells the task team dissolved: no date for it, no order
    response = answerer.answer("Which came first: the dissolution of the Cargo Logistics Task Team or the depot "
                               "design workshop at CFHQ?")
    assert "dissolution" not in words_of(response["short_answer"] or "")
