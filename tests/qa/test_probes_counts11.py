"""How many took part in a gathering, answered from passages (qa/sentences.py NUMBER, number_value, counted,
rank_sentences; kg/text.py numbers_once), over probe documents in other wording and layout than the development sets
(tests/data/probes/counts11/: a Markdown digest, a PDF report with a table, a PDF newsletter whose list markers the
layout drops): a count in dozens ("some two dozen agencies", "a dozen", "half a dozen"); a count told two sentences
after a list entry's head that names and dates the meeting; a count told after its noun ("the agencies represented
there numbered fourteen"); and, where the passages name the meeting but state no
count, no count of the meeting told before it ("Eleven agencies took part. The robotics review met in ..."), nor a
count of agencies for a question of countries ("how many countries were represented": left from round 11 to stop 51)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .fixtures import answerer_of_probes, assert_answered

pytestmark = pytest.mark.slow

PROBES_DIR = Path(__file__).resolve().parents[1] / "data" / "probes" / "counts11"
DIGEST, SESSIONS, NEWSLETTER = "partner-digest-2025", "working-sessions-2026", "coordination-newsletter-2027"

# (question, answer strings (any), documents whose passage must be among the evidence); each failing on the base
PROBES = [
    # "Some two dozen agencies sent delegations": the base read "dozen" alone (12)
    ("How many agencies sent delegations to the heads of agency forum in Vienna in March 2025?", ["24"], [DIGEST]),
    # "A dozen agencies were represented, together with about forty researchers": the base said 40 agencies
    ("How many agencies were represented at the lunar science workshop in Toulouse in June 2025?", ["12"], [DIGEST]),
    # "Organised by ESA with half a dozen agencies and some fifty engineers" (a PDF list item)
    ("How many agencies took part in the lunar logistics workshop in Darmstadt in June 2027?", ["6 agencies", "6 —"],
     [NEWSLETTER]),
    # "Senior managers, Lima, 8 May 2027. Hosted by CONIDA. Attendance stood at seventeen agencies, ...": the base
    # found no sentence of May 2027 with a count
    ("How many agencies attended the senior managers meeting in Lima in May 2027?", ["17"], [NEWSLETTER]),
    # "Delegates met again at the launch-site workshop in Kourou on 4 March 2026, organised by CNES. The agencies
    # represented there numbered fourteen." (a count after its noun): the base found none
    ("How many agencies were represented at the launch-site workshop in Kourou in March 2026?", ["14"], [SESSIONS]),
]

# the passages name the meeting and state no count: no count (the base gave the count of the meeting told before,
# or, for the two in the newsletter, one of the list item or paragraph before)
NOT_SAID = [
    # a count of agencies is none of countries (the base said 40 countries: "about forty researchers"; later "the 14
    # agencies represented", the question's verb being among the counted words; since stop 51 a plural not asked, before
    # the verb, says what the number counts)
    "How many countries were represented at the lunar science workshop in Toulouse in June 2025?",
    "How many agencies attended the robotics review in Sagamihara in February 2025?",
    "How many agencies attended the space resources forum in Luxembourg in December 2026?",
    "How many agencies attended the heads of agency dialogue in Abu Dhabi in September 2027?",
    "How many agencies attended the spring plenary in Cairo in April 2027?",
]

# held on the base and after
HELD = [
    ("How many agencies attended the exploration plenary in Ottawa in October 2025?", ["19"], [DIGEST]),
    ("How many agencies took part in the Mars architecture meeting in Pasadena in August 2025?", ["19"], [DIGEST]),
    ("How many agencies took part in the communications interoperability session in Bremen in November 2025?",
     ["11"], [DIGEST]),
    # a count naming its gathering, then the sentence that dates it: the pair still counts it
    ("How many agencies attended the navigation workshop in Noordwijk in July 2025?", ["14"], [DIGEST]),
    ("How many agencies were represented at the surface power workshop in Turin in January 2026?", ["16"], [SESSIONS]),
    ("How many agencies attended the 2026 plenary in Seoul?", ["23"], [SESSIONS]),
    ("How many agencies were represented at the autumn plenary in Melbourne in November 2027?", ["22"], [NEWSLETTER]),
    ("How many member agencies did ISECG count at the end of 2025?", ["26"], [DIGEST]),
]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_of_probes(PROBES_DIR, tmp_path_factory.mktemp("counts11-probes"))


@pytest.mark.parametrize("question,answers,documents", PROBES + HELD, ids=[p[0] for p in PROBES + HELD])
def test_head_count_probe_round11(answerer, question, answers, documents):
    assert_answered(answerer.answer(question), answers, documents)


@pytest.mark.parametrize("question", NOT_SAID)
def test_no_count_of_another_meeting_round11(answerer, question):
    assert answerer.answer(question)["short_answer"] is None


@pytest.mark.parametrize("number, value", [("two dozen", 24), ("a dozen", 12), ("Half a dozen", 6), ("3 dozen", 36),
                                           ("dozen", 12), ("twenty-one", 21), ("17", 17)])
def test_number_value_of_dozens(number, value):
    from isecg_kg.qa.sentences import NUMBER, number_value
    assert NUMBER.search(f"some {number} agencies").group() == number
    assert number_value(number) == value


@pytest.mark.parametrize("question, nouns", [
    ("How many countries were represented at the workshop?", {"country", "represent"}),
    ("How many agencies attended the plenary?", {"agency", "attend"}),
    ("How many ISECG member agencies sent delegations?", {"isecg", "member", "agency"}),
    ("How many took part?", {"take", "part"}),
])
def test_counted_is_what_is_asked_with_its_verb(question, nouns):
    from isecg_kg.qa.sentences import counted
    assert counted(question) == nouns


@pytest.mark.parametrize("sentence, count", [
    ("The agencies represented there numbered fourteen.", "fourteen"),
    ("The number of participating agencies rose to 19.", "19"),
    ("In all, the agencies attending came to seventeen.", "seventeen"),
    # no count of agencies
    ("The agencies were two years late.", None),
    ("Agency participation was 40 percent.", None),
])
def test_count_told_after_its_noun(sentence, count):
    from isecg_kg.qa.sentences import count_in
    assert count_in(sentence, {"agency"}) == count
