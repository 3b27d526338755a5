"""Round 49 probes of who works on what, told by a lead or a contribution, in shapes a battery written for this round
found unread (no held-out text was read; the held-out sets' misses were only counted):

- the subject holds the lead: "X is the lead agency for Y", "X is lead for Y", "X has the lead on Y", "X took the lead
  in developing Y", "X is leading Y", "X led Y";
- the lead told after the work: "Y (lead: X)", "Y: led by X", "Y, under X's lead,", "Y, under the leadership of X",
  "Y — lead agency: X; co-lead: Z" (on a line of a list, or a line set as a heading), the co-lead Y's too;
- a contribution: "X contributed Y", "X contributes to Y" (Y, not "to Y"), "X has contributed expertise in Y",
  "Contributions from X: Y, Z", "The contributions of X include Y and Z".

Negatives: the lead of a delegation, a report, a workshop or a meeting; a lead author; "led by example"; contributions
that are chapters; "under X oversight" (no lead)."""

from __future__ import annotations

import pytest

ROADMAP = "Global Exploration Roadmap Supplement\nInternational Space Exploration Coordination Group\n"


@pytest.mark.parametrize(("text", "pairs"), [
    ("NOSA is the lead agency for the lunar descent element.", {("nosa", "lunar descent element")}),
    ("POLSA is lead for the regolith sampling study.", {("polsa", "regolith sampling study")}),
    ("KARI has the lead on surface power systems.", {("kari", "surface power systems")}),
    ("ASA took the lead in developing the small cargo lander.", {("asa", "small cargo lander")}),
    ("UKSA is leading the lunar relay satellite study.", {("uksa", "lunar relay satellite study")}),
    ("CNES led the surface power systems assessment.", {("cnes", "surface power systems assessment")}),
])
def test_the_subject_holds_the_lead(extract, text, pairs):
    assert pairs <= extract(ROADMAP + text).works_on()


@pytest.mark.parametrize(("text", "pairs"), [
    ("The regolith sampling study (lead: NOSA) reports next year.", {("nosa", "regolith sampling study")}),
    ("Lunar communications relay: led by ASI with contributions from CNES.", {("asi", "Lunar communications relay")}),
    ("The regolith sampling study, under POLSA's lead, reports next year.", {("polsa", "regolith sampling study")}),
    ("The dust mitigation work, under the leadership of KARI, continues.", {("kari", "dust mitigation work")}),
    ("The areas and their leads follow.\nThermal insulation blankets — lead agency: NOSA; co-lead: POLSA.\n",
     {("nosa", "Thermal insulation blankets"), ("polsa", "Thermal insulation blankets")}),
    ("• Thermal insulation blankets — lead agency: NOSA, co-lead agencies: POLSA and ASA\n",
     {("nosa", "Thermal insulation blankets"), ("polsa", "Thermal insulation blankets"),
      ("asa", "Thermal insulation blankets")}),
    ("Thermal insulation blankets — lead agency: NOSA (co-lead: POLSA)\n",  # a line set as a heading
     {("nosa", "Thermal insulation blankets"), ("polsa", "Thermal insulation blankets")}),
])
def test_the_lead_told_after_the_work(extract, text, pairs):
    assert pairs <= extract(ROADMAP + text).works_on()


@pytest.mark.parametrize(("text", "pairs"), [
    ("UKSA contributed navigation receivers.", {("uksa", "navigation receivers")}),
    ("UKSA contributes to surface power systems.", {("uksa", "surface power systems")}),
    ("UKSA has contributed expertise in thermal insulation blankets.", {("uksa", "thermal insulation blankets")}),
    ("Contributions from POLSA: navigation receivers, thermal insulation.",
     {("polsa", "navigation receivers"), ("polsa", "thermal insulation")}),
    ("The contributions of NOSA include navigation receivers and surface power systems.",
     {("nosa", "navigation receivers"), ("nosa", "surface power systems")}),
])
def test_a_contribution_is_work(extract, text, pairs):
    assert pairs <= extract(ROADMAP + text).works_on()


def test_contributing_to_is_no_part_of_the_work_named(extract):
    assert not any(work.startswith("to ") for _, work in extract(ROADMAP + "UKSA contributes to surface power systems.")
                   .works_on())


@pytest.mark.parametrize("text", [
    "ESA led the delegation to the meeting.",
    "NASA is the lead author of the report.",
    "CSA contributed to the report.",
    "The workshop (lead: ESA) was held in Paris.",
    "Contributions from CNES: the chapter on benefits.",
    "ESA took the lead in organising the workshop.",
    "DLR is leading the meeting preparations.",
    "The surface habitat, under ESA oversight, is described in Chapter 3.",
    "JAXA led by example in outreach.",
])
def test_leads_and_contributions_of_no_work(extract, text):
    assert not extract(ROADMAP + text).works_on()
