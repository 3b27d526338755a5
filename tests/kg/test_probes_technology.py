"""Probes for technology work (isecg:worksOn): short texts written from how technology gap assessments, roadmaps
and reports lay out who works on what (gap tables with an agency column, tables with a column per agency and marks,
a cell a line, Markdown tables, capability lists per agency, lists under an introduction, field blocks, prose in
several shapes: active, passive, nominal "investments in X by KARI", object relative clauses, a heading naming the
technology with its agencies below), each with the (agency, technology word) pairs it must give and pairs it must
not; and texts that look alike but must give none (a need with no agency, members listed beside a technology, a
mission, a document, agencies that benefit from or use others' work, a meeting's fields).  Each positive was missed
by the rules before it was added; each negative holds (two, marked, did not before)."""

from __future__ import annotations

import pytest

from .conftest import BASE

HEAD = "International Space Exploration Coordination Group\nTechnology Report 2022\n"

# (name, text, [(agency, word of the technology's names)] it must give, [(agency, word)] it must not give)
POSITIVE = [
    ('gap-table-acronyms-comma',
     'Table 3. Technology gaps and agency activity\nTechnology Area Gap Agencies with Activity\nCryogenic fluid management Long-term storage of LOX/LH2 NASA, JAXA\nDust mitigation Seals and coatings for EVA suits ESA, CSA, NASA\n',
     [('NASA', 'Cryogenic'), ('JAXA', 'Cryogenic'), ('ESA', 'Dust'), ('CSA', 'Dust')], [('JAXA', 'Dust')]),
    ('checkmark-columns',
     'Technology NASA ESA JAXA CSA\nIn-situ resource utilisation X X X X\nRadiation shielding X X\n',
     [('NASA', 'resource'), ('ESA', 'resource')], []),
    ('cell-per-line',
     'Technology area\nLead agencies\nSurface fission power\nNASA, CNES\nHigh-data-rate optical communications\nESA, JAXA\n',
     [('NASA', 'fission'), ('CNES', 'fission'), ('ESA', 'optical'), ('JAXA', 'optical')], []),
    ('prose-investments',
     'Investments in lunar surface mobility by KARI have grown since 2020.',
     [('KARI', 'mobility')], []),
    ('prose-relative',
     'Dust mitigation, which ESA and ASI are studying, remains a critical gap.',
     [('ESA', 'Dust'), ('ASI', 'Dust')], []),
    ('heading-paragraph',
     'Solar Electric Propulsion\nHigh-power solar electric propulsion is a key enabler. NASA and ESA have ongoing activities in this area.\n',
     [('NASA', 'electric propulsion'), ('ESA', 'electric propulsion')], []),
    ('bullets-under-caption',
     'Technologies under development by ISRO:\n• Autonomous hazard avoidance\n• Inflatable habitats\n',
     [('ISRO', 'hazard'), ('ISRO', 'habitat')], []),
    ('field-list',
     'Technology: Laser communications\nLead: NASA\nPartners: ESA, JAXA\n',
     [('NASA', 'Laser'), ('ESA', 'Laser')], []),
    ('new-name-active',
     'CNES is maturing a thermal wadi heat storage concept for lunar night survival.',
     [('CNES', 'wadi')], []),
    ('plans-to-test',
     'ASI plans to test a multi-purpose habitat module in 2026.',
     [('ASI', 'habitat')], []),
    ('bullet-colon-agency',
     'Agency activities\n• JAXA: pressurised rover, lunar polar exploration\n• CSA: lunar utility vehicle\n',
     [('JAXA', 'pressurised rover'), ('CSA', 'utility vehicle')], []),
    ('kari-investing-acronym-brackets',
     'The Korea Aerospace Research Institute (KARI) is investing in lunar surface nuclear power.',
     [('Korea Aerospace', 'nuclear')], []),
    ('jointly-fund-research-into',
     'CNES and DLR jointly fund research into lunar regolith processing.',
     [('CNES', 'regolith'), ('DLR', 'regolith')], []),
    ('pipe-bullet-marks',
     '| Capability | NASA | ESA | JAXA | CSA |\n|---|---|---|---|---|\n| Surface mobility | ● | ● | ● | |\n| Dexterous robotics | | | | ● |\n',
     [('NASA', 'mobility'), ('JAXA', 'mobility'), ('CSA', 'robotics')], [('CSA', 'mobility'), ('NASA', 'robotics')]),
    ('numbered-with-parenthesised-agencies',
     'Technology areas and active agencies:\n1. Surface power (NASA, JAXA)\n2. Dust mitigation (ESA)\n',
     [('NASA', 'power'), ('JAXA', 'power'), ('ESA', 'Dust')], [('ESA', 'power')]),
    ('roles-leads-semicolons',
     'NASA leads cryogenic fluid management; ESA leads precision landing; JAXA leads pressurised mobility.',
     [('NASA', 'cryogenic'), ('ESA', 'landing'), ('JAXA', 'mobility')], [('NASA', 'landing')]),
    ('two-column-merged',
     'ESA is developing the Argonaut lander while JAXA matures a pressurised rover with Toyota.',
     [('ESA', 'Argonaut'), ('JAXA', 'rover')], [('ESA', 'rover')]),
    ('capability-field-responsible',
     'Capability: Pressurised rover\nResponsible agency: JAXA\nStatus: in development\n',
     [('JAXA', 'rover')], []),
    ('wrapped-cell-gap-table',
     'Technology Gap Agencies with Activity\nRegenerative fuel cells Energy storage for\nthe lunar night JAXA, ESA\nPrecision landing Hazard detection NASA\n',
     [('JAXA', 'fuel'), ('ESA', 'fuel'), ('NASA', 'landing')], [('NASA', 'fuel')]),
    ('new-technology-name-relative',
     'The lunar surface cryocooler, which NASA is testing, keeps propellants cold.',
     [('NASA', 'cryocooler')], []),
    ('agencies-with-activity-label',
     'Cryogenic Fluid Management\nLong-duration storage of propellants is needed for all missions.\nAgencies with activity: NASA, JAXA\n',
     [('NASA', 'Cryogenic'), ('JAXA', 'Cryogenic')], []),
    ('topic-colon-agencies-lead',
     'Technology areas and the agencies working on them:\nSurface power: NASA (lead), JAXA, ESA\nDust mitigation: ESA\n',
     [('NASA', 'power'), ('JAXA', 'power'), ('ESA', 'Dust')], [('NASA', 'Dust')]),
    ('lead-agency-for',
     'The lead agency for dust mitigation is ESA.',
     [('ESA', 'dust')], []),
    ('active-programme-in',
     'ESA has an active programme in lunar dust mitigation.',
     [('ESA', 'dust')], []),
    ('activity-reported-by',
     'In ISRU, activity is reported by NASA, ESA and LSA.',
     [('NASA', 'ISRU'), ('LSA', 'ISRU')], []),
    ('wg-work-items',
     "The Technology Working Group's work items for 2022 were dust mitigation and surface power.",
     [('', 'dust')], []),
    ('active-in',
     'KARI is also active in lunar surface power and in space nuclear propulsion.',
     [('Korea', 'power')], []),
    ('made-progress-on',
     'NASA has made progress on fission surface power.',
     [('NASA', 'fission')], []),
    ('under-way-at',
     'Work on regenerative fuel cells is under way at JAXA and DLR.',
     [('JAXA', 'fuel cells'), ('DLR', 'fuel cells')], []),
    ('partner-in-development',
     'ESA is a partner in the development of the I-Hab habitation module.',
     [('ESA', 'I-Hab')], []),
    ('working-with-on',
     'CNES has been working with NASA on in-situ oxygen production.',
     [('CNES', 'oxygen'), ('NASA', 'oxygen')], []),
    ('sentence-list-of-pairs',
     'Surface power is pursued by NASA and JAXA, dust mitigation by ESA, and robotics by CSA.',
     [('NASA', 'power'), ('ESA', 'dust'), ('CSA', 'robotics')], [('ESA', 'power')]),
    ('cell-per-line-wrapped-agencies',
     'Technology\nAgencies\nDust mitigation\nESA,\nNASA\nSurface power\nJAXA\n',
     [('ESA', 'Dust'), ('NASA', 'Dust'), ('JAXA', 'power')], [('JAXA', 'Dust')]),
    ('among-agencies',
     'Among the agencies, NASA and ESA are developing lunar communications relays.',
     [('NASA', 'relay'), ('ESA', 'relay')], []),
    ('all-pursuing',
     'NASA, ESA and JAXA are all pursuing closed-loop life support.',
     [('NASA', 'life support'), ('JAXA', 'life support')], []),
    ('pursued-by-parenthetical',
     'Closed-loop life support technologies are being pursued by ESA (MELiSSA) and NASA.',
     [('ESA', 'life support'), ('NASA', 'life support')], []),
    ('both-contribute',
     'Both CNES and DLR contribute instruments to the MMX rover.',
     [('CNES', 'instrument'), ('DLR', 'instrument')], []),
    ('possessive-contribution-is',
     "JAXA's main contribution is a pressurised rover.",
     [('JAXA', 'rover')], []),
    ('country-paren-colon',
     'Agency technology activities\nKorea (KARI): lunar lander propulsion\nItaly (ASI): habitation modules\n',
     [('Korea', 'propulsion'), ('ASI', 'habitation')], []),
    ('agency-heading-bullets',
     'Agency technology activities\nNASA\n• Cryogenic fluid management\n• Fission surface power\nESA\n• Precision landing\n',
     [('NASA', 'Cryogenic'), ('NASA', 'fission'), ('ESA', 'landing')], [('ESA', 'Cryogenic'), ('NASA', 'landing')]),
    ('capability-owner-paren',
     'Key capabilities under development include autonomous landing (JAXA), cryogenic propellant storage (NASA) and lunar communications (ESA).',
     [('JAXA', 'landing'), ('NASA', 'cryogenic'), ('ESA', 'communications')], [('JAXA', 'cryogenic')]),
]

# (name, text, [(agency, word)] it must not give; ("", "") is any work at all)
NEGATIVE = [
    ('neg-need-no-agency', 'Cryogenic fluid management is a critical need for sustainable exploration.', [('', '')]),
    ('neg-members-paragraph', 'ISECG members include NASA, ESA, JAXA, CSA and KARI. The roadmap identifies in-situ resource utilisation as critical.', [('NASA', 'resource'), ('ESA', 'resource'), ('KARI', 'resource')]),
    ('neg-by-2030', 'Fission surface power is planned to be available by 2030.', [('', '')]),
    ('neg-mission-name', 'NASA leads the Artemis programme, returning humans to the Moon.', [('NASA', 'Artemis')]),
    ('neg-benefits-from', 'ESA benefits from advances in radiation shielding made elsewhere.', [('ESA', 'radiation')]),  # failed before
    ('neg-uses-data', 'JAXA uses data of the Lunar Reconnaissance Orbiter for landing site selection.', [('JAXA', 'Orbiter'), ('JAXA', 'landing')]),
    ('neg-gap-table-no-agency', 'Technology Gap Priority\nDust mitigation Seals for EVA suits High\nRadiation protection Shielding for habitats Medium\n', [('', '')]),
    ('neg-participants', 'Participants: NASA, ESA, JAXA\nTopic: dust mitigation technologies\n', [('', '')]),
    ('neg-glossary', 'Acronyms\nCSA Canadian Space Agency\nISRU In-situ resource utilisation\nESA European Space Agency\n', [('', '')]),
    ('neg-recommends', 'The report recommends that agencies invest in closed-loop life support.', [('', '')]),
    ('neg-signed-agreement', 'NASA, ESA and JAXA signed the agreement. Dust mitigation remains a gap.', [('', '')]),
    ('neg-mission-led-by', 'Artemis III, led by NASA, will land astronauts near the south pole in 2026.', [('', '')]),
    ('neg-members-then-list', 'ISECG members include NASA, ESA and JAXA.\nCritical technologies:\n• Dust mitigation\n• Surface power\n', [('', '')]),
    ('neg-report-developed-by', 'The Global Exploration Roadmap was developed by ESA and NASA.', [('', '')]),
    ('neg-uses-data-from', "JAXA uses data from NASA's lunar orbiter to plan landing sites.", [('JAXA', '')]),
    ('neg-could-benefit', 'Agencies such as KARI would benefit from the development of surface power.', [('', '')]),
    ('neg-interest-list', 'Technologies of interest to NASA:\n• Dust mitigation\n• Surface power\n', [('', '')]),
    ('neg-meeting-field', 'Meeting: Technology Working Group\nHost: ESA\nDate: 4 May 2021\n', [('', '')]),
    ('neg-needs-table-priorities', 'Technology Need Priority\nSurface power High\nDust mitigation Medium\n', [('', '')]),
    ('neg-workshop-hosted', 'The dust mitigation workshop was hosted by ESA in 2021.', [('', '')]),
    ('neg-agencies-need', 'All agencies need cryogenic fluid management for Mars missions.', [('', '')]),
    ('neg-future-no-actor', 'Surface fission power will be demonstrated on the Moon by 2030.', [('', '')]),
    ('neg-mission-launched', 'JAXA launched SLIM in September 2023 aboard an H-IIA rocket.', [('JAXA', 'H-IIA')]),
    ('neg-members-technology-para', 'The group comprises NASA, ESA, JAXA, CSA, CNES and DLR. Radiation protection and surface power are the critical gaps identified.', [('', '')]),
    ('neg-presented-paper', 'ESA presented a paper on dust mitigation at the workshop.', [('', '')]),
    ('neg-relies-on', "The lunar outpost relies on power systems developed elsewhere; CSA relies on NASA's communications relay.", [('CSA', '')]),
    ('neg-hosted-meeting-field', 'Event: Technology workshop on ISRU\nHost: JAXA\nVenue: Tokyo\n', [('', '')]),
    ('neg-announced-crew', 'NASA announced the crew for Artemis II in April 2023.', [('', '')]),
    ('neg-hosted-workshop', 'ESA hosted the technology workshop on dust mitigation in Noordwijk.', [('', '')]),
    ('neg-budget', "ESA's budget for exploration rose in 2022.", [('', '')]),
    ('neg-no-activity', 'Dust mitigation: no agency activity reported.', [('', '')]),
    ('neg-agencies-none', 'Technology Agencies\nDust mitigation none\nSurface power none\n', [('', '')]),
    ('neg-signatories', 'Artemis Accords signatories: UKSA, ASI, CSA.', [('', '')]),
    ('neg-contacts-list', 'Points of contact\nNASA: John Smith\nESA: Maria Rossi\n', [('', '')]),
    ('neg-active-in-coordination', 'NASA is active in international coordination and outreach.', [('', '')]),
    ('neg-programme-education', 'ESA has an active programme in education and public outreach.', [('', '')]),
    ('neg-progress-agreement', 'CSA has made progress on the Gateway agreement with NASA.', [('', '')]),
    ('neg-partner-artemis', 'JAXA is a partner in the Artemis programme.', [('', '')]),
    ('neg-plan-which-developed', 'The plan, which NASA developed with its partners, sets out the schedule.', [('', '')]),
    ('neg-priority-to-involve', "ESA's priority is to involve European industry.", [('', '')]),
    ('neg-gap-none', 'Gap: Surface power\nAgency: none identified\n', [('', '')]),
    ('neg-agency-contact-table', 'Agency Contact\nNASA John Smith\nESA Maria Rossi\n', [('', '')]),  # failed before
    ('neg-destinations-active', 'Destinations and agencies active:\nLunar surface: NASA, ESA\nMars: NASA\n', [('', '')]),
    ('neg-policy-relative', 'The data policy, which ESA is developing, will be published in 2024.', [('', '')]),
    ('neg-working-with-industry', 'NASA is working with industry on a new contract model.', [('', '')]),
    ('neg-study-members', 'The study team includes members from NASA, ESA and JAXA working on the report.', [('', '')]),
    ('neg-benefit-list', 'Agencies benefiting from the technology:\n• NASA\n• ESA\n', [('', '')]),
    ('neg-involved-meeting', 'ESA was involved in the meeting on surface power.', [('', '')]),
    ('neg-funding-by-2030', 'Funding for surface fission power is expected by 2030.', [('', '')]),
    ('neg-agency-heading-members', 'Member agencies\nNASA\nESA\nJAXA\nCritical technologies\n• Dust mitigation\n', [('', '')]),
    ('neg-paren-country', 'Surface power demonstrations are needed by 2030 (United States).', [('', '')]),
]


def _works(extract, gazetteer, text: str) -> set[tuple[str, str]]:
    """(the agency's names, the technology's names) of each worksOn fact, lower-cased."""
    r = extract(HEAD + text, year=2022)
    labels = r.labels()

    def names(path: str) -> str:
        known = gazetteer.by_iri.get(BASE + path)
        return " | ".join([*(known.names() if known else []), labels.get(path, path)]).lower()

    return {(names(s), names(o)) for s, p, o in r.facts if p == "isecg:worksOn"}


def _has(works, agency: str, word: str) -> bool:
    return any(agency.lower() in a and word.lower() in t for a, t in works)


@pytest.mark.parametrize("name,text,expected,wrong", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_positive_probe(extract, gazetteer, name, text, expected, wrong):
    works = _works(extract, gazetteer, text)
    assert [pair for pair in expected if not _has(works, *pair)] == []
    assert [pair for pair in wrong if _has(works, *pair)] == []


@pytest.mark.parametrize("name,text,wrong", NEGATIVE, ids=[p[0] for p in NEGATIVE])
def test_negative_probe(extract, gazetteer, name, text, wrong):
    works = _works(extract, gazetteer, text)
    assert [pair for pair in wrong if _has(works, *pair)] == []
