"""Questions whose time is given by an event or a document ("when the white paper was published", "at the time
of the Rome plenary"), answered as of the date the graph has for it; and questions asking two things ("in 2019
and in 2021", "where was it held, and who hosted it"). Probes of question shapes, on a small invented graph:
positives must be answered as stated, negatives must stay unanswered (or not give the wrong fact)."""

from __future__ import annotations

import pytest

from isecg_kg.kg.store import EmbeddedStore, write_store
from isecg_kg.qa import dated

from .test_dated import ENTITIES, TURTLE, _Engine, _membership, B

PREFIXES = "".join(line + "\n" for line in TURTLE.splitlines() if line.startswith("@prefix"))


def _count(node, n, date):
    kind = "xsd:date" if len(date) == 10 else "xsd:gYearMonth"
    return (f"<{B}id/org/body> isecg:memberCount <{B}id/count/{node}> .\n"
            f"<{B}id/count/{node}> a schema:QuantitativeValue ; schema:value {n} ; dcterms:date \"{date}\"^^{kind} .\n")


def _event(node, label, date, place, host):
    return (f"<{B}id/event/{node}> a schema:Event ; skos:prefLabel \"{label}\" ; schema:startDate \"{date}\"^^xsd:date ;"
            f" schema:location <{B}id/place/{place.lower()}> ; schema:organizer <{B}id/org/{host}> .\n"
            f"<{B}id/place/{place.lower()}> skos:prefLabel \"{place}\" .\n"
            f"<{B}id/st/{node}> rdf:subject <{B}id/event/{node}> ; rdf:predicate schema:startDate ; "
            f"prov:wasDerivedFrom <{B}id/doc/d1/passage/1> ; isecg:sentence \"The {label} met in {place}.\" .\n")


GRAPH = PREFIXES + f"""
<{B}id/org/body> skos:prefLabel "Exploration Forum" .
<{B}id/org/aa> skos:prefLabel "Alpha Agency" . <{B}id/org/bb> skos:prefLabel "Beta Agency" .
<{B}id/org/cc> skos:prefLabel "Gamma Agency" . <{B}id/org/dd> skos:prefLabel "Delta Agency" .
<{B}id/org/ee> skos:prefLabel "Epsilon Agency" .
<{B}id/doc/d1/passage/1> dcterms:isPartOf <{B}id/doc/d1> .
<{B}id/doc/d1> dcterms:title "Report 2020" ; dcterms:issued "2020-03-01"^^xsd:date .
<{B}id/doc/ws> dcterms:title "Lunar Science White Paper" ; dcterms:issued "2019-09"^^xsd:gYearMonth .
<{B}id/doc/r19> dcterms:title "Annual Report 2019" ; dcterms:issued "2019"^^xsd:gYear .
<{B}id/work/roadmap-3> dcterms:title "Exploration Roadmap, third edition" ; schema:version "3" ;
    dcterms:issued "2018-01"^^xsd:gYearMonth .
<{B}id/work/roadmap-2> dcterms:title "Exploration Roadmap, second edition" ; schema:version "2" ;
    dcterms:issued "2013-08"^^xsd:gYearMonth .
""" + "".join([
    _membership("aa", "aa", label="from 2007", start="2007"), _membership("bb", "bb", label="from 2007", start="2007"),
    _membership("cc", "cc", label="from 2019-04-10", start="2019-04-10"),
    _membership("dd", "dd", label="from 2021-02-11", start="2021-02-11"),
    _count("c2", 2, "2017-06"), _count("c3", 3, "2019-04-10"), _count("c4", 4, "2021-02-11"),
    _membership("ch-aa", "aa", label="2015-01-01 to 2019-06-30", start="2015-01-01", end="2019-06-30", chair=True),
    _membership("ch-bb", "bb", label="from 2019-06-30", start="2019-06-30", chair=True),
    _membership("ch-cc", "cc", label="from 2021-05-04", start="2021-05-04", chair=True),
    _event("rome", "Forum plenary", "2019-05-14", "Rome", "aa"),
    _event("oslo", "Forum plenary", "2020-11-03", "Oslo", "bb"),
    _event("noordwijk", "Forum winter plenary", "2019-02-12", "Noordwijk", "cc"),
    _event("c12", "12th Forum Congress", "2020-06-01", "Lisbon", "dd"),
    _event("c13", "13th Forum Congress", "2021-06-01", "Lisbon", "dd"),
])


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    from isecg_kg.qa import Answerer

    folder = tmp_path_factory.mktemp("qa-as-of")
    (folder / "g.ttl").write_text(GRAPH)
    write_store(folder / "store", [(folder / "g.ttl", B + "graph/doc/g")])
    return Answerer(engine=_Engine(), graph=EmbeddedStore.open(folder / "store"), entities=ENTITIES)


PROBES = [
    # the time named by an event: its start date
    ("Which agency chaired XF at the time of the Rome plenary?", "AA", "chair"),
    ("Which agency held the chair when the Oslo plenary took place?", "BB", "chair"),  # no body named: XF's
    ("Who chaired XF during the Oslo plenary?", "BB", "chair"),
    ("Which agency chaired XF when the winter plenary was held at Noordwijk?", "AA", "chair"),  # its season, place
    ("Which agency chaired XF at the time the 12th Forum Congress opened?", "BB", "chair"),  # its number
    # ... by a document: its issue date (a corpus document, or a work the graph dates by its edition)
    ("How many members did XF have when the Lunar Science White Paper was published?", "3", "member_count"),
    ("How many members did XF have when the third edition of the roadmap was released?", "2", "member_count"),
    ("Which agency chaired XF when the second edition of the roadmap came out?", None, None),  # no chair stated then
    ("How many member agencies were there at the time of the Oslo plenary?", "3", "member_count"),  # XF's
    # ... by a body's joining
    ("How many members did XF have when DD joined?", "4", "member_count"),
    # ... by a name with a year the graph dates no event of: that year (stop 61; development set av showed the form),
    # an event of another year than the one named being another ("the Rome plenary of 2018" is not that of 2019)
    ("Which agency chaired XF at the time of Lisbon Congress 2020?", "BB", "chair"),
    ("Which agency chaired XF at the time of the May 2019 Lisbon workshop?", "AA", "chair"),  # by its month too
    ("How many members did XF have at the time of the Rome plenary of 2018?", "2", "member_count"),
    # membership as of that date, with the joining date that decides it
    ("Was CC a member of XF when the third edition of the roadmap was released?", "No; it joined XF on 10 April 2019",
     "member_at"),
    ("Was CC a member at the time of the Oslo plenary?", "Yes; it joined XF on 10 April 2019", "member_at"),
    ("Was DD a member of XF when the Lunar Science White Paper was published?", "No; it joined XF on 11 February 2021",
     "member_at"),
    ("Was DD a member of XF when the Lunar Science White Paper was published, and when did it join?",
     "No; it joined XF on 11 February 2021", "member_at"),
    # two times, two answers
    ("Which agencies took over the XF chair in 2019 and in 2021?", "BB; CC", "chair+chair"),
    ("Which agency became XF chair in 2019, and which one in 2021?", "BB; CC", "chair+chair"),  # the head repeated
    # an event named by its words, not its date: where, who hosted it, when; two questions sharing their end
    ("Where was the Oslo plenary held, and who hosted it?", "Oslo; BB", "event_details"),
    ("When was the Oslo plenary held?", "3 November 2020", "event_details"),
    ("On which date, and in which city, did the Oslo plenary take place?", "3 November 2020; Oslo",
     "event_details+event_details"),
    ("Who hosted the Oslo plenary, and when was it held?", "BB; 3 November 2020", "event_details"),
    # negatives: an event or document the graph does not date is not "now"; a membership never stated is not
    # "yes"; a joining known only to its year does not tell a day of that year; two events the words do not tell
    # apart have no one host
    ("Which agency chaired XF at the time of the Berlin plenary?", None, None),
    ("Was EE a member of XF when the Lunar Science White Paper was published?", None, None),
    ("Was CC a member of XF when the Annual Report 2019 was published?", None, None),
    ("Who hosted the Forum plenary?", None, None),
    ("How many members did XF have when the fifth edition of the roadmap was released?", None, None),
    ("Which agency chaired XF at the time the Forum Congress opened?", None, None),  # the 12th or the 13th
]


@pytest.mark.parametrize("question, short, shape", PROBES)
def test_a_time_named_by_an_event_or_document(answerer, question, short, shape):
    response = answerer.answer(question)
    if short is None:
        assert response["shape"] in (None, "passage") and response["short_answer"] in (None,), response["answer"]
    else:
        assert response["short_answer"] == short and response["shape"] == shape, response["answer"]


def test_the_dating_clause_and_what_it_names():
    found = dated.anchor("Which agency chaired ISECG when the 2019 science white paper was endorsed?")
    assert found.named == "the 2019 science white paper" and not found.event
    found = dated.anchor("Which agency held the chair at the time of the March 2020 videoconference?")
    assert found.named == "the March 2020 videoconference" and found.event
    assert dated.anchor("How many members did ISECG have when the 2022 supplement went to press?").named == \
        "the 2022 supplement"
    assert dated.anchor("Which agency chaired ISECG in 2019?") is None
    assert dated.anchor("When was the 2019 science white paper endorsed?") is None  # asks the date, gives none


def test_a_clause_giving_the_time_does_not_ask_for_a_date():
    from isecg_kg.qa.sentences import answer_type

    assert answer_type("Which agency chaired ISECG when the 2019 science white paper was endorsed?") == "org"
    assert answer_type("How many members did ISECG have when the 2022 supplement went to press?") == "number"
    assert answer_type("When was the 2019 science white paper endorsed?") == "date"
    assert answer_type("Which agency took over the chair, and when?") == "date"
    assert answer_type("When in 2019 did the plenary meet?") == "date"
