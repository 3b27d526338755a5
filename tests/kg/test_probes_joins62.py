"""Round 62 probes of joinings (kg/rules_org): told by verbs of treaties and seats (JOINED_RE: "X acceded to ISECG in
March 2036", "X took its seat in ISECG"), by a fronted "Since D, X has been a member of ISECG" (FRONTED_SINCE_RE), by
an application to join approved (APPLICATION_RE). Negatives: acceding to a treaty, a seat in a working group or at a
table, an application received or deferred, a working group's membership. Written in wordings of our own, not copied
from the development sets."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

HEAD = "ISECG Review\fThe International Space Exploration Coordination Group (ISECG) met.\n"


@pytest.mark.parametrize("text", [
    "The Luxembourg Space Agency acceded to ISECG in March 2036.",
    "The Luxembourg Space Agency took its seat in ISECG in March 2036.",
    "In March 2036 the Luxembourg Space Agency took up its seat at ISECG.",
])
def test_joined(extract, text):
    r = extract(HEAD + text, title="ISECG Review", year=2036)
    assert "from-2036-03" in _periods(r).get("lsa", set()), _periods(r)


@pytest.mark.parametrize("text", [
    "The Luxembourg Space Agency acceded to the Outer Space Treaty in March 2036.",
    "The Luxembourg Space Agency took its seat in the Technology Working Group in March 2036.",
    "The Luxembourg Space Agency took its seat at the table in March 2036.",
])
def test_not_joined(extract, text):
    r = extract(HEAD + text, title="ISECG Review", year=2036)
    assert "lsa" not in _periods(r), _periods(r)


# A membership dated by a fronted "Since D," (FRONTED_SINCE_RE) and an application to join approved (APPLICATION_RE).
@pytest.mark.parametrize("text", [
    "Since March 2036, the Luxembourg Space Agency has been a member of ISECG.",
    "Since March 2036 the Luxembourg Space Agency has participated in ISECG.",
    "The Luxembourg Space Agency's application to join ISECG was approved in March 2036.",
    "The heads of delegation approved the Luxembourg Space Agency's application for membership in March 2036.",
])
def test_member_from(extract, text):
    r = extract(HEAD + text, title="ISECG Review", year=2036)
    assert "from-2036-03" in _periods(r).get("lsa", set()), _periods(r)


@pytest.mark.parametrize("text", [
    "The Luxembourg Space Agency's application to join ISECG was received in March 2036.",
    "The Luxembourg Space Agency's application to join ISECG was deferred in March 2036.",
    "Since March 2036, the Luxembourg Space Agency has been a member of the Technology Working Group.",
])
def test_not_member_from(extract, text):
    r = extract(HEAD + text, title="ISECG Review", year=2036)
    assert "from-2036-03" not in _periods(r).get("lsa", set()), _periods(r)


# A chronology's present tense: two bodies that "join" the body (a bare "join" right after them, not an infinitive);
# "X joins" ending a row opened by its year (the document's body).
@pytest.mark.parametrize("text, members", [
    ("2036: the Luxembourg Space Agency (LSA) and the Polish Space Agency (POLSA) join ISECG.", ("lsa", "polsa")),
    ("| Year | Milestones |\n|---|---|\n| 2036 | Luxembourg Space Agency (LSA) and Polish Space Agency (POLSA) join "
     "ISECG. |", ("lsa", "polsa")),
    ("| Year | Milestone | Members |\n|---|---|---|\n| 2036 | The Luxembourg Space Agency joins | 31 |", ("lsa",)),
])
def test_chronology_joinings(extract, text, members):
    r = extract(HEAD + text, title="ISECG Review", year=2036, file="review.md")
    assert all("from-2036" in _periods(r).get(m, set()) for m in members), _periods(r)


@pytest.mark.parametrize("text", [
    "ISECG invited the Luxembourg Space Agency (LSA) and the Polish Space Agency (POLSA) to join ISECG in 2036.",
    "In 2036 the Luxembourg Space Agency and the Polish Space Agency plan to join ISECG.",
    "The Luxembourg Space Agency joins.",  # no year opening the row: joins what?
])
def test_no_chronology_joining(extract, text):
    r = extract(HEAD + text, title="ISECG Review", year=2036)
    assert "lsa" not in _periods(r), _periods(r)
