"""Round 18 probes: a document whose title's head noun is a scenario is of the genre of mission scenarios (sets m,
ad; u's "Lunar Surface Exploration Scenario / Update 2019" is not read so: a scenario's update with no word of
missions is also how a supplement is titled)."""

import pytest

from isecg_kg.kg.evaluate_corpus import _type_key
from isecg_kg.kg.series import head_genre


@pytest.mark.parametrize("lines", [
    ["Lunar Exploration Campaign: Scenario Summary", "INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP",
     "Prepared for the ISECG senior managers meeting in Adelaide, September 2017"],
    ["ISECG Working Paper 7", "Cislunar Transport Scenario Description", "March 2034"],
    ["Global Exploration Roadmap: Mission Scenarios Overview", "August 2012"],
    ["Crewed Mars Orbital Mission: Scenario Report", "Version 2, May 2033"],
])
def test_a_title_headed_by_a_scenario(lines):
    assert head_genre(lines) == "mission-scenarios"


@pytest.mark.parametrize("lines,genre", [
    # a supplement updating a scenario stays a supplement
    (["Global Exploration Roadmap Supplement – Lunar Surface Exploration Scenario Update", "August 2020"],
     "supplement"),
    # a scenario's update with no word of missions: not told a scenario by its title alone
    (["Lunar Surface Exploration Scenario Update", "August 2020"], None),
    # a roadmap naming the scenarios it holds
    (["The Global Exploration Roadmap", "Third edition, January 2018", "Scenarios for the Moon and Mars are set out"],
     "roadmap"),
    # a paper about a scenario is a paper
    (["IAC-19-A5.1.2", "A Near-Term Mission Scenario for the Moon"], "conference-paper"),
])
def test_a_scenario_named_by_another_genre(lines, genre):
    assert head_genre(lines) == genre


def test_a_gold_scenario_is_the_genre_of_mission_scenarios():
    assert _type_key("scenario") == _type_key("mission-scenarios") == _type_key("Mission scenarios")
    assert _type_key("scenario") != _type_key("roadmap")

