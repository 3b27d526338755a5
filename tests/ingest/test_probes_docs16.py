"""Round 16 probes of a title's edition: the line below the title giving the part of the work the document is and the
edition ("Executive Summary — Third Edition, January 2018") gives the title its edition."""

from __future__ import annotations

import pytest

from isecg_kg.ingest.catalog import _EDITION_LINE, _with_edition


@pytest.mark.parametrize(("line", "edition"), [
    ("Executive Summary — Third Edition, January 2018", "Third Edition"),
    ("Synthesis Report: Second edition", "Second edition"),
    ("Fourth edition, 2024", "Fourth edition"),
    ("Highlights | 2nd Edition · May 2014", "2nd Edition"),
])
def test_an_edition_line_below_the_title(line, edition):
    m = _EDITION_LINE.match(line)
    assert m and m.group("edition") == edition
    assert _with_edition("The Global Exploration Roadmap", m.group("edition")) == f"The Global Exploration Roadmap — {edition}"


@pytest.mark.parametrize("line", [
    "Lunar Surface Exploration Scenario Update — Second Edition",  # a title's own words, more than a part's name
    "A supplement to the third edition, released in 2020",  # another work's edition named in a sentence
    "Report of the Second Edition Workshop",
])
def test_no_edition_from_a_line_that_names_another(line):
    assert _EDITION_LINE.match(line) is None
