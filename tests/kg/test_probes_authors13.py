"""Probes for authorship and people, round 13 (kg/rules_people): a head's table of fields whose "Prepared by" or
"Minutes taken by" cell names people with their bodies and roles, a plural field label ("Rapporteurs: ..."), a person in a field's row read by the event rules ("| Chair of the meeting | A B, NASA |"); a list
of authors "Name, Body (ACR)[, place][ – role]" a PDF ran into one line with no separator between its items; a byline
naming the team, its people on the lines below ("Prepared by the X Team:"); contributions from bodies said in the
sentence after the document's making ("Contributions were received from ..."); a credits block's labels after the
byline ("Co-leads: ...", "Contributions: ..."). Look-alikes: a meeting's chair in a field, thanks, contributions to
something else or after a sentence on something else, leads of a group's meeting, unit and column words read as
people ("ESA's Topical Teams", "... Innovation Hub, ISECG Chair", "Acronym Meaning"). Written from how such documents
are laid out, not copied from the development sets."""

from __future__ import annotations

import pytest


def _creators(result) -> set[str]:
    return {o.split("/")[-1] for s, p, o in result.facts if p == "dcterms:creator" and s == "id/doc/test-doc"}


def _people(result) -> set[tuple[str, str]]:
    return {(s.split("/")[-1], o.split("/")[-1]) for s, p, o in result.facts
            if p == "schema:affiliation" and s.startswith("id/person/")}


HEAD = "Lunar Surface Study\nInternational Space Exploration Coordination Group\n"
TABLE = HEAD + "| | |\n|---|---|\n| Document | LS-2021-02 |\n"

POSITIVES = [
    # a table of fields: the value's cell after the label's, people with their bodies and roles
    ("cell-prepared-roles", TABLE + "| Prepared by | Jean Dupont (CNES), meeting host; Ana Lima (NASA), co-chair |\n"
     "\nThe group met in Paris.", {"cnes", "nasa", "jean-dupont", "ana-lima"}),
    ("cell-minutes-taken", TABLE + "| Minutes taken by | Kim Jun (KARI) and Lena Vogt (DLR) |\n\nThe group met.",
     {"kari", "dlr", "kim-jun", "lena-vogt"}),
    ("cell-rapporteurs", TABLE + "| Rapporteurs | Paolo Neri (ASI) and Ruth Cole (UKSA) |\n\nThe group met.",
     {"asi", "uksa", "paolo-neri", "ruth-cole"}),
    ("field-rapporteurs", HEAD + "Rapporteurs: Paolo Neri (Italian Space Agency) and Ruth Cole (UKSA).\n"
     "1. Purpose\nThe forum was held in Rome.", {"asi", "uksa", "paolo-neri", "ruth-cole"}),
    # an authors list whose items a PDF ran together: after a role, a place, a bracket
    ("run-authors-section", "Summary\nThe study reviews lunar science.\nAuthors\n"
     "This study was written by the study team: Ana Lima, National Aeronautics and Space Administration (NASA), "
     "Houston – lead author Kim Jun, Korea Aerospace Research Institute (KARI), Daejeon\n"
     "Lena Vogt, German Aerospace Center (DLR), Institute of Space Systems, Cologne Paolo Neri, Agenzia Spaziale "
     "Italiana (ASI), Rome\nYuki Mori, Japan Aerospace Exploration Agency (JAXA), Sagamihara",
     {"nasa", "kari", "dlr", "asi", "jaxa", "ana-lima", "kim-jun", "lena-vogt", "paolo-neri", "yuki-mori"}),
    ("run-byline-team-colon", HEAD + "Prepared by the ISECG Lunar Science Team:\n"
     "Marta Silva, European Space Agency (ESA) — team co-lead Tom Reed, Canadian Space Agency (CSA) — team co-lead\n"
     "Yuki Mori, Japan Aerospace Exploration Agency (JAXA) Lena Vogt, German Aerospace Center (DLR)\n"
     "1. Introduction\nThe paper sets out the science of the lunar poles in some detail for the agencies.",
     {"lunar-science-team", "esa", "csa", "jaxa", "dlr", "marta-silva", "tom-reed", "yuki-mori", "lena-vogt"}),
    # contributions from bodies, after the document's making or naming it
    ("contributions-after-making", "1. Purpose\nThe supplement was prepared by the ISECG Exploration Roadmap Working "
     "Group (ERWG). Contributions were received from ASI, CNES, the UK Space Agency and NASA.",
     {"erwg", "asi", "cnes", "uksa", "nasa"}),
    ("input-came-from", "1. About this report\nThis report was compiled by the ISECG Secretariat. Input came from CSA, "
     "ESA and JAXA.", {"isecg-secretariat", "csa", "esa", "jaxa"}),
    ("contributions-to-this", "1. Scope\nContributions to this report were provided by DLR, KARI and ISRO.",
     {"dlr", "kari", "isro"}),
    # a credits block's labels after its byline
    ("co-leads-after-byline", HEAD + "Prepared by the ISECG Technology Working Group (TWG). Co-leads: Dr. Ana Lima, "
     "NASA Space Technology Mission Directorate, and Mr. Kim Jun, KARI. Editorial support by the ISECG Secretariat.",
     {"twg", "nasa", "kari", "ana-lima", "kim-jun"}),
    ("contributions-label-after-editor", "Contact\nThis issue was prepared by the ISECG Secretariat. Editor: Lena Vogt "
     "(DLR). Contributions: Paolo Neri (ASI), IAWG co-chair; Ruth Cole (UKSA).",
     {"isecg-secretariat", "dlr", "asi", "uksa", "lena-vogt", "paolo-neri", "ruth-cole"}),
]

NEGATIVES = [
    ("cell-chair", TABLE + "| Chair of the meeting | Ana Lima, NASA |\n| Host | CNES |\n\nThe group met.", set()),
    ("thanks-list", "1. Notes\nThe authors thank Ana Lima, NASA, and Kim Jun, KARI, for their reviews of the draft.",
     set()),
    ("contributions-other-thing", "2. The Gateway\nContributions to the Gateway were received from ESA, JAXA and CSA. "
     "The habitat is built with contributions from JAXA.", set()),
    ("contributions-after-other", "3. Surface\nNASA launched a new rover in 2021. Contributions were received from ESA "
     "and CNES.", set()),
    ("co-leads-of-meeting", "2. Working groups\nThe TWG met twice in 2019. Co-leads: Ana Lima, NASA, and Kim Jun, KARI.",
     set()),
]


@pytest.mark.parametrize("name,text,credited", POSITIVES + NEGATIVES, ids=[p[0] for p in POSITIVES + NEGATIVES])
def test_authorship_probe_round13(extract, name, text, credited):
    assert _creators(extract(text)) == credited


def test_run_items_keep_their_names(extract):
    """The items of a run are cut at the name before each comma: a place or role before it is no part of it."""
    result = extract(POSITIVES[4][1])
    assert _people(result) >= {("paolo-neri", "asi"), ("kim-jun", "kari"), ("yuki-mori", "jaxa")}
    assert not {p for p, _ in _people(result)} & {"cologne-paolo-neri", "author-kim-jun", "daejeon"}


@pytest.mark.parametrize("text,person", [
    (TABLE + "| Chair of the meeting | Jeff Morton, NASA |\n| Status | Approved |\n\nThe meeting opened.", ("jeff-morton", "nasa")),
    (HEAD + "| Field | Value |\n|---|---|\n| Dates | 2 and 3 July 2008 |\n| Host | Canadian Space Agency (CSA) |\n"
     "| Chair | Ana Lima (ESA) |\n\nThe meeting opened.", ("ana-lima", "esa")),
])
def test_person_in_a_field_row(extract, text, person):
    """A table of fields' row naming a person and their body, read by the event rules too: the person is of the body."""
    assert person in _people(extract(text))


def test_field_row_of_a_body_is_no_person(extract):
    people = {s for s, p, o in extract(TABLE + "| Host | Canadian Space Agency, Montreal |\n\nThe meeting opened.").facts
              if s.startswith("id/person/")}
    assert not people


@pytest.mark.parametrize("text,not_people", [
    ("Session 2. It was noted that ESA's Topical Teams are already coordinating science priorities.", {"topical-teams"}),
    ("Foreword\n— Hiroshi Tanaka, Director, JAXA Space Exploration Innovation Hub, ISECG Chair", {"innovation-hub"}),
    ("Annex A. Acronyms\nAcronym Meaning\nERWG Exploration Roadmap Working Group\nGER Global Exploration Roadmap",
     {"acronym-meaning"}),
])
def test_unit_and_column_words_are_no_people(extract, text, not_people):
    people = {s.split("/")[-1] for s, p, o in extract(text).facts if s.startswith("id/person/")}
    assert not people & not_people
