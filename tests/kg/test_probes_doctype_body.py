"""Probes of a document's own type, title and date read from whole PDFs, round 6 (tests/data/probes/doctype, "h-" and
"n-" files: the markup source beside each PDF, rendered by headless Chromium as the development PDFs were, read back by
pypdf through the real ingestion). Unlike test_probes_doctype_pdf's covers, these tell the genre or the date away from
the head: a genre told only by the body's opening clause ("This report summarises the activities of ... in 2019", "The
following minutes record ...", "This summary records the outcomes of the meeting", "This assessment identifies the
technologies ..."), a press release by its furniture alone ("FOR IMMEDIATE RELEASE", "###", "Media contacts"), a
newsletter by a season's issue or by its number beside a month ("EXPLORATION NEWS / Issue 12 | March 2020" is no news
item), a summary of a named work as that work ("Summary of the Global Exploration Roadmap"), a strategic framework; a
first page of front matter ("Contents", "Foreword") before the title page; a date only in a running footer, a
copyright line on the last page or the first page's foot (else the PDF's creation date was taken). NEGATIVE: look-alikes
(a newsletter listing a roadmap story, an annual report citing a white paper, minutes mentioning a press release, a
white paper whose running header names the Exploration Roadmap Working Group, a congress paper on the strategy, a news
item citing the newsletter) must not take the other genre. Scored as kg/evaluate_corpus.documents scores (see
test_probes_doctype_pdf)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from isecg_kg.kg.scores import norm_name

from .test_probes_doctype_pdf import own

DATA = Path(__file__).parent.parent / "data" / "probes" / "doctype"


def _file(name: str) -> Path:
    """A probe's document: the PDF of that name, or the .md or .txt document the name gives (a plain-text document
    itself, not a PDF's markup source)."""
    return DATA / (name if name.endswith((".md", ".txt")) else f"{name}.pdf")


def probe(name: str, title: str, year: int, genre: str | None, *, never: list[str] = ()):
    return pytest.param(name, title, year, genre, list(never), id=name)


POSITIVE = [  # the base reads a part wrong
    probe('h-ar-body-summarises', 'ISECG 2019: A Year of Coordination', 2019, 'annual-report'),
    probe('h-minutes-following', 'ISECG Technology Working Group Teleconference 4 March 2021', 2021, 'minutes'),
    probe('h-summary-body-records', 'ISECG Senior Managers Meeting Ottawa 12-13 June 2019', 2019, 'meeting-summary', never=['minutes']),
    probe('h-press-immediate', 'Space agencies agree on a common lunar communications architecture', 2024, 'news'),
    probe('h-press-media-contacts', 'Agencies Outline Next Steps for Mars Sample Return Cooperation', 2022, 'news'),
    probe('h-nl-welcome-issue', 'Exploration Update Spring 2023', 2023, 'newsletter'),
    probe('h-nl-exploration-news', 'EXPLORATION NEWS Issue 12', 2020, 'newsletter', never=['news']),
    probe('h-cover-series-number', 'Lunar Dust Mitigation: Status of Technologies and Remaining Gaps', 2018, 'technology-assessment'),
    probe('h-summary-of-ger', 'Summary of the Global Exploration Roadmap', 2018, 'roadmap', never=['meeting-summary']),
    probe('h-tech-priorities', 'Mars Surface Technology Priorities', 2026, 'technology-assessment'),
    probe('h-strategic-framework', 'A Strategic Framework for International Lunar Exploration', 2010, 'strategy'),
    probe('h-foreword-first', 'ISECG Annual Report 2015', 2015, 'annual-report'),
    probe('h-toc-first', 'Human Exploration of Mars', 2028, 'white-paper'),
    probe('h-date-running-footer', 'Lunar Polar Water Prospecting', 2017, 'white-paper'),
    probe('h-date-copyright-last', 'Robotic Precursors to Human Missions', 2014, 'white-paper'),
    probe('h-date-footer-single', 'Technology Working Group Minutes', 2025, 'minutes'),
    probe('n-ar-report-activities', 'Report on ISECG Activities in 2016', 2016, 'annual-report', never=['white-paper']),
    # round 2: a paper by its abstract and keywords, minutes by a table of participants, a head titled by a meeting or
    # by a year's highlights or period, a periodical's issue numbered on its own lines or above a story's headline;
    # metadata titles a tool gives ('Layout 1', 'PowerPoint Presentation', a file's joined words, a series label), a
    # site's section above a headline ('ISECG Newsroom', 'ISECG NEWS — OCTOBER 2021')
    probe('i-paper-authors-keywords', 'Surface Mobility Options for the Artemis Era', 2026, 'conference-paper', never=['white-paper']),
    probe('i-minutes-participants-table', 'ISECG Exploration Roadmap Working Group Teleconference', 2015, 'minutes', never=['roadmap', 'supplement']),
    probe('i-plenary-outcomes', '25th ISECG Plenary Seoul 3-4 October 2023', 2023, 'meeting-summary'),
    probe('i-highlights-year', 'ISECG Highlights 2021', 2021, 'annual-report'),
    probe('i-nl-issue-no-lines', 'Exploration Bulletin Board Issue No. 5', 2019, 'newsletter'),
    probe('i-title-layout1', 'Benefits of Human Space Exploration', 2013, 'white-paper'),
    probe('i-title-ppt', 'Global Exploration Roadmap Supplement Lunar Surface Exploration Scenario Update', 2020, 'supplement'),
    probe('i-title-genre-only', 'Lunar South Pole Landing Sites', 2020, 'white-paper'),
    probe('i-title-file-slug', 'Lunar Surface Exploration Scenario Update', 2022, 'supplement'),
    probe('i-md-newsroom.md', 'Korea hosts the 25th ISECG plenary', 2023, 'news'),
    probe('i-txt-news-caps-date.txt', 'Three agencies join the coordination group', 2021, 'news'),
    probe('i-nl-strategy-headline', 'Exploration Update Issue 3', 2008, 'newsletter', never=['strategy']),
    probe('i-report-year-period', 'Coordination in Practice', 2022, 'annual-report'),
    # round 3: a report, a statement of a meeting as its summary; a running header's body name ('Exploration Roadmap
    # Working Group') no genre; a copyright range's last year; minutes whose head runs into 'Participants'
    probe('j-runheader-wg-only', 'Lunar Surface Habitation Options', 2016, None, never=['roadmap']),
    probe('j-workshop-report', 'Report of the ISECG Workshop on Lunar Surface Power', 2019, 'workshop-report', never=['annual-report']),
    probe('j-chairs-statement', "Chair's Statement 12th ISECG Plenary", 2018, 'meeting-summary'),
    probe('j-press-releases-fourth-edition', 'ISECG releases fourth edition of the Global Exploration Roadmap', 2026, 'news', never=['roadmap']),
    probe('j-copyright-range', 'Mars Sample Science Priorities', 2020, 'white-paper'),
    probe('j-nl-volume-number', 'The ISECG Explorer', 2016, 'newsletter'),
    probe('j-minutes-summary-actions', 'ISECG Plenary 5 May 2022', 2022, 'minutes', never=['meeting-summary']),
    # round 4 (plain-text and Markdown documents): a headline over a line of its place and day, a head titled by a
    # meeting, minutes whose head runs into 'Participants'
    probe('k-txt-minutes-caps.txt', 'ISECG Technology Working Group Teleconference 4 March 2021', 2021, 'minutes'),
    probe('k-md-plenary-title.md', '25th ISECG Plenary Seoul 3-4 October 2023', 2023, 'meeting-summary'),
    probe('k-md-news-no-word.md', 'Agencies agree on lunar communications standards', 2024, 'news'),
]
GUARDS = [  # read right on both
    probe('h-wp-body-proposes', 'In-Space Assembly for Exploration Beyond Low Earth Orbit', 2024, 'white-paper'),
    probe('h-cover-logos-series-wp', 'Surviving the Lunar Night: Power and thermal technologies for long-duration surface missions', 2021, 'white-paper'),
    probe('h-roadmap-progress-wp', 'Roadmap Progress: A White Paper on Implementing the Lunar Scenario', 2021, 'white-paper', never=['roadmap']),
    probe('h-supp-theme-p2', 'Lunar Surface Exploration Scenario: Human and robotic missions to the south polar region', 2022, 'supplement', never=['roadmap']),
    probe('h-ctn-caps-lines', 'Critical Technology Needs for Sustained Human Presence at the Moon', 2023, 'technology-assessment'),
    probe('h-iac-x-code', 'Lessons from a Decade of Exploration Coordination', 2022, 'conference-paper'),
    probe('h-proceedings-footer', 'The Gateway as a Platform for International Science', 2022, 'conference-paper'),
    probe('h-cover-vs-events', 'ISECG Annual Report 2016', 2016, 'annual-report'),
    probe('n-nl-mentions-roadmap', 'Exploration Update Issue 7', 2019, 'newsletter', never=['roadmap', 'supplement']),
    probe('n-minutes-press', 'ISECG Plenary Minutes of the meeting of 5 May 2022', 2022, 'minutes', never=['news', 'supplement']),
    probe('n-wp-runheader-working-group', 'Lunar Polar Volatiles', 2018, 'white-paper', never=['roadmap']),
    probe('n-paper-on-strategy', 'The Global Exploration Strategy Five Years On', 2012, 'conference-paper', never=['strategy']),
    probe('n-workshop-summary-ger', 'Summary of the Global Exploration Roadmap Workshop', 2013, 'workshop-summary', never=['roadmap']),
    probe('n-news-nl-story', 'ISECG agencies welcome Luxembourg', 2020, 'news', never=['newsletter']),
    probe('i-wp-spring-this-paper', 'Lunar ISRU Pilot Plants', 2019, 'white-paper', never=['newsletter']),
    probe('i-md-minutes-field-list.md', 'ISECG Science Working Group', 2022, 'minutes', never=['white-paper']),
    probe('i-wp-cites-ar-in-abstract', 'Commercial Partnerships in Lunar Exploration', 2024, 'white-paper', never=['annual-report']),
    probe('i-ger-summary-policymakers-caps', 'The Global Exploration Roadmap Summary for Policy Makers', 2018, 'roadmap', never=['meeting-summary']),
    probe('i-neg-report-workshop', 'Report of the ISECG Workshop on Lunar Surface Power', 2019, None, never=['annual-report']),
    probe('j-cover-label-line7', 'Lunar Surface Exploration Human and robotic missions to the south polar region', 2022, 'supplement'),
    probe('j-news-headline-meeting', 'Korea hosts the 25th ISECG Plenary', 2023, 'news', never=['meeting-summary']),
    probe('k-md-yaml-type.md', 'Surviving the Lunar Night', 2021, 'white-paper'),
    probe('k-txt-nl-vol.txt', 'Exploration Update No. 14', 2024, 'newsletter'),
    probe('k-neg-wg-place-day.txt', 'ISECG Technology Working Group', 2021, None, never=['news']),
    probe('k-neg-meeting-place-day.md', 'Senior Managers Meeting of the coordination group', 2019, None, never=['news']),
]
PROBES = POSITIVE + GUARDS
# (the base typed the newsletter named "EXPLORATION NEWS" a news item, a paper by its "In this paper" a white paper, a
# newsletter by a story headline in its head a strategy, a white paper by its running header's working group a
# roadmap: positives', not negatives)
NEGATIVE = [p for p in PROBES if p.values[4] and p.id not in {"h-nl-exploration-news", "i-paper-authors-keywords",
                                                              "i-nl-strategy-headline", "j-runheader-wg-only"}]


@pytest.mark.parametrize(("name", "title", "year", "genre", "never"), PROBES)
def test_probe_doctype_body(name, title, year, genre, never, gazetteer):
    got_title, dates, types = own(_file(name), gazetteer)
    wanted = norm_name(re.sub(r"\([^)]*\)", " ", title)) or norm_name(title)
    assert fuzz.token_set_ratio(wanted, norm_name(got_title)) >= 85, got_title
    assert dates[0][:4] == str(year), dates
    if genre:
        assert genre in types, types
    assert not set(never) & set(types), types


@pytest.mark.parametrize(("name", "title", "year", "genre", "never"), NEGATIVE)
def test_probe_doctype_body_never(name, title, year, genre, never, gazetteer):
    """A genre word of another work the document names is not its type (holds on the base as well)."""
    assert not set(never) & set(own(_file(name), gazetteer)[2])
