"""Stop 58 probes of makers counted, not named, after the sentence naming them: "The campaign was put together by
the working group with inputs from ASI, CNES, CSA and DLR. Four agencies therefore contributed mission data to this
issue." (kg/rules_people._counted_before, COUNTED_MAKERS_RE): each named body made it. Negatives: a count unlike the
number named before, a count of agencies that gave material to something else. Written in other words and numbers than
any set's; development set ad showed the form."""

from __future__ import annotations

import pytest

SCENARIO = "Lunar Campaign Scenario Summary\nIssue 1\n{}\nThe summary has three parts.\n"
NAMED = "The campaign was put together by the working group with inputs from ASI, CNES, CSA and DLR. "


def _makers(r) -> set[str]:
    return {o for s, p, o in r.facts if s == "id/doc/test-doc" and p == "dcterms:creator"}


@pytest.mark.parametrize("counted", ["Four agencies therefore contributed mission data to this issue.",
                                     "4 space agencies contributed to this summary."])
def test_makers_counted_after_the_sentence_naming_them(extract, counted):
    r = extract(SCENARIO.format(NAMED + counted), title="Lunar Campaign Scenario Summary", year=2031)
    assert {f"id/org/{m}" for m in ("asi", "cnes", "csa", "dlr")} <= _makers(r)


@pytest.mark.parametrize("counted", ["Five agencies therefore contributed mission data to this issue.",
                                     "Four agencies therefore contributed modules to the lunar gateway."])
def test_no_makers_of_another_count_or_work(extract, counted):
    r = extract(SCENARIO.format(NAMED + counted), title="Lunar Campaign Scenario Summary", year=2031)
    assert not {f"id/org/{m}" for m in ("asi", "cnes", "csa", "dlr")} & _makers(r)
