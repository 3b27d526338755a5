"""Round 26 probes of answers over joinings (qa/dated.py joined_first, joined, chair; qa/sentences.py stated, stem):
which of two joined first, each with its date; the year one joined when two documents disagree; a source cited
("according to the chair") is not what is asked; a date of approval is told only by a sentence of a decision; "came"
is "come".  A small synthetic graph, other names than any corpus document."""

from __future__ import annotations

from isecg_kg.qa import dated
from isecg_kg.qa.sentences import stated, stem

from .test_dated import _answered, _membership, _small_store, question, NAMES


def _store(tmp_path):
    return _small_store(tmp_path, "".join([
        _membership("j-aa", "aa", label="from 2016-03-09", start="2016-03-09", sentence="AA was admitted on 9 March 2016"),
        _membership("j-bb", "bb", label="from 2018", start="2018", sentence="BB joined in 2018"),
        # CC: 2013 in one document, 2014 in another's table
        _membership("j-cc", "cc", label="from 2013", start="2013", sentence="CC joined the forum in 2013"),
        _membership("j-cc2", "cc", label="from 2014", start="2014", doc="d2", sentence="CC Gammaland 2014"),
        _membership("j-dd", "dd", label="from 2019", start="2019", sentence="DD joined in 2019"),
    ]))


def test_which_of_two_joined_first_is_told_with_both_dates(tmp_path):
    store = _store(tmp_path)
    assert _answered(store, "Of the Beta Agency and the Alpha Agency, which was admitted to XF sooner?").short == \
        "AA (9 March 2016, before BB in 2018)"
    assert _answered(store, "Which joined XF later, AA or BB?").short == "BB (2018, after AA on 9 March 2016)"


def test_a_year_of_joining_two_documents_disagree_on_is_told_with_both(tmp_path):
    store = _store(tmp_path)
    assert _answered(store, "In which year did CC become a member of XF?").short == "2013 (another document states 2014)"
    assert _answered(store, "When did DD join XF?").short == "2019"  # one document, one year


def test_a_source_cited_is_not_what_is_asked():
    plan = dated.plan(question("Which agencies joined XF in 2020, according to the chair?"), NAMES)
    assert plan is None or plan.shape != "chair"
    assert dated.plan(question("According to the report of the chair, which agency chaired XF in 2015?"), NAMES).shape \
        == "chair"


def test_a_date_of_approval_is_told_by_a_decision():
    decided = stated("On what date was the Delta Agency's application for membership approved?")
    assert decided and {"approv", "decid", "endors"} <= decided[0]
    assert stated("When was the membership of the Gamma Agency endorsed?")
    assert stated("When was the Delta Agency created?") == []  # no decision asked
    assert stated("When did the Delta Agency join the forum?") == []


def test_came_is_come():
    assert stem("came") == stem("come")
