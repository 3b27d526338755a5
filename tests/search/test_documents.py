"""A question naming a document (year, edition, title words, type) ranks that document's passages first,
and the words that name it do not decide which of its passages answers.

The corpus is invented here: two editions of a plan and a study, whose passages repeat each other's
wording, so only the document cues (and the rest of the question) can tell them apart."""

import json

import pytest

from isecg_kg.pipeline import ingest
from isecg_kg.search import SearchEngine

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "plan-2014.md": ("Lunar Science Plan — First Edition", 2014, "plan", """# Lunar Science Plan — First Edition

## Landers

Four small landers are proposed for the polar regions.

## About this edition

This first edition of the lunar science plan proposes how the first edition will be followed: the first
edition proposes a second edition of the plan once the first edition has been reviewed.
"""),
    "plan-2016.md": ("Lunar Science Plan — Second Edition", 2016, "plan", """# Lunar Science Plan — Second Edition

## Landers

Nine small landers are proposed for the polar regions.

## About this edition

This second edition of the lunar science plan proposes how the second edition will be followed: the
second edition proposes a third edition of the plan once the second edition has been reviewed.
"""),
    "rover-study-2016.md": ("Polar Rover Study", 2016, "study", """# Polar Rover Study

## Rovers

The study compared small landers with a long-range rover for the polar regions and preferred the rover.
"""),
}


@pytest.fixture(scope="module")
def engine(settings, tmp_path_factory):
    corpus = tmp_path_factory.mktemp("plans")
    catalog = {}
    for name, (title, year, kind, text) in DOCUMENTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
        catalog[name] = {"title": title, "year": year, "type": kind}
    (corpus / "catalog.json").write_text(json.dumps({"documents": catalog}), encoding="utf-8")
    local = settings.replace(corpus_dir=corpus, index_dir=tmp_path_factory.mktemp("plans-indexes"))
    report = ingest(local, progress=False)
    assert report.ok, report.failed
    return SearchEngine.from_build(report.build, local)


def first(engine, question: str):
    return engine.search(question, k=3)["results"][0]


@pytest.mark.parametrize("question, doc", [
    ("How many landers does the second edition propose?", "plan-2016"),
    ("How many landers does the 2014 plan propose?", "plan-2014"),
    ("How many landers does the first edition of the lunar science plan propose?", "plan-2014"),
])
def test_the_named_document_and_its_answering_passage_come_first(engine, question, doc):
    hit = first(engine, question)
    # The passage that answers, not the overview that repeats the title and edition of the document.
    assert hit.document.id == doc and "landers" in hit.text, (hit.passage_id, hit.text)
    assert hit.scores.document > 0


def test_a_year_fitting_two_documents_and_a_type_fitting_one(engine):
    # 2016 fits the second edition of the plan and the study; "study" fits one of them.
    hit = first(engine, "Which small landers for the polar regions did the 2016 study consider?")
    assert hit.document.id == "rover-study-2016", hit.passage_id


def test_no_document_named_no_boost(engine):
    results = engine.search("Which vehicle did the comparison prefer?", k=3)["results"]
    assert all(r.scores.document == 0 for r in results)
    assert results[0].document.id == "rover-study-2016"
