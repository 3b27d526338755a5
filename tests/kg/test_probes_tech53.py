"""Round 53 probes of who works on what in prose, in shapes the development sets' missed technology work showed
(written here in other words, agencies and items; no held-out text was read):

- objects coordinated each with a determiner after one work verb: "X is developing the A and the B" (both, not a
  phrase too long to read as one);
- a clause with its verb left out after one of work: "X provides A, Y the B, and Z the C", "X's work on A, Y's on B
  and Z's on C" (each owner its own item, not the first owner all of them), "X coordinated the area of A, Y that of B";
- a subject with its place after it: "the X of the Y (a country) will provide A", "X in Y is developing A".

Negatives: a gapped clause after a verb of neither work nor reporting ("X chaired the meeting, and Y the workshop");
"Y's on" with no owned work before it; items that are meetings or documents."""

from __future__ import annotations

import pytest

REPORT = "Annual Report\nInternational Space Exploration Coordination Group\n"


@pytest.mark.parametrize(("text", "pairs"), [
    ("POLSA is developing the ice drill and the cargo lander.", {("polsa", "ice drill"), ("polsa", "cargo lander")}),
    ("NOSA is developing the Arctic Relay Communications Satellite and the Northern Light Ice Drilling Package.",
     {("nosa", "Arctic Relay Communications Satellite"), ("nosa", "Northern Light Ice Drilling Package")}),
    ("KARI builds a lunar orbiter and a polar lander for the 2030s.", {("kari", "lunar orbiter"), ("kari", "polar lander")}),
])
def test_each_coordinated_object_of_a_work_verb(extract, text, pairs):
    assert pairs <= extract(REPORT + text).works_on()


@pytest.mark.parametrize(("text", "pairs", "not_pairs"), [
    ("ASA supplies the cargo lander, UKSA the relay orbiter, and NOSA the ice drill.",
     {("asa", "cargo lander"), ("uksa", "relay orbiter"), ("nosa", "ice drill")}, {("asa", "relay orbiter")}),
    ("The review listed POLSA's work on regolith excavation, ASA's on thermal insulation blankets and NOSA's on "
     "navigation receivers.",
     {("polsa", "regolith excavation"), ("asa", "thermal insulation blankets"), ("nosa", "navigation receivers")},
     {("polsa", "navigation receivers"), ("asa", "navigation receivers and NOSA's")}),
    ("In 2024 UKSA coordinated the area of thermal insulation, KARI that of surface robotics, and ASA that of relay "
     "antennas.", {("kari", "surface robotics"), ("asa", "relay antennas")}, {("kari", "relay antennas")}),
])
def test_a_clause_with_its_verb_left_out(extract, text, pairs, not_pairs):
    found = extract(REPORT + text).works_on()
    assert pairs <= found
    assert not not_pairs & found


@pytest.mark.parametrize(("text", "pairs"), [
    ("The Korea Aerospace Research Institute (KARI) of the Republic of Korea will provide the relay orbiter.",
     {("kari", "relay orbiter")}),
    ("The Polish Space Agency in Poland is developing a lunar lander.", {("polsa", "lunar lander")}),
])
def test_a_subject_with_its_place_after_it(extract, text, pairs):
    assert pairs <= extract(REPORT + text).works_on()


@pytest.mark.parametrize("text", [
    "NOSA chaired the meeting, and POLSA the workshop on landers.",
    "NOSA hosted the delegates, and POLSA the cargo lander review.",
    "The tables list ESA's budget, and POLSA's on regolith excavators.",
    "ASA presented the report, and UKSA the roadmap supplement.",
])
def test_no_work_where_no_clause_of_work_is_gapped(extract, text):
    found = extract(REPORT + text).works_on()
    assert not {pair for pair in found if pair[0] in {"polsa", "uksa"}}


def test_a_row_of_a_table_of_no_work_is_left_to_the_other_rules(extract):
    """A row written out with its columns' names, under a header naming no work ("Working group  Lead agency
    Lead  Remarks"), is no technology table's: its people are read; a participle's clause is no work item."""
    r = extract(REPORT + "Working group Lead agency Lead Remarks\nScience Working Group (SWG) — Lead agency: NOSA and "
                "POLSA (co-leads); Lead: Kari Nordmann (NOSA); Remarks: Lead since May 2031, succeeding Jan Kowalski "
                "(POLSA)\n")
    assert ("id/person/kari-nordmann", "schema:affiliation", "id/org/nosa") in r.facts
    assert not {pair for pair in r.works_on() if "succeeding" in pair[1].lower()}


def test_rows_written_out_under_a_header_are_read_by_their_columns_names(extract):
    """Rows the ingester wrote out with their columns' names under a table's header are read by those names, not by
    the header's positions: the agencies of the role columns work on the row's item (no person's name read as an
    item), the people of a "Lead(s)" cell are read; a row of a table of groups is no work on the group."""
    r = extract(REPORT + "Technology area Lead agency Lead(s) Partner agencies\nSurface power — Lead agency: NOSA; "
                "Lead(s): Ingrid Nordmann (NOSA); Partner agencies: POLSA\nIce drilling — Lead agency: ASA; Lead(s): "
                "Maria Rossi (ASA); Partner agencies: NOSA\n")
    assert r.works_on() == {("nosa", "Surface power"), ("polsa", "Surface power"), ("asa", "Ice drilling"),
                            ("nosa", "Ice drilling")}
    assert {("id/person/ingrid-nordmann", "schema:affiliation", "id/org/nosa"),
            ("id/person/maria-rossi", "schema:affiliation", "id/org/asa")} <= r.facts
    groups = extract(REPORT + "Working group Lead agency Lead(s) in 2031 Work in 2031\nScience Working Group (SWG) — "
                     "Lead agency: NOSA; Lead(s) in 2031: Ingrid Nordmann (NOSA); Jan Kowalski (POLSA); Work in 2031: "
                     "Ice drill tests\nTechnology Working Group (TWG) — Lead agency: ASA; Lead(s) in 2031: Maria Rossi "
                     "(ASA); Work in 2031: Rover wheel tests\n")
    assert not {pair for pair in groups.works_on() if "Working Group" in pair[1] or "Nordmann" in pair[1]}
    assert {("id/person/ingrid-nordmann", "schema:affiliation", "id/org/nosa"),
            ("id/person/jan-kowalski", "schema:affiliation", "id/org/polsa")} <= groups.facts
