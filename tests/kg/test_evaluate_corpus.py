"""The corpus gold's scorer: what each kind counts."""
from isecg_kg.kg.evaluate_corpus import membership_counts, people


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


class Counts:
    """A graph stating ISECG's counts: (count, date) totals and (count, start, end) counts of new members."""

    def __init__(self, totals, new):
        self.totals, self.new = totals, new
        self.store = self

    def rows(self, _query):
        return [{"o": "isecg"}]

    def stated(self, pattern, *_):
        if "newMemberCount" in pattern:
            return [{"body": "isecg", "q": f"new{i}", "n": n, "s": s, "d": d} for i, (n, s, d) in enumerate(self.new)]
        return [{"body": "isecg", "q": f"total{i}", "n": n, "d": d} for i, (n, d) in enumerate(self.totals)]


def test_new_members_of_a_year_are_a_count_over_a_window_inside_it():
    graph = Counts(totals=[(16, "2011-12-31")], new=[(2, "2011-01", "2011-12"), (3, "2012-01", "2013-06")])
    gold = [{"date": "2011", "count": 2, "what": "new members in 2011"},  # the window inside 2011
            {"date": "2011-12-31", "count": 16, "what": "members at the end of 2011"},
            {"date": "2012", "count": 3, "what": "new members in 2012"},  # a window running past 2012: not this one
            {"date": "2011-01..2011-12", "count": 2, "what": "new members in 2011"}]
    score = membership_counts(graph, gold)
    assert (score.gold, score.found, score.predicted) == (4, 3, 3)
    assert [m["date"] for m in score.missing] == ["2012"]
