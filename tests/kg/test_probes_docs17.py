"""Round 17 probes of a document's own type, title and year: the genres of a publication's questions and answers, an
interview, a history and a survey's report; a year the title names that is not the document's own (a period's first,
"after 2013"); with the scorer's reading of a gold's free-form type (a press release is news, a genre's report the
genre)."""

from __future__ import annotations

import pytest

from isecg_kg.kg.evaluate_corpus import _type_key
from isecg_kg.kg.series import genre_of, head_genre

from .test_probes_docs import own_metadata


def _genre(lines: list[str]) -> str | None:
    return head_genre(lines) or genre_of(lines[0])


@pytest.mark.parametrize(("lines", "expected"), [
    (["International Space Exploration Coordination Group", "Frequently Asked Questions about ISECG",
      "Last updated: 2 May 2022"], "faq"),
    (["Lunar Gateway FAQs", "Questions from the public, answered by the partner agencies"], "faq"),
    (["Interview: the new chair of the Science Working Group", "By A. Writer, Space Weekly, May 2019"], "interview"),
    (["Three questions for the ISECG chair", "An interview by the Secretariat, March 2021"], "interview"),
    (["ISECG", "A History in Dates, 2007–2020"], "history"),
    (["Chronology of international exploration coordination", "Prepared by the Secretariat, 2019"], "chronology"),
    (["Commercial Lunar Services — Survey Report 2021", "Prepared by the CEWG"], "survey"),
    (["Agency Survey Report: Capabilities for Mars Sample Return"], "survey"),
])
def test_genres17(lines, expected):
    assert _genre(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    # a periodical's story of an interview or a history is the periodical's
    (["Exploration Update — Newsletter", "Issue 4 · June 2020", "Interview with the ISECG chair"], "newsletter"),
    (["ISECG Annual Report 2019", "A year in the history of the group"], "annual-report"),
    (["Status Report on the survey of lunar landing sites"], "status-report"),
])
def test_genres17_negatives(lines, expected):
    assert _genre(lines) == expected


@pytest.mark.parametrize(("ours", "gold"), [("news", "press-release"), ("news", "Media release"),
                                            ("architecture", "architecture-report"), ("survey", "survey report")])
def test_scorer_type_synonyms(ours, gold):
    assert _type_key(ours) == _type_key(gold)


@pytest.mark.parametrize(("ours", "gold"), [("report", "survey-report"), ("technology-assessment", "technical-report"),
                                            ("news", "newsletter"), ("report", "annual-report")])
def test_scorer_type_synonyms_negatives(ours, gold):
    assert _type_key(ours) != _type_key(gold)


@pytest.mark.parametrize(("content", "year"), [
    ("# Coordination Group\n\n## A Chronology, 2007–2021\n\n*Prepared by the Secretariat for new delegates. Edition of "
     "June 2022.*\n\nThis note lists the milestones of the group since its founding.\n", "2022"),
    ("# Exploration Coordination after 2013: Towards a Third Roadmap\n\nSecretariat paper, October 2015\n\n"
     "The agencies reviewed the second edition of the roadmap and planned a third one.\n", "2015"),
    ("# Exploration Strategy 2025–2035\n\nThe agencies set out the decade of missions they plan together.\n", "2025"),
])
def test_own_year_not_a_named_one(content, year, tmp_path, gazetteer):
    path = tmp_path / "probe.md"
    path.write_text(content, encoding="utf-8")
    assert [d[:4] for d in own_metadata(path, gazetteer)["issued"]] == [year]


@pytest.mark.parametrize(("content", "year"), [
    ("IAC-16-B3.1.4\nCOORDINATION AFTER 2014: THE AGENCIES' PLANS TOWARDS A NEW ROADMAP\nA. Author, B. Author\n"
     "Abstract\nThe agencies reviewed the roadmap and set out their plans for the next edition of it in this paper.\n",
     "2016"),
    ("Lunar Cooperation before 2020: Lessons Learned\nISECG Secretariat, March 2021\nThe agencies look back at the "
     "decade of lunar planning that came before the first landings of the programme.\n", "2021"),
])
def test_a_year_the_title_follows_is_not_its_date(content, year, tmp_path, gazetteer):
    path = tmp_path / "probe.txt"
    path.write_text(content, encoding="utf-8")
    assert {d[:4] for d in own_metadata(path, gazetteer)["issued"]} == {year}
