"""Round 16 probes of a document's type and date: the genre its head states (a journal's imprint, a record of a
meeting, a status report, a communiqué, slides by their speaker, proceedings by their title), and no date of an issue
it supersedes for its own."""

from __future__ import annotations

import pytest

from isecg_kg.kg.series import head_genre, series_key, series_title


@pytest.mark.parametrize(("lines", "genre"), [
    # a journal's imprint: volume, year and pages, or the manuscript's received and accepted dates
    (["Space Policy 48 · Vol. 48 (2021) 101–112", "Coordinating Lunar Exploration: the Role of ISECG"], "journal-article"),
    (["Received 3 March 2020; received in revised form 9 May 2020; accepted 1 June 2020",
      "The Global Exploration Roadmap Supplement and the Artemis Accords"], "journal-article"),
    # a record of a meeting, as it calls itself (a "Summary Record" stays a summary)
    (["Record of the Third ISECG Plenary Meeting", "Montreal, 2-3 July 2008"], "meeting-record"),
    (["ISECG Secretariat", "Record of the 12th Senior Managers Teleconference"], "meeting-record"),
    (["ISECG Secretariat", "Summary Record of the 30th Senior Managers Meeting"], "meeting-summary"),
    # a status report, though its title names a strategy it reports on
    (["Implementing the Lunar Strategy", "Status Report 2016"], "status-report"),
    (["Gateway Interoperability Standards", "Status Report · March 2022"], "status-report"),
    # a communiqué is what it says it is
    (["Joint Communiqué of the ISECG Heads of Agency", "Tokyo, 3 March 2018"], "communique"),
    (["ISECG", "Communique of the Senior Managers Meeting — Rome, 2019"], "communique"),
    # slides by their speaker; an agenda item is no agenda
    (["ISECG Update to the Science Community", "Presented by A. Berg, NASA, on behalf of ISECG",
      "COSPAR Assembly, 15 July 2022 · agenda item 4"], "presentation"),
    (["Lunar Gateway Status", "Presented by Dr. K. Sato (JAXA)"], "presentation"),
    # proceedings by their title; a paper in them stays a paper
    (["Proceedings of the Lunar Science Workshop", "Noordwijk, 4-5 June 2015"], "proceedings"),
    (["PROCEEDINGS OF THE ISECG TECHNOLOGY FORUM", "Tokyo, 2017"], "proceedings"),
    (["Lunar Dust Mitigation Strategies", "Paper presented at the 2019 AIAA SPACE Forum"], "conference-paper"),
])
def test_a_genre_the_head_states(lines, genre):
    assert head_genre(lines) == genre


@pytest.mark.parametrize("lines", [
    ["ISECG Plenary", "Agenda item 4: the roadmap", "Vienna, 2016"],  # an agenda item is no agenda
    ["The ISECG status of the roadmap"],  # "status" alone is no status report
])
def test_no_genre_from_words_that_name_none(lines):
    assert head_genre(lines) not in ("agenda", "status-report", "presentation", "journal-article")


def _issued(r) -> set[str]:
    return {o for s, p, o in r.facts if s == "id/doc/test-doc" and p == "dcterms:issued"}


@pytest.mark.parametrize(("head", "issued"), [
    ("Charter of the Lunar Working Group\nRevision 4 (2019)\nSupersedes Revision 3 (dated March 2016)\n", "2019"),
    ("Operating Rules\nVersion 2.1 · Issued 12 May 2022 · Replaces Version 2.0 (dated 1 February 2021)\n", "2022-05-12"),
])
def test_no_date_of_the_issue_it_supersedes(extract, head, issued):
    r = extract(head + "The working group meets twice a year and reports to the plenary of the agencies.\n",
                title=head.split("\n")[0], year=int(issued[:4]))
    assert issued in _issued(r)
    assert not any(d[:4] in ("2016", "2021") for d in _issued(r))


# the corpus holds the roadmap's first and second editions
EDITIONS = {"corpus_editions": {(series_key("The Global Exploration Roadmap"), 1): "http://kg.test/id/doc/ger-2011",
                                (series_key("The Global Exploration Roadmap"), 2): "http://kg.test/id/doc/ger-2013"}}


@pytest.mark.parametrize("rows", [
    # a table of milestones, each row opening with the series' name and an edition, its date in the next cell
    "Milestone Date Agencies Notes\nGER, first edition September 2011 12 contributing Two pathways to the Moon and to "
    "nearby asteroids\nGER, second edition August 2013 12 contributing One reference scenario with crews in the lunar "
    "vicinity\n",
    "Product Released Agencies Remarks\nGlobal Exploration Roadmap, first edition 2011 12 agencies set out the first "
    "common plan for crews\nGlobal Exploration Roadmap, second edition August 2013 12 agencies agreed a single "
    "scenario for crews\n",
])
def test_editions_a_table_row_opens_with(extract, rows):
    r = extract("ISECG at a glance\nWork on the third edition of the Global Exploration Roadmap has begun.\n" + rows,
                title="ISECG at a Glance", year=2016, **EDITIONS)
    issued = {(s, o) for s, p, o in r.facts if p == "dcterms:issued"}
    assert ("id/doc/ger-2013", "2013-08") in issued
    assert any(s == "id/doc/ger-2011" and o.startswith("2011") for s, o in issued)
    assert not any(s.startswith("id/event/") and "edition" in s for s, p, o in r.facts)  # no event of an edition


def test_no_date_of_an_edition_still_to_come(extract):
    r = extract("ISECG at a glance\nWork on the third edition of the Global Exploration Roadmap has begun.\n"
                "Milestone Date Agencies Notes\nGER, second edition August 2013 12 contributing One reference scenario "
                "with crews in the lunar vicinity\nGER, third edition planned for 2017 all members invited to take part "
                "in the drafting of it\n", title="ISECG at a Glance", year=2016,
                **EDITIONS)
    assert not any(p == "dcterms:issued" and "edition-3" in s for s, p, o in r.facts)


@pytest.mark.parametrize(("sentence", "issued"), [
    ("The second edition of the Global Exploration Roadmap, released by fourteen agencies in August 2013, set out "
     "one scenario.", "2013-08"),
    ("Planners used the second edition of the Global Exploration Roadmap, published by the ISECG agencies on 20 "
     "August 2013.", "2013-08-20"),
])
def test_an_edition_released_by_its_makers_on_a_date(extract, sentence, issued):
    r = extract("ISECG Briefing\nPublished May 2016\n" + sentence, title="ISECG Briefing", year=2016)
    assert ("id/work/global-exploration-roadmap-edition-2", "dcterms:issued", issued) in r.facts


def test_no_date_of_an_edition_released_by_someone_with_none(extract):
    r = extract("ISECG Briefing\nPublished May 2016\nThe second edition of the Global Exploration Roadmap, released by "
                "the agencies at the 2013 plenary, set out one scenario.", title="ISECG Briefing", year=2016)
    assert not any(p == "dcterms:issued" and "edition-2" in s for s, p, o in r.facts)


GENRES = {"corpus_genres": {("supplement", 2020): ["http://kg.test/id/doc/supplement-2020"],
                            ("white-paper", 2017): ["http://kg.test/id/doc/wp-2017"]}}


@pytest.mark.parametrize(("sentence", "cited"), [
    ("The first supplement, on the lunar surface exploration scenario, was released in August 2020.",
     ("id/doc/supplement-2020", "2020-08")),
    ("Its white paper, drafted by the science working group, was published in June 2017 and is still read.",
     ("id/doc/wp-2017", "2017-06")),
])
def test_a_document_cited_by_its_genre_with_a_phrase_before_its_date(extract, sentence, cited):
    r = extract("ISECG Annual Report 2021\nPublished March 2022\n" + sentence, title="ISECG Annual Report 2021", year=2021,
                **GENRES)
    assert (cited[0], "dcterms:issued", cited[1]) in r.facts


def test_no_date_from_a_phrase_that_runs_on(extract):
    r = extract("ISECG Annual Report 2021\nPublished March 2022\nThe first supplement, which agencies discussed at length "
                "over many months of meetings and calls in Europe and in Asia, was released in August 2020.",
                title="ISECG Annual Report 2021", year=2021, **GENRES)
    assert not any(p == "dcterms:issued" and s == "id/doc/supplement-2020" for s, p, o in r.facts)


@pytest.mark.parametrize(("title", "series"), [
    ("ISECG Terms of Reference Revision 3", "ISECG Terms of Reference"),
    ("Lunar Operations Handbook Version 2.0", "Lunar Operations Handbook"),
    ("Version 2 of the Lunar Handbook", "Version 2 of the Lunar Handbook"),  # no number closing the title
    ("Mission Scenarios Overview", "Mission Scenarios Overview"),
])
def test_a_series_name_without_the_issue_number_closing_the_title(title, series):
    assert series_title(title) == series


def test_no_row_date_from_a_sentence_an_edition_opens(extract):
    r = extract("ISECG at a glance\nWork on the third edition of the Global Exploration Roadmap has begun.\n"
                "GER, second edition August 2013 drew praise from ministers, who asked the agencies for more detail.\n",
                title="ISECG at a Glance", year=2016, **EDITIONS)
    assert not any(p == "dcterms:issued" and s == "id/doc/ger-2013" for s, p, o in r.facts)
