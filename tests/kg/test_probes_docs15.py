"""Round 15 probes of a document's title and the editions it names: a file's metadata label (a year or a code, acronyms
and genre words beside words of the title) gives way to the title its first page sets; supplements cited together
with a list of their months ("its supplements of August 2020 and October 2022"), of the series the sentence named."""

from __future__ import annotations

import pytest

from isecg_kg.ingest.catalog import _page_title_wins
from isecg_kg.kg.series import head_genre, series_key


# the corpus holds the roadmap's first edition: its series is one the documents name
CORPUS = {"corpus_editions": {(series_key("The Global Exploration Roadmap"), 1): "http://example.org/id/doc/ger-2011"}}


@pytest.mark.parametrize(("label", "title"), [
    ("Moon to Mars architecture white paper 2023",
     "Toward a Common Moon-to-Mars Architecture: Elements, Phases and Interoperability"),
    ("ISECG Technology Gap Assessment 2018", "Critical Technology Gaps for Human Exploration Beyond Low Earth Orbit"),
    ("IAC-21 ISECG paper", "Coordinating Lunar Surface Exploration through ISECG"),  # a code and a genre word alone
    ("Lunar power study v2 final", "Power Systems for Sustained Lunar Surface Operations"),
    ("GLEX-2021 NASA paper", "Commercial Partnerships in Cislunar Space"),
])
def test_a_file_label_gives_way_to_the_first_page_title(label, title):
    assert _page_title_wins(title, label)


# (since round 21 a metadata title with words of its own gives way too: across the development sets' PDFs the page's
# title was the one their gold cites, "Mars Sample Return Campaign 2024" is then the document's second name)
@pytest.mark.parametrize(("label", "title"), [
    ("Mars Sample Return Campaign 2024", "Lunar Dust Mitigation Standards"),
    ("Global Exploration Roadmap Supplement", "Lunar Surface Exploration Scenario Update"),
    ("Annual Report 2019", "ISECG Annual Report 2019"),  # the genre and year spelled out with the body's acronym
])
def test_a_metadata_title_of_other_words_gives_way(label, title):
    assert _page_title_wins(title, label)


def test_a_genre_and_year_stand_over_a_heading_of_other_words():
    assert not _page_title_wins("Highlights of the Year", "Annual Report 2019")


def _supplements(r) -> set[tuple[str, str]]:
    """(version, issued) of every supplement work the document names."""
    works = {s for s, p, o in r.facts if p == "dcterms:type" and o == "supplement"}
    version = {s: o for s, p, o in r.facts if p == "schema:version" and s in works}
    return {(version.get(s), o) for s, p, o in r.facts if p == "dcterms:issued" and s in works}


@pytest.mark.parametrize("text", [
    "It builds on the third edition of the Global Exploration Roadmap (January 2018) and on its supplements of "
    "August 2020 and October 2022.",
    "The Global Exploration Roadmap has been updated twice since 2018: its supplements of August 2020, and "
    "October 2022, set out the lunar surface scenario.",
])
def test_supplements_cited_with_a_list_of_months(extract, text):
    r = extract(f"ISECG White Paper\nPublished March 2023\n{text}", title="Lunar Architecture White Paper", year=2023,
                **CORPUS)
    assert {("2020", "2020-08"), ("2022", "2022-10")} <= _supplements(r)


def test_a_supplement_of_the_series_named_before(extract):
    r = extract("ISECG Annual Report 2023\nThe Global Exploration Roadmap remains the main product of the group. Its third "
                "edition appeared in January 2018; the October 2022 supplement added a first look at Mars missions.",
                title="ISECG Annual Report 2023", year=2023, **CORPUS)
    assert ("2022", "2022-10") in _supplements(r)


def test_no_supplement_without_its_month_or_a_series(extract):
    r = extract("Nutrition Study\nPublished June 2023\nCrews took the vitamin supplements of June 2023 and July 2023.",
                title="Nutrition Study", year=2023)
    assert not _supplements(r)
    r = extract("ISECG White Paper\nPublished March 2023\nThe Global Exploration Roadmap is the main product. Work began "
                "on a 2024 supplement.", title="ISECG White Paper", year=2023, **CORPUS)
    assert not _supplements(r)



@pytest.mark.parametrize(("lines", "genre"), [
    (["Global Exploration Roadmap Workshop 2017:", "Executive Summary"], "workshop-summary"),
    (["Technology Assessment Symposium", "Summary Report"], "workshop-report"),
    (["Exploration Strategy Meeting", "Record of Discussions"], "minutes"),
])
def test_a_genre_word_naming_an_event_is_no_genre_of_the_document(lines, genre):
    assert head_genre(lines) == genre


@pytest.mark.parametrize(("lines", "genre"), [
    (["The Global Exploration Roadmap"], "roadmap"),
    (["Global Exploration Roadmap Supplement", "Presented at the Roadmap Workshop"], "supplement"),
])
def test_a_genre_word_of_its_own_stands(lines, genre):
    assert head_genre(lines) == genre


def _editions(r) -> set[str]:
    """The ordinals of the editions of a series the document names."""
    return {o for s, p, o in r.facts if p == "schema:version" and "/work/" in s}


@pytest.mark.parametrize("text", [
    "The working group will update this analysis for a fourth edition of the Global Exploration Roadmap, now expected "
    "in 2025.",
    "A full fourth edition of the roadmap may follow once agency plans for Mars are clearer.",
    "Agencies could later contribute to a fifth edition of the Global Exploration Roadmap.",
])
def test_an_edition_still_to_come_is_no_work(extract, text):
    r = extract(f"ISECG White Paper\nPublished March 2023\nThe third edition of the Global Exploration Roadmap appeared "
                f"in January 2018. {text}", title="Lunar Architecture White Paper", year=2023, **CORPUS)
    assert "3" in _editions(r) and not _editions(r) & {"4", "5"}


def test_an_edition_released_with_an_indefinite_article_is_one(extract):
    r = extract("ISECG Newsletter\nPublished March 2025\nIn 2024 ISECG released a fourth edition of the Global Exploration "
                "Roadmap.", title="ISECG Newsletter", year=2025, **CORPUS)
    assert "4" in _editions(r)
