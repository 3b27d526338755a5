from types import SimpleNamespace

import pytest

from conftest import DATA
from isecg_kg.search.evaluate import RANKING, evaluate, first_hit, load_questions

pytestmark = pytest.mark.slow


def test_first_hit_ignores_case_and_spacing():
    results = [SimpleNamespace(rank=1, text="nothing"),
               SimpleNamespace(rank=2, text="Hosted by the\nCanadian  Space Agency.")]
    assert first_hit(results, ["hosted by the Canadian Space Agency"]) == 2
    assert first_hit(results, ["ESA"]) is None


def test_dev_questions_meet_the_targets(engine):
    figures = evaluate(engine, load_questions(DATA / "qa_dev.jsonl"))
    hybrid = figures["hybrid"]
    assert hybrid["hit@5"] == 1.0, figures
    assert hybrid["mrr@10"] >= 0.85, figures
    for metric in RANKING:
        assert hybrid[metric] >= max(figures["dense"][metric], figures["lexical"][metric]), (metric, figures)
