"""Round 14 probes of a document's own type, title and edition (dcterms:type, dcterms:title, dcterms:issued, the works
it names): the genre a head's own words give (a workshop's report, a meeting's notes, a reference architecture, an
overview of mission scenarios), a file's short label of the title its cover sets, an edition's day its opening
sentence gives, and a cited edition's series without the words after it; with the scorer's reading of a type."""

from __future__ import annotations

import pytest

from isecg_kg.ingest.catalog import _page_title_wins
from isecg_kg.kg.evaluate_corpus import _type_key
from isecg_kg.kg.series import CITED_EDITION_RE, RELEASE_CUE_RE, genre_of, head_genre

from .test_probes_docs import BODY, own_metadata


def _genre(lines: list[str]) -> str | None:
    return head_genre(lines) or genre_of(lines[0])


@pytest.mark.parametrize(("lines", "expected"), [
    # a report that calls itself a workshop's, or of a forum or symposium
    (["Workshop Report: International Mars Sample Return and Exploration Coordination (2018)"], "workshop-report"),
    (["INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP", "International Exploration Forum 2015 — Summary Report",
      "Saint-Hubert, Québec · 22–23 April 2015"], "workshop-report"),
    (["Lunar Polar Science Symposium", "Report to the agencies", "Bremen, 4–6 May 2022"], "workshop-report"),
    (["ISECG Lunar Dust Workshop Summary Report", "Kyoto, 2 June 2021"], "workshop-report"),
    # a meeting's notes, as they call themselves
    (["International Architecture Working Group — Workshop Notes", "Dates: 25–27 April 2017"], "meeting-notes"),
    (["Notes from the autumn plenary session of the Exploration Roadmap Working Group"], "meeting-notes"),
    (["Mars Working Group teleconference notes", "12 March 2020"], "meeting-notes"),
    # an architecture the document sets out, before the report it calls itself
    (["The ISECG Reference Architecture for Human Lunar Exploration",
      "Summary report of the International Architecture Working Group (IAWG)"], "architecture"),
    (["Moon-to-Mars Architecture Definition Document", "Revision B, 2023"], "architecture"),
    (["A Reference Architecture for Human Mars Missions", "ISECG Mars Team, 2015"], "architecture"),
    # an overview of mission scenarios, before the roadmap whose scenarios they are
    (["Global Exploration Roadmap: Mission Scenarios Overview", "Destinations, phases and preparatory missions"],
     "mission-scenarios"),
    (["Human Lunar Mission Scenario Update", "Exploration Roadmap Working Group, 2016"], "mission-scenarios"),
])
def test_genre_from_the_heads_words(lines, expected):
    assert _genre(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    (["Report of the 12th ISECG Plenary Session", "Rome, 3 May 2019"], "meeting-report"),  # a meeting's
    (["Minutes of the Third ISECG Meeting — Montréal, 2–3 July 2008"], "minutes"),
    (["International Architecture Working Group — Summary of the Fourth Meeting"], "meeting-summary"),  # (the body)
    (["Annual Report 2019", "Activities of the group in 2019"], "annual-report"),
    (["Global Exploration Roadmap Supplement (Moon-to-Mars architecture)", "October 2022"], "supplement"),
    (["The Global Exploration Roadmap — Third Edition", "Mission scenarios for the Moon and Mars"], "roadmap"),
])
def test_genre_negatives(lines, expected):
    assert _genre(lines) == expected


@pytest.mark.parametrize("title", ["Technical Notes on Lunar Dust", "Space agencies agree on a common lunar architecture",
                                   "Architecture of the Gateway's power system"])
def test_no_notes_nor_architecture_genre(title):
    assert _genre([title]) not in ("meeting-notes", "architecture")


@pytest.mark.parametrize(("ours", "gold"), [("annual-report", "annual report"), ("white-paper", "White Paper"),
                                            ("workshop-report", "workshop report"), ("meeting-notes", "meeting_notes")])
def test_scorer_type_ignores_case_hyphen_space(ours, gold):
    assert _type_key(ours) == _type_key(gold)


@pytest.mark.parametrize(("ours", "gold"), [("report", "annual report"), ("statement", "joint-statement"),
                                            (None, "roadmap")])
def test_scorer_type_other_types_differ(ours, gold):
    assert _type_key(ours) != _type_key(gold)


@pytest.mark.parametrize(("label", "title"), [
    ("GER Supplement 2022 digest", "Global Exploration Roadmap Supplement 2022: Lunar Surface Exploration Scenario Update"),
    ("TWG Assessment 2021", "Technology Working Group Assessment of Critical Technologies, 2021"),
    # (since round 21 the page's title wins over any label not saying its words: the edition it adds, another's words)
    ("The Global Exploration Roadmap", "The Global Exploration Roadmap — Third Edition"),
    ("GER Supplement", "Lunar Surface Exploration Scenario Update"),
])
def test_file_label_abbreviates_the_cover_title(label, title):
    assert _page_title_wins(title, label)


@pytest.mark.parametrize(("label", "title"), [
    ("ISECG Annual Report 2019", "Annual Report 2019"),  # the heading spells out no "ISECG"
    # (a genre and year: the label says the same, its body by acronym)
    ("ISECG Annual Report 2019", "International Space Exploration Coordination Group Annual Report 2019"),
])
def test_file_label_saying_as_much_stands(label, title):
    assert not _page_title_wins(title, label)


@pytest.mark.parametrize(("text", "series"), [
    ("they endorsed the outline of the third edition of the Global Exploration Roadmap and agreed on the chair",
     "Global Exploration Roadmap"),
    ("Complete the third edition of the Global Exploration Roadmap for release in early 2018", "Global Exploration Roadmap"),
    ("the second edition of the Strategy for Exploration and Science was released", "Strategy for Exploration and Science"),
])
def test_cited_edition_series_ends_at_its_last_name_word(text, series):
    assert CITED_EDITION_RE.search(text).group("post") == series


@pytest.mark.parametrize(("ext", "content", "day"), [
    ("txt", "The Global Exploration Roadmap — Fourth Edition\nA digest of the 2024 edition\n\n1. What this edition "
            "replaces\n\nThe fourth edition of the Global Exploration Roadmap (GER) was released on 14 October 2024 in "
            "Milan, during the International Astronautical Congress. It supersedes the third edition of 2018.\n" + BODY,
     "2024-10-14"),
    ("md", "# Lunar Surface Operations Plan — Second Edition\n\n2021\n\n## Purpose\n\nThe second edition of the plan was "
           "published on 3 May 2021 by the ISECG Secretariat after a review by all the member agencies.\n" + BODY,
     "2021-05-03"),
])
def test_own_edition_day_from_opening_sentence(ext, content, day, tmp_path, gazetteer):
    path = tmp_path / f"probe.{ext}"
    path.write_text(content, encoding="utf-8")
    assert day in own_metadata(path, gazetteer)["issued"]


def test_other_edition_day_is_not_its_own(tmp_path, gazetteer):
    """The day an opening sentence gives another edition (the third, in the fourth) is not the document's."""
    path = tmp_path / "probe.txt"
    path.write_text("The Global Exploration Roadmap — Fourth Edition\nA digest of the 2024 edition\n\n1. Background\n\n"
                    "The third edition of the Global Exploration Roadmap was released on 31 January 2024 in Washington, "
                    "ahead of the fourth edition later in the year.\n" + BODY, encoding="utf-8")
    assert "2024-01-31" not in own_metadata(path, gazetteer).get("issued", [])


@pytest.mark.parametrize("after", [", which fourteen space agencies released in May 2007",
                                   ", which the agencies developed and published on 3 May 2021",
                                   ", that its partners issued in 2016", ", which was released in May 2007"])
def test_release_by_its_makers_dates_the_cited_work(after):
    assert RELEASE_CUE_RE.match(after)


@pytest.mark.parametrize("after", [", which the agencies discussed in May 2007", ", which replaced the first in 2013",
                                   " and agreed in May 2007"])
def test_other_verbs_date_no_cited_work(after):
    assert not RELEASE_CUE_RE.match(after)
