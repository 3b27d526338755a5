"""Round 17 probes (search): the words naming a document still count a little for the passages that speak of it.

The words of "the joint statement on surface power" boost the statement's passages (cues.py) and leave the query
the retrievers rank by; a passage of another document that speaks of the statement then ranked as one that does
not.  Invented documents (other titles, years and places than the test corpora)."""

import pytest

from isecg_kg.pipeline import ingest
from isecg_kg.search import SearchEngine
from isecg_kg.settings import Settings

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "surface-power-statement-2021.md": """# Joint Statement on Surface Power

*Vienna, 3 May 2021*

The undersigned agencies support shared standards for surface power on the Moon.

The statement was signed by NASA, ESA, JAXA and CSA.
""",
    "power-workshop-report-2022.md": """# Lander Workshop Report

*ISECG · workshop report · 2022*

## Second session

The second session reviewed the joint statement on surface power and what it asks of landers.

## Third session

The third session reviewed the thermal standards proposed for landers by industry.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search17")
    (folder / "corpus").mkdir()
    for name, text in DOCUMENTS.items():
        (folder / "corpus" / name).write_text(text)
    settings = Settings.load(environ={}).replace(corpus_dir=folder / "corpus", index_dir=folder / "indexes")
    report = ingest(settings, progress=False)
    assert report.ok, report.failed
    return SearchEngine.from_build(report.build, settings)


def lexical_of(engine, query: str, words: str) -> float:
    """The lexical score of the passage holding ``words``."""
    return next(h.scores.lexical for h in engine.search(query, k=10)["results"] if words in h.text)


@pytest.mark.parametrize("query", [
    "Which session of the lander workshop reviewed the joint statement on surface power?",
    "In which session did the workshop review the surface power statement?",
])
def test_a_passage_speaking_of_the_named_document_outscores_one_that_does_not(engine, query):
    # Both sessions "reviewed" something; only the second speaks of the statement the query names.
    assert lexical_of(engine, query, "second session") > lexical_of(engine, query, "third session")


def test_the_named_document_still_answers_what_it_says(engine):
    # Negative: the naming words do not lift a passage that only speaks of the statement above the statement itself.
    top = engine.search("Which agencies signed the joint statement on surface power?", k=3)["results"][0]
    assert top.document.id == "surface-power-statement-2021"
