"""Stop 56 probes of a document's kind where its head names none of the genres: a kind a plain noun names (general
English: a dossier, a transcript, a programme, a yearbook), with the one word of what it is of when a label is just the
two ("Media Kit", "Interview transcript", letter-spaced "C A M P A I G N  M A P"), not a word of its standing
("Provisional Programme") nor one a longer title runs into; last, the kind its file's name gives. Written in other
words than any set's; no held-out text was read for them."""

from __future__ import annotations

import pytest

from isecg_kg.kg.series import head_genre


@pytest.mark.parametrize(("lines", "expected"), [
    (["Mission Dossier · March 2032", "Lunar cargo: who brings what"], "mission-dossier"),
    (["C A M P A I G N M A P · 2 0 3 1", "Robotic and crewed landings by site"], "campaign-map"),
    (["Interview transcript: the chair on lunar logistics", "Recorded 4 May 2030"], "interview-transcript"),
    (["ISECG Media Kit", "Heads of Agencies Summit, Ottawa"], "media-kit"),
    (["Lunar Logistics — Symposium Programme", "Oslo, 2–3 June 2031"], "symposium-programme"),
    # a kind alone, or in a longer title: that kind; a word of its standing is not what it is of
    (["The Exploration Yearbook", "Edition for 2033"], "yearbook"),
    (["Provisional Programme", "Third Science Symposium, Lima"], "programme"),
    (["A transcript of the panel on surface power", "GLEX 2031"], "transcript"),
])
def test_a_kind_a_plain_noun_names(lines, expected):
    assert head_genre(lines) == expected


@pytest.mark.parametrize("lines", [
    ["Mission Concept", "Crewed lunar sortie, 2031"],
    ["Lunar Surface Mobility", "Agencies' contributions, March 2032"],
])
def test_no_kind_where_a_head_names_none(lines):
    assert head_genre(lines) is None


@pytest.mark.parametrize(("file", "expected"), [
    ("forum-media-kit-2031.md", "media-kit"),
    ("isecg_transcript_2030-05-04.txt", "transcript"),
    ("lunar-surface-mobility.md", None),
])
def test_the_kind_a_file_name_gives_last(extract, file, expected):
    r = extract("Lunar Surface Mobility\nAgencies' contributions, March 2032\nThe agencies compare rovers.",
                title="Lunar Surface Mobility", year=2032, file=file)
    types = {o for s, p, o in r.facts if p == "dcterms:type"}
    assert types == ({expected} if expected else set())


def test_the_head_before_the_file_name(extract):
    r = extract("ISECG Media Kit\nHeads of Agencies Summit, Ottawa, 2031\nThe agencies meet.", title="ISECG Media Kit",
                year=2031, file="summit-transcript-2031.md")
    assert {o for s, p, o in r.facts if p == "dcterms:type"} == {"media-kit"}
