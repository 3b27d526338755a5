"""Probes of who hosted a gathering and who took part, as PDFs (tests/data/probes/hosts/, their mini-markup source
beside them) read through the real ingestion: minutes with a "Present:" list of agencies and their people, and
"Apologies" after it; a record's head line "Held at the headquarters of X, Town, days"; "at the invitation of X" in a
sentence naming the recorded meeting by its number; "at the <site> of X"; "N delegates from M agencies" (both
counts); a numbered list of meetings the page text ran onto one line ("— host: NASA — 14 agencies"); a table given
one cell a line whose last header cell ran onto the first row; a number word whose hyphen a line break took. Beside
them what must give no host or count: the chair, a sponsor, a keynote speaker's agency, the host of another year's
or a future meeting, agencies that sent apologies, a body's size, a count still to come."""

from __future__ import annotations

from pathlib import Path

import pytest


from .conftest import probe_result
from .test_probes_event_documents import given
from .test_probes_events import missing

PDF_DIR = Path(__file__).resolve().parent.parent / "data" / "probes" / "hosts"

# (document, an event it tells and its slots, as in test_probes_events): the base read none of these whole
POSITIVE = [
    # "Present:" run onto the paragraph before, one agency a line with its people in brackets; "Apologies: KARI,
    # ISRO" after; "The 31st meeting of the ERWG was held ... at the invitation of Roscosmos" (no date of its own)
    ('p1-minutes-2016.pdf', {'date': '2016-06-21', 'end': '2016-06-23', 'place': 'korolev', 'host': 'id/org/roscosmos',
                             'count': '5', 'nohost': 'id/org/nasa'}),
    # "Forty-one delegates from 13 agencies took part": the bodies counted too (the people the base counted already)
    ('p7-news-2018.pdf', {'date': '2018-05-23', 'end': '2018-05-24', 'place': 'rome', 'host': 'id/org/asi', 'count': '13'}),
    # "planned for 30 September 2018 in Bremen, will be organised by DLR": a town no list has, after the date
    ('p7-news-2018.pdf', {'date': '2018-09-30', 'place': 'bremen', 'host': 'id/org/dlr'}),
    # "held ... at the John H. Chapman Space Centre of the Canadian Space Agency"
    ('p8-paper-2021.pdf', {'date': '2022-05-10', 'host': 'id/org/csa', 'count': '44'}),
    # two columns; "twenty-" / "one agencies attended" joined to "twentyone"
    ('p9-cols-2024.pdf', {'date': '2023-06-27', 'place': 'ottawa', 'host': 'id/org/csa', 'count': '21'}),
    # a numbered list run onto one line: "1. ..., 8 November 2007 — host: NASA — 14 agencies 2. ..."
    ('p10-tor-2012.pdf', {'date': '2007-11-08', 'place': 'washington', 'host': 'id/org/nasa', 'count': '14',
                          'nohost': 'id/org/csa'}),
    ('p10-tor-2012.pdf', {'date': '2008-04-20', 'place': 'berlin', 'host': 'id/org/dlr', 'count': '13'}),
    ('p10-tor-2012.pdf', {'date': '2008-11-13', 'place': 'montr', 'host': 'id/org/csa', 'count': '12'}),
    # "Held at the headquarters of the UK Space Agency, Swindon, 12–13 March 2025 Participants:" / "J. Smith (NASA);
    # ...; L. Dupont (CNES) Apologies were received from ISRO and the Polish Space Agency."
    ('p11-minutes-2025.pdf', {'date': '2025-03-12', 'place': 'swindon', 'host': 'id/org/uksa', 'count': '6'}),
    # "Meeting" / "Date" / "Host" / "Participants Senior managers meeting 18–19 March 2030 UAE Space Agency 27 agencies"
    ('p14-annual-2030.pdf', {'date': '2030-03-18', 'host': 'id/org/uae-space-agency', 'count': '27'}),
    ('p14-annual-2030.pdf', {'date': '2030-07-02', 'host': 'id/org/esa', 'count': '64'}),
]
# second round: a site that is an agency's ("met at ESTEC", "at the Johnson Space Center"); a table with all its rows
# run onto one line, the next paragraph too; a record's "Place, Country — days Organised by: JAXA" line; agencies listed
# as the subject of "took part"; a release's plenary "that closed today" and "the three-day meeting, which opened on
# 12 May"; "days · Place" under the title with "Hosting agency: ASI" below; "The ERWG plenary gathered 74 participants
# from 21 agencies" after the caption dating it; "Date: ... Location: DLR, Bremen In attendance:" over one agency a
# line; "The Paris plenary (21–23 March 2023)", "At the Ottawa plenary"; "will take place in Abu Dhabi, hosted by ..."
POSITIVE += [
    ('q1-newsletter-2017.pdf', {'date': '2017-02-14', 'place': 'noordwijk', 'host': 'id/org/esa', 'count': '12'}),
    ('q1-newsletter-2017.pdf', {'date': '2017-05-09', 'place': 'houston', 'host': 'id/org/nasa', 'count': '10'}),
    ('q2-annual-2015.pdf', {'date': '2015-02-10', 'place': 'tokyo', 'host': 'id/org/jaxa', 'count': '12'}),
    ('q2-annual-2015.pdf', {'date': '2015-06-16', 'place': 'washington', 'host': 'id/org/nasa', 'count': '13'}),
    ('q2-annual-2015.pdf', {'date': '2015-10-06', 'place': 'toulouse', 'host': 'id/org/cnes', 'count': '9'}),
    ('q3-minutes-2013.pdf', {'date': '2013-02-20', 'place': 'kyoto', 'host': 'id/org/jaxa', 'count': '14'}),
    ('q4-report-2014.pdf', {'date': '2014-09-23', 'place': 'cologne', 'host': 'id/org/esa', 'count': '8'}),
    ('q5-news-2026.pdf', {'date': '2026-05-12', 'end': '2026-05-14', 'place': 'canberra', 'host': 'id/org/asa', 'count': '26'}),
    ('q6-summary-2012.pdf', {'date': '2012-09-11', 'place': 'naples', 'host': 'id/org/asi', 'count': '12'}),
    ('q7-caption-2021.pdf', {'date': '2021-11-30', 'place': 'noordwijk', 'host': 'id/org/esa', 'count': '21'}),
    ('q7-caption-2021.pdf', {'date': '2021-11-30', 'count': '74'}),
    ('q8-minutes-2019.pdf', {'date': '2019-06-11', 'place': 'bremen', 'host': 'id/org/dlr', 'count': '7'}),
    ('q10-paper-2024.pdf', {'date': '2023-03-21', 'place': 'paris', 'host': 'id/org/cnes', 'count': '18'}),
    ('q10-paper-2024.pdf', {'date': '2023-06-27', 'place': 'ottawa', 'host': 'id/org/csa', 'count': '21'}),
    ('q12-newsletter-2029.pdf', {'date': '2030-03-03', 'place': 'abu dhabi', 'host': 'id/org/uae-space-agency'}),
]
# third round: "CSA played host to the ISECG senior managers in Montreal"; "hosted jointly by NASA and CSA" (both);
# "gathered at DLR in Bremen" (the body, then its town)
POSITIVE += [
    ('r1-newsletter-2016.pdf', {'date': '2016-04-19', 'place': 'montr', 'host': 'id/org/csa', 'count': '13',
                                'nohost': 'id/org/esa'}),
    ('r2-annual-2023.pdf', {'date': '2023-11-08', 'place': 'washington', 'host': 'id/org/csa', 'count': '20'}),
    ('r3-summary-2016.pdf', {'date': '2016-11-08', 'place': 'bremen', 'host': 'id/org/dlr', 'count': '13',
                             'nohost': 'id/org/esa'}),
]
# events of the documents the base read too
HELD = [
    ('r2-annual-2023.pdf', {'date': '2023-11-08', 'host': 'id/org/nasa', 'nohost': 'id/org/esa'}),
    ('q4-report-2014.pdf', {'date': '2014-09-23', 'host': 'id/org/nasa'}),
    ('q9-tor-2008.pdf', {'date': '2007-11-08', 'place': 'washington', 'host': 'id/org/nasa', 'count': '14'}),
    ('q9-tor-2008.pdf', {'date': '2008-04-20', 'place': 'berlin', 'host': 'id/org/dlr', 'count': '13'}),
    ('q11-annual-2006.pdf', {'date': '2006-11-28', 'place': 'kyoto', 'host': 'id/org/jaxa', 'count': '14'}),
    ('q12-newsletter-2029.pdf', {'date': '2029-10-06', 'place': 'lisbon', 'host': 'id/org/pt-space', 'count': '10'}),
    ('p7-news-2018.pdf', {'date': '2018-05-23', 'count': '41'}),
    ('p2-annual-2019.pdf', {'date': '2019-06-11', 'end': '2019-06-12', 'place': 'cologne', 'host': 'id/org/dlr', 'count': '12'}),
    ('p2-annual-2019.pdf', {'date': '2019-09-03', 'host': 'id/org/csa', 'count': '31'}),
    ('p2-annual-2019.pdf', {'date': '2019-11-26', 'place': 'toulouse', 'host': 'id/org/cnes', 'count': '9'}),
    ('p3-newsletter-2022.pdf', {'date': '2022-02-22', 'host': 'id/org/nasa', 'count': '15'}),
    ('p3-newsletter-2022.pdf', {'date': '2022-04-05', 'count': '8'}),
    ('p4-summary-2016.pdf', {'date': '2016-09-25', 'place': 'guadalajara', 'host': 'id/org/aem', 'count': '14'}),
    ('p5-workshop-2023.pdf', {'date': '2023-11-29', 'place': 'daejeon', 'host': 'id/org/kari'}),
    ('p6-record-2009.pdf', {'date': '2009-05-14', 'place': 'paris', 'host': 'id/org/esa', 'count': '12'}),
    ('p8-paper-2021.pdf', {'date': '2020-06-23', 'host': 'id/org/nasa', 'count': '36'}),
    ('p9-cols-2024.pdf', {'date': '2023-12-07', 'place': 'songdo', 'host': 'id/org/kari', 'count': '20'}),
    ('p12-summary-2028.pdf', {'date': '2028-05-09', 'place': 'bengaluru', 'host': 'id/org/isro', 'count': '28'}),
    ('p13-newsletter-2010.pdf', {'date': '2010-02-02', 'place': 'tokyo', 'count': '13'}),
    ('p13-newsletter-2010.pdf', {'date': '2010-03-15', 'place': 'toulouse', 'host': 'id/org/cnes', 'count': '11'}),
]
# (document, a fact no event of it may have)
NEGATIVE = [
    ('p1-minutes-2016.pdf', ('schema:organizer', 'id/org/nasa')),  # "The chair (NASA) opened the meeting"
    ('p1-minutes-2016.pdf', ('schema:attendee', 'id/org/kari')),  # "Apologies: KARI, ISRO"
    ('p1-minutes-2016.pdf', ('schema:attendee', 'id/org/isro')),
    ('p1-minutes-2016.pdf', ('isecg:participantCount', '7')),
    ('p3-newsletter-2022.pdf', ('isecg:participantCount', '25')),  # "where 25 agencies are expected"
    ('p4-summary-2016.pdf', ('schema:organizer', 'id/org/nasa')),  # a keynote by the NASA Administrator
    ('p4-summary-2016.pdf', ('schema:organizer', 'id/org/esa')),  # the chair passed from ESA to DLR
    ('p4-summary-2016.pdf', ('isecg:participantCount', '67')),  # "the 67th International Astronautical Congress"
    ('p5-workshop-2023.pdf', ('schema:organizer', 'id/org/lsa')),  # "which hosted the 2022 edition"
    ('p7-news-2018.pdf', ('schema:organizer', 'id/org/jaxa')),  # "JAXA, which hosted the previous meeting in Tokyo"
    ('p7-news-2018.pdf', ('schema:startDate', '2018-05-25')),  # the release's dateline
    ('p8-paper-2021.pdf', ('isecg:participantCount', '21')),  # agencies that answered a questionnaire
    ('p8-paper-2021.pdf', ('schema:organizer', 'id/org/esa')),  # the author's agency
    ('p10-tor-2012.pdf', ('isecg:participantCount', '3')),  # "up to three delegates"
    ('p11-minutes-2025.pdf', ('schema:attendee', 'id/org/isro')),  # "Apologies were received from ISRO ..."
    ('p11-minutes-2025.pdf', ('schema:attendee', 'id/org/polsa')),
    ('p11-minutes-2025.pdf', ('isecg:participantCount', '8')),
    ('p12-summary-2028.pdf', ('schema:organizer', 'id/org/asa')),  # "The 2029 plenary will be hosted by ..."
    ('p13-newsletter-2010.pdf', ('schema:organizer', 'id/org/jaxa')),  # a plenary in Tokyo, no host named
]
NEGATIVE += [
    ('q3-minutes-2013.pdf', ('schema:organizer', 'id/org/isa')),  # an observer
    ('q4-report-2014.pdf', ('schema:organizer', 'id/org/dlr')),  # the keynote speaker's agency
    ('q5-news-2026.pdf', ('schema:organizer', 'id/org/nasa')),  # "NASA will host the next plenary in 2027"
    ('q5-news-2026.pdf', ('schema:organizer', 'id/org/kari')),  # the chair handed over
    ('q6-summary-2012.pdf', ('isecg:participantCount', '3000')),  # the Congress's, named as a time
    ('q7-caption-2021.pdf', ('schema:organizer', 'id/org/csa')),  # "In 2022 the ERWG plenary will be hosted by CSA"
    ('q8-minutes-2019.pdf', ('schema:attendee', 'id/org/csa')),  # "Apologies:" / "CSA" / "KARI"
    ('q8-minutes-2019.pdf', ('schema:attendee', 'id/org/kari')),
    ('q8-minutes-2019.pdf', ('isecg:participantCount', '9')),
    ('q10-paper-2024.pdf', ('schema:startDate', '2022-10')),  # a reference's date
    ('q11-annual-2006.pdf', ('schema:organizer', 'id/org/dlr')),  # workshops told as earlier times
    ('q11-annual-2006.pdf', ('schema:organizer', 'id/org/nasa')),
]
NEGATIVE += [
    ('r2-annual-2023.pdf', ('schema:organizer', 'id/org/jaxa')),  # "The 2024 workshop will be hosted by ESA and JAXA"
    ('r3-summary-2016.pdf', ('schema:organizer', 'id/org/esa')),  # "The chair passed from ESA to DLR."
]
# (document, a fact no event of it may have): the base gave it ("CANBERRA, 14 May 2026 — ... the ISECG plenary that
# closed today": the release's day is the plenary's last, not its first)
NEGATIVE += [('q5-news-2026.pdf', ('schema:startDate', '2026-05-14'))]
# (document, a fact no node of it may have, event or not): the base gave it
FIXED_NEGATIVE = [
    # "JAXA, which hosted the previous meeting in Tokyo, reported on the second International Space Exploration Forum"
    ('p7-news-2018.pdf', ('schema:organizer', 'id/org/jaxa')),
]


@pytest.fixture(scope="module")
def read_pdf():
    """read_pdf(name) -> Result: a probe PDF of PDF_DIR as ingest reads it, extracted alone."""
    return lambda name: probe_result(PDF_DIR / name)


@pytest.mark.parametrize("name, wanted", POSITIVE + HELD, ids=[f"{n.split('-')[0]}-{w['date']}" for n, w in POSITIVE + HELD])
def test_a_gathering_gets_its_host_and_head_count(read_pdf, name, wanted):
    assert missing(read_pdf(name), [wanted]) == []


@pytest.mark.parametrize("name, forbidden", NEGATIVE, ids=[f"{n.split('-')[0]}-{f[1]}" for n, f in NEGATIVE])
def test_no_host_or_count_alike(read_pdf, name, forbidden):
    assert given(read_pdf(name), [forbidden]) == []


@pytest.mark.parametrize("name, forbidden", FIXED_NEGATIVE, ids=[f"{n.split('-')[0]}-{f[1]}" for n, f in FIXED_NEGATIVE])
def test_no_node_hosted_by_an_agency_that_hosted_another(read_pdf, name, forbidden):
    p, o = forbidden
    assert not any(fp == p and fo == o for _, fp, fo in read_pdf(name).facts)
