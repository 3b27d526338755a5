"""Probes of editions (round 19): a supplement cited with its year after its name ("Roadmap Supplement 2026", "the
Supplement, 2026 edition"), its release month in the next cell, after a dash or in brackets, is an edition named as the
text names it; by its year alone ("the 2026 supplement to the roadmap", "the supplement of 2026") it is none, as
before (no release month). An edition the text contrasts with what was done ("rather than a fourth edition") or tells
to come ("the fourth edition will ...") is no work."""

from __future__ import annotations

import pytest

from isecg_kg.kg.series import series_key

SUPPLEMENT = "id/work/global-exploration-roadmap-supplement-2026"
# the series the corpus holds an edition of (its supplements are that series'), named before as the build's gazetteer
# knows it
EDITIONS = {(series_key("The Global Exploration Roadmap"), 1): "http://kg.test/id/doc/ger-first-edition"}
KNOWN = "The third edition of the Global Exploration Roadmap appeared in January 2018.\n"


def _versions(r) -> dict[str, str]:
    return {s: o for s, p, o in r.facts if p == "schema:version"}


def _issued(r, iri: str) -> set[str]:
    return {o for s, p, o in r.facts if s == iri and p == "dcterms:issued"}


def _names(r, iri: str) -> set[str]:
    return {o for s, p, o in r.facts if s == iri and p in ("skos:prefLabel", "skos:altLabel", "dcterms:title")}


@pytest.mark.parametrize("text, issued, name", [
    ("Our publications\n- Global Exploration Roadmap Supplement 2026 – published on 3 March 2026; it revised the "
     "Mars campaign.", "2026-03-03", "Global Exploration Roadmap Supplement 2026"),
    ("Publications\n| Publication | Released | Notes |\n|---|---|---|\n| Global Exploration Roadmap Supplement 2026 | March 2026 | New landers |",
     "2026-03", "Global Exploration Roadmap Supplement 2026"),
    ("Further reading\n- *Global Exploration Roadmap Supplement, 2026 edition* (March 2026)\n- *ISECG Annual Report "
     "2025* (May 2026)", "2026-03", "Global Exploration Roadmap Supplement, 2026 edition"),
])
def test_a_supplement_with_its_year_after_its_name(extract, text, issued, name):
    r = extract(KNOWN + text, title="ISECG Fact Sheet 2027", year=2027, corpus_editions=EDITIONS)
    assert _versions(r).get(SUPPLEMENT) == "2026"
    assert issued in _issued(r, SUPPLEMENT)
    assert name in _names(r, SUPPLEMENT)


@pytest.mark.parametrize("text", [
    "The working groups discussed the 2026 supplement to the Global Exploration Roadmap at length.",
    "When the Global Exploration Roadmap was revised, with the supplement of 2026, twenty agencies took part.",
    "- Global Exploration Roadmap Supplement 2026 – on Mars sample return.",
    "The Global Exploration Roadmap supplement will be reviewed in 2026 by the working group.",
    "The agencies asked for a supplement in 2026 to the Global Exploration Roadmap.",
    "Supplementary material of 2026 is attached to the Global Exploration Roadmap.",
])
def test_no_supplement_of_a_year_that_names_none(extract, text):
    assert SUPPLEMENT not in _versions(extract(KNOWN + text, title="ISECG Fact Sheet 2027", year=2027,
                                                 corpus_editions=EDITIONS))


@pytest.mark.parametrize("text", [
    "The agencies chose to follow the Global Exploration Roadmap with short updates rather than a full fifth edition.",
    "Instead of a fifth edition of the Global Exploration Roadmap, the agencies issued a short note.",
    "“The fifth edition of the Global Exploration Roadmap will, for the first time, cover asteroid mining.”",
    "The fifth edition of the Global Exploration Roadmap is to be released in 2029.",
])
def test_an_edition_not_yet_made_is_no_work(extract, text):
    r = extract(text, title="ISECG Fact Sheet 2027", year=2027)
    assert "id/work/global-exploration-roadmap-edition-5" not in _versions(r)


@pytest.mark.parametrize("text", [
    "The fifth edition of the Global Exploration Roadmap, released in May 2026, will guide the agencies.",
    "The fifth edition of the Global Exploration Roadmap was released in May 2026.",
])
def test_an_edition_made_stays_a_work(extract, text):
    r = extract(text, title="ISECG Fact Sheet 2027", year=2027)
    assert _versions(r).get("id/work/global-exploration-roadmap-edition-5") == "5"
