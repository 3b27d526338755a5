"""Probes of the earlier documents a document says it takes the place of, round 14: besides "supersedes" and
"replaces", a document that absorbs, subsumes or supplants earlier ones replaces each of them, those a colon lists
after the verb included ("... and it absorbs the two supplements issued since then: A of August 2020 and B of
October 2022"). NEGATIVES: a document absorbing no document ("absorbs the costs"), and one absorbed by another."""

from __future__ import annotations

import pytest

from .test_probes_docs import own_metadata

POSITIVE = [  # (text, the objects of dcterms:replaces)
    ("# Lunar Relay Plan — Third Edition\n\nOctober 2024\n\n## Scope\n\nThis edition supersedes the second edition of "
     "the Lunar Relay Plan (May 2019), and it absorbs the ISECG paper Relay Frequency Options, published in March "
     "2021.\n",
     {"id/work/lunar-relay-plan-edition-2", "id/work/relay-frequency-options"}),
    ("# Crew Health Countermeasures Review\n\nReleased 4 April 2023\n\n## Scope\n\nThis review subsumes the ISECG paper "
     "Crew Health Needs, published in June 2020.\n", {"id/work/crew-health-needs"}),
    ("# Surface Mobility Roadmap — Second Edition\n\nNovember 2021\n\n## Introduction\n\nThis roadmap supplants the "
     "first edition of the Surface Mobility Roadmap (June 2017).\n", {"id/work/surface-mobility-roadmap-edition-1"}),
]
NEGATIVES = [
    "# Lunar Relay Plan — Third Edition\n\nOctober 2024\n\n## Scope\n\nThis edition absorbs the costs of the relay "
    "studies published in March 2021.\n",
    "# Crew Health Countermeasures Review\n\nReleased 4 April 2023\n\n## Scope\n\nThe ISECG paper Crew Health Needs, "
    "published in June 2020, was later absorbed by the 2024 update.\n",
]


def _replaced(text: str, tmp_path, gazetteer) -> set[str]:
    path = tmp_path / "probe-doc.md"
    path.write_text(text, encoding="utf-8")
    return {o for s, p, o in own_metadata(path, gazetteer)["facts"] if s == "id/doc/probe-doc" and p == "dcterms:replaces"}


@pytest.mark.parametrize(("text", "replaced"), POSITIVE, ids=["absorbs", "subsumes", "supplants"])
def test_a_document_absorbing_earlier_ones_replaces_them(text, replaced, tmp_path, gazetteer):
    assert _replaced(text, tmp_path, gazetteer) == replaced


@pytest.mark.parametrize("text", NEGATIVES, ids=["absorbs-costs", "absorbed-by-another"])
def test_no_replacement_from_a_look_alike(text, tmp_path, gazetteer):
    assert _replaced(text, tmp_path, gazetteer) == set()
