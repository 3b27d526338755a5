"""Probes for chair handovers, round 26 (kg/rules_org.py chairs, CHAIR_POST_RE): "it" in a handover ("X handed it
to Y") is the body's chair the sentence before told of as a post that is held and moves ("The chair of the group
rotates among its members."), as it is when the same sentence names the chair.  Written in other wording and with
other agencies and dates than the development sets.
Negatives: a sentence before that names no chair, or a chair that spoke or acted (the person chairing a meeting),
leaves "it" as something else handed over (a draft, a report).
Also (kg/rules_roles.py LED_BY_RE): a relative clause on a working group between its name and its chair's verb ("The
TWG, which keeps the list of needs, was chaired by A of ASI") leaves the post to the person after "by"; not to a person
inside the clause, nor after another verb."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD
from .test_probes_chairs20 import _agency_chairs

CASES = [
    # (text, chairs stated, chairs that must not be)
    ("rotates-then-handed-it", "The group has a chair, which rotates between the member agencies. ISRO held it for "
     "three years and handed it to the UK Space Agency in March 2043.", {("isro", "until-2043-03"), ("uksa", "from-2043-03")},
     set()),
    ("held-in-turn-then-passed-it", "The ISECG chairmanship is held by each agency in turn. On 4 May 2044 CNES passed it "
     "over to NOSA.", {("cnes", "until-2044-05-04"), ("nosa", "from-2044-05-04")}, set()),
    # negatives: no chair told before; a chair that acted, not a post
    ("no-chair-before", "The roadmap draft was finished in spring. ISRO handed it to the UK Space Agency in March 2043.",
     set(), {("isro", "until-2043-03"), ("uksa", "from-2043-03")}),
    ("chair-that-spoke", "The chair thanked the Secretariat for the draft report. CNES then passed it to NOSA on "
     "4 May 2044 for review.", set(), {("cnes", "until-2044-05-04"), ("nosa", "from-2044-05-04")}),
]


@pytest.mark.parametrize("name, text, chairs, wrong", CASES, ids=[c[0] for c in CASES])
def test_it_is_the_chair_told_before(extract, name, text, chairs, wrong):
    got = _agency_chairs(extract(HEAD + text, title="ISECG Annual Report", year=2047))
    assert chairs <= got and not wrong & got, got


def _posts(result) -> set[tuple[str, str]]:
    """(person slug, group slug) of the posts the extraction states."""
    held = {s: o.rsplit("/", 1)[-1] for s, p, o in result.facts if s.startswith("id/post/") and p == "org:heldBy"}
    return {(held[s], o.rsplit("/", 1)[-1]) for s, p, o in result.facts if s in held and p == "org:postIn"}


# A relative clause on a working group between its name and the verb of its chair: the person holds the post.
POSTS = [
    ("relative-clause", "The Science Working Group, which reviews the science chapters of the roadmap, was chaired by "
     "Ines Navarro of CNES.", {("ines-navarro", "swg")}, set()),
    ("that-clause-co-led", "The Technology Working Group, that keeps the list of critical technologies, is co-led by "
     "Tomas Berg (DLR) and Mina Park (KARI).", {("tomas-berg", "twg"), ("mina-park", "twg")}, set()),
    # negatives: a clause with another verb after it; a person in the clause, an agency chairing
    ("other-verb", "The Science Working Group, which met in Paris, was welcomed by Ines Navarro of CNES.", set(),
     {("ines-navarro", "swg")}),
    ("person-in-the-clause", "The Science Working Group, which Ines Navarro of CNES proposed, was chaired by ESA.",
     set(), {("ines-navarro", "swg")}),
]


@pytest.mark.parametrize("name, text, posts, wrong", POSTS, ids=[c[0] for c in POSTS])
def test_group_post_after_relative_clause(extract, name, text, posts, wrong):
    got = _posts(extract(HEAD + text, title="ISECG Annual Report", year=2047))
    assert posts <= got and not wrong & got, got
