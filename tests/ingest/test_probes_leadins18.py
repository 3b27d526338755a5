"""Probes (round 18): a table's header row after a section opening too short to be a passage of its own
stays with that opening (chunk.sections), so the sentence announcing a table does not rank alone above it."""

from isecg_kg.ingest.chunk import chunk

from .test_chunk import MAX, MIN, _page


def _sections_and_texts(*parts):
    passages = chunk("d", [_page(*parts)], min_words=MIN, max_words=MAX, overlap=1)
    return [(p.section, p.text) for p in passages]


def test_a_short_opening_keeps_the_table_it_announces():
    assert _sections_and_texts(
        ("heading", "Mission Phases", 2), ("body", "The scenario is divided into three phases."),
        ("heading", "Phase Name Years", 3), ("row", "1 Robotic precursors 2018–2023"),
        ("row", "2 Human sorties 2024–2028"), ("heading", "Findings", 2), ("body", "The phases overlap.")) == [
        ("Mission Phases", "The scenario is divided into three phases.\nPhase Name Years\n1 Robotic precursors "
                           "2018–2023\n2 Human sorties 2024–2028"),
        ("Findings", "The phases overlap.")]


def test_another_wording_and_depth():
    found = _sections_and_texts(
        ("heading", "Working groups", 3), ("body", "Two groups met this year. Their chairs are given below."),
        ("heading", "Group Chair (agency)", 4), ("row", "Science Working Group Ana Ruiz (ESA)"))
    assert found == [("Working groups", "Two groups met this year. Their chairs are given below.\n"
                                        "Group Chair (agency)\nScience Working Group Ana Ruiz (ESA)")]


def test_what_stays_apart():
    opening = " ".join(["The members met often."] * (MIN // 4 + 1))  # a passage's worth of text of its own
    long_opening = _sections_and_texts(("heading", "Meetings", 2), ("body", opening),
                                       ("heading", "Date Place", 3), ("row", "4 May Paris"))
    assert [s for s, _ in long_opening] == ["Meetings", "Date Place"]
    # A heading of the section's own level, or one followed by prose, opens a section of its own.
    sibling = _sections_and_texts(("heading", "Contents", 2), ("body", "- Summary"),
                                  ("heading", "Annexes", 2), ("row", "Annex I – Publications"))
    assert [s for s, _ in sibling] == ["Contents", "Annexes"]
    subsection = _sections_and_texts(("heading", "Campaign", 2), ("body", "The campaign has two phases."),
                                     ("heading", "Phase 1 — Precursors", 3), ("body", "Landers go first."))
    assert [s for s, _ in subsection] == ["Campaign", "Phase 1 — Precursors"]
