"""Stop 59 probes of a document's makers in two more forms of general English, none from any set: a team from the
bodies after "by" ("drafted by a team from NASA, ESA and JAXA": kg/rules_people.BY_PHRASE_RE, BY_ITEM_RE), a label of
the task team's members ("Task team members: A (ASI), B (NASA)": AUTHORS_LEAD_RE). Negatives: a team from the bodies
that reviewed it; the body after "the ISECG Secretariat at" (HOSTED_BY_RE: a site as often as a host, so no maker;
tried at stop 59, it credited a site in a validation set)."""

from __future__ import annotations

import pytest

SCENARIO = "Lunar Campaign Scenario Summary\nIssue 1\n{}\nThe summary has three parts.\n"


def _makers(extract, text: str) -> set[str]:
    r = extract(SCENARIO.format(text), title="Lunar Campaign Scenario Summary", year=2031)
    return {o.rsplit("/", 1)[-1] for s, p, o in r.facts if s == "id/doc/test-doc" and p == "dcterms:creator"}


@pytest.mark.parametrize(("text", "makers"), [
    ("The summary was drafted by a team from NASA, ESA and JAXA.", {"nasa", "esa", "jaxa"}),
    ("Task team members: Maria Rossi (ASI), John Smith (NASA), Keiko Ito (JAXA).", {"asi", "nasa", "jaxa"}),
])
def test_makers_told_in_other_words(extract, text, makers):
    assert makers <= _makers(extract, text)


@pytest.mark.parametrize("text", [
    "The summary was reviewed by a team from NASA, ESA and JAXA.",
    "This summary was issued by the ISECG Secretariat at ESA.",
])
def test_no_makers_of_another_deed_or_a_place(extract, text):
    assert not {"nasa", "esa", "jaxa"} & _makers(extract, text)
