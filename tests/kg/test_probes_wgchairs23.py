"""Probes for a working group's chair named in prose, round 23 (kg/rules_roles): the group, a relative clause about
it, then the verb ("The Science Working Group, which advises on sample return, was co-led by A of DLR and B of
KARI"); the one a holder succeeded ("She replaces A of ESA", "..., when he took over from Dr. A"), who held the same
post in the same group, their term met by the successor's (OWL-Time ``time:intervalMeets``).  Negatives: a relative
clause with no verb of leading after it; "succeeded in"; "was replaced by"; an agency succeeded; a successor whose
post no sentence states; posts in two groups before "succeeds".  Written from how such prose is phrased, not copied
from the development sets."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD
from .test_probes_wgleads22 import _chair_periods, _posts

MEETS = "time:intervalMeets"


def _slug(iri) -> str:
    return (iri if isinstance(iri, str) else iri.value).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _met(result) -> set[tuple[str, str]]:
    """(holder before, holder after) of each post whose term the other's meets."""
    facts = result.facts
    during = {o: s for s, p, o in facts if p == "org:memberDuring"}
    held = {s: _slug(o) for s, p, o in facts if p == "org:heldBy"}
    return {(held[during[s]], held[during[o]]) for s, p, o in facts if p == MEETS}


RELATIVE = [
    ("which-clause-co-led", "The Science Working Group, which advises on lunar sample return, was co-led by Karin "
     "Holm of DLR and Min-jun Seo of KARI.", {("karin-holm", "lead", "swg"), ("min-jun-seo", "lead", "swg")}),
    ("whose-clause-headed", "The Exploration Roadmap Working Group (ERWG), whose members drafted the scenarios, is "
     "headed by Olivia Grant (UKSA).", {("olivia-grant", "lead", "erwg")}),
]


@pytest.mark.parametrize("name, text, posts", RELATIVE, ids=[r[0] for r in RELATIVE])
def test_post_after_relative_clause(extract, name, text, posts):
    assert posts <= _posts(extract(HEAD + text, title="ISECG Annual Report 2017", year=2017))


def test_relative_clause_without_leading_verb(extract):
    text = ("The Technology Working Group, which worked with the team led by Karin Holm of DLR, met twice in "
            "Bremen.")
    assert not _posts(extract(HEAD + text, title="ISECG Annual Report 2017", year=2017))


SUCCESSIONS = [
    ("next-sentence-she-replaces", "Since March 2016 the Science Working Group has been chaired by Karin Holm of "
     "DLR. She replaces Dr. Pablo Ortega of ESA, who chaired it for two years.",
     {("karin-holm", "chair", "swg"), ("pablo-ortega", "chair", "swg")}, {("pablo-ortega", "karin-holm")}),
    ("same-sentence-took-over-from", "Olivia Grant (UKSA) leads the Exploration Roadmap Working Group, having taken "
     "over from Min-jun Seo of KARI in May 2015.",
     {("olivia-grant", "lead", "erwg"), ("min-jun-seo", "lead", "erwg")}, {("min-jun-seo", "olivia-grant")}),
    # a profile's line naming the post, not its holder: the one succeeded held it, no successor's term to meet
    ("post-named-no-holder", "Karin Holm\nLead of the Strategic Communications Working Group since 2016, when she "
     "succeeded Pablo Ortega of ESA.", {("pablo-ortega", "lead", "scwg")}, set()),
]


@pytest.mark.parametrize("name, text, posts, met", SUCCESSIONS, ids=[s[0] for s in SUCCESSIONS])
def test_post_of_the_one_succeeded(extract, name, text, posts, met):
    result = extract(HEAD + text, title="ISECG Newsletter", year=2016)
    assert posts <= _posts(result)
    assert _met(result) == met


NOT_SUCCEEDED = [
    ("succeeded-in", "Karin Holm of DLR chairs the Science Working Group. She succeeded in merging two task teams."),
    ("replaced-by", "Karin Holm of DLR chairs the Science Working Group. She was replaced by Pablo Ortega in 2019."),
    ("agency-succeeded", "Karin Holm of DLR chairs the Science Working Group. DLR succeeded ESA as host."),
    ("no-post-stated", "Karin Holm gave the opening talk. She succeeds Pablo Ortega of ESA."),
    ("two-groups", "Karin Holm of DLR chairs the Science Working Group and Olivia Grant of UKSA leads the "
     "Technology Working Group. She succeeds Pablo Ortega of ESA."),
]


@pytest.mark.parametrize("name, text", NOT_SUCCEEDED, ids=[n[0] for n in NOT_SUCCEEDED])
def test_no_post_succeeded(extract, name, text):
    result = extract(HEAD + text, title="ISECG Newsletter", year=2016)
    assert not {p for p in _posts(result) if p[0] in ("pablo-ortega", "esa")}
    assert not _met(result)


def test_lead_and_co_lead_columns(extract):
    """A table whose lead's and co-lead's columns both follow the group's: both agencies lead it in the header's
    year (not only the row's last)."""

    text = ("Working group Lead Co-\nlead\nScience Working Group (SWG) KARI UKSA\n"
            "Strategic Communications Working Group (SCWG) ASI DLR\nTable 2. Working-group leads in 2015.\n")
    chairs = _chair_periods(extract(HEAD + text, title="ISECG Annual Report 2015", year=2015))
    assert {("kari", "swg", "2015"), ("uksa", "swg", "2015"), ("asi", "scwg", "2015"), ("dlr", "scwg", "2015")} <= chairs


def test_lead_cells_of_a_written_row(extract):
    """A row the ingest wrote with each cell after its column's name: the agencies of the lead's and co-lead's cells
    (not of a focus cell after them)."""
    text = ("Working group Lead Co-lead Focus\nScience Working Group (SWG) — Lead: KARI; Co-lead: UKSA; Focus: samples\n"
            "Technology Working Group (TWG) — Lead: ASI; Co-lead: DLR; Focus: studies with NASA\n")
    chairs = _chair_periods(extract(HEAD + text, title="ISECG Annual Report 2015", year=2015))
    assert {("kari", "swg", "2015"), ("uksa", "swg", "2015"), ("asi", "twg", "2015"), ("dlr", "twg", "2015")} <= chairs
    assert not {c for c in chairs if c[0] == "nasa"}
