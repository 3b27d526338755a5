"""Stop 60 probes, in general English and other names than any set's: a year said in words after its month, as a
transcript writes speech ("May two thousand seven", "the first of July twenty seventeen": kg/dates.YEAR_WORDS_RE); a
name alone on a line, then the person's post alone and their body below, or a group's post, then their post in an
agency, as letters set an addressee and a signature (kg/rules_people._stacked_body); a phase's name wrapped over two
lines of a narrow column, its period in brackets after, under a caption of what is told by phase
(kg/rules_roadmap._wrapped, phases_in_prose); numbered phases listed each with its start after a comma ("Phase 1,
orbital survey of the poles, from 2026; ...": NUMBERED_ITEM_RE); a policy brief and a meeting's report by their heads
(kg/series OTHER_GENRES, _gathering_record); a person chairing "for" an agency ("Maria Keller then chaired the group
for POLSA from 2031 to 2034": kg/rules_org._chaired_for); an item of a digest dated by its dateline ("WARSAW, 14
April 2031 — ...": kg/rules_org.datelined). Negatives: a number of things after a month, a post with no body below
it, a thing chaired for an agency."""

from __future__ import annotations

import pytest

from isecg_kg.kg.dates import find_dates
from isecg_kg.kg.series import genre_of, head_genre

from .test_probes_members16 import _memberships
from .test_probes_phases import phases


@pytest.mark.parametrize(("text", "date", "said"), [
    ("The strategy was agreed in May two thousand seven by all.", "2007-05", "May two thousand seven"),
    ("POLSA joined on the first of July twenty seventeen, he said.", "2017-07-01", "the first of July twenty seventeen"),
    ("The roadmap came out in January twenty eighteen.", "2018-01", "January twenty eighteen"),
    ("It dates from March nineteen ninety-nine.", "1999-03", "March nineteen ninety-nine"),
    ("The plan of June two thousand and ten was kept.", "2010-06", "June two thousand and ten"),
])
def test_a_year_said_in_words(text, date, said):
    found = find_dates(text)
    assert [(d.start, text[d.pos[0]:d.pos[1]]) for d in found] == [(date, said)]


def test_no_year_in_a_count_after_a_month():
    assert find_dates("In May two delegates and twenty experts came.") == []


def _affiliations(r) -> set[tuple[str, str]]:
    return {(s.removeprefix("id/person/"), o.removeprefix("id/org/")) for s, p, o in r.facts if p == "schema:affiliation"}


LETTER = ("INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP\nOslo, 3 May 2031\nDr. Maria Keller\nDirector General\n"
          "Polish Space Agency\nWarsaw, Poland\nSubject: Admission to ISECG\nDear Dr. Keller,\nWe are pleased to welcome "
          "the Agency to the group.\nYours sincerely,\nTomas Berg\nChair, International Space Exploration Coordination "
          "Group\nHead of the Exploration Office, Canadian Space Agency (CSA)\n")


def test_an_addressee_and_a_signature(extract):
    found = _affiliations(extract(LETTER, title="Admission to ISECG", year=2031))
    assert {("maria-keller", "polsa"), ("tomas-berg", "csa")} <= found
    assert ("tomas-berg", "isecg") not in found


def test_no_body_for_a_post_alone(extract):
    text = "Records 2031\nDr. Maria Keller\nDirector General\nThe meeting then closed.\n"
    assert not {p for p, _ in _affiliations(extract(text, title="Records 2031", year=2031))} & {"maria-keller"}


def test_a_phase_name_wrapped_in_a_narrow_column(extract):
    text = ("Missions and Destinations by Phase\nPhase 1 — Orbital\nsurvey and mapping\n(from the late\n2020s). Robotic\norbiters map "
            "the poles.\nPhase 2 — Crewed\nsorties (early\n2030s). Short\nstays on the Moon.\n")
    found = {(n, name) for n, name, _ in phases(extract(text, year=2025))}
    assert {(1, "Orbital survey and mapping"), (2, "Crewed sorties")} <= found


@pytest.mark.parametrize(("lines", "genre"), [
    (["ESA · Exploration Office Policy Brief PB-2031/02 · 4 March 2031", "What the roadmap means for Europe"],
     "policy-brief"),
    (["International Space Exploration Coordination Group", "Report of the Ninth Plenary Meeting", "Oslo, 3 May 2031"],
     "meeting-report"),
    (["International Space Exploration Coordination Group", "Summary of the Ninth Plenary Meeting", "Oslo, 3 May 2031"],
     "meeting-summary"),
])
def test_a_genre_its_head_names(lines, genre):
    assert (head_genre(lines) or genre_of(lines[0])) == genre


def test_an_item_under_its_dateline_speaks_of_its_day(extract):
    text = ("Exploration News Digest\nNo. 4 · December 2031\nPlenary in Oslo\nOSLO, 3 March 2031 — The plenary met.\n"
            "Poland joins\nWARSAW, 14 April 2031 — The Polish Space Agency (POLSA) has become a full participant in ISECG.\n")
    found = _memberships(extract(text, title="Exploration News Digest No. 4", year=2031))
    assert ("isecg", "2031-04-14") in found.get("polsa", set())


def test_numbered_phases_listed_with_their_start_after_a_comma(extract):
    text = ("The campaign is split into three phases: Phase 1, orbital survey of the poles, from 2026; Phase 2, crewed "
            "sorties to the surface, from 2029; and Phase 3, a surface outpost, starting in 2034.")
    found = set(phases(extract(text, year=2025)))
    assert {(1, "Orbital survey of the poles", "2026"), (2, "Crewed sorties to the surface", "2029"),
            (3, "Surface outpost", "2034")} <= found, found


def test_a_person_chairing_for_an_agency(extract):
    text = ("A Retrospective 2035\nThe International Space Exploration Coordination Group (ISECG) was founded in 2007.\n"
            "Maria Keller then chaired the group for POLSA from 2031 to 2034.\n")
    r = extract(text, title="A Retrospective 2035", year=2035)
    chairs = {o for s, p, o in r.facts if p == "org:member" and s.startswith("id/chair/")}
    assert chairs == {"id/org/polsa"}


def test_no_chair_for_a_thing_chaired_for(extract):
    text = ("A Retrospective 2035\nThe International Space Exploration Coordination Group (ISECG) was founded in 2007.\n"
            "The plenary chaired the session for POLSA in 2034.\n")
    r = extract(text, title="A Retrospective 2035", year=2035)
    assert not [s for s, p, o in r.facts if p == "org:member" and s.startswith("id/chair/")]
