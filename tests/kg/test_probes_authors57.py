"""Stop 57 probes of a talk's slides whose byline says who presented them ("Presented by Helena Marsh (ESA)"): the
presenter and their body made the document. Negatives: a sentence telling what someone presented, a byline of no
one. Written in other words and names than any set's; development set ar showed the form."""

from __future__ import annotations

import pytest


def _makers(r) -> set[str]:
    return {o for s, p, o in r.facts if s == "id/doc/test-doc" and p == "dcterms:creator"}


@pytest.mark.parametrize("line", ["Presented by Helena Marsh (ESA)", "Presented by Helena Marsh, European Space Agency"])
def test_the_presenter_of_slides_made_them(extract, line):
    r = extract(f"ISECG briefing, GLEX 2031\n{line}\nThe group met four times in 2030.\n", title="ISECG briefing, GLEX 2031",
                year=2031)
    assert {"id/person/helena-marsh", "id/org/esa"} <= _makers(r)


@pytest.mark.parametrize("line", ["The roadmap was presented by Helena Marsh (ESA) at the congress.",
                                  "Presented at the congress in October 2031."])
def test_no_maker_from_a_sentence_or_a_byline_of_no_one(extract, line):
    r = extract(f"ISECG briefing, GLEX 2031\n{line}\nThe group met four times in 2030.\n", title="ISECG briefing, GLEX 2031",
                year=2031)
    assert "id/person/helena-marsh" not in _makers(r) and "id/org/esa" not in _makers(r)


SCENARIO = "Lunar Campaign Scenario Summary\nIssue 1\n{}\nThe summary has three parts.\n"


@pytest.mark.parametrize("sentence, makers", [
    ("ASI, CNES, CSA and DLR contributed mission data to this issue.", {"asi", "cnes", "csa", "dlr"}),
    ("KARI and ISRO contributed their entries to this summary.", {"kari", "isro"}),
    ("The China National Space Administration (CNSA) provided information on its robotic lunar missions for this issue.",
     {"cnsa"}),
])
def test_bodies_that_gave_material_to_this_document(extract, sentence, makers):
    r = extract(SCENARIO.format(sentence), title="Lunar Campaign Scenario Summary", year=2031)
    assert {f"id/org/{m}" for m in makers} <= _makers(r)


@pytest.mark.parametrize("sentence", [
    "NASA contributed the Orion spacecraft to the Gateway.",
    "ASI provided information on its rover to the press.",
])
def test_no_makers_from_material_given_to_something_else(extract, sentence):
    r = extract(SCENARIO.format(sentence), title="Lunar Campaign Scenario Summary", year=2031)
    assert not {"id/org/nasa", "id/org/asi"} & _makers(r)
