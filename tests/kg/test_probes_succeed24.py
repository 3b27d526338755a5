"""Probes for one person succeeding another in a group's post, round 24 (kg/rules_roles.succeeded): the post a
sentence states in one group, else, the sentence's subject a pronoun, the one post the sentence before stated ("He
succeeds A of NASA", "Her successor is Dr. A"); the predecessor holds the same post, their term meets the
successor's (OWL-Time ``time:intervalMeets``). Negatives: "succeeded in"; "was succeeded by"; an agency or a
document succeeded; a successor not yet named; no post stated; posts of two people; a sentence after the post's
whose subject is no pronoun. Written in wordings of our own, not copied from the development sets."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD
from .test_probes_wgleads22 import _posts

MEETS = "time:intervalMeets"


def _slug(iri) -> str:
    return (iri if isinstance(iri, str) else iri.value).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _met(result) -> set[tuple[str, str]]:
    """(holder before, holder after) of each post whose term the other's meets."""
    facts = result.facts
    during = {o: s for s, p, o in facts if p == "org:memberDuring"}
    held = {s: _slug(o) for s, p, o in facts if p == "org:heldBy"}
    return {(held[during[s]], held[during[o]]) for s, p, o in facts if p == MEETS}


SUCCESSIONS = [
    ("next-sentence-she-succeeded", "Since March 2016 the Science Working Group has been chaired by Karin Holm of "
     "DLR. She succeeded Dr. Pablo Ortega of ESA, who chaired it for two years.",
     {("karin-holm", "chair", "swg"), ("pablo-ortega", "chair", "swg")}, {("pablo-ortega", "karin-holm")}),
    ("same-sentence-succeeding", "Olivia Grant (UKSA), chair of the Exploration Roadmap Working Group since May "
     "2015, succeeding Min-jun Seo of KARI, presented the scenario.",
     {("olivia-grant", "chair", "erwg"), ("min-jun-seo", "chair", "erwg")}, {("min-jun-seo", "olivia-grant")}),
    ("her-successor-is", "After four years as chair of the Strategic Communications Working Group (SCWG), Dr. Karin "
     "Holm of DLR stepped down in March 2020. Her successor is Prof. Olivia Grant of the UK Space Agency.",
     {("karin-holm", "chair", "scwg"), ("olivia-grant", "chair", "scwg")}, {("karin-holm", "olivia-grant")}),
]


@pytest.mark.parametrize("name, text, posts, met", SUCCESSIONS, ids=[s[0] for s in SUCCESSIONS])
def test_post_of_the_one_succeeded(extract, name, text, posts, met):
    result = extract(HEAD + text, title="ISECG Newsletter", year=2020)
    assert posts <= _posts(result)
    assert _met(result) == met


NOT_SUCCEEDED = [
    ("succeeded-in", "Karin Holm of DLR chairs the Science Working Group. She succeeded in merging two task teams."),
    ("was-succeeded-by", "The Science Working Group is chaired by Karin Holm of DLR. She was succeeded by Pablo "
     "Ortega in 2019."),
    ("agency-succeeded", "Karin Holm of DLR chairs the Science Working Group. DLR succeeded ESA as host of the "
     "secretariat."),
    ("document-succeeded", "The Science Working Group is chaired by Karin Holm of DLR. The second edition "
     "succeeded Pablo Ortega's first draft."),
    ("successor-not-named", "Karin Holm of DLR chairs the Science Working Group. Her successor is to be named in "
     "June."),
    ("no-post-stated", "Karin Holm gave the opening talk. She succeeds Pablo Ortega of ESA."),
    ("two-people", "The Science Working Group is co-chaired by Karin Holm of DLR and Olivia Grant of UKSA. She "
     "succeeds Pablo Ortega of ESA."),
    ("not-a-pronoun", "The Science Working Group is chaired by Karin Holm of DLR. Last year Olivia Grant succeeded "
     "Pablo Ortega of ESA at the agency."),
]


@pytest.mark.parametrize("name, text", NOT_SUCCEEDED, ids=[n[0] for n in NOT_SUCCEEDED])
def test_no_post_succeeded(extract, name, text):
    result = extract(HEAD + text, title="ISECG Newsletter", year=2020)
    assert not {p for p in _posts(result) if p[0] in ("pablo-ortega", "esa", "olivia-grant")} - {
        ("olivia-grant", "chair", "swg")}
    assert not _met(result)
