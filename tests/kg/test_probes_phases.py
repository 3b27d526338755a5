"""Probes of mission phases: the phases (stages, steps, horizons) an exploration roadmap or scenario lays out, told
in the shapes such documents use (phase tables a row per line or a cell per line, Markdown pipes, numbered phase
headings, prose of several sentence shapes, lists of horizons), each with its position, name and start year; and
texts alike that must give no phase (missions with years, a report's numbered sections, a study's project phases,
the steps of a process, technology readiness levels, tables of meetings, objectives or gaps)."""

from __future__ import annotations

import pytest

from isecg_kg.kg.evaluate_corpus import norm_name, _similar

# A positive probe: (text, year, phases), each phase (position, name, start year or None when not checked).
# A positive probe: (text, year, phases), each phase (position, name, start year or None when not checked); the
# base reads none of these fully: a table a cell per line, headings in capitals, a relative clause before the
# name, unnumbered items under a caption naming horizons or timeframes, a field list, a period after a comma.
POSITIVE = [
    ('Figure 3: The phases of the lunar surface scenario\nPhase\nName\nPeriod\n1\nInitial Exploration\n2026–2030'
     '\n2\nExpansion\n2030–2035\n3\nSustained Operations\n2035 onwards', 2024,
     [(1, 'Initial Exploration', 2026), (2, 'Expansion', 2030), (3, 'Sustained Operations', 2035)]),
    ('PHASE 1: RETURN AND DEMONSTRATION (2023–2028)\nRobotic precursors and the first crewed landings.\nPHAS'
     'E 2: EXPANSION AND MOBILITY (2029–2033)\nPressurised mobility extends the reach of crews.', 2023,
     [(1, 'Return and Demonstration', 2023), (2, 'Expansion and Mobility', 2029)]),
    ('The third phase, which begins around 2035, is called Mars Exploration.', 2022,
     [(3, 'Mars Exploration', 2035)]),
    ('Exploration horizons\nNear term (to 2030): Low-Earth orbit and the lunar vicinity.\nMid term (2030–204'
     '0): the lunar surface.\nHorizon goal (2040s): Mars.', 2021,
     [(1, 'Near term', None), (2, 'Mid term', 2030), (3, 'Horizon goal', None)]),
    ('Phase 2\nName: Lunar Surface Exploration\nPeriod: 2028–2033\nDestination: Moon, south polar region', 2022,
     [(2, 'Lunar Surface Exploration', 2028)]),
    ('Phase One — Cislunar Proving Ground, 2024 to 2030: the Gateway is built.\nPhase Two — Lunar Surface C'
     'ampaign, 2030 to 2035: crews stay for months.', 2023,
     [(1, 'Cislunar Proving Ground', 2024), (2, 'Lunar Surface Campaign', 2030)]),
    ('The second phase, which is expected to start in 2030, is known as Lunar Surface Sustainability.', 2024,
     [(2, 'Lunar Surface Sustainability', 2030)]),
    ('Table 3: Stages of the Mars campaign\nStage\nName\nYears\n1.\nMars Precursors\n2028–2033\n2.\nCrewed Orbital'
     ' Missions\n2035–2040\n3.\nMars Surface\n2040s', 2025,
     [(1, 'Mars Precursors', 2028), (2, 'Crewed Orbital Missions', 2035), (3, 'Mars Surface', None)]),
    ('Scenario timeframes\nNear-term (2020–2030) – the Moon and its vicinity\nMid-term (2030–2040) – Mars or'
     'bit\nLong-term (beyond 2040) – the Martian surface', 2020,
     [(1, 'Near-term', 2020), (2, 'Mid-term', 2030), (3, 'Long-term', None)]),
    ('Stage 3\nTitle: Sustained Lunar Presence\nTimeframe: from 2032\nFocus: surface habitat and ISRU', 2024,
     [(3, 'Sustained Lunar Presence', 2032)]),
    ('Exploration horizons\n• Lunar vicinity, 2024–2028: the Gateway is assembled.\n• Lunar surface, from 20'
     '28: crews land at the south pole.\n• Mars, 2030s: first crews to Mars orbit.', 2023,
     [(1, 'Lunar vicinity', 2024), (2, 'Lunar surface', 2028), (3, 'Mars', None)]),
    ("Scenario phases\n1 Lunar Vicinity 2024–2028 Gateway assembly\n2 Lunar Surface 2028–2035 Long stays at the pole\n"
     "3 Mars 2035 onwards First crews to Mars\nThe scenario assumes:\n4 Launch rates of two per year\n5 International "
     "crews from 2030", 2023,
     [(1, "Lunar Vicinity", 2024), (2, "Lunar Surface", 2028), (3, "Mars", 2035)]),
    ("Phase 1 (2024–2028): Lunar Vicinity. The Gateway is assembled.\nPhase 2 (2028–2035): Lunar Surface. Crews "
     "stay for weeks.", 2023, [(1, "Lunar Vicinity", 2024), (2, "Lunar Surface", 2028)]),
    ("The scenario is divided into three phases: Lunar Vicinity (2024–2028), Lunar Surface (2028–2035) and Mars "
     "(from 2035).", 2023, [(1, "Lunar Vicinity", 2024), (2, "Lunar Surface", 2028), (3, "Mars", 2035)]),
    ("The first phase of the scenario, Lunar Vicinity (2024–2028), prepares the surface missions.", 2023,
     [(1, "Lunar Vicinity", 2024)]),
    ("Phase I – Lunar Vicinity (2024–2028)\nPhase II – Lunar Surface (2028–2035)\nPhase III – Mars (2035 onwards)",
     2023, [(1, "Lunar Vicinity", 2024), (2, "Lunar Surface", 2028), (3, "Mars", 2035)]),    # (stop 52) items under a caption "by phase" that a lead below it says are the phases; a table's description cell
    # ending a sentence above the next row; a period hedged by an adverb
    ("Rover needs by phase\nThe working group sorts rover needs into three phases:\n1. Phase 1 – Scouting (from 2031): "
     "small rovers map the ice.\n2. Phase 2 – Sorties (from 2033): crews drive a few kilometres.\n3. Phase 3 – Traverses "
     "(from 2036): pressurised rovers travel for weeks.", 2030,
     [(1, "Scouting", 2031), (2, "Sorties", 2033), (3, "Traverses", 2036)]),
    ("Phases of the scenario\nPhase Name Timeframe Main content\n1 Using the station and preparing for deep space 2031 "
     "to about 2034\nCrews visit the station in lunar orbit.\n2 Surface sorties from the early 2030s\nShort stays at the "
     "pole.\n3 Mars orbit after 2040 Crews fly to Mars orbit.\nNext steps\nThe agencies will review the scenario.", 2030,
     [(1, "Using the station and preparing for deep space", 2031), (2, "Surface sorties", 2030), (3, "Mars orbit", 2040)]),
    ("Three phases\nPhase 1 – Return and Settle (indicatively 2031–2035). Crews land at the south pole.\nPhase 2 – Stay "
     "Longer (indicatively 2035–2040). Crews stay for a month.", 2030, [(1, "Return and Settle", 2031), (2, "Stay Longer", 2035)]),
    ("The needs are sorted by the three phases of the 2030 scenario: Phase 1, the orbital station (to 2032); Phase 2, "
     "short surface stays (the 2030s); and Phase 3, crews to Mars orbit (from 2040).", 2030,
     [(1, "orbital station", None), (2, "short surface stays", 2030), (3, "crews to Mars orbit", 2040)]),
]

# Shapes the base already reads, kept as guards of the precision checks below.
HELD = [
    ('Table 2. Phases of the exploration scenario\nPhase Name Period Destination\n1 Lunar Vicinity 2024–2028'
     ' Gateway in near-rectilinear halo orbit\n2 Lunar Surface 2028–2035 The south polar region of the Moon'
     '\n3 Mars Forward 2035 onwards Mars orbit and surface', 2023,
     [(1, 'Lunar Vicinity', 2024), (2, 'Lunar Surface', 2028), (3, 'Mars Forward', 2035)]),
    ('Phase 1 – Lunar Vicinity (2020s)\nThe Gateway is assembled in lunar orbit and crews visit it.\nPhase 2'
     ' – Lunar Surface (from 2028)\nCrews land near the south pole and stay for weeks.\nPhase 3 – Mars (2030'
     's)\nThe first crews travel to Mars orbit.', 2020,
     [(1, 'Lunar Vicinity', None), (2, 'Lunar Surface', 2028), (3, 'Mars', None)]),
    ('The scenario unfolds in three phases. The first phase, Lunar Vicinity Operations, from 2025 to 2030,'
     ' focuses on the Gateway. The second phase, Lunar Surface Operations, from 2030 to 2035, focuses on l'
     'ong stays.', 2022,
     [(1, 'Lunar Vicinity Operations', 2025), (2, 'Lunar Surface Operations', 2030)]),
    ('Phase 1 is Lunar Exploration, running from 2024 to 2030. Phase 2 is Mars Preparation, from 2030.', 2022,
     [(1, 'Lunar Exploration', 2024), (2, 'Mars Preparation', 2030)]),
    ('| Phase | Name | Timeframe | Key missions |\n|---|---|---|---|\n| 1 | Return to the Moon | 2024–2028 |'
     ' Artemis II, Artemis III |\n| 2 | Sustainable Presence | 2028–2035 | Surface habitat, pressurised rov'
     'er |\n| 3 | Mars Readiness | 2035+ | Mars orbit mission |', 2023,
     [(1, 'Return to the Moon', 2024), (2, 'Sustainable Presence', 2028), (3, 'Mars Readiness', 2035)]),
    ('The roadmap proceeds in stages:\n1. Stage 1 – Low-Earth orbit (until 2030): the ISS and commercial st'
     'ations.\n2. Stage 2 – Lunar vicinity (from 2025): the Gateway.\n3. Stage 3 – Lunar surface (from 2028)'
     ': landings.', 2022,
     [(1, 'Low-Earth orbit', None), (2, 'Lunar vicinity', 2025), (3, 'Lunar surface', 2028)]),
    ('Phase 2, Lunar Surface Expansion, begins in 2029 and adds pressurised mobility.', 2023,
     [(2, 'Lunar Surface Expansion', 2029)]),
    ('Phases of the scenario\nPhase Name Start Focus\n1 Gateway and 2024 Assembly of the Gateway and first l'
     'andings\nLunar Return\n2 Sustained Lunar 2028 Surface habitat and long stays\nActivity\n3 Human Missions'
     ' 2033 Crews to Mars orbit\nto Mars', 2020,
     [(1, 'Gateway and Lunar Return', 2024), (2, 'Sustained Lunar Activity', 2028), (3, 'Human Missions to Mars', 2033)]),
    ('Phase 3: Mars Orbit Missions (from 2033) Agencies also discussed the budget outlook for the year.', 2022,
     [(3, 'Mars Orbit Missions', 2033)]),
]

# A negative probe: (text, year) — no mission phase must be read.
NEGATIVE = [
    ("The review has three stages: Stage 1, drafting (two months); Stage 2, comments (one month); and Stage 3, "
     "adoption.", 2030),
    ("Key missions\n1 Artemis II crewed lunar flyby 2025\n2 Artemis III landing 2026\n3 Artemis IV Gateway 2028",
     2024),
    ("Artemis III landing, 2026. Chang'e 7, 2026. Luna-26, 2027.", 2024),
    ("Contents\n1. Introduction\n2. Background\n3. The exploration scenario in 2030\n4. Conclusions", 2022),
    ("The Phase A study of the lander was completed in 2021; Phase B starts in 2023 with industry.", 2022),
    ("In phase 2 of the assessment, from 2020 to 2021, the agencies reviewed 40 technology gaps.", 2021),
    ("Step 1: agencies submit their mission plans by 2022.\nStep 2: the working group compiles them into a "
     "database.\nStep 3: the plans are compared against the scenario.", 2022),
    ("Technology readiness levels\nTRL 1 Basic principles observed\nTRL 2 Technology concept formulated\n"
     "TRL 3 Proof of concept", 2020),
    ("Meetings in 2022\n1 Senior managers meeting Rome 14–15 June 2022\n2 Senior managers meeting Paris "
     "17 September 2022", 2022),
    ("Objectives of the roadmap\n1. Extend human presence\n2. Develop exploration technologies\n"
     "3. Engage the public in exploration", 2018),
    ("Gap assessment\nGap Name Priority Year\n1 Cryogenic fluid management High 2025\n2 Dust mitigation "
     "Medium 2027\n3 Autonomous landing High 2026", 2021),
    ("The review proceeds in two phases: Phase 1, in 2019, collects agency inputs; Phase 2, in 2020, "
     "drafts the report.", 2019),
    ("Timeline of milestones\n2024 Gateway PPE launch\n2025 Artemis II\n2026 Artemis III landing\n"
     "2028 Lunar terrain vehicle", 2023),
    ("Phase 2 of the ISS programme ended in 2001 with the assembly of the station core.", 2019),
    ("The workshop had three sessions. The first session, on 12 May 2021, dealt with lunar science.", 2021),
    ("Themes\n1 Science 2030\n2 Economic opportunities\n3 Global partnership", 2020),
    # phases of a named element or programme, not of the scenario
    ("Gateway Phase 1 comprises the PPE and HALO, launched together in 2025. Gateway Phase 2 adds the ESPRIT "
     "Refuelling Module in 2029.", 2023),
    ("ISS Phase 1, the Shuttle–Mir programme, ran from 1995 to 1998.", 2019),
    ("Phase 2: Artemis IV and Artemis V will deliver the I-Hab and ESPRIT modules to the Gateway by 2030.", 2024),
    # a launcher's stage, a review's stage, a negotiation's phase, a survey's step
    ("The first stage, powered by four RS-25 engines, lifts off from Florida in 2025.", 2024),
    ("The third stage of the review, in 2021, was a workshop in Paris.", 2021),
    ("In the second phase of the negotiations, from 2020 to 2022, the partners agreed on the barter.", 2022),
    ("The first step, taken in 2019, was to survey the agencies' plans.", 2019),
    # a study's or a project's phases as a table or a list under a caption naming phases
    ("The development of the lander is divided into phases\n1 Concept study 2019–2020\n2 Design 2021–2023\n"
     "3 Qualification 2024–2025", 2019),
    ("Phases\n1. Assessment of agency plans, 2019\n2. Drafting of the roadmap, 2020\n3. Publication, 2021", 2021),
    ("Project phases\nPhase A Feasibility 2020\nPhase B Preliminary definition 2021\nPhase C Detailed definition "
     "2023", 2020),
    ("Phase 1 of the study (2019–2020) assessed 30 architectures. Phase 2 (2021) narrowed them to three.", 2021),
    # a report's phases as headings
    ("Phase 2\nName: Drafting\nPeriod: 2021\nLead: the working group", 2021),
    # a single mission's phases, missions in a phases table, missions and objectives told by phase
    ("Key phases of a lunar landing mission\n1 Launch 2026\n2 Trans-lunar injection\n3 Lunar orbit insertion\n"
     "4 Descent and landing on the Moon", 2024),
    ("Mission phases\n1 Artemis II NASA 2025 crewed flyby of the Moon\n2 Artemis III NASA 2026 first crewed landing\n"
     "3 Argonaut ESA 2031 cargo to the lunar surface", 2024),
    ("During Phase 1, the Gateway is assembled in lunar orbit by 2027. In Phase 2, crews land at the south pole "
     "from 2028.", 2023),
    ("Objectives by phase\nPhase 1: Demonstrate landing and return by 2026.\nPhase 2: Demonstrate long-duration "
     "surface stays by 2030.", 2023),
    ("Table 1: Missions in the scenario\nPhase Mission Agency Year\n1 Artemis II NASA 2025\n1 Artemis III NASA 2026\n"
     "2 Argonaut ESA 2031\n2 Lunar Cargo Lander JAXA 2032", 2024),
    ("The scenario's milestones\n1. First crewed landing near the south pole, 2026\n2. Gateway habitation, 2028\n"
     "3. Pressurised rover, 2030\n4. Surface habitat, 2032", 2024),
    # unnumbered items under a caption of steps, periods or stages that are a process's or events
    ("Next steps\nDrafting (2020): the working group drafts the lunar scenario.\nReview (2021): agencies review the "
     "draft.", 2020),
    ("Reporting periods\nFirst half (January–June 2022): three lunar workshops.\nSecond half (July–December 2022): "
     "the Mars study.", 2022),
    ("Stages of the review\nKick-off (March 2021): the group agreed the scope.\nWorkshop (June 2021): experts "
     "discussed lunar surface needs.", 2021),
    ("Key stages of the Artemis programme\nArtemis II (2025): crewed flyby of the Moon.\nArtemis III (2026): first "
     "landing.", 2024),
    # a lead-in naming another list under a phases heading, or after a phases table
    ("2 Scenario phases\nThe scenario is built on the following assumptions:\n1 Crews of four fly to the Gateway once "
     "a year from 2027\n2 Landers are reusable from 2030\n3 Surface power of 40 kW is available by 2032", 2024),
    # tables whose column after the number names actions, milestones or objectives
    ("Step Action Lead Date\n1 Agencies submit lunar mission plans ISECG 2022\n2 The group compiles the lunar database "
     "NASA 2023\n3 Publication of the lunar scenario ESA 2024", 2022),
    ("| Step | Action | Date |\n|---|---|---|\n| 1 | Agencies submit lunar mission plans | 2022 |\n"
     "| 2 | Compile the lunar database | 2023 |", 2022),
    ("Stage Milestone Year\n1 First crewed lunar landing 2026\n2 Gateway habitation 2028\n3 Pressurised rover on the "
     "surface 2031", 2024),
    ("Phase Objective Target date\n1 Demonstrate crewed landing 2026\n2 Demonstrate long surface stays 2030", 2024),
    # phases of a review or a study, missions, listed in a sentence with their periods
    ("The review had three stages: Kick-off (March 2021), Workshop (June 2021) and Report (December 2021).", 2021),
    ("The study went through three phases: Data Collection (2019), Analysis (2020) and Drafting (2021).", 2021),
    ("Missions of the first phases: Artemis II (2025), Artemis III (2026) and Chang'e 7 (2026).", 2024),
    # a work plan's phases named by their status
    ("Phase 1 – Completed (2021): mission database of lunar plans\nPhase 2 – Ongoing (2022): lunar scenario analysis\n"
     "Phase 3 – Planned (2023): Mars scenario update", 2022),
    ("Phase 1: Lessons Learned\nThe group reviewed its working methods in 2019.\nPhase 2: Recommendations\n"
     "The group then proposed changes to its terms of reference.", 2020),
    # a table of contents under a heading naming the scenario's phases
    ("Phases of the scenario\nThe scenario is summarised in Table 1 and described in the sections below.\n"
     "1 Introduction\n2 Lunar exploration today\n3 Moving to Mars\n4 Conclusions", 2022),
]


def phases(r) -> list[tuple[int, str, str | None]]:
    labels = r.labels()
    typed = {s for s, p, o in r.facts if p == "rdf:type" and o.endswith("MissionPhase")}
    out = []
    for phase in typed:
        slots = {p: o for s, p, o in r.facts if s == phase}
        if "schema:position" in slots:
            out.append((int(slots["schema:position"]), labels.get(phase, phase), slots.get("schema:startDate")))
    return out


def missing(r, wanted) -> list:
    found = phases(r)
    return [w for w in wanted if not any(n == w[0] and _similar(w[1], {norm_name(name)}, 80)
                                         and (w[2] is None or (start or "")[:4] == str(w[2]))
                                         for n, name, start in found)]


def read_exactly(r, wanted) -> bool:
    """Every phase of ``wanted`` read, and no position but theirs."""
    return missing(r, wanted) == [] and {n for n, _, _ in phases(r)} == {w[0] for w in wanted}


@pytest.mark.parametrize("text, year, wanted", POSITIVE + HELD)
def test_a_phase_told_in_any_shape_gets_its_position_name_and_start(extract, text, year, wanted):
    r = extract(text, year=year)
    assert missing(r, wanted) == []
    assert {n for n, _, _ in phases(r)} <= {w[0] for w in wanted}  # no phase the text does not lay out


@pytest.mark.parametrize("text, year", NEGATIVE)
def test_a_text_alike_gives_no_phase(extract, text, year):
    r = extract(text, year=year)
    assert phases(r) == []
