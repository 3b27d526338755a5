"""Membership questions over the round-8 membership probes (a Markdown news item and an annual report PDF from
Chromium, tests/data/probes/members8): when an agency joined when the news item tells it with no date, which joined
in a year across a label, a table and a sentence, which became a rank when two others joined the same year; and
look-alikes with no membership answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, assert_answered

pytestmark = pytest.mark.slow

PROBES_DIR = Path(__file__).resolve().parents[1] / "data" / "probes" / "members8"
NEWS, REPORT = "forum-news-2021-11", "isecg-annual-report-2019"

# (question, answer strings (any), documents whose passage must be among the evidence); each failed on the base
PROBES = [
    ("When did the New Zealand Space Agency join ISECG?", ["2021"], [NEWS]),
    ("When did Portugal Space join ISECG?", ["2021"], [NEWS]),
    ("When did the Israel Space Agency join ISECG?", ["2021"], [NEWS]),
    ("When did the Italian Space Agency become a member of ISECG?", ["2007"], [NEWS]),
    ("Which agencies joined ISECG in 2019?", ["LSA, ASA, SSO, POLSA and ROSA"], [REPORT]),
    ("Which agencies joined ISECG in 2021?", ["NZSA, ISA and PT Space"], [NEWS]),
]

# answered on the base already: kept
KEPT = [
    ("Which agency became ISECG's 27th member?", ["PT Space"], [NEWS]),
    ("When did the Romanian Space Agency join ISECG?", ["October 2019"], [REPORT]),
    ("How many member agencies did ISECG have in 2019?", ["20"], [REPORT]),
]

# whose answer must not be a membership's: another body's members, a meeting's attendance
NOT_MEMBERSHIP = [
    "When did Poland join ESA?",
    "How many agencies attended the spring plenary in Tokyo?",
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES_DIR, tmp_path_factory.mktemp("members8-probes"))


@pytest.mark.parametrize("question, answers, documents", PROBES + KEPT)
def test_answered_with_each_documents_evidence(answerer, question, answers, documents):
    assert_answered(answerer.answer(question), answers, documents)


@pytest.mark.parametrize("question", NOT_MEMBERSHIP)
def test_no_membership_answer_to_a_look_alike(answerer, question):
    response = answerer.answer(question)
    assert response["shape"] not in ("joined", "joined_in", "member_count", "nth_member"), \
        (response["shape"], response["answer"])
