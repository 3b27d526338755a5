"""Structure probes for authorship: the organisations credited with writing a document (dcterms:creator) and people
with their affiliations, in the layouts such publications use (a back page's list of participating agencies, one a
line, in merged columns, "Country – Agency", "Name (ACRONYM)", a comma list a line break cuts, a Markdown table, field
lists, bylines, "with contributions from", a relative clause) and look-alikes that must give no credit (agencies thanked,
a document cited as another body's, a meeting's participants, a work to come). Written from how such documents are
laid out, not from the evaluation sets."""

from __future__ import annotations

import pytest

DOC = "id/doc/test-doc"

# (name, title, text, creators expected, creators also allowed, (person slug, affiliation) expected, (cited work's
# label, creator) expected)
POSITIVES = [('ger-back-page-acronym-country-per-line',
  'Test Document',
  'The Global Exploration Roadmap\n'
  'January 2018\n'
  '\x0c'
  'ISECG Participating Space Agencies\n'
  'ASI (Italy)\n'
  'CNES (France)\n'
  'CNSA (China)\n'
  'CSA (Canada)\n'
  'CSIRO (Australia)\n'
  'DLR (Germany)\n'
  'ESA (European Space Agency)\n'
  'ISRO (India)\n'
  'JAXA (Japan)\n'
  'KARI (Republic of Korea)\n'
  'NASA (United States of America)\n'
  'Roscosmos (Russia)\n'
  'UKSA (United Kingdom)\n'
  'www.globalspaceexploration.org',
  ['id/org/asi',
   'id/org/cnes',
   'id/org/cnsa',
   'id/org/csa',
   'id/org/csiro',
   'id/org/dlr',
   'id/org/esa',
   'id/org/isro',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/roscosmos',
   'id/org/uksa'],
  [],
  [],
  []),
 ('developed-by-following-agencies-comma-list-wrapped',
  'Test Document',
  'About the Roadmap\n'
  'The Global Exploration Roadmap was developed by the following space agencies participating in ISECG:\n'
  'ASI (Italy), CNES (France), CNSA (China), CSA (Canada), CSIRO (Australia), DLR (Germany), ESA (European Space\n'
  'Agency), ISRO (India), JAXA (Japan), KARI (Republic of Korea), NASA (United States), Roscosmos (Russia) and\n'
  'UKSA (United Kingdom).\n'
  'The roadmap reflects a shared vision.',
  ['id/org/asi',
   'id/org/cnes',
   'id/org/cnsa',
   'id/org/csa',
   'id/org/csiro',
   'id/org/dlr',
   'id/org/esa',
   'id/org/isro',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/roscosmos',
   'id/org/uksa'],
  [],
  [],
  []),
 ('bulleted-list-under-colon',
  'Test Document',
  'The agencies that participated in developing this report are:\n'
  '• NASA (United States)\n'
  '• ESA (Europe)\n'
  '• JAXA (Japan)\n'
  '• CSA (Canada)\n'
  '• KARI (Korea)\n'
  '• ASI (Italy)\n',
  ['id/org/asi', 'id/org/csa', 'id/org/esa', 'id/org/jaxa', 'id/org/kari', 'id/org/nasa'],
  [],
  [],
  []),
 ('markdown-table-contributing-agencies',
  'Test Document',
  'Contributing agencies\n'
  '| Agency | Country |\n'
  '|---|---|\n'
  '| Australian Space Agency | Australia |\n'
  '| Canadian Space Agency | Canada |\n'
  '| European Space Agency | Europe |\n'
  '| JAXA | Japan |\n'
  '| NASA | USA |\n',
  ['id/org/asa', 'id/org/csa', 'id/org/esa', 'id/org/jaxa', 'id/org/nasa'],
  [],
  [],
  []),
 ('fronted-participle-developed-in-year-by',
  'Test Document',
  'Developed in 2022 by ASI, CNES, CSA, ESA, JAXA and NASA, the roadmap sets out a common path to the Moon.',
  ['id/org/asi', 'id/org/cnes', 'id/org/csa', 'id/org/esa', 'id/org/jaxa', 'id/org/nasa'],
  [],
  [],
  []),
 ('with-contributions-from',
  'Test Document',
  'The report was prepared by the ISECG Technology Working Group, with contributions from ASI, CNES and DLR.',
  ['id/group/twg', 'id/org/asi', 'id/org/cnes', 'id/org/dlr'],
  [],
  [],
  []),
 ('field-list-prepared-by-contributors',
  'Test Document',
  'Gap Assessment 2019\n'
  'Prepared by: ISECG Technology Working Group\n'
  'Contributors: ASI, CNES, CSA, DLR, ESA, JAXA, NASA\n'
  'Date: 2019-06-04\n',
  ['id/group/twg',
   'id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/dlr',
   'id/org/esa',
   'id/org/jaxa',
   'id/org/nasa'],
  [],
  [],
  []),
 ('developed-by-agencies-listed-below',
  'Test Document',
  'The Global Exploration Roadmap is developed by the ISECG agencies listed below.\n'
  'ASI\n'
  'CNES\n'
  'CSA\n'
  'DLR\n'
  'ESA\n'
  'JAXA\n'
  'KARI\n'
  'NASA\n'
  'UKSA\n',
  ['id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/dlr',
   'id/org/esa',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/uksa'],
  ['id/org/isecg'],
  [],
  []),
 ('country-colon-acronym-two-columns',
  'Test Document',
  'ISECG participating space agencies\n'
  'Australia: ASA Italy: ASI\n'
  'Canada: CSA Japan: JAXA\n'
  'Europe: ESA Korea: KARI\n'
  'France: CNES United States: NASA\n'
  'Germany: DLR United Kingdom: UKSA\n',
  ['id/org/asa',
   'id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/dlr',
   'id/org/esa',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/uksa'],
  [],
  [],
  []),
 ('relative-clause-agencies-who-contributed',
  'Test Document',
  'The editors thank no one here. The agencies which contributed to this edition were CNES, DLR, ESA and NASA.',
  ['id/org/cnes', 'id/org/dlr', 'id/org/esa', 'id/org/nasa'],
  [],
  [],
  []),
 ('authors-with-affiliation-lines',
  'Test Document',
  'Authors\n'
  'Kathy Laurini, NASA\n'
  'Bernhard Hufenbach, ESA\n'
  'Naoki Sato, JAXA\n'
  'Francois Spiero, CNES\n'
  'This paper describes the roadmap process.',
  ['id/org/cnes', 'id/org/esa', 'id/org/jaxa', 'id/org/nasa'],
  [],
  [('bernhard-hufenbach', 'id/org/esa'),
   ('francois-spiero', 'id/org/cnes'),
   ('kathy-laurini', 'id/org/nasa'),
   ('naoki-sato', 'id/org/jaxa')],
  []),
 ('byline-by-person-agency',
  'Test Document',
  'Lunar Surface Power Study\nBy Jean Dupont (CNES) and Maria Rossi (ASI)\nSummary. The study reviews power options.',
  ['id/org/asi', 'id/org/cnes'],
  [],
  [('jean-dupont', 'id/org/cnes'), ('maria-rossi', 'id/org/asi')],
  []),
 ('cover-developed-by-isecg-agencies',
  'Test Document',
  'Global Exploration Roadmap Supplement\n'
  'August 2022\n'
  'Developed by the ISECG space agencies: ASA, ASI, CNES, CSA, DLR,\n'
  'ESA, JAXA, KARI, NASA, UKSA\n',
  ['id/org/asa',
   'id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/dlr',
   'id/org/esa',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/uksa'],
  ['id/org/isecg'],
  [],
  []),
 ('r2-participated-in-development-inline',
  'Test Document',
  'Fourteen agencies participated in the development of this roadmap: ASI (Italy), CNES (France), CSA (Canada), DLR '
  '(Germany), ESA (European Space Agency), ISRO (India), JAXA (Japan), KARI (Republic of Korea), NASA (United '
  'States), Roscosmos (Russia) and UKSA (United Kingdom).',
  ['id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/dlr',
   'id/org/esa',
   'id/org/isro',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/roscosmos',
   'id/org/uksa'],
  [],
  [],
  []),
 ('r2-country-first-acronym-in-brackets-inline',
  'Test Document',
  'Contributing agencies: Italy (ASI), France (CNES), Canada (CSA), Germany (DLR), Japan (JAXA), Korea (KARI), '
  'United States (NASA) and United Kingdom (UKSA).',
  ['id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/dlr',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/uksa'],
  [],
  [],
  []),
 ('r2-result-of-work-of-following-agencies',
  'Test Document',
  'This document is the result of the joint work of the following space agencies:\n'
  'Agenzia Spaziale Italiana\n'
  'Canadian Space Agency\n'
  'European Space Agency\n'
  'Japan Aerospace Exploration Agency\n'
  'National Aeronautics and Space Administration\n'
  'UK Space Agency\n',
  ['id/org/asi', 'id/org/csa', 'id/org/esa', 'id/org/jaxa', 'id/org/nasa', 'id/org/uksa'],
  [],
  [],
  []),
 ('r2-caption-contributions-by-agency-table',
  'Test Document',
  'Table 2. Contributions by agency\n'
  'Agency Country Chapters\n'
  'ASA Australia 3, 4\n'
  'ASI Italy 2\n'
  'CNES France 2, 5\n'
  'CSA Canada 3\n'
  'JAXA Japan 1, 4\n'
  'NASA United States 1-5\n'
  'The chapters are listed by number.',
  ['id/org/asa', 'id/org/asi', 'id/org/cnes', 'id/org/csa', 'id/org/jaxa', 'id/org/nasa'],
  [],
  [],
  []),
 ('r2-prepared-with-input-from-following-agencies-colon',
  'Test Document',
  'Prepared by the ISECG Technology Working Group with input from the following agencies: ASI, CNES, DLR, ESA, JAXA '
  'and NASA.',
  ['id/group/twg', 'id/org/asi', 'id/org/cnes', 'id/org/dlr', 'id/org/esa', 'id/org/jaxa', 'id/org/nasa'],
  [],
  [],
  []),
 ('r2-agencies-involved-heading-full-name-comma-country',
  'Test Document',
  'Agencies involved in this report\n'
  'Italian Space Agency, Italy\n'
  'Canadian Space Agency, Canada\n'
  'German Aerospace Center, Germany\n'
  'Japan Aerospace Exploration Agency, Japan\n'
  'Korea Aerospace Research Institute, Korea\n',
  ['id/org/asi', 'id/org/csa', 'id/org/dlr', 'id/org/jaxa', 'id/org/kari'],
  [],
  [],
  []),
 ('r2-unknown-acronym-country-in-comma-list',
  'Test Document',
  'The roadmap was developed by the following agencies: ASI (Italy), CNES (France), NSAU (Ukraine), BNSC (United '
  'Kingdom) and NASA (United States).',
  ['id/org/asi', 'id/org/cnes', 'id/org/nasa'],
  ['id/org/bnsc', 'id/org/nsau'],
  [],
  []),
 ('r2-this-supplement-reflects-input-agencies-colon-below',
  'Test Document',
  'This supplement reflects the input of sixteen agencies.\n'
  'The agencies are listed below.\n'
  'ASA\n'
  'ASI\n'
  'CNES\n'
  'CSA\n'
  'DLR\n'
  'ESA\n'
  'ISA\n'
  'JAXA\n'
  'KARI\n'
  'LSA\n'
  'NASA\n'
  'NZSA\n'
  'POLSA\n'
  'SSAU\n'
  'UAESA\n'
  'UKSA\n',
  ['id/org/asa',
   'id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/dlr',
   'id/org/esa',
   'id/org/isa',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/lsa',
   'id/org/nasa',
   'id/org/nzsa',
   'id/org/polsa',
   'id/org/ssau',
   'id/org/uae-space-agency',
   'id/org/uksa'],
  [],
  [],
  []),
 ('r3-isecg-participating-agencies-inline-long',
  'Test Document',
  'The Global Exploration Roadmap\n'
  'The roadmap is a product of ISECG. ISECG participating agencies: ASI (Italy), CNES (France), CSA (Canada), CSIRO '
  '(Australia), DLR (Germany), ESA (European Space Agency), ISRO (India), JAXA (Japan), KARI (Republic of Korea), '
  'NASA (United States of America), Roscosmos (Russia), UKSA (United Kingdom).',
  ['id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/csiro',
   'id/org/dlr',
   'id/org/esa',
   'id/org/isro',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/roscosmos',
   'id/org/uksa'],
  ['id/org/isecg'],
  [],
  []),
 ('r3-participated-in-development-of-titled-work-list-below',
  'Test Document',
  'The Global Exploration Roadmap\n'
  'The following space agencies participated in the development of the Global Exploration Roadmap:\n'
  'Agenzia Spaziale Italiana (ASI), Italy\n'
  "Centre National d'Études Spatiales (CNES), France\n"
  'Canadian Space Agency (CSA), Canada\n'
  'German Aerospace Center (DLR), Germany\n'
  'European Space Agency (ESA)\n'
  'Japan Aerospace Exploration Agency (JAXA), Japan\n'
  'National Aeronautics and Space Administration (NASA), United States\n',
  ['id/org/asi', 'id/org/cnes', 'id/org/csa', 'id/org/dlr', 'id/org/esa', 'id/org/jaxa', 'id/org/nasa'],
  [],
  [],
  []),
 ('r3-three-columns-full-names-country',
  'Test Document',
  'Participating Space Agencies\n'
  'Agenzia Spaziale Italiana (Italy) Canadian Space Agency (Canada) European Space Agency\n'
  'German Aerospace Center (Germany) Japan Aerospace Exploration Agency (Japan) Korea Aerospace Research Institute '
  '(Korea)\n'
  'NASA (United States) UK Space Agency (United Kingdom) Australian Space Agency (Australia)\n',
  ['id/org/asa',
   'id/org/asi',
   'id/org/csa',
   'id/org/dlr',
   'id/org/esa',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/uksa'],
  [],
  [],
  []),
 ('r3-list-after-sentence-agencies-that-prepared',
  'Test Document',
  'The agencies that prepared this assessment are listed below.\n'
  '- NASA\n'
  '- ESA\n'
  '- JAXA\n'
  '- CSA\n'
  '- KARI\n'
  '1. Introduction\n'
  'The assessment reviews gaps in seven domains.',
  ['id/org/csa', 'id/org/esa', 'id/org/jaxa', 'id/org/kari', 'id/org/nasa'],
  [],
  [],
  []),
 ('r3-marked-authors-affiliations-one-per-line',
  'Test Document',
  'Lunar Night Survival\n'
  'Pierre Dupont1, Anna Berg2, Kenji Mori3\n'
  '1 CNES, Toulouse, France\n'
  '2 European Space Agency, Noordwijk\n'
  '3 JAXA, Tsukuba, Japan\n'
  'Abstract. The paper reviews power options for the lunar night.',
  ['id/org/cnes', 'id/org/esa', 'id/org/jaxa'],
  [],
  [('anna-berg', 'id/org/esa'), ('kenji-mori', 'id/org/jaxa'), ('pierre-dupont', 'id/org/cnes')],
  []),
 ('r3-agency-then-people-two-columns',
  'Test Document',
  'Drafting team\n'
  'Agency Representative\n'
  'ASI Giovanni Rossi\n'
  'CSA Marie Tremblay\n'
  'DLR Karl Weber\n'
  'ESA Anna Berg\n'
  'The team met four times in 2021.',
  ['id/org/asi', 'id/org/csa', 'id/org/dlr', 'id/org/esa'],
  [],
  [('anna-berg', 'id/org/esa'),
   ('giovanni-rossi', 'id/org/asi'),
   ('karl-weber', 'id/org/dlr'),
   ('marie-tremblay', 'id/org/csa')],
  []),
 ('r3-semicolon-list-in-sentence-contributors',
  'Test Document',
  'This white paper was written by the Science Working Group with contributions from ESA; NASA; JAXA; CSA and ASI.',
  ['id/group/swg', 'id/org/asi', 'id/org/csa', 'id/org/esa', 'id/org/jaxa', 'id/org/nasa'],
  [],
  [],
  []),
 ('r3-supplement-jointly-developed',
  'Test Document',
  'Global Exploration Roadmap Supplement\n'
  'August 2020\n'
  'This supplement was jointly developed by the space agencies of ASI, CNES, CSA, DLR, ESA, JAXA, KARI, NASA and '
  'UKSA.',
  ['id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/dlr',
   'id/org/esa',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/uksa'],
  [],
  [],
  []),
 ('r4-body-released-new-genre-dated',
  'Test Document',
  'Global Exploration Roadmap Supplement\n'
  'October 2022\n'
  '\x0c'
  'Executive summary\n'
  'In October 2022 the International Space Exploration Coordination Group released a new supplement to its Global '
  'Exploration Roadmap.',
  ['id/org/isecg'],
  [],
  [],
  []),
 ('r4-record-field-in-head',
  'Test Document',
  'ISECG Senior Managers Meeting - Summary Record\n'
  'Place: Tokyo, Japan\n'
  'Dates: 1-2 March 2018\n'
  'Host: JAXA\n'
  'Chair: Douglas Whitfield, NASA\n'
  'Record: ISECG Secretariat, issued 2018-03-09\n'
  '1. Opening\n'
  'The chair opened the meeting.',
  ['id/org/isecg-secretariat'],
  ['id/org/isecg'],
  [],
  []),
 ('p-title-before-name-possessive',
  'Test Document',
  'JAXA President Hiroshi Yamakawa and ESA Director General Josef Aschbacher opened the forum.',
  [],
  [],
  [('hiroshi-yamakawa', 'id/org/jaxa'), ('josef-aschbacher', 'id/org/esa')],
  []),
 ('r5-heading-participating-in-isecg-and-contributing',
  'Test Document',
  'Space agencies participating in ISECG and contributing to this roadmap\nASI\nCNES\nCSA\nDLR\nESA\nJAXA\nNASA\n',
  ['id/org/asi', 'id/org/cnes', 'id/org/csa', 'id/org/dlr', 'id/org/esa', 'id/org/jaxa', 'id/org/nasa'],
  [],
  [],
  []),
 ('r5-numbered-table-no-agency-country',
  'Test Document',
  'Table 5. Contributing agencies\n'
  'No. Agency Country\n'
  '1 ASI Italy\n'
  '2 CNES France\n'
  '3 CSA Canada\n'
  '4 DLR Germany\n'
  '5 ESA Europe\n'
  '6 JAXA Japan\n'
  '7 NASA United States\n',
  ['id/org/asi', 'id/org/cnes', 'id/org/csa', 'id/org/dlr', 'id/org/esa', 'id/org/jaxa', 'id/org/nasa'],
  [],
  [],
  []),
 ('r5-slash-separated-acronyms',
  'Test Document',
  'This report was prepared jointly by ASI/CNES/CSA/DLR/ESA/JAXA/NASA.',
  ['id/org/asi', 'id/org/cnes', 'id/org/csa', 'id/org/dlr', 'id/org/esa', 'id/org/jaxa', 'id/org/nasa'],
  [],
  [],
  []),
 ('r5-as-well-as',
  'Test Document',
  'This assessment was prepared by NASA, ESA and JAXA, as well as CSA and KARI.',
  ['id/org/csa', 'id/org/esa', 'id/org/jaxa', 'id/org/kari', 'id/org/nasa'],
  [],
  [],
  []),
 ('r5-copula-agencies-who-contributed-are',
  'Test Document',
  'The ISECG agencies who contributed to this report are ASI, CNES, CSA, DLR, ESA, JAXA, KARI and NASA.',
  ['id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/dlr',
   'id/org/esa',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa'],
  ['id/org/isecg'],
  [],
  []),
 ('r6-cover-line-of-acronyms',
  'The Global Exploration Roadmap',
  'The Global Exploration Roadmap\n'
  'January 2018\n'
  'ASI CNES CNSA CSA CSIRO DLR ESA ISRO JAXA KARI NASA Roscosmos UKSA\n'
  '\x0c'
  'Introduction\n'
  'The roadmap sets out a path for human exploration of the Moon and Mars in the coming decades.',
  ['id/org/asi',
   'id/org/cnes',
   'id/org/cnsa',
   'id/org/csa',
   'id/org/csiro',
   'id/org/dlr',
   'id/org/esa',
   'id/org/isro',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/roscosmos',
   'id/org/uksa'],
  [],
  [],
  []),
 ('r6-back-page-names-one-per-line',
  'Global Exploration Roadmap Supplement',
  'Global Exploration Roadmap Supplement\n'
  'August 2020\n'
  '\x0c'
  'The scenario is set out in four phases over the coming decade, with each phase adding surface capability.\n'
  '\x0c'
  'www.globalspaceexploration.org\n'
  'Agenzia Spaziale Italiana\n'
  'Canadian Space Agency\n'
  "Centre National d'Études Spatiales\n"
  'European Space Agency\n'
  'German Aerospace Center\n'
  'Japan Aerospace Exploration Agency\n'
  'National Aeronautics and Space Administration\n',
  ['id/org/asi', 'id/org/cnes', 'id/org/csa', 'id/org/dlr', 'id/org/esa', 'id/org/jaxa', 'id/org/nasa'],
  [],
  [],
  []),
 ('r6-back-page-dots',
  'Critical Technology Needs',
  'Critical Technology Needs\n'
  'Issue 2.0, 2022\n'
  '\x0c'
  'The assessment covers seven technology domains in detail.\n'
  '\x0c'
  'ASA · ASI · CNES · CSA · DLR · ESA · JAXA · KARI · NASA · UKSA\n',
  ['id/org/asa',
   'id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/dlr',
   'id/org/esa',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/uksa'],
  [],
  [],
  []),
 ('r7-unknown-full-names-in-participating-list',
  'Test Document',
  'Participating agencies\n'
  'Agenzia Spaziale Italiana (ASI)\n'
  'Hellenic Space Center\n'
  'Austrian Space Agency, Austria\n'
  'Canadian Space Agency (CSA)\n'
  'NASA\n',
  ['id/org/asi', 'id/org/austrian-space-agency', 'id/org/csa', 'id/org/hellenic-space-center', 'id/org/nasa'],
  [],
  [],
  []),
 ('r7-unknown-full-name-first-row',
  'Test Document',
  'Contributing agencies\nAzerbaijan Space Agency\nEuropean Space Agency\nJapan Aerospace Exploration Agency\n',
  ['id/org/azerbaijan-space-agency', 'id/org/esa', 'id/org/jaxa'],
  [],
  [],
  []),
 ('r7-unknown-names-in-credited-list-below',
  'Test Document',
  'The following agencies contributed to this supplement:\n'
  '- Canadian Space Agency\n'
  '- Hellenic Space Center\n'
  '- Bahrain Space Agency\n'
  '- NASA\n',
  ['id/org/bahrain-space-agency', 'id/org/csa', 'id/org/hellenic-space-center', 'id/org/nasa'],
  [],
  [],
  []),
 ('r8-full-names-comma-list-cut-across-lines',
  'Test Document',
  'Contributing agencies\n'
  "Agenzia Spaziale Italiana, Canadian Space Agency, Centre National d'Études Spatiales, European Space\n"
  'Agency, German Aerospace Center, Japan Aerospace Exploration Agency, Korea Aerospace\n'
  'Research Institute, National Aeronautics and Space Administration, UK Space Agency\n',
  ['id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/dlr',
   'id/org/esa',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/uksa'],
  [],
  [],
  []),
 ('r8-prose-list-cut-mid-name',
  'Test Document',
  'This report was developed by ASI, CNES, CSA, European Space\nAgency, JAXA, KARI and NASA.',
  ['id/org/asi', 'id/org/cnes', 'id/org/csa', 'id/org/esa', 'id/org/jaxa', 'id/org/kari', 'id/org/nasa'],
  [],
  [],
  []),
 ('r9-cited-which-was-developed-by',
  'Test Document',
  'This report builds on the Global Exploration Roadmap (2018), which was developed by ASI, CNES, CSA and NASA.',
  [],
  [],
  [],
  [('Global Exploration Roadmap', 'id/org/asi'), ('Global Exploration Roadmap', 'id/org/nasa')]),
 ('r9-cited-white-paper-prepared-by-group',
  'Test Document',
  'In 2019 the group issued the white paper "Scientific Opportunities Enabled by Human Exploration Beyond Low-Earth '
  'Orbit", prepared by the ISECG Science Working Group.',
  [],
  [],
  [],
  [('Scientific Opportunities Enabled by Human Exploration Beyond Low-Earth Orbit', 'id/group/swg')]),
 ('r9-fronted-developed-by-then-cited-title',
  'Test Document',
  'Developed by the ISECG Technology Working Group, the "Lunar Surface Exploration Scenario Update" appeared in '
  '2016.',
  [],
  [],
  [],
  [('Lunar Surface Exploration Scenario Update', 'id/group/twg')]),
 ('r9-active-drafted-cited-title',
  'Test Document',
  'ASI and CNES drafted the 2019 white paper "Lunar Polar Exploration Themes".',
  [],
  [],
  [],
  [('Lunar Polar Exploration Themes', 'id/org/asi'), ('Lunar Polar Exploration Themes', 'id/org/cnes')]),
 ('p-row-agency-name-post',
  'Test Document',
  'Table 1. Delegations\n'
  'Agency Name Role\n'
  'NASA Kathy Laurini Head of delegation\n'
  'ESA Bernhard Hufenbach Delegate\n'
  'JAXA Naoki Sato Delegate\n',
  [],
  [],
  [('bernhard-hufenbach', 'id/org/esa'), ('kathy-laurini', 'id/org/nasa'), ('naoki-sato', 'id/org/jaxa')],
  []),
 ('p-items-labelled-with-body',
  'Test Document',
  'Heads of delegation: NASA: Kathy Laurini; ESA: Bernhard Hufenbach; JAXA: Naoki Sato.',
  [],
  [],
  [('bernhard-hufenbach', 'id/org/esa'), ('kathy-laurini', 'id/org/nasa'), ('naoki-sato', 'id/org/jaxa')],
  []),
 ('r11-written-by-members-of-group-from-agencies',
  'Test Document',
  'This paper was written by members of the ISECG Science Working Group from ASI, CNES, CSA, DLR, ESA, JAXA, KARI, '
  'NASA and UKSA.',
  ['id/group/swg',
   'id/org/asi',
   'id/org/cnes',
   'id/org/csa',
   'id/org/dlr',
   'id/org/esa',
   'id/org/jaxa',
   'id/org/kari',
   'id/org/nasa',
   'id/org/uksa'],
  [],
  [],
  []),
 ('p-post-in-group-before-name-then-agency',
  'Test Document',
  'ISECG Chair Kathy Laurini (NASA) opened the meeting, and the TWG Lead Anna Berg (ESA) presented the gaps.',
  [],
  [],
  [('anna-berg', 'id/org/esa'), ('kathy-laurini', 'id/org/nasa')],
  [])]

# (name, title, text, creators that must not be credited: none at all when empty; whether only people are probed;
# whether no person may be read; (person, body) pairs that must not be read; (cited work's label, creator) pairs that must not be read)
NEGATIVES = [('NEG-acknowledgements-thanks',
  'Test Document',
  'Acknowledgements\nThe authors thank NASA, ESA and JAXA for their support, and CNES for hosting the workshop.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-cited-roadmap-developed-by',
  'Test Document',
  'This report builds on the Global Exploration Roadmap (2018), which was developed by ASI, CNES, CSA and NASA.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-cited-report-prepared-by-other',
  'Test Document',
  'ISECG Annual Report 2019\n'
  '\x0c'
  'ISECG met twice in 2019. The ILEWG report, prepared by COSPAR and IAF, was discussed at length.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-annual-report-membership-list',
  'Test Document',
  'ISECG Annual Report 2022\n'
  '\x0c'
  '3. Membership\n'
  'As of December 2022, ISECG had the following members:\n'
  'ASI (Italy)\n'
  'CNES (France)\n'
  'CSA (Canada)\n'
  'DLR (Germany)\n'
  'NASA (United States)\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-meeting-participants',
  'Test Document',
  'ISECG Annual Report 2019\n'
  '\x0c'
  'Participants at the Tokyo meeting\n'
  'ASI\n'
  'CNES\n'
  'JAXA\n'
  'NASA\n'
  'The meeting was held on 4–6 June 2019.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-participating-agencies-at-workshop',
  'Test Document',
  'ISECG Annual Report 2021\n'
  '\x0c'
  'The workshop of 12 May 2021 had these participating agencies:\n'
  'ESA\n'
  'JAXA\n'
  'NASA\n'
  'UKSA\n'
  'It closed with a call for papers.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-reviewed-by',
  'Test Document',
  'The draft was reviewed by ESA, JAXA and NASA before its release in Q3 2019.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-next-edition-will-be-prepared',
  'Test Document',
  'The next edition will be prepared by CSA, ESA and NASA in 2024.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-presented-to',
  'Test Document',
  'This report was presented to NASA, ESA and JAXA at the plenary in March 2019.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-agencies-thanked-list-below',
  'Test Document',
  'Acknowledgements\n'
  'The ISECG Secretariat is grateful to the following agencies for hosting meetings:\n'
  'ASI\n'
  'CNES\n'
  'KARI\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-attendees-in-minutes',
  'Minutes of the ISECG plenary',
  'Minutes of the ISECG plenary meeting\n4–6 June 2019, Tokyo\nParticipating agencies:\nASI\nCNES\nJAXA\nNASA\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-speakers-not-authors',
  'Test Document',
  'Speakers included Jim Free (NASA) and Josef Aschbacher (ESA) at the opening of the conference.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-members-of-group-list',
  'Test Document',
  "ISECG Annual Report 2020\n\x0cTechnology Working Group\nThe group's members in 2020 were:\nASI\nCNES\nDLR\nNASA\n",
  [],
  False,
  False,
  [],
  []),
 ('NEG-r2-agencies-contributed-modules',
  'Test Document',
  'ISECG Annual Report 2021\n\x0cAgencies that contributed modules to the Gateway:\nNASA\nESA\nJAXA\nCSA\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r2-agencies-participating-in-missions-table',
  'Test Document',
  'ISECG Annual Report 2021\n'
  '\x0c'
  'Table 4. Agencies participating in lunar missions\n'
  'Agency Mission\n'
  'NASA Artemis I\n'
  'ESA Orion ESM\n'
  'JAXA SLIM\n'
  'ISRO Chandrayaan-3\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r2-document-cited-developed-by-list',
  'Test Document',
  'ISECG Annual Report 2018\n'
  '\x0c'
  'The Global Exploration Roadmap, developed by ASI, CNES, CSA, DLR and NASA, was released in January 2018.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r2-will-contribute-next-supplement',
  'Test Document',
  'ASI, CNES and DLR will contribute to the next supplement, due in early 2024.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r2-thanks-agencies-list-inline',
  'Test Document',
  'The editors gratefully acknowledge contributions from ASI, CNES, KARI and UKSA.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r2-members-table-annual-report',
  'Test Document',
  'ISECG Annual Report 2022\n'
  '\x0c'
  'Table 1. ISECG participating agencies at 31 December 2022\n'
  'Agency Country Member since\n'
  'ASI Italy 2007\n'
  'CNES France 2007\n'
  'CSA Canada 2007\n'
  'LSA Luxembourg 2019\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r3-annual-report-participating-inline',
  'Test Document',
  'ISECG Annual Report 2019\n'
  '\x0c'
  'Membership\n'
  'ISECG participating agencies: ASI (Italy), CNES (France), CSA (Canada), DLR (Germany), JAXA (Japan), NASA (United '
  'States) and UKSA (United Kingdom).',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r3-thanks-people',
  'Test Document',
  'Acknowledgements\nWe thank John Doe (NASA) and Mary Major (ESA) for their comments on the draft.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r3-meeting-attended-by-agencies',
  'Test Document',
  'ISECG Annual Report 2020\n\x0cThe plenary was attended by ASI, CNES, CSA, DLR, ESA and NASA on 4–6 June 2019.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r3-cited-assessment-by-other',
  'Test Document',
  'ISECG Annual Report 2020\n'
  '\x0c'
  'The 2019 Critical Technology Needs assessment, prepared by NASA, ESA and JAXA, was updated in 2022.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r3-list-of-observers',
  'Test Document',
  'ISECG Annual Report 2018\n\x0cObservers\nThe following agencies took part as observers:\nNZSA\nPOLSA\nISA\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r4-earlier-genre-issued-by-body',
  'Test Document',
  'Global Exploration Roadmap Supplement\n'
  'October 2022\n'
  '\x0c'
  'The document supersedes the lunar surface supplement that ISECG issued in August 2020.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r4-head-fields-host-chair',
  'Test Document',
  'ISECG Senior Managers Meeting - Summary Record\n'
  'Place: Tokyo, Japan\n'
  'Dates: 1-2 March 2018\n'
  'Host: JAXA\n'
  'Chair: Douglas Whitfield, NASA\n'
  '1. Opening\n'
  'The chair opened the meeting.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r4-summary-field-naming-body',
  'Test Document',
  'ISECG Workshop Report\nSummary: NASA and ESA presented their lunar plans.\nThe workshop closed on 3 May.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-p-missions-in-brackets',
  'Test Document',
  'Missions under way: Mars Sample Return (NASA, ESA), Lunar Pathfinder (ESA), Human Landing System (NASA), European '
  'Service Module (ESA), Lunar Cruiser (JAXA) and Rashid Rover (MBRSC).',
  [],
  True,
  True,
  [],
  []),
 ('NEG-p-countries-with-agency',
  'Test Document',
  'Participating agencies\n'
  'United Kingdom (UKSA)\n'
  'New Zealand (NZSA)\n'
  'South Africa (SANSA)\n'
  'Saudi Arabia (SSA)\n'
  'United States (NASA)\n',
  [],
  True,
  True,
  [],
  []),
 ('NEG-p-places-and-centres',
  'Test Document',
  'The meeting took place at Kennedy Space Center (NASA) and the team visited Saint Hubert (CSA) and Tsukuba Space '
  'Center (JAXA).',
  [],
  True,
  True,
  [],
  []),
 ('NEG-p-programme-names-comma-agency',
  'Test Document',
  'Lunar Gateway, NASA; Artemis Accords, NASA; Moon Village, ESA; Space Rider, ESA.',
  [],
  True,
  True,
  [],
  []),
 ('NEG-p-documents-by-agency',
  'Test Document',
  'Reference documents: Global Exploration Roadmap (ISECG), Moon to Mars Architecture (NASA), Space Exploration '
  'Strategy (ESA).',
  [],
  True,
  True,
  [],
  []),
 ('NEG-p-post-in-body-not-affiliation',
  'Test Document',
  'Naoki Sato (JAXA, ISECG Chair) opened the meeting.',
  [],
  True,
  False,
  [('naoki-sato', 'id/org/isecg')],
  []),
 ('NEG-p-plural-science-nouns-and-camps',
  'Test Document',
  'Artemis Base Camp (NASA) and Lunar Polar Volatiles (ISECG) were discussed, as were Science Objectives (ESA).',
  [],
  True,
  True,
  [],
  []),
 ('NEG-r5-missions-by-agency-heading',
  'The Global Exploration Roadmap',
  'The Global Exploration Roadmap\n\x0cExploration missions by agency\nNASA Artemis II\nESA Argonaut\nJAXA SLIM\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r5-toc-contributing-agencies',
  'Test Document',
  'Contents\n'
  '1. Introduction 3\n'
  '2. Scenario 5\n'
  'Contributing agencies 12\n'
  '3. Technology 14\n'
  'The introduction follows.\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r5-agencies-that-signed-accords',
  'Test Document',
  'Agencies that signed the Artemis Accords in 2020:\nNASA\nASA\nASI\nCSA\nJAXA\nUKSA\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r5-participants-of-workshop-inline',
  'Test Document',
  'ISECG Annual Report 2021\n\x0cParticipating agencies at the workshop: ASI, CNES, DLR, ESA and NASA.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r6-single-page-attended-list',
  'Workshop on lunar science',
  'Workshop on lunar science\nThe following agencies attended the workshop:\nASI\nCNES\nDLR\nESA\nJAXA\nNASA\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r6-annual-report-cover-line',
  'ISECG Annual Report 2019',
  'ISECG Annual Report 2019\nASI CNES CSA DLR ESA JAXA KARI NASA UKSA\n\x0cThe year saw two plenary meetings.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r6-members-heading-back-page',
  'The Global Exploration Roadmap',
  'The Global Exploration Roadmap\n'
  '\x0c'
  'The roadmap sets out a path for human exploration of the Moon.\n'
  '\x0c'
  'ISECG members\n'
  'ASI\n'
  'CNES\n'
  'CSA\n'
  'DLR\n'
  'ESA\n'
  'JAXA\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r6-mid-document-list',
  'The Global Exploration Roadmap',
  'The Global Exploration Roadmap\n'
  '\x0c'
  'Several agencies plan robotic landers in the next decade, as listed.\n'
  'NASA\n'
  'ESA\n'
  'JAXA\n'
  'ISRO\n'
  'KARI\n'
  'CSA\n'
  '\x0c'
  'The roadmap sets out a path for human exploration of the Moon and Mars over the coming decades.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n'
  'The next steps follow.\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r9-cited-reviewed-by',
  'Test Document',
  'NASA reviewed the white paper "Lunar Polar Exploration Themes" in 2019.',
  [],
  False,
  False,
  [],
  [('Lunar Polar Exploration Themes', 'id/org/nasa')]),
 ('NEG-r10-describes-how-agencies-developed',
  'Test Document',
  'This report describes how agencies developed landers; the main ones are NASA, ESA and JAXA.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r10-agencies-developing-landers-include',
  'Test Document',
  'The agencies developing lunar landers include NASA, ESA and JAXA.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r10-agencies-contributing-to-gateway-colon',
  'Test Document',
  'Agencies contributing to the Gateway: NASA, ESA, JAXA and CSA.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r10-users-after-semicolon',
  'Test Document',
  'The roadmap was drafted by the ERWG; its main users are NASA, ESA and JAXA.',
  ['id/org/esa', 'id/org/jaxa', 'id/org/nasa'],
  False,
  False,
  [],
  []),
 ('NEG-r10-other-body-new-paper-same-year',
  'Lunar Science White Paper',
  'Lunar Science White Paper\n2019\n\x0cIn 2019, NASA released a new white paper on lunar sample science.',
  [],
  False,
  False,
  [],
  []),
 ('NEG-r10-glossary-back-page',
  'The Global Exploration Roadmap',
  'The Global Exploration Roadmap\n'
  '\x0c'
  'The roadmap sets out a path to the Moon and Mars in the coming decades.\n'
  '\x0c'
  'Acronyms\n'
  'ASI Agenzia Spaziale Italiana\n'
  "CNES Centre National d'Études Spatiales\n"
  'CSA Canadian Space Agency\n'
  'ESA European Space Agency\n'
  'ISRU In-Situ Resource Utilisation\n'
  'JAXA Japan Aerospace Exploration Agency\n'
  'NASA National Aeronautics and Space Administration\n',
  [],
  False,
  False,
  [],
  []),
 ('NEG-p-items-labelled-with-body-things',
  'Test Document',
  'Contributions: NASA: Artemis Base Camp; ESA: Lunar Pathfinder; JAXA: Pressurised Rover.',
  [],
  True,
  True,
  [],
  []),
 ('NEG-p-row-agency-programme-lead',
  'Test Document',
  'Agency Element Role\nNASA Gateway Program Lead\nESA Moon Village Lead\nCSA Lunar Gateway Representative\n',
  [],
  True,
  True,
  [],
  []),
 ('NEG-r11-prepared-by-group-summarises-missions-from',
  'Test Document',
  'This report, prepared by the Technology Working Group, summarises missions from NASA, ESA and JAXA.',
  ['id/org/esa', 'id/org/jaxa', 'id/org/nasa'],
  False,
  False,
  [],
  []),
 ('NEG-p-post-in-group-is-no-affiliation',
  'Test Document',
  'ISECG Chair Kathy Laurini opened the meeting, and the TWG Lead Anna Berg presented the gaps.',
  [],
  True,
  False,
  [('anna-berg', 'id/group/twg'), ('kathy-laurini', 'id/org/isecg')],
  [])]


def _cited(r) -> set[tuple[str, str]]:
    labels = r.labels()
    return {(labels.get(s, s), o) for s, p, o in r.facts if s != DOC and p == "dcterms:creator"}


def _creators(r) -> set[str]:
    return {o for s, p, o in r.facts if s == DOC and p == "dcterms:creator" and not o.startswith("id/person/")}


@pytest.mark.parametrize("name,title,text,creators,allowed,people,cited", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_authorship_probe(extract, name, title, text, creators, allowed, people, cited):
    r = extract(text, title=title, year=2022)
    found = _creators(r)
    assert set(creators) <= found and not found - set(creators) - set(allowed)
    affiliations = {(s.removeprefix("id/person/"), o) for s, p, o in r.facts if p == "schema:affiliation"}
    assert {tuple(p) for p in people} <= affiliations
    assert {tuple(c) for c in cited} <= _cited(r)  # the makers of a work the document cites, not of the document


@pytest.mark.parametrize("name,title,text,banned,people_only,no_people,not_people,not_cited", NEGATIVES,
                         ids=[n[0] for n in NEGATIVES])
def test_authorship_negative_probe(extract, name, title, text, banned, people_only, no_people, not_people, not_cited):
    r = extract(text, title=title, year=2022)
    found = _creators(r)
    if not people_only:
        assert not (found & set(banned)) if banned else not found
    if no_people:  # "Mars Sample Return (NASA)", "Saint Hubert (CSA)": no person of an agency
        assert not {(s, o) for s, p, o in r.facts if p == "schema:affiliation"}
    affiliations = {(s.removeprefix("id/person/"), o) for s, p, o in r.facts if p == "schema:affiliation"}
    assert not affiliations & {tuple(p) for p in not_people}  # "A B (JAXA, ISECG Chair)": a post, not a body of A B
    assert not _cited(r) & {tuple(c) for c in not_cited}  # "NASA reviewed the white paper X": no maker of X
