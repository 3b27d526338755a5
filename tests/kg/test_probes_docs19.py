"""Round 19 probes of a document's own type: a thesis (or a chapter of one) names itself in its head, whatever its
title says it is about ("... and Its Exploration Roadmaps"). NEGATIVE: a head naming no thesis keeps its genre."""

from __future__ import annotations

import pytest

from isecg_kg.kg.series import head_genre


@pytest.mark.parametrize(("lines", "expected"), [
    (["Doctoral Thesis · Delft University of Technology · May 2019",
      "Chapter 2. Shared Plans: Space Agencies and Their Lunar Roadmaps", "Jan de Vries"], "thesis"),
    (["Roadmapping the Moon: Agencies in Concert", "A dissertation submitted to the University of Tokyo, 2021"],
     "thesis"),
    (["The Global Exploration Roadmap", "Third Edition", "January 2018"], "roadmap"),
    (["ISECG Annual Report 2019", "Published March 2020"], "annual-report"),
])
def test_a_thesis_names_itself_in_its_head(lines, expected):
    assert head_genre(lines) == expected
