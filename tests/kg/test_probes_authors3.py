"""Structure probes for authorship, round 3: author lists the first round did not write — an acknowledgement that is
really a list of writers ("prepared by the following members of the ... Team:" then a Name / Agency table, "Name,
Agency" lines, "Name (Agency)" wrapped), headings that say the list below wrote the document ("Contributors", "Writing
team", "Editorial board", "Lead authors", "Co-chairs"), a back cover's imprint ("Produced by ... on behalf of"), a
byline with numbered affiliations, "developed jointly by" bodies with their countries, a point of contact, a
conference paper's author block, "Prepared by:" in a meeting summary and Markdown front matter "authors:" — and
look-alikes that credit no writer (people thanked for reviews, speakers, a cited work's authors, members present, a
working group's chair named in the body, photo credits, a back cover's member agencies). Written from how such
documents are laid out, not from the evaluation sets."""

from __future__ import annotations

import pytest

DOC = "id/doc/test-doc"

# (name, title, text, creators expected (bodies), (person slug, affiliation) expected of people credited as writers;
# creators None: the people's bodies only, no credit — a point of contact is no writer)
POSITIVES = [
    ("ack-following-members-table-two-columns", "Test Document",
     "Acknowledgements\nThis report was prepared by the following members of the ISECG Technology Working Group:\n"
     "Name Agency\nAnna Berg ESA\nJohn Smith NASA\nKenji Sato JAXA\nMarie Dubois CNES\n", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa"), ("kenji-sato", "id/org/jaxa"),
      ("marie-dubois", "id/org/cnes")]),
    ("ack-name-comma-agency-per-line", "Test Document",
     "Acknowledgements\nThe following individuals wrote this assessment:\nAnna Berg, ESA\nJohn Smith, NASA\n"
     "Kenji Sato, JAXA\n", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa"), ("kenji-sato", "id/org/jaxa")]),
    ("ack-name-bracket-agency-wrapped", "Test Document",
     "This paper was written by the members of the Science Team: Anna Berg (ESA), Kenji Sato (JAXA), John Smith\n"
     "(NASA) and Marie Dubois (CNES).", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa"), ("kenji-sato", "id/org/jaxa"),
      ("marie-dubois", "id/org/cnes")]),
    ("heading-core-team-markdown", "Test Document",
     "## Core team\n| Name | Agency |\n|---|---|\n| Anna Berg | ESA |\n| John Smith | NASA |\n| Kenji Sato | JAXA |\n",
     [], [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa"), ("kenji-sato", "id/org/jaxa")]),
    ("heading-co-chairs-of-writing", "Test Document",
     "Report co-chairs\nAnna Berg, ESA\nJohn Smith, NASA\n", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
    ("white-paper-numbered-affiliations", "Test Document",
     "Lunar Polar Volatiles\nA. Berg¹, J. Smith², K. Sato³\n¹ European Space Agency, ² NASA, ³ JAXA\nAbstract\n"
     "Water ice is found.", [],
     [("a-berg", "id/org/esa"), ("j-smith", "id/org/nasa"), ("k-sato", "id/org/jaxa")]),
    ("point-of-contact-block", "Test Document",
     "Point of contact\nAnna Berg\nEuropean Space Agency\nanna.berg@esa.int\n", None, [("anna-berg", "id/org/esa")]),
    ("conference-author-block", "Test Document",
     "IAC-22-A3.1.2\nTOWARDS A SUSTAINABLE LUNAR PRESENCE\nAnna Berg\nEuropean Space Agency (ESA), Keplerlaan 1, "
     "2201 AZ Noordwijk, The Netherlands, anna.berg@esa.int\nJohn Smith\nNASA Headquarters, Washington DC, USA, "
     "john.smith@nasa.gov\nAbstract\nThe paper describes.", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa-headquarters")]),  # the unit named, of NASA
    ("front-matter-authors-yaml", "Test Document",
     "---\ntitle: Lunar Surface Operations\nauthors:\n  - Anna Berg (ESA)\n  - John Smith (NASA)\ndate: 2022-05-12\n"
     "---\nThe paper describes.", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
    ("relative-clause-who-drafted", "Test Document",
     "We are grateful to the drafting team, Anna Berg (ESA) and John Smith (NASA), who wrote this report.", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
    ("r2-three-columns-name-agency-role-cells", "Test Document",
     "Report team\nName\nAgency\nRole\nAnna Berg\nESA\nLead author\nJohn Smith\nNASA\nEditor\n", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
    ("r2-active-co-authored-this-paper", "Test Document",
     "Anna Berg of ESA and John Smith of NASA co-authored this paper.", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
    ("r2-fronted-time-team-led-by-drafted", "Test Document",
     "In 2021, a team of Anna Berg (ESA) and John Smith (NASA) drafted this assessment.", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
    ("r2-compiled-and-edited-by", "Test Document",
     "Compiled and edited by Anna Berg (ESA) and John Smith (NASA)\nThe digest follows.", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
    ("r2-study-co-leads-field", "Test Document",
     "Study co-leads: Anna Berg (ESA) and John Smith (NASA)\nThe study follows.", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
    ("r2-front-matter-nested-author", "Test Document",
     "---\ntitle: Lunar Ice\nauthor:\n  - name: Anna Berg\n    affiliation: ESA\n  - name: John Smith\n"
     "    affiliation: NASA\n---\nThe paper describes.", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
    ("r2-writers-intro-name-dash-agency-bullets", "Test Document",
     "The text was drafted by these experts:\n• Anna Berg – ESA\n• John Smith – NASA\n• Kenji Sato – JAXA\n", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa"), ("kenji-sato", "id/org/jaxa")]),
    ("r3-experts-intro-full-agency-names", "Test Document",
     "This assessment was prepared by the following experts:\nAnna Berg Agenzia Spaziale Italiana\n"
     "John Smith Canadian Space Agency\n", [], [("anna-berg", "id/org/asi"), ("john-smith", "id/org/csa")]),
    ("r3-writing-team-field-semicolons", "Test Document",
     "Writing team: Anna Berg, ESA; John Smith, NASA; Kenji Sato, JAXA\nThe report follows.", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa"), ("kenji-sato", "id/org/jaxa")]),
    ("r3-dated-finalised-by-writing-team", "Test Document",
     "In March 2022 this report was finalised by a writing team of Anna Berg (ESA) and John Smith (NASA).", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
    ("r3-corresponding-author", "Test Document",
     "Lunar Ice Mapping\nCorresponding author: Anna Berg, European Space Agency, anna.berg@esa.int\nAbstract", [],
     [("anna-berg", "id/org/esa")]),
    ("r3-dr-name-then-unit-line", "Test Document",
     "Lunar Gateway Operations\nDr. Anna Berg\nESA ESTEC, Noordwijk\nJohn Smith\nNASA Johnson Space Center\n"
     "Abstract\nThe paper describes.", [],
     [("anna-berg", "id/org/esa-estec"), ("john-smith", "id/org/nasa-johnson-space-center")]),  # the units, of ESA, NASA
    ("r4-co-chairs-of-the-study-field", "Test Document",
     "Co-chairs of the study: Anna Berg (ESA), John Smith (NASA)\nThe study follows.", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
    ("r4-surname-first-authors", "Test Document",
     "Authors\nBerg, Anna (ESA)\nSmith, John (NASA)\n", [],
     [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
    ("r4-initials-byline-brackets-abstract", "Test Document",
     "Lunar Ice Mapping\nA. Berg (ESA), J. Smith (NASA)\nAbstract\nWe map ice.", [],
     [("a-berg", "id/org/esa"), ("j-smith", "id/org/nasa")]),
    ("r4-possessive-agency-person-edited-this-issue", "Test Document",
     "Anna Berg of ESA edited this issue with help from the Secretariat.", [], [("anna-berg", "id/org/esa")]),
    ("r5-developed-jointly-by-heading-list", "Test Document",
     "The roadmap.\n\fDeveloped jointly by\nASI (Italy)\nCNES (France)\nNASA (United States)\n",
     ["id/org/asi", "id/org/cnes", "id/org/nasa"], []),
    ("r5-co-authored-by-experts-from", "Test Document",
     "This white paper was co-authored by experts from CNES, DLR and JAXA.", ["id/org/cnes", "id/org/dlr", "id/org/jaxa"],
     []),
    ("r5-drafting-agencies-heading-bullets", "Test Document",
     "Drafting agencies\n• CSA\n• ESA\n• JAXA\n", ["id/org/csa", "id/org/esa", "id/org/jaxa"], []),
    ("r6-compiled-with-input-from-colon", "Test Document",
     "Acknowledgements\nThe ISECG Secretariat compiled this report with input from:\nAnna Berg, ESA\nJohn Smith, NASA\n",
     ["id/org/isecg-secretariat"], [("anna-berg", "id/org/esa"), ("john-smith", "id/org/nasa")]),
]

# (name, title, text, bodies or people that must not be credited as writers; [] = no writer at all)
NEGATIVES = [
    ("NEG-thanks-for-comments", "Test Document",
     "We thank Anna Berg (ESA) and John Smith (NASA) for their comments on an earlier draft.", []),
    ("NEG-reviewers-heading", "Test Document",
     "Reviewers\nAnna Berg, ESA\nJohn Smith, NASA\n", []),
    ("NEG-speakers-at-event", "Test Document",
     "Speakers at the workshop included Anna Berg (ESA) and John Smith (NASA).", []),
    ("NEG-cited-paper-authors", "Test Document",
     "As shown by Berg, A. (ESA) and Smith, J. (NASA) in \"Lunar Ice\" (2019), water is common.\nReferences\n"
     "Berg, A., Smith, J. (2019). Lunar Ice. Planetary Science Journal.", []),
    ("NEG-members-present", "Test Document",
     "Members present\nAnna Berg, ESA\nJohn Smith, NASA\nKenji Sato, JAXA\n", []),
    ("NEG-chair-in-body", "Test Document",
     "The Technology Working Group, chaired by Anna Berg of ESA, met twice in 2022.", []),
    ("NEG-photo-credits", "Test Document",
     "Photo credits\nCover: NASA\nPage 4: ESA/Anna Berg\nPage 9: JAXA\n", []),
    ("NEG-annual-report-back-cover-members", "ISECG Annual Report 2022",
     "ISECG Annual Report 2022\n\fThe year in review.\n\fISECG Member Agencies\nASI\nCNES\nCSA\nDLR\nESA\nJAXA\nNASA\n"
     "www.globalspaceexploration.org", ["id/org/asi", "id/org/cnes", "id/org/csa", "id/org/dlr", "id/org/jaxa",
                                        "id/org/nasa", "id/org/esa"]),
    ("NEG-point-of-contact-for-mission", "Test Document",
     "For questions on the lander mission, the point of contact at ESA is the project office.", ["id/org/esa"]),
    ("NEG-interviewed", "Test Document",
     "Anna Berg (ESA) was interviewed for this newsletter by our staff.", []),
    ("NEG-r2-who-reviewed-this-report", "Test Document",
     "Anna Berg (ESA), who reviewed this report, and John Smith (NASA) gave advice.", []),
    ("NEG-r2-speakers-stacked-on-cover", "Test Document",
     "Lunar Workshop 2022\nSpeakers\nAnna Berg\nEuropean Space Agency\nJohn Smith\nNASA\n", []),
    ("NEG-r2-photo-stacked", "Test Document",
     "Lunar Workshop 2022\nCover photo\nAnna Berg\nESA\n", []),
    ("NEG-r2-cited-study-written-by", "Test Document",
     "The 2019 study by Anna Berg (ESA) and John Smith (NASA) found ice at the poles.", []),
    ("NEG-r2-present-stacked-minutes", "Minutes of the 20th ISECG Meeting",
     "Minutes of the 20th ISECG Meeting\nPresent:\nAnna Berg\nESA\nJohn Smith\nNASA\n", []),
    ("NEG-r2-chair-presented-draft", "Test Document",
     "The working group chair, Anna Berg (ESA), presented the draft report to the agencies.", []),
    ("NEG-r3-keynote-stacked-on-cover", "Test Document",
     "Lunar Workshop 2022\nKeynote\nAnna Berg\nEuropean Space Agency\n", []),
    ("NEG-r3-speaker-field", "Test Document",
     "Session 2: Lunar Surface\nSpeaker: Anna Berg (ESA)\nModerator: John Smith (NASA)\n", []),
    ("NEG-r3-authors-thank", "Test Document",
     "The authors thank Anna Berg (ESA) and John Smith (NASA) for their reviews.", []),
    ("NEG-r3-report-was-presented-by", "Test Document",
     "The report was presented by Anna Berg (ESA) at the plenary in May 2022.", []),
    ("NEG-r4-papers-written-by-members-list", "Test Document",
     "The following papers were written by ISECG members in 2021:\nAnna Berg (ESA): Lunar Ice\n"
     "John Smith (NASA): Mars Dust\n", []),
    ("NEG-r4-who-wrote-cited-roadmap", "Test Document",
     "John Smith (NASA), who wrote the 2019 roadmap, opened the session.", []),
    ("NEG-r4-participants-keyed-front-matter", "Test Document",
     "---\ntitle: Workshop Report\nparticipants:\n  - name: Anna Berg\n    affiliation: ESA\n---\nThe workshop.",
     ["id/person/anna-berg", "id/org/esa"]),
    ("NEG-r4-stacked-signature-end-of-letter", "Test Document",
     "Dear colleagues,\nThe meeting will be held in May.\nSincerely,\nAnna Berg\nEuropean Space Agency\n", []),
    ("NEG-r5-prepared-for-agency", "Test Document",
     "This report was prepared for NASA by the ISECG Secretariat.", ["id/org/nasa"]),
    ("NEG-r5-drafting-agencies-of-accords", "Test Document",
     "The agencies drafting the lunar accords include CSA, ESA and JAXA.", []),
    ("NEG-r6-photos-produced-by-colon", "Test Document",
     "Photos in this issue were produced by:\nAnna Berg, ESA\nJohn Smith, NASA\n", []),
    ("NEG-r6-core-team-meetings-heading", "Test Document",
     "Core team meetings\nThe core team met three times in 2022; Anna Berg (ESA) chaired the meetings.\n", []),
    ("NEG-r6-presented-this-report", "Test Document",
     "Anna Berg (ESA) and John Smith (NASA) presented this report to the agency heads.", []),
]


def _facts(r):
    return r.facts


@pytest.mark.parametrize("name,title,text,creators,people", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_authorship_probe_round3(extract, name, title, text, creators, people):
    r = extract(text, title=title, year=2022)
    credited = {o for s, p, o in r.facts if s == DOC and p == "dcterms:creator"}
    assert set(creators or []) <= credited
    affiliations = {(s.removeprefix("id/person/"), o) for s, p, o in r.facts
                    if p == "schema:affiliation" and (creators is None or s in credited)}
    assert {tuple(p) for p in people} <= affiliations


@pytest.mark.parametrize("name,title,text,banned", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_authorship_negative_probe_round3(extract, name, title, text, banned):
    r = extract(text, title=title, year=2022)
    credited = {o for s, p, o in r.facts if s == DOC and p == "dcterms:creator"}
    assert not (credited & set(banned)) if banned else not credited
