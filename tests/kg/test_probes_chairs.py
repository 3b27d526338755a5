"""Probes for who chaired the body when: short texts written from how such publications lay chairs out (handovers in
prose of several shapes, a person chairing for an agency, terms in tables as a PDF renders them and as Markdown,
field lists, stacked cells, captions), each with the chair terms of ISECG it must give; and texts that look alike but
must give none (the chair of a meeting, a session, a workshop, a study or a working group, a vice-chair, "the chair
thanked X", a table of meetings with their chairs).  Each positive was missed by the rules before it was added
(READ_BEFORE: forms the rules read already, kept as a guard); the negatives marked "failed before" gave ISECG a
chair before."""

from __future__ import annotations

import pytest

HEAD = "International Space Exploration Coordination Group (ISECG)\nAnnual Report\f"
CHAIR = "https://w3id.org/isecg-kg/ontology#chair"

# (name, text, document year, {(holder slug, period label)} of the ISECG chair)
POSITIVE = [
    ("passed-from-to-of-body", "The chair of ISECG passed from ESA to NASA on 9 November 2016.", 2017,
     {("esa", "until-2016-11-09"), ("nasa", "from-2016-11-09")}),
    ("table-caption-header-rows", "ISECG chairs\nPeriod Chair agency\n2014–2016 ESA\n2016–2019 NASA\n2019–2021 JAXA", 2021,
     {("esa", "2014-to-2016"), ("nasa", "2016-to-2019"), ("jaxa", "2019-to-2021")}),
    ("whose-term-began", "JAXA, whose two-year term as ISECG chair began in June 2019, hosted the meeting.", 2019,
     {("jaxa", "from-2019-06")}),
    ("markdown-chair-column", "| Period | ISECG Chair |\n|---|---|\n| 2019–2021 | JAXA |\n| 2021–2023 | ASI |", 2023,
     {("jaxa", "2019-to-2021"), ("asi", "2021-to-2023")}),
    ("field-current-chair", "Current chair: Canadian Space Agency (CSA)", 2023, {("csa", "2023")}),
    ("chairmanship-rotated-from-to", "The chairmanship of ISECG rotated from JAXA to KARI in 2021.", 2022,
     {("jaxa", "until-2021"), ("kari", "from-2021")}),
    ("copula-current-chair-of", "CNES is the current chair of ISECG.", 2022, {("cnes", "2022")}),
    ("field-label-with-years", "ISECG chair (2022–2023): Agenzia Spaziale Italiana", 2023, {("asi", "2022-to-2023")}),
    ("apposed-participle-dated", "ISECG, chaired in 2018 by NASA, published the third edition of the roadmap.", 2018,
     {("nasa", "2018")}),
    ("relative-held-since", "NASA, which has held the ISECG chair since 1 January 2018, opened the meeting.", 2019,
     {("nasa", "from-2018-01-01")}),
    ("stacked-cells", "Chair\nNASA\nTerm\n2017-2019", 2019, {("nasa", "2017-to-2019")}),
    ("field-value-then-years", "ISECG Chair: Korea Aerospace Research Institute (KARI), 2021–2022", 2022,
     {("kari", "2021-to-2022")}),
    ("passive-from-to", "The group was chaired by the European Space Agency (ESA) from 2014 to 2016.", 2017,
     {("esa", "2014-to-2016")}),
    ("table-numbered-caption", "Table 2. Chairs of ISECG\nYears Chair\n2013–2014 NASA\n2015–2016 ESA\n2017–2018 JAXA", 2019,
     {("nasa", "2013-to-2014"), ("esa", "2015-to-2016"), ("jaxa", "2017-to-2018")}),
    ("possessive-tenure-ended", "ESA's tenure as ISECG chair ended on 9 November 2016.", 2017, {("esa", "until-2016-11-09")}),
    ("caption-agency-term-rows", "The rotating chair of ISECG\nAgency Term\nCNES 2022 – 2024\nCSA 2024 – 2026", 2023,
     {("cnes", "2022-to-2024"), ("csa", "2024-to-2026")}),
    ("field-since", "ISECG chair: the Japan Aerospace Exploration Agency (JAXA) since June 2019", 2020,
     {("jaxa", "from-2019-06")}),
    ("fronted-year-passed", "In 2018, the chairmanship of ISECG passed from NASA to JAXA.", 2019,
     {("nasa", "until-2018"), ("jaxa", "from-2018")}),
    ("remains-chair-until", "KARI remains chair of ISECG until the end of 2022.", 2022, {("kari", "until-2022-12")}),
    ("bullets-years-colon-agency", "Past chairs of ISECG\n• 2014–2016: ESA\n• 2016–2019: NASA\n• 2019–2021: JAXA", 2021,
     {("esa", "2014-to-2016"), ("nasa", "2016-to-2019"), ("jaxa", "2019-to-2021")}),
    ("field-chairing-agency", "Chairing agency: Japan Aerospace Exploration Agency (JAXA)", 2020, {("jaxa", "2020")}),
    ("list-in-sentence-own-years", "ISECG has been chaired by ESA (2014–2016), NASA (2016–2019) and JAXA (2019–2021).", 2021,
     {("esa", "2014-to-2016"), ("nasa", "2016-to-2019"), ("jaxa", "2019-to-2021")}),
    ("table-month-ranges", "Chair agency Period\nESA September 2014 – November 2016\nNASA November 2016 – June 2019", 2019,
     {("esa", "2014-09-to-2016-11"), ("nasa", "2016-11-to-2019-06")}),
    ("tab-cells", "Chair\tNASA\nTerm\t2017–2019", 2019, {("nasa", "2019")}),
    ("capitals-label-stacked", "ISECG CHAIR\nASI\n2021 – 2022", 2022, {("asi", "2021-to-2022")}),
    # an undated handover: the one handing over held the chair until the document's date at the latest, the one
    # taking over holds it then (both were read as holding it at that date, as co-chairs)
    ("passed-from-to-undated", "The chair of ISECG passed from KARI to ASI.", 2022,
     {("kari", "until-2022"), ("asi", "2022")}),
    ("handed-at-meeting-undated", "At the close of the Paris meeting the Korea Aerospace Research Institute handed the "
     "ISECG chair to the Italian Space Agency.", 2022, {("kari", "until-2022"), ("asi", "2022")}),
    # the passive names the one handing over after "by"
    ("passive-passed-to-by", "The chairmanship was passed to ASI by the Korea Aerospace Research Institute as the "
     "Paris meeting closed.", 2022, {("kari", "until-2022"), ("asi", "2022")}),
    ("passive-handed-over-to-by-dated", "In June 2019 the ISECG chair was handed over to JAXA by NASA.", 2019,
     {("nasa", "until-2019-06"), ("jaxa", "from-2019-06")}),
]

READ_BEFORE = [
    ("took-over-from", "In 2016 JAXA took over the ISECG chair from ESA.", 2017, {("jaxa", "from-2016"), ("esa", "until-2016")}),
    ("succeeded-as-chair", "NASA succeeded ESA as ISECG chair in November 2016.", 2017,
     {("nasa", "from-2016-11"), ("esa", "until-2016-11")}),
    ("chaired-by-person-of-agency", "ISECG is currently chaired by Jane Doe (JAXA).", 2019, {("jaxa", "2019")}),
    ("fronted-participle-since", "Chaired by the Italian Space Agency (ASI) since April 2021, ISECG met three times that year.",
     2021, {("asi", "from-2021-04")}),
    ("under-the-chairmanship", "Under the chairmanship of KARI, ISECG met twice in 2021.", 2021, {("kari", "2021")}),
    ("chair-person-apposition", "The ISECG Chair, Dr Naoki Sato (JAXA), opened the meeting.", 2020, {("jaxa", "2020")}),
    ("assumed-on-date", "On 1 January 2022 ASI assumed the ISECG chair for a two-year term.", 2022, {("asi", "from-2022-01-01")}),
    ("co-chaired-in-year", "ISECG was co-chaired by NASA and ESA in 2013.", 2014, {("nasa", "2013"), ("esa", "2013")}),
    ("fronted-since-has-chaired", "Since 1 January 2018 NASA has chaired ISECG.", 2019, {("nasa", "from-2018-01-01")}),
]

# (name, text, document year): no chair of ISECG
NEGATIVE = [
    ("next-chair-to-be-chosen", "The next chair will be chosen at the autumn meeting among ASI, CNES and DLR.", 2021),
    ("chair-thanked", "The chair thanked CNES for hosting the meeting.", 2021),
    ("chaired-the-session", "Dr Paul Weber of DLR chaired the session on lunar surface operations.", 2019),
    ("working-group-chaired-by", "The Science Working Group is chaired by ESA.", 2019),
    ("vice-chair", "NASA was elected vice-chair of ISECG in 2018.", 2018),
    ("meeting-chaired-by-person", "The 24th ISECG meeting was chaired by Dr Hans Keller of DLR.", 2022),  # failed before
    ("workshop-chaired-by", "The workshop on lunar resources was chaired by the Luxembourg Space Agency (LSA).", 2020),  # failed before
    ("study-team-chaired-by", "The Mars Sample Return study team is chaired by Dr Anne Leroy of CNES.", 2020),  # failed before
    ("chaired-the-panel", "CSA chaired the panel discussion on lunar surface operations.", 2021),
    ("agency-own-chair", "The UAE Space Agency's Chair, Sarah Al Amiri, attended the meeting.", 2021),
    ("assessment-and-chaired", "The Technology Gap Assessment was led by NASA and chaired by Dr Lee of KARI.", 2019),  # failed before
    ("session-chairs-field", "Session chairs: ESA, NASA and JAXA", 2021),
    ("conference-presided-over", "The conference, held in Tokyo in 2019, was presided over by JAXA.", 2019),  # failed before
    ("workshop-coordinated-verb", "The Lunar Surface Workshop took place in Houston on 3–5 October 2016 and was chaired by "
     "the Canadian Space Agency (CSA).", 2016),  # failed before
    ("study-chaired-co-led", "The study was chaired by ESA and co-led by NASA.", 2018),  # failed before
    ("round-table-apposed", "The round table, chaired by JAXA, discussed lunar logistics.", 2020),  # failed before
    ("workshop-chair-field", "Workshop chair: European Space Agency (ESA)", 2019),
    ("vice-chair-field", "Vice-chair: NASA (2019–2021)", 2021),
    ("meeting-chair-person-field", "Chair: Dr Jane Doe (NASA)", 2019),
    ("meetings-table-chair-column", "Meeting Date Chair\n24th meeting 3 October 2022 DLR\n25th meeting 14 March 2023 JAXA", 2023),
    ("session-chairs-table", "Session chairs\nLunar surface ESA 2019\nMars robotic NASA 2019", 2019),
    ("copula-chair-of-group", "JAXA is the chair of the Science Working Group.", 2019),
    ("chairs-host-possessive", "ESA was the chair's host for the 2019 meeting.", 2019),  # failed before
    ("stacked-person", "Chair\nDr Jane Doe\nNASA", 2019),
    ("group-chair-term", "The term of the working group's chair, NASA, ended in 2020.", 2020),
    ("group-chair-field", "Science Working Group chair: ESA (2018–2020)", 2020),
    ("group-past-chairs-list", "Past chairs of the Technology Working Group\n• 2014–2016: ESA\n• 2016–2019: NASA", 2021),
    ("session-chairs-caption-rows", "Chairs of the sessions\n2019 ESA\n2020 NASA", 2021),
    ("workshop-co-chairs-field", "Workshop co-chairs: ESA and NASA (2019)", 2019),
    ("committee-chair-field", "Chair of the organising committee: DLR", 2019),
    ("heads-meeting-chaired-apposed", "The heads of agency meeting, chaired by NASA in 2019, endorsed the roadmap.", 2019),  # failed before
    ("workshop-chaired-jointly", "The 2019 workshop was chaired jointly by ESA and NASA.", 2019),  # failed before
]


def _isecg_chairs(result) -> set[tuple[str, str]]:
    facts = result.facts
    # the agencies' chair memberships (not a person's chair post)
    nodes = {s for s, p, o in facts if p == "org:role" and o == CHAIR and s.startswith("id/chair/")}
    found = set()
    for node in nodes:
        member = next(o for s, p, o in facts if s == node and p == "org:member").rsplit("/", 1)[-1]
        body = next(o for s, p, o in facts if s == node and p == "org:organization").rsplit("/", 1)[-1]
        if body == "isecg":
            found.add((member, node.removeprefix(f"id/chair/{member}-{body}-")))
    return found


@pytest.mark.parametrize("name, text, year, chairs", POSITIVE + READ_BEFORE, ids=[p[0] for p in POSITIVE + READ_BEFORE])
def test_chair_terms_read(extract, name, text, year, chairs):
    assert _isecg_chairs(extract(HEAD + text, title="ISECG Annual Report", year=year)) == chairs


@pytest.mark.parametrize("name, text, year", NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_no_chair_of_the_body(extract, name, text, year):
    assert _isecg_chairs(extract(HEAD + text, title="ISECG Annual Report", year=year)) == set()


def _taken(result) -> set[tuple[str, str]]:
    """(label, start) of every event of a chair's taking office (an event about the post it began)."""
    facts = result.facts
    about = {s for s, p, o in facts if p == "schema:about" and o.startswith("id/chair/")}
    return {(next(o for s, p, o in facts if s == e and p == "skos:prefLabel"),
             next(o for s, p, o in facts if s == e and p == "schema:startDate")) for e in about}


def test_a_chair_term_that_starts_on_a_date_is_an_event_of_that_date(extract):
    r = extract(HEAD + "The chair of ISECG passed from ESA to NASA on 9 November 2016. KARI will take over the chair from "
                "NASA on 1 January 2031.", title="ISECG Annual Report", year=2017)
    assert _taken(r) == {("NASA takes the chair of ISECG", "2016-11-09"), ("KARI takes the chair of ISECG", "2031-01-01")}
    # a term known by its month or years only, or by its end, starts on no day a document gives
    r = extract(HEAD + "ISECG chairs\nPeriod Chair agency\n2014–2016 ESA\n2016–2019 NASA\nESA chaired ISECG until 2014. "
                "JAXA took over the chair of ISECG in May 2019.",
                title="ISECG Annual Report", year=2019)
    assert _taken(r) == set()
