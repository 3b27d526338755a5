"""Probes of a document's own metadata, round 7 (tests/data/probes/docs7: HTML rendered to PDF by headless Chromium
with make.py, as the development PDFs were, and Markdown), read by the real ingestion and extraction: its title, type,
date and edition, each checked. Covers and first pages in other layouts than the development documents': an agency
line or a series label above a title of two or three lines, a subtitle, dates as "21 March 2021", "2021-03",
"Version 1.0, June 2019", "Released: ...", a date only in a running footer or below a foreword's signature, a cover
then a table of contents, a press release's dateline, a congress paper's code above its title and authors, minutes,
statements, newsletters, supplements and editions that update earlier ones.
POSITIVE: the base read a part wrong. GUARDS: read right on both. Negatives (the "neg-" names) carry a look-alike that
must not give the fact: a cited work's title, genre or date on page 1 (a reference box, a quotation, an epigraph, a
running header naming another work, a table of contents' entries), a print date in a running footer."""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz import fuzz

from isecg_kg.kg.scores import norm_name

from .test_probes_docs import own_metadata

DATA = Path(__file__).parent.parent / "data" / "probes" / "docs7"


def probe(file: str, *, title: str | None = None, year: int, issued: str | None = None, genre: str | None = None,
          version: str | None = None, facts: tuple = (), never: tuple = ()):
    """``year``: of dcterms:temporal, else dcterms:issued (as evaluate_corpus.documents scores); ``issued``: a
    dcterms:issued stated; ``genre``: a dcterms:type stated; ``version``: the schema:version, None for none;
    ``never``: (key, value prefix) pairs none of the stated values may start with."""
    return pytest.param(file, title, year, issued, genre, version, facts, never, id=file.rsplit(".", 1)[0])


POSITIVE = [  # the base reads a part wrong
    # the date below the foreword's signature on page 2 (the base: the PDF's creation, the converter's run)
    probe("cover-foreword-signed-date.pdf", title="Human Mars Mission Architecture Assessment", year=2016,
          never=(("issued", "2026"), ("type", "roadmap"))),
    # a paper's code above its title: the paper's year, not its abstract's "published in 2011"
    # (and a date alone below the acknowledgements on page 2)
    probe("cover-then-acknowledgements.pdf", title="Space Resources Utilisation Assessment", year=2015,
          never=(("issued", "2026"),)),
    probe("iac-paper-affiliations.pdf", title="Coordinating Human Lunar Exploration: Lessons from the International "
          "Space Exploration Coordination Group", year=2019, genre="conference-paper", never=(("issued", "2011"),)),
    probe("neg-cited-box-first-page.pdf", title="Commercial Lunar Services Study", year=2021, issued="2021-07",
          never=(("type", "roadmap"), ("issued", "2018"), ("version", "3"))),
    probe("neg-running-header-other-work.pdf", title="Science Objectives for Lunar Polar Missions", year=2020,
          issued="2020-02", never=(("type", "roadmap"),)),
    probe("series-label-largest.pdf", title="Thermal Control for Lunar Night Operations", year=2022, issued="2022-11",
          never=(("type", "white-paper"),)),
    probe("neg-epigraph-strategy.pdf", title="Coordinated Robotic Precursor Missions", year=2016, issued="2016-10",
          genre="white-paper", never=(("issued", "2007"), ("type", "strategy"))),
    probe("md-series-above-heading.md", title="Dust Mitigation for Lunar Surface Systems", year=2019, issued="2019-06",
          version="2"),
    probe("md-neg-cites-ger-date.md", title="Mars Sample Return Partnerships", year=2022, issued="2022-05",
          never=(("type", "roadmap"), ("issued", "2018"))),
]
GUARDS = [  # read right on both
    probe("wp-agency-series-three-lines.pdf", title="Lunar Surface Science Priorities", year=2021, issued="2021-03-21",
          genre="white-paper"),
    probe("roadmap-version-comma-date.pdf", title="Mars Surface Exploration Roadmap", year=2019, issued="2019-06",
          genre="roadmap"),
    probe("tech-needs-released-label.pdf", title="Critical Technology Needs for Lunar Surface Mobility", year=2022,
          issued="2022-09-14", genre="technology-assessment"),
    probe("wp-date-footer-only.pdf", title="Radiation Protection for Crews beyond Low Earth Orbit", year=2020,
          genre="white-paper"),
    probe("cover-toc-then-date.pdf", title="Benefits of Lunar Exploration", year=2017, issued="2017-11",
          never=(("issued", "2013"), ("type", "annual-report"))),
    probe("press-dateline-emdash.pdf", title="Space agencies agree on shared lunar communication standards", year=2022,
          issued="2022-05-12", genre="news"),
    probe("minutes-iso-month.pdf", title="Technology Working Group Minutes of the teleconference", year=2021,
          issued="2021-03", genre="minutes"),
    probe("joint-statement-heads.pdf", title="Joint Statement of the Heads of Agency on Sustainable Lunar Exploration",
          year=2023, issued="2023-11-09", genre="statement"),
    probe("supplement-updates-2020.pdf", title="Global Exploration Roadmap Supplement August 2022", year=2022,
          issued="2022-08", genre="supplement", never=(("issued", "2020"),)),
    probe("roadmap-third-edition-foot.pdf", title="The Global Exploration Roadmap Third Edition", year=2018,
          issued="2018-01", genre="roadmap", version="3"),
    probe("gap-assessment-revision.pdf", title="Global Technology Gap Assessment", year=2024, issued="2024-03",
          genre="technology-assessment", never=(("issued", "2019"),)),
    probe("ar-agency-line-next-year.pdf", title="Annual Report 2022", year=2022, issued="2023-04",
          genre="annual-report"),
    probe("newsletter-masthead-issue.pdf", title="ISECG Newsletter Issue 7", year=2021, issued="2021-03",
          genre="newsletter", never=(("type", "white-paper"), ("type", "annual-report"))),
    probe("meeting-summary-sam.pdf", title="Summary of the 24th Senior Agency Managers Meeting", year=2022,
          issued="2022-06-14", genre="meeting-summary"),
    probe("wp-two-lines-month.pdf", title="In-Space Assembly of Large Structures", year=2025, issued="2025-09",
          genre="white-paper"),
    probe("exec-summary-before-date.pdf", title="Lunar Night Survival Technologies", year=2024,
          genre="technology-assessment"),
    probe("agency-logo-bigger-than-title.pdf", title="Human Exploration of the Moon: Benefits for Society", year=2023,
          issued="2023-06"),
    probe("press-label-biggest-headline.pdf", title="Coordination group endorses Mars sample science priorities",
          year=2020, issued="2020-03-03", genre="news"),
    probe("title-three-blocks-iso-date.pdf", title="Global Exploration Roadmap Supplement on Lunar Surface Operations",
          year=2019, issued="2019-11-05", genre="supplement"),
    probe("issued-numeric-month.pdf", title="Lunar Landing Sites of Common Interest", year=2018, issued="2018-05"),
    probe("minutes-header-table.pdf", title="Science Working Group Teleconference", year=2019, issued="2019-09-17",
          genre="minutes"),
    # (its title, the story's headline set larger than the masthead, left unchecked: the masthead names the issue,
    # the headline the story, and the headline's "Fourth edition" is no edition of the newsletter's)
    probe("newsletter-story-headline.pdf", year=2024, genre="newsletter", never=(("type", "roadmap"), ("version", "4"))),
    probe("roadmap-exec-summary-date-right.pdf", title="The Global Exploration Roadmap", year=2018, issued="2018-01",
          genre="roadmap", version="3"),
    probe("neg-tagline-follows-cited.pdf", title="Benefits of Human Space Exploration Revisited", year=2019,
          issued="2019-12", never=(("issued", "2013"), ("type", "white-paper"))),
    probe("neg-footer-print-date.pdf", title="In-Situ Propellant Production Assessment", year=2017, issued="2017-04",
          never=(("issued", "2026"),)),
    # a running header naming the document's own genre before another work it is "to": the genre holds
    probe("neg-running-own-supplement.pdf", title="Lunar Surface Exploration Scenario Update", year=2022,
          genre="supplement", never=(("type", "roadmap"),)),
    # a first-level heading that is a section's ("# Introduction"): the plain line above it stays the title
    probe("md-neg-h1-section-below-title.md", title="Lunar Surface Power Study", year=2020, issued="2020-05"),
    probe("md-front-matter-published.md", title="Lunar Gateway Utilisation Concepts", year=2021, issued="2021-03-02",
          genre="white-paper"),
    probe("md-press-dateline.md", title="ISECG welcomes the Australian Space Agency", year=2021, issued="2021-03-21",
          genre="news"),
    probe("md-minutes-fields.md", title="Minutes: Exploration Roadmap Working Group", year=2016, issued="2016-02-03",
          genre="minutes", never=(("type", "roadmap"),)),
    probe("md-second-edition-supersedes.md", title="Lunar Surface Reference Architecture Second edition", year=2023,
          issued="2023-11", version="2",
          facts=(("id/doc/", "dcterms:replaces", "id/work/lunar-surface-reference-architecture-edition-1"),
                 ("edition-1", "dcterms:issued", "2020"))),
    probe("md-neg-toc-entries.md", title="Crew Health beyond Earth Orbit", year=2019, issued="2019-04",
          never=(("type", "white-paper"), ("type", "annual-report"), ("issued", "2013"), ("issued", "2015"))),
    probe("md-newsletter-front-matter.md", title="Exploration Update Issue 12", year=2020, issued="2020-12",
          genre="newsletter"),
    probe("md-conference-paper.md", title="Interoperable Docking Standards for Lunar Missions", year=2021,
          genre="conference-paper"),
    probe("md-statement.md", title="Statement of the ISECG on the Artemis Accords", year=2020, issued="2020-12-08",
          genre="statement"),
]


@pytest.mark.parametrize(("file", "title", "year", "issued", "genre", "version", "facts", "never"), POSITIVE + GUARDS)
def test_probe_docs7(file, title, year, issued, genre, version, facts, never, gazetteer):
    got = own_metadata(DATA / file, gazetteer)
    if title:
        assert fuzz.token_set_ratio(norm_name(title), norm_name(got["title"][0])) >= 85, got["title"]
    assert (got.get("temporal") or got.get("issued") or [""])[0][:4] == str(year), got
    if issued:
        assert issued in got.get("issued", []), got
    if genre:
        assert genre in got.get("type", []), got
    assert got.get("version", [None])[0] == version, got
    for s, p, o in facts:
        assert any(s in a and p == b and c.startswith(o) for a, b, c in got["facts"]), got["facts"]
    for key, value in never:
        assert not any(str(v).startswith(value) for v in got.get(key, [])), (key, got)
