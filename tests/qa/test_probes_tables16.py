"""Table probes of round 16, in other wording than the development sets v, w, x: a member's joining year asked of
the document whose members table gives it ("According to the 2020 report, when did DD join XF?") while another
document gives another year; the members joining after, since or before a year ("Which agencies joined XF later than
2010?", "List the members admitted after 2011", "... since 2011 ...", "... before 2011 ..."), each by its first
beginning; (a person's agency asked "which agency is X from" is probed in test_dated); a count of
a table's rows by its year column ("How many interfaces were adopted in 2021?" over "Interface Lead Partners Year
adopted"); and the time between one thing and the rest of its kind ("... and the approval of the other interfaces").

The base answered the earliest year of any document, read "later than 2010" as nothing it knew (or, with the
document's year beside it, as two years), counted no rows, and dated "the other interfaces" by the sentence of the first one.
Negatives: a document that states no joining of the member leaves the earliest year; a count of the members after a
year is no list; a verb the table's header does not name counts no
rows; a remark's year after the year cell ("(Rev. 2023)") is not the row's."""

from __future__ import annotations

import pytest

from isecg_kg.qa import compose, dated, shapes
from isecg_kg.records import EntityRecord
from isecg_kg.qa.linking import EntityLinker
from .fixtures import answerer_over
from .test_dated import B, BY_IRI, ENTITIES, NAMES, _membership, _small_store, rows

REPORTS = [EntityRecord.from_dict({"iri": f"{B}id/doc/{d}", "label": title, "type": "Document", "types": ["Document"],
                                   "aliases": []}) for d, title in (("d1", "Forum Report 2010"), ("d2", "Forum Report 2020"))]
LINKER = EntityLinker([*ENTITIES, *REPORTS])


def _answered(store, text):
    plan = dated.plan(shapes.Question.analyse(text, LINKER.link(text)), NAMES)
    assert plan is not None, text
    return plan.compose(rows(store, plan.sparql))


def _members(tmp_path):
    # d1 says DD joined in 2011; d2's members table gives 2012 for it (and AA's, BB's, CC's years)
    return _small_store(tmp_path, "".join([
        _membership("dd-1", "dd", label="2011", start="2011", doc="d1", sentence="DD joined the forum in 2011."),
        _membership("aa-2", "aa", label="2009", start="2009", doc="d2", sentence="AA Alpha Agency 2009"),
        _membership("bb-2", "bb", label="2010", start="2010", doc="d2", sentence="BB Beta Agency 2010"),
        _membership("cc-2", "cc", label="2014", start="2014", doc="d2", sentence="CC Gamma Agency 2014"),
        _membership("dd-2", "dd", label="2012", start="2012", doc="d2", sentence="DD Delta Agency 2012"),
        _membership("ee-1", "ee", label="2013", start="2013", doc="d1", sentence="EE joined in 2013.")]))


@pytest.mark.parametrize("text, expected", [
    ("According to the Forum Report 2020, when did DD join XF?", "2012"),
    ("In which year did the Delta Agency become a member of XF, according to the Forum Report 2020's members table?",
     "2012"),
    ("According to the Forum Report 2010, in what year did DD join XF?", "2011"),
    # no document named: the earliest year stated, and the other year another document states
    ("When did DD join XF?", "2011 (another document states 2012)"),
    # the document named states no joining of EE: the year another states
    ("According to the Forum Report 2020, when did EE join XF?", "2013"),
])
def test_the_joining_year_the_named_document_gives(tmp_path, text, expected):
    assert _answered(_members(tmp_path), text).short == expected


@pytest.mark.parametrize("text, expected", [
    ("Which agencies in the Forum Report 2020's members table joined XF later than 2010?", ["DD", "CC"]),
    # no document named: each member's earliest year (DD's 2011, of the other report)
    ("List the members admitted to XF after 2011", ["EE", "CC"]),
    ("Which agencies have been members of XF since 2012?", None),  # no joining asked: no comparison
    ("Which agencies joined XF since 2011?", ["DD", "EE", "CC"]),
    ("Which agencies joined XF before 2011?", ["AA", "BB"]),
])
def test_the_members_joining_after_or_before_a_year(tmp_path, text, expected):
    if expected is None:
        assert dated.joined_compared(shapes.Question.analyse(text, LINKER.link(text)), NAMES) is None
        return
    answer = _answered(_members(tmp_path), text)
    assert [i["label"] for i in answer.answers] == [BY_IRI[f"{B}id/org/{m.lower()}"].label for m in expected]


def test_a_count_after_a_year_is_no_list():
    text = "How many agencies joined XF after 2010?"
    assert dated.joined_compared(shapes.Question.analyse(text, LINKER.link(text)), NAMES) is None


CATALOGUE = """# Lunar Surface Interface Catalogue 2024

## Interface table

The table gives each interface with its lead agency, its partners and the year its first version was adopted.

Interface Lead agency Partners Year adopted
Surface power plug (SPP) NASA ESA, JAXA 2021
Rover data link (RDL) ESA NASA 2023 ¹
Hatch (HH) JAXA CSA 2021 (Rev. 2023)
Dust seal (DS) CSA ESA 2022

¹ The data link's annex is still a draft.

## Testing

The dust seal was tested in 2021 at a vacuum facility in Houston.
"""


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    return answerer_over({"catalogue.md": CATALOGUE}, tmp_path_factory.mktemp("tables16"))


@pytest.mark.parametrize("text, expected", [
    ("How many of the interfaces in the 2024 catalogue were adopted in 2021?", "2"),
    # a remark after the year cell ("Rev. 2023") and a note mark are no year of the row
    ("How many interfaces were adopted during 2023?", "1"),
])
def test_a_count_of_the_rows_whose_year_column_holds_the_year(catalogue, text, expected):
    response = compose.year_column_count(catalogue, text, k=5, filters={})
    assert response is not None and response["short_answer"] == expected


def test_a_verb_the_header_does_not_name_counts_no_rows(catalogue):
    assert compose.year_column_count(catalogue, "How many interfaces were tested in 2021?", k=5, filters={}) is None


NOTES = """# Cargo Interface Notes 2023

## History

The berthing interface was the first: it was approved in 2012 and is used on every cargo flight. The remaining
interfaces were drafted by the partners from 2015 and approved in June 2018. A review of all of them is planned.
"""


@pytest.fixture(scope="module")
def notes(tmp_path_factory):
    return answerer_over({"notes.md": NOTES}, tmp_path_factory.mktemp("tables16-notes"))


@pytest.mark.parametrize("text, expected", [
    ("How many years passed between the approval of the berthing interface and the approval of the other cargo "
     "interfaces?", "six years"),
    ("How many years separate the approval of the berthing interface from the approval of the remaining interfaces?",
     "six years"),
])
def test_the_rest_of_a_kind_is_dated_by_another_sentence(notes, text, expected):
    sides = dated.gap_sides(text)
    assert sides is not None
    response = compose.span(notes, text, sides, k=5, filters={})
    assert response is not None and response["short_answer"] == expected


def test_a_side_that_is_no_rest_may_share_the_sentence(notes):
    # (both sides told by the one sentence and date: no span)
    text = "How many years passed between the approval of the berthing interface and its first cargo flight use?"
    sides = dated.gap_sides(text)
    assert sides is None or compose.span(notes, text, sides, k=5, filters={}) is None
