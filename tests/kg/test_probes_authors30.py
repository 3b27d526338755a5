"""Probes (round 30): who made a document, told of it by any noun it calls itself ("this note", "the fact sheet",
"these slides", "this brochure"), or by a pronoun in the sentence after one naming it ("This note records ... It was
prepared by the X").  Near misses: "It" after a sentence on something else, a thing the document describes that a
body made ("In this report, the analysis developed by NASA ..."), and a head line "Prepared for" a body (whom it was
made for).  And a programme's rows dated by slashed days keep their people.  Written in the lead's own names and wording, not an evaluation set's."""

from __future__ import annotations

import pytest


def _creators(result) -> set[str]:
    return {o for s, p, o in result.facts if s == "id/doc/test-doc" and p == "dcterms:creator"}


@pytest.mark.parametrize("text, creators", [
    ("Rover Note\nThis note was prepared by the Technology Working Group.", {"id/group/twg"}),
    ("Rover Sheet\nThis fact sheet was compiled by JAXA and CSA.", {"id/org/jaxa", "id/org/csa"}),
    ("Rover Slides\nThese slides were prepared by the ISECG Secretariat.", {"id/org/isecg-secretariat"}),
    ("Rover Brochure\nThis brochure was produced by ESA for the public.", {"id/org/esa"}),
    ("Rover Statement\nThis statement was drafted by the Exploration Roadmap Working Group.", {"id/group/erwg"}),
    ("Rover Note\nThis note lists the rovers agencies plan. It was prepared by the Technology Working Group of the "
     "International Space Exploration Coordination Group and reviewed by NASA and ESA.", {"id/group/twg"}),
    ("Rover Note\nThis note lists the rovers agencies plan.\nIt was drafted by CNES.", {"id/org/cnes"}),
    ("Rover Report\nThis report and its annex were prepared by ESA.", {"id/org/esa"}),
])
def test_a_document_by_any_noun_it_calls_itself_or_by_it(extract, text, creators):
    assert creators <= _creators(extract(text, title=text.split("\n")[0]))


@pytest.mark.parametrize("text", [
    "Rover Note\nThe agencies met in Rome in May. It was hosted by ASI.",
    "Rover Note\nThis note lists rovers. The Gateway is a station in lunar orbit. It was developed by NASA.",
    "Rover Sheet\nThis fact sheet describes the rovers built by JAXA.",
    "Rover Study\nPrepared for NASA\nThe study compares the rovers agencies plan.",  # the body it was made for
    "Rover Report\nIn this report, the analysis developed by NASA is summarised.",  # the analysis's maker
])
def test_no_maker_from_another_thing_or_an_it_of_something_else(extract, text):
    assert _creators(extract(text, title=text.split("\n")[0])) == set()


def test_a_programmes_session_chairs_with_slashed_days_keep_their_bodies(extract):
    # a day the slashes spell past the 12th ("16/05/2031") makes the rows dated: still a programme of one gathering,
    # whose chairs the people rules read, no event of each row
    result = extract("3. Programme\nDate Session Topic Session chair\n"
                     "16/05/2031 Session 1 Solar electric propulsion for cargo Ana Lima (NASA)\n"
                     "17/05/2031 Session 2 Storing cryogenic propellants Jun Sato (JAXA)\n")
    people = {(s, o) for s, p, o in result.facts if p == "schema:affiliation"}
    assert {("id/person/ana-lima", "id/org/nasa"), ("id/person/jun-sato", "id/org/jaxa")} <= people
    assert not any(p == "schema:startDate" for s, p, o in result.facts)
