"""Stop 59 probes of people's bodies in two more forms of general English, none from any set: a sentence opened by
the body spoken for ("Speaking for ASI, Maria Rossi presented the plan", "Representing ASI, ...":
kg/rules_people.FOR_ITEM_RE), the head of a body's delegation ("The ASI delegation was led by Maria Rossi":
DELEGATION_LED_RE). Negatives: a body the sentence is about, not spoken for; a delegation led to a place."""

from __future__ import annotations

import pytest

HEAD = "ISECG Annual Report 2035\nPublished March 2036\nThe International Space Exploration Coordination Group (ISECG) met twice.\n"


def _affiliations(extract, text: str) -> set[tuple[str, str]]:
    r = extract(HEAD + text, title="ISECG Annual Report 2035", year=2035)
    return {(s.removeprefix("id/person/"), o.removeprefix("id/org/")) for s, p, o in r.facts
            if p == "schema:affiliation"}


@pytest.mark.parametrize("text", [
    "Speaking for ASI, Maria Rossi presented the plan.",
    "Representing ASI, Maria Rossi presented the plan.",
    "The ASI delegation was led by Maria Rossi.",
])
def test_a_body_spoken_for_or_led(extract, text):
    assert ("maria-rossi", "asi") in _affiliations(extract, text)


@pytest.mark.parametrize("text", [
    "Speaking about ASI, Maria Rossi praised the plan.",
    "The ASI delegation was led to the launch pad by the guide.",
])
def test_no_body_of_another_relation(extract, text):
    assert ("maria-rossi", "asi") not in _affiliations(extract, text)
