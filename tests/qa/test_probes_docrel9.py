"""How an answer names a document it says another replaces or builds on, round 9: as a reader names it, by its title
(the main part of it, with the body that issued it and the word of its kind when the graph has them) and its date in
words, never an ISO date ("(2020-08)") in the text; the ISO dates stay in the structured fields and the SPARQL.
POSITIVE: the base printed the full title with "(2020-08)". GUARDS: an edition's title, a title dated itself, a work
with no kind known, named alike before and after."""

from __future__ import annotations

import re

import pytest

from isecg_kg.qa import dated

SUPPLEMENT = "Global Exploration Roadmap Supplement — Lunar Surface Exploration Scenario Update"


@pytest.mark.parametrize(("title", "issued", "kind", "publisher", "named"), [
    # POSITIVE: the main part of the title, its issuer, the date in words, then the rest of the title
    (SUPPLEMENT, "2020-08", "supplement", "ISECG",
     "the ISECG Global Exploration Roadmap Supplement of August 2020 (Lunar Surface Exploration Scenario Update)"),
    ("Critical Technology Needs", "2019-11", "white-paper", "ISECG", "the ISECG Critical Technology Needs paper of "
     "November 2019"),
    ("Mars Surface Operations Strategy", "2021-03-04", "strategy", None, "the Mars Surface Operations Strategy of "
     "4 March 2021"),
    # GUARDS: an edition, a title dated itself, no kind known, no date
    ("The Global Exploration Roadmap — Second Edition", "2013-08-20", "roadmap", None,
     "The Global Exploration Roadmap — Second Edition (20 August 2013)"),
    ("ISECG Annual Report 2022", "2023", "annual-report", "ISECG", "ISECG Annual Report 2022"),
    ("Lunar Relay Concept", "2021-07", None, None, "Lunar Relay Concept (July 2021)"),
    ("Lunar Relay Concept", None, None, None, "Lunar Relay Concept"),
])
def test_a_document_named_as_a_reader_names_it(title, issued, kind, publisher, named):
    assert dated.document_name(title, issued, kind, publisher) == named


def test_what_a_document_replaces_is_said_with_dates_in_words():
    labels = {"d22": "Global Exploration Roadmap Supplement, October 2022 — Lunar Surface Exploration Scenario Update",
              "d20": SUPPLEMENT}
    names = dated.Names(label=lambda i: labels[i], short=lambda i: labels[i])
    plan = dated.document_relation("d22", names, later=False)
    rows = [{"x": "d20", "rel": dated.term("dcterms:replaces").value, "issued": issued, "own": "2022-10",
             "kind": "supplement", "publisher": "ISECG", "passage0": "p1", "sentence0": "s1"} for issued in ("2020-08", "2020")]
    composed = plan.compose(rows)
    assert composed.short == ("the ISECG Global Exploration Roadmap Supplement of August 2020 (Lunar Surface "
                              "Exploration Scenario Update)")
    assert "replaces the ISECG Global Exploration Roadmap Supplement of August 2020" in composed.text
    assert not re.search(r"\(\d{4}-\d\d", composed.text)  # no ISO date in the words
    assert composed.answers == [{"label": SUPPLEMENT, "iri": "d20"}]
