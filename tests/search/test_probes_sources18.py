"""Round 18 probes (search cues): a clause of attribution ("according to the thesis", "as reported in the
newsletter") names the document a question wants; the document nouns elsewhere in the question name what that
document speaks of ("the second edition of the plan").  Invented documents, as in test_cues."""

from types import SimpleNamespace

from isecg_kg.search.cues import DocumentCues

DOCS = [SimpleNamespace(label=None, id="lunar-plan-2014", title="Lunar Science Plan — Second Edition", year=2014, type="plan"),
        SimpleNamespace(label=None, id="dissertation-chapter-2017", title="Chapter 4. Planning the Moon Together", year=2017,
                        type=None),
        SimpleNamespace(label=None, id="agency-newsletter-2015", title="Agency Newsletter, Issue 9", year=2015, type="newsletter"),
        SimpleNamespace(label=None, id="annual-report-2013", title="Annual Report 2013", year=2013, type="annual report"),
        SimpleNamespace(label=None, id="annual-report-2016", title="Annual Report 2016", year=2016, type="annual report")]
cues = DocumentCues(DOCS)


def best(query: str) -> list[str]:
    scores = cues.scores(query)
    top = max(scores.values())
    return sorted(d for d, s in scores.items() if s == top)


def test_the_source_named_by_an_attribution_wins_over_the_subject():
    assert best("Which sites did the second edition of the plan list, according to the dissertation?") == [
        "dissertation-chapter-2017"]
    assert best("What did the 2014 plan recommend, as reported in the newsletter?") == ["agency-newsletter-2015"]
    assert cues.naming("When was the 2014 plan released, according to the dissertation?") == ["dissertation"]


def test_a_year_elsewhere_tells_which_of_a_kind():
    assert best("Who chaired the group in 2016, according to the annual report?") == ["annual-report-2016"]
    assert best("According to the Annual Report 2013, who chaired the group?") == ["annual-report-2013"]


def test_an_attribution_naming_no_document_leaves_the_question_its_cues():
    assert best("What did the second edition of the plan add, according to NASA?") == ["lunar-plan-2014"]
    assert cues.scores("What did the 2014 plan add?") == cues.scores("What did the 2014 plan add, according to NASA?")
