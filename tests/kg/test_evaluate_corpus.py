"""The corpus gold's scorer: what each kind counts."""
from isecg_kg.kg.evaluate_corpus import people


class NoFacts:
    """A graph stating nothing: every gold fact is missed, none predicted."""

    def stated(self, *_):
        return []


def test_a_gold_person_without_a_stated_body_is_not_a_person_affiliation_pair():
    gold = [{"name": "Ada Lind", "affiliation": "ESA", "role": "author"},
            {"name": "Bo Rask", "affiliation": None, "role": "speaker"}]
    score = people(NoFacts(), gold)
    assert (score.gold, score.found, score.predicted) == (1, 0, 0)
    assert [m["name"] for m in score.missing] == ["Ada Lind"]
