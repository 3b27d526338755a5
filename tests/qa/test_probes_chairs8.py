"""Who chaired ISECG when, and the hand-overs (qa/dated.py chair, answerer._told_date), over two documents in other
wording than the development sets: an activity summary (a PDF rendered by headless Chromium from
``isecg-activity-summary-2028.html``) telling the chairs in prose ("took the helm on 1 Oct. 2024", "assumed the
chair", "the presidency rotated to") and in a table of terms by month, and a bulletin (Markdown) dating a meeting and
a white paper the summary does not.  Two-part questions get every part asked, in the question's order, from the
chairs' timeline ("CNES, succeeded by DLR", "ISRO, preceded by DLR", "DLR, until 1 October 2027", "DLR, since 21 April
2026"); the time asked may be an event or a paper the other document dates; "When did DLR take over the chair?" is
the start of DLR's term.  Negatives: one-part questions stay short, a working group's chairs stay the group's, and a
time the documents do not date gives no holder."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, assert_answered, short_said

pytestmark = pytest.mark.slow

PROBES_DIR = Path(__file__).resolve().parents[1] / "data" / "probes" / "chairs8"
SUMMARY, BULLETIN = "isecg-activity-summary-2028", "isecg-bulletin-2027"

# (question, answer strings (any), documents whose passage must be among the evidence); failing on the base
PROBES = [
    # a second question of the holder's term: who followed it, who came before it, until and since when
    ("Which agency chaired ISECG in 2025, and who followed it?", ["CNES, succeeded by DLR"], [SUMMARY]),
    ("Which agency chaired ISECG in 2025, and which agency replaced it?", ["CNES, succeeded by DLR"], [SUMMARY]),
    ("Which agency chaired ISECG in 2025, and to whom did it hand the chair?", ["CNES, which handed the chair to DLR"],
     [SUMMARY]),
    ("Which agency held the ISECG chairmanship in 2028, and which agency had held it before?",
     ["ISRO, preceded by DLR"], [SUMMARY]),
    ("Which agency chaired ISECG in 2028, and who was its predecessor?", ["ISRO, preceded by DLR"], [SUMMARY]),
    ("Which agency chaired ISECG in 2026, and until when?", ["DLR, until 1 October 2027"], [SUMMARY]),
    ("Which agency held the ISECG presidency in 2026, and when did it hand it over?", ["DLR, until 1 October 2027"],
     [SUMMARY]),
    ("Which agency chaired ISECG in 2026, and on what date did it assume the chair?", ["DLR, since 21 April 2026"],
     [SUMMARY]),
    # one date stated to the month (the table) and to the day (the prose): the day
    ("Which agency held the ISECG chair at the time of the Oslo meeting, and since when had it held it?",
     ["DLR, since 21 April 2026"], [SUMMARY]),
    # the time given by a meeting named with what follows its kind, or by a paper only a sentence dates
    ("Which agency chaired ISECG during the Oslo meeting of senior managers?", ["DLR"], [SUMMARY]),
    ("Which agency chaired ISECG when the Lunar Cargo White Paper was released, and who succeeded it?",
     ["DLR, succeeded by ISRO"], [SUMMARY, BULLETIN]),
    ("Which agency chaired ISECG when the Lunar Cargo White Paper came out?", ["DLR"], [SUMMARY, BULLETIN]),
    # when a named holder's term began or ended, from the timeline (the base gave CNES's start)
    ("When did CNES hand the ISECG chair over?", ["21 April 2026"], [SUMMARY]),
    ("When did the ISECG chair pass from CNES to DLR?", ["21 April 2026"], [SUMMARY]),
]

# answered on the base already: kept
KEPT = [
    ("Which agency chaired ISECG when the senior managers convened in Oslo, and which agency took over from it?",
     ["DLR, succeeded by ISRO"], [SUMMARY]),
    ("When did DLR take over the ISECG chair?", ["21 April 2026"], [SUMMARY]),
    ("Since when has DLR chaired ISECG?", ["21 April 2026"], [SUMMARY]),
    ("When did DLR become chair of ISECG?", ["21 April 2026"], [SUMMARY]),
    ("Which agency chaired ISECG in 2026, and who represented the chair?", ["DLR; Dr Anja Keller"], [SUMMARY]),
]

# one-part questions and other bodies' chairs: the short answer stays as it is
SHORT = {
    "Which agency chaired ISECG in 2025?": "cnes",
    "Who chairs ISECG?": "isro",
    # "is chaired by Dr Elena Varga of ESA": who, a person, with her agency (leads9: post_holders; was "esa")
    "Who chairs the Lunar Surface Working Group?": "elena varga (esa)",
    # no successor known: the holder alone, not ISECG's next chair
    "Which agency chaired the Lunar Surface Working Group in 2028, and which agency succeeded it?": "esa",
    "When was the Lunar Cargo White Paper released?": "3 march 2027",
}

# a time the documents do not date: no holder (the base named the latest, ISRO)
NEGATIVE = [
    "Which agency chaired ISECG while the Lunar Cargo White Paper was being drafted?",
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES_DIR, tmp_path_factory.mktemp("chairs8-probes"))


@pytest.mark.parametrize("question, answers, documents", PROBES + KEPT)
def test_every_part_answered_with_its_evidence(answerer, question, answers, documents):
    assert_answered(answerer.answer(question), answers, documents)


@pytest.mark.parametrize("question", list(SHORT))
def test_one_part_stays_short(answerer, question):
    assert short_said(answerer.answer(question)) == SHORT[question]


@pytest.mark.parametrize("question", NEGATIVE)
def test_undated_time_gives_no_holder(answerer, question):
    response = answerer.answer(question)
    assert response["answer"] is None, (response["shape"], response["answer"])
