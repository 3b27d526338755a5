"""Probes of editions (round 12): a document whose title dates it ("..., August 2013 (digest)") is an edition of the
series its title names without the date; an edition a text calls possible is no work yet; a supplement cited in a
reference list, its release month closing the entry."""

from __future__ import annotations

import re

import pytest


def _versions(r) -> dict[str, str]:
    return {s: o for s, p, o in r.facts if p == "schema:version"}


def _issued(r, iri: str) -> set[str]:
    return {o for s, p, o in r.facts if s == iri and p == "dcterms:issued"}


@pytest.mark.parametrize("title, text, wanted", [
    ("The Global Exploration Roadmap, August 2013 (digest)",
     "The Global Exploration Roadmap\nSecond edition, August 2013 — a digest of its destinations\n1. Purpose\nThe "
     "roadmap was released on 20 August 2013. A third edition of the roadmap followed in 2018, once the agencies had "
     "studied the lunar surface.", "id/work/global-exploration-roadmap-edition-3"),
    ("Lunar Architecture Plan: March 2021 (summary)",
     "Lunar Architecture Plan\nSecond edition, March 2021\n1. Scope\nThe plan was released in March 2021. It replaces "
     "the first edition of the plan, released in May 2017.", "id/work/lunar-architecture-plan-edition-1"),
])
def test_an_edition_belongs_to_the_series_without_the_title_date(extract, title, text, wanted):
    r = extract(text, title=title, year=int(re.search(r"\d{4}", title).group()))
    assert wanted in _versions(r)
    assert not [iri for iri in _versions(r) if re.search(r"(?:august|march)-20\d\d-edition", iri)]


@pytest.mark.parametrize("text", [
    "3. The next gap assessment should be prepared in time for a possible fourth edition of the GER.",
    "Agencies discussed a potential fifth edition of the Global Exploration Roadmap.",
])
def test_a_possible_edition_is_no_work(extract, text):
    assert not _versions(extract(text, title="Technology Gap Assessment 2024", year=2024))


@pytest.mark.parametrize("text, year, issued", [
    ("References\nThe Global Exploration Roadmap, third edition, January 2018.\nGlobal Exploration Roadmap Supplement, "
     "October 2022 (Moon-to-Mars architecture).", "2022", "2022-10"),
    ("Sources\n- Global Exploration Roadmap Supplement, August 2023.\n- ISECG Annual Report, 2022.", "2023", "2023-08"),
])
def test_a_supplement_in_a_reference_list_is_an_edition(extract, text, year, issued):
    r = extract(text, title="Technology Gap Assessment 2024", year=2024)
    supplement = f"id/work/global-exploration-roadmap-supplement-{year}"
    assert _versions(r).get(supplement) == year
    assert issued in _issued(r, supplement)


def test_a_supplement_named_in_a_sentence_is_read_as_before(extract):
    r = extract("Two roadmap supplements were issued. The Global Exploration Roadmap Supplement of October 2022 "
                "described the Moon-to-Mars architecture.", title="Technology Gap Assessment 2024", year=2024)
    assert "2022-10" in _issued(r, "id/work/global-exploration-roadmap-supplement-2022")


@pytest.mark.parametrize("text", [
    "The fourth edition supersedes the third. Earlier editions appeared in September 2011 (first) and August 2013 "
    "(second).",
    "Two editions came before the third: the first (September 2011) and the second (August 2013).",
])
def test_editions_told_by_their_dates_with_ordinals_in_brackets(extract, text):
    r = extract(text, title="The Global Exploration Roadmap, Fourth Edition", year=2024)
    assert "2011-09" in _issued(r, "id/work/global-exploration-roadmap-edition-1")
    assert "2013-08" in _issued(r, "id/work/global-exploration-roadmap-edition-2")


def test_ordinals_in_brackets_without_editions_are_none(extract):
    r = extract("The workshops met in May 2019 (first) and June 2021 (second).",
                title="The Global Exploration Roadmap, Fourth Edition", year=2024)
    assert not [iri for iri in _versions(r) if iri.startswith("id/work/")]
