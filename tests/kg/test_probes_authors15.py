"""Probes for authorship, round 15 (kg/rules_people, kg/rules_org): a credits block set a label a line (a byline,
then "Co-leads: ..." or "Editing: ..." on the lines below it), its labels chained on one line ("... Co-leads: A (DLR).
Editorial support: B (JAXA)."); a byline naming the team with no colon over a line of its people ("Prepared by the X
Working Group" / "A B, Body (ACR) — co-lead C D, JAXA — co-lead"); a byline a PDF ran onto the line before, after a
bracket ("Editors: A (ESA) Prepared by the ERWG with contributions from ..."); a head's field after further imprint
items ("Berlin, 2 May 2018 · hosted by DLR Rapporteurs: ..."); a release's label and title under a masthead that is a
body's name; a joint work "of" its makers in the head ("A joint report of ASI, CNES and DLR"); "inputs from"; people
named by their initials after a label of authors ("Authors: A. Lima (NASA), ..."); partners right after the makers
("prepared by NASA in collaboration with ESA and JAXA"); a publisher with the authors' permission is no author.
Look-alikes: a label after prose, prose below a byline naming a person, a table of what each agency supplies to the
missions ("Agency | Element or capability"), the maker of what the document describes ("This report describes the
Gateway, which was developed by NASA"), what bodies gave to another thing ("provided modules to the Gateway: ..."), a
masthead of two bodies, "A review of NASA's plans", people by initials chairing a meeting. Written from how such
documents are laid out, not copied from the development sets."""

from __future__ import annotations

import pytest


def _creators(result) -> set[str]:
    return {o.split("/")[-1] for s, p, o in result.facts if p == "dcterms:creator" and s == "id/doc/test-doc"}


HEAD = "Lunar Surface Study\nInternational Space Exploration Coordination Group\n"
BODY = "\n1. Scope\nThe study looks at the Moon and at Mars over the next two decades."

POSITIVES = [
    # a label of the credits block on the line below the byline, and labels chained after it
    ("label-below-byline", HEAD + "Prepared by the ISECG Technology Working Group (TWG)\nCo-leads: Ravi Menon, Indian "
     "Space Research Organisation, and Sabine Körner, German Aerospace Center (DLR)\nVersion 1.0" + BODY,
     {"twg", "isro", "dlr", "ravi-menon", "sabine-korner"}),
    ("labels-a-line-each", HEAD + "Written by the ISECG Science Working Group\nChairs: Ana Lima (ASI) and Tom Reed (CSA)"
     "\nEditing: Kim Jun (KARI)" + BODY, {"swg", "asi", "csa", "kari", "ana-lima", "tom-reed", "kim-jun"}),
    ("editorial-support-after-leads", HEAD + "Drafted by the Exploration Roadmap Working Group. Co-leads: Lena Vogt (DLR)"
     " and Mark Hale (NASA). Editorial support: Yuki Mori (JAXA)." + BODY,
     {"erwg", "dlr", "nasa", "jaxa", "lena-vogt", "mark-hale", "yuki-mori"}),
    # a byline with no colon over a line of the team's people
    ("byline-over-people-dash", HEAD + "Prepared by the ISECG Technology Working Group (TWG)\nClaire Martin, Centre "
     "National d'Études Spatiales (CNES) — TWG co-lead Kenji Sato, JAXA — TWG co-lead\nReleased: 2024-07-15." + BODY,
     {"twg", "cnes", "jaxa", "claire-martin", "kenji-sato"}),
    ("byline-over-people-brackets", HEAD + "Compiled by the ISECG Exploration Roadmap Working Group\nMarta Silva (ESA), "
     "lead editor\nTom Reed (CSA); Kim Jun (KARI)" + BODY,
     {"erwg", "esa", "csa", "kari", "marta-silva", "tom-reed", "kim-jun"}),
    # a byline run on after the bracket that ends the line above
    ("byline-after-bracket", HEAD + "Editors: Eva Berg (ESA, ESTEC) and Paul Dunn (NASA Headquarters) Prepared by the "
     "Exploration Roadmap Working Group with contributions from ASI, CNES, CSA, DLR and UKSA.\nReleased October 2019."
     + BODY, {"erwg", "esa", "nasa", "asi", "cnes", "csa", "dlr", "uksa", "eva-berg", "paul-dunn"}),
    ("compiled-after-bracket", HEAD + "Lead editor: Rui Paz (AEB) Compiled by the ISECG Secretariat on the basis of "
     "input from ASI, CNES and KARI.\nIssued May 2021." + BODY,
     {"isecg-secretariat", "aeb", "asi", "cnes", "kari", "rui-paz"}),
    # a head's field after the place, the date and another imprint item
    ("field-after-imprint", "Workshop report · International Space Exploration Coordination Group\nLunar Night Workshop"
     "\nBerlin, 23–24 April 2018 · hosted by the German Aerospace Center (DLR) Rapporteurs: Dr. Anja Kurz (DLR) and "
     "Mike Ortiz (NASA) Issued 2018-06-29\n1. Background\nSurviving the lunar night has been a concern for years.",
     {"dlr", "nasa", "anja-kurz", "mike-ortiz"}),
    ("note-taker-after-venue", "Meeting notes\nInternational Space Exploration Coordination Group\nTokyo, 3 May 2016 · "
     "JAXA Tokyo Office Note-taker: Kim Jun (KARI)\n1. Opening\nThe chair opened the meeting of the group in Tokyo.",
     {"kari", "kim-jun"}),
    # a release's label with its title after it, under a masthead that is a body's name alone
    ("release-under-masthead", "International Space Exploration Coordination Group\nPress release: Agencies meet in "
     "Rome on the Moon\nROME — 17 May 2019. Senior managers of nineteen agencies met at ASI in Rome.", {"isecg"}),
    ("news-release-label-alone", "Canadian Space Agency\nNews release\nLONGUEUIL — 3 April 2023. The agency named an "
     "astronaut for the flight around the Moon.", {"csa"}),
    # a joint work "of" or "from" its makers, in the head
    ("joint-report-of", HEAD + "A joint report of ASI, CNES and DLR" + BODY, {"asi", "cnes", "dlr"}),
    ("collaborative-paper-from", HEAD + "A collaborative white paper from NASA and the European Space Agency" + BODY,
     {"nasa", "esa"}),
    # inputs, plural
    ("with-inputs-from", HEAD + "Prepared by the ISECG Technology Working Group with inputs from JAXA, KARI and ESA."
     + BODY, {"twg", "jaxa", "kari", "esa"}),
    # people named by their initials after a label of authors
    ("initials-authors", HEAD + "Authors: A. Lima (NASA), K. Jun (KARI), T. Reed (CSA)" + BODY,
     {"nasa", "kari", "csa", "a-lima", "k-jun", "t-reed"}),
    ("initials-editors-mixed", HEAD + "Editors: J.-P. Martin, CNES; Hana Sato (JAXA)" + BODY,
     {"cnes", "jaxa", "j-p-martin", "hana-sato"}),
    # partners named right after the makers
    ("in-cooperation-with", HEAD + "Prepared by the ISECG Science Working Group in cooperation with CNES, DLR and ASI"
     + BODY, {"swg", "cnes", "dlr", "asi"}),
    ("in-collaboration-with", HEAD + BODY + "\nThis report was prepared by NASA in collaboration with ESA and JAXA.",
     {"nasa", "esa", "jaxa"}),
    ("together-with", HEAD + BODY + "\nThis report was written by the TWG together with the Canadian Space Agency.",
     {"twg", "csa"}),
    # what bodies gave to the document, listed after a colon
    ("contributed-to-this", HEAD + BODY + "\nFour agencies contributed material to this report: ASI, CNES and CSA.",
     {"asi", "cnes", "csa"}),
]

NEGATIVES = [
    ("masthead-of-two", "Lunar news\nNASA and ESA\nPress release: the agencies sign a deal\nPARIS — 3 April 2023. The "
     "agencies signed a deal on the Moon.", set()),
    ("review-of-a-body", HEAD + "A review of NASA's lunar plans" + BODY, set()),
    ("initials-chaired", HEAD + BODY + "\nThe meeting was chaired by A. Lima (NASA) and K. Jun (KARI).", set()),
    # a middle initial is no item of its own; a role column's group is no body of the list above it
    ("middle-initial", HEAD + "Editors: Sarah K. Holloway (NASA) and J.-P. Martin (CNES)" + BODY,
     {"nasa", "cnes", "sarah-k-holloway", "j-p-martin"}),
    ("role-column-group", HEAD + BODY + "\nEditorial team\nThe report was compiled by the ISECG Secretariat from the "
     "inputs of all member agencies. Editorial team:\nName Agency Role\nHana Ueno JAXA Editor\nJessica Towns NASA "
     "IAWG\nClara Dubois CNES ERWG", {"isecg-secretariat", "jaxa", "nasa", "cnes", "hana-ueno", "jessica-towns",
                                      "clara-dubois"}),
    # a publisher the authors gave permission to: no author
    ("published-with-permission", HEAD + "IAC-21-A3.1.5 — Copyright ©2021 by the authors. Published by the IAF with "
     "permission." + BODY, set()),
    ("released-to-publish", HEAD + "Published by the International Astronautical Federation, with consent, and released "
     "to the IAF to publish in all forms." + BODY, set()),
    # the maker of what the document is about
    ("describes-other-made", HEAD + BODY + "\nThis report describes the Gateway, which was developed by NASA in "
     "collaboration with ESA and JAXA.", set()),
    ("presents-other-built", HEAD + BODY + "\nThe white paper also presents the lander built by JAXA together with CNES.",
     set()),
    ("partner-of-a-clause", HEAD + BODY + "\nThis report was prepared by NASA, which works in collaboration with ESA on "
     "the Gateway.", {"nasa"}),
    ("provided-to-other-thing", HEAD + BODY + "\nThe agencies provided modules to the Gateway: ESA, JAXA and CSA.", set()),

    ("label-after-prose", "2. News\nThe TWG met in Rome in 2019 and in Paris.\nEditorial support: Kim Jun (KARI)\n"
     "3. Scope\nThe study looks at the Moon and Mars.", set()),
    ("prose-below-byline", "Lunar Study\nPrepared by the ISECG Secretariat\nThe report covers the year. It was presented "
     "by Kim Jun (KARI) to the heads of agency at their meeting in Rome." + BODY, {"isecg-secretariat"}),
    ("supplies-table", "Roadmap Supplement\n4. Contributions by agency\nSeveral partners have defined what they will "
     "supply.\nAgency Element or capability\nNASA Human Landing System; Orion crew vehicle\nESA European Service Module"
     "\nJAXA Pressurised rover\nCSA Canadarm3, the robotic system\nA rover from JAXA would carry two astronauts.", set()),
]


@pytest.mark.parametrize("name,text,credited", POSITIVES + NEGATIVES, ids=[p[0] for p in POSITIVES + NEGATIVES])
def test_authorship_probe_round15(extract, name, text, credited):
    assert _creators(extract(text)) == credited


@pytest.mark.parametrize("text,publisher", [
    (dict((n, t) for n, t, _ in NEGATIVES)["published-with-permission"], "iaf"),
    (HEAD + "Published by the ISECG Secretariat, March 2020" + BODY, "isecg-secretariat"),
])
def test_publisher_kept(extract, text, publisher):
    """A publisher with the authors' permission is still the publisher; one with no such words is the author too."""
    assert publisher in {o.split("/")[-1] for s, p, o in extract(text).facts if p == "dcterms:publisher"}
