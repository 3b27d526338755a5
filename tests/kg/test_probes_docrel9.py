"""Probes of what a document says it replaces, round 9 (tests/data/probes/docrel9: Markdown, and HTML rendered to PDF
by headless Chromium), read by the real ingestion and extraction. Wordings the development documents do not use: the
earlier work as the subject of a passive verb whose agent is the document itself ("... is brought up to date and
superseded by this assessment", "has been superseded by this edition", "is hereby updated and replaced by the present
study"), the verbs "revises" and "succeeds", a title before its kind ("the Lunar Power Needs paper of March 2021"), and
a cover's fields: "Supersedes: <work> (<date>)" set as a heading, a label ("Replaces", "Builds on") above its value.
POSITIVE: the base found no relation. NEGATIVES (the "neg-" names): look-alikes that must give none: "is not replaced
by this paper", a heat shield replaced, a work superseded by another document ("by the 2024 update"), an agency
succeeded by another, "builds on decades of cooperation", labels "Replaces" / "Builds on" over hardware and cooperation, a body's work by its possessive ("the Working Group's
assessment of October 2019", "NASA's study of March 2021": no title)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_probes_docs import own_metadata

DATA = Path(__file__).parent.parent / "data" / "probes" / "docrel9"

POSITIVE = [  # (file, the relation's object: a work of that slug, or an edition)
    ("passive-brought-up-to-date.md", "id/work/lunar-power-needs"),
    ("passive-edition-superseded.md", "id/work/mars-relay-plan-edition-2"),
    ("passive-hereby-replaced.pdf", "id/work/lunar-relay-concept"),
    ("revises-cited-paper.md", "id/work/crew-health-needs"),
    ("succeeds-edition.md", "id/work/surface-mobility-roadmap-edition-1"),
    # a cover's field a layout set as a heading, and a cover's label with the value on the line below it
    ("cover-supersedes-field.pdf", "id/work/lunar-sample-science-goals"),
]
LABELLED = [("cover-label-above-value.pdf", {("dcterms:replaces", "id/work/lunar-navigation-plan"),
                                             ("schema:isBasedOn", "id/work/lunar-relay-concept")})]
NEGATIVES = ["neg-not-replaced-passive.md", "neg-other-agent.md", "neg-label-hardware.md", "neg-possessive-assessment.md"]


def _relations(name: str, gazetteer) -> set[tuple[str, str]]:
    got = own_metadata(DATA / name, gazetteer)
    me = f"id/doc/{Path(name).stem}"
    return {(p, o) for s, p, o in got["facts"] if s == me and p in ("dcterms:replaces", "schema:isBasedOn")}


@pytest.mark.parametrize(("name", "replaced"), POSITIVE, ids=[p[0] for p in POSITIVE])
def test_a_document_replaces_the_work_it_names(name, replaced, gazetteer):
    assert _relations(name, gazetteer) == {("dcterms:replaces", replaced)}


@pytest.mark.parametrize(("name", "relations"), LABELLED)
def test_a_cover_label_names_the_relation_of_the_value_below(name, relations, gazetteer):
    assert _relations(name, gazetteer) == relations


@pytest.mark.parametrize("name", NEGATIVES)
def test_no_relation_from_a_look_alike(name, gazetteer):
    assert _relations(name, gazetteer) == set()
