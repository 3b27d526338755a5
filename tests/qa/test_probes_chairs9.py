"""The length and edges of chair terms, and which of two joined first, when a date is a part of a year (qa/dated.py
chair, joined_first, joined; kg/rules_org.py chair_frame, chairs, memberships_joined; kg/rules_chair_forms.py), over
two documents in other wording than the development sets: a yearbook (a PDF rendered by headless Chromium from
``isecg-yearbook-2031.html``) telling a term begun "since the autumn of 2028", a handover "The chairmanship went to
UKSA on 4 November 2031", a holder in apposition ("DLR, the agency holding the ISECG chairmanship in 2027") and
joinings "in the summer of 2030", "in mid-2030", "in November 2030"; and a bulletin (Markdown) of the next day that
tells the same handover undated ("The chair has passed from CNES to the UK Space Agency") and ranks newcomers of one
year ("became ISECG's thirty-first member", "welcomed in Lisbon as the 32nd member").

The base read the handover of the bulletin as a term of CNES of its own, after UKSA's, and answered "zero months";
a term's start "since the autumn of 2028" is now the year in its autumn, a handover "went to X on D" X's start.
Negatives: no term of no length, no order between two parts of a year that overlap (summer and mid-2030), a
meeting's chair is no chair of ISECG."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, assert_answered, short_said

pytestmark = pytest.mark.slow

PROBES_DIR = Path(__file__).resolve().parents[1] / "data" / "probes" / "chairs9"
YEARBOOK, BULLETIN = "isecg-yearbook-2031", "isecg-bulletin-2031-11"

# (question, answer strings (any), documents whose passage must be among the evidence); failing on the base
PROBES = [
    # how long: from the part of the year a term began in to the handover (the base: "zero months")
    ("How long had CNES been in the ISECG chair when it handed over to the UK Space Agency?", ["about three years"],
     [YEARBOOK]),
    ("For how long did CNES chair ISECG?", ["about three years"], [YEARBOOK]),
    # both parts, each holder and the date in words
    ("Which agency chaired ISECG in 2030, and when did it take over?", ["CNES, since autumn 2028"], [YEARBOOK]),
    ("Which agency chaired ISECG in 2030, and since when had it held the chair?",
     ["CNES took over the chair from DLR in autumn 2028"], [YEARBOOK]),
    ("Which agency chaired ISECG in 2030, and until when?", ["CNES handed the chair to UKSA on 4 November 2031"],
     [YEARBOOK]),
    ("Which agency took over the ISECG chair in 2028, and when?", ["CNES, since autumn 2028"], [YEARBOOK]),
    ("Which agency held the ISECG chair in 2027, and to which agency did it pass the chair?",
     ["DLR, which passed the chair to CNES in autumn 2028"], [YEARBOOK]),
    ("When did CNES take over the ISECG chair?", ["autumn 2028"], [YEARBOOK]),
    ("When did UKSA take over the ISECG chair?", ["4 November 2031"], [YEARBOOK]),
    # which joined first: a part of a year against a month of it, or the ranks the joinings' sentences give
    ("Which joined ISECG first: GISTDA or PhilSA?", ["GISTDA"], [YEARBOOK]),
    ("Which joined ISECG later: GISTDA or PhilSA?", ["PhilSA"], [YEARBOOK]),
    ("Which joined ISECG first: SANSA or PhilSA?", ["SANSA"], [YEARBOOK]),
    ("Which of the two agencies joined ISECG first, NOSA or POLSA?", ["POLSA"], [BULLETIN]),
    ("When did GISTDA join ISECG?", ["summer 2030"], [YEARBOOK]),
]

# answered on the base already: kept
KEPT = [
    ("Which agency chaired ISECG in 2029?", ["CNES"], [YEARBOOK]),
]

SHORT = {
    "Who chairs ISECG?": "uksa",
}

# no answer from the graph: a term of no known length, parts of a year that overlap
NOT_ANSWERED = {
    "For how long did UKSA chair ISECG?": "chair",
    "Which joined ISECG first: GISTDA or SANSA?": "joined_first",
}

# a meeting's chair is not ISECG's
NOT_THE_CHAIR = [
    "Who chaired the Lisbon plenary?",
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES_DIR, tmp_path_factory.mktemp("chairs9-probes"))


@pytest.mark.parametrize("question, answers, documents", PROBES + KEPT)
def test_answered_with_its_evidence(answerer, question, answers, documents):
    assert_answered(answerer.answer(question), answers, documents)


@pytest.mark.parametrize("question", list(SHORT))
def test_one_part_stays_short(answerer, question):
    assert short_said(answerer.answer(question)) == SHORT[question]


@pytest.mark.parametrize("question", list(NOT_ANSWERED))
def test_not_answered_by_the_graph(answerer, question):
    response = answerer.answer(question)
    assert response["shape"] != NOT_ANSWERED[question], response["answer"]


@pytest.mark.parametrize("question", NOT_THE_CHAIR)
def test_other_chairs_not_isecg(answerer, question):
    response = answerer.answer(question)
    assert response["shape"] != "chair" and "uksa" not in short_said(response), response["answer"]
