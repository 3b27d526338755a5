"""Document cues of a query (year, edition, title words, acronyms, type) against document metadata.

The documents are invented here (other years, types and titles than the test corpora) so the cues
are tested on wording they were not written for."""

from types import SimpleNamespace

from isecg_kg.search.cues import DocumentCues, without

DOCS = [SimpleNamespace(label=None, id="lunar-plan-2016", title="Lunar Science Plan — Third Edition", year=2016, type="plan"),
        SimpleNamespace(label=None, id="lunar-plan-2014", title="Lunar Science Plan — Second Edition", year=2014, type="plan"),
        SimpleNamespace(label=None, id="mars-sample-return-2019", title="Mars Sample Return Architecture Study", year=2019,
                        type="study"),
        # (a page's title over the file's own label of it: both name it)
        SimpleNamespace(id="newsletter-2019-06", title="Agencies meet in Toulouse", year=2019, type=None,
                        label="Coordination Bulletin June 2019"),
        SimpleNamespace(label=None, id="ilew-2018", title="International Lunar Exploration Working Group Report", year=2018,
                        type="annual report")]
cues = DocumentCues(DOCS)


def best(query: str) -> list[str]:
    scores = cues.scores(query)
    top = max(scores.values())
    return sorted(d for d, s in scores.items() if s == top)


def test_a_year_anywhere_favours_that_years_documents():
    assert best("Who hosted the meeting in 2019?") == ["mars-sample-return-2019", "newsletter-2019-06"]
    assert cues.scores("Who hosted the meeting in 1999?") == {}  # no document of that year: no cue


def test_an_edition_names_one_document():
    assert best("What did the third edition add?") == ["lunar-plan-2016"]
    assert best("Which sites did the 2nd edition of the plan list?") == ["lunar-plan-2014"]
    # "first" that names no document ("which came first") is no cue.
    assert cues.scores("Which came first: the plan or the study?") == cues.scores("the plan or the study?")


def test_title_words_acronyms_and_types():
    assert best("What does the sample return study recommend?") == ["mars-sample-return-2019"]
    assert best("the ILEWG report on landing sites") == ["ilew-2018"]
    assert best("What does the annual report say about rovers?") == ["ilew-2018"]


def test_the_files_label_names_a_document_too():
    assert best("What did the coordination bulletin report?") == ["newsletter-2019-06"]


def test_no_cue_no_scores():
    assert cues.scores("How many agencies took part?") == {}


def test_cues_are_weighted_by_how_few_documents_they_fit():
    # 2014 fits one document, "study" (the noun of the phrase, half weight) another: the year decides.
    assert best("Which sites does the 2014 study list?") == ["lunar-plan-2014"]
    # A year fitting two documents and a type fitting one of them: that one.
    assert best("Which sites does the 2019 study list?") == ["mars-sample-return-2019"]


def test_the_words_naming_a_document():
    assert cues.naming("Which sites did the 2nd edition of the plan list?") == ["2nd", "edition", "plan"]
    assert cues.naming("What did the ILEWG report of 2018 say about landing sites?") == ["ILEWG", "report", "2018"]
    assert cues.naming("How many agencies took part?") == []
    assert without("Which sites did the 2nd edition of the plan list?", ["2nd", "edition", "plan"]) == \
        "Which sites did the of the list?"


def test_a_modifier_no_document_fits_weakens_the_phrase():
    # "the study" alone names the one study; "a single feasibility study" names something its metadata
    # does not show, so the study gets a share of the boost, not all of it.
    assert cues.scores("What does the study recommend?")["mars-sample-return-2019"] == 1.0
    weak = cues.scores("Which agency proposed a single feasibility study?")["mars-sample-return-2019"]
    assert 0 < weak < 0.5
    # Modifiers that fit ("sample return study") keep the whole boost.
    assert cues.scores("What does the sample return study recommend?")["mars-sample-return-2019"] == 1.0
