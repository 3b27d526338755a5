"""What the documents support of a time or an event they do not tell of (qa/dated.py chair: STALE_MONTHS for every
holder, SPAN_ASKED; qa/sentences.py rank_sentences: a count naming its own gathering), on a small invented corpus in
other wording than the development sets: a bulletin telling an open-ended chair term ("took over the chair") and a
closed one, a review of years later telling the next holder's start, and a digest counting one gathering in the
sentence before the one telling another.

The base took an open-ended term stated years before for the holder of a year the documents leave open (the holder
of the next term being stated only later), took the holder at a span's start for the whole span though its term is
stated to end inside it, and gave the count of a workshop for the meeting the next sentence tells.  Negatives: a
year shortly after the open-ended term's statement, a span inside one term, a count whose next sentence carries on
of the same gathering. Left: a count of another gathering in another city, told alone in its sentence, is still taken
for the meeting asked (so that probe has a corpus of its own)."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-bulletin-2036.md": """# ISECG Bulletin 2036

*International Space Exploration Coordination Group · published 30 June 2036*

## Chairmanship

CNES chaired ISECG from January 2032 until 4 May 2036. On 4 May 2036 the Mexican Space Agency (AEM) took over the
ISECG chair from CNES.

## Meetings

A technology workshop at the Mexican Space Agency in Puebla on 3–4 March 2036 gathered 27 participants. The
heads of agency met in Queretaro on 9 May 2036, under the new chair.
""",
    "isecg-review-2042.md": """# ISECG Review 2042

*International Space Exploration Coordination Group · published 15 March 2042*

The ISECG chair has been held by the Brazilian Space Agency (AEB) since 10 February 2041.
""",
}


# A count whose next sentence carries on of the same gathering (apart: a count of another gathering, in another city,
# told alone in its sentence, is still taken for the Queretaro meeting; left)
CARRIED_ON = {
    "isecg-digest-2036.md": """# ISECG Digest 2036

*International Space Exploration Coordination Group · published 1 July 2036*

Nineteen agencies attended the plenary in Oaxaca. The plenary opened on 2 June 2036 at the invitation of AEM.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("validity20"))


def test_a_count_carried_on_by_the_next_sentence(tmp_path):
    response = answerer_over(CARRIED_ON, tmp_path).answer("How many agencies attended the plenary in Oaxaca in June 2036?")
    assert " 19 " in words_of(response["answer"] or ""), response["answer"]


@pytest.mark.parametrize("question, answer", [
    ("Which agency held the ISECG chair in 2037?", "aem"),  # stated the year before: still the holder asked
    ("Which agency held the ISECG chair in 2041?", "aeb"),
    ("Which agency held the ISECG chair between 2033 and 2035?", "cnes"),  # a span inside one term
    ("How many participants attended the technology workshop in Puebla in March 2036?", "27"),
])
def test_held(answerer, question, answer):
    response = answerer.answer(question)
    assert f" {answer} " in words_of(response["answer"] or ""), response["answer"]


@pytest.mark.parametrize("question", [
    # AEM's open term, last stated in 2036, tells nothing of 2039; AEB is stated only from 2041
    "Which agency held the ISECG chair in 2039?",
    # CNES left the chair in 2036: no one holder over the span
    "Which agency held the ISECG chair between 2035 and 2038?",
    # the 27 participants are the workshop's, not the Queretaro meeting's
    "How many participants attended the heads of agency meeting in Queretaro in May 2036?",
])
def test_not_said(answerer, question):
    response = answerer.answer(question)
    assert response["short_answer"] is None, response["answer"]
