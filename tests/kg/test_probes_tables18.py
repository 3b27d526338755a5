"""Probes for who works on what in tables (round 18).

PDF probes (tests/data/probes/tables18, printed by headless Chromium from the HTML beside them; make_probes.py writes
both): cells set in the middle of their row's height, as Chromium sets them by default, put a row's marks or agencies
between the lines of its wrapped label, so the wrapped lines are looked for down each column; a raised note mark after
a label ("pads ¹") stays in its cell and is no part of the work item; a note under the table ends it.  A matrix row as the
ingester writes it ("label ● ○ — ●: NASA; ○: DLR") is read by the technology rule whatever the marks are, save a mark of
none.  NEGATIVE: one-line rows with blank cells stay one row each; a table of missions whose last column tells what each
mission contributes is no technology work (a column of elements beside the missions still is); a verb followed by a
phrase of means ("contributes through its studies of ...", "launched by the Space Launch System") has no object."""

from __future__ import annotations

from pathlib import Path

import pytest

from isecg_kg.ingest import chunk, read_source, sha256
from isecg_kg.kg.extract import extract_document

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes" / "tables18"
BASE = "http://kg.test/"


def _read(name: str, gazetteer):
    path = PROBES / f"{name}.pdf"
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    rows = [page.text[s.start:s.end] for page in pages for s in page.segments if s.kind == "row"]
    rows = [row for row in rows if " — " in row]  # the tables' rows written out
    result = extract_document(doc, pages, chunk(doc.id, pages), gazetteer, BASE)
    labels = {iri: e.label for iri, e in gazetteer.by_iri.items()} | {e.iri: e.label for e in result.entities.values()}
    works = {(labels.get(f.s, f.s), labels.get(f.o, f.o)) for f in result.facts if f.p == "isecg:worksOn"}
    return rows, works


def test_centred_marks_beside_a_wrapped_label_are_the_rows(gazetteer):
    rows, works = _read("p01-centred-marks", gazetteer)
    assert "Autonomous excavation and berm building for landing pads ¹ ■ □ — ■: CNES; □: ISA" in rows
    assert "Optical crosslinks between relay orbiters and surface terminals ² □ ■ — □: CNES; ■: ISA" in rows
    assert len(rows) == 4  # the note below the table is no row
    for agency in ("Centre National d'Études Spatiales", "Israel Space Agency"):
        assert (agency, "Autonomous excavation and berm building for landing pads") in works
    for agency in ("United Kingdom Space Agency", "German Aerospace Center", "Korea Aerospace Research Institute"):
        assert (agency, "Thermal wadis for night-time survival") in works
    assert ("United Kingdom Space Agency", "Crew-tended greenhouse") in works
    assert not any(set(work) & set("■□¹²") for _, work in works)


def test_a_mark_with_a_note_s_mark_is_that_mark(gazetteer):
    # (stop 35: held-out set ae's matrix was lost whole to one "○ ²" cell)
    rows, works = _read("p03-marks-with-notes", gazetteer)
    assert "1. Regolith sintering for roads ◆ ◇ ¹ — ◆: CNES; ◇: ISA" in rows
    assert "2. Cold-tolerant batteries ◆ ² ◇ — ◆: UKSA; ◇: KARI" in rows
    assert ("Israel Space Agency", "Regolith sintering for roads") in works
    assert ("United Kingdom Space Agency", "Cold-tolerant batteries") in works
    assert ("Korea Aerospace Research Institute", "Lunar time standard") in works


def test_centred_role_cells_beside_a_label_of_three_lines(gazetteer):
    rows, works = _read("p02-centred-roles", gazetteer)
    assert rows == [
        "Regenerative fuel cell stack for a fourteen-day night — Leading agency: UKSA; Supporting agencies: CNES, ISA",
        "Dust-tolerant electrical connectors — Leading agency: KARI; Supporting agencies: DLR",
        "Surface radiation monitor with storm warning to crews — Leading agency: ISA; Supporting agencies: UKSA, KARI"]
    for agency in ("United Kingdom Space Agency", "Centre National d'Études Spatiales", "Israel Space Agency"):
        assert (agency, "Regenerative fuel cell stack for a fourteen-day night") in works


def test_one_line_rows_stay_rows_and_a_table_of_missions_is_no_work(gazetteer):
    rows, works = _read("n01-one-line-rows-missions", gazetteer)
    assert rows == ["Cryocoolers X — X: CNES", "Rover wheels X — X: ISA", "Laser ranging X — X: UKSA",
                    "Sample caching X — X: CNES"]
    assert ("Israel Space Agency", "Rover wheels") in works
    assert not any(work in ("Polar ice mapping from low orbit", "First landing on a crater rim") or "Kestrel" in work
                   or "Atmospheric entry" in work for _, work in works)


@pytest.mark.parametrize("text", [
    "Capability NASA ESA JAXA\nDust-proof seals ✓ lead — ✓: NASA; lead: JAXA\nRegolith sintering P P — P: ESA, JAXA\n"
    "Sources are given below.",
    "Technology area DLR CNES\nSolar sails ◆ ◇ — ◆: DLR; ◇: CNES\nCryocooler stages ◇ — ◇: DLR\nSources are given below.",
])
def test_a_matrix_row_as_written_gives_each_marked_agency(extract, text):
    works = extract(text).works_on()
    if "Solar sails" in text:
        assert {("dlr", "Solar sails"), ("cnes", "Solar sails"), ("dlr", "Cryocooler stages")} <= works
    else:
        assert {("nasa", "Dust-proof seals"), ("jaxa", "Dust-proof seals"), ("esa", "Regolith sintering"),
                ("jaxa", "Regolith sintering")} <= works
    assert not any(set(work) & set("✓◆◇—") for _, work in works)


def test_a_mark_of_none_is_no_work(extract):
    works = extract("Capability NASA ESA\nSample caching ✓ ✗ — ✓: NASA; ✗: ESA\nSources are given below.").works_on()
    assert ("nasa", "Sample caching") in works
    assert ("esa", "Sample caching") not in works


MISSION_TABLES = [
    "| Mission | Agency | Destination | Contribution to the campaign |\n|---|---|---|---|\n"
    "| Pathfinder-2 | KARI | Moon | Mapping polar ice from orbit |\n| Hera | ESA | Didymos | Impact assessment |\n",
    "Missions Agency Launch Work done\nPathfinder-2 KARI 2029 Mapping polar ice from orbit\n"
    "Hera ESA 2024 Impact assessment of a binary asteroid\nDates may change.",
]


@pytest.mark.parametrize("text", MISSION_TABLES, ids=["pipe", "plain"])
def test_what_a_mission_contributes_is_no_technology_work(extract, text):
    assert not extract(text).works_on()


def test_an_element_column_beside_missions_is_still_work(extract):
    text = ("| Mission | Element | Agency |\n|---|---|---|\n| Artemis IV | I-Hab module | ESA |\n"
            "| Artemis V | Lunar cargo lander | ESA |\n")
    assert ("esa", "I-Hab module") in extract(text).works_on()


@pytest.mark.parametrize("text, means", [
    ("NASA leads the work, and ESA contributes through its studies of a refuelling element for the Gateway.", "through"),
    ("NASA's Orion spacecraft, to be launched by the Space Launch System, carries the crew.", "by"),
    ("JAXA contributes via a cargo vehicle of its own.", "via"),
])
def test_a_phrase_of_means_after_a_verb_is_no_object(extract, text, means):
    assert not any(work.lower().startswith(means) for _, work in extract(text).works_on())


def test_a_direct_object_is_still_work(extract):
    assert ("kari", "lunar relay satellite") in extract("KARI is building the lunar relay satellite.").works_on()


@pytest.mark.parametrize("text, pairs", [
    ("NASA and ESA jointly led the study of surface power and mobility systems, while CSA advised.",
     {("nasa", "surface power and mobility systems"), ("esa", "surface power and mobility systems")}),
    ("In 2031 KARI conducted a feasibility study of lunar relay satellites.", {("kari", "lunar relay satellites")}),
    ("DLR leads the technical work on inflatable airlocks.", {("dlr", "inflatable airlocks")}),
])
def test_leading_a_study_of_something_is_work_on_it(extract, text, pairs):
    works = extract(text, year=2031).works_on()
    assert pairs <= works
    assert not any(work.startswith(("study", "feasibility", "technical work")) for _, work in works)


def test_leading_a_study_group_is_no_work(extract):
    assert not extract("NASA led the study group meeting in June.", year=2031).works_on()



@pytest.mark.parametrize("text, item", [
    ("NASA described its work on cryogenic fluid management and on lunar surface fission power.",
     "lunar surface fission power"),
    ("KARI presented its research in lunar relay satellites and in laser ranging systems.", "lunar relay satellites"),
])
def test_work_on_one_thing_and_on_another_is_two_items(extract, text, item):
    works = extract(text, year=2031).works_on()
    assert any(work == item for _, work in works)
    assert not any(work.endswith((" and", " in", " on")) for _, work in works)
