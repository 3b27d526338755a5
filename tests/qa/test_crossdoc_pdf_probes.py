"""Temporal and cross-document questions over a mini corpus of rendered PDFs (and two Markdown documents) of several
years, editions and types: a roadmap's first and second editions, an annual report with a table of meetings, the
minutes of a plenary (a record of fields), a two-column newsletter, a technology assessment with its document history,
a white paper and a news item.  Each answer string must be in the answer (word-normalised) and the passage of each
document used among the first three evidence passages; look-alike questions the corpus does not answer (another
edition, issue, place or agency; a planned event; a count of another time) must give no answer.  The PDFs were made
from the markup beside them (``*.txt``) by headless Chromium and are read here through the real ingestion."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, assert_answered

pytestmark = pytest.mark.slow

PROBES_DIR = Path(__file__).resolve().parents[1] / "data" / "probes" / "crossdoc"

# (question, answer strings (any), documents whose passage must be among the first three evidence passages)
PROBES = [
    # a side named by a rank alone ("between the first and the second edition of X")
    ("How many years passed between the first and the second edition of the Global Exploration Roadmap?",
     ["about three years", "35 months"], ["ger-2011-first-edition", "ger-2014-second-edition"]),
    ("How many months passed between Issue 1 and Issue 2 of the Critical Technology Gaps Assessment?",
     ["32 months"], ["isecg-tech-gaps-issue-2-2023"]),
    # an issue the documents name (the graph's work), not the document of another issue
    ("How long after the Tokyo plenary was Issue 1 of the Critical Technology Gaps Assessment released?",
     ["42 months", "about three and a half years"], ["isecg-minutes-2016-11-tokyo", "isecg-tech-gaps-issue-2-2023"]),
    ("When was Issue 1 of the Critical Technology Gaps Assessment issued?", ["May 2020"],
     ["isecg-tech-gaps-issue-2-2023"]),
    # the date of a relative clause ("which replaces the first edition of September 2011") is another edition's
    ("When was the second edition of the Global Exploration Roadmap published?", ["August 2014"],
     ["ger-2014-second-edition"]),
    ("Which was released first: the second edition of the roadmap or the Lunar Science Opportunities white paper?",
     ["2014"], ["ger-2014-second-edition", "lunar-science-white-paper-2019"]),
    # a meeting told in a table of an annual report, the other by the record of fields opening its minutes
    ("Which came later: the Ottawa plenary meeting or the Tokyo plenary?", ["the Tokyo plenary"],
     ["isecg-annual-report-2012", "isecg-minutes-2016-11-tokyo"]),
    ("How many years after the Tokyo plenary was the Vienna workshop held?", ["about five years"],
     ["isecg-minutes-2016-11-tokyo", "isecg-newsletter-2021-12"]),
    # counts of two sides: a PDF table's last column, the sentence of a document of the edition asked
    ("How many more agencies attended the Tokyo plenary than the Toulouse workshop?", ["7"],
     ["isecg-minutes-2016-11-tokyo", "isecg-annual-report-2012"]),
    ("How many more agencies attended the Ottawa plenary meeting than the Toulouse workshop?", ["2"],
     ["isecg-annual-report-2012"]),
    ("How many more agencies contributed to the second edition of the roadmap than to the first edition?", ["2"],
     ["ger-2014-second-edition", "ger-2011-first-edition"]),
]

# answered on the base already: kept
KEPT = [
    ("When was the first edition of the Global Exploration Roadmap released?", ["September 2011"],
     ["ger-2011-first-edition"]),
    ("When did the UAE Space Agency join ISECG?", ["4 March 2021"], ["isecg-newsletter-2021-12"]),
    ("When was the Lunar Science Opportunities white paper issued?", ["12 June 2019"],
     ["lunar-science-white-paper-2019"]),
    ("When did the Vienna workshop take place?", ["October 2021"], ["isecg-newsletter-2021-12"]),
    ("When did the Turkish Space Agency join ISECG?", ["June 2021"], ["isecg-newsletter-2021-12"]),
    ("Which came first: the Toulouse workshop or the Vienna workshop?", ["the Toulouse workshop"],
     ["isecg-annual-report-2012", "isecg-newsletter-2021-12"]),
    ("Which came first, the Lunar Science Opportunities white paper or Issue 2 of the Critical Technology Gaps "
     "Assessment?", ["Lunar Science Opportunities"], ["lunar-science-white-paper-2019", "isecg-tech-gaps-issue-2-2023"]),
    ("Which joined ISECG first, the UAE Space Agency or the Turkish Space Agency?", ["UAE Space Agency"],
     ["isecg-newsletter-2021-12"]),
    ("How many more members did ISECG have at the end of 2021 than at the end of 2012?", ["11"],
     ["isecg-newsletter-2021-12", "isecg-annual-report-2012"]),
    ("By how many members did ISECG grow between the end of 2012 and the end of 2021?", ["11"],
     ["isecg-newsletter-2021-12", "isecg-annual-report-2012"]),
    ("Where was the 2012 exploration workshop held, and when did the UAE Space Agency join ISECG?",
     ["Toulouse; 4 March 2021"], ["isecg-annual-report-2012", "isecg-newsletter-2021-12"]),
    ("How many agencies attended the Tokyo plenary, and how many members did ISECG have at the end of 2021?",
     ["18; 25"], ["isecg-minutes-2016-11-tokyo", "isecg-newsletter-2021-12"]),
    ("What is the Lunar Science Opportunities white paper based on?", ["second edition"],
     ["lunar-science-white-paper-2019"]),
    ("How long after the Toulouse workshop was the Ottawa plenary meeting held?", ["seven months"],
     ["isecg-annual-report-2012"]),
    ("Which came first: the Tokyo plenary or the release of the Lunar Science Opportunities white paper?",
     ["plenary"], ["isecg-minutes-2016-11-tokyo", "lunar-science-white-paper-2019"]),
]

# look-alikes the corpus does not answer: no answer
NEGATIVE = [
    "When was the third edition of the Global Exploration Roadmap released?",  # only the first and second
    "When did the Luxembourg Space Agency join ISECG?",  # only expected to join; another agency's date
    "Which came first: the Toulouse workshop or the Berlin workshop?",  # Berlin only planned
    "How many months passed between Issue 2 and Issue 3 of the Critical Technology Gaps Assessment?",  # Issue 3 planned
    "How many more agencies contributed to the third edition of the roadmap than to the first edition?",
    "How many more members did ISECG have at the end of 2021 than at the end of 2019?",  # no count of 2019
    "When did the Bremen plenary take place?",  # only the next plenary's place
    "How many years passed between the first edition of the roadmap and the Madrid workshop?",
    "Which joined ISECG first, the UAE Space Agency or the Luxembourg Space Agency?",
    "How many more agencies attended the Bremen plenary than the Toulouse workshop?",
    "When was Issue 3 of the Critical Technology Gaps Assessment released?",  # planned for 2026
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES_DIR, tmp_path_factory.mktemp("crossdoc-pdf-probes"))


@pytest.mark.parametrize("question, answers, documents", PROBES + KEPT)
def test_answered_with_each_documents_evidence(answerer, question, answers, documents):
    assert_answered(answerer.answer(question), answers, documents, top=3)


@pytest.mark.parametrize("question", NEGATIVE)
def test_no_answer_to_a_look_alike(answerer, question):
    response = answerer.answer(question)
    assert response["answer"] is None, (response["shape"], response["answer"])
