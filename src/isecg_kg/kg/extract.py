"""Rule-based extraction of entities and typed relations from a document's page text.

No network, no model: a gazetteer of the reference data, definitions the document makes
("Full Name (ACRONYM)"), tables and lists read line by line (the page text keeps line breaks),
and sentence patterns for relations.  Every fact carries its evidence: the passage, the page
and the sentence (or table row) it came from, the rule that produced it and the rule's confidence.

The jobs live in their own modules: ``text`` (lines, sentences, footnotes, passages), ``facts``
(recording facts and entities), ``discover`` (pass 1: what the document names), ``rules`` (pass 2:
relations, a list of small rules).  This module only drives them.
"""

from __future__ import annotations

from ..ingest.model import Document, Page, Passage
from .described import described
from .discover import Discovery
from .events import Events
from .facts import Evidence, Extraction, Fact, Recorder
from .reference import Gazetteer
from .context import Context, State
from .rules import apply, finish
from .series import Series
from .text import BODY_RE, DocumentText


def extract_document(doc: Document, pages: list[Page], passages: list[Passage], gazetteer: Gazetteer, base: str,
                     *, corpus_titles: dict[str, str] | None = None, corpus_years: dict[str, int] | None = None,
                     corpus_editions: dict[tuple[str, int], str] | None = None,
                     corpus_genres: dict[tuple[str, int], list[str]] | None = None) -> Extraction:
    """The facts of one document.  ``corpus_titles`` (normalised title -> IRI), ``corpus_years`` (IRI ->
    year: a title cited with another year is another version), ``corpus_editions`` ((series key, ordinal)
    -> IRI) and ``corpus_genres`` ((genre, year) -> IRIs) name the corpus's documents, so a cited one gets
    their IRI."""
    text = DocumentText(pages, passages)
    recorder = Recorder(doc.id, gazetteer, base)
    events = Events(recorder)
    series = Series(doc, text, recorder, corpus_editions or {}, genres=corpus_genres)
    Discovery(doc, text, recorder, events, corpus_titles or {}, corpus_years or {}).run()
    ctx, state = Context(doc, text, recorder, events, series, _main_body(text, recorder)), State()
    for line in text.lines:
        for sentence in text.sentences(line):
            sentence.mentions = described(recorder.gazetteer, sentence.text, recorder.gazetteer.find(sentence.text))
            sentence.footnote = text.footnote_of(sentence)
            if sentence.passage_id:
                for m in sentence.mentions:
                    recorder.mention(sentence.passage_id, m.entity)
            apply(ctx, state, sentence)
    finish(ctx, state)
    _keep_precise_dates(recorder.result)
    for fact in recorder.result.facts:  # a fact with no date of its own holds as of its document
        if fact.date is None and fact.evidence is not None:
            fact.date = series.date
    return recorder.result


def _main_body(text: DocumentText, recorder: Recorder):
    """The coordination body a document is about: the group, committee or council it names most."""
    counts: dict[str, int] = {}
    for line in text.lines:
        for m in recorder.gazetteer.find(line.text):
            if m.entity.type == "Organization" and BODY_RE.search(m.entity.label):
                counts[m.entity.iri] = counts.get(m.entity.iri, 0) + 1
    return recorder.gazetteer.by_iri[max(counts, key=counts.get)] if counts else None


def _keep_precise_dates(result: Extraction) -> None:
    """An event dated "Nov-Dec 2021" and "30th Nov and 2nd Dec 2021": keep the precise dates."""
    best: dict[tuple[str, str], str] = {}
    for f in result.facts:
        if f.p in ("schema:startDate", "schema:endDate"):
            key = (f.s, f.p)
            if len(f.o.value) > len(best.get(key, "")):
                best[key] = f.o.value
    result.facts = [f for f in result.facts if f.p not in ("schema:startDate", "schema:endDate")
                    or f.o.value == best[(f.s, f.p)]]


__all__ = ["Evidence", "Extraction", "Fact", "extract_document"]
