"""Probes of a document's own metadata stated beyond its cover's head, round 4: whole short documents of several
pages (a form feed between pages of a text file) whose edition, release date or genre only an imprint page, a
foreword, a back page, a running header, a document-control table or a sentence of the body states ("This second
edition, released in August 2013, ..."), read as ingest reads them; and look-alikes that must not change the
document's own metadata (another edition the body cites, an edition still to come, the copyright of a reused
figure, a periodical's earlier issues, a reference list). Helpers and the checks are those of test_probes_docs."""

from __future__ import annotations

import pytest

from .test_probes_docs import FILL, PB, probe
from .test_probes_docs import test_probe as _check

PARA = FILL * 2
BODY_PAGE = "2. Scenario\n\n" + PARA + "\n"


def pages(*texts: str) -> str:
    """A plain-text document of the given pages, each ending with a paragraph of body text."""
    return "\f".join(text + "\n\n" + PARA + "\n" for text in texts)


def pdf_page(*lines) -> list:
    """A PDF page of the given lines ((text, size[, 'bold']) or a plain string of body text), then body lines."""
    return [line if isinstance(line, tuple) else (line, 10) for line in lines] + PB[1:]


POSITIVE = [  # the merged head-only reading misses each
    # an imprint page (the cover's verso) states the edition and its month
    probe('imprint-page-edition-month', 'txt',
          pages('The Global Exploration Roadmap\n\nInternational Space Exploration Coordination Group',
                'The Global Exploration Roadmap\nSecond edition, August 2013\nPublished by the ISECG Secretariat\n'
                '© ISECG 2013. All rights reserved.',
                '1. Introduction\n\n' + FILL),
          expect={'version': '2', 'issued': '2013-08', 'type': 'roadmap'}),
    # a foreword's sentence: "This third edition ..., released in January 2018, ..."
    probe('foreword-this-edition-released', 'pdf',
          [[('The Global Exploration Roadmap', 28, 'bold'), ('', 300), ('International Space Exploration Coordination Group · 2018', 12)],
           pdf_page(('Foreword', 14, 'bold'),
                    'This third edition of the Global Exploration Roadmap, released in January 2018, reflects the plans',
                    'of fourteen space agencies for the Moon and Mars.')],
          expect={'version': '3', 'issued': '2018-01', 'type': 'roadmap'}, never={'issued': '2013'}),
    # the body's sentence refines the cover's year, and what the edition replaces
    probe('preface-fronted-released-this-edition', 'md',
          '# Global Exploration Roadmap\n\n2013\n\f## Preface\n\nReleased in August 2013, this second edition replaces '
          'the first edition of September 2011 and adds a scenario for the Moon.\n\n' + PARA + '\n',
          expect={'version': '2', 'issued': '2013-08',
                  'facts': [('id/doc/', 'dcterms:replaces', 'id/work/global-exploration-roadmap-edition-1'),
                            ('edition-1', 'dcterms:issued', '2011-09')]}),
    # a back page's colophon: the edition and its month
    probe('back-page-colophon', 'txt',
          pages('The Global Exploration Roadmap\n\nISECG', '1. Introduction\n\n' + FILL,
                'Published by the International Space Exploration Coordination Group\nThird edition – January 2018'),
          expect={'version': '3', 'issued': '2018-01'}),
    # "This is the second edition of ..." in the opening section
    probe('this-is-the-second-edition', 'txt',
          pages('Lunar Surface Reference Architecture\nISECG Architecture Working Group\n2021',
                '1. About this document\n\nThis is the second edition of the Lunar Surface Reference Architecture. '
                'It was published in June 2021 and updates the first edition of March 2019.'),
          expect={'version': '2', 'issued': '2021-06', 'facts': [('edition-1', 'dcterms:issued', '2019-03')]}),
    # a field list on the imprint page: "Edition: 2nd", "Publication date: ..."
    probe('imprint-field-list', 'txt',
          pages('Human Lunar Exploration Reference Architecture',
                'Document information\nEdition: 2nd\nPublication date: 14 July 2020\nPublisher: ISECG Secretariat'),
          expect={'version': '2', 'issued': '2020-07-14'}),
    # a document-control table on page 2: the last issue is the document's own
    probe('document-control-table', 'txt',
          pages('Lunar Communications Architecture\nISECG Interoperability Team',
                'Document control\n\nIssue Date Changes\n1.0 March 2019 First issue\n2.0 October 2021 Relay scenario '
                'updated for the Gateway'),
          expect={'version': '2', 'issued': '2021-10', 'facts': [('edition-1', 'dcterms:issued', '2019-03')]}),
    # a table of editions marking the document's row ("this edition")
    probe('editions-table-this-edition-row', 'md',
          '# The Global Exploration Roadmap\n\n\f## Editions of the roadmap\n\n| Edition | Released |\n|---|---|\n'
          '| First | September 2011 |\n| Second | August 2013 |\n| Third (this edition) | January 2018 |\n\n' + PARA,
          expect={'version': '3', 'issued': '2018-01', 'facts': [('edition-2', 'dcterms:issued', '2013-08')]}),
    # a suggested citation of the document itself on its imprint page
    probe('suggested-citation-own', 'txt',
          pages('The Global Exploration Roadmap',
                'Suggested citation: International Space Exploration Coordination Group (2018). The Global '
                'Exploration Roadmap, third edition. January 2018.\n\nContact: the ISECG Secretariat'),
          expect={'version': '3', 'issued': '2018-01'}),
    # book-style imprint: "First published ..." / "Second edition published ..."
    probe('first-published-second-edition', 'pdf',
          [[('Benefits of Human Space Exploration', 24, 'bold'), ('ISECG', 14)],
           pdf_page(('First published in September 2011', 9), ('Second edition published in May 2014', 9),
                    ('© International Space Exploration Coordination Group', 9))],
          expect={'version': '2', 'issued': '2014-05', 'facts': [('edition-1', 'dcterms:issued', '2011-09')]}),
    # the release day in a body sentence refines the cover's month
    probe('body-refines-cover-month-to-day', 'txt',
          pages('Global Exploration Roadmap Supplement\nLunar Surface Exploration Scenario Update\nOctober 2022',
                '1. Introduction\n\n' + FILL + 'This supplement was released on 12 October 2022 at the International '
                'Astronautical Congress in Paris.'),
          expect={'issued': '2022-10-12', 'type': 'supplement'}),
    # a back page's version date of an annual report
    probe('back-page-version-date-ar', 'txt',
          pages('ISECG Annual Report 2022\nActivities of ISECG, January–December 2022',
                '1. Membership\n\n' + FILL, '6. Outlook\n\n' + FILL + '\nDocument version 1.0 of 3 March 2023.'),
          expect={'type': 'annual-report', 'temporal': '2022', 'issued': '2023-03-03'}),
    # a release date on the imprint page below a cover with the year only
    probe('imprint-release-date-below-year', 'pdf',
          [[('Lunar Polar Volatiles', 28, 'bold'), ('An ISECG White Paper', 16), ('', 300), ('2018', 12)],
           pdf_page(('Release date: 20 November 2018', 9), ('Prepared by the ISECG Lunar Polar Volatiles Task Group', 9))],
          expect={'issued': '2018-11-20', 'type': 'white-paper'}),
    # a genre the body gives itself when the cover names none
    probe('genre-from-about-this-paper', 'txt',
          pages('Exploring the Moon Together\nISECG Science Working Group\nMarch 2020',
                '1. About this document\n\nThis white paper sets out the science the agencies can share on the lunar '
                'surface.'),
          expect={'type': 'white-paper', 'issued': '2020-03'}),
    probe('genre-from-document-type-field', 'txt',
          pages('Mars Surface Power Needs\nMarch 2022',
                'Document type: Technology assessment\nPrepared by: ISECG Technology Working Group'),
          expect={'type': 'technology-assessment', 'issued': '2022-03'}),
    # an edition in capitals on the back page
    probe('back-page-caps-edition', 'pdf',
          [[('GLOBAL EXPLORATION ROADMAP', 28, 'bold'), ('ISECG', 14)], PB,
           [('INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP', 10), ('THIRD EDITION · JANUARY 2018', 10),
            ('www.globalspaceexploration.org', 9)]],
          expect={'version': '3', 'issued': '2018-01'}),
    # the edition named in a relative clause of the opening section
    probe('present-edition-which-is-the-second', 'md',
          '# Global Exploration Strategy\n\n\f## Purpose\n\nThe present edition, which is the second, was published '
          'in May 2009 and replaces the framework document of 2007.\n\n' + PARA,
          expect={'version': '2', 'issued': '2009-05', 'type': 'strategy'}),
    # the edition on the cover's verso with the issue number spelt out
    probe('imprint-issue-number-later-page', 'txt',
          pages('Critical Technology Needs\nISECG Technology Working Group',
                'Issue 2.0 · Released 15 July 2021 · Supersedes Issue 1.0 (June 2019)'),
          expect={'version': '2', 'issued': '2021-07-15', 'facts': [('edition-1', 'dcterms:issued', '2019-06')]}),
    # a running header on the pages after the cover (the cleaner drops it from each page as a repeated line)
    probe('running-header-edition', 'pdf',
          [[('The Global Exploration Roadmap', 28, 'bold'), ('', 300), ('International Space Exploration Coordination Group', 12)],
           [('The Global Exploration Roadmap | Third Edition', 8), *pdf_page(('1. Introduction', 14, 'bold'))],
           [('The Global Exploration Roadmap | Third Edition', 8), *pdf_page(('2. Scenario', 14, 'bold'))],
           [('The Global Exploration Roadmap | Third Edition', 8), *pdf_page(('3. Destinations', 14, 'bold'))]],
          expect={'version': '3', 'type': 'roadmap', 'title': 'The Global Exploration Roadmap Third Edition'}),
]
NEGATIVE = [  # look-alikes: none may change the document's own metadata
    probe('neg-body-cites-earlier-edition', 'txt',
          pages('The Global Exploration Roadmap\nThird Edition\nJanuary 2018',
                '1. Introduction\n\nThe second edition, released in August 2013, introduced the asteroid mission.'),
          expect={'version': '3', 'issued': '2018-01'}, never={'version': '2', 'issued': '2013'}),
    probe('neg-planned-next-edition', 'txt',
          pages('ISECG Annual Report 2023\nPublished March 2024',
                '3. Roadmap\n\nThe fourth edition of the Global Exploration Roadmap will be released in 2024; this '
                'edition will replace the third.'),
          expect={'type': 'annual-report', 'issued': '2024-03'}, never={'version': '4', 'type': 'roadmap'}),
    probe('neg-reused-figure-copyright', 'txt',
          pages('Lunar Polar Volatiles\nAn ISECG White Paper\nNovember 2018', '2. Findings\n\n' + FILL,
                'Figure 3: the lunar south pole\n© NASA 2015'),
          expect={'issued': '2018-11'}, never={'issued': '2015'}),
    probe('neg-reused-figure-copyright-no-cover-date', 'txt',
          pages('Lunar Polar Volatiles\nAn ISECG White Paper', '2. Findings\n\n' + FILL,
                'Image of the south pole. © NASA 2015', '3. Outlook\n\n' + FILL),
          never={'issued': '2015'}),
    probe('neg-newsletter-story-edition', 'txt',
          pages('ISECG Newsletter\nIssue 7 – March 2018',
                'Roadmap released\n\nThe third edition of the roadmap was released on 31 January 2018. This edition '
                'adds the lunar surface to the scenario.'),
          expect={'type': 'newsletter', 'issued': '2018-03'}, never={'version': '3', 'issued': '2018-01'}),
    probe('neg-newsletter-earlier-issues', 'txt',
          pages('ISECG Newsletter\nIssue 9 – November 2022', '1. News\n\n' + FILL,
                'Previous issues\nIssue 8 – May 2022\nIssue 7 – November 2021'),
          expect={'type': 'newsletter', 'issued': '2022-11'}, never={'issued': '2022-05', 'version': '8'}),
    probe('neg-white-paper-builds-on-edition', 'txt',
          pages('Science at the Moon\nISECG White Paper\nSeptember 2019',
                '1. Context\n\nThis white paper builds on the third edition of the Global Exploration Roadmap, '
                'released in January 2018.'),
          expect={'type': 'white-paper', 'issued': '2019-09'}, never={'version': '3', 'issued': '2018'}),
    probe('neg-reference-list-edition', 'txt',
          pages('Lunar Surface Mobility\nISECG White Paper\nMay 2019', '1. Context\n\n' + FILL,
                'References\n[1] ISECG (2013). The Global Exploration Roadmap, second edition. August 2013.\n'
                '[2] ISECG (2018). The Global Exploration Roadmap, third edition. January 2018.'),
          expect={'issued': '2019-05'}, never={'version': '2', 'issued': '2013'}),
    probe('neg-anaphoric-this-roadmap', 'txt',
          pages('Lunar Surface Operations\nISECG Secretariat\nMay 2019',
                '1. Context\n\nThe agencies released the Global Exploration Roadmap in January 2018. This roadmap '
                'sets out a path to the Moon and Mars.'),
          expect={'issued': '2019-05'}, never={'type': 'roadmap', 'issued': '2018'}),
    probe('neg-own-earlier-issue-of-this', 'txt',
          pages('Critical Technology Needs\nIssue 2.0 – July 2021',
                '1. Introduction\n\nThe first edition of this assessment, published in June 2019, listed nine needs.'),
          expect={'version': '2', 'issued': '2021-07'}, never={'version': '1', 'issued': '2019'}),
    probe('neg-minutes-handbook-edition', 'txt',
          pages('Minutes of the ISECG Plenary\nVideoconference, 9 September 2020',
                '3. Decisions\n\nThe second edition of the handbook was approved on 2 October 2020.'),
          expect={'type': 'minutes', 'issued': '2020-09-09'}, never={'version': '2', 'issued': '2020-10'}),
    probe('neg-next-issue-in-control-table', 'txt',
          pages('Lunar Communications Architecture\nIssue 2.0 – October 2021',
                'Document control\n\nIssue 3.0 is planned for 2023.'),
          expect={'version': '2', 'issued': '2021-10'}, never={'version': '3', 'issued': '2023'}),
    probe('neg-news-released-this-edition-other', 'txt',
          pages('PRESS RELEASE\n\nAgencies publish a new roadmap\n\nWashington, 31 January 2018 – ' + FILL,
                'Released today, the third edition replaces the second edition of August 2013.'),
          expect={'type': 'news', 'issued': '2018-01-31'}, never={'version': '3', 'issued': '2013'}),
    probe('neg-translation-edition', 'txt',
          pages('The Global Exploration Roadmap\nThird Edition\nJanuary 2018',
                'A Japanese edition was published by JAXA in March 2019.'),
          expect={'version': '3', 'issued': '2018-01'}, never={'issued': '2019'}),
    probe('neg-running-header-other-work-edition', 'pdf',
          [[('Lunar Surface Exploration Scenario Update', 26, 'bold'), ('October 2022', 12)],
           [('Supplement to the Global Exploration Roadmap, Third Edition', 8), *pdf_page(('1. Introduction', 14, 'bold'))],
           [('Supplement to the Global Exploration Roadmap, Third Edition', 8), *pdf_page(('2. Scenario', 14, 'bold'))],
           [('Supplement to the Global Exploration Roadmap, Third Edition', 8), *pdf_page(('3. Outlook', 14, 'bold'))]],
          expect={'issued': '2022-10'}, never={'version': '3'}),
    probe('neg-running-header-newsletter-issue', 'pdf',
          [[('ISECG Newsletter', 26, 'bold'), ('November 2022', 12)],
           [('ISECG Newsletter · Issue 9', 8), *pdf_page(('1. News', 14, 'bold'))],
           [('ISECG Newsletter · Issue 9', 8), *pdf_page(('2. Events', 14, 'bold'))]],
          expect={'type': 'newsletter', 'issued': '2022-11'}, never={'version': '9'}),
]

# Round 2: other wordings and layouts of the same statements, and look-alikes of what round 1 reads.
POSITIVE_2 = [
    probe('md-imprint-bold-fields', 'md',
          '# The Global Exploration Roadmap\n\n\f**Edition:** Third\n\n**Released:** 31 January 2018\n\n' + PARA,
          expect={'version': '3', 'issued': '2018-01-31'}),
    probe('colophon-one-line-segments', 'txt',
          pages('Global Exploration Roadmap\nISECG', '1. Introduction\n\n' + FILL,
                'ISECG · Global Exploration Roadmap · 2nd edition · August 2013 · www.globalspaceexploration.org'),
          expect={'version': '2', 'issued': '2013-08'}),
    probe('present-report-is-the-third-edition', 'pdf',
          [[('The Global Exploration Roadmap', 28, 'bold'), ('ISECG', 14)],
           pdf_page(('Preface', 14, 'bold'), 'The present report is the third edition of the Global Exploration Roadmap; '
                    'it was released on 31 January 2018.')],
          expect={'version': '3', 'issued': '2018-01-31'}),
    probe('apposition-after-series', 'txt',
          pages('The Global Exploration Roadmap\nISECG',
                'About this edition\n\nThis edition of the roadmap – the second – was prepared by twelve agencies and '
                'published in August 2013.'),
          expect={'version': '2', 'issued': '2013-08'}),
    probe('verb-before-this-paper-date-after', 'txt',
          pages('Benefits Stemming from Space Exploration\nISECG',
                '1. Introduction\n\nThe International Space Exploration Coordination Group published this white paper '
                'on 20 September 2013 to set out the benefits of exploration.'),
          expect={'type': 'white-paper', 'issued': '2013-09-20'}),
    probe('purpose-of-this-report', 'md',
          '# Lunar Communications Relay\n\nISECG, June 2020\n\n## Purpose\n\nThis report summarises the relay '
          'options the agencies studied in 2019 and 2020.\n\n' + PARA,
          expect={'type': 'report', 'issued': '2020-06'}),
    probe('document-history-list', 'txt',
          pages('Lunar Surface Power Architecture\nISECG Architecture Team',
                'Document history\nVersion 1.0 – 15 March 2019 – first release\nVersion 2.0 – 30 June 2021 – updated '
                'for the Artemis landers'),
          expect={'version': '2', 'issued': '2021-06-30', 'facts': [('edition-1', 'dcterms:issued', '2019-03-15')]}),
    probe('we-present-this-second-edition', 'txt',
          pages('Global Exploration Strategy\nThe Framework for Coordination',
                'Foreword\n\nWe are pleased to present this second edition of the Strategy, published in May 2009, to '
                'the agencies and their partners.'),
          expect={'version': '2', 'issued': '2009-05', 'type': 'strategy'}),
]
NEGATIVE_2 = [
    probe('neg-back-page-previous-edition', 'txt',
          pages('The Global Exploration Roadmap\nJanuary 2018', '1. Introduction\n\n' + FILL,
                'Previous edition\nSecond edition – August 2013'),
          expect={'issued': '2018-01'}, never={'version': '2', 'issued': '2013'}),
    probe('neg-newsletter-story-posted', 'txt',
          pages('ISECG Newsletter\nIssue 8 – May 2022', 'Agencies meet in Rome\nPosted 3 May 2022\n\n' + FILL),
          expect={'type': 'newsletter', 'issued': '2022-05'}, never={'issued': '2022-05-03'}),
    probe('neg-tool-version-table', 'txt',
          pages('Lunar Navigation Services\nISECG White Paper, September 2021', '1. Context\n\n' + FILL,
                'Simulation tool versions\n\nVersion Date Notes\n1.0 March 2019 initial model\n2.0 May 2020 '
                'terrain added'),
          expect={'issued': '2021-09'}, never={'version': '2', 'issued': '2020'}),
    probe('neg-this-edition-like-the-second', 'txt',
          pages('The Global Exploration Roadmap\nJanuary 2018',
                '1. Introduction\n\nThis edition, like the second, covers the Moon and Mars.'),
          expect={'issued': '2018-01'}, never={'version': '2'}),
    probe('neg-fronted-first-edition-last-page', 'txt',
          pages('PRESS RELEASE\n\nAgencies publish a new roadmap\n\nWashington, 31 January 2018 – ' + FILL,
                'Published in September 2011, the first edition set out a long-range strategy.'),
          expect={'type': 'news', 'issued': '2018-01-31'}, never={'issued': '2011', 'version': '1'}),
    probe('neg-this-roadmap-previous-paragraph', 'txt',
          pages('Lunar Surface Operations\nISECG Secretariat',
                '1. Context\n\nThe agencies released the Global Exploration Roadmap in January 2018.\n\nThis roadmap '
                'was prepared by fourteen agencies and published in January 2018.'),
          never={'type': 'roadmap', 'issued': '2018-01'}),
]

# Round 3: the cover's own lines past its head and below its subtitle, a page after the imprint page, and the
# document as the subject of a colophon's sentence; an edition of an event, and an annual report's "this edition".
POSITIVE_3 = [
    probe('cover-edition-below-blurb', 'txt',
          pages('The Global Exploration Roadmap\n\nThe roadmap sets out how the participating agencies intend to '
                'extend human presence to the Moon and to Mars in the coming decades.\n\nSecond Edition\n\nISECG',
                '1. Introduction\n\n' + FILL),
          expect={'version': '2'}),
    probe('cover-edition-below-subtitle', 'pdf',
          [[('The Global Exploration Roadmap', 28, 'bold'), ('Exploring Together', 16), ('Second Edition', 14),
            ('August 2013', 12)], PB],
          expect={'version': '2', 'issued': '2013-08'}),
    probe('colophon-this-document-published', 'txt',
          pages('Lunar Surface Logistics\nISECG Architecture Team', '1. Context\n\n' + FILL, '2. Findings\n\n' + FILL,
                'Colophon\n\nThis document was produced by the ISECG Secretariat and published in March 2022.'),
          expect={'issued': '2022-03'}),
    probe('imprint-on-third-page', 'txt',
          pages('The Global Exploration Roadmap', 'Contents\n1. Introduction\n2. Scenario',
                'Third edition\nPublished January 2018 by the ISECG Secretariat', '1. Introduction\n\n' + FILL),
          expect={'version': '3', 'issued': '2018-01'}),
]
NEGATIVE_3 = [
    probe('neg-second-edition-of-workshop', 'txt',
          pages('Lunar Science for Landed Missions\nISECG Science Working Group\nMay 2019',
                '1. Background\n\nThis second edition of the ISECG Science Workshop brought together 120 scientists '
                'in Noordwijk.'),
          expect={'issued': '2019-05'}, never={'version': '2'}),
    probe('neg-ar-this-third-edition', 'txt',
          pages('ISECG Annual Report 2018\nPublished March 2019',
                '2. Roadmap\n\nISECG released the Global Exploration Roadmap in January 2018. The agencies presented '
                'this third edition at the forum in Tokyo, released in January 2018.'),
          expect={'type': 'annual-report', 'issued': '2019-03'}, never={'version': '3', 'issued': '2018'}),
    probe('neg-cover-edition-highlights-heading', 'txt',
          pages('ISECG Newsletter\nIssue 6 – May 2018\n\nThird Edition Highlights\n\n' + FILL),
          expect={'type': 'newsletter'}, never={'version': '3'}),
    probe('neg-white-paper-this-roadmap-quote', 'txt',
          pages('Lunar Surface Science\nISECG White Paper\nOctober 2019',
                '1. Context\n\nAs the roadmap puts it: “This third edition reflects the plans of fourteen agencies.”'),
          expect={'type': 'white-paper'}, never={'version': '3'}),
]

# Editions a document cites, dated by the clause releasing them: the verb before the edition, its date after it or
# opening the clause; not a release still to come, nor a presentation of a work already out.
AR = 'ISECG Annual Report 2018\nPublished March 2019\n\n1. Roadmap\n\n'
CITED = [
    probe('cited-released-object-date-after', 'txt',
          AR + 'ISECG released the second edition of the Global Exploration Roadmap in August 2013. ' + FILL + '\n',
          expect={'facts': [('global-exploration-roadmap-edition-2', 'dcterms:issued', '2013-08')]}),
    probe('cited-fronted-date-published-object', 'txt',
          AR + 'In January 2018 ISECG published the third edition of the Global Exploration Roadmap. ' + FILL + '\n',
          expect={'facts': [('global-exploration-roadmap-edition-3', 'dcterms:issued', '2018-01')]}),
]
CITED_NEGATIVE = [
    probe('neg-cited-future-release', 'txt',
          AR + 'In 2024 ISECG will publish the fourth edition of the Global Exploration Roadmap. ' + FILL + '\n',
          never={'facts': [('global-exploration-roadmap-edition-4', 'dcterms:issued', '')]}),
    probe('neg-cited-presented-at-meeting', 'txt',
          AR + 'In March 2019 the agencies presented the third edition of the Global Exploration Roadmap to the '
          'plenary in Paris. ' + FILL + '\n',
          never={'facts': [('global-exploration-roadmap-edition-3', 'dcterms:issued', '2019')]}),
]

# Round 4: a preface to an edition, a Markdown table of issues; a supplement's imprint naming the edition it supplements.
POSITIVE_4 = [
    probe('preface-to-the-second-edition', 'md',
          '# Benefits of Space Exploration\n\nISECG\n\n\f## Preface to the Second Edition\n\n' + PARA
          + '\n\n## Preface to the First Edition\n\n' + PARA,
          expect={'version': '2'}),
    probe('md-pipe-version-table', 'md',
          '# Lunar Surface Architecture Reference\n\nISECG Architecture Team\n\n\f## Document control\n\n'
          '| Version | Date | Changes |\n|---|---|---|\n| 1.0 | 12 May 2020 | First release |\n'
          '| 2.0 | 3 June 2021 | Gateway updated |\n\n' + PARA,
          expect={'version': '2', 'issued': '2021-06-03', 'facts': [('edition-1', 'dcterms:issued', '2020-05-12')]}),
    probe('copyright-line-edition-segment', 'txt',
          pages('The Global Exploration Roadmap\nISECG', '© ISECG 2013 · Second edition · All rights reserved'),
          expect={'version': '2', 'year': 2013}),
]
NEGATIVE_4 = [
    probe('neg-supplement-imprint-names-edition', 'txt',
          pages('Lunar Surface Exploration Scenario Update\nOctober 2022',
                'Supplement to the Global Exploration Roadmap, Third Edition (January 2018)\nPublished by ISECG'),
          expect={'issued': '2022-10'}, never={'version': '3', 'issued': '2018'}),
    probe('neg-imprint-page-figure-credit', 'txt',
          pages('Lunar Polar Volatiles\nISECG', 'Figure 1: the south pole of the Moon\n© NASA 2015', '1. Context\n\n' + FILL),
          never={'issued': '2015'}),
    probe('neg-this-other-genre-dated', 'txt',
          pages('Lunar Polar Volatiles\nAn ISECG White Paper', '1. Context\n\n' + FILL,
                '2. Frame\n\nThis roadmap, released in January 2018, sets the frame for the paper.'),
          expect={'type': 'white-paper'}, never={'issued': '2018-01'}),
    probe('neg-language-edition-field', 'txt',
          pages('Lunar Surface Operations\nISECG White Paper\nMay 2019', 'Edition: English\nTranslations: French, Japanese'),
          expect={'issued': '2019-05'}, never={'version': '1'}),
]

# A genre by the layout when no word names one: a news item dated to the day whose opening reports the day ("today
# welcomed", "met this week"); minutes by an attendance field and a list of actions or decisions.
LAYOUT = [
    probe('news-headline-day-today', 'md',
          '# ISECG welcomes the Polish Space Agency\n\n*12 March 2021*\n\nThe International Space Exploration '
          'Coordination Group today welcomed the Polish Space Agency as its 25th member. ' + FILL + '\n',
          expect={'type': 'news', 'issued': '2021-03-12'}),
    probe('news-met-this-week', 'txt',
          'Agencies meet in Rome\n19 May 2023\n\nSpace agencies met this week in Rome to agree on the roadmap. '
          + FILL + '\n',
          expect={'type': 'news', 'issued': '2023-05-19'}),
    probe('minutes-attendees-actions', 'txt',
          pages('ISECG Plenary\nVideoconference, 9 September 2020\n\nAttendees: NASA, ESA, JAXA, CSA\n\n1. Opening\n\n'
                'The chair opened the meeting. ' + FILL, 'Action items\nA1: The secretariat will circulate the draft.'),
          expect={'type': 'minutes', 'issued': '2020-09-09'}),
    probe('minutes-present-decisions', 'md',
          '# Senior Agency Managers, Rome\n\n18 May 2023\n\nPresent: ASI, CNES, CSA, DLR, ESA, JAXA, NASA\n\n## 1. Roadmap\n\n'
          + FILL + '\n\n## Decisions\n\n- D1: the fourth edition is approved for drafting.\n',
          expect={'type': 'minutes', 'issued': '2023-05-18'}),
    # a year alone at a cover's foot is its year, not a page number the cleaner drops
    probe('pdf-cover-year-at-foot', 'pdf',
          [[('The Global Exploration Roadmap', 28, 'bold'), ('Third Edition', 18), ('', 420), ('2018', 12)], PB],
          expect={'version': '3', 'year': 2018}),
]
LAYOUT_NEGATIVE = [
    probe('neg-today-active-not-news', 'txt',
          'Lunar Surface Power\nPublished 12 March 2021\n\nThe agencies that are today active in surface power '
          'research are listed below. ' + FILL + '\n',
          expect={'issued': '2021-03-12'}, never={'type': 'news'}),
    probe('neg-today-sentence-initial', 'txt',
          'Lunar Surface Power\n12 March 2021\n\nToday, agencies plan power systems for the lunar surface. ' + FILL + '\n',
          never={'type': 'news'}),
    probe('neg-today-month-dated', 'txt',
          'Lunar Surface Power\nMarch 2021\n\nThe agencies announced today a common power standard. ' + FILL + '\n',
          never={'type': 'news'}),
    probe('neg-workshop-participants-no-actions', 'txt',
          'Lunar Science Workshop\nNoordwijk, 4 June 2019\n\nParticipants: 40 scientists from 12 agencies\n\n1. Findings'
          '\n\n' + FILL + '\n\nNext steps\n\n' + FILL + '\n',
          never={'type': 'minutes'}),
]


@pytest.mark.parametrize(("ext", "content", "expect", "never"), POSITIVE + NEGATIVE + POSITIVE_2 + NEGATIVE_2
                         + POSITIVE_3 + NEGATIVE_3 + CITED + CITED_NEGATIVE
                         + LAYOUT + LAYOUT_NEGATIVE + POSITIVE_4 + NEGATIVE_4)
def test_probe(ext, content, expect, never, tmp_path, gazetteer):
    _check(ext, content, expect, never, tmp_path, gazetteer)


