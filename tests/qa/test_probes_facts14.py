"""Probes for round 14 (facts and counts asked of /api/ask), on invented texts and a small graph:

- "at whose invitation" asks for the host: a two-part answer of where and at whose invitation gives both
  ("Lima; CC");
- "..., and at whose invitation?" is a second question ("whose" is a wh-word), asking for a body;
- "How many agencies are listed as working on X?": the agencies working on X, their number first;
- a paper asked of by its code, which the graph holds as an entity of its own with no people, is the document whose
  passage carries the code;
- "How many agencies signed X?" answered by "Thirteen agencies were represented. Nine of them sign X.": the part
  ("N of them") the sentence telling the verb gives."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from isecg_kg.qa import compose, dated, shapes
from isecg_kg.qa.answerer import ELLIPTIC, SECOND_QUESTION, Answerer
from isecg_kg.qa.linking import Mention
from isecg_kg.qa.sentences import answer_type
from isecg_kg.records import DocumentRef

from .fixtures import turtle_store
from .test_dated import LINKER, NAMES, TURTLE, B, rows


def _event(slug: str, date: str, place: str, host: str, sentence: str) -> str:
    said = "".join(f"<{B}id/st/{slug}-{n}> rdf:subject <{B}id/event/{slug}> ; rdf:predicate {p} ;\n"
                   f"    prov:wasDerivedFrom <{B}id/doc/d2/passage/1> ; isecg:sentence \"{sentence}\" .\n"
                   for n, p in enumerate(("schema:organizer", "schema:location")))
    return (f"<{B}id/event/{slug}> a schema:Event ; skos:prefLabel \"Forum meeting\" ; "
            f"schema:startDate \"{date}\"^^xsd:date ;\n    schema:location <{B}id/place/{place.lower()}> ; "
            f"schema:organizer <{B}id/org/{host}> .\n<{B}id/place/{place.lower()}> skos:prefLabel \"{place}\" .\n"
            + said)


EVENTS = (_event("oslo", "2018-06-12", "Oslo", "bb", "12-14 June 2018 | annual meeting of senior managers | Oslo | BB")
          + _event("lima", "2018-11-20", "Lima", "cc",
                   "The technology working group met in Lima in November 2018, hosted by CC."))


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return turtle_store(TURTLE + EVENTS, tmp_path_factory.mktemp("qa-facts14"))


def _short(graph, text: str) -> str | None:
    plan = dated.plan(shapes.Question.analyse(text, LINKER.link(text)), NAMES)
    assert plan is not None and plan.shape == "event_details", text
    composed = plan.compose(rows(graph, plan.sparql))
    return composed.short if composed else None


def test_at_whose_invitation_asks_for_the_host(graph):
    assert _short(graph, "Where was the June 2018 forum meeting held, and who hosted it?") == "Oslo; BB"
    assert _short(graph, "In which city did the forum meet in November 2018, and at whose invitation?") == "Lima; CC"
    assert _short(graph, "Who invited the forum to its November 2018 meeting, and where was it held?") == "CC; Lima"


def test_at_whose_invitation_is_a_second_question_for_a_body():
    for text in ("Where did the group first meet, and at whose invitation?",
                 "Where was the workshop held, and at whose request?"):
        cut = SECOND_QUESTION.search(text)
        assert cut is not None and ELLIPTIC.match(text[cut.end():]), text
    assert answer_type("at whose invitation did the group meet in Berlin?") == "org"
    assert SECOND_QUESTION.search("Where did the group meet, and whose members attended the session?") is not None
    assert not ELLIPTIC.match("whose members attended the session?")  # a question of its own, not elliptic


def _tech(text: str, words: str) -> list[Mention]:
    at = text.index(words)
    return [Mention(iri=B + "id/tech/isru", label="In-situ resource utilisation", type="Technology", text=words,
                    start=at, end=at + len(words), score=100.0, category="tech")]


def test_how_many_work_on_a_technology_is_a_count():
    for text in ("How many agencies are listed as working on in-situ resource utilisation in 2019?",
                 "How many agencies develop in-situ resource utilisation?"):
        plan = shapes.works_on(shapes.Question.analyse(text, _tech(text, "in-situ resource utilisation")))
        assert plan is not None and plan.count, text
    text = "Which agencies are working on in-situ resource utilisation?"
    plan = shapes.works_on(shapes.Question.analyse(text, _tech(text, "in-situ resource utilisation")))
    assert plan is not None and not plan.count  # the agencies themselves


def _hits(*passages: tuple[str, str]) -> SimpleNamespace:
    """An engine whose search gives these (document, text) passages, best first."""
    results = [SimpleNamespace(text=text, document=DocumentRef(doc, "Congress proceedings", None, None, doc)) for doc, text in passages]
    return SimpleNamespace(engine=SimpleNamespace(search=lambda text, k, **_: {"results": results[:k]}))


def _paper(text: str, code: str) -> shapes.Question:
    at = text.index(code)
    return shapes.Question.analyse(text, [Mention(iri=B + "id/work/code", label=code, type="CreativeWork", text=code,
                                                  start=at, end=at + len(code), score=100.0, category="document")])


def test_a_paper_named_by_its_code_is_also_the_document_carrying_it():
    for text, code in (("Who is the corresponding author of paper IAC-21-A3.1.6?", "IAC-21-A3.1.6"),
                       ("Who wrote GLEX-2021,1,1,5?", "GLEX-2021,1,1,5")):
        q = _paper(text, code)
        engine = _hits(("d/paper", f"{code} International Space Exploration Coordination Group"))
        assert Answerer._document_asked(engine, q, {}) == B + "id/work/code"  # the entity named, first
        assert Answerer._document_asked(engine, q, {}, named=False) == "d/paper"
    # a best passage without the code (another paper's) is no document asked of
    q = _paper("Who is the lead author of paper IAC-19-B3.1.4?", "IAC-19-B3.1.4")
    assert Answerer._document_asked(_hits(("d/other", "Lunar surface operations")), q, {}, named=False) is None


def _said(sentence: str, short: str) -> dict:
    return {"shape": "passage", "short_answer": short, "sentence": sentence, "answer": f"{short} — {sentence}"}


def test_a_part_of_what_the_sentence_before_counts_is_the_count():
    said = compose._counted_back("How many agencies signed the 2017 declaration?", _said(
        "Thirteen agencies were represented at the meeting. Nine of them sign this statement.", "13"))
    assert said["short_answer"] == "9" and said["answer"].startswith("9 — Thirteen agencies")
    said = compose._counted_back("How many delegations endorsed the framework?", _said(
        "Twenty delegations attended the plenary. Twelve of these endorsed the framework text.", "20"))
    assert said["short_answer"] == "12"
    # a part told in the sentence without the verb asked is no count of it
    assert compose._counted_back("How many agencies signed the declaration?", _said(
        "Nine of them were new members. The declaration was signed by the heads of agencies.", "9")) is None
